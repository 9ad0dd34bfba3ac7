"""An article's row in a filtered list: counted from whichever side of it is shorter."""

import pytest

from reviewer.importing.corpus_import import import_paths
from reviewer.storage.articles import (
    ArticleFilter,
    article_ids_window,
    rows_before,
    set_article_status,
)

STATUSES = ("new", "coded", "reviewed")


@pytest.fixture
def mixed_db(db, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"{n:03d}.txt").write_text(f"خبر {n}\nنص المقال رقم {n} عن حماة.", "utf-8")
    result = import_paths(db, [folder])
    for n, (_path, article_id) in enumerate(sorted(result.imported, key=lambda r: r[1])):
        set_article_status(db, article_id, STATUSES[(n * 7) % 3 if n % 5 else 0])
    return db


@pytest.mark.parametrize("statuses", [("new",), ("coded",), ("reviewed",), ("new", "coded")])
def test_the_row_of_every_article_is_its_place_in_the_filtered_list(mixed_db, statuses):
    f = ArticleFilter(statuses=statuses)
    listed = article_ids_window(mixed_db, f, offset=0, limit=1000)
    assert 5 < len(listed) < 60  # the filter keeps some, from both ends of the ids
    for row, article_id in enumerate(listed):
        assert rows_before(mixed_db, article_id, f) == row
    everything = article_ids_window(mixed_db, ArticleFilter(), offset=0, limit=1000)
    for article_id in set(everything) - set(listed):
        assert rows_before(mixed_db, article_id, f) is None


@pytest.mark.parametrize("statuses", [("new",), ("coded",), ("new", "coded")])
def test_pages_are_the_same_whichever_index_finds_them(mixed_db, statuses):
    """A common status is walked in id order, a rare one sorted: the pages are equal."""
    f = ArticleFilter(statuses=statuses)
    listed = article_ids_window(mixed_db, f, offset=0, limit=1000)  # sorted from the filter
    for size in (2, 3, 7):  # small pages: the id-ordered walk
        pages = [
            article_ids_window(mixed_db, f, offset=start, limit=size)
            for start in range(0, len(listed), size)
        ]
        assert [i for page in pages for i in page] == listed
        assert article_ids_window(mixed_db, f, limit=size, from_end=True) == listed[-size:]
        after = listed[len(listed) // 2]
        assert (
            article_ids_window(mixed_db, f, limit=size, after_id=after)
            == [i for i in listed if i > after][:size]
        )
