"""Starting the application: settings, the project file, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.errors import ReviewerError
from reviewer.project import open_project, resolve_db_path
from reviewer.storage.backups import backup_on_start
from reviewer.ui.about_dialog import app_icon
from reviewer.ui.analyst_name import ensure_analyst_name
from reviewer.ui.fonts import register_bundled_fonts
from reviewer.ui.main_window import MainWindow


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "reviewer", "reviewer")


def run_app(db_path: str | Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("reviewer")
    app.setOrganizationName("reviewer")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("io.github.reviewer.Reviewer")
    register_bundled_fonts()
    try:
        db = open_project(db_path, seed_sample=True)
    except ReviewerError as exc:
        QMessageBox.critical(None, "reviewer", str(exc))
        print(f"reviewer: {exc}", file=sys.stderr)
        return 2
    try:
        # The state before this session's edits, kept among the rotating backups.
        backup_on_start(db, resolve_db_path(db_path))
    except ReviewerError as exc:
        # A full or read-only disk must not stop the analyst from working; say so.
        print(f"reviewer: automatic backup failed: {exc}", file=sys.stderr)
    settings = make_settings()
    # Asked once and kept in settings: every change the analyst makes records it.
    user = ensure_analyst_name(settings)
    window = MainWindow(db, settings, user=user or None)
    window.show()
    code = app.exec()
    db.close()
    return code
