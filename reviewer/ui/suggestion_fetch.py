"""Suggestions for the open article, worked out off the GUI thread when it is long.

The suggesters read the whole text: about 5 ms per thousand characters, so half
a second for a long report, on every article opened and every undo. A short
article (most) is still done at once, so its suggestions come with its first
paint; a long one is done in a ``background.ProjectTask`` on a connection of its
own, and the suggestions appear when ready. At most one such thread runs: a
request made meanwhile waits for it, a newer one replaces the waiting one, and
an answer for an article no longer wanted is dropped (issue 19: stale requests
cancelled, results as they are ready).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QObject

from reviewer.storage.backups import project_path
from reviewer.suggest.engine import suggest_article
from reviewer.suggest.model import Suggestion
from reviewer.ui.background import ProjectTask

THREAD_FROM_CHARS = 10_000  # about 50 ms of suggesting: longer articles go to a thread


class SuggestionFetcher(QObject):
    """Hands ``show`` the suggestions for the article asked last, and only those."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        show: Callable[[list[Suggestion]], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._show = show
        self._failed = failed
        self._wanted = 0  # bumped by every request: an answer for an older one is stale
        self._waiting: tuple[int, int] | None = None  # (request, article) for the thread
        self._running: int | None = None  # the request the thread is working on
        self.task: ProjectTask | None = None

    def fetch(self, article_id: int, chars: int) -> None:
        """Show ``article_id``'s suggestions: now if it is short, else when worked out."""
        self._wanted += 1
        self._waiting = None
        if chars < THREAD_FROM_CHARS:
            self._show(suggest_article(self._db, article_id))
            return
        self._show([])  # never the previous article's on this text meanwhile
        self._waiting = (self._wanted, article_id)
        self._start_waiting()

    def drop(self) -> None:
        """No suggestions wanted now (none open, or switched off): forget any on the way."""
        self._wanted += 1
        self._waiting = None

    def busy(self) -> bool:
        """A request is being worked out or waits for the thread."""
        return self.task is not None or self._waiting is not None

    def _start_waiting(self) -> None:
        if self.task is not None or self._waiting is None:
            return
        (self._running, article_id), self._waiting = self._waiting, None

        def work(db, _progress, _cancelled) -> list[Suggestion]:
            return suggest_article(db, article_id)

        self.task = task = ProjectTask(project_path(self._db), work)
        task.succeeded.connect(self._arrived)
        task.failed.connect(self._went_wrong)
        task.finished.connect(self._ended)
        task.start_unowned()  # may outlive the window, which then just misses the answer

    def _arrived(self, found: list[Suggestion]) -> None:
        if self._running == self._wanted:
            self._show(found)

    def _went_wrong(self, error: BaseException) -> None:
        if self._running == self._wanted:
            self._failed(error)

    def _ended(self) -> None:
        self.task = None
        self._running = None
        self._start_waiting()
