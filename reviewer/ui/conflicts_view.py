"""Every open conflict, and for one of them the competing claims side by side.

Each side shows who said it (outlet and Admiralty grade "B2"), when (the article's
date), and what exactly (the quoted Arabic in its sentence, right-aligned, the
claim's words highlighted), with a button that opens the quote in its article.
Under them the analyst resolves (a value or low/best/high with a rationale),
dismisses with a reason, or accepts the disagreement as a standing discrepancy.
Given the window's undo stack, each of the three is an undoable command that puts
back the state of every conflict it closed (reviewer.ui.undo_reviewing).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIntValidator, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.offsets import OffsetMap
from reviewer.reliability import describe_grade, format_grade
from reviewer.storage import claim_history
from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage.articles import get_article
from reviewer.suggest.credibility import describe_attribution
from reviewer.ui.article_view import apply_paragraph_directions
from reviewer.ui.core_messages import error_text
from reviewer.ui.fonts import article_font
from reviewer.ui.undo_reviewing import CloseConflictsCommand, notifier_for

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole
CONTEXT_CHARS = 140  # of the article around a quote, cut at line ends
_QUOTE_BACKGROUND = QColor("#ffe08a")


def quote_context(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The line around ``text[start:end]``, at most CONTEXT_CHARS either side.

    Returns (context, start, end) with the quote's offsets inside the context.
    """
    left = max(text.rfind("\n", 0, start) + 1, start - CONTEXT_CHARS)
    right_break = text.find("\n", end)
    right = min(len(text) if right_break < 0 else right_break, end + CONTEXT_CHARS)
    prefix = "…" if left > 0 and text[left - 1] != "\n" else ""
    suffix = "…" if right < len(text) and text[right] != "\n" else ""
    context = prefix + text[left:right] + suffix
    return context, start - left + len(prefix), end - left + len(prefix)


