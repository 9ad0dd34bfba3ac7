"""A typed edit survives a database that cannot take it: kept, shown, retried, written.

The attack: another program holds the write lock (``BEGIN IMMEDIATE``, as a
long ``import-events`` did) while the analyst types. Before, the write failed
with "database is locked" after the busy timeout, the error escaped the slot
and the edit was gone without a word. Now the form says "Not saved —
retrying", keeps the edit, and writes it once the lock is released; closing
the window meanwhile asks.

Everything is driven through the window with input events. The window's busy
timeout is shortened (a real PRAGMA on its real connection) so that a failed
attempt takes 0.3 s rather than 5 s.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from reviewer.project import open_project
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, db_path):
    db = open_project(db_path, seed_sample=True)
    db.execute("PRAGMA busy_timeout = 300")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings, user="amal")
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.mouseClick(window.event_form.new_button, Qt.MouseButton.LeftButton)
    assert window.event_form.current_event_id() is not None
    yield window
    db.close()


def _stored_tags(db_path: Path, event_id: int) -> str | None:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT tags FROM events WHERE id = ?", [event_id]).fetchone()[0]
    finally:
        conn.close()


def _lock(db_path: Path) -> sqlite3.Connection:
    """Another program taking the write lock and keeping it."""
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    return locker


def _type_into_tags(qtbot, form, text: str) -> None:
    form.tags.setFocus()
    qtbot.waitUntil(form.tags.hasFocus)
    qtbot.keyClicks(form.tags, text)


def test_an_edit_typed_while_the_file_is_locked_is_kept_and_written_later(qtbot, window, db_path):
    form = window.event_form
    event_id = form.current_event_id()
    locker = _lock(db_path)
    _type_into_tags(qtbot, form, "held back")
    qtbot.waitUntil(lambda: "Not saved — retrying" in form.status.text(), timeout=5000)
    assert "locked" in form.status.text()
    assert form.has_unsaved()
    assert form.tags.text() == "held back"  # the typed text stays on screen
    assert _stored_tags(db_path, event_id) is None

    qtbot.wait(1500)  # a few retries fail while the lock is held; nothing is lost
    assert form.has_unsaved() and _stored_tags(db_path, event_id) is None

    locker.execute("ROLLBACK")
    locker.close()
    qtbot.waitUntil(lambda: _stored_tags(db_path, event_id) == "held back", timeout=15000)
    qtbot.waitUntil(lambda: form.status.text() == "Saved")
    assert not form.has_unsaved()
    assert window.undo_stack.count() >= 2  # creating the event, and the edit


def test_edits_made_while_locked_are_written_in_order(qtbot, window, db_path):
    form = window.event_form
    event_id = form.current_event_id()
    locker = _lock(db_path)
    _type_into_tags(qtbot, form, "first")
    qtbot.waitUntil(form.has_unsaved, timeout=5000)
    qtbot.keyClick(form.tags, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.tags, "second")
    qtbot.keyClick(form.tags, Qt.Key.Key_Return)  # editing finished: flush now
    qtbot.waitUntil(lambda: len(form.unsaved) == 2, timeout=5000)
    locker.execute("ROLLBACK")
    locker.close()
    qtbot.waitUntil(lambda: not form.has_unsaved(), timeout=15000)
    assert _stored_tags(db_path, event_id) == "second"


def _answer_close_dialogs(qtbot, *buttons: str) -> None:
    """Click one button of each unsaved-edits box shown next, in order (they are modal)."""
    answers, seen = list(buttons), []

    def click() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w not in seen
        ]
        if not boxes:
            QTimer.singleShot(50, click)
            return
        [box] = boxes
        seen.append(box)
        answer = answers.pop(0)
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == answer]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if answers:
            QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_closing_with_an_unsaved_edit_asks_and_cancel_keeps_it(qtbot, window, db_path):
    form = window.event_form
    event_id = form.current_event_id()
    locker = _lock(db_path)
    _type_into_tags(qtbot, form, "not yet")
    qtbot.waitUntil(form.has_unsaved, timeout=5000)

    _answer_close_dialogs(qtbot, "Cancel")
    window.close()
    assert window.isVisible() and form.has_unsaved()

    _answer_close_dialogs(qtbot, "Retry saving", "Cancel")  # still locked: asked again
    window.close()
    assert window.isVisible() and form.has_unsaved()

    locker.execute("ROLLBACK")
    locker.close()
    window.close()  # the lock is gone: written on closing, nothing asked
    assert not window.isVisible()
    assert _stored_tags(db_path, event_id) == "not yet"


def test_closing_and_choosing_discard_drops_only_what_was_not_saved(qtbot, window, db_path):
    form = window.event_form
    event_id = form.current_event_id()
    _type_into_tags(qtbot, form, "saved")
    qtbot.keyClick(form.tags, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored_tags(db_path, event_id) == "saved")
    locker = _lock(db_path)
    qtbot.keyClicks(form.tags, " and more")
    qtbot.waitUntil(form.has_unsaved, timeout=5000)
    _answer_close_dialogs(qtbot, "Discard")
    window.close()
    assert not window.isVisible()
    locker.execute("ROLLBACK")
    locker.close()
    assert _stored_tags(db_path, event_id) == "saved"
