"""Article indexes a large import drops while it writes and builds once at its end.

The content-hash, date and filter indexes take each new article at a random
place, so at a million articles every import batch rewrote most of their pages
(written twice: to the write-ahead log, then back into the file), and that work
grew with the project: the import took 12.9 times as long for 10 times the
articles. Built by ``CREATE INDEX`` from the finished table (a sort), they cost
a few seconds at a million (issue 19). The list, outlet and link indexes stay:
new rows go at their end (ids only grow), and the list's queries name its index.

While the indexes are away, the importer finds duplicates in memory
(``KnownHashes``), and an advisory lock on a file beside the project
(``BulkImportLock``) says that a live process will build them. A project whose
indexes are missing without that lock held (the importer was killed, or the
machine stopped) has them built when it is next opened (``restore_missing``),
so no one ever works on a project without them, or with a duplicate article.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no bulk mode, the indexes are never dropped
    fcntl = None  # type: ignore[assignment]

DEFERRED_INDEXES = {
    "idx_articles_content_hash": (
        "CREATE UNIQUE INDEX idx_articles_content_hash ON articles(content_hash)"
    ),
    "idx_articles_published": "CREATE INDEX idx_articles_published ON articles(published)",
    "idx_articles_filter": (
        "CREATE INDEX idx_articles_filter ON articles(status, source_id, published)"
    ),
}


def missing_indexes(conn: sqlite3.Connection) -> list[str]:
    """Names of the deferred indexes the project lacks (none, but during a large import)."""
    present = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
        )
    }
    return [name for name in DEFERRED_INDEXES if name not in present]


def drop_indexes(conn: sqlite3.Connection) -> None:
    """Drop the deferred indexes; call inside the transaction that starts a bulk import."""
    for name in DEFERRED_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def create_indexes(conn: sqlite3.Connection) -> None:
    """Build the missing deferred indexes in one transaction (all of them, or none)."""
    missing = missing_indexes(conn)
    if not missing:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in missing:
            conn.execute(DEFERRED_INDEXES[name].replace("INDEX", "INDEX IF NOT EXISTS", 1))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def restore_missing(conn: sqlite3.Connection, path: Path) -> bool:
    """Build the deferred indexes an interrupted import left missing; True if it did.

    Nothing is done while the import that dropped them is still running (its
    lock is held): it builds them itself at its end. Nor when another program
    holds the write lock past the busy timeout: the next opening tries again.
    """
    if not missing_indexes(conn):
        return False
    lock = BulkImportLock(path)
    if not lock.acquire():
        return False
    try:
        create_indexes(conn)
    except sqlite3.OperationalError:  # busy
        return False
    finally:
        lock.release()
    return True


def lock_path(path: Path) -> Path:
    return Path(f"{path}-import-lock")


class BulkImportLock:
    """An advisory lock on ``PROJECT-import-lock``, held while a bulk import runs.

    The operating system lets it go when the process ends, however it ends, so
    a lock that can be taken means that no import is building the indexes. The
    file is removed by whoever releases it.
    """

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another process holds it (or no locks)."""
        if fcntl is None:
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)  # closing lets the lock go
        self._fd = None


def database_path(conn: sqlite3.Connection) -> Path | None:
    """The file of the connection's main database (None in memory)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None
