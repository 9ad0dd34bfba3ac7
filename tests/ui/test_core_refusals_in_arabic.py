"""Refusals of the core that used to be plain English reach the Arabic window translated.

Driven by input events: the File menu opened and its Merge entry clicked with
the mouse (the file chooser stood in for, as in test_team_window), the
"my coding is done" shortcut typed; the text checked is the one on screen
(the message box's, the status bar's).
"""

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from reviewer.project import Project
from reviewer.storage.events import create_event
from reviewer.storage.schema import SCHEMA_VERSION
from reviewer.ui.main_window import MainWindow
from tests.team.conftest import HAMA_TAKEOVER

LRI, PDI = "\u2066", "\u2069"  # a path or code keeps its order inside Arabic text


@pytest.fixture
def lina_window(qtbot, settings, tmp_path):
    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    window = MainWindow(lina.db, settings, user="Lina")
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    yield lina, window
    lina.db.close()


def _read_next_message_box(shown: list) -> None:
    """Poll (inside the box's own event loop) for the warning, keep its text, click OK."""

    def poll() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(50, poll)
            return
        shown.append(box.text())
        button = box.buttons()[0]
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, poll)


def _merge_through_the_menu(qtbot, window, monkeypatch, path) -> str:
    """File → Merge… by mouse; returns the warning the window shows."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    bar = window.menuBar()
    file_menu = bar.findChild(QMenu, "fileMenu")
    wanted = QCoreApplication.translate("TeamWindow", "&Merge a colleague's project…")
    assert wanted.startswith("&دمج")  # the menu is in Arabic
    merge = next(a for a in file_menu.actions() if a.text() == wanted)
    shown: list = []
    _read_next_message_box(shown)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
    )
    qtbot.waitUntil(file_menu.isVisible)
    qtbot.mouseClick(
        file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(merge).center()
    )
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # the merge runs in a thread
    return shown[0]


def test_merging_a_newer_file_is_refused_in_arabic(
    qtbot, arabic, lina_window, tmp_path, monkeypatch
):
    lina, window = lina_window
    newer = tmp_path / "omar.sqlite"
    Project.open(newer, analyst="Omar", seed_sample=False).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = lina.db.execute("SELECT count(*) FROM events").fetchone()
    text = _merge_through_the_menu(qtbot, window, monkeypatch, newer)
    assert "كتبه إصدار أحدث من البرنامج" in text and "حدّث البرنامج لدمجه" in text, text
    assert f"{LRI}{newer}{PDI}" in text and f"{LRI}{SCHEMA_VERSION + 1}{PDI}" in text
    assert "newer version" not in text
    assert lina.db.execute("SELECT count(*) FROM events").fetchone() == before


def test_merging_another_programs_file_or_the_project_itself_is_refused_in_arabic(
    qtbot, arabic, lina_window, tmp_path, monkeypatch
):
    lina, window = lina_window
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    text = _merge_through_the_menu(qtbot, window, monkeypatch, foreign)
    assert text == f"{LRI}{foreign}{PDI}: ليس ملف مشروع لهذا البرنامج", text
    text = _merge_through_the_menu(qtbot, window, monkeypatch, lina.path)
    assert "هو هذا المشروع نفسه" in text and "same project" not in text, text


def test_marking_unassigned_coding_done_is_refused_in_arabic(qtbot, arabic, lina_window):
    lina, window = lina_window
    article = lina.db.execute("SELECT min(id) FROM articles").fetchone()[0]
    create_event(lina.db, article, user="Lina", **HAMA_TAKEOVER)
    table = window.article_table
    rect = table.visualRect(window.article_model.index(window.article_model.row_of(article), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article_id() == article
    QTest.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # Team → My coding is done, on an article nobody assigned to Lina
    shown = window.statusBar().currentMessage()
    assert shown == f"المقال {LRI}{article}{PDI} غير مسند إلى {LRI}Lina{PDI}", shown
    assert lina.db.execute("SELECT count(*) FROM assignments").fetchone() == (0,)


def test_an_import_events_rows_reason_reads_in_arabic(arabic, tmp_path):
    """The window does not import event CSVs yet; their row reasons translate all the same."""
    from reviewer.importing.events_csv import import_events_csv
    from reviewer.storage.database import open_database
    from reviewer.ui.core_messages import translate_message

    csv_file = tmp_path / "events.csv"
    csv_file.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type\nSYR1,2024-12-01,,\n",
        encoding="utf-8",
    )
    db = open_database(tmp_path / "p.sqlite")
    [(row, reason)] = import_events_csv(db, csv_file).rejected
    db.close()
    assert row == 2
    assert reason.startswith("status 'coded' (no x_status): missing event type (event_type), ")
    shown = translate_message(reason)
    assert "ينقصه" in shown and "نوع الحدث" in shown and "event type" not in shown, shown
    assert f"({LRI}event_type{PDI})" in shown  # the CSV's column, as written in the file
