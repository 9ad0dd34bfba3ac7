"""Three analysts, one real PostgreSQL server: coding, syncing, reviewing, adjudicating.

Every analyst works in a local project file; identity on the server is the
login. The refusals are tried with plain SQL, as a client that ignores the
app would: the server's policies decide, not the client.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from reviewer.server.sync import sync_state
from reviewer.storage.claims import add_claim
from reviewer.storage.evidence import attach_evidence
from tests.coding import complete_event
from tests.server.analysts import connect_as, project, sync_as

HAMA_WORDS = "حماة"


def _coded_event(db, login: str, article_id: int = 1) -> int:
    event = complete_event(db, article_id, user=login)
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    start = text.index(HAMA_WORDS)
    attach_evidence(db, event, article_id, "location", start, start + len(HAMA_WORDS), user=login)
    add_claim(db, event, article_id, "fatalities", "5", low=5, best=5, high=5, user=login)
    return event


@pytest.fixture
def team(server):
    return {
        "amal": server.analyst("amal"),
        "bassam": server.analyst("bassam"),
        "rana": server.analyst("rana", role="reviewer"),
        "adil": server.analyst("adil", role="adjudicator"),
        "hadi": server.analyst("hadi", role="adjudicator"),
        "boss": server.analyst("boss", role="admin"),
    }


def test_work_travels_with_its_coder_and_nothing_is_duplicated(server, team, tmp_path, monkeypatch):
    amal, bassam = team["amal"], team["bassam"]
    a = project(tmp_path, amal, seed=True)
    event = _coded_event(a, amal)
    pushed = sync_as(server, a, amal, monkeypatch)
    assert pushed.pushed >= 4 and pushed.articles_pushed == 1  # event, report, evidence, claim

    b = project(tmp_path, bassam, seed=False)
    pulled = sync_as(server, b, bassam, monkeypatch)
    assert pulled.articles_pulled == 1
    uid = a.execute("SELECT uid FROM events WHERE id = ?", [event]).fetchone()[0]
    row = b.execute(
        "SELECT created_by, location, event_type FROM events WHERE uid = ?", [uid]
    ).fetchone()
    assert row == (amal, "Hama", "Battles")
    assert b.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    assert b.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    # Syncing again, on either side, brings nothing twice.
    assert sync_as(server, b, bassam, monkeypatch).pulled == 0
    assert sync_as(server, a, amal, monkeypatch).pushed == 0
    assert b.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    with psycopg.connect(server.admin_url) as conn:
        owners = conn.execute("SELECT DISTINCT owner FROM reviewer.records").fetchall()
        assert owners == [(amal,)]
        audited = conn.execute(
            "SELECT count(*) FROM reviewer.audit WHERE who = %s AND tbl = 'records'", [amal]
        ).fetchone()[0]
        assert audited >= 4

    # A later change by its owner reaches the colleague.
    from reviewer.storage.events import update_event

    update_event(a, event, {"notes": "تأكيد من مصدر ثان"})
    sync_as(server, a, amal, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    notes = b.execute("SELECT notes FROM events WHERE uid = ?", [uid]).fetchone()[0]
    assert notes == "تأكيد من مصدر ثان"


def test_the_server_refuses_changes_to_another_analysts_records_whatever_the_client_sends(
    server, team, tmp_path, monkeypatch
):
    amal, bassam = team["amal"], team["bassam"]
    a = project(tmp_path, amal, seed=True)
    _coded_event(a, amal)
    sync_as(server, a, amal, monkeypatch)
    with connect_as(server, amal) as conn:
        uid, before = conn.execute(
            "SELECT uid, row FROM reviewer.records WHERE tbl = 'events'"
        ).fetchone()

    with connect_as(server, bassam) as conn:
        changed = conn.execute(
            "UPDATE reviewer.records SET row = jsonb_set(row, '{location}', '\"Homs\"')"
            " WHERE uid = %s",
            [uid],
        ).rowcount
        assert changed == 0
        assert conn.execute("DELETE FROM reviewer.records WHERE uid = %s", [uid]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(  # a record claiming to be amal's
                "INSERT INTO reviewer.records (uid, tbl, owner, row)"
                " VALUES ('forged', 'events', %s, '{}')",
                [amal],
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO reviewer.settings (key, value) VALUES ('four_eyes', '0')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a coder reviews
            conn.execute(
                "INSERT INTO reviewer.reviews (event_uid, status) VALUES (%s, 'reviewed')", [uid]
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM reviewer.audit")
    with connect_as(server, amal) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        # four eyes: the coder cannot review her own event, even holding the record
        conn.execute(
            "INSERT INTO reviewer.reviews (event_uid, status) VALUES (%s, 'reviewed')", [uid]
        )
    with connect_as(server, team["rana"]) as conn:
        conn.execute(
            "INSERT INTO reviewer.reviews (event_uid, status) VALUES (%s, 'reviewed')", [uid]
        )
        assert conn.execute("SELECT reviewer FROM reviewer.reviews").fetchone()[0] == team["rana"]
    with connect_as(server, team["boss"]) as conn:
        conn.execute("INSERT INTO reviewer.settings (key, value) VALUES ('four_eyes', '1')")
    with psycopg.connect(server.admin_url) as conn:
        after = conn.execute("SELECT row FROM reviewer.records WHERE uid = %s", [uid]).fetchone()
        assert after[0] == before
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("UPDATE reviewer.audit SET who = 'nobody'")


def test_reviews_follow_four_eyes_through_sync(server, team, tmp_path, monkeypatch):
    amal, rana = team["amal"], team["rana"]
    a = project(tmp_path, amal, seed=True)
    event = _coded_event(a, amal)
    from reviewer.storage.review import mark_event_coded, mark_event_reviewed

    mark_event_coded(a, event, amal)
    sync_as(server, a, amal, monkeypatch)
    r = project(tmp_path, rana, seed=False)
    sync_as(server, r, rana, monkeypatch)
    uid = a.execute("SELECT uid FROM events WHERE id = ?", [event]).fetchone()[0]
    local = r.execute("SELECT id, status FROM events WHERE uid = ?", [uid]).fetchone()
    assert local[1] == "coded"
    mark_event_reviewed(r, local[0], rana)
    assert sync_as(server, r, rana, monkeypatch).reviews_pushed == 1
    result = sync_as(server, a, amal, monkeypatch)
    assert result.reviews_pulled == 1
    assert a.execute("SELECT status, reviewed_by FROM events WHERE id = ?", [event]).fetchone() == (
        "reviewed",
        rana,
    )


def test_blind_double_coding_until_both_are_done(server, team, tmp_path, monkeypatch):
    amal, bassam, boss = team["amal"], team["bassam"], team["boss"]
    a = project(tmp_path, amal, seed=True)
    b = project(tmp_path, bassam, seed=True)
    article_hash = a.execute("SELECT content_hash FROM articles WHERE id = 2").fetchone()[0]
    sync_as(server, a, amal, monkeypatch)  # puts nothing yet, but registers
    with connect_as(server, boss) as conn:
        conn.execute(
            "INSERT INTO reviewer.articles (content_hash, title, text) SELECT %s, 't', 'x'"
            " WHERE NOT EXISTS (SELECT 1 FROM reviewer.articles WHERE content_hash = %s)",
            [article_hash, article_hash],
        )
        for login in (amal, bassam):
            conn.execute(
                "INSERT INTO reviewer.assignments (article_hash, analyst) VALUES (%s, %s)",
                [article_hash, login],
            )
    _coded_event(a, amal, article_id=2)
    _coded_event(b, bassam, article_id=2)
    sync_as(server, a, amal, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    mine = {bassam}
    assert {r[0] for r in b.execute("SELECT created_by FROM events")} == mine  # amal's hidden

    a.execute("UPDATE assignments SET done_at = '2024-12-09' WHERE analyst = ?", [amal])
    a.conn.commit()
    sync_as(server, a, amal, monkeypatch)  # amal done, bassam not yet: still blind
    sync_as(server, b, bassam, monkeypatch)
    assert {r[0] for r in b.execute("SELECT created_by FROM events")} == mine

    b.execute("UPDATE assignments SET done_at = '2024-12-09' WHERE analyst = ?", [bassam])
    b.conn.commit()
    sync_as(server, b, bassam, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    assert {r[0] for r in b.execute("SELECT created_by FROM events")} == {amal, bassam}


def test_two_adjudicators_on_one_field_raise_a_conflict_not_an_overwrite(
    server, team, tmp_path, monkeypatch
):
    adil = team["adil"]
    case = adjudicators_in_conflict(server, team, tmp_path, monkeypatch)
    d2, uid = case.second_project, case.uid
    assert not case.first_sync.conflicts  # the first one wins the race
    assert case.second_sync.conflicts and "fatalities" in case.second_sync.conflicts[0]
    assert len(case.second_sync.conflicts) == 1  # found on push, met again on pull: said once
    with psycopg.connect(server.admin_url) as conn:
        row = conn.execute("SELECT row FROM reviewer.records WHERE uid = %s", [uid]).fetchone()
        assert row[0]["fatalities"] == 12  # not overwritten
    conflict = d2.execute(
        "SELECT field, ours, theirs, their_by FROM sync_conflicts WHERE uid = ?", [uid]
    ).fetchall()
    assert ("fatalities", "30", "12", adil) in conflict  # JSON values
    assert d2.execute("SELECT fatalities FROM events WHERE uid = ?", [uid]).fetchone()[0] == 30
    assert sync_state(d2).open_conflicts == 1


def test_a_conflict_and_its_members_travel_with_their_references(
    server, team, tmp_path, monkeypatch
):
    """conflict_claims keeps event_id without a declared key: it must travel as a uid too."""
    amal, bassam = team["amal"], team["bassam"]
    a = project(tmp_path, amal, seed=True)
    event = _coded_event(a, amal)
    add_claim(a, event, 1, "fatalities", "30", low=30, best=30, high=30, user=amal)
    assert a.execute("SELECT count(*) FROM conflict_claims").fetchone()[0] == 2
    sync_as(server, a, amal, monkeypatch)
    b = project(tmp_path, bassam, seed=True)
    for _ in range(3):  # bassam's own events first: local ids differ from amal's
        complete_event(b, 2, user=bassam)
    sync_as(server, b, bassam, monkeypatch)
    uid = a.execute("SELECT uid FROM events WHERE id = ?", [event]).fetchone()[0]
    local_event = b.execute("SELECT id FROM events WHERE uid = ?", [uid]).fetchone()[0]
    assert local_event != event
    members = b.execute("SELECT event_id FROM conflict_claims").fetchall()
    assert members == [(local_event,), (local_event,)]
    conflict = b.execute("SELECT event_id, field, status FROM conflicts").fetchone()
    assert conflict == (local_event, "fatalities", "open")


@dataclass
class AdjudicatorsInConflict:
    first_project: Any
    second_project: Any
    uid: str
    first_sync: Any
    second_sync: Any


def adjudicators_in_conflict(server, team, tmp_path, monkeypatch) -> AdjudicatorsInConflict:
    """adil adjudicates an event; hadi pulls it; both change its fatalities; adil syncs
    first, so hadi's sync finds the conflict."""
    from reviewer.storage.events import update_event

    amal, adil, hadi = team["amal"], team["adil"], team["hadi"]
    a = project(tmp_path, amal, seed=True)
    _coded_event(a, amal)
    sync_as(server, a, amal, monkeypatch)
    d1 = project(tmp_path, adil, seed=False)
    sync_as(server, d1, adil, monkeypatch)
    # adil adjudicates: the adjudicated event and its adjudication record.
    article = d1.execute("SELECT id FROM articles").fetchone()[0]
    adjudicated = complete_event(d1, article, user=adil)
    d1.execute(
        "INSERT INTO adjudications (event_id, article_id, coders, adjudicated_by, adjudicated_at)"
        " VALUES (?, ?, ?, ?, '2024-12-09')",
        [adjudicated, article, json.dumps([amal]), adil],
    )
    d1.conn.commit()
    assert not sync_as(server, d1, adil, monkeypatch).refused
    d2 = project(tmp_path, hadi, seed=False)
    sync_as(server, d2, hadi, monkeypatch)
    uid = d1.execute("SELECT uid FROM events WHERE id = ?", [adjudicated]).fetchone()[0]
    theirs_id = d2.execute("SELECT id FROM events WHERE uid = ?", [uid]).fetchone()[0]
    update_event(d1, adjudicated, {"fatalities": 12})
    update_event(d2, theirs_id, {"fatalities": 30})
    first = sync_as(server, d1, adil, monkeypatch)
    second = sync_as(server, d2, hadi, monkeypatch)
    return AdjudicatorsInConflict(d1, d2, uid, first, second)


