"""``reviewer search QUERY``: Arabic-aware full-text search from the command line.

Same query syntax and filters as the window's search box (see reviewer.search).
Plain output is one result per two lines (id, date, outlet, title; then the
snippet); ``--json`` prints one JSON document with the hits as code-point
offsets, for scripts.
"""

from __future__ import annotations

import argparse
import json
import sys

from reviewer.commands._common import EXIT_OK, iso_date, open_db

_STATUSES = ("new", "in_progress", "coded", "reviewed", "rejected")


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "search",
        parents=parents,
        help="search article titles and bodies (Arabic-aware)",
        description='Words are ANDed; "a phrase", OR, -exclude and prefix* are understood.',
    )
    parser.add_argument("query", help="what to search for")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--status", action="append", choices=_STATUSES, help="article status (repeatable)"
    )
    parser.add_argument("--outlet", action="append", help="outlet name (repeatable)")
    parser.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD", help="published on/after"
    )
    parser.add_argument(
        "--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD", help="published on/before"
    )
    parser.add_argument(
        "--open-conflicts", action="store_true", help="only articles with an open conflict"
    )
    parser.add_argument("--limit", type=int, default=20, help="results to show (default 20)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.arabic import display_for_terminal
    from reviewer.search import search
    from reviewer.storage.articles import ArticleFilter

    db = open_db(args, reading=True)
    f = ArticleFilter(
        statuses=tuple(args.status or ()),
        outlets=tuple(args.outlet or ()),
        published_from=args.date_from,
        published_to=args.date_to,
        open_conflicts=args.open_conflicts,
    )
    found = search(db, args.query, f, limit=max(0, args.limit))
    if args.json:
        document = {
            "query": args.query,
            "total": found.total,
            "results": [
                {
                    "id": r.summary.id,
                    "title": r.summary.title,
                    "outlet": r.summary.outlet,
                    "published": r.summary.published,
                    "status": r.summary.status,
                    "snippet": r.snippet.text,
                    "snippet_hits": [list(h) for h in r.snippet.hits],
                    "snippet_start": r.snippet.start,
                }
                for r in found.results
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=1))
        return EXIT_OK
    # A terminal cannot shape Arabic; a pipe gets the logical text untouched.
    show = display_for_terminal if sys.stdout.isatty() else (lambda text: text)
    print(f"{found.total} articles match; showing {len(found.results)}")
    for r in found.results:
        s = r.summary
        print(f"{s.id}\t{s.published or '-'}\t{s.outlet or '-'}\t{show(s.title)}")
        print(f"\t{show(r.snippet.text)}")
    return EXIT_OK
