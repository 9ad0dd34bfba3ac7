"""Sync conflicts on the Conflicts page: the same field changed here and on the server.

Shown below the claims' conflicts only while some are open. Each row is one
field of one record (an adjudicated event, say): this laptop's value, the
server's and who set it there. "Keep mine" makes the next sync write this
laptop's record over the server's; "Take theirs" makes it bring the server's
here. Nothing changes until the analyst decides; the decision covers every
field of that record.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.server.sync import decide_sync_conflict, open_sync_conflicts
from reviewer.ui.language import translate


class SyncConflictsPanel(QWidget):
    decided = Signal()

    def __init__(self, db: sqlite_utils.Database, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="syncConflicts")
        self._db = db
        self._ids: list[int] = []
        self.table = QTableWidget(0, 5, objectName="syncConflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SyncConflictsPanel", "Record"),
                translate("SyncConflictsPanel", "Field"),
                translate("SyncConflictsPanel", "Mine"),
                translate("SyncConflictsPanel", "Theirs"),
                translate("SyncConflictsPanel", "Changed there by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_mine = QPushButton(
            translate("SyncConflictsPanel", "Keep mine"), objectName="keepMine"
        )
        self.take_theirs = QPushButton(
            translate("SyncConflictsPanel", "Take theirs"), objectName="takeTheirs"
        )
        self.keep_mine.clicked.connect(lambda: self._decide("ours"))
        self.take_theirs.clicked.connect(lambda: self._decide("theirs"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            QLabel(
                translate(
                    "SyncConflictsPanel",
                    "Sync conflicts: changed here and on the server since the last sync",
                )
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        conflicts = open_sync_conflicts(self._db)
        self._ids = [c.id for c in conflicts]
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            values = (c.label, c.field, _shown(c.ours), _shown(c.theirs), c.their_by or "")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if conflicts and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.setVisible(bool(conflicts))

    def _decide(self, keep: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            return
        decide_sync_conflict(self._db, self._ids[row], keep=keep)
        self.refresh()
        self.decided.emit()


def _shown(value: object) -> str:
    return "–" if value is None else str(value)
