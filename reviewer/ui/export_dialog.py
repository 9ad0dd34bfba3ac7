"""File > Export: choose a folder and options, watch progress, cancel if need be.

Runs the same ``reviewer.export.export_dataset`` as ``reviewer export``, in a
``background.ProjectTask``: a thread with its own read-only connection, so the
window stays responsive however big the project. The bar in the dialog shows the
rows written; Cancel (or Esc) stops the export between two batches of rows, and
the core then removes its temporary files: no file is left half-written and an
earlier export in the folder stays as it was.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.export import ExportOptions, ExportResult, export_dataset
from reviewer.export.events import admin1_values
from reviewer.storage.backups import project_path
from reviewer.ui.background import ProjectTask
from reviewer.ui.core_messages import error_text
from reviewer.ui.file_dialogs import choose_folder
from reviewer.ui.language import current_language, isolate, translate

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
        self.task: ProjectTask | None = None  # the export under way, if any
        self._folder = ""  # as typed, remembered once the export has succeeded

        self.folder_edit = QLineEdit(objectName="exportFolder")
        if settings is not None:
            self.folder_edit.setText(str(settings.value(FOLDER_KEY, "") or ""))
        self.browse_button = browse = QPushButton(self.tr("Browse…"), objectName="exportBrowse")
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
        # The governorates are read in the background too (a scan of every event);
        # the thread may outlive the dialog, which then just misses the answer.
        self.admin1_task: ProjectTask | None = ProjectTask(
            project_path(db), lambda thread_db, _progress, _cancelled: admin1_values(thread_db)
        )
        self.admin1_task.succeeded.connect(self._add_governorates)
        self.admin1_task.finished.connect(self._governorates_read)
        self.admin1_task.start_unowned()

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
        self.progress_bar = QProgressBar(objectName="exportProgress")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
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
        layout.addWidget(self.progress_bar)
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

    def run_export(self) -> bool:
        """Start the export in the background; True when it started.

        The dialog closes when it has succeeded, else says why and stays open.
        """
        if self.task is not None:
            return False
        folder = self.folder_edit.text().strip()
        if not folder:
            self._say(self.tr("Choose a folder to export into."), error=True)
            return False
        options, out = self.options(), Path(folder).expanduser()

        def work(db, progress, cancelled) -> ExportResult:
            return export_dataset(db, out, options, progress=progress, cancel=cancelled)

        self.task = task = ProjectTask(project_path(self._db), work, self)
        self._folder = folder
        # Bound methods, not lambdas: Qt drops these connections with the dialog.
        task.progressed.connect(self._show_progress)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self._set_running(True)
        self._say(self.tr("Exporting…"))
        task.start()
        return True

    def cancel_export(self) -> None:
        """Stop the export under way; the dialog stays open and says so when it has."""
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Cancel (button, Esc, the close box): stop the export first, if one runs."""
        if self.task is not None:
            self.cancel_export()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.task is not None:  # the window is going away: never leave a thread behind
            self.task.stop_and_wait()
        super().done(result)

    def _add_governorates(self, names: list[str]) -> None:
        for name in names:
            self.admin1_combo.addItem(name, name)

    def _governorates_read(self) -> None:
        self.admin1_task = None  # start_unowned lets it go

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)
        self.export_button.setEnabled(not running)
        options = (self.folder_edit, self.browse_button, self.all_check, self.raw_check,
                   self.from_edit, self.to_edit, self.admin1_combo)  # fmt: skip
        for widget in options:
            widget.setEnabled(not running)

    def _finish_task(self) -> None:
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
            self.task = None
        self._set_running(False)

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        self._say(error_text(error), error=True)

    def _cancelled(self) -> None:
        self._finish_task()
        self._say(self.tr("Export cancelled; no file was written."), error=True)

    def _exported(self, result: ExportResult) -> None:
        self._finish_task()
        self.result_info = result
        if self._settings is not None:
            self._settings.setValue(FOLDER_KEY, self._folder)
        self._say(export_summary(result))
        self.accept()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(text)


def export_summary(result: ExportResult) -> str:
    """One line: rows per file and the folder, in the window's language."""
    summary = result.summary()
    if current_language() != "en":  # rows per file: 'events.csv: 12' is data
        counts = "، ".join(f"{name}: {n}" for name, n in result.rows.items())
        summary = translate("ExportDialog", "exported {counts} to {folder}").format(
            counts=counts, folder=isolate(str(result.folder))
        )
    return summary[:1].upper() + summary[1:]


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
