"""File > Import articles…: pick files or a folder, import with progress and cancel.

The same core import as ``reviewer import``; progress is drawn between files and
Cancel stops after the current batch, keeping every batch already committed.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from reviewer.importing.corpus_import import ImportResult, import_paths
from reviewer.importing.readers import ARTICLE_SUFFIXES
from reviewer.ui.file_dialogs import choose_files, choose_folder

MAX_LISTED_REJECTIONS = 20
MAX_LISTED_IMPORTS = 20
ARTICLE_FILTER = (
    f"Articles ({' '.join('*' + suffix for suffix in ARTICLE_SUFFIXES)});;All files (*)"
)


def choose_paths(
    parent: QWidget | None,
    settings: QSettings | None = None,
    db: sqlite_utils.Database | None = None,
) -> list[Path]:
    box = QMessageBox(parent)
    box.setWindowTitle("Import articles")
    box.setText("Import single files, or a whole folder (with its subfolders)?")
    files = box.addButton("Files…", QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton("Folder…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is files:
        names = choose_files(parent, "Import articles", ARTICLE_FILTER, settings, db)
        return [Path(name) for name in names]
    if box.clickedButton() is folder:
        name = choose_folder(parent, "Import a folder of articles", settings, db)
        return [Path(name)] if name else []
    return []


def import_with_progress(
    db: sqlite_utils.Database, paths: list[Path], parent: QWidget | None
) -> ImportResult:
    dialog = QProgressDialog("Importing articles…", "Cancel", 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        return import_paths(db, paths, progress=progress, should_cancel=dialog.wasCanceled)
    finally:
        dialog.close()


def summary_text(result: ImportResult) -> str:
    lines = [result.summary()]
    for path, taken in result.reports[:MAX_LISTED_IMPORTS]:
        lines.append(f"imported: {path.name}: {taken}")
    if len(result.imported) > MAX_LISTED_IMPORTS:
        lines.append(f"… and {len(result.imported) - MAX_LISTED_IMPORTS} more imported")
    for path, reason in result.rejected[:MAX_LISTED_REJECTIONS]:
        lines.append(f"rejected: {path.name}: {reason}")
    if len(result.rejected) > MAX_LISTED_REJECTIONS:
        lines.append(f"… and {len(result.rejected) - MAX_LISTED_REJECTIONS} more")
    for path, reason in result.skipped[:MAX_LISTED_REJECTIONS]:
        lines.append(f"{path.name}: {reason}")
    if len(result.skipped) > MAX_LISTED_REJECTIONS:
        lines.append(f"… and {len(result.skipped) - MAX_LISTED_REJECTIONS} more skipped")
    return "\n".join(lines)


def run_import(
    db: sqlite_utils.Database, parent: QWidget | None, settings: QSettings | None = None
) -> bool:
    """Ask, import, report. True when articles were added."""
    paths = choose_paths(parent, settings, db)
    if not paths:
        return False
    result = import_with_progress(db, paths, parent)
    QMessageBox.information(parent, "Import", summary_text(result))
    return bool(result.imported)
