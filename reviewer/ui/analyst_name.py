"""The analyst's name: asked once, kept in QSettings, recorded with every change.

It is a per-person, per-machine setting (unlike the project's rules, which live in
the project file), so QSettings is the right home.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

SETTINGS_KEY = "analyst/name"


class AnalystNameDialog(QDialog):
    """Asks for a name; OK stays disabled until something other than spaces is typed."""

    def __init__(self, parent: QWidget | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        self.name_edit = QLineEdit(current, objectName="analystName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Amal Haddad"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Your name is recorded with every change you make, and shown as coder or "
                "reviewer of the events you mark. It is asked only once on this computer."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(420, self.sizeHint().height())

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))


def stored_analyst_name(settings: QSettings) -> str:
    value = settings.value(SETTINGS_KEY, "")
    return " ".join(str(value or "").split())


def ensure_analyst_name(settings: QSettings, parent: QWidget | None = None) -> str:
    """The stored name, or ask for it once and store it; "" if the analyst cancels."""
    name = stored_analyst_name(settings)
    return name or change_analyst_name(settings, parent)


def change_analyst_name(settings: QSettings, parent: QWidget | None = None) -> str:
    """Ask (pre-filled with the current name) and store the answer; the old name on cancel."""
    current = stored_analyst_name(settings)
    dialog = AnalystNameDialog(parent, current)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return current
    settings.setValue(SETTINGS_KEY, dialog.name())
    settings.sync()
    return dialog.name()
