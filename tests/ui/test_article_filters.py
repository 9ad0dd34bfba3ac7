"""The filter bar: typing Arabic, choosing status/outlet/dates, and the progress counts."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from reviewer.storage.articles import set_article_status
from reviewer.ui.article_filters import ArticleFilterBar
from reviewer.ui.article_list import ArticleListModel
from tests.ui.conftest import type_text
from tests.ui.test_article_list import fill

N = 700


@pytest.fixture
def bar(qtbot, db):
    fill(db, N)
    model = ArticleListModel(db)
    widget = ArticleFilterBar(db, model)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, model, db


def shows(qtbot, label, text):
    """Wait for the counts, computed off the GUI thread, to read ``text``."""
    qtbot.waitUntil(lambda: label.text() == text, timeout=3000)


def test_progress_counts_are_shown(qtbot, bar):
    widget, model, db = bar
    coded = len(range(0, N, 7))
    shows(qtbot, widget.progress_label, f"coded {coded} / reviewed 0 / total {N}")
    set_article_status(db, model.article_id_at(1), "reviewed")
    widget.update_progress()
    shows(qtbot, widget.progress_label, f"coded {coded + 1} / reviewed 1 / total {N}")


def test_typing_arabic_searches_after_a_pause(qtbot, bar):
    widget, model, _db = bar
    type_text(widget.search_box, "حمص")
    assert model.rowCount() == N  # not on every key...
    qtbot.waitUntil(lambda: model.rowCount() == N // 5, timeout=2000)  # ...but soon after
    coded = len([i for i in range(0, N, 7) if i % 5 == 1])
    assert widget.progress_label.text() == f"coded {coded} / reviewed 0 / total {N // 5}"
    QTest.keyClick(widget.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget.search_box, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.rowCount() == N, timeout=2000)


def test_status_outlet_dates_and_clear(qtbot, bar):
    widget, model, _db = bar

    def rows(n):
        qtbot.waitUntil(lambda: model.rowCount() == n and not widget.searching(), timeout=3000)

    widget.status_box.setCurrentIndex(widget.status_box.findData("coded"))
    rows(len(range(0, N, 7)))
    # The counts ignore the status choice (progress of the scope); "shown" tells the rest.
    assert widget.progress_label.text().endswith(f"total {N}  ·  {model.rowCount()} shown")
    widget.outlet_box.setCurrentIndex(widget.outlet_box.findData("ج"))
    rows(len([i for i in range(0, N, 7) if i % 3 == 2]))
    widget.date_from.setDate(QDate(2024, 6, 1))
    widget.date_to.setDate(QDate(2024, 6, 30))
    rows(len([i for i in range(0, N, 7) if i % 3 == 2 and i % 12 == 5]))
    widget.clear_button.click()
    rows(N)
    assert widget.date_from.text() == "any" and widget.search_box.text() == ""


def test_outlets_offered_are_those_with_articles(bar):
    widget, _model, _db = bar
    items = [widget.outlet_box.itemText(i) for i in range(widget.outlet_box.count())]
    assert items == ["Any outlet", "Outlet not known", "أ", "ب", "ج"]
