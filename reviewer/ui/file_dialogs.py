"""File and folder dialogs that open where the analyst works, not where the app started.

The first time: the folder of the project file. Afterwards: the folder last chosen
in any of the window's dialogs (remembered in the settings), if it still exists.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from reviewer.errors import ReviewerError
from reviewer.storage.backups import project_path

LAST_FOLDER_KEY = "dialogs/lastFolder"


def start_folder(settings: QSettings | None, db: sqlite_utils.Database | None) -> str:
    """Where a dialog opens: the last folder used, else the project's, else home."""
    if settings is not None:
        last = str(settings.value(LAST_FOLDER_KEY, "") or "")
        if last and Path(last).is_dir():
            return last
    if db is not None:
        try:
            return str(project_path(db).parent)
        except (ReviewerError, OSError, ValueError):
            pass
    return str(Path.home())


def remember(settings: QSettings | None, chosen: str | Path) -> None:
    """Remember the folder of a choice (a folder, or a file's folder)."""
    if settings is None or not str(chosen):
        return
    path = Path(chosen)
    settings.setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))


def choose_folder(
    parent: QWidget | None,
    title: str,
    settings: QSettings | None,
    db: sqlite_utils.Database | None,
    start: str = "",
) -> str:
    """A folder chosen by the analyst ('' when cancelled), opening at ``start`` or as above."""
    folder = QFileDialog.getExistingDirectory(parent, title, start or start_folder(settings, db))
    if folder:
        remember(settings, folder)
    return folder


def choose_files(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    settings: QSettings | None,
    db: sqlite_utils.Database | None,
) -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(settings, db), name_filter)
    if names:
        remember(settings, names[0])
    return list(names)
