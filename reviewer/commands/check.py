"""``reviewer check``: is the project file sound? Reports problems, changes nothing.

Runs SQLite's integrity and foreign-key checks, the schema version check, the
evidence-span checks, the stored texts (each decodes; article texts match
their sha256) and the audit log (triggers present and unchanged, hash chain
intact) — reviewer.storage.integrity — on a read-only connection, so it also
works on a file the app refuses to open, and while the app has the file open.

It prints the audit chain's head (``ID:HASH``). Kept somewhere outside the
file, a later ``check --audit-head ID:HASH`` proves the history up to that row
was not rewritten since. A backup holds such a head too: ``--audit-head
BACKUP.sqlite`` compares with the chain as the backup recorded it.
"""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "check",
        parents=parents,
        help="check the project file (integrity, foreign keys, spans, texts, audit chain);"
        " exit 1 on problems",
    )
    parser.add_argument(
        "--audit-head",
        metavar="ID:HASH|BACKUP",
        help="a head printed by an earlier check, or a backup of the project: verify the "
        "audit log was not rewritten up to it",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.project import resolve_db_path
    from reviewer.storage.database import open_read_only
    from reviewer.storage.integrity import check_with_head

    path = resolve_db_path(args.db)
    expected = _expected_head(args.audit_head)
    db = open_read_only(path)
    try:
        problems, head = check_with_head(db, expected)
    finally:
        db.close()
    for problem in problems:
        print(f"{path}: {problem}")
    if problems:
        print(f"{len(problems)} problem(s) found")
        return EXIT_REJECTED
    print(f"{path}: ok (integrity, foreign keys, schema version, spans, texts, audit log)")
    if head is not None:
        print(f"audit chain head: {head} (keep it to verify later with --audit-head)")
    return EXIT_OK


def _expected_head(value: str | None) -> str | None:
    """``ID:HASH`` as given, or the head of the audit log in a backup file."""
    from pathlib import Path

    from reviewer.storage.database import open_read_only
    from reviewer.storage.integrity import audit_head

    if value is None or not Path(value).is_file():
        return value
    backup = open_read_only(value)
    try:
        return audit_head(backup.conn)
    finally:
        backup.close()
