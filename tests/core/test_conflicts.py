"""Conflicts: automatic detection, manual marks, dismissal, resolution and review blocking."""

import pytest

from reviewer.errors import ValidationError
from reviewer.storage import claims, conflicts, reports
from reviewer.storage.articles import article_ids
from reviewer.storage.events import create_event, link_report


@pytest.fixture
def event(sample_db):
    """An event reported by articles 000, 001, 002 and 004."""
    ids = article_ids(sample_db)
    event_id = create_event(sample_db, ids[0])
    for article in (ids[1], ids[2], ids[4]):
        link_report(sample_db, article, event_id)
    return sample_db, event_id, ids


def _add(db, event_id, article, field, words, **kw):
    return claims.add_claim(db, event_id, article, field, words, **kw)


def test_ranges_that_do_not_overlap_conflict(event):
    db, ev, ids = event
    hundreds = _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    three_thousand = _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    assert {conflict["claim_a"], conflict["claim_b"]} == {hundreds, three_thousand}
    assert (conflict["origin"], conflict["field"]) == ("detected", "prisoners_released")
    assert conflicts.event_has_blocking_conflicts(db, ev)


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("مئات", "نحو 900", False),  # 200..999 and 810..990 overlap
        ("مئات", "3000", True),
        ("مئات", "أكثر من 500", False),  # open-ended high is infinity: overlaps
        ("مئات", "أكثر من 1000", True),
        ("أقل من 100", "عشرات", False),
        ("أقل من 10", "عشرات", True),
        ("بين 100 و150", "مئات", True),
    ],
)
def test_numeric_overlap_rules(event, first, second, conflict):
    db, ev, ids = event
    _add(db, ev, ids[0], "fatalities", first)
    _add(db, ev, ids[1], "fatalities", second)
    assert bool(conflicts.open_conflicts(db, ev)) is conflict


def test_categorical_values_that_differ_conflict(event):
    db, ev, ids = event
    _add(db, ev, ids[0], "territorial_control", "السيطرة على مدينة حماة", value_text="opposition")
    _add(db, ev, ids[1], "territorial_control", "تتمركز في نقاط متقدمة", value_text="government")
    _add(db, ev, ids[2], "territorial_control", "سيطرتها على حماه", value_text="opposition")
    assert len(conflicts.open_conflicts(db, ev)) == 2  # each 'opposition' against 'government'


def test_force_movement_conflicts_only_on_contradicting_pairs(event):
    db, ev, ids = event
    _add(db, ev, ids[0], "force_movement", "انسحاب الجيش السوري", value_text="withdrew")
    _add(db, ev, ids[0], "force_movement", "دخول الفصائل", value_text="entered")
    assert conflicts.open_conflicts(db, ev) == []  # different forces: both true
    _add(db, ev, ids[1], "force_movement", "نفى", value_text="denied_entry")
    [conflict] = conflicts.open_conflicts(db, ev)
    values = {claims.get_claim(db, conflict[k])["value_text"] for k in ("claim_a", "claim_b")}
    assert values == {"entered", "denied_entry"}


def test_detection_is_idempotent_and_closes_what_no_longer_conflicts(event):
    db, ev, ids = event
    low = _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    high = _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [first] = conflicts.open_conflicts(db, ev)
    again = conflicts.detect_conflicts(db, ev)
    assert (again.opened, again.closed) == ([], [])
    assert db.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 1

    claims.update_claim(db, high, low=300, best=300, high=300)  # analyst corrects the figure
    assert conflicts.open_conflicts(db, ev) == []
    closed = conflicts.get_conflict(db, first["id"])
    assert (closed["status"], closed["rationale"]) == ("dismissed", conflicts.AUTO_CLOSED)
    assert not conflicts.event_has_blocking_conflicts(db, ev)

    claims.update_claim(db, high, low=3000, best=3000, high=3000)
    assert [c["id"] for c in conflicts.open_conflicts(db, ev)] == [first["id"]]
    claims.delete_claim(db, low)
    assert conflicts.list_conflicts(db, ev) == []


def test_a_manual_conflict_between_a_denial_and_a_confirmation(event):
    db, ev, ids = event
    denial = _add(db, ev, ids[1], "force_movement", "نفى", value_text="denied_entry")
    withdrawal = _add(
        db, ev, ids[1], "force_movement", "التموضع خارج", value_text="confirmed_withdrawal"
    )
    assert conflicts.open_conflicts(db, ev) == []  # a reader's judgement, not a rule
    conflict_id = conflicts.mark_conflict(
        db, withdrawal, denial, rationale="denied the incursion, then withdrew", user="lina"
    )
    conflict = conflicts.get_conflict(db, conflict_id)
    assert (conflict["origin"], conflict["status"], conflict["created_by"]) == (
        "manual", "open", "lina",
    )  # fmt: skip
    assert (conflict["claim_a"], conflict["claim_b"]) == (denial, withdrawal)
    assert conflicts.event_has_blocking_conflicts(db, ev)
    with pytest.raises(ValidationError):
        conflicts.mark_conflict(db, denial, withdrawal)
    conflicts.detect_conflicts(db, ev)  # detection leaves manual conflicts alone
    assert conflicts.get_conflict(db, conflict_id)["status"] == "open"


