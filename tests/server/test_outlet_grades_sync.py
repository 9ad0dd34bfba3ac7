"""Outlet grades travel through the team server: one grade per outlet for the team,
given by any member in their own name, a colleague's change never silently undone.

A real PostgreSQL server (tests/server/conftest.py); the refusals are tried with
plain SQL, as a client that ignores the app would.
"""

from __future__ import annotations

import psycopg
import pytest

from reviewer.server.connect import ServerError
from reviewer.server.schema import SERVER_SCHEMA_VERSION
from reviewer.storage.sources import get_or_create_source, set_reliability, set_scale
from tests.server.analysts import connect_as, project, sync_as

OUTLET = "عنب بلدي"


def _grade(db, reliability: str, scale: str | None = None) -> None:
    source = get_or_create_source(db, OUTLET)
    set_reliability(db, source, reliability)
    if scale is not None:
        set_scale(db, source, scale)


def _graded(db) -> tuple:
    return db.execute("SELECT reliability, scale FROM sources WHERE name = ?", [OUTLET]).fetchone()


@pytest.fixture
def pair(server, tmp_path):
    amal, bassam = server.analyst("amal"), server.analyst("bassam")
    return amal, project(tmp_path, amal, seed=False), bassam, project(tmp_path, bassam, seed=False)


def test_a_grade_given_by_one_analyst_reaches_the_others_in_her_name(server, pair, monkeypatch):
    amal, a, bassam, b = pair
    _grade(a, "B", "National")
    sync_as(server, a, amal, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    assert _graded(b) == ("B", "National")
    who = b.execute(
        "SELECT DISTINCT user FROM audit_log WHERE table_name = 'sources'"
        " AND new_values LIKE '%\"B\"%'"
    ).fetchall()
    assert who == [(amal,)]  # the local history says who graded it
    with psycopg.connect(server.admin_url) as conn:
        logged = conn.execute(
            "SELECT who, new->>'reliability' FROM reviewer.audit WHERE tbl = 'outlets'"
        ).fetchall()
    assert logged == [(amal, "B")]

    # Bassam regrades it; Amal gets his grade, and syncing again moves nothing.
    _grade(b, "C")
    sync_as(server, b, bassam, monkeypatch)
    sync_as(server, a, amal, monkeypatch)
    assert _graded(a) == ("C", "National")
    sync_as(server, a, amal, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    with psycopg.connect(server.admin_url) as conn:
        assert (
            conn.execute("SELECT count(*) FROM reviewer.audit WHERE tbl = 'outlets'").fetchone()[0]
            == 2
        )


def test_a_colleagues_grade_made_meanwhile_is_kept_and_the_summary_says_so(
    server, pair, monkeypatch
):
    amal, a, bassam, b = pair
    _grade(a, "B")
    sync_as(server, a, amal, monkeypatch)
    sync_as(server, b, bassam, monkeypatch)
    _grade(a, "A")  # both change it before either syncs again
    _grade(b, "E")
    sync_as(server, a, amal, monkeypatch)
    said = sync_as(server, b, bassam, monkeypatch)
    assert _graded(b)[0] == "A"  # the server's, not silently overwritten by Bassam's E
    lines = [str(line) for line in said.summary().details]
    assert any(OUTLET in line and amal in line and "yours was E" in line for line in lines)
    with psycopg.connect(server.admin_url) as conn:
        assert conn.execute(
            "SELECT reliability, changed_by FROM reviewer.outlets WHERE name = %s", [OUTLET]
        ).fetchone() == ("A", amal)


def test_the_server_refuses_a_grade_in_someone_elses_name(server, pair, monkeypatch):
    amal, a, bassam, _b = pair
    _grade(a, "B")
    sync_as(server, a, amal, monkeypatch)
    with connect_as(server, bassam) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE reviewer.outlets SET reliability = 'F'")  # still amal's name
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO reviewer.outlets (name, changed_by) VALUES ('x', %s)", [amal])
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("UPDATE reviewer.outlets SET reliability = 'Z', changed_by = session_user")
        conn.execute("UPDATE reviewer.outlets SET reliability = 'D', changed_by = session_user")


def test_a_server_behind_this_version_is_refused_with_what_to_do(server, pair, monkeypatch):
    amal, a, *_ = pair
    with psycopg.connect(server.admin_url, autocommit=True) as conn:
        conn.execute("UPDATE reviewer.server_meta SET value = '1' WHERE key = 'version'")
    try:
        with pytest.raises(ServerError, match="reviewer server init"):
            sync_as(server, a, amal, monkeypatch)
    finally:
        with psycopg.connect(server.admin_url, autocommit=True) as conn:
            conn.execute(
                "UPDATE reviewer.server_meta SET value = %s WHERE key = 'version'",
                [str(SERVER_SCHEMA_VERSION)],
            )
