"""Opening a project file safely.

The order of checks matters: a file from a newer version, one that is not
ours, or one that is damaged must be refused *before* anything writes to it —
even switching on WAL mode rewrites the header. Only then are pragmas set and
migrations run, after a backup copy of the file has been made.

Durability is a deliberate choice: WAL journaling with ``synchronous = FULL``.
In WAL mode ``NORMAL`` already survives a crash of the program (a SIGKILL, a
segfault); ``FULL`` additionally fsyncs the log on every commit, so an edit the
window has shown as saved also survives a power cut or a kernel panic. The
cost is one fsync per commit: well under a millisecond on an SSD, up to ~10-20
ms on a spinning disk. Edits are written at typing speed (at most a few commits
a second) and imports commit in batches, so the cost is never felt.

Transactions start with ``BEGIN IMMEDIATE`` (see ``ReviewerConnection``), so
that two windows, or a window and ``reviewer import``, wait for each other
(busy timeout) instead of failing with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import sqlite_utils

from reviewer.errors import DatabaseError, DatabaseTooNew, NotAReviewerDatabase, UpgradeCancelled
from reviewer.messages import Message
from reviewer.storage.audit_chain import guard_audit_log, register_functions
from reviewer.storage.deferred_indexes import missing_indexes, restore_missing
from reviewer.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Bytes per page of a new project. An article row (a few KB) fits a 4 KB page
# only alone, leaving the rest of the page empty: a third of a 4 KB-page file
# was such waste. 32 KB pages hold a dozen articles, and the full-text index's
# segments pack as well (issue 19: the file fell from 2.5 to 1.7 times the text).
PAGE_SIZE = 32768


class ReviewerConnection(sqlite3.Connection):
    """A connection that knows who is working, and that takes the write lock up front.

    ``user`` feeds the audit log's triggers. ``execute`` turns the plain
    ``BEGIN`` of ``sqlite_utils.Database.atomic()`` into ``BEGIN IMMEDIATE``:
    a deferred transaction that reads (update_event reads the version) and
    then writes cannot be upgraded when another connection committed in
    between, and SQLite then fails at once with "database is locked" without
    waiting for the busy timeout. Taking the lock at BEGIN makes the second
    writer wait its turn instead.
    """

    user: str | None = None

    def execute(self, sql: str, *args, **kwargs) -> sqlite3.Cursor:
        if sql.strip().rstrip(";").strip().upper() in _DEFERRED_BEGIN:
            sql = "BEGIN IMMEDIATE"
        return super().execute(sql, *args, **kwargs)


_DEFERRED_BEGIN = {"BEGIN", "BEGIN TRANSACTION", "BEGIN DEFERRED", "BEGIN DEFERRED TRANSACTION"}


def open_database(
    path: str | Path,
    *,
    migrate: bool = True,
    user: str | None = None,
    defer_full_check: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> sqlite_utils.Database:
    """Open (creating if needed) the project file at ``path``, ready for use.

    ``progress(done, total)`` and ``cancelled()`` follow a migration that
    rebuilds the search index (minutes at a million articles): articles
    indexed so far, and whether to stop. A cancelled migration raises
    ``UpgradeCancelled``; the step under way is rolled back, the file keeps its
    older schema and its index, and the next opening starts that step again.

    ``defer_full_check`` skips SQLite's whole-file ``quick_check`` at opening
    (0.5 s per 500 MB, so about 5 s for a million articles) when no migration
    is due: the window runs it after its first paint with ``first_damage`` and
    reports damage then (issue 19). Nothing is written to the file before that
    check unless the analyst edits; a migration always checks first.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise DatabaseError(Message("db.is_folder", path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            Message("db.cannot_create_folder", folder=path.parent, reason=exc.strerror)
        ) from exc
    if not is_writable(path):
        raise DatabaseError(Message("db.read_only_file", path=path))
    version = _inspect(path, full_check=not defer_full_check)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, factory=ReviewerConnection)
    conn.user = user
    register_functions(conn, lambda: conn.user)
    db = sqlite_utils.Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        with db.ensure_autocommit_on():
            if version == 0:  # a new file: only then can the page size be chosen
                db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        if version < SCHEMA_VERSION and migrate:
            if version > 0:
                backup_file(db, backup_path_for(path, version))
            _migrate(db, version, progress=progress, cancelled=cancelled)
        if version == SCHEMA_VERSION or migrate:  # the schema that names these indexes
            restore_missing(conn, path)
        guard_audit_log(conn)
    except BaseException:
        conn.close()
        raise
    return db


