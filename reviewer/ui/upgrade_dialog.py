"""Bringing an older project up to this version, under a progress dialog with Cancel.

A project made before schema 13 has its search index rebuilt from its
articles when this version first opens it: minutes at a million articles.
Done inside ``open_project`` on the GUI thread, that was a frozen, blank
start. Here it runs first, in a ``ProjectTask`` (a thread with a connection
of its own) that opens the file for writing, migrates it and closes it, under
a progress bar of the articles indexed. Cancel stops the rebuild; its
transaction rolls back, so the file keeps its older schema and its old index
and is updated the next time it is opened. The window then opens the file,
already current, as usual. The same dialog covers the article indexes a
killed large import left missing, which opening builds (seconds at a million
articles; ``storage.deferred_indexes``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from reviewer.errors import UpgradeCancelled
from reviewer.messages import Message
from reviewer.project import open_project
from reviewer.storage.database import close_database, upgrade_due
from reviewer.ui.background import ProjectTask, TaskProgress
from reviewer.ui.core_messages import error_text
from reviewer.ui.language import translate


def upgrade_if_due(path: Path, parent: QWidget | None = None) -> bool:
    """Migrate the project at ``path`` if it is older than this version; False when
    it could not be (cancelled, or failed: said in a message box)."""
    if not upgrade_due(path):
        return True
    outcome = run_upgrade(path, parent)
    if outcome is None:
        return True
    if isinstance(outcome, UpgradeCancelled):
        QMessageBox.information(parent, "reviewer", error_text(outcome))
    else:
        QMessageBox.critical(parent, "reviewer", error_text(outcome))
    return False


def run_upgrade(path: Path, parent: QWidget | None = None) -> BaseException | None:
    """Migrate under the progress dialog; None when done, else why not."""

    def work(_db, progress, cancelled) -> UpgradeCancelled | None:
        try:
            db = open_project(path, defer_full_check=True, progress=progress, cancelled=cancelled)
        except UpgradeCancelled as exc:  # its message says what state the file is in
            return exc
        close_database(db)
        return None

    task = ProjectTask(path, work)
    dialog = TaskProgress(
        translate("Upgrade", "Updating the project for this version of reviewer…"),
        translate("Upgrade", "Cancel"),
        parent,
    )
    dialog.setObjectName("upgradeProgress")
    dialog.setWindowTitle(translate("Upgrade", "Updating the project"))
    dialog.label.setWordWrap(True)
    dialog.follow(task)
    outcome: list[BaseException | None] = []
    task.succeeded.connect(outcome.append)  # None, or the cancel with its message
    task.failed.connect(outcome.append)
    task.cancelled.connect(lambda: outcome.append(cancelled_upgrade(path)))
    task.finished.connect(dialog.finish)
    task.start()
    dialog.exec()
    task.wait()
    return outcome[0] if outcome else None


def cancelled_upgrade(path: Path) -> UpgradeCancelled:
    return UpgradeCancelled(Message("db.upgrade_cancelled", path=path))
