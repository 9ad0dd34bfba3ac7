"""Attacks on the audit log and on stored data, and ``reviewer check`` finding them.

The attacker here has what anyone with the file has: the app's own connection
(a plugin, a careless script) or a plain sqlite3 shell, possibly one that
mimics the app's SQL functions. What each can and cannot do is stated in
storage.audit_chain and the README; these tests hold the code to it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.storage import open_database
from reviewer.storage.audit_chain import CHAINED_COLUMNS, chain_hash, register_functions
from reviewer.storage.claims import add_claim
from reviewer.storage.events import create_event
from reviewer.storage.integrity import check
from reviewer.storage.project_settings import set_require_distinct_reviewer
from reviewer.storage.schema import UNAUDITED_TABLES

TEXT = "سيطرة الفصائل على حماة\nأعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي."
MARKER = "علامةفريدة"  # a word found once in the file, to flip a byte of


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A sound project: an article, an event with a span-less claim, a setting."""
    path = tmp_path / "project.sqlite"
    db = open_database(path, user="amal")
    article = db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES ('h', 't', ?, 'x')",
        [f"{TEXT} {MARKER}"],
    ).lastrowid
    event = create_event(db, article, user="amal", location="Hama")
    add_claim(db, event, article, "fatalities", "عشرات القتلى")  # a claim may have no span
    start = TEXT.index("حماة")
    add_claim(db, event, article, "place", "حماة", start=start, end=start + 4, value_text="Hama")
    set_require_distinct_reviewer(db, True)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _raw(path: Path, *, mimic: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 shell on the file; ``mimic`` registers look-alikes of the app's functions."""
    conn = sqlite3.connect(path, isolation_level=None)
    if mimic:
        register_functions(conn, lambda: "intruder")
    return conn


def _problems(path: Path) -> list[str]:
    db = open_database(path)
    try:
        return [str(p) for p in check(db)]
    finally:
        db.close()


# --- point 8: only the triggers write the log ---------------------------------------------


def test_the_apps_connection_cannot_insert_audit_rows(project):
    db = open_database(project)
    before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db.execute(
            "INSERT INTO audit_log (at, user, table_name, row_id, action)"
            " VALUES ('2024', 'forger', 'events', 1, 'insert')"
        )
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db.execute("DROP TRIGGER audit_events_update")
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db.execute(
            "CREATE TEMP TRIGGER audit_x_insert AFTER INSERT ON events BEGIN"
            " INSERT INTO audit_log (at, table_name, row_id, action)"
            " VALUES ('x', 'x', 1, 'insert'); END"
        )
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        db.execute("UPDATE articles SET text = 'rewritten' WHERE id = 1")
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    db.close()
    assert _problems(project) == []


def test_a_plain_sqlite_shell_can_neither_log_nor_edit_audited_tables(project):
    conn = _raw(project)
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        conn.execute(
            "INSERT INTO audit_log (id, at, user, table_name, row_id, action, hash)"
            " VALUES (999, '2024', 'forger', 'events', 1, 'insert', 'x')"
        )
    with pytest.raises(sqlite3.OperationalError, match="no such function"):
        conn.execute("UPDATE events SET location = 'Homs'")
    conn.close()


def test_a_forged_row_with_a_wrong_hash_is_refused_even_with_lookalike_functions(project):
    conn = _raw(project, mimic=True)
    with pytest.raises(sqlite3.IntegrityError, match="only by the audit triggers"):
        conn.execute(
            "INSERT INTO audit_log (id, at, user, table_name, row_id, action, hash)"
            " VALUES (999, '2024', 'forger', 'events', 1, 'insert', 'deadbeef')"
        )
    conn.close()


def test_created_by_article_text_and_the_four_eyes_setting_are_audited(project):
    db = open_database(project, user="lead")
    rows = {
        (r[0], r[1])
        for r in db.execute("SELECT table_name, action FROM audit_log WHERE user = 'amal'")
    }
    assert ("project_settings", "insert") in rows and ("articles", "insert") in rows
    db.execute("UPDATE events SET created_by = 'someone else' WHERE id = 1")
    set_require_distinct_reviewer(db, False)
    changes = [
        (table, json.loads(old), json.loads(new))
        for table, old, new in db.execute(
            "SELECT table_name, old_values, new_values FROM audit_log"
            " WHERE user = 'lead' AND action = 'update' ORDER BY id"
        )
    ]
    assert changes[0][0] == "events"
    assert (changes[0][1]["created_by"], changes[0][2]["created_by"]) == ("amal", "someone else")
    assert changes[1][0] == "project_settings" and changes[1][2]["value"] == "0"
    inserted = json.loads(
        db.execute(
            "SELECT new_values FROM audit_log WHERE table_name = 'articles' AND action = 'insert'"
        ).fetchone()[0]
    )
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", inserted["text"])  # the text, as its digest
    db.close()


def _table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def test_every_table_and_every_column_is_audited(tmp_path):
    """A new table or column must come with its audit triggers (schema.audit_triggers)."""
    db = open_database(tmp_path / "fresh.sqlite")
    conn = db.conn
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'article_search%' AND name != 'audit_log'"
        )
        if name not in UNAUDITED_TABLES
    ]
    assert set(UNAUDITED_TABLES) <= set(_all_tables(conn))  # the exemption names real tables
    triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    missing = []
    for table in tables:
        for action in ("insert", "update", "delete"):
            sql = triggers.get(f"audit_{table}_{action}")
            if sql is None or "reviewer_audit_hash" not in sql:
                missing.append(f"audit_{table}_{action}")
                continue
            alias = "OLD" if action == "delete" else "NEW"
            for column in _table_columns(conn, table):
                if f'{alias}."{column}"' not in sql and f"{alias}.{column}" not in sql:
                    missing.append(f"{table}.{column} in audit_{table}_{action}")
    db.close()
    assert missing == []


