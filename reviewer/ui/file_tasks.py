"""Work on the whole project file, done off the GUI thread after the first paint.

SQLite's whole-file check and the start-up backup each read every page of the
file: about half a second per 500 MB, so seconds for a million articles. The
window must not wait for them (issue 19), so they run here in a thread with a
connection of their own (SQLite releases the GIL while it reads), and report
back through signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QThread, Signal

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.backups import backup_on_start
from reviewer.storage.database import BUSY_TIMEOUT_MS, first_damage


class StartupFileTasks(QThread):
    """Check the file for damage, then take the start-up backup if it changed."""

    # Messages (object, not str: a str signal would drop their id, and with it the
    # translation); the window shows them with translate_message.
    damaged = Signal(object)  # one line naming the file and the newest backup
    backup_failed = Signal(object)
    backup_made = Signal(str)

    def __init__(self, db_path: str | Path, *, backup: bool = True, parent=None) -> None:
        super().__init__(parent)
        self._path = Path(db_path)
        self._backup = backup

    def run(self) -> None:
        damage = first_damage(self._path)
        if damage is not None:
            self.damaged.emit(damage)
            return
        if not self._backup:
            return
        try:
            conn = sqlite3.connect(
                f"{self._path.resolve().as_uri()}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except sqlite3.Error as exc:
            self.backup_failed.emit(Message("file.os_error", file=self._path, reason=str(exc)))
            return
        try:
            made = backup_on_start(sqlite_utils.Database(conn), self._path)
        except ReviewerError as exc:
            self.backup_failed.emit(exc.text)
        except (sqlite3.Error, OSError) as exc:
            self.backup_failed.emit(Message("file.os_error", file=self._path, reason=str(exc)))
        else:
            if made is not None:
                self.backup_made.emit(str(made))
        finally:
            conn.close()
