"""Typing an English name in the search box finds the Arabic articles naming it."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reviewer.storage.articles import article_ids, get_article
from reviewer.ui.article_filters import ArticleFilterBar
from reviewer.ui.article_list import MATCH_COLUMN, ArticleListModel, SnippetRole


def test_typing_hims_lists_the_homs_articles_and_says_why(qtbot, sample_db):
    model = ArticleListModel(sample_db)
    bar = ArticleFilterBar(sample_db, model)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    naming = [i for i in article_ids(sample_db) if "حمص" in get_article(sample_db, i).text]
    assert 0 < len(naming) < model.rowCount()
    bar.search_box.setFocus()
    QTest.keyClicks(bar.search_box, "Hims")
    QTest.keyClick(bar.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == len(naming), timeout=2000)
    assert {model.article_id_at(r) for r in range(model.rowCount())} == set(naming)
    snippet = model.index(0, MATCH_COLUMN).data(SnippetRole)
    assert snippet.text.startswith("[hims = حمص (Homs)]")


def test_the_hit_list_shows_which_alias_matched_at_the_windows_size(qtbot, make_window, db_path):
    """The note '[hims = حمص (Homs)]' is the first thing in the Match cell, so the cell must be
    wide enough to show it in the window as it opens, not a sliver beside four columns."""
    from reviewer.ui.article_list import COLUMNS

    window = make_window(db_path)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(window.filter_bar.search_box, "Hims")
    QTest.keyClick(window.filter_bar.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_model.columnCount() > len(COLUMNS), timeout=3000)
    table = window.article_table
    header = table.horizontalHeader()
    note = window.article_model.index(0, MATCH_COLUMN).data(SnippetRole).text.split("]")[0] + "]"
    assert note == "[hims = حمص (Homs)]"
    qtbot.waitUntil(
        lambda: header.sectionSize(MATCH_COLUMN) > table.fontMetrics().horizontalAdvance(note),
        timeout=2000,
    )
    assert header.sectionSize(0) > table.fontMetrics().horizontalAdvance("M" * 6)  # a title too

    box = window.filter_bar.search_box
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the search cleared
    QTest.keyClick(window.filter_bar.search_box, Qt.Key.Key_Delete)
    QTest.keyClick(window.filter_bar.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_model.columnCount() == len(COLUMNS), timeout=3000)
    assert not any(header.isSectionHidden(c) for c in range(len(COLUMNS)))  # all back
