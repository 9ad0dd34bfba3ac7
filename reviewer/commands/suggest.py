"""``reviewer suggest ARTICLE``: what the suggesters find in an article, with spans.

ARTICLE is an article id in the project (``--db``), or the path of a text file read
directly, decoded and normalised exactly as ``reviewer import`` would store it, so the
printed offsets are valid for the imported article too. ``--json`` prints one JSON
document for other tools; spans are code points into the stored text.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from reviewer.commands._common import EXIT_OK, open_db
from reviewer.errors import ReviewerError
from reviewer.messages import Message

KIND_CHOICES = ("place", "actor", "figure", "date", "hint", "source")


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "suggest",
        parents=parents,
        help="list the places, actors, figures, dates and event hints found in an article",
    )
    parser.add_argument("article", metavar="ARTICLE", help="article id in --db, or a text file")
    parser.add_argument("--json", action="store_true", help="print JSON (spans in code points)")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date to resolve weekdays against (default: the article's)",
    )
    parser.add_argument(
        "--kind",
        action="append",
        choices=KIND_CHOICES,
        help="only this kind (repeatable)",
    )
    parser.add_argument(
        "--all", action="store_true", help="include suggestions rejected on this article"
    )
    parser.set_defaults(handler=run)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReviewerError(Message("export.bad_date", option="--published", value=value)) from None


def _load(args: argparse.Namespace, published: date | None):
    from reviewer.suggest.engine import suggest, suggest_article

    path = Path(args.article)
    if path.is_file() or not args.article.isdigit():
        from reviewer.importing.corpus_import import read_article_file

        if not path.exists():
            raise ReviewerError(Message("suggest.no_article", article=args.article))
        text, _encoding = read_article_file(path)
        return {"file": str(path), "published": published}, suggest(text, published)
    article_id = int(args.article)
    db = open_db(args, reading=True)
    from reviewer.storage.articles import get_article
    from reviewer.suggest.engine import parse_published

    article = get_article(db, article_id)
    found = suggest_article(db, article_id, published=published, include_rejected=args.all)
    anchor = published or parse_published(article.published)
    return {"article_id": article_id, "published": anchor}, found


def _summary(extra: dict) -> str:
    keys = ("admin1", "inter", "category", "qualifier", "weekday", "event_type", "match")
    parts = [f"{k}={extra[k]}" for k in keys if extra.get(k)]
    if extra.get("far"):
        parts.append("far from the anchor date")
    return ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    published = _published(args.published)
    about, found = _load(args, published)
    if args.kind:
        found = [s for s in found if s.kind in args.kind]
    if args.json:
        anchor = about["published"]
        doc = {
            **about,
            "published": anchor.isoformat() if anchor else None,
            "suggestions": [s.to_json() for s in found],
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    show = _terminal_text if sys.stdout.isatty() else (lambda s: s)
    for s in found:
        value = s.value_key if isinstance(s.value, tuple) else (s.value or "?")
        detail = _summary(s.extra)
        line = f"{s.kind:<7}{s.start:>6}-{s.end:<6}{show(s.text)}  ->  {value}"
        print(f"{line}  ({detail})" if detail else line)
    print(f"{len(found)} suggestion(s)", file=sys.stderr)
    return EXIT_OK


def _terminal_text(text: str) -> str:
    from reviewer.arabic import display_for_terminal

    return display_for_terminal(text)
