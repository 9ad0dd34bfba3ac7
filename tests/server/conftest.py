"""Fixtures for the team-server tests: one real PostgreSQL cluster per test session."""

from __future__ import annotations

import itertools
import os

import pytest

from .pg_cluster import find_bin, make_cluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = find_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run must install Debian's postgresql")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; .ci/run does)")
    cluster = make_cluster(bin_dir)
    yield cluster
    cluster.remove()


@pytest.fixture
def server(pg_cluster):
    """A new, empty database on the cluster, initialised with ``reviewer server init``.

    Roles are cluster-wide in PostgreSQL, so each test's analysts get names
    unique to the test (``names`` below) to keep the tests independent.
    """
    import psycopg

    from reviewer.server.admin import init_server

    name = f"team{next(_numbers)}"
    with psycopg.connect(pg_cluster.admin_url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_cluster.admin_url(name)
    init_server(url)
    return Server(pg_cluster, name, url)


class Server:
    def __init__(self, cluster, database: str, admin_url: str) -> None:
        self.cluster, self.database, self.admin_url = cluster, database, admin_url
        self.suffix = database

    def analyst(self, name: str, role: str = "coder") -> str:
        """Create a login role for ``name`` (made unique to this test); returns its login."""
        from reviewer.server.admin import add_analyst

        login = f"{name}_{self.suffix}"
        add_analyst(self.admin_url, login, role=role, password=f"pw-{login}")
        return login

    def url_for(self, login: str) -> str:
        return self.cluster.login_url(login, self.database)

    def env_for(self, login: str) -> dict[str, str]:
        return {"PGPASSWORD": f"pw-{login}"}


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
