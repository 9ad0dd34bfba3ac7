"""Suggestions on a long article are worked out off the GUI thread (issue 19):
opening it does not freeze the window, they appear when ready, and an answer for
an article left meanwhile is never shown on another."""

from pathlib import Path

import pytest

from tests.ui.conftest import key, open_article
from tests.ui.test_export_background import STALL_MS, Watchdog


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


def test_a_long_articles_suggestions_come_off_the_gui_thread(
    qtbot, make_window, db_path, long_article
):
    """Measured twice if need be, as the import is (see test_export_background)."""
    from reviewer.ui.suggestion_fetch import THREAD_FROM_CHARS

    window = make_window(db_path)
    watchdog = Watchdog()
    stalls = []
    for _attempt in range(2):
        watchdog.start()
        open_article(qtbot, window, long_article)
        assert len(window.article_view.text()) > THREAD_FROM_CHARS
        assert window.suggestions.suggestions() == []  # not yet: the window did not wait
        qtbot.waitUntil(lambda: window.suggestions.suggestions() != [], timeout=30_000)
        watchdog.stop()
        print(f"long article: {watchdog.took} ms, longest stall {watchdog.worst} ms")
        kinds = {s.kind for s in window.suggestions.suggestions()}
        assert {"place", "actor"} <= kinds
        stalls.append(watchdog.worst)
        if watchdog.worst < STALL_MS:
            break
        key(qtbot, window.article_view, "PageUp", "Ctrl")  # away, to open it again
    assert min(stalls) < STALL_MS, f"the GUI thread stalled {stalls} ms"


def test_an_answer_for_an_article_left_is_dropped(qtbot, make_window, db_path, long_article):
    window = make_window(db_path)
    open_article(qtbot, window, long_article)
    fetcher = window.suggestion_fetcher
    assert fetcher.busy()
    key(qtbot, window.article_view, "PageUp", "Ctrl")  # Go > previous article, at once
    short = window.current_article_id()
    assert short != long_article
    shown_for_short = window.suggestions.suggestions()
    assert shown_for_short  # a short article's are there at once
    qtbot.waitUntil(lambda: not fetcher.busy(), timeout=30_000)
    assert window.suggestions.suggestions() == shown_for_short  # the long one's never came
    assert max(s.end for s in shown_for_short) <= len(window.article_view.text())
