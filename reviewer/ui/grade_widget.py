"""The Admiralty grade of one report ("B2 — Usually reliable / Probably true").

With focus, one keystroke grades: A-F the outlet's reliability, 1-6 the report's
credibility (Backspace clears the credibility). Grading must cost no more than a
keystroke or analysts skip it. Writes go through the core at once; signals tell
the rest of the window. Given the window's undo stack, every grade is an undoable
command (reviewer.ui.undo_reviewing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reviewer.errors import ReviewerError, StaleEdit
from reviewer.labels import vocab_label
from reviewer.reliability import format_grade, source_scales
from reviewer.storage import reports, sources
from reviewer.suggest.credibility import suggest_report
from reviewer.ui.arabic_keys import LATIN_KEYS_PROPERTY
from reviewer.ui.core_messages import error_text
from reviewer.ui.language import current_language
from reviewer.ui.undo_reviewing import (
    SetCredibilityCommand,
    SetReliabilityCommand,
    SetScaleCommand,
    notifier_for,
)

_LETTER_KEYS = {getattr(Qt.Key, f"Key_{c}"): c for c in "ABCDEF"}
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 7)}
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class GradeWidget(QFrame):
    """Shows and sets the grade of the report (article_id, event_id)."""

    reliability_changed = Signal(int, str)  # source id, letter ('' when cleared)
    credibility_changed = Signal(int, int, int)  # article id, event id, 1-6 (0 when cleared)
    grade_changed = Signal(str)  # the new code, e.g. "B2"
    refused = Signal(str)  # why a key did not grade (also shown in the widget)

    def __init__(
        self,
        db: sqlite_utils.Database,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._undo_stack = undo_stack
        self._article_id: int | None = None
        self._event_id: int | None = None
        self._source: dict | None = None
        self._credibility: int | None = None
        self.setObjectName("gradeWidget")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(LATIN_KEYS_PROPERTY, True)  # A-F also from an Arabic layout
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(
            self.tr("Grade: A–F source reliability, 1–6 report credibility (type the key)")
        )
        self._build()
        self.refresh()
        if undo_stack is not None:
            notifier_for(undo_stack).grade_changed.connect(self._on_undone)

    def _build(self) -> None:
        self.badge = QLabel(objectName="gradeBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(44)
        self.badge.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.description = QLabel(objectName="gradeDescription")
        self.outlet = QLabel(objectName="gradeOutlet")
        # What the claims' speakers suggest (reviewer.suggest.credibility); a hint only.
        self.suggestion = QLabel(objectName="gradeSuggestion", wordWrap=True)
        self.suggestion.setStyleSheet("color: #555555;")
        self.error = QLabel(objectName="gradeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.scale = QComboBox(objectName="sourceScale")
        self.scale.addItem(self.tr("scale not set"), None)
        for scale in source_scales():
            self.scale.addItem(vocab_label("scale", scale, current_language()), scale)
        self.scale.currentIndexChanged.connect(self._on_scale)
        outlet_row = QHBoxLayout()
        outlet_row.addWidget(self.outlet, 1)
        outlet_row.addWidget(self.scale)
        text = QVBoxLayout()
        text.addWidget(self.description)
        text.addLayout(outlet_row)
        text.addWidget(self.suggestion)
        text.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.badge)
        layout.addLayout(text, 1)

    # -- state ----------------------------------------------------------------------

    def set_report(self, article_id: int | None, event_id: int | None) -> None:
        """Show the grade of ``article_id``'s report of ``event_id`` (None: nothing)."""
        self._article_id, self._event_id = article_id, event_id
        self.refresh()

    def refresh(self) -> None:
        self.error.hide()
        article, event = self._article_id, self._event_id
        self._source = sources.source_for_article(self._db, article) if article else None
        self._credibility = None
        if article is not None and event is not None:
            try:
                self._credibility = reports.get_credibility(self._db, article, event)
            except ReviewerError:
                self._credibility = None
        reliability = self._source["reliability"] if self._source else None
        self.badge.setText(format_grade(reliability, self._credibility))
        self.description.setText(self._describe(reliability, self._credibility))
        self.outlet.setText(self._source["name"] if self._source else self.tr("outlet not named"))
        self._show_suggestion()
        with QSignalBlocker(self.scale):
            index = self.scale.findData(self._source["scale"] if self._source else None)
            self.scale.setCurrentIndex(max(index, 0))
        self.scale.setEnabled(self._source is not None)
        self.setEnabled(article is not None)

    def _show_suggestion(self) -> None:
        article, event = self._article_id, self._event_id
        found = None
        if article is not None and event is not None and self._credibility is None:
            try:
                found = suggest_report(self._db, article, event)
            except ReviewerError:
                found = None
        self.suggestion.setVisible(found is not None)
        if found is not None:
            label = vocab_label("credibility", found.grade, current_language())
            self.suggestion.setText(
                self.tr("Suggested {grade} ({label}): {reason}").format(
                    grade=found.grade, label=label, reason=found.reason
                )
            )

    def _describe(self, reliability: str | None, credibility: int | None) -> str:
        """'Usually reliable / Probably true', in the interface language."""
        language = current_language()
        left = (
            vocab_label("reliability", reliability, language)
            if reliability
            else self.tr("Source not graded")
        )
        right = (
            vocab_label("credibility", credibility, language)
            if credibility
            else self.tr("Report not graded")
        )
        return f"{left} / {right}"

    def code(self) -> str:
        return self.badge.text()

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & _SHORTCUT_MODIFIERS:  # leave Ctrl+N etc. to the window
            super().keyPressEvent(event)
            return
        key, text = event.key(), event.text().upper()
        if key in _LETTER_KEYS or text in ("A", "B", "C", "D", "E", "F"):
            self.set_reliability(_LETTER_KEYS.get(key, text))
        elif key in _DIGIT_KEYS or text in ("1", "2", "3", "4", "5", "6"):
            self.set_credibility(_DIGIT_KEYS.get(key) or int(text))
        elif key == Qt.Key.Key_Backspace:
            self.set_credibility(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def set_reliability(self, letter: str | None) -> None:
        if self._source is None:
            self._show_error(
                self.tr("this article names no outlet: name it to grade its reliability")
            )
            return
        source_id = self._source["id"]
        old = self._source["reliability"]  # what the analyst sees is what the edit is based on
        if not self._write(
            lambda: sources.set_reliability(self._db, source_id, letter, expected=old)
        ):
            return
        new = sources.get_source(self._db, source_id)["reliability"]
        self._push(
            SetReliabilityCommand,
            source_id,
            old,
            new,
            self.tr("Grade {outlet} {grade}").format(
                outlet=self._source["name"], grade=new or self.tr("ungraded")
            ),
        )
        self.refresh()
        self.reliability_changed.emit(self._source["id"], letter or "")
        self.grade_changed.emit(self.code())

    def set_credibility(self, number: int | None) -> None:
        if self._article_id is None or self._event_id is None:
            self._show_error(self.tr("choose an event to grade this report"))
            return
        article_id, event_id = self._article_id, self._event_id
        old = self._credibility
        if not self._write(
            lambda: reports.set_credibility(self._db, article_id, event_id, number, expected=old)
        ):
            return
        self._push(
            SetCredibilityCommand,
            article_id,
            event_id,
            old,
            reports.get_credibility(self._db, article_id, event_id),
            self.tr("Grade report of article {article} {grade}").format(
                article=self._article_id, grade=number or self.tr("ungraded")
            ),
        )
        self.refresh()
        self.credibility_changed.emit(self._article_id, self._event_id, number or 0)
        self.grade_changed.emit(self.code())

    def _on_scale(self) -> None:
        if self._source is not None:
            source_id, old, value = (
                self._source["id"],
                self._source["scale"],
                self.scale.currentData(),
            )
            if not self._write(lambda: sources.set_scale(self._db, source_id, value, expected=old)):
                return
            self._source = sources.get_source(self._db, source_id)
            new = self._source["scale"]
            text = self.tr("Set scale {scale}").format(scale=new or self.tr("not set"))
            self._push(SetScaleCommand, source_id, old, new, text)

    def _write(self, write: Callable[[], None]) -> bool:
        """Run one grade write; say in the widget why it was not saved, never silently.

        A grade changed elsewhere since it was shown is not overwritten: the
        widget shows the stored grade again. A busy or failing file (another
        program holding the lock past the timeout, a full disk) leaves the
        stored grade as it was and says so; the key can be pressed again.
        """
        try:
            write()
        except StaleEdit as exc:
            self.refresh()
            self._show_error(
                self.tr("Not saved — changed elsewhere: {reason}").format(reason=error_text(exc))
            )
            return False
        except ReviewerError as exc:
            self._show_error(error_text(exc))
            return False
        except sqlite3.Error as exc:
            self.refresh()
            self._show_error(
                self.tr(
                    "Not saved — the project file could not be written ({reason}); try again"
                ).format(reason=exc)
            )
            return False
        return True

    def _push(self, command, *args) -> None:
        """Record a grade already written as an undoable command (with a stack)."""
        if self._undo_stack is not None:
            self._undo_stack.push(command(notifier_for(self._undo_stack), self._db, *args))

    def _on_undone(self) -> None:
        """An undo/redo changed some grade: show the current one and tell the window."""
        self.refresh()
        self.grade_changed.emit(self.code())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.refused.emit(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("#gradeWidget { border: 2px solid palette(highlight); }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("")
        super().focusOutEvent(event)
