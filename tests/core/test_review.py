"""The review workflow: allowed moves, who is recorded, four eyes, conflicts block."""

import pytest

from reviewer.errors import ReviewerError
from reviewer.search import matching_ids, parse_query
from reviewer.storage.articles import (
    ArticleFilter,
    ProgressCounts,
    count_articles,
    count_by_status,
    progress_counts,
)
from reviewer.storage.events import create_event, get_event, link_report, update_event
from reviewer.storage.project_settings import (
    get_setting,
    require_distinct_reviewer,
    set_require_distinct_reviewer,
    set_setting,
)
from reviewer.storage.review import (
    ARTICLE_TRANSITIONS,
    EVENT_TRANSITIONS,
    article_status,
    mark_event_coded,
    mark_event_reviewed,
    reject_article,
    restore_article,
    set_article_state,
    set_event_status,
)
from tests.coding import COMPLETE, complete_event


def _event(db, article_id=1):
    return complete_event(db, article_id)


def _conflict(db, event_id, status="open"):
    """A conflict between two fatality claims, inserted directly (claims API not needed)."""
    conflict = db.execute(
        "INSERT INTO conflicts (event_id, field, origin, status, created_at)"
        " VALUES (?, 'fatalities', 'detected', ?, '2024-12-06')",
        [event_id, status],
    ).lastrowid
    for words in ("مئات", "3000"):
        claim = db.execute(
            "INSERT INTO claims (event_id, article_id, field, verbatim, created_at)"
            " VALUES (?, 1, 'fatalities', ?, '2024-12-06')",
            [event_id, words],
        ).lastrowid
        db.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, event_id) VALUES (?, ?, ?)",
            [conflict, claim, event_id],
        )
    return conflict


def test_event_goes_draft_coded_reviewed_recording_who_and_when(sample_db):
    event_id = _event(sample_db)
    assert get_event(sample_db, event_id)["status"] == "draft"
    version = mark_event_coded(sample_db, event_id, "amal")
    event = get_event(sample_db, event_id)
    assert (event["status"], event["coded_by"], event["version"]) == ("coded", "amal", version)
    mark_event_reviewed(sample_db, event_id, "bassam")
    event = get_event(sample_db, event_id)
    assert event["status"] == "reviewed"
    assert event["reviewed_by"] == "bassam"
    assert event["reviewed_at"].startswith("20")
    assert event["coded_by"] == "amal"


@pytest.mark.parametrize(
    ("steps", "target"),
    [((), "reviewed"), (("coded", "reviewed"), "draft"), (("coded",), "coded"), ((), "deleted")],
)
def test_illegal_event_transition_names_both_states(sample_db, steps, target):
    event_id = _event(sample_db)
    for step in steps:
        set_event_status(sample_db, event_id, step, "amal")
    current = get_event(sample_db, event_id)["status"]
    with pytest.raises(ReviewerError) as caught:
        set_event_status(sample_db, event_id, target, "bassam")
    assert f"'{target}'" in str(caught.value)
    if target != "deleted":
        assert f"'{current}'" in str(caught.value)
    assert get_event(sample_db, event_id)["status"] == current


def test_an_empty_event_cannot_be_coded_and_the_refusal_lists_what_is_missing(sample_db):
    event_id = create_event(sample_db, 1, user="amal")
    with pytest.raises(ReviewerError) as caught:
        mark_event_coded(sample_db, event_id, "amal")
    message = str(caught.value)
    assert message.startswith("event RVW")
    for words in (
        "event type", "sub-event type", "date", "time precision", "actor 1,",
        "actor 1's inter code", "country", "admin1", "location", "coordinates",
        "geo precision",
    ):  # fmt: skip
        assert words in message
    assert get_event(sample_db, event_id)["status"] == "draft"


