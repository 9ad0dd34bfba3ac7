"""Outlets that publish articles."""

from __future__ import annotations

import sqlite_utils


def get_or_create_source(db: sqlite_utils.Database, name: str) -> int:
    """Return the id of the outlet called ``name``, adding it on first sight."""
    name = name.strip()
    row = db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO sources (name) VALUES (?)", [name]).lastrowid


def list_sources(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM sources ORDER BY name"))
