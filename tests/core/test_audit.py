"""The audit log: a row for each kind of change, and one event's history read back."""

import sqlite3

import pytest

from reviewer.storage.audit import event_history, field_changes, row_history
from reviewer.storage.database import set_user
from reviewer.storage.events import create_event, link_report, update_event


@pytest.fixture
def event_id(sample_db):
    set_user(sample_db, "amal")
    return create_event(sample_db, 1, event_date="2024-12-05", fatalities=3)


def _actions(db, table):
    return [
        (row[0], row[1])
        for row in db.execute(
            "SELECT action, user FROM audit_log WHERE table_name = ? ORDER BY id", [table]
        )
    ]


def test_event_insert_update_delete_are_logged_with_old_and_new(sample_db, event_id):
    set_user(sample_db, "bassam")
    update_event(sample_db, event_id, {"fatalities": 12, "location": "Hama"})
    history = event_history(sample_db, event_id)
    update = history[-1]
    assert (update.table, update.action, update.user) == ("events", "update", "bassam")
    changes = {c.field: (c.old, c.new) for c in update.changes}
    assert changes == {"fatalities": (3, 12), "location": (None, "Hama")}
    assert history[0].action == "insert" and history[0].user == "amal"
    assert ("event_date", None, "2024-12-05") in [
        (c.field, c.old, c.new) for c in history[0].changes
    ]
    sample_db.execute("DELETE FROM events WHERE id = ?", [event_id])
    assert ("delete", "bassam") in _actions(sample_db, "events")


def test_report_links_and_credibility_grades_are_in_the_event_history(sample_db, event_id):
    link_report(sample_db, 2, event_id)
    sample_db.execute(
        "UPDATE reports SET credibility = 2 WHERE article_id = 2 AND event_id = ?", [event_id]
    )
    sample_db.execute("DELETE FROM reports WHERE article_id = 2 AND event_id = ?", [event_id])
    reports = [e for e in event_history(sample_db, event_id) if e.table == "reports"]
    assert [e.action for e in reports] == ["insert", "insert", "update", "delete"]
    assert [(c.field, c.old, c.new) for c in reports[2].changes] == [("credibility", None, 2)]
    assert reports[2].subject.startswith("report ")


def test_claims_evidence_and_conflicts_are_in_the_event_history(sample_db, event_id):
    claim_a = sample_db.execute(
        "INSERT INTO claims (event_id, article_id, field, verbatim, low, high, created_at)"
        " VALUES (?, 1, 'fatalities', 'مئات', 100, 999, 'now')",
        [event_id],
    ).lastrowid
    claim_b = sample_db.execute(
        "INSERT INTO claims (event_id, article_id, field, verbatim, low, high, created_at)"
        " VALUES (?, 1, 'fatalities', '3000', 3000, 3000, 'now')",
        [event_id],
    ).lastrowid
    sample_db.execute("UPDATE claims SET high = 900 WHERE id = ?", [claim_a])
    conflict = sample_db.execute(
        "INSERT INTO conflicts (event_id, field, origin, created_at)"
        " VALUES (?, 'fatalities', 'detected', 'now')",
        [event_id],
    ).lastrowid
    member_b = [
        sample_db.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, event_id) VALUES (?, ?, ?)",
            [conflict, claim, event_id],
        ).lastrowid
        for claim in (claim_a, claim_b)
    ][1]
    sample_db.execute(
        "UPDATE conflicts SET status = 'resolved', resolution_best = 100 WHERE id = ?", [conflict]
    )
    sample_db.execute(
        "INSERT INTO evidence (event_id, article_id, field, start, end, quote, created_at)"
        " VALUES (?, 1, 'location', 0, 4, 'حماة', 'now')",
        [event_id],
    )
    history = event_history(sample_db, event_id)
    kinds = [(e.table, e.action) for e in history if e.table != "events"]
    assert ("claims", "insert") in kinds and ("claims", "update") in kinds
    assert ("conflicts", "update") in kinds and ("evidence", "insert") in kinds
    claim_update = next(e for e in history if (e.table, e.action) == ("claims", "update"))
    assert [(c.field, c.old, c.new) for c in claim_update.changes] == [("high", 999, 900)]
    resolved = next(e for e in history if (e.table, e.action) == ("conflicts", "update"))
    assert {c.field for c in resolved.changes} == {"status", "resolution_best"}
    evidence = next(e for e in history if e.table == "evidence")
    assert ("quote", None, "حماة") in [(c.field, c.old, c.new) for c in evidence.changes]
    assert [e.audit_id for e in history] == sorted(e.audit_id for e in history)

    assert ("conflict_claims", "insert") in kinds  # who joined the disagreement, and when
    sample_db.execute("DELETE FROM claims WHERE id = ?", [claim_b])  # cascades to its membership
    history = event_history(sample_db, event_id)
    deleted = {(e.table, e.row_id) for e in history if e.action == "delete"}
    assert ("claims", claim_b) in deleted and ("conflict_claims", member_b) in deleted
    sample_db.execute("DELETE FROM conflicts WHERE id = ?", [conflict])
    deleted = {(e.table, e.row_id) for e in event_history(sample_db, event_id)}
    assert ("conflicts", conflict) in deleted


def test_source_reliability_grade_is_logged(sample_db):
    set_user(sample_db, "lead")
    sample_db.execute("UPDATE sources SET reliability = 'B', scale = 'National' WHERE id = 1")
    history = row_history(sample_db, "sources", 1)
    assert history[-1].user == "lead"
    assert [(c.field, c.old, c.new) for c in history[-1].changes] == [
        ("reliability", None, "B"),
        ("scale", None, "National"),
    ]


def test_other_events_do_not_leak_into_a_history(sample_db, event_id):
    other = create_event(sample_db, 2, event_date="2024-12-06")
    update_event(sample_db, other, {"notes": "x"})
    assert all(e.row_id != other or e.table != "events" for e in event_history(sample_db, event_id))


def test_the_log_is_append_only(sample_db, event_id):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        sample_db.execute("UPDATE audit_log SET user = 'forger'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        sample_db.execute("DELETE FROM audit_log")


def test_field_changes_skips_identity_and_unchanged():
    changes = field_changes({"id": 1, "a": 1, "b": 2}, {"id": 1, "a": 1, "b": 3})
    assert [(c.field, c.old, c.new) for c in changes] == [("b", 2, 3)]
