"""``reviewer reindex``: rebuild the full-text search index from the stored articles.

The index is normally kept in step by the importer; this is the repair when it
is damaged or out of date (``--check`` only reports whether it is).
"""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED, open_db


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "reindex", parents=parents, help="rebuild the full-text search index"
    )
    parser.add_argument(
        "--check", action="store_true", help="only check; exit 1 when a rebuild is needed"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.search_index import index_status, rebuild_index

    db = open_db(args, reading=args.check)
    if args.check:
        indexed, stored = index_status(db)
        if indexed == stored:
            print(f"search index: {indexed} of {stored} articles indexed; ok")
            return EXIT_OK
        print(f"search index: {indexed} of {stored} articles indexed; run 'reviewer reindex'")
        return EXIT_REJECTED
    count = rebuild_index(db)
    print(f"search index rebuilt: {count} articles")
    return EXIT_OK
