"""The window's search runs off the GUI thread: newest answer only, stale ones stopped.

Driven by key events into the search box (Ctrl+F, typing, Return) on a real
project file; the worker's connection is a real SQLite connection. A test-only
hook (``search_worker.before_job``) makes a search slow inside SQLite, so that
the interrupt and the window's responsiveness meanwhile can be seen.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest

from reviewer.storage.articles import article_ids, get_article
from reviewer.ui import search_worker
from tests.ui.conftest import type_text
from tests.ui.test_export_background import Watchdog

# How long a test waits for a search to end: the searches take milliseconds, but a loaded
# CI machine (other suites, two cores) once needed longer than 3 s; waiting ends as soon as
# the condition holds, so a generous bound costs nothing on a quiet machine.
WAIT_MS = 20_000

# Counts to a billion inside SQLite: minutes, unless interrupted.
SLOW_SQL = (
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000)"
    " SELECT count(*) FROM n"
)


@pytest.fixture
def window(qtbot, make_window, db_path):
    window = make_window(db_path)
    bar = window.filter_bar
    qtbot.waitUntil(
        lambda: not bar.worker.busy() and bool(bar.progress_label.text()), timeout=WAIT_MS
    )
    yield window
    bar.worker.shut()
    bar.worker.wait_idle()


@pytest.fixture
def hook(monkeypatch):
    """Install a ``before_job`` hook for the test (removed after it)."""

    def install(function):
        monkeypatch.setattr(search_worker, "before_job", function)

    return install


def hook_slow_first_search(hook) -> tuple[threading.Event, list[str]]:
    """Make the first search count to a billion inside SQLite, until interrupted.

    Returns the event set when it has started and the list that gets the error
    SQLite raises when the count is interrupted.
    """
    started, stopped = threading.Event(), []

    def slow_first(conn_db):
        if not started.is_set():
            started.set()
            try:
                conn_db.execute(SLOW_SQL)
            except sqlite3.OperationalError as exc:
                stopped.append(str(exc))
                raise

    hook(slow_first)
    return started, stopped


def naming(db, word: str) -> set[int]:
    return {i for i in article_ids(db) if word in get_article(db, i).text}


def search(qtbot, window, text: str) -> None:
    """Ctrl+F, type ``text`` over what is there, Return."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.filter_bar.search_box
    assert box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Delete)  # Ctrl+F selected the old query
    type_text(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


def listed(window) -> set[int]:
    model = window.article_model
    return {model.article_id_at(r) for r in range(model.rowCount())}


def test_the_search_query_never_runs_on_the_gui_thread(qtbot, window):
    db = window._db
    expected = naming(db, "حمص")
    assert 0 < len(expected) < window.article_model.rowCount()
    on_gui = []
    db.conn.set_trace_callback(on_gui.append)
    try:
        search(qtbot, window, "حمص")
        qtbot.waitUntil(lambda: listed(window) == expected, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.filter_bar.worker.busy(), timeout=WAIT_MS)
        window.article_table.viewport().repaint()  # the hits list drawn: snippets too
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.current_article_id() == min(expected), timeout=WAIT_MS)
    finally:
        db.conn.set_trace_callback(None)
    assert not [sql for sql in on_gui if "article_search" in sql]
    # What the window showed before the worker existed is all still there.
    assert "حمص" in window.article_model.query().text
    assert window.article_view.highlights("search")  # the first hit, opened, is marked
    assert window.filter_bar.progress_label.text().startswith("coded ")


def test_typing_several_queries_fast_shows_only_the_last(qtbot, window, hook):
    db = window._db
    started = threading.Event()

    def slow_first(conn_db):
        if not started.is_set():
            started.set()
            conn_db.execute(SLOW_SQL)  # the first search would take minutes

    hook(slow_first)
    model = window.article_model
    installed = []
    model.modelReset.connect(lambda: installed.append(model.query().text))
    search(qtbot, window, "حماة")
    assert started.wait(5)
    search(qtbot, window, "معتقلين")
    search(qtbot, window, "حمص")
    expected = naming(db, "حمص")
    qtbot.waitUntil(lambda: bool(installed) and not window.filter_bar.searching(), timeout=WAIT_MS)
    qtbot.wait(200)  # a stale answer, had one been let through, would come now
    assert installed == ["حمص"]
    assert listed(window) == expected
    assert window.filter_bar.worker.jobs.interrupted >= 1


def test_a_slow_search_is_interrupted_and_the_window_keeps_responding(qtbot, window, hook):
    db = window._db
    started, stopped = hook_slow_first_search(hook)
    bar = window.filter_bar
    search(qtbot, window, "حماة")
    assert started.wait(5)
    # The GUI thread while SQLite counts: a watchdog ticks every 5 ms on the event loop.
    watchdog = Watchdog()
    watchdog.start()
    qtbot.waitUntil(bar.searching_label.isVisible, timeout=2000)
    opened = window.current_article_id()
    # The window still takes keys meanwhile: the next article opens.
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_article_id() != opened
    qtbot.wait(400)
    watchdog.stop()
    gap = watchdog.worst + Watchdog.TICK_MS  # the longest time between two ticks
    # Loose for a shared machine: a search on the GUI thread would stall it for seconds.
    assert watchdog.ticks > 21 and gap < 250, f"the GUI thread stalled {gap} ms"  # stop() ticks too
    assert not stopped and bar.searching()
    clock = QElapsedTimer()
    clock.start()
    search(qtbot, window, "حمص")
    qtbot.waitUntil(lambda: listed(window) == naming(db, "حمص"), timeout=WAIT_MS)
    assert clock.elapsed() < 3000  # not the minutes the first search would have taken
    assert stopped and "interrupt" in stopped[0]
    assert not bar.searching_label.isVisible()


def test_a_search_that_fails_says_so_in_one_line(qtbot, window, db_path, capfd):
    # The first article's suggestions are read from the file too (another process): read
    # while the file is away, their failure would take the status line from the search's.
    qtbot.waitUntil(lambda: not window.suggestion_fetcher.busy(), timeout=WAIT_MS)
    aside = db_path.with_name("moved.sqlite")
    db_path.rename(aside)  # the worker's connection cannot be opened now
    try:
        search(qtbot, window, "حمص")
        label = window.filter_bar.progress_label
        qtbot.waitUntil(lambda: label.text().startswith("Search failed"), timeout=WAIT_MS)
    finally:
        aside.rename(db_path)
    assert "\n" not in label.text() and str(db_path) in label.text()
    assert window.statusBar().currentMessage() == label.text()
    assert not window.filter_bar.searching_label.isVisible()
    assert "Traceback" not in capfd.readouterr().err
    search(qtbot, window, "حمص")  # the file is back: searching works again
    qtbot.waitUntil(lambda: listed(window) == naming(window._db, "حمص"), timeout=WAIT_MS)


def test_closing_the_window_stops_a_search_under_way(qtbot, window, hook):
    started, stopped = hook_slow_first_search(hook)
    search(qtbot, window, "حماة")
    assert started.wait(5)
    clock = QElapsedTimer()
    clock.start()
    assert window.close()  # as the close box does

    assert not window.filter_bar.worker.busy()  # its thread ended with the window
    assert clock.elapsed() < 3000 and stopped and "interrupt" in stopped[0]
