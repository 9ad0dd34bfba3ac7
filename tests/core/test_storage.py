import json
import sqlite3
from pathlib import Path

import pytest

from reviewer.errors import DatabaseTooNew, NotAReviewerDatabase, ValidationError
from reviewer.storage import SCHEMA_VERSION, open_database
from reviewer.storage.database import set_user
from reviewer.storage.events import (
    StaleEdit,
    articles_reporting,
    create_event,
    events_for_article,
    get_event,
    link_report,
    update_event,
)
from reviewer.storage.schema import APPLICATION_ID


def _insert_article(db, text="عنوان\nنص", content_hash="h") -> int:
    return db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES (?, ?, ?, 'now')",
        [content_hash, text.split("\n")[0], text],
    ).lastrowid


def test_new_file_is_set_up_safely(db_path):
    db = open_database(db_path)
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    assert pragma("user_version") == SCHEMA_VERSION
    assert pragma("application_id") == APPLICATION_ID
    assert {"articles", "sources", "events", "reports"} <= set(db.table_names())
    db.close()


def test_event_round_trip_survives_reopening(db_path):
    db = open_database(db_path)
    article = _insert_article(db)
    event = create_event(db, article, user="amal", event_type="Battles")
    update_event(
        db,
        event,
        {
            "sub_event_type": "Non-state actor overtakes territory",
            "event_date": "2024-12-05",
            "location": "حماة",
            "actor1": "هيئة تحرير الشام",
            "fatalities": 0,
        },
    )
    db.close()

    reopened = open_database(db_path)
    [row] = events_for_article(reopened, article)
    assert row["id"] == event
    assert row["location"] == "حماة"
    assert row["actor1"] == "هيئة تحرير الشام"
    assert row["sub_event_type"] == "Non-state actor overtakes territory"
    assert row["created_by"] == "amal"
    assert row["version"] == 2
    reopened.close()


def test_one_event_reported_by_several_articles(db):
    first, second = _insert_article(db, content_hash="a"), _insert_article(db, content_hash="b")
    event = create_event(db, first)
    link_report(db, second, event)
    link_report(db, second, event)  # idempotent
    assert articles_reporting(db, event) == [first, second]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO reports (article_id, event_id, created_at) VALUES (99, 98, 'x')")


def test_sub_event_type_must_belong_to_event_type(db):
    event = create_event(db, _insert_article(db), event_type="Protests")
    with pytest.raises(ValidationError) as error:
        update_event(db, event, {"sub_event_type": "Air/drone strike"})
    assert error.value.field == "sub_event_type"
    assert get_event(db, event)["sub_event_type"] is None


def test_unknown_field_is_refused(db):
    event = create_event(db, _insert_article(db))
    with pytest.raises(ValidationError, match="not an event field"):
        update_event(db, event, {"id": 5})


def test_edit_of_a_changed_event_is_detected(db):
    event = create_event(db, _insert_article(db))
    version = get_event(db, event)["version"]
    update_event(db, event, {"notes": "first window"}, expected_version=version)
    with pytest.raises(StaleEdit, match="changed elsewhere"):
        update_event(db, event, {"notes": "second window"}, expected_version=version)
    assert get_event(db, event)["notes"] == "first window"


def test_file_from_newer_version_is_refused_untouched(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of reviewer"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_non_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database, but somebody's notes\n" * 50)
    before = path.read_bytes()
    with pytest.raises(NotAReviewerDatabase, match="left untouched"):
        open_database(path)
    assert path.read_bytes() == before


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAReviewerDatabase, match="another program"):
        open_database(path)


def test_old_version_is_migrated_with_backup_and_data_kept(fixture_copy):
    path: Path = fixture_copy("schema_v1.sqlite")
    original = path.read_bytes()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "evidence" in db.table_names()
    assert [r["title"] for r in db.query("SELECT title FROM articles ORDER BY id")] == [
        "سقوط حماة",
        "حمص",
    ]
    event = get_event(db, 1)
    assert (event["location"], event["actor1"]) == ("Hama", "Hayat Tahrir al-Sham")
    assert articles_reporting(db, 1) == [1, 2]
    db.close()

    [backup] = path.parent.glob("schema_v1.v1-*.bak.sqlite")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    conn.close()
    assert len(original) > 0


def test_up_to_date_file_makes_no_backup(db_path):
    open_database(db_path).close()
    open_database(db_path).close()
    assert list(db_path.parent.glob("*.bak*")) == []


def test_folder_as_database_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="is a folder"):
        open_database(tmp_path)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_version_opens_with_data_intact(fixture_copy, version):
    path: Path = fixture_copy(f"schema_v{version}.sqlite")
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert get_event(db, 1)["sub_event_type"] == "Non-state actor overtakes territory"
    assert articles_reporting(db, 1) == [1, 2]
    db.close()
    assert len(list(path.parent.glob(f"schema_v{version}.v{version}-*.bak.sqlite"))) == 1


