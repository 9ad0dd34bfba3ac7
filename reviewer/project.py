"""Opening the project a user works on, as the app and the CLI both need it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from reviewer.importing.corpus_import import ImportResult, import_paths
from reviewer.paths import corpus_dir, default_database_path
from reviewer.storage import open_database
from reviewer.storage.database import Cancelled, Progress, current_user, set_user
from reviewer.team.analysts import list_analysts, register_analyst


def resolve_db_path(db: str | Path | None) -> Path:
    return Path(db).expanduser() if db else default_database_path()


def open_project(
    db: str | Path | None,
    *,
    seed_sample: bool = False,
    user: str | None = None,
    defer_full_check: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> sqlite_utils.Database:
    """Open the project file; with ``seed_sample``, a brand-new file gets the sample corpus.

    Only a file that did not exist is seeded, so an analyst who deleted the
    sample articles does not see them come back. ``progress`` and ``cancelled``
    follow the rebuild of an older project's search index (``open_database``).
    """
    path = resolve_db_path(db)
    is_new = not path.exists() or path.stat().st_size == 0
    database = open_database(
        path,
        user=user,
        defer_full_check=defer_full_check,
        progress=progress,
        cancelled=cancelled,
    )
    if seed_sample and is_new:
        import_sample_corpus(database)
    return database


def import_sample_corpus(db: sqlite_utils.Database) -> ImportResult:
    return import_paths(db, [corpus_dir()])


@dataclass
class Project:
    """One open project file and the analyst acting on it.

    Like Anki's ``Collection``, the object the window and the commands talk to:
    it knows who is working, so new code asks the project (``project.analyst``)
    instead of threading ``user=`` through every call, and whatever is written
    through its connection is attributed to that analyst (audit log, coder
    columns). Older code that takes a bare ``sqlite_utils.Database`` keeps
    working with ``project.db``; it moves over as it is touched.
    """

    db: sqlite_utils.Database
    path: Path
    analyst: str | None = None

    @classmethod
    def open(
        cls, db: str | Path | None, *, analyst: str | None = None, seed_sample: bool = False
    ) -> Project:
        path = resolve_db_path(db)
        project = cls(open_project(path, seed_sample=seed_sample), path)
        project.act_as(analyst)
        return project

    @classmethod
    def of(cls, db: sqlite_utils.Database, analyst: str | None = None) -> Project:
        """A project object over an already open connection (for the window and tests)."""
        path = Path(db.execute("PRAGMA database_list").fetchone()[2] or ":memory:")
        project = cls(db, path)
        project.act_as(analyst if analyst is not None else current_user(db))
        return project

    def act_as(self, analyst: str | None) -> None:
        """From now on, edits through this project are ``analyst``'s."""
        name = analyst.strip() if analyst and analyst.strip() else None
        self.analyst = name
        set_user(self.db, name)
        register_analyst(self.db, name)

    def analysts(self) -> list[str]:
        return list_analysts(self.db)

    def close(self) -> None:
        self.db.close()