@pytest.mark.parametrize("keep", ["ours", "theirs"])
def test_a_sync_conflict_is_decided_and_the_next_sync_carries_the_decision_out(
    server, team, tmp_path, monkeypatch, keep
):
    from reviewer.server.sync import decide_sync_conflict, open_sync_conflicts

    adil, hadi = team["adil"], team["hadi"]
    case = adjudicators_in_conflict(server, team, tmp_path, monkeypatch)
    d1, d2, uid = case.first_project, case.second_project, case.uid
    [conflict] = open_sync_conflicts(d2)
    assert (conflict.field, conflict.ours, conflict.theirs) == ("fatalities", 30, 12)

    decide_sync_conflict(d2, conflict.id, keep=keep)
    assert open_sync_conflicts(d2) == []
    after = sync_as(server, d2, hadi, monkeypatch)
    assert not after.conflicts
    expected = 30 if keep == "ours" else 12
    assert d2.execute("SELECT fatalities FROM events WHERE uid = ?", [uid]).fetchone()[0] == (
        expected
    )
    with psycopg.connect(server.admin_url) as conn:
        row = conn.execute("SELECT row FROM reviewer.records WHERE uid = %s", [uid]).fetchone()
    assert row[0]["fatalities"] == expected
    sync_as(server, d1, adil, monkeypatch)  # and the other adjudicator sees the decision
    assert d1.execute("SELECT fatalities FROM events WHERE uid = ?", [uid]).fetchone()[0] == (
        expected
    )


def test_four_eyes_is_set_by_an_admin_and_reaches_every_project(
    server, team, tmp_path, monkeypatch
):
    from reviewer.storage.project_settings import (
        require_distinct_reviewer,
        set_require_distinct_reviewer,
    )

    boss, amal = team["boss"], team["amal"]
    a = project(tmp_path, amal, seed=True)
    set_require_distinct_reviewer(a, False)
    a.conn.commit()
    sync_as(server, a, amal, monkeypatch)  # a coder's choice stays hers: the server keeps none
    with psycopg.connect(server.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM reviewer.settings").fetchone()[0] == 0
    admin = project(tmp_path, boss, seed=False)
    set_require_distinct_reviewer(admin, True)
    admin.conn.commit()
    sync_as(server, admin, boss, monkeypatch)
    sync_as(server, a, amal, monkeypatch)
    assert require_distinct_reviewer(a)
