"""Edits the database could not take yet: kept, shown, and retried until written.

A write can fail for reasons that pass: another program holding the write lock
past the busy timeout ("database is locked"), a full disk, an I/O error. Such an
edit is never dropped. It waits here, in the order it was made, the form says
"Not saved — retrying", and a timer tries again with a growing pause (0.5 s up to
8 s). A retry waits only briefly for the lock, so that a long-held lock does not
freeze the window once per attempt. Closing the window with edits waiting asks
first (main_window).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.ui.language import current_language, translate

# What a write raises when the file, not the data, is the problem: locked past the
# busy timeout, full, read-only, an I/O error.
WRITE_ERRORS = (sqlite3.Error, OSError)

RETRY_FIRST_MS = 500
RETRY_MAX_MS = 8000
RETRY_BUSY_TIMEOUT_MS = 200


@dataclass
class UnsavedEdit:
    """One edit of one event's fields, with the values it replaces (for undo)."""

    event_id: int
    changes: dict[str, Any]
    old: dict[str, Any]
    mergeable: bool


class WriteFailed(Exception):
    """The database could not take the write now (locked, full, I/O); try again later."""


class UnsavedEdits(QObject):
    """The queue of edits waiting to be written, and the timer that retries them."""

    changed = Signal()  # the queue grew, shrank or failed again: update what is shown

    def __init__(
        self,
        db: sqlite_utils.Database,
        write: Callable[[UnsavedEdit], None],
        parent: QObject | None = None,
    ) -> None:
        """``write`` writes one edit, raising WriteFailed when it should be retried."""
        super().__init__(parent)
        self._db = db
        self._write = write
        self._edits: list[UnsavedEdit] = []
        self._delay = RETRY_FIRST_MS
        self.last_error = ""
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.retry)

    def __len__(self) -> int:
        return len(self._edits)

    def keep(self, edit: UnsavedEdit, error: Exception) -> None:
        """Queue an edit whose write just failed, behind any older one."""
        self._edits.append(edit)
        self._failed(error)

    def overlay(self, event_id: int) -> dict[str, Any]:
        """The unsaved values of ``event_id``, newest last: what the form should show."""
        values: dict[str, Any] = {}
        for edit in self._edits:
            if edit.event_id == event_id:
                values.update(edit.changes)
        return values

    def retry(self) -> bool:
        """Write waiting edits in order; True when none is left."""
        self._timer.stop()
        with _brief_busy_timeout(self._db):
            while self._edits:
                try:
                    self._write(self._edits[0])
                except WriteFailed as exc:
                    self._failed(exc)
                    return False
                self._edits.pop(0)
        self._delay = RETRY_FIRST_MS
        self.last_error = ""
        self.changed.emit()
        return True

    def discard(self) -> None:
        """Forget every waiting edit (the analyst chose so when closing)."""
        self._timer.stop()
        self._edits.clear()
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self.last_error = str(error.__cause__ or error)
        self._timer.start(self._delay)
        self._delay = min(self._delay * 2, RETRY_MAX_MS)
        self.changed.emit()


@contextmanager
def _brief_busy_timeout(db: sqlite_utils.Database) -> Iterator[None]:
    before = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {min(before, RETRY_BUSY_TIMEOUT_MS)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA busy_timeout = {before}")


def ask_about_unsaved(parent: QWidget, count: int) -> str:
    """Closing with edits not yet written: "retry", "discard" or "cancel" (the default)."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedEditsBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SaveRetry", "Edits not saved"))
    if current_language() == "en":
        edits = "1 edit is" if count == 1 else f"{count} edits are"
        box.setText(f"{edits} not saved yet: the project file could not be written.")
    else:
        box.setText(
            translate(
                "SaveRetry", "Edits not saved yet ({count}): the project file could not be written."
            ).format(count=count)
        )
    box.setInformativeText(
        translate(
            "SaveRetry",
            "Retry saving now, discard them, or cancel and keep the window open "
            "(they are retried in the background).",
        )
    )
    retry = box.addButton(translate("SaveRetry", "Retry saving"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("SaveRetry", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "discard" if clicked is discard else "cancel"


def not_saved_text(error: BaseException) -> str:
    """One line for a write the project file did not take (never a silent failure)."""
    return translate(
        "SaveRetry", "Not saved — the project file could not be written ({reason}); try again"
    ).format(reason=error)
