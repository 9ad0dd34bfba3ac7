"""Per-project options stored in the project file itself (table ``project_settings``).

They live in the database rather than in the analyst's QSettings because they are
rules of the dataset, shared by everyone who opens the file: a team lead turns on
four-eyes review once, and it holds for every analyst on every machine.
"""

from __future__ import annotations

import sqlite_utils

REQUIRE_DISTINCT_REVIEWER = "require_distinct_reviewer"

_TRUE = ("1", "true", "yes", "on")


def get_setting(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM project_settings WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def set_setting(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    db.execute(
        "INSERT INTO project_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def get_flag(db: sqlite_utils.Database, key: str, default: bool = False) -> bool:
    value = get_setting(db, key)
    return default if value is None else value.strip().lower() in _TRUE


def set_flag(db: sqlite_utils.Database, key: str, on: bool) -> None:
    set_setting(db, key, "1" if on else "0")


def require_distinct_reviewer(db: sqlite_utils.Database) -> bool:
    """Four-eyes rule: must the reviewer of an event differ from its coder? (default off)"""
    return get_flag(db, REQUIRE_DISTINCT_REVIEWER)


def set_require_distinct_reviewer(db: sqlite_utils.Database, on: bool) -> None:
    set_flag(db, REQUIRE_DISTINCT_REVIEWER, on)
