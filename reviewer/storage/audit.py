"""Reading the audit log: what happened to one event, field by field.

The log itself is written by triggers (storage.schema) and is append-only; this
module only reads it. An event's history is its own rows plus those of the rows
that belong to it — reports (links to articles, with their credibility grade),
claims, evidence spans, conflicts and their members — because to a reviewer "what changed on
this event" includes a new source or a re-graded report. Outlet grades
(sources.reliability) belong to no single event; ``row_history`` reads them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

# How each table's rows are called in the history, singular.
TABLE_LABELS = {
    "events": "event",
    "reports": "report",
    "claims": "claim",
    "evidence": "evidence",
    "conflicts": "conflict",
    "conflict_claims": "conflict member",
    "sources": "source",
    "articles": "article",
    "project_settings": "project setting",
    "custom_actors": "added actor",
    "custom_places": "added place",
    "event_import_values": "imported value",
    "suggestion_rejections": "suggestion decision",
}
# Columns that identify a row or keep books rather than describe it: logged, and
# chained, but not shown as changes.
_IDENTITY = {"id", "version", "updated_at"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    """One audited insert, update or delete."""

    audit_id: int
    at: str
    user: str | None
    table: str
    row_id: int
    action: str
    changes: tuple[FieldChange, ...]

    @property
    def subject(self) -> str:
        """e.g. "event", "claim 4", "report 2"."""
        label = TABLE_LABELS.get(self.table, self.table)
        return label if self.table == "events" else f"{label} {self.row_id}"


def event_history(db: sqlite_utils.Database, event_id: int) -> list[HistoryEntry]:
    """Every audited change to ``event_id`` and the rows that belong to it, oldest first.

    An event merged in from a colleague's project (team.merge) also shows the
    history it had there, from ``merged_audit`` (ids negative, to tell them apart).
    """
    entries = _read(
        db,
        "SELECT id, at, user, table_name, row_id, action, old_values, new_values"
        " FROM audit_log WHERE event_id = ? ORDER BY id",
        [event_id],
    )
    if not _has_table(db, "merged_audit"):
        return entries
    earlier = _read(
        db,
        "SELECT -id, at, user, table_name, coalesce(row_id, 0), action, old_values, new_values"
        " FROM merged_audit WHERE event_id = ? ORDER BY at, id",
        [event_id],
    )
    if not earlier:
        return entries
    return sorted([*entries, *earlier], key=lambda e: (e.at, e.audit_id >= 0, abs(e.audit_id)))


def _has_table(db: sqlite_utils.Database, name: str) -> bool:
    return bool(
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
    )


def row_history(db: sqlite_utils.Database, table: str, row_id: int) -> list[HistoryEntry]:
    """Every audited change to one row of ``table`` (e.g. an outlet's grade), oldest first."""
    return _read(
        db,
        "SELECT id, at, user, table_name, row_id, action, old_values, new_values"
        " FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id",
        [table, row_id],
    )


def _read(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[HistoryEntry]:
    """Audit rows as entries; a damaged byte shows as U+FFFD instead of failing the history.

    ``reviewer check`` names such a row (storage.integrity); the history still
    shows everything around it.
    """
    conn = db.conn
    factory = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.text_factory = factory
    return [_entry(*row) for row in rows]


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _entry(
    audit_id: int,
    at: str,
    user: str | None,
    table: str,
    row_id: int,
    action: str,
    old_json: str | None,
    new_json: str | None,
) -> HistoryEntry:
    old, new = _values(old_json), _values(new_json)
    return HistoryEntry(audit_id, at, user, table, row_id, action, field_changes(old, new))


def _values(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:  # a damaged byte broke the JSON itself: show it as it is
        return {"(damaged record)": text}
    return values if isinstance(values, dict) else {"(damaged record)": text}


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    """The fields that differ, in column order; inserts and deletes skip empty values."""
    changes = []
    for name in dict.fromkeys([*old, *new]):
        if name in _IDENTITY:
            continue
        before, after = old.get(name), new.get(name)
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)
