"""A project file that cannot be read any more, met while the window is open, is named.

The window opened the project; then another program put something else at its
name (a sync tool's copy, a file written over it). The window's own connection
still reads the file it opened, but a search and an article's suggestions are
read afresh from the path, off the GUI thread: SQLite then says only "file is
not a database". The analyst must learn which file, in one line. Driven as a
person meets it: the query typed into the search box, an article's row clicked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import open_article, wait_for_suggestions
from tests.ui.test_search_worker import WAIT_MS, search

LRI, PDI = "\u2066", "\u2069"  # a path keeps its order inside Arabic text


def put_another_file_at(path: Path) -> None:
    """Another program's file where the project was (the window keeps the one it opened).

    The project's journal goes too (as when its folder is replaced): left beside the new
    file, SQLite would read the project's pages from it and never see the new file.
    """
    for name in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
        name.unlink(missing_ok=True)
    path.write_bytes(b"meeting notes, not a project\n" * 200)


@pytest.fixture
def window(qtbot, make_window, db_path):
    window = make_window(db_path)
    wait_for_suggestions(qtbot, window)  # the first article's, read before the file goes
    qtbot.waitUntil(lambda: not window.filter_bar.worker.busy(), timeout=WAIT_MS)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    window.said = said
    yield window
    window.filter_bar.worker.shut()
    window.filter_bar.worker.wait_idle()


def test_a_search_after_the_file_was_replaced_names_the_file(qtbot, window, db_path, capfd):
    list_width = window.splitter.sizes()[0]
    put_another_file_at(db_path)
    search(qtbot, window, "حمص")
    label = window.filter_bar.progress_label
    qtbot.waitUntil(lambda: label.text().startswith("Search failed"), timeout=WAIT_MS)
    line = label.text()
    assert line == (
        f"Search failed: {db_path}: the project file cannot be read (file is not a database)"
    )
    assert window.said == [line]  # the status line says it too, once
    assert not window.filter_bar.searching_label.isVisible()
    assert "Traceback" not in capfd.readouterr().err
    qtbot.wait(50)  # laid out again
    # The long line wraps in the list's pane, not widen it (the article's text would shrink).
    assert window.splitter.sizes()[0] == list_width
    assert label.toolTip() == line


def test_an_articles_suggestions_after_the_file_was_replaced_name_the_file(
    qtbot, window, db_path, capfd
):
    other = window.article_model.article_id_at(1)
    put_another_file_at(db_path)
    open_article(qtbot, window, other)  # the row clicked: its text comes, suggestions cannot
    wait_for_suggestions(qtbot, window)
    assert window.said == [
        f"Suggestions failed: {db_path}: the project file cannot be read (file is not a database)"
    ]
    assert window.suggestions.suggestions() == []
    assert "Traceback" not in capfd.readouterr().err


def test_where_no_worker_runs_the_threads_failure_names_the_file_too(
    qtbot, make_window, db_path, monkeypatch
):
    """Suggestions worked out in a thread (a frozen build, a worker that keeps dying)."""
    import reviewer.ui.suggestion_process as suggestion_process

    dying = suggestion_process.SuggestionProcess("import sys; sys.exit(3)")
    monkeypatch.setattr(suggestion_process, "_shared", dying)
    try:
        window = make_window(db_path)
        wait_for_suggestions(qtbot, window)
        said: list[str] = []
        window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
        other = window.article_model.article_id_at(1)
        put_another_file_at(db_path)
        open_article(qtbot, window, other)
        wait_for_suggestions(qtbot, window)
        assert said == [
            f"Suggestions failed: {db_path}: the project file cannot be read"
            " (file is not a database)"
        ]
    finally:
        dying.close()


def test_in_arabic_the_line_is_translated_and_still_names_the_file(qtbot, arabic, window, db_path):
    put_another_file_at(db_path)
    search(qtbot, window, "حمص")
    label = window.filter_bar.progress_label
    qtbot.waitUntil(lambda: label.text().startswith("تعذّر البحث: "), timeout=WAIT_MS)
    assert label.text() == (
        f"تعذّر البحث: {LRI}{db_path}{PDI}: تتعذر قراءة ملف المشروع"
        f" ({LRI}file is not a database{PDI})"
    )
