"""Review buttons for the current event and article: Mark coded, Mark reviewed, Reject.

The widget only asks the core (storage.review) and shows its answer: the rules —
allowed moves, completeness, four eyes, open conflicts — live there, and a refusal
is shown here in the core's own words. The same moves are exposed as QActions so
the window can put them in a menu with shortcuts.

Review follows the evidence: when a reviewed event gains an open conflict (a new
claim, a reopened decision), the core sends it back to "coded"; the next refresh
here notices and says so, so the analyst is never left believing it reviewed.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer.errors import ReviewerError
from reviewer.labels import vocab_label
from reviewer.storage import review
from reviewer.storage.claim_fields import field_label
from reviewer.storage.events import get_event
from reviewer.ui.core_messages import error_text
from reviewer.ui.language import current_language, isolate

STATUS_WORDS = {
    "draft": QT_TRANSLATE_NOOP("ReviewActions", "Draft"),
    "coded": QT_TRANSLATE_NOOP("ReviewActions", "Coded"),
    "reviewed": QT_TRANSLATE_NOOP("ReviewActions", "Reviewed"),
}


class ReviewActions(QWidget):
    """Status line, three buttons, and the core's message when a move is refused."""

    event_status_changed = Signal(int)
    article_status_changed = Signal(int)
    returned_to_coded = Signal(str)  # the message shown when the evidence reopened a review

    def __init__(
        self,
        db: sqlite_utils.Database,
        user: Callable[[], str] | str | None = None,
        parent: QWidget | None = None,
        *,
        before_change: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        # e.g. EventForm.flush: pending typing is written before the status moves on.
        self._before_change = before_change
        self._event_id: int | None = None
        self._article_id: int | None = None
        self._seen: tuple[int, str] | None = None  # (event id, status) last shown

        self.status_label = QLabel(objectName="reviewStatus")
        self.status_label.setWordWrap(True)
        self.message_label = QLabel(objectName="reviewMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()

        self.mark_coded_action = QAction(self.tr("Mark event &coded"), self)
        self.mark_reviewed_action = QAction(self.tr("Mark event &reviewed"), self)
        self.reopen_action = QAction(self.tr("Re&open event"), self)
        self.reject_article_action = QAction(self.tr("Reject article as &irrelevant"), self)
        self.mark_coded_action.triggered.connect(lambda: self.move_event("coded"))
        self.mark_reviewed_action.triggered.connect(lambda: self.move_event("reviewed"))
        self.reopen_action.triggered.connect(self.reopen_event)
        self.reject_article_action.triggered.connect(self.reject_article)

        self.mark_coded_button = QPushButton(self.tr("Mark coded"), objectName="markCoded")
        self.mark_reviewed_button = QPushButton(self.tr("Mark reviewed"), objectName="markReviewed")
        self.reopen_button = QPushButton(self.tr("Reopen"), objectName="reopenEvent")
        self.reject_button = QPushButton(self.tr("Reject article"), objectName="rejectArticle")
        for button, action in (
            (self.mark_coded_button, self.mark_coded_action),
            (self.mark_reviewed_button, self.mark_reviewed_action),
            (self.reopen_button, self.reopen_action),
            (self.reject_button, self.reject_article_action),
        ):
            button.clicked.connect(action.trigger)

        buttons = QHBoxLayout()
        for button in (
            self.mark_coded_button,
            self.mark_reviewed_button,
            self.reopen_button,
            self.reject_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.refresh()

    # -- what is shown ------------------------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        self._article_id = article_id
        self.refresh()

    def set_event(self, event_id: int | None) -> None:
        if event_id != self._event_id:  # the same event reloaded keeps what was said
            self.clear_message()
        self._event_id = event_id
        self.refresh()

    def set_user(self, user: Callable[[], str] | str | None) -> None:
        self._user = user

    def refresh(self) -> None:
        event = self._current_event()
        self._notice_return(event)
        status = event["status"] if event else None
        allowed = review.EVENT_TRANSITIONS.get(status, ()) if status else ()
        self._enable(self.mark_coded_action, self.mark_coded_button, status == "draft")
        self._enable(self.mark_reviewed_action, self.mark_reviewed_button, "reviewed" in allowed)
        self._enable(self.reopen_action, self.reopen_button, status in ("coded", "reviewed"))
        can_reject = False
        if self._article_id is not None:
            current = review.article_status(self._db, self._article_id)
            can_reject = "rejected" in review.ARTICLE_TRANSITIONS.get(current, ())
        self._enable(self.reject_article_action, self.reject_button, can_reject)
        self.status_label.setText(self._describe(event))

    def _notice_return(self, event: dict | None) -> None:
        """Say so when the event went from reviewed back to coded behind this widget."""
        seen, self._seen = self._seen, (event["id"], event["status"]) if event else None
        if not (event and seen == (event["id"], "reviewed") and event["status"] == "coded"):
            return
        english = current_language() == "en"
        fields = ("، " if not english else ", ").join(
            field_label(f) if english else vocab_label("claim_field", f, current_language())
            for f in review.open_conflict_fields(self._db, event["id"])
        )
        text = self.tr(
            "{event} went back to coded: the evidence now disagrees{fields}."
            " Decide the conflict, then review it again."
        ).format(event=isolate(event["event_id_cnty"]), fields=f" ({fields})" if fields else "")
        self._show(text)
        self.returned_to_coded.emit(text)
        event_id, article_id = event["id"], self._article_id
        QTimer.singleShot(0, lambda: self._announce(event_id, article_id))

    def _announce(self, event_id: int, article_id: int | None) -> None:
        self.event_status_changed.emit(event_id)
        if article_id is not None:
            self.article_status_changed.emit(article_id)

    def _describe(self, event: dict | None) -> str:
        if event is None:
            return self.tr("No event selected.")
        status = self.tr(STATUS_WORDS.get(event["status"], event["status"]))
        parts = [f"{isolate(event['event_id_cnty'])}: {status}"]
        if event["coded_by"]:
            parts.append(self.tr("coded by {name}").format(name=event["coded_by"]))
        if event["reviewed_by"]:
            when = isolate((event["reviewed_at"] or "")[:16].replace("T", " "))
            parts.append(
                self.tr("reviewed by {name} {when}").format(name=event["reviewed_by"], when=when)
            )
        return " · ".join(part.rstrip() for part in parts)

    # -- moves --------------------------------------------------------------------

    def move_event(self, target: str) -> bool:
        if self._event_id is None:
            return False
        user = self._who()
        if not user:
            return self._show(self.tr("Your name is needed to sign this change."))
        if self._before_change is not None:
            self._before_change()
        try:
            review.set_event_status(self._db, self._event_id, target, user)
            self._seen = None  # our own move: nothing to notice
        except ReviewerError as exc:
            self.refresh()
            return self._show(error_text(exc))
        self.clear_message()
        self.refresh()
        self.event_status_changed.emit(self._event_id)
        if self._article_id is not None:
            self.article_status_changed.emit(self._article_id)
        return True

    def reopen_event(self) -> bool:
        event = self._current_event()
        if event is None:
            return False
        return self.move_event("coded" if event["status"] == "reviewed" else "draft")

    def reject_article(self) -> bool:
        if self._article_id is None:
            return False
        try:
            review.reject_article(self._db, self._article_id)
        except ReviewerError as exc:
            self.refresh()
            return self._show(error_text(exc))
        self.clear_message()
        self.refresh()
        self.article_status_changed.emit(self._article_id)
        return True

    def message(self) -> str:
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    # -- internals ------------------------------------------------------------------

    def _show(self, text: str) -> bool:
        self.message_label.setText(text)
        self.message_label.show()
        return False

    def _who(self) -> str:
        user = self._user() if callable(self._user) else self._user
        return (user or "").strip()

    def _current_event(self) -> dict | None:
        if self._event_id is None:
            return None
        try:
            return get_event(self._db, self._event_id)
        except ReviewerError:
            self._event_id = None
            return None

    @staticmethod
    def _enable(action: QAction, button: QPushButton, on: bool) -> None:
        action.setEnabled(on)
        button.setEnabled(on)
