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
