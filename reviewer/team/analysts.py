"""The analysts a project knows: everyone who created, coded, reviewed or merged a record.

Triggers (schema migration 5) add a name the first time it appears on a record,
so no write path can leave an analyst out; ``register_analyst`` adds the acting
analyst when a project is opened, before they have written anything.
"""

from __future__ import annotations

import sqlite_utils

from reviewer.storage.clock import now_iso


def register_analyst(db: sqlite_utils.Database, name: str | None) -> None:
    """Make ``name`` one of the project's analysts (idempotent; blank names are ignored)."""
    if not name or not name.strip():
        return
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO analysts (name, first_seen) VALUES (?, ?)",
            [name.strip(), now_iso()],
        )


def list_analysts(db: sqlite_utils.Database) -> list[str]:
    """The analysts' names, in the order they first appeared."""
    return [row[0] for row in db.execute("SELECT name FROM analysts ORDER BY first_seen, id")]


def project_uid(db: sqlite_utils.Database) -> str:
    """This project's own global id (made by migration 5, never changed)."""
    return db.execute("SELECT uid FROM project_identity WHERE id = 1").fetchone()[0]
