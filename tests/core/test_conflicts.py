"""Conflicts: one per field of an event, found, marked by hand, decided, and blocking review."""

import ast
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError, ValidationError
from reviewer.export.figures import export_figure
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
    assert conflict["claim_ids"] == sorted([hundreds, three_thousand])
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
    [conflict] = conflicts.open_conflicts(db, ev)  # one disagreement about the field
    assert len(conflict["claim_ids"]) == 3


def test_force_movement_conflicts_only_on_contradicting_pairs(event):
    db, ev, ids = event
    _add(db, ev, ids[0], "force_movement", "انسحاب الجيش السوري", value_text="withdrew")
    _add(db, ev, ids[0], "force_movement", "دخول الفصائل", value_text="entered")
    assert conflicts.open_conflicts(db, ev) == []  # different forces: both true
    _add(db, ev, ids[1], "force_movement", "نفى", value_text="denied_entry")
    [conflict] = conflicts.open_conflicts(db, ev)
    values = {claims.get_claim(db, i)["value_text"] for i in conflict["claim_ids"]}
    assert values == {"entered", "withdrew", "denied_entry"}  # every claim on the field


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
    assert conflict["claim_ids"] == [denial, withdrawal]
    assert conflicts.event_has_blocking_conflicts(db, ev)
    with pytest.raises(ValidationError, match=f"already in conflict {conflict_id}"):
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


def test_four_hundreds_and_one_3000_are_one_conflict_settled_by_one_decision(event):
    db, ev, ids = event
    hundreds = [_add(db, ev, article, "prisoners_released", "مئات") for article in ids[:3]]
    three_thousand = _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    assert conflict["claim_ids"] == sorted([*hundreds, three_thousand])
    fourth = _add(db, ev, ids[4], "prisoners_released", "مئات المعتقلين")  # joins the group
    [again] = conflicts.open_conflicts(db, ev)
    assert again["id"] == conflict["id"] and fourth in again["claim_ids"]
    assert again["version"] > conflict["version"]
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(db, again["id"], value="مئات", rationale="")
    with pytest.raises(ValidationError):
        conflicts.resolve_conflict(db, again["id"], rationale="four reports agree")
    assert conflicts.event_has_blocking_conflicts(db, ev)

    version = conflicts.resolve_conflict(
        db, again["id"], value="مئات", rationale="four of five reports say hundreds", user="lina"
    )
    assert not conflicts.event_has_blocking_conflicts(db, ev)
    resolved = conflicts.get_conflict(db, again["id"])
    assert resolved["version"] == version
    figures = tuple(resolved[f"resolution_{k}"] for k in ("low", "best", "high"))
    assert figures == (200, None, 999)
    assert resolved["resolved_by"] == "lina" and resolved["resolved_at"]
    assert conflicts.describe_decision(resolved).startswith("resolved by lina on 20")
    assert "مئات (low 200, high 999) — four of five" in conflicts.describe_decision(resolved)
    assert export_figure(db, ev, "prisoners_released") == 100
    assert conflicts.event_conflict_status(db, ev) == "resolved"

    conflicts.reopen_conflict(db, again["id"], user="lina")
    assert conflicts.event_has_blocking_conflicts(db, ev)
    assert conflicts.event_conflict_status(db, ev) == "open"


def test_a_decision_on_a_conflict_decided_meanwhile_is_refused(event):
    db, ev, ids = event
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [shown] = conflicts.open_conflicts(db, ev)  # both analysts see version 1
    conflicts.resolve_conflict(
        db, shown["id"], value="مئات", rationale="most say so", user="lina",
        expected_version=shown["version"],
    )  # fmt: skip
    with pytest.raises(conflicts.StaleConflict, match=r"changed elsewhere .* reload") as caught:
        conflicts.accept_discrepancy(
            db, shown["id"], "cannot tell", user="omar", expected_version=shown["version"]
        )
    assert "resolved by lina" in str(caught.value)
    stored = conflicts.get_conflict(db, shown["id"])
    assert (stored["status"], stored["resolved_by"]) == ("resolved", "lina")
    with pytest.raises(ReviewerError, match=r"already resolved by lina .* reopen it"):
        conflicts.dismiss_conflict(db, shown["id"], "different prisons", user="omar")
    with pytest.raises(conflicts.StaleConflict):
        conflicts.reopen_conflict(db, shown["id"], expected_version=shown["version"])


