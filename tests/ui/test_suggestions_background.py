"""Suggestions are worked out off the GUI thread, for every article (issue 19, and the
GUI-stall benchmark): opening an article returns to the event loop before they come,
they appear without any action when ready, and an answer for an article left meanwhile
is never shown on another."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from tests.ui.conftest import key, open_article, wait_for_suggestions
from tests.ui.test_export_background import Watchdog, runs_until_no_stall


@pytest.fixture
def long_article(db_path, tmp_path) -> int:
    """A project with the samples and one long report (the corpus eight times over)."""
    from reviewer.importing.corpus_import import import_paths
    from reviewer.project import open_project

    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path("corpus").glob("*.txt")))
    path = tmp_path / "long.txt"
    path.write_text("تقرير طويل\n" + (texts + "\n") * 4, encoding="utf-8")
    db = open_project(db_path, seed_sample=True)
    import_paths(db, [path])
    article_id = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    db.close()
    return article_id


def _keys(window, article_id: int) -> set:
    """What the suggesters find on ``article_id``, worked out here (not by the window)."""
    from reviewer.suggest.engine import suggest_article

    return {s.key for s in suggest_article(window._db, article_id)}


def test_an_ordinary_articles_suggestions_come_after_the_window_returns(
    qtbot, make_window, db_path
):
    """A short sample report too: the click returns before they are worked out, and
    they appear by themselves (before, a report under 10,000 characters was suggested
    on the GUI thread inside the click: 13-25 ms for 2,600 characters)."""
    window = make_window(db_path)
    article_id = window.article_model.article_id_at(1)
    open_article(qtbot, window, article_id)
    assert len(window.article_view.text()) < 10_000
    assert window.suggestion_fetcher.busy()
    assert window.suggestions.suggestions() == []  # not yet: the window did not wait
    with qtbot.waitSignal(window.suggestion_fetcher.shown, timeout=30_000) as shown:
        pass
    assert shown.args == [article_id]
    assert {s.key for s in window.suggestions.suggestions()} == _keys(window, article_id) != set()


def test_a_long_articles_suggestions_come_off_the_gui_thread(
    qtbot, make_window, db_path, long_article
):
    """Measured twice if need be, as the import is (``runs_until_no_stall``)."""
    window = make_window(db_path)
    watchdog = Watchdog()

    def open_once(attempt: int) -> None:
        if attempt:
            key(qtbot, window.article_view, "PageUp", "Ctrl")  # away, to open it again
        watchdog.start()
        open_article(qtbot, window, long_article)
        assert len(window.article_view.text()) > 10_000
        assert window.suggestions.suggestions() == []  # not yet: the window did not wait
        qtbot.waitUntil(lambda: window.suggestions.suggestions() != [], timeout=30_000)
        watchdog.stop()
        print(f"long article: {watchdog.took} ms, longest stall {watchdog.worst} ms")
        kinds = {s.kind for s in window.suggestions.suggestions()}
        assert {"place", "actor"} <= kinds

    runs_until_no_stall(watchdog, open_once)


def test_an_answer_for_an_article_left_is_dropped(qtbot, make_window, db_path, long_article):
    window = make_window(db_path)
    open_article(qtbot, window, long_article)
    fetcher = window.suggestion_fetcher
    assert fetcher.busy()
    key(qtbot, window.article_view, "PageUp", "Ctrl")  # Go > previous article, at once
    short = window.current_article_id()
    assert short != long_article
    assert window.suggestions.suggestions() == []
    wait_for_suggestions(qtbot, window)
    shown_for_short = window.suggestions.suggestions()
    assert (
        {s.key for s in shown_for_short} == _keys(window, short) != set()
    )  # the long one's never came
    assert max(s.end for s in shown_for_short) <= len(window.article_view.text())


def test_a_quick_switch_never_shows_the_first_articles_suggestions(qtbot, make_window, db_path):
    """Sampled every millisecond while the answers come: whatever is shown belongs to
    the article open at that moment, first after a switch nothing."""
    window = make_window(db_path)
    first, second = window.article_model.article_id_at(0), window.article_model.article_id_at(1)
    wanted = {first: _keys(window, first), second: _keys(window, second)}
    assert wanted[first] and wanted[second] and wanted[first] != wanted[second]
    open_article(qtbot, window, first)
    wait_for_suggestions(qtbot, window)
    assert {s.key for s in window.suggestions.suggestions()} == wanted[first]

    key(qtbot, window.article_view, "PageDown", "Ctrl")  # Go > next article
    assert window.current_article_id() == second
    assert window.suggestions.suggestions() == []  # the first one's went with its text
    wait_for_suggestions(qtbot, window)
    key(qtbot, window.article_view, "PageUp", "Ctrl")  # back: the first one's worked out,
    key(qtbot, window.article_view, "PageDown", "Ctrl")  # and left before it comes
    assert window.current_article_id() == second
    assert window.suggestions.suggestions() == []
    seen = []

    def sample():
        seen.append(
            (window.current_article_id(), {s.key for s in window.suggestions.suggestions()})
        )

    sampler = QTimer(interval=1)
    sampler.timeout.connect(sample)
    sampler.start()
    wait_for_suggestions(qtbot, window)
    sampler.stop()
    sample()
    assert all(article == second for article, _shown in seen)
    assert all(shown in (set(), wanted[second]) for _article, shown in seen), "a stale answer"
    assert seen[-1][1] == wanted[second]


def test_suggestions_survive_the_worker_dying_at_any_moment(qtbot, make_window, db_path):
    """The worker process killed for real, then articles opened at once: whatever it
    had not answered is worked out another way (a new worker, or a thread)."""
    from reviewer.ui.suggestion_process import shared_process

    window = make_window(db_path)
    wait_for_suggestions(qtbot, window)
    for _round in range(2):
        key(qtbot, window.article_view, "PageDown", "Ctrl")
        worker = shared_process()._process
        if worker is not None:
            worker.kill()
        wait_for_suggestions(qtbot, window)
        shown = {s.key for s in window.suggestions.suggestions()}
        assert shown == _keys(window, window.current_article_id()) != set()


def test_where_no_worker_runs_a_thread_works_them_out(qtbot, db_path):
    """A worker that dies at once every time (as a frozen build's would): after a few
    tries none is started again, and every answer still comes, from a thread."""
    from reviewer.project import open_project
    from reviewer.suggest.engine import suggest_article
    from reviewer.ui.suggestion_fetch import SuggestionFetcher
    from reviewer.ui.suggestion_process import MAX_STARTS, SuggestionProcess

    db = open_project(db_path, seed_sample=True)
    dying = SuggestionProcess("import sys; sys.exit(3)")
    shown, failures = [], []
    fetcher = SuggestionFetcher(db, shown.append, failures.append, process=dying)
    try:
        for article_id in (1, 2, 3, 1, 2):
            fetcher.fetch(article_id)
            qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
            assert shown[-1] == suggest_article(db, article_id) != []
        assert failures == []
        assert not dying.usable() and dying._starts == MAX_STARTS
    finally:
        dying.close()
        db.close()


def test_a_failure_in_the_worker_is_said_not_lost(qtbot, db_path):
    """The worker's error comes back to the window's ``failed`` (shown in the status bar
    there, in one line): here an article that is not in the file."""
    from reviewer.project import open_project
    from reviewer.ui.core_messages import error_text
    from reviewer.ui.suggestion_fetch import SuggestionFetcher

    db = open_project(db_path, seed_sample=True)
    shown, failures = [], []
    fetcher = SuggestionFetcher(db, shown.append, failures.append)
    try:
        fetcher.fetch(999_999)
        qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
        assert shown == [[]]  # cleared at the request, nothing after
        [error] = failures
        assert "999999" in error_text(error).replace(",", "") and "\n" not in error_text(error)
    finally:
        db.close()


def test_nothing_is_asked_before_the_window_is_first_painted(qtbot, db_path, settings):
    """Starting the worker (a process) competed with the window's own start: the first
    article's suggestions are asked for once the article has been painted."""
    from reviewer.project import open_project
    from reviewer.ui.main_window import MainWindow

    db = open_project(db_path, seed_sample=True)
    window = MainWindow(db, settings)
    try:
        qtbot.addWidget(window)
        fetcher = window.suggestion_fetcher
        assert window.current_article_id() is not None  # the first article is open
        assert fetcher.busy() and fetcher._running is None  # wanted, not asked yet
        window.show()
        qtbot.waitExposed(window)
        wait_for_suggestions(qtbot, window)
        assert {s.key for s in window.suggestions.suggestions()} == _keys(
            window, window.current_article_id()
        )
    finally:
        window.close()
        db.close()


# A worker that takes a request and never answers.
HANGS = "import sys, time\nsys.stdin.buffer.read(1)\ntime.sleep(600)"


def test_a_hung_worker_is_killed_said_once_and_its_request_worked_out_in_a_thread(qtbot, db_path):
    """A real worker that reads a request and never answers: after the deadline it is
    killed, the window is told once in one line, and the suggestions still come (from
    a thread). Before, the request waited for ever and every later one behind it."""
    from reviewer.project import open_project
    from reviewer.suggest.engine import suggest_article
    from reviewer.ui.core_messages import error_text
    from reviewer.ui.suggestion_fetch import SuggestionFetcher
    from reviewer.ui.suggestion_process import ANSWER_DEADLINE_S, SuggestionProcess

    assert 5 <= ANSWER_DEADLINE_S <= 30  # generous: a 100,000-character article takes ~1 s
    db = open_project(db_path, seed_sample=True)
    hanging = SuggestionProcess(HANGS, deadline_s=1.0)
    shown, failures = [], []
    fetcher = SuggestionFetcher(db, shown.append, failures.append, process=hanging)
    try:
        fetcher.fetch(1)
        worker = hanging._process
        assert worker is not None and worker.poll() is None
        qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
        assert worker.wait(timeout=5) != 0  # killed, not left hanging
        assert shown[-1] == suggest_article(db, 1) != []
        [said] = [error_text(error) for error in failures]
        assert "1 s" in said and "\n" not in said
        qtbot.wait(1500)  # past another deadline: nothing more is said
        assert len(failures) == 1
        assert hanging.usable()  # a hang is no reason to give up on workers
    finally:
        hanging.close()
        db.close()


def _worker_of(process):
    """The Popen of ``process``'s live worker (None between workers)."""
    return process._process


def test_a_long_article_superseded_restarts_the_worker(qtbot, db_path, long_article):
    """The worker is working on a long article when another is asked for: it is killed
    and a new one answers the new request, instead of the new one waiting for the long
    one's suggestions, which nobody will see (about 0.6 s at 50,000 characters)."""
    from reviewer.project import open_project
    from reviewer.suggest.engine import suggest_article
    from reviewer.ui.suggestion_fetch import SuggestionFetcher
    from reviewer.ui.suggestion_process import RESTART_ABOVE_CHARS, SuggestionProcess

    db = open_project(db_path)
    long_text = db.execute("SELECT text FROM articles WHERE id = ?", [long_article]).fetchone()[0]
    assert len(long_text) > RESTART_ABOVE_CHARS
    process = SuggestionProcess()
    shown, failures = [], []
    fetcher = SuggestionFetcher(db, shown.append, failures.append, process=process)
    try:
        fetcher.fetch(1, 2_000)  # warm: the worker started and answering
        qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
        first = _worker_of(process)
        fetcher.fetch(long_article, len(long_text))
        qtbot.wait(50)
        fetcher.fetch(2, 2_000)  # the long one superseded while worked on
        assert first.wait(timeout=5) != 0  # killed at once, not left to finish
        second = _worker_of(process)
        assert second is not None and second is not first
        qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
        assert shown[-1] == suggest_article(db, 2) != []
        assert all(max((s.end for s in found), default=0) <= 5_000 for found in shown)
        assert failures == [] and fetcher.task is None  # answered by the new worker
        assert _worker_of(process) is second
    finally:
        process.close()
        db.close()


def test_a_short_article_superseded_keeps_the_worker(qtbot, db_path):
    """Below the threshold the rest of the article costs less than a new worker's start
    (about 0.2 s): the worker finishes it and the answer is dropped."""
    from reviewer.project import open_project
    from reviewer.suggest.engine import suggest_article
    from reviewer.ui.suggestion_fetch import SuggestionFetcher
    from reviewer.ui.suggestion_process import SuggestionProcess

    db = open_project(db_path, seed_sample=True)
    process = SuggestionProcess()
    shown, failures = [], []
    fetcher = SuggestionFetcher(db, shown.append, failures.append, process=process)
    try:
        fetcher.fetch(1, 2_000)
        worker = _worker_of(process)
        fetcher.fetch(2, 2_000)
        qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
        assert _worker_of(process) is worker and worker.poll() is None
        assert shown == [[], [], suggest_article(db, 2)]  # article 1's never shown
    finally:
        process.close()
        db.close()


def test_a_restart_keeps_another_windows_request(qtbot, db_path, long_article):
    """Two windows share the worker: one's long article is cancelled while the other's
    request waits behind it; the other's is sent to the new worker and answered there."""
    from reviewer.project import open_project
    from reviewer.suggest.engine import suggest_article
    from reviewer.ui.suggestion_fetch import SuggestionFetcher
    from reviewer.ui.suggestion_process import SuggestionProcess

    db = open_project(db_path)
    long_length = len(
        db.execute("SELECT text FROM articles WHERE id = ?", [long_article]).fetchone()[0]
    )
    process = SuggestionProcess()
    shown_a, shown_b, failures = [], [], []
    a = SuggestionFetcher(db, shown_a.append, failures.append, process=process)
    b = SuggestionFetcher(db, shown_b.append, failures.append, process=process)
    threads_b = []
    b.shown.connect(lambda _id: threads_b.append(b.task))
    try:
        a.fetch(long_article, long_length)
        b.fetch(3, 2_000)  # queued behind the long one
        first = _worker_of(process)
        a.fetch(1, 2_000)
        assert first.wait(timeout=5) != 0
        qtbot.waitUntil(lambda: not (a.busy() or b.busy()), timeout=30_000)
        assert shown_a[-1] == suggest_article(db, 1) != []
        assert shown_b[-1] == suggest_article(db, 3) != []
        assert threads_b == [None] and failures == []  # from the new worker, not a thread
    finally:
        process.close()
        db.close()


def test_a_hung_worker_is_said_once_in_the_windows_status_line(
    qtbot, make_window, db_path, monkeypatch
):
    """The window's own worker hangs (a real process that never answers, the program's
    shared one for this test): its status line says so once, the way other failures
    are said, and the open article's suggestions come all the same."""
    import reviewer.ui.suggestion_process as suggestion_process

    hanging = suggestion_process.SuggestionProcess(HANGS, deadline_s=1.0)
    monkeypatch.setattr(suggestion_process, "_shared", hanging)
    try:
        window = make_window(db_path)
        said = []
        window.statusBar().messageChanged.connect(said.append)
        wait_for_suggestions(qtbot, window)
        expected = window.suggestion_fetcher._hung_text(1.0)
        assert said.count(expected) == 1 and "\n" not in expected
        shown = {s.key for s in window.suggestions.suggestions()}
        assert shown == _keys(window, window.current_article_id()) != set()
    finally:
        hanging.close()
