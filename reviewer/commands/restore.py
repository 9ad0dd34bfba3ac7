"""``reviewer restore BACKUP``: put a backup back as the project (see storage.restore)."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "restore",
        parents=parents,
        help="replace the project by a backup (refused while it is open; the old file is kept)",
    )
    parser.add_argument("backup", metavar="BACKUP", help="a file made by backup or automatically")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.project import resolve_db_path
    from reviewer.storage.restore import restore_backup

    restored = restore_backup(args.backup, resolve_db_path(args.db))
    print(f"restored {args.backup} to {restored.project}")
    if restored.kept is not None:
        print(f"the replaced project was kept as {restored.kept}")
    return EXIT_OK