def test_claims_of_different_events_cannot_be_marked(event):
    db, ev, ids = event
    other = create_event(db, ids[3])
    a = _add(db, ev, ids[0], "fatalities", "عشرات")
    b = _add(db, other, ids[3], "fatalities", "مئات")
    with pytest.raises(ValidationError):
        conflicts.mark_conflict(db, a, b)


def test_a_dismissed_conflict_needs_a_reason_and_stays_dismissed(event):
    db, ev, ids = event
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    with pytest.raises(ValidationError) as err:
        conflicts.dismiss_conflict(db, conflict["id"], "  ")
    assert err.value.field == "reason"
    conflicts.dismiss_conflict(db, conflict["id"], "3000 counts all prisons", user="omar")
    dismissed = conflicts.get_conflict(db, conflict["id"])
    assert (dismissed["status"], dismissed["rationale"], dismissed["resolved_by"]) == (
        "dismissed", "3000 counts all prisons", "omar",
    )  # fmt: skip
    assert conflicts.detect_conflicts(db, ev).reopened == []
    assert conflicts.get_conflict(db, conflict["id"])["status"] == "dismissed"
    assert not conflicts.event_has_blocking_conflicts(db, ev)


def test_resolution_unblocks_review_and_settles_the_whole_field(event):
    db, ev, ids = event
    for article in (ids[0], ids[1], ids[2]):
        _add(db, ev, article, "prisoners_released", "مئات")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    assert len(conflicts.open_conflicts(db, ev)) == 3
    first = conflicts.open_conflicts(db, ev)[0]["id"]
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(db, first, value="مئات", rationale="")
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(db, first, rationale="four reports agree")
    assert conflicts.event_has_blocking_conflicts(db, ev)

    changed = conflicts.resolve_conflict(
        db, first, value="مئات", rationale="four of five reports say hundreds", user="lina"
    )
    assert len(changed) == 3
    assert not conflicts.event_has_blocking_conflicts(db, ev)
    resolved = conflicts.get_conflict(db, first)
    figures = tuple(resolved[f"resolution_{k}"] for k in ("low", "best", "high"))
    assert figures == (200, None, 999)
    assert resolved["resolved_by"] == "lina" and resolved["resolved_at"]
    assert conflicts.export_figure(db, ev, "prisoners_released") == 100
    assert conflicts.event_conflict_status(db, ev) == "resolved"

    conflicts.reopen_conflict(db, first)
    assert conflicts.event_has_blocking_conflicts(db, ev)
    assert conflicts.event_conflict_status(db, ev) == "open"


def test_a_standing_discrepancy_does_not_block(event):
    db, ev, ids = event
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    conflicts.accept_discrepancy(db, conflict["id"], "sources disagree; no better information")
    assert conflicts.get_conflict(db, conflict["id"])["status"] == "accepted"
    assert not conflicts.event_has_blocking_conflicts(db, ev)
    assert conflicts.event_conflict_status(db, ev) == "accepted"


def test_resolving_with_figures(event):
    db, ev, ids = event
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(db, conflict["id"], low=900, best=500, rationale="x")
    conflicts.resolve_conflict(db, conflict["id"], low=200, best=500, high=3000, rationale="x")
    assert conflicts.export_figure(db, ev, "prisoners_released") == 500


def test_export_figure_is_the_lowest_acled_value_of_credible_claims(event):
    db, ev, ids = event
    assert conflicts.export_figure(db, ev, "fatalities") is None
    _add(db, ev, ids[0], "fatalities", "نحو 300 قتيل")
    _add(db, ev, ids[1], "fatalities", "عشرات القتلى")
    assert conflicts.export_figure(db, ev, "fatalities") == 10  # ACLED: "tens" -> 10
    reports.set_credibility(db, ids[1], ev, 5)  # the 'tens' report is improbable
    assert conflicts.export_figure(db, ev, "fatalities") == 300
    reports.set_credibility(db, ids[0], ev, 4)  # nothing credible left: use all claims
    assert conflicts.export_figure(db, ev, "fatalities") == 10
