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
from tests.team.conftest import HAMA_TAKEOVER
from tests.ui.conftest import show_window

LRI, PDI = "\u2066", "\u2069"  # a path or code keeps its order inside Arabic text


@pytest.fixture
def lina_window(qtbot, settings, tmp_path):
    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    window = show_window(qtbot, lina.db, settings, "Lina")
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


def _without_isolates(text: str) -> str:
    """``text`` with every isolated code, path or figure taken out (they stay as they are)."""
    import re

    return re.sub(f"{LRI}[^{PDI}]*{PDI}", "", text)


def test_a_merges_summary_is_shown_in_arabic(qtbot, arabic, lina_window, tmp_path, monkeypatch):
    """File → Merge by mouse: the summary (tables, renamed code, grades) is Arabic, line by line."""
    from reviewer.storage.sources import set_reliability

    lina, window = lina_window
    omar = Project.open(tmp_path / "omar.sqlite", analyst="Omar", seed_sample=True)
    article = omar.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    create_event(omar.db, article, user="Omar", **HAMA_TAKEOVER)  # RVW1 there …
    create_event(lina.db, article, user="Lina", **HAMA_TAKEOVER)  # … and RVW1 here
    outlet = omar.db.execute("SELECT id FROM sources ORDER BY id").fetchone()[0]
    set_reliability(omar.db, outlet, "B")
    set_reliability(lina.db, outlet, "D")
    omar.close()
    text = _merge_through_the_menu(qtbot, window, monkeypatch, omar.path)
    lines = text.splitlines()
    assert lines[0] == f"دُمج {LRI}{omar.path}{PDI}", text
    assert f"  الأحداث: أُضيف {LRI}1{PDI}" in lines and f"  التقارير: أُضيف {LRI}1{PDI}" in lines
    assert any(line.startswith("  سجل التغييرات: ") for line in lines), text
    assert f"  رمز الحدث {LRI}RVW1{PDI} مستخدم هنا: أُدخل باسم {LRI}RVW2{PDI}" in lines, text
    assert any("تقديرها" in line and f"{LRI}B{PDI}" in line for line in lines), text
    # no English sentence or table name is left: only isolated paths, codes and figures
    assert not any(ch.isascii() and ch.isalpha() for ch in _without_isolates(text)), text
    assert window.statusBar().currentMessage() == lines[-1]
    assert lina.db.execute("SELECT count(*) FROM events").fetchone() == (2,)


def test_unknown_tables_stay_codes_and_a_raw_sqlite_error_keeps_its_text(arabic):
    """A table no translation knows is shown as its isolated code; SQLite's own words are data."""
    from reviewer.messages import Message, table_name
    from reviewer.ui.core_messages import translate_message

    added = Message("merge.added", table=table_name("x_new_table"), count=2)
    assert translate_message(added) == f"{LRI}x_new_table{PDI}: أُضيف {LRI}2{PDI}"
    stopped = Message("merge.sqlite_error", path="/tmp/o.sqlite", reason="disk I/O error")
    assert str(stopped) == "/tmp/o.sqlite: the merge stopped on a database error (disk I/O error)"
    assert translate_message(stopped) == (
        f"{LRI}/tmp/o.sqlite{PDI}: توقف الدمج بسبب خطأ في قاعدة البيانات ({LRI}disk I/O error{PDI})"
    )
