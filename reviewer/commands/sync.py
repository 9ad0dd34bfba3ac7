"""``reviewer sync [--server URL]``: push this analyst's work, pull the team's.

The server's URL is remembered in the project (without any password) after
the first sync, so later syncs need no option.
"""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED, open_db
from reviewer.terminal import echo


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("sync", parents=parents, help="exchange work with the team server")
    parser.add_argument("--server", metavar="URL", help="postgresql://login@host/database")
    parser.add_argument(
        "--pull-only",
        action="store_true",
        help="only receive (a read-only replica of the team's dataset); send nothing",
    )
    parser.add_argument(
        "--conflicts", action="store_true", help="list the open sync conflicts and stop"
    )
    decide = parser.add_mutually_exclusive_group()
    decide.add_argument("--keep-mine", type=int, metavar="N", help="sync conflict N: keep yours")
    decide.add_argument(
        "--take-theirs", type=int, metavar="N", help="sync conflict N: take the server's"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.errors import ReviewerError
    from reviewer.messages import Message
    from reviewer.server.sync import (
        decide_sync_conflict,
        open_sync_conflicts,
        remembered_server,
        sync,
    )

    db = open_db(args)
    if args.keep_mine is not None or args.take_theirs is not None:
        number = args.keep_mine if args.keep_mine is not None else args.take_theirs
        decide_sync_conflict(db, number, keep="ours" if args.keep_mine is not None else "theirs")
        echo(f"sync conflict {number} decided; the next sync carries it out")
        return EXIT_OK
    if args.conflicts:
        for c in open_sync_conflicts(db):
            echo(f"{c.id}\t{c.label}\t{c.field}\tmine: {c.ours}\ttheirs ({c.their_by}): {c.theirs}")
        return EXIT_OK
    url = args.server or remembered_server(db)
    if not url:
        raise ReviewerError(Message("sync.no_server"))
    result = sync(db, url, push=not args.pull_only)
    echo(result.summary())
    return EXIT_REJECTED if result.refused or result.conflicts else EXIT_OK
