"""Outlets that publish articles, with their Admiralty reliability grade and source scale."""

from __future__ import annotations

import sqlite_utils

from reviewer.errors import ReviewerError, StaleEdit, ValidationError
from reviewer.messages import Message
from reviewer.reliability import validate_reliability, validate_scale
from reviewer.storage.inserted import inserted_id
from reviewer.storage.optimistic import UNCHECKED, Unchecked


def get_or_create_source(db: sqlite_utils.Database, name: str) -> int:
    """Return the id of the outlet called ``name``, adding it on first sight."""
    name = name.strip()
    row = db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return inserted_id(db.execute("INSERT INTO sources (name) VALUES (?)", [name]))


def list_sources(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM sources ORDER BY name"))


def get_source(db: sqlite_utils.Database, source_id: int) -> dict:
    rows = list(db.query("SELECT * FROM sources WHERE id = ?", [source_id]))
    if not rows:
        raise ReviewerError(Message("not_found.outlet", source=source_id))
    return rows[0]


def set_reliability(
    db: sqlite_utils.Database,
    source_id: int,
    reliability: str | None,
    *,
    expected: str | Unchecked | None = UNCHECKED,
) -> None:
    """Grade the outlet A-F (None clears it). The audit log records who did it.

    With ``expected`` (the grade the editor saw), a grade changed elsewhere
    meanwhile is not overwritten: ``StaleEdit`` (storage.optimistic).
    """
    _set_checked(db, source_id, "reliability", validate_reliability(reliability), expected)


def set_scale(
    db: sqlite_utils.Database,
    source_id: int,
    scale: str | None,
    *,
    expected: str | Unchecked | None = UNCHECKED,
) -> None:
    """Set the outlet's ACLED source scale (Local, National, ...; None clears it)."""
    _set_checked(db, source_id, "scale", validate_scale(scale), expected)


def _set_checked(
    db: sqlite_utils.Database,
    source_id: int,
    column: str,
    value: str | None,
    expected: str | Unchecked | None,
) -> None:
    sql, params = f"UPDATE sources SET {column} = ? WHERE id = ?", [value, source_id]
    if expected is not UNCHECKED:
        sql, params = sql + f" AND {column} IS ?", [*params, expected]
    if db.execute(sql, params).rowcount == 0:
        source = get_source(db, source_id)  # raises for a missing outlet
        raise StaleEdit(
            Message(
                "grade.outlet_changed",
                outlet=source["name"],
                column=Message(f"column.{column}"),
                value=source[column] or Message("not_set"),
            )
        )


def source_for_article(db: sqlite_utils.Database, article_id: int) -> dict | None:
    """The outlet that published ``article_id``, or None when the article names none."""
    rows = list(
        db.query(
            "SELECT s.* FROM sources s JOIN articles a ON a.source_id = s.id WHERE a.id = ?",
            [article_id],
        )
    )
    return rows[0] if rows else None


def assign_article_outlet(db: sqlite_utils.Database, article_id: int, name: str) -> int:
    """Name the outlet of an article whose file did not (so that it can be graded)."""
    if not name.strip():
        raise ValidationError("outlet", Message("outlet.name_needed"))
    with db.atomic():
        source_id = get_or_create_source(db, name)
        db.execute("UPDATE articles SET source_id = ? WHERE id = ?", [source_id, article_id])
    return source_id
