"""``reviewer stats``: how much is coded and reviewed."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("stats", parents=parents, help="count articles and events")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.storage.articles import count_by_status

    db = open_db(args, reading=True)
    for table in ("articles", "events"):
        counts = count_by_status(db, table)
        detail = ", ".join(f"{status} {n}" for status, n in counts.items()) or "none"
        print(f"{table}: {sum(counts.values())} ({detail})")
    return EXIT_OK
