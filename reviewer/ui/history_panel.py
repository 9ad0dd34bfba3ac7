"""One event's history: when, who, what, and each field's value before and after.

Reads ``storage.audit.event_history`` (no SQL here). One table row per changed
field, so a reviewer scans down the "Field" column; Arabic values are
right-aligned like everywhere else in the app.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.shown_names import ShownNames
from reviewer.storage.audit import TABLE_LABELS, HistoryEntry, event_history
from reviewer.storage.events import get_event
from reviewer.textdir import is_right_to_left
from reviewer.ui.event_fields import FIELD_LABELS
from reviewer.ui.language import current_language, display_digits, isolate, translate
from reviewer.ui.name_display import project_names, shown_value

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "When"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Who"),
    QT_TRANSLATE_NOOP("HistoryPanel", "What"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Field"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Before"),
    QT_TRANSLATE_NOOP("HistoryPanel", "After"),
)
ACTION_WORDS = {
    "insert": QT_TRANSLATE_NOOP("HistoryPanel", "added"),
    "update": QT_TRANSLATE_NOOP("HistoryPanel", "changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryPanel", "removed"),
}
MAX_CELL = 120  # characters shown of a long value (notes); the tooltip has it whole


def describe_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def describe_time(stamp: str) -> str:
    """2024-12-05T10:00:01.123Z -> 2024-12-05 10:00:01 (UTC, as stored)."""
    return stamp.replace("T", " ").split(".")[0].removesuffix("Z").split("+")[0]


# The audit log's names for its tables (storage.audit.TABLE_LABELS), for translation.
TABLE_WORDS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "event"),
    QT_TRANSLATE_NOOP("HistoryPanel", "report"),
    QT_TRANSLATE_NOOP("HistoryPanel", "claim"),
    QT_TRANSLATE_NOOP("HistoryPanel", "evidence"),
    QT_TRANSLATE_NOOP("HistoryPanel", "conflict"),
    QT_TRANSLATE_NOOP("HistoryPanel", "conflict member"),
    QT_TRANSLATE_NOOP("HistoryPanel", "source"),
    QT_TRANSLATE_NOOP("HistoryPanel", "article"),
    QT_TRANSLATE_NOOP("HistoryPanel", "project setting"),
    QT_TRANSLATE_NOOP("HistoryPanel", "added actor"),
    QT_TRANSLATE_NOOP("HistoryPanel", "added place"),
    QT_TRANSLATE_NOOP("HistoryPanel", "imported value"),
    QT_TRANSLATE_NOOP("HistoryPanel", "suggestion decision"),
)


def _subject(entry: HistoryEntry) -> str:
    """'claim 4' in the interface language ('event' alone for the event itself)."""
    if current_language() == "en":
        return entry.subject
    label = translate("HistoryPanel", TABLE_LABELS.get(entry.table, entry.table))
    return label if entry.table == "events" else f"{label} {isolate(str(entry.row_id))}"


def _field(name: str) -> str:
    """A changed column by its form label outside English (the column name in English)."""
    if current_language() == "en":
        return name
    return FIELD_LABELS.get(name, name)


class HistoryPanel(QWidget):
    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._event_id: int | None = None
        self.heading = QLabel(objectName="historyHeading")
        self.table = QTableWidget(0, len(COLUMNS), objectName="historyTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        entries = event_history(self._db, self._event_id) if self._event_id is not None else []
        names = project_names(self._db)
        rows = [  # newest first
            row for entry in reversed(entries) for row in self._rows(entry, names)
        ]
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, self._item(text))
        if self._event_id is None:
            self.heading.setText(self.tr("History: no event selected."))
        else:
            label = get_event(self._db, self._event_id)["event_id_cnty"] or self._event_id
            self.heading.setText(
                self.tr("History of event {event}: {count} changes").format(
                    event=isolate(str(label)), count=display_digits(str(len(entries)))
                )
            )

    def row_texts(self) -> list[list[str]]:
        """The table as text (what a reader sees), for tests and copying."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    @staticmethod
    def _rows(entry: HistoryEntry, names: ShownNames) -> list[list[str]]:
        when = describe_time(entry.at)
        who = entry.user or translate("HistoryPanel", "(unknown)")
        action = translate("HistoryPanel", ACTION_WORDS.get(entry.action, entry.action))
        what = f"{_subject(entry)} {action}"
        if not entry.changes:
            return [[when, who, what, "", "", ""]]

        def value(change, old: bool) -> str:
            stored = change.old if old else change.new
            if entry.table != "events":
                return describe_value(stored)
            return describe_value(shown_value(names, change.field, stored))

        return [
            [when, who, what, _field(change.field), value(change, True), value(change, False)]
            for change in entry.changes
        ]

    @staticmethod
    def _item(text: str) -> QTableWidgetItem:
        shown = text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
        item = QTableWidgetItem(shown.replace("\n", " "))
        if shown != text or "\n" in text:
            item.setToolTip(text)
        if is_right_to_left(text):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
