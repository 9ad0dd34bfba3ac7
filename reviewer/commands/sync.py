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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.errors import ReviewerError
    from reviewer.server.sync import remembered_server, sync

    db = open_db(args)
    url = args.server or remembered_server(db)
    if not url:
        raise ReviewerError("no team server yet: give one with --server URL")
    result = sync(db, url, push=not args.pull_only)
    echo(result.summary())
    return EXIT_REJECTED if result.refused or result.conflicts else EXIT_OK
