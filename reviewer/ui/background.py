"""Long work on the project file, run off the GUI thread with progress and cancel.

Export and the report read the whole project: seconds at a million articles;
an import writes thousands of files; suggesting on a long article takes half a
second. Run on the GUI thread they froze the window, and the old cure
(processing events from the progress callback) let every click re-enter the
window midway. A ``ProjectTask`` runs such work in a thread of its own on a
SQLite connection of its own, read-only unless the work writes (a connection
must not cross threads; SQLite releases the GIL while it reads), the same
pattern as ``file_tasks.StartupFileTasks``.

The work is a plain core function ``work(db, progress, cancelled)``: it calls
``progress(done, total)`` now and then and stops (by raising) once
``cancelled()`` is true. Its outcome comes back through signals, which Qt
delivers on the GUI thread: exactly one of ``succeeded``, ``failed`` (the
exception, for the caller to say in one line) or ``cancelled``.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.storage.database import open_read_only

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
EXPECTED = (ReviewerError, sqlite3.Error, OSError)  # said in one line; others also logged
Work = Callable[[sqlite_utils.Database, Progress, Cancelled], Any]


_UNOWNED: set[ProjectTask] = set()  # see ProjectTask.start_unowned
# How long a Python thread may keep the GIL while another waits for it. CPython's
# 5 ms is paid again by the GUI thread for every Python slot, delegate or event
# handler it runs while a task computes in Python (suggestions: stalls of 150 ms
# measured); 1 ms keeps them under 70 ms, at no cost while the GUI thread idles.
SWITCH_INTERVAL_S = 0.001


class ProjectTask(QThread):
    """Run ``work`` on a connection of its own to ``path``; report back by signals."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # what ``work`` returned
    failed = Signal(object)  # the exception (say it with ui.core_messages.error_text)
    cancelled = Signal()

    def __init__(
        self,
        path: str | Path,
        work: Work,
        parent: QObject | None = None,
        *,
        opener: Callable[[Path], sqlite_utils.Database] = open_read_only,
    ) -> None:
        """``opener`` makes the thread's connection: read-only unless the work writes."""
        super().__init__(parent)
        self._path = Path(path)
        self._work = work
        self._open = opener
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._stop = threading.Event()

    def start_unowned(self) -> None:
        """Start a task made without a parent that may outlive whoever started it.

        Held here until it has finished, so that neither Python's collector nor
        a closed dialog destroys a running thread (Qt aborts the process then).
        """
        _UNOWNED.add(self)
        self.finished.connect(self._release)
        self.start()

    def _release(self) -> None:
        self.wait()  # ``finished`` comes just before the thread's very end
        _UNOWNED.discard(self)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``cancelled`` follows."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            db = self._open(self._path)
        except Exception as exc:  # any failure is said in one line, never lost
            self.failed.emit(exc)
            return
        try:
            result = self._work(db, self.progressed.emit, self._stop.is_set)
        except Exception as exc:  # any failure is said in one line, never lost
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                if not isinstance(exc, EXPECTED):
                    traceback.print_exc()  # unexpected: keep the traceback for a bug report
                self.failed.emit(exc)
        else:  # done, even if a cancel came too late to stop it: say what happened
            self.succeeded.emit(result)
        finally:
            db.close()

    def stop_and_wait(self) -> None:
        """Cancel and wait for the thread (before its owner goes away)."""
        self.cancel()
        self.wait()


class TaskProgress(QDialog):
    """A window-modal progress bar with Cancel, for a ``ProjectTask``.

    Not a QProgressDialog: its ``setValue`` processes events when it is modal,
    which is the re-entrancy the thread is there to avoid. Cancel (button, Esc,
    close box) asks the task to stop; the owner closes this once the task says
    how it ended.
    """

    def __init__(self, text: str, cancel_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(text)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first step is reported
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.task: ProjectTask | None = None

    def follow(self, task: ProjectTask) -> None:
        """Show ``task``'s progress; Cancel stops it."""
        self.task = task
        task.progressed.connect(self.set_progress)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def value(self) -> int:
        return self.bar.value()

    def reject(self) -> None:
        """Cancel: stop the task and stay open until it has stopped."""
        if self.task is not None and self.task.isRunning():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def finish(self) -> None:
        """The task has ended (``QThread.finished``): close."""
        self.task = None
        self.accept()