class ClaimCard(QGroupBox):
    """One side of a conflict: one claim, who said it, and its words in context."""

    open_requested = Signal(int, int, int)
    use_requested = Signal(dict)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._claim: dict[str, Any] | None = None
        self.outlet = QLabel(objectName="claimOutlet")
        self.grade = QLabel(objectName="claimGrade")
        self.grade.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.grade_text = QLabel(objectName="claimGradeText", wordWrap=True)
        self.date = QLabel(objectName="claimDate")
        self.speaker = QLabel(objectName="claimSpeaker", wordWrap=True)
        self.value = QLabel(objectName="claimValue")
        self.value.setStyleSheet("font-weight: bold;")
        self.quote = QTextEdit(objectName="claimQuote", readOnly=True)
        self.quote.setAcceptRichText(False)
        self.quote.setFont(article_font(13))
        self.quote.setMinimumHeight(110)
        self.open_button = QPushButton("Open in article", objectName="openInArticle")
        self.open_button.clicked.connect(self._open)
        self.use_button = QPushButton("Use this value", objectName="useValue")
        self.use_button.clicked.connect(
            lambda: self._claim and self.use_requested.emit(self._claim)
        )
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade)
        grade_row.addWidget(self.grade_text, 1)
        form = QFormLayout()
        form.addRow("Outlet", self.outlet)
        form.addRow("Said by", self.speaker)
        form.addRow("Article date", self.date)
        form.addRow("Claim", self.value)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grade_row)
        layout.addLayout(form)
        layout.addWidget(self.quote, 1)
        layout.addLayout(buttons)

    def show_claim(self, claim: dict[str, Any] | None, article_text: str = "") -> None:
        self._claim = claim
        self.setEnabled(claim is not None)
        if claim is None:
            labels = (self.outlet, self.grade, self.grade_text, self.date, self.value, self.speaker)
            for label in labels:
                label.clear()
            self.quote.clear()
            return
        self.outlet.setText(claim["outlet"] or "outlet not named")
        self.grade.setText(format_grade(claim["reliability"], claim["credibility"]))
        self.grade_text.setText(
            describe_grade(claim["reliability"], claim["credibility"]).split(" — ", 1)[1]
        )
        self.date.setText(claim["published"] or "not given")
        self.speaker.setText(describe_attribution(claim) or "not recorded")
        self.value.setText(claim_store.describe_value(claim))
        self.setToolTip(f"Article #{claim['article_id']}: {claim['article_title']}")
        if claim["start"] is not None and article_text:
            context, start, end = quote_context(article_text, claim["start"], claim["end"])
        else:
            context, start, end = claim["verbatim"], 0, len(claim["verbatim"])
        self.quote.setPlainText(context)
        apply_paragraph_directions(self.quote.document())
        offsets = OffsetMap(context)
        cursor = QTextCursor(self.quote.document())
        cursor.setPosition(offsets.cp_to_utf16(start))
        cursor.setPosition(offsets.cp_to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(_QUOTE_BACKGROUND)
        fmt.setFontWeight(700)
        cursor.mergeCharFormat(fmt)
        self.open_button.setEnabled(claim["start"] is not None)

    def quote_text(self) -> str:
        return self.quote.toPlainText()

    def _open(self) -> None:
        claim = self._claim
        if claim is not None and claim["start"] is not None:
            self.open_requested.emit(claim["article_id"], claim["start"], claim["end"])


class ConflictsView(QWidget):
    open_in_article = Signal(int, int, int)  # article id, start, end (code points)
    conflicts_changed = Signal(int)  # event id whose conflicts changed status

    def __init__(
        self,
        db: sqlite_utils.Database,
        user: str | None = None,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._undo_stack = undo_stack
        self._event_id: int | None = None
        self._build()
        self.refresh()
        if undo_stack is not None:
            notifier = notifier_for(undo_stack)
            notifier.conflicts_changed.connect(self._on_undone)
            notifier.claims_changed.connect(lambda _id: self.refresh())
            notifier.grade_changed.connect(self._show_current)
            notifier.refused.connect(self._show_error)

    def _build(self) -> None:
        self.conflict_list = QListWidget(objectName="conflictList")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setSpacing(3)
        self.conflict_list.currentItemChanged.connect(self._show_current)
        self.show_closed = QCheckBox("Show closed", objectName="showClosed")
        self.show_closed.toggled.connect(lambda: self.refresh())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("Conflicts"))
        left_layout.addWidget(self.conflict_list, 1)
        left_layout.addWidget(self.show_closed)

        self.header = QLabel(objectName="conflictHeader", wordWrap=True)
        self.header.setStyleSheet("font-weight: bold;")
        self.card_a = ClaimCard("Claim A")
        self.card_b = ClaimCard("Claim B")
        for card in (self.card_a, self.card_b):
            card.open_requested.connect(self.open_in_article)
            card.use_requested.connect(self._use_claim)
        cards = QHBoxLayout()
        cards.addWidget(self.card_a)
        cards.addWidget(self.card_b)

        self.value = QLineEdit(objectName="resolutionValue", placeholderText="e.g. مئات")
        self.low, self.best, self.high = (
            QLineEdit(objectName=f"resolution_{n}", placeholderText=n)
            for n in ("low", "best", "high")
        )
        figures = QHBoxLayout()
        for edit in (self.low, self.best, self.high):
            edit.setValidator(QIntValidator(0, 2_000_000_000, edit))
            figures.addWidget(edit)
        self.rationale = QLineEdit(objectName="rationale", placeholderText="why (required)")
        self.resolve_button = QPushButton("Resolve", objectName="resolveButton")
        self.dismiss_button = QPushButton("Dismiss…", objectName="dismissButton")
        self.accept_button = QPushButton(
            "Accept as standing discrepancy", objectName="acceptButton"
        )
        self.resolve_button.clicked.connect(self.resolve_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.accept_button.clicked.connect(self.accept_current)
        self.status = QLabel(objectName="conflictStatus", wordWrap=True)
        form = QFormLayout()
        form.addRow("Chosen value", self.value)
        form.addRow("Low / best / high", figures)
        form.addRow("Rationale / reason", self.rationale)
        buttons = QHBoxLayout()
        for button in (self.resolve_button, self.dismiss_button, self.accept_button):
            buttons.addWidget(button)
        resolution = QGroupBox("Resolution")
        resolution_layout = QVBoxLayout(resolution)
        resolution_layout.addLayout(form)
        resolution_layout.addLayout(buttons)
        resolution_layout.addWidget(self.status)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addLayout(cards, 1)
        right_layout.addWidget(resolution)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- list -------------------------------------------------------------------------

    def set_event_filter(self, event_id: int | None) -> None:
        """Only this event's conflicts (None: the whole project)."""
        self._event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        current = self.current_conflict_id()
        statuses = conflict_store.STATUSES if self.show_closed.isChecked() else ("open",)
        rows = conflict_store.list_conflicts(self._db, self._event_id, statuses)
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for row in rows:
            item = QListWidgetItem(self._summary(row))
            item.setData(CONFLICT_ID_ROLE, row["id"])
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        ids = [r["id"] for r in rows]
        if ids:
            self.select_conflict(current if current in ids else ids[0])
        else:
            self._show_current()

    def conflict_ids(self) -> list[int]:
        return [
            self.conflict_list.item(i).data(CONFLICT_ID_ROLE)
            for i in range(self.conflict_list.count())
        ]

    def select_conflict(self, conflict_id: int) -> None:
        for row in range(self.conflict_list.count()):
            if self.conflict_list.item(row).data(CONFLICT_ID_ROLE) == conflict_id:
                self.conflict_list.setCurrentRow(row)
                self._show_current()
                return

    def current_conflict_id(self) -> int | None:
        item = self.conflict_list.currentItem()
        return item.data(CONFLICT_ID_ROLE) if item else None

    def _summary(self, row: dict[str, Any]) -> str:
        a = claim_store.get_claim(self._db, row["claim_a"])
        b = claim_store.get_claim(self._db, row["claim_b"])
        label = _field_label(row["field"])
        status = "" if row["status"] == "open" else f" [{row['status']}]"
        values = f"{claim_store.describe_value(a)}  vs  {claim_store.describe_value(b)}"
        return f"{row['event_id_cnty']} · {label}{status}\n{values} ({row['origin']})"

    def _show_current(self, *_: object) -> None:
        conflict_id = self.current_conflict_id()
        self.status.clear()
        if conflict_id is None:
            self.header.setText("No open conflicts")
            self.card_a.show_claim(None)
            self.card_b.show_claim(None)
            self._set_form_enabled(False)
            return
        conflict = conflict_store.get_conflict(self._db, conflict_id)
        place = conflict["location"] or "place not set"
        date = conflict["event_date"] or "date not set"
        head = (
            f"{conflict['event_id_cnty']} ({date}, {place}) — {_field_label(conflict['field'])}: "
            f"{conflict['origin']} conflict, {conflict['status']}"
        )
        if conflict["rationale"] and conflict["status"] != "open":
            head += f" — {conflict['rationale']}"
        elif conflict["rationale"]:
            head += f" — note: {conflict['rationale']}"
        self.header.setText(head)
        for card, key in ((self.card_a, "claim_a"), (self.card_b, "claim_b")):
            claim = claim_store.get_claim(self._db, conflict[key])
            text = get_article(self._db, claim["article_id"]).text
            card.show_claim(claim, text)
        self._set_form_enabled(True)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (
            self.value, self.low, self.best, self.high, self.rationale,
            self.resolve_button, self.dismiss_button, self.accept_button,
        ):  # fmt: skip
            widget.setEnabled(enabled)

    def _use_claim(self, claim: dict[str, Any]) -> None:
        self.value.setText(claim["value_text"] or claim["verbatim"])
        for edit, key in ((self.low, "low"), (self.best, "best"), (self.high, "high")):
            edit.setText("" if claim[key] is None else str(claim[key]))

    # -- actions ------------------------------------------------------------------------

    def resolve_current(self) -> bool:
        return self._act(
            lambda cid: conflict_store.resolve_conflict(
                self._db,
                cid,
                value=self.value.text(),
                low=_int(self.low),
                best=_int(self.best),
                high=_int(self.high),
                rationale=self.rationale.text(),
                user=self._user,
            ),
            "resolved",
        )

    def dismiss_current(self) -> bool:
        def dismiss(cid: int) -> list[int]:
            conflict_store.dismiss_conflict(self._db, cid, self.rationale.text(), user=self._user)
            return [cid]  # dismissing closes this pair only

        return self._act(dismiss, "dismissed")

    def accept_current(self) -> bool:
        return self._act(
            lambda cid: conflict_store.accept_discrepancy(
                self._db, cid, self.rationale.text(), user=self._user
            ),
            "accepted as a standing discrepancy",
        )

    def _act(self, action, done: str) -> bool:
        conflict_id = self.current_conflict_id()
        if conflict_id is None:
            return False
        event_id = conflict_store.get_conflict(self._db, conflict_id)["event_id"]
        before = claim_history.event_conflict_states(self._db, event_id)
        try:
            closed = action(conflict_id)
        except ReviewerError as exc:
            self._show_error(error_text(exc))
            return False
        if self._undo_stack is not None:
            ids = closed or [conflict_id]
            self._undo_stack.push(
                CloseConflictsCommand(
                    notifier_for(self._undo_stack),
                    self._db,
                    event_id,
                    {i: before[i] for i in ids},
                    claim_history.conflict_states(self._db, ids),
                    _undo_text(done, conflict_id, len(ids)),
                )
            )
        for edit in (self.value, self.low, self.best, self.high, self.rationale):
            edit.clear()
        self.refresh()
        self.status.setText(f"Conflict {conflict_id} {done}.")
        self.status.setStyleSheet("")
        self.conflicts_changed.emit(event_id)
        return True

    def _on_undone(self, event_id: int) -> None:
        """An undo/redo reopened or closed conflicts again: list them, tell the window."""
        self.refresh()
        self.conflicts_changed.emit(event_id)

    def _show_error(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;")


def _undo_text(done: str, conflict_id: int, count: int) -> str:
    verb = {"resolved": "Resolve", "dismissed": "Dismiss"}.get(done, "Accept")
    others = f" and {count - 1} more" if count > 1 else ""
    return f"{verb} conflict {conflict_id}{others}"


def _field_label(name: str) -> str:
    specs = claim_store.claim_fields()
    return " / ".join(specs[p].label if p in specs else p for p in name.split(" / "))


def _int(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text else None
