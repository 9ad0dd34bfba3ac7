"""Copies of the project file: on demand, and rotating automatic ones.

Every copy is made with SQLite's online backup API, which reads one consistent
snapshot of the database while other connections keep writing (WAL readers do
not block writers). The copy is written to a temporary name and renamed into
place only when complete and checked, so a half-written backup never looks
like a good one.

Automatic backups: the app makes one when it starts (if the file changed since
the newest backup) and then every ``AUTO_BACKUP_INTERVAL_S`` seconds while
edits are being made. They go to a folder beside the project file,
``NAME-backups/``, and only the newest ``AUTO_BACKUP_KEEP`` are kept: at least
``KEEP x INTERVAL`` = 100 minutes of editing history, plus the state at each of
the last starts. Beside the project, not in a hidden folder, so that an analyst
who copies the project folder takes the backups along and can find them.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message

AUTO_BACKUP_KEEP = 10
AUTO_BACKUP_INTERVAL_S = 10 * 60
_STAMP = "%Y%m%dT%H%M%S"


class BackupFailed(ReviewerError):
    """A backup could not be written; the project file itself is unaffected."""


def copy_database(conn: sqlite3.Connection, destination: str | Path) -> Path:
    """Copy the database behind ``conn`` to ``destination`` (a new file) atomically.

    Refuses to overwrite an existing file. The copy is checked with
    ``PRAGMA quick_check`` before it is given its final name.
    """
    destination = Path(destination)
    if destination.exists():
        raise BackupFailed(Message("backup.exists", path=destination))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(
            Message("backup.cannot_create_folder", folder=destination.parent, reason=exc.strerror)
        ) from exc
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    try:
        target = sqlite3.connect(str(partial))
        try:
            # pages=-1 (the default): one step, one read snapshot, so the copy
            # is a consistent state even while another connection writes.
            conn.backup(target)
            # The copy is a standalone file: no WAL beside it to lose.
            target.execute("PRAGMA journal_mode = DELETE")
            verdict = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise BackupFailed(Message("backup.check_failed", path=destination, verdict=verdict))
        _fsync(partial)
        os.replace(partial, destination)
        _fsync_dir(destination.parent)
    except sqlite3.Error as exc:
        raise BackupFailed(Message("backup.failed", path=destination, reason=str(exc))) from exc
    except OSError as exc:
        raise BackupFailed(
            Message("backup.failed", path=destination, reason=exc.strerror or str(exc))
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return destination


def backup_dir_for(db_path: str | Path) -> Path:
    """Where the automatic backups of the project at ``db_path`` live."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: str | Path) -> list[Path]:
    """Automatic backups of ``db_path``, oldest first (the names sort by time)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    return sorted(
        p for p in folder.glob(f"{stem}-*.sqlite") if p.is_file() and not p.name.startswith(".")
    )


def latest_backup(db_path: str | Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def make_rotating_backup(
    db: sqlite_utils.Database, db_path: str | Path, *, keep: int = AUTO_BACKUP_KEEP
) -> Path:
    """Write a new timestamped backup of ``db`` and delete all but the newest ``keep``."""
    db_path = Path(db_path)
    folder = backup_dir_for(db_path)
    now = datetime.now(UTC)
    name = f"{db_path.stem}-{now.strftime(_STAMP)}-{now.microsecond:06d}Z.sqlite"
    made = copy_database(db.conn, folder / name)
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def project_path(db: sqlite_utils.Database) -> Path:
    """The file behind the connection's main database."""
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    raise BackupFailed(Message("backup.in_memory"))


def changed_since_latest_backup(db_path: str | Path) -> bool:
    """True unless the project file is known to be unchanged since the newest backup.

    Unchanged means: the write-ahead log holds nothing (all work is in the main
    file; opening the project creates an empty log, so its mere presence says
    nothing) and the main file was last written before the backup was made.
    """
    db_path = Path(db_path)
    latest = latest_backup(db_path)
    if latest is None:
        return True
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return db_path.stat().st_mtime_ns > latest.stat().st_mtime_ns


def backup_on_start(db: sqlite_utils.Database, db_path: str | Path) -> Path | None:
    """The start-up backup: made unless nothing changed since the newest one."""
    if not changed_since_latest_backup(db_path):
        return None
    return make_rotating_backup(db, db_path)


@dataclass
class AutoBackup:
    """Decides when the running app makes its next automatic backup.

    The window calls ``tick()`` from a timer (every minute is plenty). A backup
    is made when ``interval`` seconds have passed since the last one *and* the
    database changed meanwhile, through this connection (``total_changes``) or
    another one (``PRAGMA data_version``), so an idle window does not rotate
    good backups away with identical copies.
    """

    db: sqlite_utils.Database
    db_path: Path
    interval: float = AUTO_BACKUP_INTERVAL_S
    keep: int = AUTO_BACKUP_KEEP
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self.db_path = Path(self.db_path)
        self._last_at = self.clock()
        self._last_state = self._state()

    @classmethod
    def for_database(cls, db: sqlite_utils.Database, **options) -> AutoBackup:
        """For the window, which holds the connection but not the path it was opened from."""
        return cls(db, project_path(db), **options)

    def _state(self) -> tuple[int, int]:
        data_version = self.db.execute("PRAGMA data_version").fetchone()[0]
        return (self.db.conn.total_changes, data_version)

    def tick(self) -> Path | None:
        """Make a backup if one is due; returns its path, or None. Raises BackupFailed."""
        if self.clock() - self._last_at < self.interval:
            return None
        state = self._state()
        if state == self._last_state:
            return None
        made = make_rotating_backup(self.db, self.db_path, keep=self.keep)
        self._last_at, self._last_state = self.clock(), state
        return made


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
