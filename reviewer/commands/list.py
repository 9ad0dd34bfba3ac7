"""``reviewer list``: the articles of the project, one line each."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db

RAW_HELP = "print the stored (logical-order) text, even on a terminal; see REVIEWER_BIDI"


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "list", parents=parents, help="list articles: id, date, outlet, status, title"
    )
    parser.add_argument("--raw", action="store_true", help=RAW_HELP)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.storage.articles import list_article_summaries
    from reviewer.terminal import terminal_for

    db = open_db(args, reading=True)
    terminal = terminal_for(raw=args.raw)
    rows = [
        (a.id, a.published or "-", a.outlet or "-", a.status, a.title)
        for a in list_article_summaries(db)
    ]
    for line in terminal.table(["id", "date", "outlet", "status", "title"], rows, numeric=1):
        print(line)
    return EXIT_OK
