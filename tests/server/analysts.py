"""An analyst's side of the server tests: a project of their own, a sync as their
login, and a plain SQL connection as their login (for the refusals)."""

from __future__ import annotations

import psycopg

from reviewer.project import open_project
from reviewer.server.sync import SyncResult, sync
from reviewer.storage.database import set_user


def project(tmp_path, name: str, *, seed: bool):
    """``name``'s local project file, acting as ``name``."""
    db = open_project(tmp_path / f"{name}.sqlite", seed_sample=seed)
    set_user(db, name)
    return db


def sync_as(server, db, login: str, monkeypatch) -> SyncResult:
    """Sync ``db`` with the server as ``login`` (its password from libpq's environment)."""
    monkeypatch.setenv("PGPASSWORD", f"pw-{login}")
    return sync(db, server.url_for(login))


def connect_as(server, login: str):
    """Plain SQL as ``login``: what a client that ignores the app could send."""
    return psycopg.connect(server.url_for(login), password=f"pw-{login}", autocommit=True)
