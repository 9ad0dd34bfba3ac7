"""``reviewer check``: is the project file sound? Reports problems, changes nothing.

Runs SQLite's integrity and foreign-key checks, the schema version check and
the evidence-span checks (reviewer.storage.integrity) on a read-only
connection, so it also works on a file the app refuses to open, and while the
app has the file open.
"""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "check",
        parents=parents,
        help="check the project file (integrity, foreign keys, evidence spans); exit 1 on problems",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.project import resolve_db_path
    from reviewer.storage.database import open_read_only
    from reviewer.storage.integrity import check

    path = resolve_db_path(args.db)
    db = open_read_only(path)
    try:
        problems = check(db)
    finally:
        db.close()
    for problem in problems:
        print(f"{path}: {problem}")
    if problems:
        print(f"{len(problems)} problem(s) found")
        return EXIT_REJECTED
    print(f"{path}: ok (integrity, foreign keys, schema version, evidence spans)")
    return EXIT_OK
