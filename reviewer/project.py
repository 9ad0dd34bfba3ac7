"""Opening the project a user works on, as the app and the CLI both need it."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from reviewer.importing.corpus_import import ImportResult, import_paths
from reviewer.paths import corpus_dir, default_database_path
from reviewer.storage import open_database


def resolve_db_path(db: str | Path | None) -> Path:
    return Path(db).expanduser() if db else default_database_path()


def open_project(
    db: str | Path | None,
    *,
    seed_sample: bool = False,
    user: str | None = None,
    defer_full_check: bool = False,
) -> sqlite_utils.Database:
    """Open the project file; with ``seed_sample``, a brand-new file gets the sample corpus.

    Only a file that did not exist is seeded, so an analyst who deleted the
    sample articles does not see them come back.
    """
    path = resolve_db_path(db)
    is_new = not path.exists() or path.stat().st_size == 0
    database = open_database(path, user=user, defer_full_check=defer_full_check)
    if seed_sample and is_new:
        import_sample_corpus(database)
    return database


def import_sample_corpus(db: sqlite_utils.Database) -> ImportResult:
    return import_paths(db, [corpus_dir()])
