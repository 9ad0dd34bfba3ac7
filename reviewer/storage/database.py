"""Opening a project file safely.

The order of checks matters: a file from a newer version, or one that is not
ours, must be refused *before* anything writes to it — even switching on WAL
mode rewrites the header. Only then are pragmas set and migrations run, after a
backup copy of the file has been made.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from reviewer.errors import DatabaseError, DatabaseTooNew, NotAReviewerDatabase
from reviewer.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000


class ReviewerConnection(sqlite3.Connection):
    """A connection that knows who is working, for the audit log's triggers."""

    user: str | None = None


def open_database(
    path: str | Path, *, migrate: bool = True, user: str | None = None
) -> sqlite_utils.Database:
    """Open (creating if needed) the project file at ``path``, ready for use."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a project file")
    path.parent.mkdir(parents=True, exist_ok=True)
    version = _inspect(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=ReviewerConnection)
    conn.user = user
    conn.create_function("reviewer_user", 0, lambda: conn.user)
    db = sqlite_utils.Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION and migrate:
            if version > 0:
                backup_file(db, backup_path_for(path, version))
            _migrate(db, version)
    except BaseException:
        conn.close()
        raise
    return db


def _inspect(path: Path) -> int:
    """Return the file's schema version, refusing files we must not touch.

    Opened read-only so that a refused file is left byte-for-byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot be opened ({exc})") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotAReviewerDatabase(
            f"{path}: not a reviewer project file or damaged ({exc}); it was left untouched"
        ) from exc
    finally:
        conn.close()
    if tables and app_id != APPLICATION_ID:
        raise NotAReviewerDatabase(
            f"{path}: is an SQLite database of another program; it was left untouched"
        )
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{path}: written by a newer version of reviewer (schema {version}, this "
            f"version reads up to {SCHEMA_VERSION}); upgrade reviewer. The file was not changed."
        )
    return version


def _migrate(db: sqlite_utils.Database, from_version: int) -> None:
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            for statement in _statements(MIGRATIONS[number - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit midway)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL in migration: {buffer.strip()[:60]}")
    return statements


def set_user(db: sqlite_utils.Database, user: str | None) -> None:
    """Name the person whose edits this connection records from now on."""
    db.conn.user = user


def current_user(db: sqlite_utils.Database) -> str | None:
    return getattr(db.conn, "user", None)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def backup_path_for(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix or '.sqlite'}")


def backup_file(db: sqlite_utils.Database, destination: str | Path) -> Path:
    """Copy the live database with SQLite's online backup (safe while others write)."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(destination))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return destination