# --- point 8: the chain -------------------------------------------------------------------


def test_every_audit_row_carries_a_hash_chained_to_the_one_before(project):
    conn = _raw(project)
    rows = conn.execute(f"SELECT {', '.join(CHAINED_COLUMNS)}, hash FROM audit_log ORDER BY id")
    previous = None
    count = 0
    for *row, stored in rows:
        assert stored == chain_hash(previous, *row)
        previous, count = stored, count + 1
    assert count >= 6
    conn.close()


def test_the_migration_chains_rows_logged_before_it(fixture_copy):
    path = fixture_copy("schema_v4.sqlite")
    before = _raw(path).execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert before > 0
    assert _problems(path) == []
    hashes = _raw(path).execute("SELECT hash FROM audit_log ORDER BY id").fetchall()
    assert len(hashes) == before and all(h[0] for h in hashes)


# --- point 7: check judges right ------------------------------------------------------------


def test_check_accepts_a_claim_without_a_span_and_a_sound_project(project, capsys):
    assert main(["check", "--db", str(project)]) == 0
    out = capsys.readouterr().out
    assert "ok" in out and "audit chain head: " in out


def test_check_finds_a_flipped_byte_in_a_stored_text(project, capsys):
    data = bytearray(project.read_bytes())
    encoded = MARKER.encode()
    at = data.find(encoded)
    assert at > 0 and data.find(encoded, at + 1) == -1
    data[at + 1] = ord("A")  # a UTF-8 continuation byte becomes ASCII: invalid text
    project.write_bytes(bytes(data))
    assert main(["check", "--db", str(project)]) == 1
    out = capsys.readouterr().out
    assert "articles row 1, text: stored text is not valid UTF-8" in out


def test_check_finds_a_dropped_audit_trigger(project, capsys):
    conn = _raw(project)
    conn.execute("DROP TRIGGER audit_claims_update")
    conn.close()
    assert main(["check", "--db", str(project)]) == 1
    assert "trigger audit_claims_update is missing" in capsys.readouterr().out


def test_check_finds_a_changed_trigger(project):
    conn = _raw(project)
    conn.execute("DROP TRIGGER audit_events_update")
    conn.execute(
        "CREATE TRIGGER audit_events_update AFTER UPDATE ON events WHEN 0 BEGIN SELECT 1; END"
    )
    conn.close()
    assert any("trigger audit_events_update differs" in p for p in _problems(project))


def test_check_finds_a_rewritten_audit_row(project):
    conn = _raw(project)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'someone' WHERE id = 2")
    conn.close()
    problems = _problems(project)
    assert any("audit row 2: hash does not follow" in p for p in problems), problems


