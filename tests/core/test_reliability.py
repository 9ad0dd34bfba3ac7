"""Admiralty grades: labels, 'B2' formatting and parsing, and their storage on outlets/reports."""

import pytest

from reviewer.errors import ReviewerError, ValidationError
from reviewer.reliability import (
    Grade,
    describe_grade,
    format_grade,
    is_credible,
    parse_grade,
    reliability_labels,
    source_scales,
)
from reviewer.storage import reports, sources
from reviewer.storage.articles import article_ids
from reviewer.storage.events import create_event


def test_labels_follow_the_admiralty_scale():
    assert list(reliability_labels()) == list("ABCDEF")
    assert reliability_labels()["B"] == "Usually reliable"
    assert describe_grade("B", 2) == "B2 — Usually reliable / Probably true"
    assert describe_grade("F", 6) == ("F6 — Reliability cannot be judged / Truth cannot be judged")
    assert {"Local", "National", "Regional", "International", "Other"} <= set(source_scales())


@pytest.mark.parametrize(
    ("text", "grade"),
    [("B2", Grade("B", 2)), ("b 2", Grade("B", 2)), ("F6", Grade("F", 6)),
     ("–3", Grade(None, 3)), ("-3", Grade(None, 3)), ("A–", Grade("A", None))],
)  # fmt: skip
def test_grades_parse_and_format_back(text, grade):
    assert parse_grade(text) == grade
    assert parse_grade(grade.code) == grade


@pytest.mark.parametrize("text", ["G2", "B7", "B0", "B", "B22", "2B", ""])
def test_bad_grades_are_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as err:
        parse_grade(text)
    assert err.value.field == "grade"


def test_ungraded_halves_show_a_dash_not_f_or_6():
    assert format_grade(None, None) == "––"
    assert format_grade("c", None) == "C–"
    assert describe_grade(None, 2) == "–2 — Source not graded / Probably true"


def test_doubtful_and_improbable_reports_are_not_credible():
    assert [n for n in range(1, 7) if not is_credible(n)] == [4, 5]
    assert is_credible(None)


def test_outlet_reliability_and_scale_are_stored_and_validated(sample_db):
    db = sample_db
    outlet = sources.source_for_article(db, article_ids(db)[4])
    assert outlet["name"] == "الأيام المصرية"
    sources.set_reliability(db, outlet["id"], "c")
    sources.set_scale(db, outlet["id"], "regional")
    stored = sources.get_source(db, outlet["id"])
    assert (stored["reliability"], stored["scale"]) == ("C", "Regional")
    with pytest.raises(ValidationError):
        sources.set_reliability(db, outlet["id"], "G")
    with pytest.raises(ValidationError):
        sources.set_scale(db, outlet["id"], "Galactic")
    assert sources.get_source(db, outlet["id"])["reliability"] == "C"


def test_an_article_without_outlet_can_be_given_one(sample_db):
    first = article_ids(sample_db)[0]
    assert sources.source_for_article(sample_db, first) is None
    source_id = sources.assign_article_outlet(sample_db, first, "Test outlet")
    assert sources.source_for_article(sample_db, first)["id"] == source_id


def test_report_credibility_makes_the_grade_with_the_outlet(sample_db):
    db = sample_db
    article = article_ids(db)[4]
    event = create_event(db, article)
    outlet = sources.source_for_article(db, article)
    sources.set_reliability(db, outlet["id"], "B")
    reports.set_credibility(db, article, event, 2)
    assert reports.get_credibility(db, article, event) == 2
    assert reports.report_grade(db, article, event).code == "B2"
    [row] = reports.reports_for_event(db, event)
    assert (row["outlet"], row["reliability"], row["credibility"]) == ("الأيام المصرية", "B", 2)
    with pytest.raises(ValidationError):
        reports.set_credibility(db, article, event, 7)
    with pytest.raises(ReviewerError, match="does not report"):
        reports.set_credibility(db, article_ids(db)[0], event, 2)


def test_grade_changes_are_audited_with_the_user(sample_db):
    from reviewer.storage.database import set_user

    db = sample_db
    set_user(db, "lina")
    outlet = sources.source_for_article(db, article_ids(db)[4])
    sources.set_reliability(db, outlet["id"], "D")
    row = db.execute(
        "SELECT user, action FROM audit_log WHERE table_name = 'sources' AND row_id = ?"
        " ORDER BY id DESC LIMIT 1",
        [outlet["id"]],
    ).fetchone()
    assert row == ("lina", "update")
