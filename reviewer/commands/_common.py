"""What subcommands share: exit codes, and opening (and closing) the project."""

from __future__ import annotations

import argparse

import sqlite_utils

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2


def open_db(
    args: argparse.Namespace, *, user: str | None = None, reading: bool = False
) -> sqlite_utils.Database:
    """The project of ``--db``; ``reviewer.cli.main`` closes it when the command ends.

    ``reading``: the command only reads. A project that does not exist is then
    refused (a mistyped ``--db`` must not leave folders and an empty project
    behind), and one in a folder this user cannot write to is opened read-only
    instead of being reported as unusable.
    """
    from reviewer.errors import DatabaseError
    from reviewer.messages import Message
    from reviewer.project import open_project, resolve_db_path
    from reviewer.storage.database import is_writable, open_existing_read_only, upgrade_due

    path = resolve_db_path(args.db)
    if reading and not path.exists():
        raise DatabaseError(Message("project.missing", path=str(path)))
    if reading and not is_writable(path):
        db = open_existing_read_only(path)
    elif upgrade_due(path):  # an older project's search index is rebuilt: minutes at 1M
        db = _open_upgrading(path, user)
    else:
        db = open_project(path, user=user)
    opened(args).append(db)
    return db


def _open_upgrading(path, user: str | None) -> sqlite_utils.Database:
    """Open an older project under a terminal progress bar; Ctrl+C cancels the rebuild.

    Ctrl+C only sets a flag that SQLite's progress handler reads, so the step
    under way rolls back and ``UpgradeCancelled`` says so in one line (a
    KeyboardInterrupt raised inside SQLite's call of Python would be lost).
    """
    import signal
    import threading

    from reviewer.cli_progress import terminal_progress
    from reviewer.project import open_project

    stop = threading.Event()
    main = threading.current_thread() is threading.main_thread()  # signals go to it only
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set()) if main else None
    try:
        with terminal_progress("Updating the search index", unit="articles") as progress:
            return open_project(path, user=user, progress=progress, cancelled=stop.is_set)
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)


def opened(args: argparse.Namespace) -> list[sqlite_utils.Database]:
    """The connections this command opened, for ``reviewer.cli.main`` to close."""
    if not hasattr(args, "opened_databases"):
        args.opened_databases = []
    return args.opened_databases


def close_opened(args: argparse.Namespace) -> None:
    """Checkpoint and close every connection the command opened (see close_database)."""
    from reviewer.storage.database import close_database

    while opened(args):
        close_database(opened(args).pop())


def iso_date(text: str) -> str:
    """argparse type for YYYY-MM-DD options: a bad date is a usage error, not 0 results."""
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def open_project_as(args: argparse.Namespace, analyst: str | None = None):
    """The project as a ``Project`` acting for ``analyst`` (``--as``, else $REVIEWER_ANALYST)."""
    import os

    from reviewer.project import Project

    return Project.open(args.db, analyst=analyst or os.environ.get("REVIEWER_ANALYST") or None)


def add_analyst_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="analyst",
        metavar="NAME",
        help="who is doing this, recorded in the history (default: $REVIEWER_ANALYST)",
    )
