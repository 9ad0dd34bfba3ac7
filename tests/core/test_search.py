"""Arabic-aware search: folding, clitics, the safe FTS5 expression, filters, snippets."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.arabic import normalize_for_search
from reviewer.cli import EXIT_OK, EXIT_REJECTED, main
from reviewer.importing.corpus_import import import_paths
from reviewer.search import hit_spans, make_snippet, matching_ids, parse_query, search
from reviewer.search_index import fold, index_status, index_terms, rebuild_index
from reviewer.storage.articles import NO_OUTLET, ArticleFilter, set_article_status
from reviewer.storage.events import create_event

ARTICLES = {
    "hama.txt": (
        "سقوط حماة\nدخلت الفصائل مدينة حماة اليوم بعد معارك عنيفة.",
        "الجزيرة",
        "2024-12-05",
    ),
    "prefixed.txt": ("تقرير\nوصلت القوات بحماة ثم تقدمت وحمص صارت قريبة.", "العربية", "2024-12-07"),
    "vowelled.txt": ("خبر\nقالَ الشاهدُ إنَّ حَمَاةَ هادئةٌ الآن.", "الجزيرة", "2024-12-06"),
    "damascus.txt": ("دمشق\nلا جديد في دمشق ولا في ريفها.", "", "2024-12-10"),
    "city.txt": ("المدينة\nعاد الهدوء إلى المدينة وللمدينة أسواقها.", "العربية", "2024-11-30"),
}


@pytest.fixture
def corpus_db(db, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = ["file,outlet,url,published,language,title"]
    for name, (text, outlet, published) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{outlet},,{published},ar,")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = import_paths(db, [folder])
    db.ids = {path.name: article_id for path, article_id in result.imported}
    return db


def names(db, ids):
    by_id = {v: k for k, v in db.ids.items()}
    return {by_id[i] for i in ids}


# -- folding and index terms ---------------------------------------------------------


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_fast_fold_is_exactly_normalize_for_search(text):
    assert fold(text) == normalize_for_search(text)


def test_index_terms_fold_and_add_clitic_stems():
    assert index_terms("بِحَمَاةَ") == "بحماه حماه"
    assert index_terms("وللمدينة") == "وللمدينه للمدينه لمدينه مدينه"
    assert index_terms("أمس") == "امس"


# -- the acceptance cases -----------------------------------------------------------------


def test_ha_spelling_finds_ta_marbuta(corpus_db):
    assert names(corpus_db, matching_ids(corpus_db, "حماه")) == {
        "hama.txt",
        "prefixed.txt",
        "vowelled.txt",
    }


def test_vowelled_query_finds_the_bare_word(corpus_db):
    assert "hama.txt" in names(corpus_db, matching_ids(corpus_db, "حَمَاةَ"))
    assert names(corpus_db, matching_ids(corpus_db, "الشّاهِدُ")) == {"vowelled.txt"}


def test_clitic_prefixed_words_are_found_by_the_bare_word(corpus_db):
    assert "prefixed.txt" in names(corpus_db, matching_ids(corpus_db, "حماة"))  # بحماة
    assert names(corpus_db, matching_ids(corpus_db, "حمص")) == {"prefixed.txt"}  # وحمص
    assert names(corpus_db, matching_ids(corpus_db, "مدينة")) == {"hama.txt", "city.txt"}


def test_a_prefixed_query_matches_only_that_spelling(corpus_db):
    # Stripping the query too would make والي search الي and find every إلى.
    assert names(corpus_db, matching_ids(corpus_db, "بحماة")) == {"prefixed.txt"}


def test_and_or_not_phrase_and_prefix(corpus_db):
    assert names(corpus_db, matching_ids(corpus_db, "حماة الفصائل")) == {"hama.txt"}
    assert names(corpus_db, matching_ids(corpus_db, "حمص OR دمشق")) == {
        "prefixed.txt",
        "damascus.txt",
    }
    assert names(corpus_db, matching_ids(corpus_db, "حماة -الفصائل")) == {
        "prefixed.txt",
        "vowelled.txt",
    }
    assert names(corpus_db, matching_ids(corpus_db, '"مدينة حماة"')) == {"hama.txt"}
    assert names(corpus_db, matching_ids(corpus_db, '"حماة مدينة"')) == {"hama.txt"}  # NEAR
    assert names(corpus_db, matching_ids(corpus_db, '"دخلت عنيفة"')) == set()
    assert names(corpus_db, matching_ids(corpus_db, "دمش*")) == {"damascus.txt"}


@pytest.mark.parametrize(
    "typed",
    ['"', 'حماة"', "NEAR(حماة", "title:حماة", "حماة AND", "(حماة", "*", "-", "^حماة", "a'b"],
)
def test_user_syntax_never_reaches_fts5(corpus_db, typed):
    expression = parse_query(typed).match_expression()
    assert expression is None or all(
        part.startswith('"') or part in ("AND", "OR", "NOT") or part.startswith(("(", "NEAR("))
        for part in expression.split()
    )
    matching_ids(corpus_db, typed)  # no sqlite3.OperationalError


def test_empty_query_lists_everything(corpus_db):
    assert parse_query("  ").match_expression() is None
    assert len(matching_ids(corpus_db, "")) == len(ARTICLES)


# -- filters -------------------------------------------------------------------------------


def test_search_combines_with_status_outlet_and_date(corpus_db):
    ids = corpus_db.ids
    set_article_status(corpus_db, ids["prefixed.txt"], "coded")
    query = "حماة"
    assert names(corpus_db, matching_ids(corpus_db, query, ArticleFilter(statuses=("coded",)))) == {
        "prefixed.txt"
    }
    assert names(
        corpus_db, matching_ids(corpus_db, query, ArticleFilter(outlets=("الجزيرة",)))
    ) == {
        "hama.txt",
        "vowelled.txt",
    }
    dated = ArticleFilter(published_from="2024-12-06", published_to="2024-12-07")
    assert names(corpus_db, matching_ids(corpus_db, query, dated)) == {
        "prefixed.txt",
        "vowelled.txt",
    }
    both = ArticleFilter(outlets=("الجزيرة",), published_from="2024-12-06")
    assert names(corpus_db, matching_ids(corpus_db, query, both)) == {"vowelled.txt"}
    unknown = ArticleFilter(outlets=(NO_OUTLET,))
    assert names(corpus_db, matching_ids(corpus_db, "", unknown)) == {"damascus.txt"}


def test_open_conflicts_filter(corpus_db):
    article = corpus_db.ids["hama.txt"]
    event = create_event(corpus_db, article, event_type="Battles")
    claims = [
        corpus_db.execute(
            "INSERT INTO claims (event_id, article_id, field, verbatim, created_at)"
            " VALUES (?, ?, 'fatalities', ?, '2024-12-05')",
            [event, article, verbatim],
        ).lastrowid
        for verbatim in ("عشرة", "عشرون")
    ]
    conflict = corpus_db.execute(
        "INSERT INTO conflicts (event_id, field, origin, created_at)"
        " VALUES (?, 'fatalities', 'detected', '2024-12-05')",
        [event],
    ).lastrowid
    for claim in claims:
        corpus_db.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, event_id) VALUES (?, ?, ?)",
            [conflict, claim, event],
        )
    conflicted = ArticleFilter(open_conflicts=True)
    assert names(corpus_db, matching_ids(corpus_db, "", conflicted)) == {"hama.txt"}
    assert names(corpus_db, matching_ids(corpus_db, "حمص", conflicted)) == set()
    corpus_db.execute("UPDATE conflicts SET status = 'resolved'")
    assert matching_ids(corpus_db, "", conflicted) == []


# -- snippets and hit spans ---------------------------------------------------------------


def test_hit_spans_point_at_the_words_in_the_original_text():
    text = "قالَ الشاهدُ إنَّ بِحَمَاةَ وحمص هدوءاً، وفي حماه أيضاً"
    spans = hit_spans(text, parse_query("حماة"))
    assert [text[s:e] for s, e in spans] == ["بِحَمَاةَ", "حماه"]
    spans = hit_spans(text, parse_query("حمص OR الشاهد"))
    assert [text[s:e] for s, e in spans] == ["الشاهدُ", "وحمص"]


def test_snippet_hits_are_offsets_into_the_snippet_and_the_article():
    text = "مقدمة طويلة " * 30 + "ثم دخلت الفصائل بحماةَ صباحا.\n" + "خاتمة " * 40
    snippet = make_snippet(text, parse_query("حماه"), width=80)
    assert len(snippet.text) <= 80 + 4
    (start, end), *_ = snippet.hits
    assert snippet.text[start:end] == "بحماةَ"
    assert text[start + snippet.start : end + snippet.start] == "بحماةَ"
    assert "\n" not in snippet.text


def test_search_results_are_ranked_pages_with_snippets(corpus_db):
    found = search(corpus_db, "حماة", limit=2)
    assert found.total == 3 and len(found.results) == 2
    for result in found.results:
        hit_start, hit_end = result.snippet.hits[0]
        assert fold(result.snippet.text[hit_start:hit_end]).endswith("حماه")
    everything = search(corpus_db, "", ArticleFilter(outlets=("العربية",)))
    assert everything.total == 2


# -- keeping the index in step -----------------------------------------------------------


def test_rebuild_repairs_a_damaged_index(corpus_db):
    corpus_db.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
    assert matching_ids(corpus_db, "حماة") == []
    assert index_status(corpus_db) == (0, len(ARTICLES))
    assert rebuild_index(corpus_db) == len(ARTICLES)
    assert index_status(corpus_db) == (len(ARTICLES), len(ARTICLES))
    assert len(matching_ids(corpus_db, "حماة")) == 3


def test_cli_search_json_and_reindex(corpus_db, db_path, capsys):
    assert main(["search", "--db", str(db_path), "حماه", "--json", "--outlet", "الجزيرة"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["total"] == 2
    first = document["results"][0]
    start, end = first["snippet_hits"][0]
    assert fold(first["snippet"][start:end]) == "حماه"
    assert main(["search", "--db", str(db_path), "وحمص", "--status", "new"]) == EXIT_OK
    assert "1 articles match" in capsys.readouterr().out
    corpus_db.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
    assert main(["reindex", "--db", str(db_path), "--check"]) == EXIT_REJECTED
    assert main(["reindex", "--db", str(db_path)]) == EXIT_OK
    assert "rebuilt: 5 articles" in capsys.readouterr().out
    assert main(["reindex", "--db", str(db_path), "--check"]) == EXIT_OK


def test_cli_search_refuses_a_bad_date(tmp_path, capsys):
    import pytest

    from reviewer.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["search", "--db", str(tmp_path / "p.sqlite"), "حماة", "--from", "2024-13-01"])
    assert exit_info.value.code == 2
    assert "'2024-13-01' is not a date (YYYY-MM-DD)" in capsys.readouterr().err


def test_a_search_count_is_remembered_until_the_file_changes(corpus_db, db_path, tmp_path):
    """The list and the progress bar both count one search: the index is walked once,
    and a write by this connection or by another one makes the count fresh again."""
    from reviewer.storage import open_database
    from reviewer.storage.articles import count_articles, progress_counts

    expression = parse_query("حماة").match_expression()
    walks = []
    counting = "SELECT count(*) FROM article_search"
    corpus_db.conn.set_trace_callback(lambda sql: walks.append(sql) if counting in sql else None)
    assert count_articles(corpus_db, fts_match=expression) == 3
    assert progress_counts(corpus_db, fts_match=expression).total == 3
    assert len(walks) == 1
    more = tmp_path / "more"
    more.mkdir()
    (more / "a.txt").write_text("خبر\nهدوء في حماة", encoding="utf-8")
    import_paths(corpus_db, [more])  # this connection writes
    assert count_articles(corpus_db, fts_match=expression) == 4
    (more / "b.txt").write_text("خبر آخر\nقصف على حماة", encoding="utf-8")
    other = open_database(db_path)  # another connection writes
    import_paths(other, [more])
    other.close()
    assert count_articles(corpus_db, fts_match=expression) == 5
    corpus_db.conn.set_trace_callback(None)


def _reference_hit_spans(text, query):
    """Hits the way they were first computed: every character folded with its span."""
    from reviewer.arabic import normalize_with_spans
    from reviewer.search_index import WORD_RE

    folded, spans = normalize_with_spans(text)
    return [
        (spans[m.start()][0], spans[m.end() - 1][1])
        for m in WORD_RE.finditer(folded)
        if query.matches_word(m.group())
    ]


_PIECES = ["حماة", "بحماة", "وحماه", "حَمَاةَ", "حمـاة", "ﻻ", "لا", "الجيش", "قصف", "مدينة",
           "\u200f", "\u064b", "ـ", " ", " ", "\n", "،", "3", "٣", "x"]  # fmt: skip


@given(
    st.lists(st.sampled_from(_PIECES), max_size=400).map("".join),
    st.sampled_from(["حماة", "لا", "مدينه", "حم*", '"الجيش قصف"', "قصف OR x"]),
)
def test_hits_taken_a_piece_at_a_time_are_the_hits_of_the_whole_text(text, query):
    """Issue 19: snippets fold a piece of the text at C speed instead of every character
    in Python; harakat, tatweel, marks and a ligature (folding to two) keep their spans."""
    parsed = parse_query(query)
    assert hit_spans(text, parsed) == _reference_hit_spans(text, parsed)
    snippet = make_snippet(text, parsed)
    for start, end in snippet.hits:
        assert snippet.text[start:end] == text[snippet.start + start : snippet.start + end]


def test_hits_far_into_a_long_text_keep_their_offsets():
    text = ("خبرٌ عن المدينة ومحيطها. " * 200) + "قصفٌ على حَمَاةَ اليوم"
    parsed = parse_query("حماة")
    assert hit_spans(text, parsed) == _reference_hit_spans(text, parsed) != []
    snippet = make_snippet(text, parsed)
    assert [snippet.text[a:b] for a, b in snippet.hits] == ["حَمَاةَ"]


def test_an_old_project_is_searched_through_the_rebuilt_index(fixture_copy):
    """Migration 13 rebuilds the index for the "ascii" tokenizer from the stored articles
    (the fixture's own index is empty: its articles were written without it)."""
    from reviewer.storage import open_database

    path = fixture_copy("schema_v12.sqlite")
    db = open_database(path)
    try:
        assert index_status(db) == (2, 2)
        assert matching_ids(db, "حماه") == [1]
        assert matching_ids(db, "حم*") == [1, 2]
        assert matching_ids(db, '"سقوط حماة"') == [1]
    finally:
        db.close()


def test_the_index_takes_large_imports_in_large_segments(db, fixture_copy):
    """Migration 14 sets how the index is written, in new and in migrated projects."""
    from reviewer.storage import open_database

    migrated = open_database(fixture_copy("schema_v13.sqlite"))
    for project in (db, migrated):
        config = dict(project.execute("SELECT k, v FROM article_search_config").fetchall())
        assert config["hashsize"] == 32 * 1024 * 1024
    migrated.close()
