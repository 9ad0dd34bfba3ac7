"""File > Import articles…: pick files or a folder, import with progress and cancel.

The same core import as ``reviewer import``, run in a ``background.ProjectTask``
with a connection of its own, so the window keeps drawing while files are read
and stored; progress is drawn between files and Cancel stops after the current
batch, keeping every batch already committed.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.importing.corpus_import import ImportResult, import_paths
from reviewer.importing.readers import ARTICLE_SUFFIXES
from reviewer.storage.backups import project_path
from reviewer.storage.database import current_user, open_database
from reviewer.ui.background import ProjectTask, TaskProgress
from reviewer.ui.core_messages import translate_message
from reviewer.ui.file_dialogs import choose_files, choose_folder
from reviewer.ui.language import current_language, translate

MAX_LISTED_REJECTIONS = 20
MAX_LISTED_IMPORTS = 20
PATTERNS = " ".join("*" + suffix for suffix in ARTICLE_SUFFIXES)
ARTICLE_FILTER = f"Articles ({PATTERNS});;All files (*)"


def article_filter() -> str:
    """The file dialog's filter, its names in the interface language."""
    return translate("ImportDialog", "Articles ({patterns});;All files (*)").format(
        patterns=PATTERNS
    )


def choose_paths(
    parent: QWidget | None,
    settings: QSettings | None = None,
    db: sqlite_utils.Database | None = None,
) -> list[Path]:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ImportDialog", "Import articles"))
    box.setText(
        translate("ImportDialog", "Import single files, or a whole folder (with its subfolders)?")
    )
    files = box.addButton(translate("ImportDialog", "Files…"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(translate("ImportDialog", "Folder…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is files:
        title = translate("ImportDialog", "Import articles")
        names = choose_files(parent, title, article_filter(), settings, db)
        return [Path(name) for name in names]
    if box.clickedButton() is folder:
        title = translate("ImportDialog", "Import a folder of articles")
        name = choose_folder(parent, title, settings, db)
        return [Path(name)] if name else []
    return []


def import_with_progress(
    db: sqlite_utils.Database, paths: list[Path], parent: QWidget | None
) -> ImportResult:
    """Import in a thread with a writing connection of its own, under a modal progress bar.

    The bar's event loop keeps the window drawn; the thread's connection acts
    as the window's analyst. A failure is raised here, on the GUI thread, as
    the import itself would raise it.
    """
    user = current_user(db)

    def writer(path: Path) -> sqlite_utils.Database:
        return open_database(path, migrate=False, user=user, defer_full_check=True)

    def work(thread_db, progress, cancelled) -> ImportResult:
        return import_paths(thread_db, paths, progress=progress, should_cancel=cancelled)

    task = ProjectTask(project_path(db), work, parent, opener=writer)
    dialog = TaskProgress(
        translate("ImportDialog", "Importing articles…"),
        translate("ImportDialog", "Cancel"),
        parent,
    )
    dialog.setObjectName("importProgress")
    dialog.setWindowTitle(translate("ImportDialog", "Import"))
    dialog.follow(task)
    outcome: dict = {}
    task.succeeded.connect(lambda result: outcome.update(result=result))
    task.failed.connect(lambda error: outcome.update(error=error))
    task.finished.connect(dialog.finish)
    task.start()
    try:
        dialog.exec()  # until the thread has finished
    finally:
        task.stop_and_wait()
        task.deleteLater()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def summary_text(result: ImportResult) -> str:
    """What the import did, one line per file named; reasons in the interface language."""
    lines = [_summary(result)]
    for path, taken in result.reports[:MAX_LISTED_IMPORTS]:
        lines.append(
            translate("ImportDialog", "imported: {name}: {how}").format(name=path.name, how=taken)
        )
    if len(result.imported) > MAX_LISTED_IMPORTS:
        more = len(result.imported) - MAX_LISTED_IMPORTS
        lines.append(translate("ImportDialog", "… and {count} more imported").format(count=more))
    for path, reason in result.rejected[:MAX_LISTED_REJECTIONS]:
        reason = translate_message(reason)
        lines.append(
            translate("ImportDialog", "rejected: {name}: {reason}").format(
                name=path.name, reason=reason
            )
        )
    if len(result.rejected) > MAX_LISTED_REJECTIONS:
        more = len(result.rejected) - MAX_LISTED_REJECTIONS
        lines.append(translate("ImportDialog", "… and {count} more").format(count=more))
    for path, reason in result.skipped[:MAX_LISTED_REJECTIONS]:
        lines.append(f"{path.name}: {translate_message(reason)}")
    if len(result.skipped) > MAX_LISTED_REJECTIONS:
        more = len(result.skipped) - MAX_LISTED_REJECTIONS
        lines.append(translate("ImportDialog", "… and {count} more skipped").format(count=more))
    return "\n".join(lines)


def _summary(result: ImportResult) -> str:
    if current_language() == "en":
        return result.summary()
    parts = [
        translate("ImportDialog", "{count} imported").format(count=len(result.imported)),
        translate("ImportDialog", "{count} already present").format(count=len(result.duplicates)),
        translate("ImportDialog", "{count} rejected").format(count=len(result.rejected)),
    ]
    if result.skipped:
        parts.append(translate("ImportDialog", "{count} skipped").format(count=len(result.skipped)))
    if result.cancelled:
        parts.append(translate("ImportDialog", "cancelled"))
    return "، ".join(parts)


def run_import(
    db: sqlite_utils.Database, parent: QWidget | None, settings: QSettings | None = None
) -> bool:
    """Ask, import, report. True when articles were added."""
    paths = choose_paths(parent, settings, db)
    if not paths:
        return False
    result = import_with_progress(db, paths, parent)
    QMessageBox.information(parent, translate("ImportDialog", "Import"), summary_text(result))
    return bool(result.imported)
