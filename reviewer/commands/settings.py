"""``reviewer settings``: the project's own options, stored in the project file."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "settings", parents=parents, help="show or change the project's options (four eyes)"
    )
    parser.add_argument(
        "--four-eyes",
        choices=("on", "off"),
        help="require the reviewer of an event to differ from its coder",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.storage.project_settings import (
        require_distinct_reviewer,
        set_require_distinct_reviewer,
    )

    db = open_db(args)
    if args.four_eyes is not None:
        set_require_distinct_reviewer(db, args.four_eyes == "on")
    print(f"four eyes: {'on' if require_distinct_reviewer(db) else 'off'}")
    return EXIT_OK
