"""The lazy article list: bounded fetching at scale, filters and search through the model."""

import hashlib

import pytest
from PySide6.QtWidgets import QTableView

from reviewer.search_index import rebuild_index
from reviewer.storage.articles import ArticleFilter
from reviewer.ui.article_list import (
    MATCH_COLUMN,
    MAX_PAGES,
    MAX_SNIPPETS,
    PAGE_SIZE,
    ArticleListModel,
    SnippetRole,
)

N = 5000
PLACES = ("حماة", "حمص", "حلب", "دمشق", "إدلب")


def fill(db, count: int) -> None:
    """``count`` small synthetic articles: every 5th about حماة, every 7th coded."""
    outlets = [db.execute("INSERT INTO sources (name) VALUES (?)", [n]).lastrowid for n in "أبج"]
    rows = []
    for i in range(count):
        place = PLACES[i % len(PLACES)]
        text = f"خبر {i} عن {place}\nدخلت القوات ب{place} اليوم والتقرير رقم {i}."
        rows.append(
            (
                hashlib.sha256(text.encode()).hexdigest(),
                text.split("\n")[0],
                text,
                outlets[i % 3],
                f"2024-{1 + i % 12:02d}-15",
                "coded" if i % 7 == 0 else "new",
            )
        )
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO articles (content_hash, title, text, source_id, published, status,"
            " imported_at) VALUES (?, ?, ?, ?, ?, ?, '2025-01-01')",
            rows,
        )
    rebuild_index(db)


@pytest.fixture
def big_db(db):
    fill(db, N)
    return db


@pytest.fixture
def table(qtbot, big_db):
    model = ArticleListModel(big_db)
    view = QTableView()
    view.setModel(model)
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_nothing_but_ids_is_read_up_front(big_db):
    model = ArticleListModel(big_db)
    assert model.rowCount() == N
    assert model.rows_fetched == 0 and model.cached_pages() == 0


def test_showing_the_list_fetches_only_the_visible_page(table):
    _view, model = table
    assert model.data(model.index(0, 0))  # the first row is there
    assert model.rows_fetched <= 2 * PAGE_SIZE
    assert model.cached_summaries() < N


def test_scrolling_fetches_pages_and_holds_a_bounded_number(qtbot, table):
    view, model = table
    seen = set()
    for row in range(0, N, 97):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(1)
        seen.add(model.data(model.index(row, 0)))
        assert model.cached_summaries() <= PAGE_SIZE * MAX_PAGES
    view.scrollToBottom()
    qtbot.wait(1)
    assert model.data(model.index(N - 1, 0)) == f"خبر {N - 1} عن {PLACES[(N - 1) % 5]}"
    assert model.rows_fetched >= N  # every page was read as it came into view...
    assert model.cached_pages() <= MAX_PAGES  # ...and old ones were dropped
    assert len(seen) == len(range(0, N, 97))


def test_row_lookup_at_scale(big_db):
    model = ArticleListModel(big_db)
    last = model.article_id_at(N - 1)
    assert model.row_of(last) == N - 1
    assert model.row_of(10**9) is None
    assert model.rows_fetched == 0


def test_filters_work_through_the_model(big_db):
    model = ArticleListModel(big_db)
    model.set_filter(ArticleFilter(statuses=("coded",)))
    assert model.rowCount() == len(range(0, N, 7))
    assert all(model.data(model.index(r, 3)) == "coded" for r in range(0, model.rowCount(), 50))
    model.set_filter(ArticleFilter(statuses=("coded",), outlets=("ب",)))
    assert model.rowCount() == len([i for i in range(0, N, 7) if i % 3 == 1])
    assert {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {"ب"}
    model.set_filter(ArticleFilter(published_from="2024-03-01", published_to="2024-03-31"))
    assert model.rowCount() == len([i for i in range(N) if i % 12 == 2])
    model.set_filter(ArticleFilter())
    assert model.rowCount() == N


def test_search_through_the_model_with_snippets(qtbot, big_db):
    model = ArticleListModel(big_db)
    assert model.columnCount() == MATCH_COLUMN
    model.set_filter(query="حماه")  # folded: finds حماة and the prefixed بحماة
    assert model.rowCount() == N // 5
    assert model.columnCount() == MATCH_COLUMN + 1
    snippet = model.data(model.index(3, MATCH_COLUMN), SnippetRole)
    start, end = snippet.hits[0]
    assert snippet.text[start:end] in ("حماة", "بحماة")
    model.set_filter(ArticleFilter(statuses=("coded",)))  # the search stays
    assert model.rowCount() == len([i for i in range(0, N, 7) if i % 5 == 0])
    for row in range(model.rowCount()):
        model.data(model.index(row, MATCH_COLUMN))
    assert model.cached_snippets() <= MAX_SNIPPETS
    model.set_filter(query="")
    assert model.columnCount() == MATCH_COLUMN
    assert model.data(model.index(0, MATCH_COLUMN), SnippetRole) is None


def test_the_window_sizes_its_list_without_reading_every_row(qtbot, big_db, settings):
    """Uniform rows and font-sized columns: the first paint reads the visible page only.

    With columns sized to their contents Qt read about a thousand rows (every
    role of every column) before the window first painted.
    """
    from reviewer.ui.main_window import MainWindow

    window = MainWindow(big_db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.article_model
    assert model.rowCount() == N
    assert model.rows_fetched <= 2 * PAGE_SIZE


@pytest.mark.parametrize(
    ("f", "query"),
    [
        (ArticleFilter(), ""),
        (ArticleFilter(statuses=("coded",)), ""),
        (ArticleFilter(), "حماة"),
        (ArticleFilter(statuses=("coded",)), "حماة"),
    ],
    ids=["all", "coded", "search", "coded-and-search"],
)
def test_rows_come_from_indexed_pages_and_match_the_brute_force_list(big_db, f, query):
    """Every row, by key paging and by jumps, agrees with the filter applied in Python."""
    from reviewer.search import matching_ids

    expected = matching_ids(big_db, query, f)
    model = ArticleListModel(big_db)
    model.set_filter(f, query)
    assert model.rowCount() == len(expected) and model.cached_pages() == 0
    # A jump to the end first (offset), then every row in order (key paging).
    assert model.article_id_at(len(expected) - 1) == expected[-1]
    assert [model.article_id_at(r) for r in range(len(expected))] == expected
    assert model.cached_pages() <= MAX_PAGES
    fresh = ArticleListModel(big_db)
    fresh.set_filter(f, query)
    for row in (0, len(expected) // 3, len(expected) - 1):
        assert fresh.row_of(expected[row]) == row  # from the index, no page held
    outside = next((i for i in range(1, N + 1) if i not in set(expected)), 10**9)
    assert fresh.row_of(outside) is None
