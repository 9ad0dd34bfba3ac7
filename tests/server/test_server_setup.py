"""``reviewer server init`` and ``add-analyst`` on a real PostgreSQL server."""

from __future__ import annotations

import psycopg
import pytest

from reviewer.server.admin import init_server, server_version
from reviewer.server.schema import SERVER_SCHEMA_VERSION


def test_init_creates_schema_roles_and_policies_and_is_repeatable(server):
    with psycopg.connect(server.admin_url) as conn:
        assert server_version(conn) == SERVER_SCHEMA_VERSION
        roles = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles")}
        assert {"reviewer_coder", "reviewer_reviewer", "reviewer_adjudicator",
                "reviewer_admin"} <= roles  # fmt: skip
        secured = {
            r[0]
            for r in conn.execute(
                "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'reviewer' AND c.relrowsecurity"
            )
        }
        assert {"records", "reviews", "settings", "articles", "assignments"} <= secured
    assert init_server(server.admin_url) == SERVER_SCHEMA_VERSION  # twice = once


def test_an_analyst_logs_in_with_libpq_credentials_and_is_known_by_the_login(server, monkeypatch):
    login = server.analyst("amal")
    monkeypatch.setenv("PGPASSWORD", f"pw-{login}")
    with psycopg.connect(server.url_for(login)) as conn:
        assert conn.execute("SELECT session_user").fetchone()[0] == login
    monkeypatch.setenv("PGPASSWORD", "wrong")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(server.url_for(login))
