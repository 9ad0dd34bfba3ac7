"""``reviewer show ARTICLE``: one article's metadata, events and full text."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db
from reviewer.commands.list import RAW_HELP


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("show", parents=parents, help="print one article")
    parser.add_argument("article", type=int, metavar="ARTICLE", help="article id (see: list)")
    parser.add_argument("--raw", action="store_true", help=RAW_HELP)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.storage.articles import get_article
    from reviewer.storage.events import events_for_article
    from reviewer.terminal import terminal_for

    db = open_db(args, reading=True)
    article = get_article(db, args.article)
    terminal = terminal_for(raw=args.raw)
    header = [
        f"article: {article.id}",
        f"title: {article.title}",
        f"outlet: {article.outlet or '-'}",
        f"published: {article.published or '-'}",
        f"status: {article.status}",
    ]
    if article.url:
        header.append(f"url: {article.url}")
    for event in events_for_article(db, article.id):
        what = " / ".join(v for v in (event["event_type"], event["sub_event_type"]) if v)
        where = event["location_ar"] or event["location"] or "-"
        header.append(
            f"event {event['id']}: {event['event_date'] or '-'} · {what or '-'} · {where}"
            f" · {event['status']}"
        )
    for line in header:
        print(terminal.line(line))
    print()
    # The body last, and untouched in logical mode: `show --raw N | tail -n +K` is the text.
    print("\n".join(terminal.paragraphs(article.text)))
    return EXIT_OK
