"""A large import into a small project: its random-order indexes built once, at the end.

See ``reviewer.storage.deferred_indexes`` for why. The mode is taken when the
import brings at least ``BULK_MIN_FILES`` files and the project holds no more
articles than that (rebuilding the indexes then costs less than keeping them:
a few seconds at a million), and only by the one process that holds the
project's bulk-import lock. Everything else is as in any import: the same rows,
ids, duplicates, audit rows and search index, batch by batch.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.deferred_indexes import (
    BulkImportLock,
    create_indexes,
    database_path,
    drop_indexes,
    restore_missing,
)

# Below this many files the indexes are kept: their upkeep is small next to a
# rebuild over the whole table.
BULK_MIN_FILES = 20_000


class KnownHashes:
    """The content hashes of the stored articles, for finding duplicates without their index.

    Keyed by the hash of the hash (a 64-bit integer: about a tenth of the memory
    of the 64-character texts); a key found is confirmed against the stored
    article's own hash, read by its id, so a collision of keys never makes a new
    article a duplicate. Rows other programs add meanwhile are read before each
    batch (``catch_up``), inside its transaction.
    """

    def __init__(self) -> None:
        self._first: dict[int, int] = {}  # key -> id of the first article with it
        self._more: set[str] = set()  # the full hashes of any later ones (a collision)
        self.last_id = 0

    def catch_up(self, conn: sqlite3.Connection) -> None:
        """Learn the articles stored after ``last_id`` (by anyone)."""
        rows = conn.execute(
            "SELECT id, content_hash FROM articles WHERE id > ? ORDER BY id", [self.last_id]
        )
        for article_id, content_hash in rows:
            self.add(content_hash, article_id)

    def add(self, content_hash: str, article_id: int) -> None:
        key = hash(content_hash)
        if key in self._first:
            self._more.add(content_hash)
        else:
            self._first[key] = article_id
        self.last_id = max(self.last_id, article_id)

    def stored(self, conn: sqlite3.Connection, content_hash: str) -> bool:
        """Whether an article with this exact hash is stored."""
        article_id = self._first.get(hash(content_hash))
        if article_id is None:
            return False
        if content_hash in self._more:
            return True
        row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id])
        found = row.fetchone()
        return found is not None and found[0] == content_hash


@contextlib.contextmanager
def deferred_indexes(
    db: sqlite_utils.Database, files: int, kept: list
) -> Iterator[KnownHashes | None]:
    """Import with the deferred indexes dropped, when worth it; yields the known hashes
    (None: the indexes stay, duplicates are found by them).

    However the import ends (done, cancelled, failed), the indexes are built
    before this returns; if that fails too, the next opening builds them.
    ``kept`` is the list of imported articles, for the failure's message.
    """
    conn = db.conn
    path = database_path(conn)
    lock = BulkImportLock(path) if path is not None and files >= BULK_MIN_FILES else None
    if lock is None or _stored(conn) > files or not lock.acquire():
        if path is not None:  # resuming after an interrupted bulk import: its indexes first
            restore_missing(conn, path)
        yield None
        return
    try:
        try:
            with db.atomic():
                drop_indexes(conn)
        except sqlite3.OperationalError:  # busy: import the usual way
            yield None
            return
        known = KnownHashes()
        known.catch_up(conn)
        try:
            yield known
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                create_indexes(conn)
            raise
        try:
            create_indexes(conn)
        except sqlite3.OperationalError as exc:
            raise ReviewerError(Message("import.write_failed", reason=exc, kept=len(kept))) from exc
    finally:
        lock.release()


def _stored(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
