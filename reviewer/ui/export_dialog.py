"""File > Export: choose a folder and options, watch progress, cancel if need be.

Runs the same ``reviewer.export.export_dataset`` as ``reviewer export``. The work
stays on the GUI thread (the SQLite connection belongs to it) and keeps the
window responsive by processing events from the progress callback; Cancel in
the progress dialog stops it, and the core then leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.export import ExportCancelled, ExportOptions, ExportResult, export_dataset
from reviewer.export.events import admin1_values
from reviewer.ui.core_messages import error_text
from reviewer.ui.file_dialogs import choose_folder
from reviewer.ui.language import current_language, isolate

FOLDER_KEY = "export/folder"
ANY_ADMIN1 = QT_TRANSLATE_NOOP("ExportDialog", "(all governorates)")


class ExportDialog(QDialog):
    def __init__(
        self,
        db: sqlite_utils.Database,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export dataset"))
        self._db = db
        self._settings = settings
        self.result_info: ExportResult | None = None

        self.folder_edit = QLineEdit(objectName="exportFolder")
        if settings is not None:
            self.folder_edit.setText(str(settings.value(FOLDER_KEY, "") or ""))
        browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.all_check = QCheckBox(
            self.tr("Include events not yet reviewed"), objectName="exportAll"
        )
        self.raw_check = QCheckBox(
            self.tr(
                "Byte-exact, for scripts: no BOM, formula-like cells not neutralised "
                "(not for spreadsheets)"
            ),
            objectName="exportRaw",
        )
        self.from_edit = QLineEdit(objectName="exportFrom", placeholderText="YYYY-MM-DD")
        self.to_edit = QLineEdit(objectName="exportTo", placeholderText="YYYY-MM-DD")
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        self.admin1_combo = QComboBox(objectName="exportAdmin1")
        self.admin1_combo.addItem(self.tr(ANY_ADMIN1), None)
        for name in admin1_values(db):
            self.admin1_combo.addItem(name, name)

        form = QFormLayout()
        form.addRow(_buddy(self.tr("&Folder"), self.folder_edit), folder_row)
        form.addRow("", self.all_check)
        form.addRow("", self.raw_check)
        form.addRow(_buddy(self.tr("Event &dates"), self.from_edit), dates)
        form.addRow(_buddy(self.tr("&Governorate"), self.admin1_combo), self.admin1_combo)

        note = QLabel(
            self.tr(
                "Writes events.csv (ACLED's 31 columns, then x_ columns), claims.csv, "
                "conflicts.csv, sources.csv and datapackage.json. Files already in the folder "
                "are replaced only when the whole export has succeeded."
            )
        )
        note.setWordWrap(True)
        self.message_label = QLabel(objectName="exportMessage")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportRun")
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def browse(self) -> None:
        folder = choose_folder(
            self,
            self.tr("Export into folder"),
            self._settings,
            self._db,
            self.folder_edit.text().strip(),
        )
        if folder:
            self.folder_edit.setText(folder)

    def options(self) -> ExportOptions:
        return ExportOptions(
            include_all=self.all_check.isChecked(),
            raw=self.raw_check.isChecked(),
            date_from=self.from_edit.text().strip() or None,
            date_to=self.to_edit.text().strip() or None,
            admin1=self.admin1_combo.currentData(),
        )

    def run_export(self) -> ExportResult | None:
        """Export with a progress dialog; close on success, else say why and stay open."""
        folder = self.folder_edit.text().strip()
        if not folder:
            self._say(self.tr("Choose a folder to export into."), error=True)
            return None
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            QApplication.processEvents()

        try:
            result = export_dataset(
                self._db,
                Path(folder).expanduser(),
                self.options(),
                progress=report,
                cancel=progress.wasCanceled,
            )
        except ExportCancelled:
            self._say(self.tr("Export cancelled; no file was written."), error=True)
            return None
        except ReviewerError as exc:
            self._say(error_text(exc), error=True)
            return None
        finally:
            progress.close()
        self.result_info = result
        if self._settings is not None:
            self._settings.setValue(FOLDER_KEY, folder)
        summary = result.summary()
        if current_language() != "en":  # rows per file: 'events.csv: 12' is data
            counts = "، ".join(f"{name}: {n}" for name, n in result.rows.items())
            summary = self.tr("exported {counts} to {folder}").format(
                counts=counts, folder=isolate(str(result.folder))
            )
        self._say(summary[:1].upper() + summary[1:])
        self.accept()
        return result

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose &-mnemonic focuses ``widget`` (addRow(str, layout) cannot)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def open_export_dialog(
    db: sqlite_utils.Database, settings: QSettings | None, parent: QWidget | None = None
) -> ExportResult | None:
    """File > Export…: run the dialog modally; the result when something was exported."""
    dialog = ExportDialog(db, settings, parent)
    dialog.exec()
    return dialog.result_info
