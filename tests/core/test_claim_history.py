"""Undoing claim and conflict changes: rows come back exactly, ids included."""

import pytest

from reviewer.errors import ReviewerError
from reviewer.storage import claim_history, claims, conflicts
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report

Q = "أن عدد الذي تم الإفراج عنهم 3000 سجين"


@pytest.fixture
def disputed(sample_db):
    """Two conflicting prisoner counts of one event, from two articles."""
    db = sample_db
    first, second = article_ids(db)[:2]
    event = create_event(db, first)
    link_report(db, second, event)
    start = get_article(db, first).text.index(Q)
    high = claims.add_claim(
        db, event, first, "prisoners_released", Q, start=start, end=start + len(Q)
    )
    low = claims.add_claim(db, event, second, "prisoners_released", "مئات")
    return db, event, high, low


def _rows(db, table):
    return list(db.query(f"SELECT * FROM {table} ORDER BY id"))


def test_a_deleted_claim_comes_back_with_its_id_and_its_resolved_conflict(disputed):
    db, event, high, low = disputed
    [conflict] = conflicts.open_conflicts(db, event)
    conflicts.resolve_conflict(db, conflict["id"], value="مئات", rationale="two sources agree")
    before_claims, before_conflicts = _rows(db, "claims"), _rows(db, "conflicts")
    before_members = _rows(db, "conflict_claims")

    snapshot = claim_history.delete_claims(db, [high])
    assert [c["id"] for c in _rows(db, "claims")] == [low]
    assert _rows(db, "conflicts") == []  # one claim left: nothing to disagree with

    assert claim_history.restore_claims(db, snapshot) == [high]
    assert _rows(db, "claims") == before_claims
    assert _rows(db, "conflicts") == before_conflicts  # still resolved, same id
    assert _rows(db, "conflict_claims") == before_members  # same members, ids and uids


def test_deleting_both_claims_of_a_conflict_restores_it_once(disputed):
    db, _event, high, low = disputed
    before = _rows(db, "conflicts")
    snapshot = claim_history.delete_claims(db, [high, low])
    assert len(snapshot["conflicts"]) == 1
    claim_history.restore_claims(db, snapshot)
    assert _rows(db, "conflicts") == before


def test_restoring_onto_a_taken_id_is_refused(disputed):
    db, _event, high, _low = disputed
    snapshot = claim_history.snapshot_claim(db, high)
    with pytest.raises(ReviewerError, match="cannot be put back"):
        claim_history.restore_claim(db, snapshot)


def test_closing_is_undone_by_putting_back_each_state(disputed):
    db, event, _high, _low = disputed
    [conflict] = conflicts.open_conflicts(db, event)
    before = claim_history.event_conflict_states(db, event)
    conflicts.resolve_conflict(db, conflict["id"], value="مئات", rationale="agree")
    closed = [conflict["id"]]
    after = claim_history.conflict_states(db, closed)
    assert after[conflict["id"]]["status"] == "resolved"

    claim_history.set_conflict_states(db, {i: before[i] for i in closed}, expected=after)
    assert [c["id"] for c in conflicts.open_conflicts(db, event)] == [conflict["id"]]
    assert conflicts.get_conflict(db, conflict["id"])["rationale"] is None

    claim_history.set_conflict_states(db, after, expected={i: before[i] for i in closed})
    assert conflicts.get_conflict(db, conflict["id"])["resolution_value"] == "مئات"


def test_a_state_changed_meanwhile_is_not_overwritten(disputed):
    db, event, *_ = disputed
    [conflict] = conflicts.open_conflicts(db, event)
    before = claim_history.event_conflict_states(db, event)
    conflicts.dismiss_conflict(db, conflict["id"], "two prisons")
    after = claim_history.conflict_states(db, [conflict["id"]])
    conflicts.reopen_conflict(db, conflict["id"])  # another window
    conflicts.accept_discrepancy(db, conflict["id"], "sources differ")
    with pytest.raises(ReviewerError, match="changed meanwhile"):
        claim_history.set_conflict_states(db, before, expected=after)
    assert conflicts.get_conflict(db, conflict["id"])["status"] == "accepted"


def test_a_removed_manual_conflict_is_put_back_with_its_id(disputed):
    db, event, high, _low = disputed
    third = claims.add_claim(db, event, article_ids(db)[0], "custom:detainees", "3000")
    manual = conflicts.mark_conflict(db, high, third, rationale="denial")
    assert conflicts.get_conflict(db, manual)["claim_ids"] == [high, third]
    rows = claim_history.remove_conflicts(db, [manual])
    assert manual not in [c["id"] for c in _rows(db, "conflicts")]
    claim_history.insert_conflicts(db, rows)
    assert conflicts.get_conflict(db, manual)["origin"] == "manual"
    assert conflicts.get_conflict(db, manual)["claim_ids"] == [high, third]