@pytest.mark.parametrize(
    ("cleared", "named"),
    [
        (("inter1",), "actor 1's inter code"),
        (("latitude",), "coordinates"),
        (("geo_precision",), "geo precision"),
        (("sub_event_type",), "sub-event type"),
    ],
)
def test_each_missing_field_is_named(sample_db, cleared, named):
    event_id = complete_event(sample_db, **dict.fromkeys(cleared))
    with pytest.raises(ReviewerError, match=f"missing: {named}$"):
        mark_event_coded(sample_db, event_id, "amal")
    update_event(sample_db, event_id, {c: COMPLETE[c] for c in cleared})
    mark_event_coded(sample_db, event_id, "amal")


def test_an_event_emptied_after_coding_cannot_be_reviewed(sample_db):
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    update_event(sample_db, event_id, {"admin1": None})
    with pytest.raises(ReviewerError, match="cannot be marked reviewed; missing: admin1"):
        mark_event_reviewed(sample_db, event_id, "bassam")


def test_review_from_the_command_line_lists_what_is_missing(sample_db, db_path, capsys):
    from reviewer.cli import main

    event_id = create_event(sample_db, 1, user="amal", event_date="2024-12-05")
    sample_db.close()
    assert main(["review", "--db", str(db_path), str(event_id), "--as", "amal", "--coded"]) == 2
    err = capsys.readouterr().err.strip()
    assert "cannot be marked coded; missing: event type" in err
    assert "date," not in err and len(err.splitlines()) == 1


def test_reopening_clears_the_stamp_it_undoes(sample_db):
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    mark_event_reviewed(sample_db, event_id, "bassam")
    set_event_status(sample_db, event_id, "coded", "bassam")
    event = get_event(sample_db, event_id)
    assert (event["status"], event["reviewed_by"], event["reviewed_at"]) == ("coded", None, None)
    set_event_status(sample_db, event_id, "draft", "bassam")
    assert get_event(sample_db, event_id)["coded_by"] is None


def test_a_name_is_required(sample_db):
    event_id = _event(sample_db)
    with pytest.raises(ReviewerError, match="a name is needed"):
        mark_event_coded(sample_db, event_id, "  ")


def test_four_eyes_option_is_off_by_default_and_kept_in_the_file(sample_db, db_path):
    assert require_distinct_reviewer(sample_db) is False
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    mark_event_reviewed(sample_db, event_id, "amal")  # allowed while the option is off
    set_require_distinct_reviewer(sample_db, True)
    from reviewer.storage import open_database

    other = open_database(db_path)
    try:
        assert require_distinct_reviewer(other) is True
    finally:
        other.close()


def test_four_eyes_refuses_the_coder_as_reviewer(sample_db):
    set_require_distinct_reviewer(sample_db, True)
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    with pytest.raises(ReviewerError) as caught:
        mark_event_reviewed(sample_db, event_id, "Amal ")
    message = str(caught.value)
    assert "four-eyes" in message and "amal" in message.lower() and "RVW" in message
    assert get_event(sample_db, event_id)["status"] == "coded"
    mark_event_reviewed(sample_db, event_id, "bassam")
    assert get_event(sample_db, event_id)["reviewed_by"] == "bassam"


def test_open_conflict_blocks_review_until_resolved(sample_db):
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    conflict_id = _conflict(sample_db, event_id)
    with pytest.raises(ReviewerError, match=r"open conflicts \(fatalities\)"):
        mark_event_reviewed(sample_db, event_id, "bassam")
    sample_db.execute("UPDATE conflicts SET status = 'accepted' WHERE id = ?", [conflict_id])
    mark_event_reviewed(sample_db, event_id, "bassam")
    assert get_event(sample_db, event_id)["status"] == "reviewed"


def test_the_reviewer_is_written_to_the_audit_log(sample_db):
    event_id = _event(sample_db)
    mark_event_coded(sample_db, event_id, "amal")
    mark_event_reviewed(sample_db, event_id, "bassam")
    users = [
        row[0]
        for row in sample_db.execute(
            "SELECT user FROM audit_log WHERE table_name = 'events' AND action = 'update'"
            " ORDER BY id"
        )
    ]
    assert users[-2:] == ["amal", "bassam"]