def test_check_finds_a_deleted_audit_row(project):
    conn = _raw(project)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.close()
    problems = _problems(project)
    assert any("audit row 4: hash does not follow" in p for p in problems), problems


def test_check_finds_a_forged_audit_row(project):
    conn = _raw(project)
    conn.execute("DROP TRIGGER audit_log_guard")
    last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.execute(
        "INSERT INTO audit_log (id, at, user, table_name, row_id, action, hash)"
        " VALUES (?, '2024', 'forger', 'events', 1, 'delete', 'cafe')",
        [last + 1],
    )
    conn.close()
    problems = _problems(project)
    assert any(f"audit row {last + 1}: hash does not follow" in p for p in problems)
    assert any("trigger audit_log_guard is missing" in p for p in problems)


def test_check_finds_changed_article_text(project):
    """Even by a tool that mimics the app's functions, so that the chain stays whole."""
    conn = _raw(project, mimic=True)
    conn.execute("UPDATE articles SET text = replace(text, 'حماة', 'حمص') WHERE id = 1")
    conn.close()
    problems = _problems(project)
    assert any("article 1: the text differs from the one imported" in p for p in problems)
    assert any("article 1: its text was changed (audit row" in p for p in problems)
    assert not any("audit chain" in p for p in problems)


def _rewrite_history(conn, audit_id: int) -> None:
    """An attacker's edit of audit row ``audit_id``, with every hash after it recomputed
    (the no-update trigger dropped; the caller puts it back if it needs it)."""
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET user = 'someone' WHERE id = ?", [audit_id])
    previous = None
    for *row, _old in conn.execute(
        f"SELECT {', '.join(CHAINED_COLUMNS)}, hash FROM audit_log ORDER BY id"
    ).fetchall():
        previous = chain_hash(previous, *row)
        conn.execute("UPDATE audit_log SET hash = ? WHERE id = ?", [previous, row[0]])


def test_a_recomputed_chain_is_caught_by_a_head_recorded_outside(project, capsys):
    assert main(["check", "--db", str(project)]) == 0
    head = re.search(r"audit chain head: (\d+:[0-9a-f]+)", capsys.readouterr().out).group(1)
    conn = _raw(project, mimic=True)  # rewrite history, recomputing every hash after it
    _rewrite_history(conn, 1)
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN"
        "\n        SELECT RAISE(ABORT, 'the audit log is append-only');\n    END"
    )
    conn.close()
    assert main(["check", "--db", str(project)]) == 0  # nothing inside the file tells
    capsys.readouterr()
    assert main(["check", "--db", str(project), "--audit-head", head]) == 1
    assert "no longer carries the recorded hash" in capsys.readouterr().out


def test_the_history_survives_a_flipped_byte_in_an_audit_row(project):
    """The History query used to fail on it; check names the row (test above)."""
    from reviewer.storage.audit import event_history

    data = bytearray(project.read_bytes())
    encoded = b"Hama"
    at = data.find(b'"location":"Hama"')
    assert at > 0
    data[at + len(b'"location":"')] = 0xFF  # invalid UTF-8 inside the audit row's JSON
    project.write_bytes(bytes(data))
    db = open_database(project)
    history = event_history(db, 1)
    db.close()
    shown = [str(value) for entry in history for c in entry.changes for value in (c.old, c.new)]
    assert any("\ufffd" in value for value in shown)
    assert any("audit_log row" in p and "not valid UTF-8" in p for p in _problems(project)), encoded


