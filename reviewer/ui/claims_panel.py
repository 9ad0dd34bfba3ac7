"""Claims of the current event: list them, add one from the words selected in the article.

The window passes every selection made in the article (code-point span and text)
with :meth:`ClaimsPanel.set_selection`, by mouse, keyboard or "Add as claim…"
(Ctrl+K); the figures are parsed from the words at once (مئات -> 200..999) and stay
editable, since the analyst has the last word. A categorical claim takes its value
from the field's list, a place or custom text claim starts from the words
themselves. "Add claim" or Enter adds it.
Given the window's undo stack, adding, deleting and marking claims as conflicting
are undoable commands (reviewer.ui.undo_reviewing).
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.labels import attribution_label, claim_value_label, vocab_label
from reviewer.quantities import parse_quantity
from reviewer.reliability import credibility_labels, format_grade
from reviewer.storage import claim_history
from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage.articles import get_article
from reviewer.suggest.attribution import KINDS, STANCES, attribute
from reviewer.ui.core_messages import error_text
from reviewer.ui.language import current_language, isolate
from reviewer.ui.save_retry import WRITE_ERRORS, not_saved_text
from reviewer.ui.undo_reviewing import (
    AddClaimCommand,
    DeleteClaimsCommand,
    MarkConflictCommand,
    claim_label,
    notifier_for,
)

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole
CUSTOM = "custom"
COLUMNS = (
    QT_TRANSLATE_NOOP("ClaimsPanel", "Field"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Value"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Words"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Article"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Grade"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Said by"),
)


class ClaimsPanel(QWidget):
    claims_changed = Signal(int)  # event id: claims or their conflicts changed
    open_in_article = Signal(int, int, int)  # article id, start, end (code points)

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
        self._article_id: int | None = None
        self._span: tuple[int, int] | None = None
        self._build()
        self._on_field_changed()
        self.refresh()
        if undo_stack is not None:
            notifier = notifier_for(undo_stack)
            notifier.claims_changed.connect(self._on_undone)
            notifier.conflicts_changed.connect(lambda _id: self.refresh())
            notifier.grade_changed.connect(self.refresh)
            notifier.refused.connect(lambda text: self._show_status(text, error=True))

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.tree = QTreeWidget(objectName="claimsTree")
        self.tree.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(self._on_double_click)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.field = QComboBox(objectName="claimField")
        for spec in claim_store.claim_fields().values():
            self.field.addItem(vocab_label("claim_field", spec.name, current_language()), spec.name)
        self.field.addItem(self.tr("Custom field…"), CUSTOM)
        self.field.currentIndexChanged.connect(self._on_field_changed)
        self.custom_name = QLineEdit(
            objectName="customFieldName", placeholderText=self.tr("field name")
        )
        self.value = QComboBox(objectName="claimValue", editable=False)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.verbatim = QLineEdit(objectName="claimWords", readOnly=True)
        self.verbatim.setPlaceholderText(self.tr("select the words in the article"))
        self.low, self.best, self.high = (
            QLineEdit(objectName=name, placeholderText=text)
            for name, text in (
                ("low", self.tr("low")),
                ("best", self.tr("best")),
                ("high", self.tr("high")),
            )
        )
        figures = QHBoxLayout()
        for edit in (self.low, self.best, self.high):
            edit.setValidator(QIntValidator(0, 2_000_000_000, edit))
            figures.addWidget(edit)
        self.qualifier = QLabel(objectName="claimQualifier")
        figures.addWidget(self.qualifier)
        # Who says it: suggested from the words around the selection, editable.
        self.speaker = QLineEdit(objectName="claimSpeaker")
        self.speaker.setPlaceholderText(self.tr("speaker (empty: the outlet's own voice)"))
        self.speaker_kind = QComboBox(objectName="claimSpeakerKind")
        self.stance = QComboBox(objectName="claimStance")
        for combo, names in ((self.speaker_kind, KINDS), (self.stance, STANCES)):
            combo.addItem(self.tr("not recorded"), None)
            for name in names:
                combo.addItem(vocab_label("attribution", name, current_language()), name)
        for combo in (self.speaker_kind, self.stance):
            # The longest kind ("a party to the fighting or an official") must not
            # squeeze the speaker's words to a few letters: the combos may elide.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.speaker.setMinimumWidth(self.speaker.fontMetrics().horizontalAdvance("m" * 14))
        said_by = QHBoxLayout()
        said_by.addWidget(self.speaker, 3)
        said_by.addWidget(self.speaker_kind, 2)
        said_by.addWidget(self.stance, 1)
        self.credibility = QComboBox(objectName="claimCredibility")
        self.credibility.addItem(self.tr("as the report"), None)
        for number in credibility_labels():
            label = vocab_label("credibility", number, current_language())
            self.credibility.addItem(f"{number} — {label}", number)

        form = QFormLayout()
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.custom_name, 1)
        form.addRow(self.tr("Field"), field_row)
        form.addRow(self.tr("Words"), self.verbatim)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Low / best / high"), figures)
        form.addRow(self.tr("Said by"), said_by)
        form.addRow(self.tr("Credibility"), self.credibility)

        self.add_button = QPushButton(self.tr("Add claim"), objectName="addClaimButton")
        self.add_button.clicked.connect(self.add_claim)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteClaimButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.mark_button = QPushButton(
            self.tr("Mark as conflicting"), objectName="markConflictButton"
        )
        self.mark_button.clicked.connect(self.mark_selected_conflicting)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.mark_button):
            buttons.addWidget(button)
        self.status = QLabel(objectName="claimsStatus", wordWrap=True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # -- context -------------------------------------------------------------------------

    def set_context(self, event_id: int | None, article_id: int | None) -> None:
        """The event being coded and the article on screen (claims are added from it)."""
        if (event_id, article_id) != (self._event_id, self._article_id):
            self._span = None
            self.verbatim.clear()
        self._event_id, self._article_id = event_id, article_id
        self.refresh()

    def set_selection(self, start: int, end: int, text: str) -> None:
        """The words selected in the article (code points); fills the figures they give."""
        self._span = (start, end) if end > start else None
        self._show_status("")  # an earlier refusal was about other words
        self.verbatim.setText(text)  # QLineEdit aligns by the text's own direction
        self.verbatim.setCursorPosition(0)
        quantity = parse_quantity(text) if self._is_numeric() else None
        for edit, number in zip(
            (self.low, self.best, self.high),
            (quantity.low, quantity.best, quantity.high) if quantity else (None, None, None),
            strict=True,
        ):
            edit.setText("" if number is None else str(number))
        self.qualifier.setText(quantity.qualifier or "" if quantity else "")
        if self.value.isEditable() and self._kind() == "text":
            self.value.setEditText(text)  # a place or custom text: start from the words
        self._suggest_speaker()
        self._update_buttons()

    def _suggest_speaker(self) -> None:
        """Fill 'Said by' with who the article says makes the selected claim."""
        found = None
        if self._span is not None and self._article_id is not None:
            article = get_article(self._db, self._article_id)
            found = attribute(article.text, *self._span)
        self.speaker.setText(found.speaker or "" if found else "")
        for combo, value in (
            (self.speaker_kind, found.speaker_kind if found else None),
            (self.stance, found.stance if found else None),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def refresh(self) -> None:
        self.tree.clear()
        if self._event_id is not None:
            specs = claim_store.claim_fields()
            for claim in claim_store.list_claims(self._db, self._event_id):
                spec = specs.get(claim["field"])
                item = QTreeWidgetItem(
                    [
                        vocab_label("claim_field", claim["field"], current_language())
                        if spec
                        else claim["field"],
                        claim_value_label(claim, current_language()),
                        claim["verbatim"],
                        isolate(f"#{claim['article_id']}"),
                        format_grade(claim["reliability"], claim["credibility"]),
                        attribution_label(claim, current_language(), isolate_speaker=True),
                    ]
                )
                item.setData(0, CLAIM_ID_ROLE, claim["id"])
                item.setData(1, CLAIM_ID_ROLE, (claim["article_id"], claim["start"], claim["end"]))
                item.setTextAlignment(
                    2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setToolTip(2, claim["verbatim"])
                if claim["article_id"] == self._article_id:
                    font = item.font(0)
                    font.setBold(True)
                    for column in range(len(COLUMNS)):
                        item.setFont(column, font)
                self.tree.addTopLevelItem(item)
            for column in (0, 1, 3, 4, 5):
                self.tree.resizeColumnToContents(column)
        self.setEnabled(self._event_id is not None)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------

    def add_claim(self) -> int | None:
        if self._event_id is None or self._article_id is None:
            return None
        start, end = self._span if self._span else (None, None)
        spec_kind = self._kind()
        try:
            claim_id = claim_store.add_claim(
                self._db,
                self._event_id,
                self._article_id,
                self._field_name(),
                self.verbatim.text(),
                start=start,
                end=end,
                value_text=self._value_text() if spec_kind != "numeric" else None,
                low=_int(self.low),
                best=_int(self.best),
                high=_int(self.high),
                qualifier=self.qualifier.text() or None,
                credibility=self.credibility.currentData(),
                speaker=self.speaker.text().strip() or None,
                speaker_kind=self.speaker_kind.currentData(),
                stance=self.stance.currentData(),
                user=self._user,
            )
        except ReviewerError as exc:
            self._show_status(error_text(exc), error=True)
            return None
        except WRITE_ERRORS as exc:
            self._show_status(not_saved_text(exc), error=True)
            return None
        if self._undo_stack is not None:
            command = AddClaimCommand(
                notifier_for(self._undo_stack),
                self._db,
                claim_id,
                self._event_id,
                self._user,
                self.tr("Add {claim}").format(claim=claim_label(self._db, claim_id)),
            )
            self._undo_stack.push(command)
        self._show_status(
            self.tr("Added {claim}: «{words}»").format(
                claim=claim_label(self._db, claim_id), words=self.verbatim.text()
            )
        )
        self._forget_words()
        self._suggest_speaker()
        self.refresh()
        self.claims_changed.emit(self._event_id)
        return claim_id

    def selected_claim_ids(self) -> list[int]:
        return [item.data(0, CLAIM_ID_ROLE) for item in self.tree.selectedItems()]

    def delete_selected(self) -> None:
        ids = self.selected_claim_ids()
        if not ids or self._event_id is None:
            return
        text = (
            self.tr("Delete {claim}").format(claim=claim_label(self._db, ids[0]))
            if len(ids) == 1
            else self.tr("Delete claims")
        )
        try:
            snapshot = claim_history.delete_claims(self._db, ids, self._user)
        except ReviewerError as exc:
            self._show_status(error_text(exc), error=True)
            return
        except WRITE_ERRORS as exc:
            self._show_status(not_saved_text(exc), error=True)
            return
        if self._undo_stack is not None:
            self._undo_stack.push(
                DeleteClaimsCommand(
                    notifier_for(self._undo_stack),
                    self._db,
                    snapshot,
                    self._event_id,
                    self._user,
                    text,
                )
            )
        self.refresh()
        self.claims_changed.emit(self._event_id)

    def mark_selected_conflicting(self) -> int | None:
        """Mark the two selected claims as conflicting (a denial against a confirmation)."""
        ids = self.selected_claim_ids()
        if len(ids) != 2 or self._event_id is None:
            self._show_status(self.tr("select exactly two claims"), error=True)
            return None
        try:
            conflict_id = conflict_store.mark_conflict(self._db, *ids, user=self._user)
        except ReviewerError as exc:
            self._show_status(error_text(exc), error=True)
            return None
        if self._undo_stack is not None:
            self._undo_stack.push(
                MarkConflictCommand(
                    notifier_for(self._undo_stack),
                    self._db,
                    conflict_id,
                    self._event_id,
                    self.tr("Mark claims {a} and {b} as conflicting").format(a=ids[0], b=ids[1]),
                )
            )
        self._show_status(
            self.tr("marked as conflicting (conflict {conflict})").format(
                conflict=isolate(str(conflict_id))
            )
        )
        self.claims_changed.emit(self._event_id)
        return conflict_id

    def _forget_words(self) -> None:
        """After adding: the form waits for the next selection, showing nothing stale."""
        self._span = None
        self.verbatim.clear()
        for edit in (self.low, self.best, self.high):
            edit.clear()
        self.qualifier.clear()
        if self.value.isEditable():
            self.value.setEditText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere in the form adds the claim: select, pick the field, Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.add_button.isEnabled():
            self.add_claim()
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_form(self) -> None:
        """Put the keyboard in the Field box, ready to pick what the words claim."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_undone(self, event_id: int) -> None:
        """An undo/redo changed claims: show them and tell the window (conflicts, history)."""
        self._show_status("")
        self.refresh()
        self.claims_changed.emit(event_id)

    # -- helpers ------------------------------------------------------------------------

    def _field_name(self) -> str:
        data = self.field.currentData()
        return (
            f"{claim_store.CUSTOM_PREFIX}{self.custom_name.text().strip()}"
            if data == CUSTOM
            else data
        )

    def _kind(self) -> str:
        data = self.field.currentData()
        if data == CUSTOM:
            return (
                "numeric"
                if any(_int(e) is not None for e in (self.low, self.best, self.high))
                else "text"
            )
        return claim_store.claim_fields()[data].kind

    def _value_text(self) -> str:
        """The value to store: a categorical entry's stored name, else what was typed."""
        if not self.value.isEditable() and self.value.currentData() is not None:
            return self.value.currentData()
        return self.value.currentText()

    def _is_numeric(self) -> bool:
        data = self.field.currentData()
        return data == CUSTOM or claim_store.claim_fields()[data].numeric

    def _on_field_changed(self) -> None:
        data = self.field.currentData()
        self.custom_name.setVisible(data == CUSTOM)
        spec = claim_store.claim_fields().get(data)
        self.value.clear()
        if spec is not None and spec.kind == "categorical":
            self.value.setEditable(False)
            for value in spec.values:
                self.value.addItem(vocab_label("claim_value", value, current_language()), value)
        else:
            self.value.setEditable(True)
            if self.value.lineEdit() is not None:
                self.value.lineEdit().setPlaceholderText(
                    "YYYY-MM-DD" if spec is not None and spec.kind == "date" else self.tr("value")
                )
        numeric = self._is_numeric()
        self.value.setEnabled(not (spec is not None and spec.numeric))
        for edit in (self.low, self.best, self.high):
            edit.setEnabled(numeric)
        if self.verbatim.text() and self._span is not None:
            self.set_selection(*self._span, self.verbatim.text())

    def _on_double_click(self, item: QTreeWidgetItem) -> None:
        article_id, start, end = item.data(1, CLAIM_ID_ROLE)
        if start is not None:
            self.open_in_article.emit(article_id, start, end)

    def _update_buttons(self) -> None:
        ready = self._event_id is not None and self._article_id is not None
        self.add_button.setEnabled(ready and bool(self.verbatim.text()))
        self.delete_button.setEnabled(bool(self.tree.selectedItems()))
        self.mark_button.setEnabled(len(self.tree.selectedItems()) == 2)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")


def _int(edit: QLineEdit) -> int | None:
    text = edit.text().strip()
    return int(text) if text else None