def test_articles_follow_their_events(sample_db):
    first, second = _event(sample_db, 1), _event(sample_db, 1)
    link_report(sample_db, 2, first)
    mark_event_coded(sample_db, first, "amal")
    assert article_status(sample_db, 1) == "in_progress"  # second is still a draft
    assert article_status(sample_db, 2) == "coded"
    mark_event_coded(sample_db, second, "amal")
    assert article_status(sample_db, 1) == "coded"
    mark_event_reviewed(sample_db, first, "bassam")
    assert article_status(sample_db, 2) == "reviewed"
    assert article_status(sample_db, 1) == "coded"
    assert article_status(sample_db, 3) == "new"


def test_article_transitions_and_rejection(sample_db):
    with pytest.raises(ReviewerError, match="cannot go from 'new' to 'reviewed'"):
        set_article_state(sample_db, 3, "reviewed")
    reject_article(sample_db, 3)
    assert article_status(sample_db, 3) == "rejected"
    with pytest.raises(ReviewerError, match="from 'rejected' to 'in_progress'"):
        set_article_state(sample_db, 3, "in_progress")
    restore_article(sample_db, 3)
    assert article_status(sample_db, 3) == "new"
    _event(sample_db, 4)
    with pytest.raises(ReviewerError, match="reports 1 event"):
        reject_article(sample_db, 4)
    set_article_state(sample_db, 4, "in_progress")
    with pytest.raises(ReviewerError, match="still draft"):
        set_article_state(sample_db, 4, "coded")


def test_transition_tables_only_name_known_states():
    from reviewer.storage.articles import ARTICLE_STATUSES

    assert set(ARTICLE_TRANSITIONS) == set(ARTICLE_STATUSES)
    for targets in ARTICLE_TRANSITIONS.values():
        assert set(targets) <= set(ARTICLE_STATUSES)
    assert set(EVENT_TRANSITIONS) == {"draft", "coded", "reviewed"}


def test_progress_counts(sample_db):
    first, second = _event(sample_db, 1), _event(sample_db, 2)
    mark_event_coded(sample_db, first, "amal")
    mark_event_coded(sample_db, second, "amal")
    mark_event_reviewed(sample_db, first, "bassam")
    reject_article(sample_db, 5)
    assert progress_counts(sample_db) == ProgressCounts(coded=2, reviewed=1, total=5)
    assert progress_counts(sample_db, ArticleFilter(outlets=("الأيام المصرية",))) == (
        ProgressCounts(coded=0, reviewed=0, total=1)
    )
    homs = parse_query("حمص").match_expression()
    scoped = progress_counts(sample_db, fts_match=homs)
    assert (
        scoped.total
        == len(matching_ids(sample_db, "حمص"))
        == count_articles(sample_db, fts_match=homs)
    )
    assert 0 < scoped.total < 5
    nothing = parse_query("zzzqqq").match_expression()
    assert progress_counts(sample_db, fts_match=nothing) == ProgressCounts(0, 0, 0)
    assert count_by_status(sample_db, "events") == {"coded": 1, "reviewed": 1}


def test_settings_round_trip(db):
    assert get_setting(db, "missing", "x") == "x"
    set_setting(db, "k", "v1")
    set_setting(db, "k", "v2")
    assert get_setting(db, "k") == "v2"


def test_four_eyes_is_switched_on_from_the_command_line(tmp_path, capsys):
    from reviewer.cli import main
    from reviewer.storage import open_database
    from reviewer.storage.project_settings import require_distinct_reviewer

    path = tmp_path / "p.sqlite"
    assert main(["settings", "--db", str(path)]) == 0
    assert capsys.readouterr().out == "four eyes: off\n"
    assert main(["settings", "--db", str(path), "--four-eyes", "on"]) == 0
    assert capsys.readouterr().out == "four eyes: on\n"
    db = open_database(path)
    assert require_distinct_reviewer(db)
    db.close()