def _all_tables(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def test_check_finds_nothing_on_the_sample_project_after_a_session_of_work(sample_db, db_path):
    """No false alarms: imports, events, claims, evidence, grades and settings all pass."""
    from reviewer.storage import reports, sources
    from reviewer.storage.evidence import attach_evidence

    article = 1
    text = sample_db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    event = create_event(sample_db, article, user="amal", notes="ملاحظة")
    word = text.split()[1]
    start = text.index(word)
    attach_evidence(sample_db, event, article, "location", start, start + len(word), user="amal")
    add_claim(sample_db, event, article, "fatalities", word, low=3)  # no span
    source = sample_db.execute("SELECT source_id FROM articles WHERE id = ?", [article])
    source_id = source.fetchone()[0]
    if source_id is not None:
        sources.set_reliability(sample_db, source_id, "B", expected=None)
    reports.set_credibility(sample_db, article, event, 3, expected=None)
    set_require_distinct_reviewer(sample_db, True)
    sample_db.execute("DELETE FROM events WHERE id = ?", [event])
    assert [str(p) for p in check(sample_db)] == []
    assert main(["check", "--db", str(db_path)]) == 0


def test_a_backup_serves_as_the_recorded_head(project, tmp_path, capsys):
    """A rewrite with the whole chain recomputed is caught against any earlier backup."""
    from reviewer.storage.backups import copy_database

    db = open_database(project)
    backup = copy_database(db.conn, tmp_path / "backup.sqlite")
    db.close()
    assert main(["check", "--db", str(project), "--audit-head", str(backup)]) == 0
    conn = _raw(project, mimic=True)
    _rewrite_history(conn, 2)
    conn.close()
    capsys.readouterr()
    assert main(["check", "--db", str(project), "--audit-head", str(backup)]) == 1
    assert "no longer carries the recorded hash" in capsys.readouterr().out


# --- issue 19: an import batch is logged as one audit row ---------------------------------


@pytest.fixture
def imported(tmp_path: Path) -> Path:
    """A project with five articles brought in by the importer (one batch)."""
    from reviewer.importing.corpus_import import import_paths

    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(5):
        (folder / f"{number}.txt").write_text(f"خبر {number}\n{TEXT} رقم {number}", "utf-8")
    path = tmp_path / "imported.sqlite"
    db = open_database(path, user="amal")
    assert len(import_paths(db, [folder]).imported) == 5
    db.close()
    return path


def _rewrite_text_and_hash(path: Path, article_id: int) -> None:
    """What a shell can do around the triggers: drop the update trigger, change a text and
    its hash together, then put the very same trigger back (check sees no trigger missing)."""
    import hashlib

    conn = _raw(path)
    (trigger,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'audit_articles_update'"
    ).fetchone()
    conn.execute("DROP TRIGGER audit_articles_update")
    text = conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    forged = text.replace("حماة", "حمص")
    conn.execute(
        "UPDATE articles SET text = ?, text_sha256 = ? WHERE id = ?",
        [forged, hashlib.sha256(forged.encode()).hexdigest(), article_id],
    )
    conn.execute(trigger)
    conn.close()


def test_an_import_batch_is_one_audit_row_and_check_passes(imported):
    conn = _raw(imported)
    logged = conn.execute("SELECT table_name, action, new_values FROM audit_log").fetchall()
    conn.close()
    batches = [json.loads(new) for table, action, new in logged if table == "import_batches"]
    assert [(b["first_article"], b["last_article"]) for b in batches] == [(1, 5)]
    assert not [row for row in logged if row[0] == "articles"]  # none per article
    assert _problems(imported) == []


def test_check_finds_a_batch_imported_text_rewritten_with_its_hash(imported):
    _rewrite_text_and_hash(imported, 3)
    problems = _problems(imported)
    assert any("articles 1-5: not the texts imported" in p for p in problems), problems
    assert not any("trigger" in p or "audit chain" in p for p in problems)


def test_check_finds_an_article_of_a_batch_removed(imported):
    conn = _raw(imported)
    conn.execute("DROP TRIGGER audit_articles_delete")
    conn.execute("DELETE FROM articles WHERE id = 2")
    conn.close()
    assert any("articles 1-5: not the texts imported" in p for p in _problems(imported))


def test_check_finds_an_article_text_rewritten_with_its_hash(project):
    """An article written one by one is held to its own insert row's digest."""
    _rewrite_text_and_hash(project, 1)
    problems = _problems(project)
    assert any("article 1: not the text imported" in p for p in problems), problems


def test_articles_written_outside_an_import_are_still_logged_one_by_one(imported):
    db = open_database(imported, user="lina")
    db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES ('x', 't', ?, 'x')",
        [TEXT],
    )
    rows = db.execute(
        "SELECT row_id, user FROM audit_log WHERE table_name = 'articles' AND action = 'insert'"
    ).fetchall()
    db.close()
    assert rows == [(6, "lina")]
    assert _problems(imported) == []
