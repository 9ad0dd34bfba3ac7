"""The right-hand side of the coding screen: the event and what hangs off it.

Tabs for the event form, the report's grade and claims, and the event's history,
with the review buttons always visible below. It keeps every part pointed at the
same (article, event) pair, so the main window only tells it what changed.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from reviewer.ui.claims_panel import ClaimsPanel
from reviewer.ui.event_form import EventForm
from reviewer.ui.grade_widget import GradeWidget
from reviewer.ui.history_panel import HistoryPanel
from reviewer.ui.review_actions import ReviewActions

EVENT_TAB, CLAIMS_TAB, HISTORY_TAB = range(3)


class SidePanel(QWidget):
    claims_changed = Signal(int)  # event id

    def __init__(
        self,
        db: sqlite_utils.Database,
        event_form: EventForm,
        user: Callable[[], str | None],
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__()
        self.event_form = event_form
        self._showing: tuple[int | None, int | None] | None = None  # (article, event) shown
        self.grade = GradeWidget(db, undo_stack=undo_stack)
        # who: the connection's user (storage.database.set_user)
        self.claims = ClaimsPanel(db, undo_stack=undo_stack)
        self.history = HistoryPanel(db)
        self.review = ReviewActions(db, user, before_change=event_form.flush)

        claims_page = QWidget()
        claims_layout = QVBoxLayout(claims_page)
        claims_layout.addWidget(self.grade)
        claims_layout.addWidget(self.claims, 1)

        self.tabs = QTabWidget(objectName="sideTabs")
        self.tabs.addTab(event_form, self.tr("&Event"))
        self.tabs.addTab(claims_page, self.tr("Grade && &claims"))
        self.tabs.addTab(self.history, self.tr("&History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.review)

        event_form.current_event_changed.connect(self._on_event_changed)
        event_form.event_saved.connect(lambda _id: self._refresh_after_edit())
        self.review.event_status_changed.connect(self._on_status_changed)
        self.grade.grade_changed.connect(lambda _code: self.claims.refresh())
        self.claims.claims_changed.connect(self.claims_changed)
        self.claims.claims_changed.connect(lambda _id: self._refresh_after_edit())

    def set_article(self, article_id: int | None) -> None:
        """Show ``article_id`` (the form's article: set it there first).

        Setting the form's article already showed its event here (the form says
        ``current_event_changed``); doing it again read and drew the history,
        claims and grade twice per article opened.
        """
        self.review.set_article(article_id)
        event_id = self.event_form.current_event_id()
        if self._showing != (article_id, event_id):
            self._on_event_changed(event_id)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _on_event_changed(self, event_id: int | None) -> None:
        article_id = self.event_form.article_id()
        self._showing = (article_id, event_id)
        self.grade.set_report(article_id, event_id)
        self.claims.set_context(event_id, article_id)
        self.history.set_event(event_id)
        self.review.set_event(event_id)

    def _refresh_after_edit(self) -> None:
        self.history.refresh()
        self.review.refresh()

    def _on_status_changed(self, _event_id: int) -> None:
        self.event_form.reload_current()
        self.history.refresh()
