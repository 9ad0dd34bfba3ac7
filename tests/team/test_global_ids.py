"""Records that travel: global ids, coders and the project's analysts (schema 5)."""

import sqlite3

from reviewer.project import Project
from reviewer.storage import open_database
from reviewer.storage.claims import add_claim
from reviewer.storage.events import create_event, link_report
from reviewer.storage.evidence import attach_evidence
from reviewer.storage.schema import GLOBAL_ID_TABLES
from reviewer.team.analysts import list_analysts, project_uid
from reviewer.team.ids import UUID7_SQL, is_uuid7, uuid7, uuid7_time_ms


def test_python_and_sql_uuid7_are_valid_and_time_ordered():
    conn = sqlite3.connect(":memory:")
    made = [uuid7(now_ms=1_700_000_000_000), conn.execute(f"SELECT {UUID7_SQL}").fetchone()[0]]
    assert all(is_uuid7(uid) for uid in made)
    assert uuid7_time_ms(made[0]) == 1_700_000_000_000
    assert made[0] < made[1]  # the SQL one was made now, later than 2023
    rows = conn.execute(
        f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
        f" SELECT {UUID7_SQL} FROM n"
    ).fetchall()
    assert len({row[0] for row in rows}) == 500  # random part drawn per row
    assert not is_uuid7("not-a-uuid") and not is_uuid7(str(__import__("uuid").uuid4()))


def test_migration_gives_old_records_uids_coders_and_analysts(fixture_copy):
    path = fixture_copy("schema_v4.sqlite")
    db = open_database(path)
    for table in GLOBAL_ID_TABLES:
        uids = [row[0] for row in db.execute(f"SELECT uid FROM {table}")]
        assert all(is_uuid7(uid) for uid in uids), table
        assert len(set(uids)) == len(uids)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM reports WHERE uid IS NULL").fetchone()[0] == 0
    assert is_uuid7(project_uid(db))
    # the fixture's inserts were audited as user "fixture": an analyst of the project
    assert list_analysts(db) == ["fixture"]


def test_new_records_get_uid_and_coder_and_the_coder_becomes_an_analyst(tmp_path):
    project = Project.open(tmp_path / "p.sqlite", analyst="Lina", seed_sample=True)
    db = project.db
    assert project.analysts() == ["Lina"]
    article = db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    project.act_as("Omar")
    event = create_event(db, article, user="Omar", event_type="Battles")
    claim = add_claim(db, event, article, "fatalities", "20", best=20)
    span = attach_evidence(db, event, article, "event_type", 0, 3, user="Omar")
    other = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
    link_report(db, other, event)
    for table, row_id in (("events", event), ("claims", claim), ("evidence", span)):
        sql = f"SELECT uid, created_by FROM {table} WHERE id = ?"
        uid, coder = db.execute(sql, [row_id]).fetchone()
        assert is_uuid7(uid) and coder == "Omar", table
    coders = db.execute("SELECT created_by FROM reports WHERE event_id = ?", [event]).fetchall()
    assert coders == [("Omar",), ("Omar",)]
    assert project.analysts() == ["Lina", "Omar"]
    # filling the uid is not an edit: the log has the inserts only
    actions = db.execute(
        "SELECT action FROM audit_log WHERE event_id = ? AND action = 'update'", [event]
    ).fetchall()
    assert actions == [("update",)]  # create_event's own event code update, nothing more


def test_a_given_uid_is_kept(db):
    uid = uuid7()
    db.conn.user = "x"
    db.execute("INSERT INTO sources (name, uid) VALUES ('Enab Baladi', ?)", [uid])
    assert db.execute("SELECT uid FROM sources").fetchone()[0] == uid


def test_project_object_reopens_with_its_analyst(tmp_path):
    path = tmp_path / "p.sqlite"
    first = Project.open(path, analyst="  Lina ")
    assert first.analyst == "Lina"
    first.close()
    again = Project.open(path, analyst=None)
    assert again.analyst is None and again.analysts() == ["Lina"]
    again.close()
