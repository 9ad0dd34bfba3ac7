"""Suggestions for the open article, worked out off the GUI thread and its lock.

The suggesters read the whole text: about 5 ms per thousand characters, 10-25
ms for an ordinary report and half a second for a long one, on every article
opened and every undo. Done on the GUI thread that was most of the longest
stall of the window (an article switch); done in a thread of the same process
it still was, as the thread holds Python's lock while it works and every slot,
delegate and paint of the GUI thread waits for it. So every article's
suggestions are worked out in the suggestion worker process
(``suggestion_process``); the article's text, form and panels show at once,
and the suggestions appear when ready. Where the worker cannot run (it keeps
dying, or a frozen build cannot start it) a ``background.ProjectTask`` thread
does the work instead: slower for the window, never lost.

Nothing shown is ever stale: a request first clears what is shown (so one
article's suggestions never sit on another's text, nor those from before an
undo on the text after it). One request at a time is worked out per window: a
request made meanwhile waits for it, a newer one replaces the waiting one, and
an answer for a request no longer wanted is dropped (issue 19: stale requests
cancelled, results as they are ready). ``shown`` says when the wanted answer is
on view. A request superseded while the worker works on a long article is
cancelled there (the worker restarted, see ``suggestion_process``), so the
newer one need not wait up to a second for suggestions nobody will see.

A request that fails (the project file replaced or damaged since the window
opened it, which the worker or thread, reading it afresh, meets first) is said
in one line through ``failed``: "Suggestions failed:" and the reason, a SQLite
error naming the file (``read_failure``).

A worker that hangs is killed after ``ANSWER_DEADLINE_S``; the window says so
once in its status line (through ``failed``) and works that request out in a
thread, as when the worker dies.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reviewer.errors import ReviewerError
from reviewer.storage.backups import project_path
from reviewer.storage.database import read_failure
from reviewer.suggest.engine import suggest_article
from reviewer.suggest.model import Suggestion
from reviewer.ui.background import ProjectTask
from reviewer.ui.core_messages import error_line
from reviewer.ui.suggestion_process import (
    DONE,
    FAILED,
    GONE,
    SuggestionProcess,
    WorkerHung,
    shared_process,
)

_numbers = itertools.count(1)  # request numbers, unique across windows sharing the worker


class SuggestionFetcher(QObject):
    """Hands ``show`` the suggestions for the article asked last, and only those."""

    shown = Signal(int)  # the article whose suggestions were just handed to ``show``

    def __init__(
        self,
        db: sqlite_utils.Database,
        show: Callable[[list[Suggestion]], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
        *,
        process: SuggestionProcess | None = None,
    ) -> None:
        """``process``: the worker to ask (the program's shared one unless given)."""
        super().__init__(parent)
        try:  # asked once: the file does not change, and may be closed before an answer
            self._path: Path | ReviewerError = project_path(db)
        except ReviewerError as error:  # a project in memory: no file for another reader
            self._path = error
        self._show = show
        self._failed = failed
        self._wanted = 0  # the request whose answer is wanted; an older one's is stale
        self._waiting: tuple[int, int, int] | None = None  # (request, article, length) unsent
        self._running: tuple[int, int, int] | None = None  # the one being worked out
        self._in_worker = False  # the running one was sent to the worker (not a thread)
        self.task: ProjectTask | None = None  # the fallback thread, while it runs
        self._process = process or shared_process()
        self._process.answered.connect(self._answered)
        self._held = False  # requests wait for a first paint (start_after_first_paint)

    def start_after_first_paint(self, widget: QWidget) -> None:
        """Send nothing before ``widget`` is first painted.

        The worker's start (a process, a few tenths of a second of CPU) would
        compete with the window's own start; the first article's suggestions
        are asked for right after its first paint instead.
        """
        self._held = True
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._held and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._held = False
            QTimer.singleShot(0, self._start_waiting)  # once this frame is drawn
        return False

    def fetch(self, article_id: int, length: int = 0) -> None:
        """Show ``article_id``'s suggestions once worked out; none meanwhile.

        ``length``: the article's characters (0 if not known), which decide whether
        the request it supersedes is worth cancelling in the worker."""
        self._wanted = next(_numbers)
        self._show([])  # never another article's, nor those from before an edit, meanwhile
        self._waiting = (self._wanted, article_id, length)
        self._cancel_running()
        self._start_waiting()

    def drop(self) -> None:
        """No suggestions wanted now (none open, or switched off): forget any on the way."""
        self._wanted = next(_numbers)
        self._waiting = None
        self._cancel_running()

    def _cancel_running(self) -> None:
        """Stop waiting for the running request if the worker can drop it (a long one)."""
        running = self._running
        if running is not None and self._in_worker and self._process.cancel(running[0]):
            self._running = None

    def busy(self) -> bool:
        """A request is being worked out or waits its turn."""
        return self._running is not None or self._waiting is not None

    def _start_waiting(self) -> None:
        if self._held or self._running is not None or self._waiting is None:
            return
        self._running, self._waiting = self._waiting, None
        number, article_id, length = self._running
        path = self._path
        if isinstance(path, ReviewerError):
            self._running = None
            self._failed(path)
            return
        self._in_worker = self._process.usable() and self._process.ask(
            number, path, article_id, length
        )
        if not self._in_worker:
            self._in_thread(path, number, article_id)

    def _answered(self, number: int, how: str, value: object) -> None:
        if self._running is None or self._running[0] != number:
            return  # another window's, or one this window gave up on
        if how == GONE and isinstance(value, WorkerHung):  # killed: say why, once
            self._failed(RuntimeError(self._hung_text(value.seconds)))
        if how == GONE and number == self._wanted:  # the worker died: work it out here
            self._in_worker = False
            self._in_thread(self._path, number, self._running[1])
            return
        self._deliver(how, value)
        self._ended()

    def _hung_text(self, seconds: float) -> str:
        return self.tr(
            "Suggestions: the worker process gave no answer in {seconds} s and was stopped;"
            " they are worked out in the window instead"
        ).format(seconds=f"{seconds:g}")

    def _deliver(self, how: str, value: object) -> None:
        if self._running is None or self._running[0] != self._wanted:
            return  # stale: a newer request (or none) is wanted now
        if how == DONE:
            self._show(value)
            self.shown.emit(self._running[1])
        elif how == FAILED:
            self._failed(RuntimeError(self._failed_text(value)))

    def _failed_text(self, error: BaseException) -> str:
        return self.tr("Suggestions failed: {reason}").format(reason=error_line(error))

    def _in_thread(self, path: Path, number: int, article_id: int) -> None:
        def work(db, _progress, _cancelled) -> list[Suggestion]:
            return suggest_article(db, article_id)

        self.task = task = ProjectTask(path, work)
        task.succeeded.connect(self._thread_found)
        task.failed.connect(self._thread_failed)
        task.finished.connect(self._thread_ended)
        task.start_unowned()  # may outlive the window, which then just misses the answer

    def _thread_found(self, found: list[Suggestion]) -> None:
        self._deliver(DONE, found)

    def _thread_failed(self, error: Exception) -> None:
        if isinstance(self._path, Path):  # always so: no thread runs for a project in memory
            error = read_failure(self._path, error)
        self._deliver(FAILED, error)

    def _thread_ended(self) -> None:
        self.task = None
        self._ended()

    def _ended(self) -> None:
        self._running = None
        self._start_waiting()
