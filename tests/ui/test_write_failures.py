"""Claims, evidence and grades written while another program holds the file's lock.

Issue 13: no write from the window fails silently. Each is driven through the
window (keys and clicks) while a second connection holds ``BEGIN IMMEDIATE``;
the window says "Not saved", stores nothing, raises nothing, and the same action
works once the lock is gone. The window's busy timeout is shortened (a real
PRAGMA) so that a refused write takes 0.3 s, not 5 s.
"""

import sqlite3

from PySide6.QtCore import Qt

from reviewer.storage import claims as claim_store
from reviewer.storage import evidence as evidence_store

from .conftest import choose, click, key, select_words

HUNDREDS = "مئات المعتقلين"


def _window(qtbot, make_window, db_path):
    window = make_window(db_path)
    window._db.execute("PRAGMA busy_timeout = 300")
    key(qtbot, window.article_view, "N", "Ctrl")
    event_id = window.event_form.current_event_id()
    assert event_id is not None
    return window, event_id


def _locked(db_path) -> sqlite3.Connection:
    locker = sqlite3.connect(db_path, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    return locker


def test_adding_a_claim_while_locked_says_not_saved(qtbot, make_window, db_path):
    window, event_id = _window(qtbot, make_window, db_path)
    panel = window.side.claims
    select_words(qtbot, window.article_view, HUNDREDS)
    key(qtbot, window.article_view, "G", "Ctrl")
    choose(qtbot, panel.field, "Pr")
    locker = _locked(db_path)
    click(qtbot, panel.add_button)
    assert "Not saved" in panel.status.text() and "locked" in panel.status.text()
    locker.execute("ROLLBACK")
    locker.close()
    assert claim_store.list_claims(window._db, event_id) == []
    click(qtbot, panel.add_button)
    assert len(claim_store.list_claims(window._db, event_id)) == 1


def test_attaching_evidence_while_locked_says_not_saved(qtbot, make_window, db_path):
    window, event_id = _window(qtbot, make_window, db_path)
    window.event_form.focus_field("location")
    select_words(qtbot, window.article_view, HUNDREDS)
    window.article_view.setFocus()
    locker = _locked(db_path)
    key(qtbot, window.article_view, "E", "Ctrl")
    assert "Not saved" in window.statusBar().currentMessage()
    locker.execute("ROLLBACK")
    locker.close()
    assert evidence_store.list_evidence(window._db, event_id) == []
    key(qtbot, window.article_view, "E", "Ctrl")
    assert len(evidence_store.list_evidence(window._db, event_id)) == 1


def test_grading_while_locked_says_not_saved(qtbot, make_window, db_path):
    from reviewer.ui.grade_widget import GradeWidget

    window, _event_id = _window(qtbot, make_window, db_path)
    key(qtbot, window.article_view, "G", "Ctrl")  # Grade & claims
    [grade] = window.findChildren(GradeWidget)
    grade.setFocus()
    before = grade.code()
    locker = _locked(db_path)
    qtbot.keyClick(grade, Qt.Key.Key_3)
    assert not grade.error.isHidden() and "Not saved" in grade.error.text()
    assert grade.code() == before
    locker.execute("ROLLBACK")
    locker.close()
    qtbot.keyClick(grade, Qt.Key.Key_3)
    assert grade.code().endswith("3")


def test_undo_while_locked_says_why_and_leaves_the_data_as_stored(qtbot, make_window, db_path):
    window, event_id = _window(qtbot, make_window, db_path)
    form = window.event_form
    form.tags.setFocus()
    qtbot.keyClicks(form.tags, "kept")
    qtbot.keyClick(form.tags, Qt.Key.Key_Return)
    assert window._db.execute("SELECT tags FROM events WHERE id = ?", [event_id]).fetchone() == (
        "kept",
    )
    locker = _locked(db_path)
    key(qtbot, window.article_view, "Z", "Ctrl")
    message = window.statusBar().currentMessage()
    locker.execute("ROLLBACK")
    locker.close()
    assert "Could not" in message and "locked" in message
    stored = window._db.execute("SELECT tags FROM events WHERE id = ?", [event_id]).fetchone()
    assert stored == ("kept",)


def test_an_uncaught_database_error_is_said_in_one_line(qtbot, make_window, db_path, capsys):
    """The app's last net (ui.uncaught, installed by run_app) for any path not covered above."""
    from reviewer.ui import uncaught

    window = make_window(db_path)
    error = sqlite3.OperationalError("database or disk is full")
    line = uncaught.report(window, type(error), error, None)
    assert line.startswith("Not saved — ") and "disk is full" in line
    assert window.statusBar().currentMessage() == line
    assert "Traceback" not in capsys.readouterr().err
