"""Window-level event actions: undo/redo, linking an article to an event, messages.

Kept out of main_window.py so the window only wires pieces together. Undo and redo
first flush the form, so what was just typed becomes a command and is what undo
takes back.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QStatusBar, QWidget

from reviewer.errors import ReviewerError
from reviewer.ui.core_messages import error_text
from reviewer.ui.event_form import EventForm
from reviewer.ui.language import isolate
from reviewer.ui.link_dialog import LinkEventDialog
from reviewer.ui.undo import EventWriter, LinkReportCommand
from reviewer.ui.undo_reviewing import notifier_for

MESSAGE_MS = 6000


class EventActions(QObject):
    def __init__(
        self,
        window: QWidget,
        form: EventForm,
        writer: EventWriter,
        stack: QUndoStack,
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(window)
        self.window, self.form, self.writer, self.stack = window, form, writer, stack
        self.status_bar = status_bar
        self.link_dialog: LinkEventDialog | None = None
        # Events not offered for linking (the team wiring hides blind codings).
        self.hidden_events: Callable[[sqlite_utils.Database], set[int]] = lambda _db: set()
        writer.refused.connect(self.show_message)
        writer.refused.connect(self._note_refusal)
        notifier_for(stack).refused.connect(self._note_refusal)
        self._refused = False
        form.link_requested.connect(self.open_link_dialog)

    def show_message(self, text: str) -> None:
        self.status_bar.showMessage(text, MESSAGE_MS)

    def undo(self) -> None:
        self.form.flush()
        if self.stack.canUndo():
            text = self.stack.undoText()
            self._refused = False
            self.stack.undo()
            if not self._refused:  # a refusal's message stays: nothing was undone
                self.show_message(self.tr("Undone: {action}").format(action=text))

    def redo(self) -> None:
        self.form.flush()
        if self.stack.canRedo():
            text = self.stack.redoText()
            self._refused = False
            self.stack.redo()
            if not self._refused:
                self.show_message(self.tr("Redone: {action}").format(action=text))

    def _note_refusal(self, _text: str) -> None:
        self._refused = True

    def open_link_dialog(self) -> None:
        article_id = self.form.article_id()
        if article_id is None:
            return
        self.form.flush()
        self.link_dialog = LinkEventDialog(
            self.writer.db, article_id, self.window, hidden=self.hidden_events(self.writer.db)
        )
        self.link_dialog.accepted.connect(
            lambda: self.link(article_id, self.link_dialog.chosen_event_id())
        )
        self.link_dialog.open()

    def link(self, article_id: int, event_id: int | None) -> None:
        """Record that the article reports ``event_id`` (undoable) and show that event."""
        if event_id is None:
            return
        try:
            self.writer.link(article_id, event_id)
        except ReviewerError as exc:
            self.show_message(error_text(exc))
            return
        self.stack.push(
            LinkReportCommand(
                self.writer,
                article_id,
                event_id,
                self.tr("Link article {article}").format(article=article_id),
            )
        )
        if self.form.article_id() == article_id:
            self.form.show_event(event_id)
        self.show_message(
            self.tr("Article {article} now reports event {event}").format(
                article=isolate(str(article_id)), event=isolate(str(event_id))
            )
        )