def _inspect(path: Path, *, full_check: bool = True) -> int:
    """Return the file's schema version, refusing files we must not touch.

    Opened read-only so that a refused file is left byte-for-byte as it was.
    Without ``full_check`` the whole-file scan runs only when a migration is due.
    """
    if not path.exists() or path.stat().st_size == 0:
        return 0
    conn = _connect_read_only(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        ours = tables and app_id == APPLICATION_ID
        scan = full_check or version < SCHEMA_VERSION
        damage = _first_damage(conn) if ours and scan else None
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise _unreadable(path, exc) from exc
        raise DatabaseError(Message("db.busy", path=path, seconds=BUSY_TIMEOUT_MS // 1000)) from exc
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        conn.close()
    if tables and app_id != APPLICATION_ID:
        raise NotAReviewerDatabase(Message("db.foreign", path=path))
    if damage is None and tables and version == 0:
        damage = "it has tables but no schema version"
    if damage is not None:
        raise DatabaseDamaged(
            Message("db.damaged", path=path, damage=damage, hint=_backup_hint(path))
        )
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            Message("db.too_new", path=path, version=version, supported=SCHEMA_VERSION)
        )
    return version


def upgrade_due(path: str | Path) -> bool:
    """Whether opening ``path`` will do long work first (read cheaply: no check):
    migrate an older project, or build the article indexes an interrupted large
    import left missing (seconds at a million articles; see ``deferred_indexes``).

    For the window and the CLI, which show that work's progress; a file that
    cannot be read says False here and is refused, saying why, when opened.
    """
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = _connect_read_only(path)
    except DatabaseError:
        return False
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return 0 < version < SCHEMA_VERSION or (
            version == SCHEMA_VERSION and bool(missing_indexes(conn))
        )
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def inspect_project(path: str | Path) -> int:
    """The schema version of the file at ``path``, or DatabaseError if it must not be used.

    Reads only: foreign, damaged and newer files are refused and left untouched.
    """
    return _inspect(Path(path))


def _unreadable(path: Path, exc: sqlite3.Error) -> NotAReviewerDatabase:
    return NotAReviewerDatabase(
        Message("db.unreadable", path=path, reason=str(exc), hint=_backup_hint(path))
    )


class DatabaseDamaged(NotAReviewerDatabase):
    """Our file, but SQLite's own check finds it damaged (a disk fault, a bad copy)."""


def _first_damage(conn: sqlite3.Connection) -> str | None:
    """SQLite's ``quick_check``: every page and record readable, no structural damage.

    It reads the whole file once (about 0.1 s per 100 MB from a warm cache), a
    price paid at opening so that damage is reported clearly *before* the
    analyst starts working, rather than as an odd error in the middle of an edit.
    """
    rows = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    # A row can hold several lines ("*** in database main ***\nPage 4: ..."): one line.
    return None if rows == ["ok"] else "; ".join(" ".join(row.splitlines()) for row in rows)


def first_damage(path: str | Path) -> str | None:
    """SQLite's whole-file check on its own read-only connection, for a background thread.

    Returns a one-line message naming the file (and the newest backup) when
    the file is damaged, else None.
    """
    path = Path(path)
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            damage = _first_damage(conn)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # another writer holds it; the open-time checks already passed
        damage = str(exc)
    except sqlite3.DatabaseError as exc:
        damage = str(exc)
    if damage is None:
        return None
    return Message("db.damaged_found", path=path, damage=damage, hint=_backup_hint(path))


def _backup_hint(path: Path) -> str:
    from reviewer.storage.backups import latest_backup

    latest = latest_backup(path)
    return Message("db.backup_hint", backup=latest) if latest else ""


def _migrate(
    db: sqlite_utils.Database,
    from_version: int,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        watched = _REBUILDS_INDEX in script and (progress or cancelled) is not None
        total = _watch_rebuild(db, progress, cancelled) if watched else 0
        try:
            with db.atomic():
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if watched and progress is not None:
                progress(total, total)
        except sqlite3.OperationalError as exc:
            if cancelled is not None and cancelled():
                path = _main_file(db)
                raise UpgradeCancelled(Message("db.upgrade_cancelled", path=path)) from exc
            raise
        finally:
            if watched:
                db.conn.set_progress_handler(None, 0)
                register_functions(db.conn, lambda: getattr(db.conn, "user", None))


# A migration that refills the search index calls this SQL function per title and text.
_REBUILDS_INDEX = "reviewer_index_terms("
_CANCEL_CHECK_EVERY = 10_000  # SQLite instructions between two looks at ``cancelled``


def _watch_rebuild(
    db: sqlite_utils.Database, progress: Progress | None, cancelled: Cancelled | None
) -> int:
    """Count the articles a migration indexes (``progress``); stop it once ``cancelled``.

    The counting is a wrapper around the migration's SQL function (two calls per
    article: title, text); the stop is SQLite's progress handler, which
    interrupts the statement, so the migration's transaction rolls back.
    Returns how many articles there are to index.
    """
    from reviewer.search_index import index_terms

    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    calls = 0

    def terms(text: str | None) -> str | None:
        nonlocal calls
        calls += 1
        if progress is not None and calls % 1000 == 0:
            progress(calls // 2, total)
        return None if text is None else index_terms(text)

    db.conn.create_function("reviewer_index_terms", 1, terms, deterministic=True)
    if progress is not None:
        progress(0, total)
    if cancelled is not None:
        db.conn.set_progress_handler(lambda: 1 if cancelled() else 0, _CANCEL_CHECK_EVERY)
    return total


def _main_file(db: sqlite_utils.Database) -> str:
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main":
            return file
    return ""


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
    cast(ReviewerConnection, db.conn).user = user


def current_user(db: sqlite_utils.Database) -> str | None:
    return getattr(db.conn, "user", None)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def backup_path_for(path: Path, version: int) -> Path:
    """A new name beside ``path`` for the copy taken before migrating from ``version``.

    A second opening in the same second (an upgrade cancelled and started
    again) gets a numbered name rather than failing on the first copy.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    suffix = path.suffix or ".sqlite"
    candidate = path.with_name(f"{path.stem}.v{version}-{stamp}.bak{suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.v{version}-{stamp}-{number}.bak{suffix}")
        number += 1
    return candidate


def backup_file(db: sqlite_utils.Database, destination: str | Path) -> Path:
    """Copy the live database with SQLite's online backup (safe while others write)."""
    from reviewer.storage.backups import copy_database

    return copy_database(db.conn, destination)


def open_read_only(path: str | Path) -> sqlite_utils.Database:
    """Open an existing file strictly read-only, for checking or copying it.

    No pragma is set, nothing is migrated and nothing can be written, so this
    also works on a damaged or foreign file that ``open_database`` refuses,
    and on a project in a folder this user cannot write to.

    The file is read once here: SQLite opens a project's write-ahead log only
    at the first read, finding it (and the main file, for its permissions) by
    name. A project renamed or moved between the opening and that read (the
    analyst tidying folders while the window searches) made the first query
    fail with a bare "disk I/O error"; read now, such a failure names the file,
    and once read the connection keeps reading the file wherever it moves.
    Only a failure to reach the file is raised here: a foreign or damaged
    file is still opened, for the caller to say what is wrong with it.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(Message("db.missing", path=path))
    conn = _connect_read_only(path)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:  # I/O, locked, gone: not the file's content
        conn.close()
        raise DatabaseError(Message("db.cannot_open", path=path, reason=str(exc))) from exc
    except sqlite3.DatabaseError:
        pass  # not a database, or damaged: what the caller checks for
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def read_failure(path: str | Path, error: Exception) -> Exception:
    """``error``, raised reading the project at ``path``, as the analyst should meet it.

    Searches and suggestions read the project afresh, off the window's thread, long
    after it opened. If the file was replaced, damaged or cut off meanwhile, SQLite
    says only "file is not a database" or "disk I/O error", and the window, which
    reads its own copy still, could not tell which file failed: a SQLite error
    becomes one line naming the file. A misuse of the SQLite module
    (``sqlite3.ProgrammingError``, a bug) or any other exception is returned as it is.
    """
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.ProgrammingError):
        named = DatabaseError(Message("db.read_failed", path=Path(path), reason=str(error)))
        named.__cause__ = error
        return named
    return error


def open_existing_read_only(path: str | Path) -> sqlite_utils.Database:
    """A sound, current project opened read-only: for reading commands where nothing may change.

    The same refusals as ``open_database`` (foreign, damaged, newer files);
    a project of an older schema cannot be read without migrating it first,
    which needs a writable folder, so it is refused with that explanation.
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(Message("db.missing", path=path))
    version = _inspect(path)
    if version < SCHEMA_VERSION:
        raise DatabaseError(Message("db.too_old_read_only", path=path))
    db = open_read_only(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def is_writable(path: Path) -> bool:
    """Can this process write the project file and create its journal beside it?"""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection, also for a project in a folder this user cannot write to.

    A WAL-mode file needs its ``-shm`` index to be read; in a read-only folder
    without one, SQLite cannot create it and refuses. With no ``-wal`` beside
    the file (a project closed cleanly) everything is in the main file and
    nobody can be writing it (no one can create a journal there), so it is
    opened ``immutable``. With a leftover ``-wal`` but no ``-shm`` the newest
    changes are unreadable here, which is said instead of showing stale data.
    """
    query = "mode=ro"
    if not is_writable(path):
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        if not wal.exists():
            query = "mode=ro&immutable=1"
        elif not shm.exists():
            raise DatabaseError(Message("db.unsaved_wal", path=path, wal=wal.name))
    try:
        return sqlite3.connect(
            f"{path.resolve().as_uri()}?{query}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise DatabaseError(Message("db.cannot_open", path=path, reason=str(exc))) from exc


def close_database(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the file, then close: the project is one file again.

    ``wal_checkpoint(TRUNCATE)`` copies every committed page from ``-wal``
    into the main file and empties the log, so a project copied while it is
    closed is complete even if whoever copies it takes only the ``.sqlite``.
    When another connection still reads or writes, the checkpoint does what
    it can and the last one to close finishes it; a failure to checkpoint
    (disk full, read-only) loses nothing, since the log stays beside the file.
    """
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # read-only, busy or full: the log stays beside the file, nothing is lost
    finally:
        db.close()
