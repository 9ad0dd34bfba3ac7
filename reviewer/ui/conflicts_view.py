"""Every open conflict, and for one of them every claim on its field side by side.

A conflict is the disagreement about one field of one event (storage.conflicts),
so the page shows all of its claims: for each, who said it (outlet and Admiralty
grade "B2"), when (the article's date), and what exactly (the quoted Arabic in its
sentence, right-aligned, the claim's words highlighted), with a button that opens
the quote in its article. Under them one decision closes the conflict: resolve (a
value or low/best/high with a rationale), dismiss with a reason, or accept the
disagreement as a standing discrepancy. A closed conflict shows its decision, who
and when, and offers "Reopen" instead. Decisions carry the version shown: one
made on a conflict changed elsewhere meanwhile is refused and the page reloads.
Given the window's undo stack, each decision is an undoable command
(reviewer.ui.undo_reviewing).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QIntValidator, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.labels import attribution_label, claim_value_label, vocab_label
from reviewer.offsets import OffsetMap
from reviewer.reliability import format_grade
from reviewer.storage import claim_history
from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage.articles import get_article
from reviewer.storage.claim_fields import field_label
from reviewer.ui.article_view import apply_paragraph_directions
from reviewer.ui.core_messages import error_text, translate_message
from reviewer.ui.fonts import article_font
from reviewer.ui.language import current_language, isolate, translate
from reviewer.ui.name_display import project_names, shown_value
from reviewer.ui.undo_reviewing import CloseConflictsCommand, notifier_for

CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole
CARD_COLUMNS = 3
MAX_LISTED = 500  # conflicts listed at once; the rest are reached from their events
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

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title or self.tr("Claim"), parent)
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
        self.quote.setMinimumHeight(90)
        self.quote.setMaximumHeight(130)  # two rows of cards fit without scrolling
        self.open_button = QPushButton(self.tr("Open in article"), objectName="openInArticle")
        self.open_button.clicked.connect(self._open)
        self.use_button = QPushButton(self.tr("Use this value"), objectName="useValue")
        self.use_button.clicked.connect(
            lambda: self._claim and self.use_requested.emit(self._claim)
        )
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade)
        grade_row.addWidget(self.grade_text, 1)
        form = QFormLayout()
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(self.tr("Said by"), self.speaker)
        form.addRow(self.tr("Article date"), self.date)
        form.addRow(self.tr("Claim"), self.value)
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
        if claim is not None:
            self.setTitle(self.tr("Claim {claim}").format(claim=isolate(str(claim["id"]))))
        if claim is None:
            labels = (self.outlet, self.grade, self.grade_text, self.date, self.value, self.speaker)
            for label in labels:
                label.clear()
            self.quote.clear()
            return
        language = current_language()
        self.outlet.setText(claim["outlet"] or self.tr("outlet not named"))
        self.grade.setText(format_grade(claim["reliability"], claim["credibility"]))
        reliability = (
            vocab_label("reliability", claim["reliability"], language)
            if claim["reliability"]
            else self.tr("Source not graded")
        )
        credibility = (
            vocab_label("credibility", claim["credibility"], language)
            if claim["credibility"]
            else self.tr("Report not graded")
        )
        self.grade_text.setText(f"{reliability} / {credibility}")
        self.date.setText(claim["published"] or self.tr("not given"))
        self.speaker.setText(
            attribution_label(claim, language, isolate_speaker=True) or self.tr("not recorded")
        )
        self.value.setText(claim_value_label(claim, current_language()))
        self.setToolTip(
            self.tr("Article {article}: {title}").format(
                article=isolate(f"#{claim['article_id']}"), title=claim["article_title"]
            )
        )
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
        self._shown: dict[str, Any] | None = None  # the conflict as shown, version included
        self.cards: list[ClaimCard] = []
        self._build()
        # Filled when first shown (or asked for its conflicts): the window builds this
        # page at start-up, and a big project's conflicts must not delay the first paint.
        self._stale = True
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
        self.show_closed = QCheckBox(self.tr("Show closed"), objectName="showClosed")
        self.show_closed.toggled.connect(lambda: self.refresh())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Conflicts")))
        left_layout.addWidget(self.conflict_list, 1)
        left_layout.addWidget(self.show_closed)

        self.header = QLabel(objectName="conflictHeader", wordWrap=True)
        self.header.setStyleSheet("font-weight: bold;")
        self.decision = QLabel(objectName="conflictDecision", wordWrap=True)
        self.decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_grid = QGridLayout()
        cards_widget = QWidget(objectName="conflictCards")
        cards_widget.setLayout(self.card_grid)
        self.card_scroll = QScrollArea(objectName="conflictCardsScroll")
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setWidget(cards_widget)

        self.value = QLineEdit(objectName="resolutionValue", placeholderText=self.tr("e.g. مئات"))
        self.low, self.best, self.high = (
            QLineEdit(objectName=f"resolution_{n}", placeholderText=text)
            for n, text in (
                ("low", self.tr("low")),
                ("best", self.tr("best")),
                ("high", self.tr("high")),
            )
        )
        figures = QHBoxLayout()
        for edit in (self.low, self.best, self.high):
            edit.setValidator(QIntValidator(0, 2_000_000_000, edit))
            figures.addWidget(edit)
        self.rationale = QLineEdit(
            objectName="rationale", placeholderText=self.tr("why (required)")
        )
        self.resolve_button = QPushButton(self.tr("Resolve"), objectName="resolveButton")
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), objectName="dismissButton")
        self.accept_button = QPushButton(
            self.tr("Accept as standing discrepancy"), objectName="acceptButton"
        )
        self.reopen_button = QPushButton(self.tr("Reopen"), objectName="reopenConflictButton")
        self.resolve_button.clicked.connect(self.resolve_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.accept_button.clicked.connect(self.accept_current)
        self.reopen_button.clicked.connect(self.reopen_current)
        self.status = QLabel(objectName="conflictStatus", wordWrap=True)
        self.decide_form = QWidget(objectName="decideForm")
        form = QFormLayout(self.decide_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Chosen value"), self.value)
        form.addRow(self.tr("Low / best / high"), figures)
        form.addRow(self.tr("Rationale / reason"), self.rationale)
        buttons = QHBoxLayout()
        for button in (
            self.resolve_button, self.dismiss_button, self.accept_button, self.reopen_button
        ):  # fmt: skip
            buttons.addWidget(button)
        resolution = QGroupBox(self.tr("Decision"))
        resolution_layout = QVBoxLayout(resolution)
        resolution_layout.addWidget(self.decision)
        resolution_layout.addWidget(self.decide_form)
        resolution_layout.addLayout(buttons)
        resolution_layout.addWidget(self.status)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.card_scroll, 1)
        right_layout.addWidget(resolution)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- list -------------------------------------------------------------------------

    @staticmethod
    def hidden_events(_db: sqlite_utils.Database) -> set[int]:
        """Events whose conflicts are not shown (the team wiring hides blind codings)."""
        return set()

    def set_event_filter(self, event_id: int | None) -> None:
        """Only this event's conflicts (None: the whole project)."""
        self._event_id = event_id
        self.refresh()

    def showEvent(self, event) -> None:  # Qt calls it as the page first appears
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self._names = project_names(self._db)  # places by their names in the interface language
        current = self.current_conflict_id()
        statuses = conflict_store.STATUSES if self.show_closed.isChecked() else ("open",)
        rows = conflict_store.list_conflicts(self._db, self._event_id, statuses)
        hidden = self.hidden_events(self._db)
        rows = [r for r in rows if r["event_id"] not in hidden]
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        listed = rows[:MAX_LISTED]  # each line reads its claims: bounded, whatever the project
        for row in listed:
            item = QListWidgetItem(self._summary(row))
            item.setData(CONFLICT_ID_ROLE, row["id"])
            self.conflict_list.addItem(item)
        if len(rows) > len(listed):
            more = QListWidgetItem(
                self.tr("… and {0} more: open one from its event to see it").format(
                    len(rows) - len(listed)
                )
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.conflict_list.addItem(more)
        self.conflict_list.blockSignals(False)
        ids = [r["id"] for r in listed]
        if ids:
            self.select_conflict(current if current in ids else ids[0])
        else:
            self._show_current()

    def conflict_ids(self) -> list[int]:
        if self._stale:
            self.refresh()
        ids = (
            self.conflict_list.item(i).data(CONFLICT_ID_ROLE)
            for i in range(self.conflict_list.count())
        )
        return [i for i in ids if i is not None]

    def select_conflict(self, conflict_id: int) -> None:
        if self._stale:
            self.refresh()
        for row in range(self.conflict_list.count()):
            if self.conflict_list.item(row).data(CONFLICT_ID_ROLE) == conflict_id:
                self.conflict_list.setCurrentRow(row)
                self._show_current()
                return

    def current_conflict_id(self) -> int | None:
        item = self.conflict_list.currentItem()
        return item.data(CONFLICT_ID_ROLE) if item else None

    def _summary(self, row: dict[str, Any]) -> str:
        """'RVW1 · Prisoners released [resolved]' over '5 claims: 200–999 ×4 · 3000'."""
        values: dict[str, int] = {}
        for claim_id in row["claim_ids"]:
            claim = claim_store.get_claim(self._db, claim_id)
            text = claim_value_label(claim, current_language())
            values[text] = values.get(text, 0) + 1
        shown = " · ".join(f"{v} ×{n}" if n > 1 else v for v, n in values.items())
        state = _status_word(row["status"])
        status = "" if row["status"] == "open" else f" [{state}]"
        label = _field_label(row["field"])
        count = len(row["claim_ids"])
        claims = self.tr("{count} claims: {values}").format(count=count, values=shown)
        return f"{isolate(row['event_id_cnty'])} · {label}{status}\n{claims}"

    def _show_current(self, *_: object) -> None:
        conflict_id = self.current_conflict_id()
        self.status.clear()
        if conflict_id is None:
            self._shown = None
            self.header.setText(self.tr("No open conflicts"))
            self.decision.clear()
            self._show_cards([])
            self._set_form_enabled(False, closed=False)
            return
        conflict = conflict_store.get_conflict(self._db, conflict_id)
        self._shown = conflict
        names = getattr(self, "_names", None) or project_names(self._db)
        place = shown_value(names, "location", conflict["location"]) or self.tr("place not set")
        date = isolate(conflict["event_date"] or "") or self.tr("date not set")
        claims = rarest_first([claim_store.get_claim(self._db, i) for i in conflict["claim_ids"]])
        origin = self.tr(ORIGIN_WORDS.get(conflict["origin"], conflict["origin"]))
        head = self.tr(
            "{event} ({date}, {place}) — {field}: {origin} conflict, {status}, {count} claims"
        ).format(
            event=isolate(conflict["event_id_cnty"]),
            date=date,
            place=place,
            field=_field_label(conflict["field"]),
            origin=origin,
            status=_status_word(conflict["status"]),
            count=len(claims),
        )
        if conflict["rationale"] and conflict["status"] == "open":
            head += self.tr(" — note: {note}").format(note=conflict["rationale"])
        self.header.setText(head)
        closed = conflict["status"] != "open"
        decision = translate_message(conflict_store.describe_decision(conflict))
        self.decision.setText(decision[0].upper() + decision[1:] if closed else "")
        self.decision.setVisible(closed)
        self._show_cards(claims)
        self._set_form_enabled(True, closed=closed)

    def _show_cards(self, claims: list[dict[str, Any]]) -> None:
        while len(self.cards) < len(claims):
            card = ClaimCard()
            card.open_requested.connect(self.open_in_article)
            card.use_requested.connect(self._use_claim)
            index = len(self.cards)
            self.card_grid.addWidget(card, index // CARD_COLUMNS, index % CARD_COLUMNS)
            self.cards.append(card)
        for index, card in enumerate(self.cards):
            claim = claims[index] if index < len(claims) else None
            card.setVisible(claim is not None)
            if claim is not None:
                card.show_claim(claim, get_article(self._db, claim["article_id"]).text)

    def shown_cards(self) -> list[ClaimCard]:
        """The cards of the conflict on show, one per claim, in claim order."""
        return [card for card in self.cards if not card.isHidden()]

    def _set_form_enabled(self, enabled: bool, *, closed: bool) -> None:
        """Resolve / dismiss / accept while open; only Reopen once decided."""
        self.decide_form.setVisible(not closed)
        for button in (self.resolve_button, self.dismiss_button, self.accept_button):
            button.setVisible(not closed)
            button.setEnabled(enabled and not closed)
        for edit in (self.value, self.low, self.best, self.high, self.rationale):
            edit.setEnabled(enabled and not closed)
        self.reopen_button.setVisible(closed)
        self.reopen_button.setEnabled(enabled and closed)

    def _use_claim(self, claim: dict[str, Any]) -> None:
        self.value.setText(claim["value_text"] or claim["verbatim"])
        for edit, key in ((self.low, "low"), (self.best, "best"), (self.high, "high")):
            edit.setText("" if claim[key] is None else str(claim[key]))

    # -- actions ------------------------------------------------------------------------

    def resolve_current(self) -> bool:
        return self._act(
            lambda cid, version: conflict_store.resolve_conflict(
                self._db,
                cid,
                value=self.value.text(),
                low=_int(self.low),
                best=_int(self.best),
                high=_int(self.high),
                rationale=self.rationale.text(),
                user=self._user,
                expected_version=version,
            ),
            QT_TRANSLATE_NOOP("ConflictsView", "resolved"),
        )

    def dismiss_current(self) -> bool:
        return self._act(
            lambda cid, version: conflict_store.dismiss_conflict(
                self._db, cid, self.rationale.text(), user=self._user, expected_version=version
            ),
            QT_TRANSLATE_NOOP("ConflictsView", "dismissed"),
        )

    def accept_current(self) -> bool:
        return self._act(
            lambda cid, version: conflict_store.accept_discrepancy(
                self._db, cid, self.rationale.text(), user=self._user, expected_version=version
            ),
            QT_TRANSLATE_NOOP("ConflictsView", "accepted as a standing discrepancy"),
        )

    def reopen_current(self) -> bool:
        return self._act(
            lambda cid, version: conflict_store.reopen_conflict(
                self._db, cid, user=self._user, expected_version=version
            ),
            QT_TRANSLATE_NOOP("ConflictsView", "reopened"),
        )

    def _act(self, action, done: str) -> bool:
        shown = self._shown
        if shown is None:
            return False
        conflict_id, event_id = shown["id"], shown["event_id"]
        before = claim_history.conflict_states(self._db, [conflict_id])
        try:
            action(conflict_id, shown["version"])
        except conflict_store.StaleConflict as exc:
            self.refresh()  # show what the other analyst decided
            self._show_error(error_text(exc))
            return False
        except ReviewerError as exc:
            self._show_error(error_text(exc))
            return False
        if self._undo_stack is not None:
            self._undo_stack.push(
                CloseConflictsCommand(
                    notifier_for(self._undo_stack),
                    self._db,
                    event_id,
                    before,
                    claim_history.conflict_states(self._db, [conflict_id]),
                    _undo_text(done, conflict_id),
                )
            )
        for edit in (self.value, self.low, self.best, self.high, self.rationale):
            edit.clear()
        self.refresh()
        self.status.setText(
            self.tr("Conflict {conflict} {done}.").format(
                conflict=isolate(str(conflict_id)), done=self.tr(done)
            )
        )
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


def rarest_first(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with the least repeated value first: the lone 3000 before four "hundreds".

    The dissenting account is what the analyst must weigh, so it is never the card
    scrolled out of sight; claims of one value keep their order.
    """
    counts: dict[str, int] = {}
    for claim in claims:
        value = claim_store.describe_value(claim)
        counts[value] = counts.get(value, 0) + 1
    return sorted(claims, key=lambda c: counts[claim_store.describe_value(c)])


def _undo_text(done: str, conflict_id: int) -> str:
    texts = {
        "resolved": translate("ConflictsView", "Resolve conflict {conflict}"),
        "dismissed": translate("ConflictsView", "Dismiss conflict {conflict}"),
        "reopened": translate("ConflictsView", "Reopen conflict {conflict}"),
    }
    fallback = translate("ConflictsView", "Accept conflict {conflict}")
    return texts.get(done, fallback).format(conflict=conflict_id)


def _field_label(name: str) -> str:
    """A conflict's field ('Prisoners released', 'Force movement / Date') in the interface."""
    language = current_language()
    if language == "en":
        return field_label(name)
    return " / ".join(vocab_label("claim_field", part, language) for part in name.split(" / "))


def _status_word(status: str) -> str:
    """A conflict's status as stored in English, by its label in another language."""
    language = current_language()
    return status if language == "en" else vocab_label("conflict_status", status, language)


ORIGIN_WORDS = {
    "detected": QT_TRANSLATE_NOOP("ConflictsView", "detected"),
    "manual": QT_TRANSLATE_NOOP("ConflictsView", "manual"),
}


def _int(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text else None
