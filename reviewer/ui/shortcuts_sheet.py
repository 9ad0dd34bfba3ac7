"""Help > Keyboard shortcuts: a sheet built from the window's own menu actions.

Built from the actions rather than written by hand, so the sheet cannot drift from
the keys that actually work.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui.language import translate

EXTRA = (
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Pickers"),
        "Down, Enter",
        QT_TRANSLATE_NOOP("ShortcutsSheet", "choose a suggested place or actor"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Pickers"),
        "Escape",
        QT_TRANSLATE_NOOP("ShortcutsSheet", "close the suggestions and keep what was typed"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Form"),
        "Tab, Shift+Tab",
        QT_TRANSLATE_NOOP("ShortcutsSheet", "next / previous field"),
    ),
)


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, keys, action) for every menu action that has a shortcut."""
    rows = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        title = menu.title().replace("&", "")
        for action in menu.actions():
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys:
                rows.append((title, keys, action.text().replace("&", "")))
    extra = [
        (translate("ShortcutsSheet", where), keys, translate("ShortcutsSheet", what))
        for where, keys, what in EXTRA
    ]
    return [*rows, *extra]


class ShortcutsSheet(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsSheet")
        rows = shortcut_rows(menu_bar)
        self.table = QTableWidget(len(rows), 3, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Action")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
