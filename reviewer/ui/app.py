"""Starting the application: settings, the project file, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.errors import ReviewerError
from reviewer.project import open_project, resolve_db_path
from reviewer.storage.database import close_database
from reviewer.ui import uncaught
from reviewer.ui.about_dialog import app_icon
from reviewer.ui.analyst_name import ensure_analyst_name
from reviewer.ui.arabic_keys import install_arabic_shortcuts
from reviewer.ui.core_messages import error_text, translate_message
from reviewer.ui.file_tasks import StartupFileTasks
from reviewer.ui.fonts import register_bundled_fonts
from reviewer.ui.language import DIGITS_KEY, choose_language, install_language, translate
from reviewer.ui.main_window import MainWindow
from reviewer.ui.upgrade_dialog import upgrade_if_due


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "reviewer", "reviewer")


def run_app(db_path: str | Path | None, *, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    settings = make_settings()
    # Before any widget exists, so every label is created translated and mirrored.
    install_language(
        choose_language(settings, language),
        arabic_digits=settings.value(DIGITS_KEY, False, type=bool),
    )
    install_arabic_shortcuts(app)
    app.setApplicationName("reviewer")
    app.setOrganizationName("reviewer")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("io.github.reviewer.Reviewer")
    register_bundled_fonts()
    # An older project is brought up to date first, under a progress dialog.
    if not upgrade_if_due(resolve_db_path(db_path)):
        return 1
    try:
        # The whole-file check runs after the first paint (StartupFileTasks).
        db = open_project(db_path, seed_sample=True, defer_full_check=True)
    except ReviewerError as exc:
        QMessageBox.critical(None, "reviewer", error_text(exc))
        print(f"reviewer: {exc}", file=sys.stderr)
        return 2
    # Asked once and kept in settings: every change the analyst makes records it.
    user = ensure_analyst_name(settings)
    window = MainWindow(db, settings, user=user or None)
    shown = _ShownWindow(window)  # View → Language builds the window again
    window.show()
    # The damage check, then the state before this session's edits kept among the
    # rotating backups: both read the whole file, so off the GUI thread. Not a
    # child of the window, which a language switch replaces.
    tasks = StartupFileTasks(resolve_db_path(db_path))
    tasks.damaged.connect(lambda message: _refuse_damaged(shown.window, message))
    tasks.backup_failed.connect(
        # A full or read-only disk must not stop the analyst from working; say so.
        lambda message: shown.window.statusBar().showMessage(
            translate("MainWindow", "Automatic backup failed: {reason}").format(
                reason=translate_message(message)
            ),
            15_000,
        )
    )
    tasks.start()
    code = app.exec()
    tasks.wait()
    close_database(db)  # checkpointed: the project is one file again
    return code


class _ShownWindow:
    """The main window now on screen: the one built last (View → Language replaces it)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._follow(window)

    def _follow(self, window: MainWindow) -> None:
        self.window = window
        uncaught.install(window)
        window.replaced.connect(self._follow)


def _refuse_damaged(window: MainWindow, message: str) -> None:
    """Damage found after the window opened: say so, and close without writing more."""
    print(f"reviewer: {message}", file=sys.stderr)
    QMessageBox.critical(
        window,
        "reviewer",
        translate(
            "App", "{problem}. The window will close; the file was not changed further."
        ).format(problem=translate_message(message)),
    )
    window.close()