def test_edits_are_audited_with_who_and_what(db_path):
    db = open_database(db_path, user="amal")
    event = create_event(db, _insert_article(db), location="حماه")
    update_event(db, event, {"location": "حماة"})
    set_user(db, "basel")
    update_event(db, event, {"fatalities": 3})
    rows = list(
        db.query(
            "SELECT user, action, old_values, new_values FROM audit_log WHERE event_id = ?"
            " AND table_name = 'events' ORDER BY id",
            [event],
        )
    )
    assert [(r["user"], r["action"]) for r in rows] == [
        ("amal", "insert"),
        ("amal", "update"),
        ("amal", "update"),
        ("basel", "update"),
    ]
    old, new = json.loads(rows[2]["old_values"]), json.loads(rows[2]["new_values"])
    assert (old["location"], new["location"]) == ("حماه", "حماة")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET user = 'x'")
    db.close()


def test_schema_4_moves_carried_import_values_into_their_table(fixture_copy):
    db = open_database(fixture_copy("schema_v3.sqlite"))
    rows = db.execute(
        "SELECT event_id, name, value FROM event_import_values ORDER BY name"
    ).fetchall()
    assert rows == [(1, "source", "SANA; Reuters"), (1, "x_n_reports", "2")]
    leftover = db.execute("SELECT count(*) FROM project_settings WHERE key LIKE 'imported:%'")
    assert leftover.fetchone()[0] == 0
    db.close()


def test_new_event_code_avoids_one_an_imported_dataset_uses(db):
    article = _insert_article(db)
    db.execute(
        "INSERT INTO events (event_id_cnty, created_at, updated_at) VALUES ('RVW2', 'x', 'x')"
    )
    event = create_event(db, article)
    assert event == 2
    assert get_event(db, event)["event_id_cnty"] == "RVW2-2"


def test_a_deleted_events_id_is_never_handed_out_again(db):
    from reviewer.storage.events import delete_event

    article = _insert_article(db)
    first = create_event(db, article, notes="deleted later")
    delete_event(db, first)
    second = create_event(db, article)
    assert second != first
    assert get_event(db, second)["event_id_cnty"] != f"RVW{first}"


def test_a_deleted_event_is_restored_with_everything_that_hung_off_it(sample_db):
    from reviewer.storage.claims import add_claim, list_claims
    from reviewer.storage.events import delete_event, restore_event, snapshot_event
    from reviewer.storage.evidence import attach_evidence, list_evidence

    text = sample_db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    event = create_event(sample_db, 1, event_type="Battles")
    link_report(sample_db, 2, event)
    start = text.index("حماة")
    attach_evidence(sample_db, event, 1, "location", start, start + 4)
    add_claim(sample_db, event, 1, "prisoners_released", "مئات", start=text.index("مئات"),
              end=text.index("مئات") + 4)  # fmt: skip
    before = snapshot_event(sample_db, event)
    delete_event(sample_db, event)
    assert list_evidence(sample_db, event) == []
    restore_event(sample_db, before)
    assert snapshot_event(sample_db, event) == before
    assert articles_reporting(sample_db, event) == [1, 2]
    assert len(list_claims(sample_db, event)) == 1


def test_schema_9_groups_pairwise_conflicts_per_field(fixture_copy):
    """Schema 8's pairs become one conflict per field holding every claim on that field."""
    from reviewer.storage import conflicts
    from reviewer.storage.suggestions import list_decisions

    db = open_database(fixture_copy("schema_v8.sqlite"))
    rows = {row["field"]: row for row in conflicts.list_conflicts(db, 1)}
    assert set(rows) == {"prisoners_released", "force_movement"}
    prisoners = rows["prisoners_released"]
    assert prisoners["claim_ids"] == [1, 2, 3]
    assert (prisoners["id"], prisoners["origin"]) == (1, "detected")
    # Both pairs were closed: the latest decision (omar's) is the group's.
    assert (prisoners["status"], prisoners["resolved_by"]) == ("accepted", "omar")
    assert (prisoners["rationale"], prisoners["version"]) == ("cannot tell", 1)
    movement = rows["force_movement"]
    assert (movement["origin"], movement["status"], movement["claim_ids"]) == (
        "manual", "open", [4, 5],
    )  # fmt: skip
    assert movement["rationale"] == "denied, then withdrew"
    assert [d["decision"] for d in list_decisions(db, 1)] == ["rejected"]
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"audit_conflicts_update", "audit_conflict_claims_insert"} <= triggers
    db.close()


def test_a_new_project_has_large_pages(db):
    """Article rows of a few kB pack a dozen to a 32 kB page (issue 19: file size)."""
    from reviewer.storage.database import PAGE_SIZE

    assert db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 32768