def test_a_claim_joining_a_decided_conflict_reopens_it_only_when_it_disagrees(event):
    db, ev, ids = event
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    _add(db, ev, ids[0], "prisoners_released", "3000 سجين")
    [conflict] = conflicts.open_conflicts(db, ev)
    conflicts.resolve_conflict(db, conflict["id"], value="مئات", rationale="most say so")
    _add(db, ev, ids[2], "prisoners_released", "نحو 900")  # within 200..999: agrees
    assert conflicts.get_conflict(db, conflict["id"])["status"] == "resolved"
    _add(db, ev, ids[4], "prisoners_released", "5000")  # a new account
    reopened = conflicts.get_conflict(db, conflict["id"])
    assert (reopened["status"], reopened["resolved_by"], len(reopened["claim_ids"])) == (
        "open", None, 4,
    )  # fmt: skip


def test_a_reviewed_event_that_gains_an_open_conflict_returns_to_coded(event):
    from reviewer.storage.events import get_event, update_event
    from reviewer.storage.review import mark_event_coded, mark_event_reviewed
    from tests.coding import COMPLETE

    db, ev, ids = event
    update_event(db, ev, COMPLETE)
    _add(db, ev, ids[1], "prisoners_released", "مئات السجناء")
    mark_event_coded(db, ev, "amal")
    mark_event_reviewed(db, ev, "bassam")
    claims.add_claim(db, ev, ids[2], "prisoners_released", "3000 سجين", user="lina")
    event_row = get_event(db, ev)
    assert (event_row["status"], event_row["reviewed_by"]) == ("coded", None)
    audit = db.execute(
        "SELECT user, old_values, new_values FROM audit_log WHERE table_name = 'events'"
        " AND event_id = ? ORDER BY id DESC LIMIT 1",
        [ev],
    ).fetchone()
    assert audit[0] == "lina" and '"status":"reviewed"' in audit[1]
    assert '"status":"coded"' in audit[2]


def test_the_same_words_cannot_be_claimed_twice_for_one_field(event):
    db, ev, ids = event
    text = db.execute("SELECT text FROM articles WHERE id = ?", [ids[0]]).fetchone()[0]
    start = text.index("3000")
    first = _add(db, ev, ids[0], "prisoners_released", "3000", start=start, end=start + 4)
    with pytest.raises(ValidationError) as caught:
        _add(db, ev, ids[0], "prisoners_released", "3000", start=start, end=start + 4)
    message = str(caught.value)
    assert f"claim {first} already records these words" in message
    assert "\n" not in message
    assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    _add(db, ev, ids[0], "custom:detainees", "3000", start=start, end=start + 4)  # other field


def test_claims_and_conflicts_do_not_import_each_other_in_a_cycle():
    """conflicts reads claim_fields only; claims calls conflicts; review calls neither."""
    storage = Path(conflicts.__file__).parent

    def imported(name):
        tree = ast.parse((storage / f"{name}.py").read_text(encoding="utf-8"))
        return {
            node.module.rsplit(".", 1)[-1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }

    assert "claims" not in imported("conflicts")
    assert "conflicts" not in imported("review")
    assert "conflicts" in imported("claims")


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
    assert export_figure(db, ev, "prisoners_released") == 500


def test_export_figure_is_the_lowest_acled_value_of_credible_claims(event):
    db, ev, ids = event
    assert export_figure(db, ev, "fatalities") is None
    _add(db, ev, ids[0], "fatalities", "نحو 300 قتيل")
    _add(db, ev, ids[1], "fatalities", "عشرات القتلى")
    assert export_figure(db, ev, "fatalities") == 10  # ACLED: "tens" -> 10
    reports.set_credibility(db, ids[1], ev, 5)  # the 'tens' report is improbable
    assert export_figure(db, ev, "fatalities") == 300
    reports.set_credibility(db, ids[0], ev, 4)  # nothing credible left: use all claims
    assert export_figure(db, ev, "fatalities") == 10
