"""Publication date and outlet read from a plain text's own words, stored as inferred."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.importing.corpus_import import import_paths
from reviewer.importing.text_metadata import infer_metadata
from reviewer.paths import corpus_dir
from reviewer.storage.article_metadata import (
    confirm_inferred,
    correct_metadata,
    inferred,
    metadata_origins,
)
from reviewer.storage.articles import get_article

# What each sample text states about its own publication (see corpus/README.md).
SAMPLE = {
    "000": {},
    "001": {},
    "002": {},
    "003": {"published": ("2024-12-08", "محدث 08 كانون الأول 2024")},
    "004": {"outlet": ("الأيام المصرية", "ويرصد موقع الأيام المصرية التفاصيل")},
}


def _by_sample(db, result):
    return {
        Path(path).name[:3]: get_article(db, article_id) for path, article_id in result.imported
    }


@pytest.mark.parametrize("with_manifest", [False, True], ids=["texts-alone", "with-manifest"])
def test_sample_texts_get_the_date_and_outlet_they_state(db, tmp_path, with_manifest):
    for text in sorted(corpus_dir().glob("*.txt")):
        shutil.copy(text, tmp_path / text.name)
    if with_manifest:
        shutil.copy(corpus_dir() / "manifest.csv", tmp_path / "manifest.csv")
    result = import_paths(db, [tmp_path])
    articles = _by_sample(db, result)
    assert sorted(articles) == sorted(SAMPLE)
    for sample, article in articles.items():
        expected = SAMPLE[sample]
        assert article.published == expected.get("published", (None,))[0], sample
        assert article.outlet == expected.get("outlet", (None,))[0], sample
        origins = {item.field: item for item in inferred(db, article.id)}
        assert set(origins) == set(expected), sample
        for field, (value, words) in expected.items():
            item = origins[field]
            assert item.value == value
            assert article.text[item.start : item.end] == words  # the evidence span
    # The crawl date at the top of 003 (22 March 2025) is not its publication date.
    assert "2025" not in (articles["003"].published or "")
    reports = dict((Path(path).name[:3], line) for path, line in result.reports)
    assert "2024-12-08" in reports["003"] and "published inferred from the text" in reports["003"]
    assert "الأيام المصرية" in reports["004"] and "outlet inferred from the text" in reports["004"]


def test_window_project_sample_has_the_inferred_values(sample_db):
    rows = sample_db.execute(
        "SELECT field, value FROM article_metadata WHERE origin = 'inferred' ORDER BY field"
    ).fetchall()
    assert rows == [("outlet", "الأيام المصرية"), ("published", "2024-12-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline in the first lines, near the article's own dates: taken.
        ("الخميس 5 كانون الأول 2024\nسيطرة الفصائل على حماة\nوفي 27 تشرين الثاني بدأ الهجوم.",
         "2024-12-05"),
        # A header date months away from the article's dates is the day the page was saved.
        ("السبت 22 مارس 2025\nسيطرة الفصائل على حماة\nوفي 27 تشرين الثاني بدأ الهجوم.", None),
        # A header date with nothing to check it against is not taken either.
        ("السبت 22 مارس 2025\nسيطرة الفصائل على حماة", None),
        # "Published" words make a date the publication date wherever it stands.
        ("خبر\nنص الخبر هنا.\nتاريخ النشر: 06/12/2024", "2024-12-06"),
        ("خبر\nنص الخبر هنا.\nآخر تحديث 7 ديسمبر 2024", "2024-12-07"),
        # A date in the body is an event's date, not the publication.
        ("خبر\nنص\nوفي 27 نوفمبر 2024 بدأ الهجوم على حلب.", None),
    ],
)  # fmt: skip
def test_publication_date_is_read_only_where_the_text_states_it(text, expected):
    found = {item.field: item.value for item in infer_metadata(text)}
    assert found.get("published") == expected


def test_analyst_confirms_or_corrects_inferred_values(sample_db):
    db = sample_db
    [(hama_id,)] = db.execute(
        "SELECT article_id FROM article_metadata WHERE field = 'outlet'"
    ).fetchall()
    [(homs_id,)] = db.execute(
        "SELECT article_id FROM article_metadata WHERE field = 'published'"
    ).fetchall()
    text_before = get_article(db, homs_id).text

    assert confirm_inferred(db, hama_id, "rania") == 1
    assert inferred(db, hama_id) == []
    assert metadata_origins(db, hama_id)["outlet"].decided_by == "rania"

    correct_metadata(db, homs_id, "omar", published="2024-12-07", outlet="التلفزيون العربي")
    article = get_article(db, homs_id)
    assert (article.published, article.outlet) == ("2024-12-07", "التلفزيون العربي")
    assert article.text == text_before  # metadata only: the text never changes
    origins = metadata_origins(db, homs_id)
    assert origins["published"].origin == origins["outlet"].origin == "corrected"
    assert origins["published"].start is None  # the old evidence no longer says the value
    audited = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'article_metadata'"
        " AND json_extract(new_values, '$.origin') = 'corrected'"
        " AND json_extract(new_values, '$.decided_by') = 'omar'"
    ).fetchone()[0]
    assert audited == 2
    with pytest.raises(ReviewerError, match="published: '7/12/2024' is not a date"):
        correct_metadata(db, homs_id, "omar", published="7/12/2024", outlet=None)
    with pytest.raises(ReviewerError, match="in the future"):
        correct_metadata(db, homs_id, "omar", published="2999-01-01", outlet=None)


def test_only_the_start_of_a_long_text_is_read(db, tmp_path):
    """A 19 MB article full of dates costs what its first kilobytes cost (bulk imports)."""
    import time

    body = "وفي 27 تشرين الثاني 2024 بدأ الهجوم على حلب. " * 250_000
    (tmp_path / "long.txt").write_text("آخر تحديث 7 ديسمبر 2024\n" + body, encoding="utf-8")
    started = time.perf_counter()
    [(_, article_id)] = import_paths(db, [tmp_path / "long.txt"]).imported
    assert time.perf_counter() - started < 30  # tokenising 20 MB for dates took minutes
    assert get_article(db, article_id).published == "2024-12-07"
