"""``reviewer backup DEST``: a consistent copy of the project, safe while the app is open.

Uses SQLite's online backup API on a read-only connection: the copy is one
consistent snapshot even while another process keeps writing, and the source
file is never written to. DEST may be a new file name or an existing folder
(the copy is then named after the project and the time). An existing file is
never overwritten.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from reviewer.commands._common import EXIT_OK


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "backup", parents=parents, help="copy the project file safely, even while it is in use"
    )
    parser.add_argument("destination", metavar="DEST", help="new file, or an existing folder")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.errors import ReviewerError
    from reviewer.messages import Message
    from reviewer.project import resolve_db_path
    from reviewer.storage.backups import copy_database
    from reviewer.storage.database import open_read_only

    source = resolve_db_path(args.db)
    destination = Path(args.destination).expanduser()
    if destination.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        destination = destination / f"{source.stem}-{stamp}{source.suffix or '.sqlite'}"
    if destination.exists() and destination.resolve() == source.resolve():
        raise ReviewerError(Message("backup.onto_itself", path=str(destination)))
    db = open_read_only(source)
    try:
        copy_database(db.conn, destination)
    finally:
        db.close()
    print(f"backed up {source} to {destination}")
    return EXIT_OK
