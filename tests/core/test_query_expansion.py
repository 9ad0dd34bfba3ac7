"""English and transliterated names find the Arabic sample articles (reviewer.query_expansion)."""

import json

import pytest

from reviewer.cli import EXIT_OK, main
from reviewer.query_expansion import find_expansions, latin_key
from reviewer.search import matching_ids, parse_query, search
from reviewer.storage.articles import article_ids, get_article


def _naming(db, *arabic):
    return {i for i in article_ids(db) if any(a in get_article(db, i).text for a in arabic)}


def test_spellings_share_one_key():
    assert latin_key("Hamah") == latin_key("Ḩamāh") == latin_key("hama")
    assert latin_key("Hayat Tahrir al-Sham") == latin_key("Hayat Tahrir al Sham")
    words = ["syrian", "army", "حماه"]
    ((i, j, expansion),) = find_expansions(words)
    assert (i, j, expansion.kind) == (0, 2, "actor")
    assert ("الجيش", "السوري") in expansion.forms


@pytest.mark.parametrize(
    ("query", "arabic"),
    [
        ("Hama", ("حماة", "حماه")),
        ("Hamah", ("حماة", "حماه")),
        ("Homs", ("حمص",)),
        ("Hims", ("حمص",)),
        ("HTS", ("تحرير الشام",)),
    ],
)
def test_english_queries_find_the_arabic_sample_articles(sample_db, query, arabic):
    found = set(matching_ids(sample_db, query))
    assert found and found == _naming(sample_db, *arabic)


def test_syrian_army_finds_every_arabic_name_of_the_army(sample_db):
    found = set(matching_ids(sample_db, "Syrian army"))
    assert _naming(sample_db, "الجيش السوري") <= found
    assert found == _naming(sample_db, "الجيش السوري", "قوات النظام", "جيش النظام", "قوات حكومية")


def test_the_hit_list_says_which_alias_matched(sample_db):
    results = search(sample_db, "Hims").results
    assert results
    for result in results:
        assert result.snippet.text.startswith("[hims = حمص (Homs)]")
        assert "حمص" in result.snippet.text[result.snippet.hits[0][0] :]


def test_exclusion_and_or_are_expanded_too():
    assert "حمص" in parse_query("Hama -Homs").match_expression().split("NOT")[1]
    assert "حمص" in parse_query("Hama OR Homs").match_expression()


def test_cli_search_in_english(sample_db, db_path, capsys):
    assert main(["search", "--db", str(db_path), "Hamah", "--json"]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert document["total"] == len(_naming(sample_db, "حماة", "حماه"))
    assert all(r["snippet"].startswith("[hamah = حماه (Hama)]") for r in document["results"])
