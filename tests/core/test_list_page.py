"""first_page: the list's count, first rows, snippets and progress in one call."""

import pytest

from reviewer.list_page import SearchCancelled, first_page
from reviewer.search import matching_ids, progress_for
from reviewer.storage.articles import ArticleFilter
from tests.ui.test_article_list import fill


def test_first_page_is_what_the_list_and_the_counts_would_read(db):
    fill(db, 500)
    f = ArticleFilter(outlets=("ب",))
    page = first_page(db, f, "حماه", rows=30, snippets=5)
    ids = matching_ids(db, "حماه", f)
    assert page.count == len(ids) and page.ids == ids[:30]
    assert set(page.summaries) == set(page.ids)
    assert set(page.snippets) == set(ids[:5])
    assert all(s.hits for s in page.snippets.values())
    assert page.progress == progress_for(db, "حماه", f)
    assert page.query.text == "حماه" and page.filter == f


def test_no_search_no_snippets_and_an_empty_answer(db):
    fill(db, 50)
    assert first_page(db, ArticleFilter(), "").snippets == {}
    empty = first_page(db, ArticleFilter(), "غيرموجودة")
    assert (empty.count, empty.ids, empty.progress.total) == (0, [], 0)


def test_a_cancelled_request_stops_between_steps(db):
    fill(db, 50)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(SearchCancelled):
        first_page(db, ArticleFilter(), "حماة", cancelled=cancelled)
    assert len(asked) == 2
