"""The field-by-field grid of one group of matched events.

Rows are fields any coder filled; columns are the field, each coder's value,
the adjudicated value and the rationale. A click on a coder's value takes it;
the adjudicated cell can be typed into instead (an entered value); the
rationale cell takes the reason. Shared values are shown taken and locked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from reviewer.errors import ValidationError
from reviewer.team.adjudication import (
    ENTERED,
    TO_CONFLICTS,
    Choice,
    FieldComparison,
    parse_value,
    show_value,
)
from reviewer.ui.event_fields import FIELD_LABELS
from reviewer.ui.language import current_language
from reviewer.ui.name_display import project_names, shown_value

DIFFERS = QColor("#fff3cd")
PICKED = QColor("#d1e7dd")
LOCKED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = LOCKED | Qt.ItemFlag.ItemIsEditable


class AdjudicationGrid(QTableWidget):
    choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="adjudicationGrid")
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self._coders: list[str] = []
        self._rows: list[FieldComparison] = []
        self._picked: dict[str, str] = {}  # field -> coder whose value was clicked
        # Values in the interface language (places, actors, vocabularies); a typed
        # Arabic place or actor name is stored by ACLED's English one.
        self.names = project_names(None)
        self._filling = False
        self.cellClicked.connect(self._on_click)
        self.itemChanged.connect(self._on_item_changed)

    # -- showing ---------------------------------------------------------------------

    def show_group(
        self, coders: list[str], comparisons: list[FieldComparison], to_conflicts: set[str],
        *, read_only: bool = False,
    ) -> None:  # fmt: skip
        self._filling = True
        self._coders = coders
        self._to_conflicts = to_conflicts
        self._rows = [c for c in comparisons if any(v not in (None, "") for v in c.values.values())]
        self._picked = {}
        self.clear()
        headers = [self.tr("Field"), *coders, self.tr("Adjudicated"), self.tr("Rationale")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(self._rows))
        for row, comparison in enumerate(self._rows):
            self._fill_row(row, comparison, read_only)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self._filling = False

    def _fill_row(self, row: int, comparison: FieldComparison, read_only: bool) -> None:
        differs = not comparison.agreed
        name = QTableWidgetItem(
            comparison.field
            if current_language() == "en"
            else FIELD_LABELS.get(comparison.field, comparison.field)
        )
        name.setFlags(LOCKED)
        if differs:
            bold = QFont()
            bold.setBold(True)
            name.setFont(bold)
        self.setItem(row, 0, name)
        for column, coder in enumerate(self._coders, start=1):
            cell = QTableWidgetItem(self._shown(comparison.field, comparison.values.get(coder)))
            cell.setFlags(LOCKED)
            if differs:
                cell.setBackground(QBrush(DIFFERS))
                cell.setToolTip(self.tr("Click to take {coder}'s value").format(coder=coder))
            self.setItem(row, column, cell)
        result = QTableWidgetItem()
        reason = QTableWidgetItem()
        if not differs:
            result.setText(self._shown(comparison.field, comparison.value))
            reason.setText(self.tr("shared by all coders"))
            for item in (result, reason):
                item.setFlags(LOCKED)
                item.setForeground(QBrush(QColor("#555555")))
        elif comparison.field in self._to_conflicts:
            result.setText(self.tr("→ conflicting claims"))
            reason.setText(self.tr("figures are decided on the claims (Conflicts page)"))
            for item in (result, reason):
                item.setFlags(LOCKED)
        else:
            result.setFlags(LOCKED if read_only else EDITABLE)
            reason.setFlags(LOCKED if read_only else EDITABLE)
            result.setToolTip(self.tr("Type another value, or click a coder's value"))
        self.setItem(row, self.result_column, result)
        self.setItem(row, self.rationale_column, reason)

    def _shown(self, field: str, value: Any) -> str:
        return shown_value(self.names, field, value) if value is not None else show_value(value)

    @property
    def result_column(self) -> int:
        return len(self._coders) + 1

    @property
    def rationale_column(self) -> int:
        return len(self._coders) + 2

    def row_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self._rows) if c.field == field)

    def differing_fields(self) -> list[str]:
        return [c.field for c in self._rows if not c.agreed and c.field not in self._to_conflicts]

    # -- choosing --------------------------------------------------------------------

    def _on_click(self, row: int, column: int) -> None:
        if not 1 <= column <= len(self._coders) or row >= len(self._rows):
            return
        comparison = self._rows[row]
        result = self.item(row, self.result_column)
        if comparison.agreed or not result.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        coder = self._coders[column - 1]
        self._filling = True
        result.setText(self._shown(comparison.field, comparison.values.get(coder)))
        self._filling = False
        self._picked[comparison.field] = coder
        for other, name in enumerate(self._coders, start=1):
            self.item(row, other).setBackground(QBrush(PICKED if name == coder else DIFFERS))
        self.choices_changed.emit()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.result_column:
            return
        self._picked.pop(self._rows[item.row()].field, None)
        for other in range(1, len(self._coders) + 1):
            self.item(item.row(), other).setBackground(QBrush(DIFFERS))
        self.choices_changed.emit()

    def choices(self) -> dict[str, Choice]:
        """The decisions made so far; raises ValidationError for a badly typed value."""
        out: dict[str, Choice] = {}
        for field in self.differing_fields():
            row = self.row_of(field)
            text = self.item(row, self.result_column).text()
            reason = self.item(row, self.rationale_column).text()
            coder = self._picked.get(field)
            if coder is not None:
                value: Any = self._rows[row].values.get(coder)
                out[field] = Choice(value, coder, reason)
            elif text.strip():
                out[field] = Choice(
                    parse_value(field, self.names.stored(field, text.strip())), ENTERED, reason
                )
            elif reason.strip():
                out[field] = Choice(None, ENTERED, reason)  # decided: leave it empty
        return out

    def undecided(self) -> list[str]:
        try:
            decided = self.choices()
        except ValidationError:
            return []
        return [f for f in self.differing_fields() if f not in decided]


__all__ = ["TO_CONFLICTS", "AdjudicationGrid"]
