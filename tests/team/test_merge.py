"""Merging analysts' projects: attribution, idempotence, no overwrite, onward, refusals."""

import hashlib
import shutil
import sqlite3

import pytest

from reviewer.cli import main
from reviewer.errors import DatabaseTooNew, ReviewerError
from reviewer.project import Project
from reviewer.storage.events import update_event
from reviewer.storage.schema import SCHEMA_VERSION
from reviewer.team.merge import merge_project
from tests.team.conftest import HAMA_TAKEOVER, code_event, first_article


def _count(project, table, where="1", params=()):
    return project.db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


def _events(project):
    rows = project.db.execute(
        "SELECT uid, event_id_cnty, created_by, event_type FROM events ORDER BY id"
    ).fetchall()
    return rows


def test_two_analysts_merge_with_attribution_and_twice_is_once(team):
    lina, omar = team("Lina"), team("Omar")
    article = first_article(lina)
    code_event(lina, article, **HAMA_TAKEOVER)
    code_event(omar, first_article(omar), **{**HAMA_TAKEOVER, "event_date": "2024-12-04"})
    omar.db.close()
    result = merge_project(lina, omar.path)
    assert result.added["events"] == 1 and result.added["claims"] == 1
    assert result.added["evidence"] == 1 and result.added["reports"] == 1
    assert result.added["articles"] == 0  # the same sample articles, matched by hash
    assert result.renamed_codes == [("RVW1", "RVW2")]  # both called their first event RVW1
    events = _events(lina)
    assert [(code, coder) for _, code, coder, _ in events] == [("RVW1", "Lina"), ("RVW2", "Omar")]
    # everything Omar made keeps Omar as its coder and hangs off the right article
    merged = lina.db.execute("SELECT id FROM events WHERE created_by = 'Omar'").fetchone()[0]
    for table in ("claims", "evidence", "reports"):
        row = lina.db.execute(
            f"SELECT created_by, article_id FROM {table} WHERE event_id = ?", [merged]
        ).fetchone()
        assert row == ("Omar", article), table
    assert lina.db.execute(
        "SELECT credibility FROM reports WHERE event_id = ?", [merged]
    ).fetchone() == (2,)
    assert set(lina.analysts()) == {"Lina", "Omar"}
    assert result.added["analysts"] == 1  # merged as a name, not made by a trigger on his events
    first_seen = "SELECT first_seen FROM analysts WHERE name = 'Omar'"
    with sqlite3.connect(omar.path) as theirs:
        assert lina.db.execute(first_seen).fetchone() == theirs.execute(first_seen).fetchone()
    # Omar's history came along, and this project's log says who merged
    assert _count(lina, "merged_audit", "event_id = ? AND user = 'Omar'", [merged]) >= 4
    assert _count(lina, "audit_log", "event_id = ? AND user = 'Lina'", [merged]) >= 4
    snapshot = _snapshot(lina)
    again = merge_project(lina, omar.path)
    assert again.nothing_new and _snapshot(lina) == snapshot
    assert "nothing new" in again.summary()


def _snapshot(project):
    tables = ("events", "claims", "evidence", "reports", "conflicts", "merged_audit", "analysts")
    return {t: _count(project, t) for t in tables} | {"audit": _count(project, "audit_log")}


def test_a_merge_never_overwrites_this_projects_records(team):
    lina, omar = team("Lina"), team("Omar")
    event = code_event(lina, first_article(lina), **HAMA_TAKEOVER, notes="Lina's notes")
    lina.db.close()
    lina = Project.open(lina.path, analyst="Lina")
    merge_project(omar, lina.path)  # Omar now has Lina's event ...
    theirs = omar.db.execute("SELECT id FROM events WHERE created_by = 'Lina'").fetchone()[0]
    update_event(omar.db, theirs, {"notes": "changed by Omar", "fatalities": 9})
    omar.db.close()
    merge_project(lina, omar.path)  # ... and his change to it does not come back over hers
    row = lina.db.execute("SELECT notes, fatalities FROM events WHERE id = ?", [event]).fetchone()
    assert row == ("Lina's notes", None)
    assert _count(lina, "events") == 1


def test_three_analysts_onward_merge_brings_each_record_once(team):
    a, b, c = team("A"), team("B"), team("C")
    for project, day in ((a, "2024-12-05"), (b, "2024-12-04"), (c, "2024-12-03")):
        code_event(project, first_article(project), **{**HAMA_TAKEOVER, "event_date": day})
    a.db.close()
    merge_project(b, a.path)  # A -> B
    b.db.close()
    merge_project(c, b.path)  # B (holding A's work) -> C
    assert sorted(coder for _, _, coder, _ in _events(c)) == ["A", "B", "C"]
    uids_after_onward = {uid for uid, *_ in _events(c)}
    first_audit = _count(c, "merged_audit")
    result = merge_project(c, a.path)  # A directly as well: already here via B
    assert result.added["events"] == 0 and result.audit_rows == 0
    assert {uid for uid, *_ in _events(c)} == uids_after_onward
    assert _count(c, "merged_audit") == first_audit
    codes = [code for _, code, _, _ in _events(c)]
    assert len(set(codes)) == 3  # readable and unique within the project
    # A's history reached C through B, still credited to A, once
    assert (
        _count(c, "merged_audit", "user = 'A' AND table_name = 'events' AND action = 'insert'") == 1
    )


