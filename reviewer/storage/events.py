"""Events and the reports that tie them to articles.

An event is a first-class record: it exists once, however many articles report
it. Every change commits immediately and bumps ``version``, so that two windows
on one file can detect that they edited the same event (optimistic locking).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError, ValidationError
from reviewer.storage.clock import now_iso
from reviewer.vocab import event_types

EDITABLE_FIELDS = (
    "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "notes", "tags",
    "fatalities", "fatalities_low", "fatalities_high", "status",
)  # fmt: skip


class StaleEdit(ReviewerError):
    """The event changed elsewhere since this copy was loaded."""


def create_event(
    db: sqlite_utils.Database, article_id: int, *, user: str | None = None, **fields: Any
) -> int:
    """Create an event reported by ``article_id`` and return its id."""
    _check_fields(fields)
    _validate_pair(fields)
    stamp = now_iso()
    columns = ["created_by", "created_at", "updated_at", *fields]
    with db.atomic():
        event_id = db.execute(
            f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [user, stamp, stamp, *fields.values()],
        ).lastrowid
        db.execute("UPDATE events SET event_id_cnty = ? WHERE id = ?", [f"RVW{event_id}", event_id])
        db.execute(
            "INSERT INTO reports (article_id, event_id, created_at) VALUES (?, ?, ?)",
            [article_id, event_id, stamp],
        )
    return event_id


def update_event(
    db: sqlite_utils.Database,
    event_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> int:
    """Apply ``changes`` at once and return the event's new version."""
    _check_fields(changes)
    if not changes:
        return get_event(db, event_id)["version"]
    with db.atomic():
        current = get_event(db, event_id)
        if expected_version is not None and current["version"] != expected_version:
            raise StaleEdit(
                f"event {current['event_id_cnty']}: changed elsewhere since it was opened "
                f"(version {current['version']}, yours {expected_version}); reload it"
            )
        merged = {**current, **changes}
        _validate_pair(merged)
        _write(db, event_id, changes)
    return current["version"] + 1


def _write(db: sqlite_utils.Database, event_id: int, changes: dict[str, Any]) -> None:
    assignments = ", ".join(f"{name} = ?" for name in changes)
    db.execute(
        f"UPDATE events SET {assignments}, updated_at = ?, version = version + 1 WHERE id = ?",
        [*changes.values(), now_iso(), event_id],
    )


def _check_fields(changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "not an event field")


def _validate_pair(event: dict[str, Any]) -> None:
    event_type, sub_type = event.get("event_type"), event.get("sub_event_type")
    if event_type and event_type not in event_types().subtypes:
        raise ValidationError("event_type", f"'{event_type}' is not an ACLED event type")
    if sub_type and not (event_type and event_types().is_valid_pair(event_type, sub_type)):
        raise ValidationError(
            "sub_event_type", f"'{sub_type}' is not a sub-event type of '{event_type}'"
        )


def get_event(db: sqlite_utils.Database, event_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        raise ReviewerError(f"event {event_id}: no such event")
    return rows[0]


def events_for_article(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    return list(
        db.query(
            """SELECT e.* FROM events e JOIN reports r ON r.event_id = e.id
               WHERE r.article_id = ? ORDER BY e.id""",
            [article_id],
        )
    )


def articles_reporting(db: sqlite_utils.Database, event_id: int) -> list[int]:
    rows = db.execute(
        "SELECT article_id FROM reports WHERE event_id = ? ORDER BY article_id", [event_id]
    )
    return [row[0] for row in rows]


def link_report(db: sqlite_utils.Database, article_id: int, event_id: int) -> None:
    """Record that ``article_id`` also reports ``event_id`` (idempotent)."""
    db.execute(
        "INSERT OR IGNORE INTO reports (article_id, event_id, created_at) VALUES (?, ?, ?)",
        [article_id, event_id, now_iso()],
    )


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM events WHERE id = ?", [event_id])
