"""An older project's search index is rebuilt under a progress dialog, off the GUI
thread, and Cancel keeps the old file and its index (schema 12 fixture)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.storage.database import upgrade_due
from reviewer.storage.schema import SCHEMA_VERSION
from reviewer.ui.core_messages import error_text
from reviewer.ui.upgrade_dialog import run_upgrade, upgrade_if_due
from tests.core.test_upgrade_progress import OLD, add_articles, indexed

ARTICLES = 20_000  # about half a second of rebuilding here


@pytest.fixture
def old_project(fixture_copy):
    path = fixture_copy(OLD)
    add_articles(path, ARTICLES)
    return path


def version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def when_shown(is_it, then) -> None:
    """Call ``then(widget)`` once a top-level widget for which ``is_it`` holds is on screen."""

    def look():
        for widget in QApplication.topLevelWidgets():
            if is_it(widget) and widget.isVisible():
                then(widget)
                return
        QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)


def named(name: str):
    return lambda widget: widget.objectName() == name


def test_the_rebuild_shows_its_progress_and_the_window_stays_alive(qtbot, old_project):
    assert upgrade_due(old_project)
    values, ticks = [], []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))  # the event loop runs meanwhile
    timer.start()
    when_shown(named("upgradeProgress"), lambda d: d.bar.valueChanged.connect(values.append))
    assert run_upgrade(old_project) is None
    timer.stop()
    assert version(old_project) == SCHEMA_VERSION and not upgrade_due(old_project)
    assert values and max(values) == ARTICLES + 2  # the fixture's two and those added
    assert len(ticks) > 10
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_cancel_keeps_the_old_file_and_says_so_in_one_line(qtbot, old_project):
    before = indexed(old_project)
    said = []

    def cancel(dialog):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        when_shown(lambda w: isinstance(w, QMessageBox), close_message)

    def close_message(box):
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_shown(named("upgradeProgress"), cancel)
    assert upgrade_if_due(old_project) is False
    assert len(said) == 1 and "cancelled" in said[0] and "\n" not in said[0]
    assert version(old_project) == 12 and indexed(old_project) == before
    assert upgrade_due(old_project)  # updated the next time it is opened


def test_a_failed_update_is_one_line_too(qtbot, old_project):
    page = sqlite3.connect(old_project).execute("PRAGMA page_size").fetchone()[0]
    with open(old_project, "r+b") as damaged:  # a page overwritten: a disk fault
        damaged.seek(page * 3)
        damaged.write(b"\xff" * 200)
    outcome = run_upgrade(old_project)
    assert "damaged" in error_text(outcome) and "\n" not in error_text(outcome)
    assert version(old_project) == 12


def test_indexes_an_interrupted_import_left_missing_are_built_under_the_dialog(qtbot, tmp_path):
    """A large import killed while its indexes were dropped: the next opening builds
    them (seconds at a million articles) in the task under the dialog, not on the
    GUI thread."""
    from reviewer.project import open_project
    from reviewer.storage.database import close_database
    from reviewer.storage.deferred_indexes import DEFERRED_INDEXES, missing_indexes

    path = tmp_path / "project.sqlite"
    close_database(open_project(path, seed_sample=True))
    conn = sqlite3.connect(path)
    for name in DEFERRED_INDEXES:  # what a bulk import leaves if it is killed
        conn.execute(f"DROP INDEX {name}")
    conn.commit()
    conn.close()
    assert upgrade_due(path)
    shown = []
    when_shown(named("upgradeProgress"), shown.append)
    assert upgrade_if_due(path) is True
    assert shown  # the work ran under the dialog
    conn = sqlite3.connect(path)
    try:
        assert missing_indexes(conn) == []
    finally:
        conn.close()
    assert not upgrade_due(path)