def test_newer_schema_is_refused_and_the_file_left_alone(team, tmp_path):
    lina, omar = team("Lina"), team("Omar")
    omar.db.close()
    conn = sqlite3.connect(omar.path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        merge_project(lina, omar.path)


def test_merging_works_from_a_read_only_file_and_does_not_touch_it(team, tmp_path):
    lina, omar = team("Lina"), team("Omar")
    code_event(omar, first_article(omar), **HAMA_TAKEOVER)
    omar.db.close()
    sealed = tmp_path / "sealed"
    sealed.mkdir()
    copy = sealed / "omar.sqlite"
    shutil.copyfile(omar.path, copy)
    copy.chmod(0o444)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    listing = sorted(p.name for p in sealed.iterdir())
    assert merge_project(lina, copy).added["events"] == 1
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in sealed.iterdir()) == listing  # no -wal or -shm left beside it


def test_an_older_project_file_is_migrated_in_a_temporary_copy(team, fixture_copy):
    lina = team("Lina")
    old = fixture_copy("schema_v4.sqlite")
    before = old.read_bytes()
    result = merge_project(lina, old)
    assert result.added["articles"] == 2 and result.added["events"] == 1
    assert old.read_bytes() == before


def test_merging_a_project_into_itself_is_refused(team):
    lina = team("Lina")
    with pytest.raises(ReviewerError, match="same project"):
        merge_project(lina, lina.path)


def test_cli_merge_reports_what_it_brought_in(team, capsys):
    lina, omar = team("Lina"), team("Omar")
    code_event(omar, first_article(omar), **HAMA_TAKEOVER)
    omar.db.close()
    lina.db.close()
    assert main(["--db", str(lina.path), "merge", str(omar.path), "--as", "Lina"]) == 0
    out = capsys.readouterr().out
    assert "events: 1 added" in out and "claims: 1 added" in out
    assert main(["--db", str(lina.path), "merge", str(omar.path)]) == 0
    assert "nothing new" in capsys.readouterr().out


def test_conflicts_and_their_claims_come_across_and_join_ours(team):
    from reviewer.storage.claims import add_claim

    lina, omar = team("Lina"), team("Omar")
    article = first_article(omar)
    text = omar.db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    event = code_event(omar, article, **HAMA_TAKEOVER)  # its claim says 3 dead
    add_claim(
        omar.db,
        event,
        article,
        "fatalities",
        text[20:24],
        start=20,
        end=24,
        low=50,
        best=50,
        high=50,
    )
    omar.db.close()
    merge_project(lina, omar.path)
    merged = lina.db.execute("SELECT id FROM events WHERE created_by = 'Omar'").fetchone()[0]
    [(conflict, status)] = lina.db.execute(
        "SELECT id, status FROM conflicts WHERE event_id = ?", [merged]
    ).fetchall()
    members = lina.db.execute(
        "SELECT m.event_id, c.event_id FROM conflict_claims m JOIN claims c ON c.id = m.claim_id"
        " WHERE m.conflict_id = ?",
        [conflict],
    ).fetchall()
    assert status == "open" and members == [(merged, merged), (merged, merged)]
    # Lina adds a third figure to Omar's event; Omar merges her file back: her claim
    # joins the conflict his project already has on that field
    add_claim(
        lina.db,
        merged,
        article,
        "fatalities",
        text[40:44],
        start=40,
        end=44,
        low=500,
        best=500,
        high=500,
    )
    lina.db.close()
    omar = Project.open(omar.path, analyst="Omar")
    merge_project(omar, lina.path)
    assert omar.db.execute(
        "SELECT count(*) FROM conflict_claims m JOIN conflicts c ON c.id = m.conflict_id"
        " WHERE c.event_id = ?",
        [event],
    ).fetchone() == (3,)
    omar.db.close()


def test_a_merged_event_shows_the_history_it_had_in_its_coders_project(team):
    from reviewer.storage.audit import event_history

    lina, omar = team("Lina"), team("Omar")
    code_event(omar, first_article(omar), **HAMA_TAKEOVER)
    omar.db.close()
    merge_project(lina, omar.path)
    merged = lina.db.execute("SELECT id FROM events WHERE created_by = 'Omar'").fetchone()[0]
    history = event_history(lina.db, merged)
    users = [entry.user for entry in history]
    assert users.index("Omar") < users.index("Lina")  # his coding first, then her merge
    assert any(e.user == "Omar" and e.table == "claims" and e.audit_id < 0 for e in history)


def test_sync_bookkeeping_stays_home_and_article_metadata_fills_gaps(team):
    lina, omar = team("Lina"), team("Omar")
    article = first_article(omar)
    code_event(omar, article, **HAMA_TAKEOVER)
    uid = omar.db.execute("SELECT uid FROM events").fetchone()[0]
    omar.db.execute(
        "INSERT INTO sync_conflicts (tbl, uid, field, ours, theirs, found_at)"
        " VALUES ('events', ?, 'notes', 'a', 'b', '2024-12-09T00:00:00Z')",
        [uid],
    )
    omar.db.execute(
        "INSERT INTO article_metadata (article_id, field, value, origin, decided_by)"
        " VALUES (?, 'author', 'Omar Said', 'confirmed', 'Omar')",
        [article],
    )
    omar.db.close()
    result = merge_project(lina, omar.path)
    assert result.added["article_metadata"] == 1
    assert _count(lina, "sync_conflicts") == 0 and _count(lina, "sync_records") == 0
    assert lina.db.execute(
        "SELECT value, decided_by FROM article_metadata WHERE field = 'author'"
    ).fetchall() == [("Omar Said", "Omar")]
