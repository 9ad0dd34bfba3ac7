"""Events and the reports that tie them to articles.

An event is a first-class record: it exists once, however many articles report
it. Every change commits immediately and bumps ``version``, so that two windows
on one file can detect that they edited the same event (optimistic locking).

Every write is validated here, not in the form, so that no path (the window, the
command line, an import) can store a record an analyst could not trust: a date in
the future or after the article that reports it, fatality figures out of order,
coordinates outside the country, a sub-event type of another type. ``disorder_type``
and ``interaction`` are derived, never stored, so they cannot disagree with the
fields they come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import Any

import sqlite_utils

from reviewer.arabic import normalize_for_search
from reviewer.codes import countries, inter_codes, precision_codes
from reviewer.errors import ReviewerError, StaleEdit, ValidationError
from reviewer.messages import Message
from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user
from reviewer.storage.inserted import inserted_id
from reviewer.vocab import event_types

EDITABLE_FIELDS = (
    "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3",
    "location", "location_ar", "geonames_id", "latitude", "longitude", "geo_precision",
    "notes", "tags", "fatalities", "fatalities_low", "fatalities_high", "status",
)  # fmt: skip

# Which fields each rule reads: a rule runs when one of them changes, so an
# edit to the notes is never refused because of an older, unrelated problem.
_RULE_FIELDS: dict[str, frozenset[str]] = {
    "pair": frozenset({"event_type", "sub_event_type"}),
    "date": frozenset({"event_date"}),
    "precision": frozenset({"time_precision", "geo_precision"}),
    "inter": frozenset({"inter1", "inter2"}),
    "fatalities": frozenset({"fatalities", "fatalities_low", "fatalities_high"}),
    "place": frozenset({"latitude", "longitude", "iso", "country"}),
}


# -- writing -------------------------------------------------------------------------


def create_event(
    db: sqlite_utils.Database, article_id: int, *, user: str | None = None, **fields: Any
) -> int:
    """Create an event reported by ``article_id`` and return its id."""
    _check_fields(fields)
    validate_event(db, fields, changed=set(fields), article_ids=[article_id])
    stamp = now_iso()
    columns = ["id", "created_by", "created_at", "updated_at", *fields]
    with db.atomic():
        insert = (
            f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        event_id = inserted_id(
            db.execute(insert, [next_event_id(db), user, stamp, stamp, *fields.values()])
        )
        db.execute(
            "UPDATE events SET event_id_cnty = ? WHERE id = ?",
            [free_event_code(db, event_id), event_id],
        )
        db.execute(
            "INSERT INTO reports (article_id, event_id, created_at, created_by)"
            " VALUES (?, ?, ?, ?)",
            [article_id, event_id, stamp, user or current_user(db)],
        )
    return event_id


def next_event_id(db: sqlite_utils.Database) -> int:
    """An id no event has ever had, so a deleted event's history is never inherited.

    events.id is a plain rowid, which SQLite reuses after the highest row is
    deleted; the audit log remembers every id handed out (every row it keeps about
    an event, its claims or links carries event_id; two indexed lookups).
    """
    row = db.execute(
        "SELECT max(coalesce((SELECT max(id) FROM events), 0),"
        " coalesce((SELECT max(event_id) FROM audit_log), 0))"
    ).fetchone()
    return row[0] + 1


def free_event_code(db: sqlite_utils.Database, event_id: int) -> str:
    """``RVW<id>``, or with a suffix when an imported dataset already uses that code."""
    code, suffix = f"RVW{event_id}", 1
    while db.execute("SELECT 1 FROM events WHERE event_id_cnty = ?", [code]).fetchone():
        suffix += 1
        code = f"RVW{event_id}-{suffix}"
    return code


def update_event(
    db: sqlite_utils.Database,
    event_id: int,
    changes: dict[str, Any],
    *,
    expected_version: int | None = None,
) -> int:
    """Apply ``changes`` at once and return the event's new version.

    Raises ``StaleEdit`` when ``expected_version`` is given and the stored event has
    moved on, and ``ValidationError`` (naming the field) when the result breaks a rule.
    """
    _check_fields(changes)
    if not changes:
        return get_event(db, event_id)["version"]
    with db.atomic():
        current = get_event(db, event_id)
        if expected_version is not None and current["version"] != expected_version:
            raise StaleEdit(
                Message(
                    "review.changed_elsewhere",
                    subject=Message("subject.event", event=current["event_id_cnty"]),
                    version=current["version"],
                    expected=expected_version,
                )
            )
        merged = {**current, **changes}
        validate_event(
            db, merged, changed=set(changes), article_ids=articles_reporting(db, event_id)
        )
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
        raise ValidationError(sorted(unknown)[0], Message("event.not_a_field"))


# -- validation ----------------------------------------------------------------------


def validate_event(
    db: sqlite_utils.Database,
    event: dict[str, Any],
    *,
    changed: set[str] | None = None,
    article_ids: list[int] | None = None,
) -> None:
    """Raise ``ValidationError`` for the first rule ``event`` breaks.

    ``changed`` limits the check to the rules that read a changed field (None: all).
    ``article_ids`` are the articles reporting the event, whose publication dates
    bound its date.
    """
    problems = event_problems(db, event, changed=changed, article_ids=article_ids)
    if problems:
        raise problems[0]


def event_problems(
    db: sqlite_utils.Database,
    event: dict[str, Any],
    *,
    changed: set[str] | None = None,
    article_ids: list[int] | None = None,
) -> list[ValidationError]:
    """Every rule ``event`` breaks, in form order (for a review checklist)."""
    if article_ids is None:
        article_ids = articles_reporting(db, event["id"]) if event.get("id") else []
    checks = {
        "pair": lambda: _check_pair(event),
        "date": lambda: _check_date(db, event, article_ids),
        "precision": lambda: _check_precision(event),
        "inter": lambda: _check_inter(event),
        "fatalities": lambda: _check_fatalities(event),
        "place": lambda: _check_place(event),
    }
    problems: list[ValidationError] = []
    for rule, check in checks.items():
        if changed is not None and not (_RULE_FIELDS[rule] & changed):
            continue
        try:
            check()
        except ValidationError as problem:
            problems.append(problem)
    return problems


def _check_pair(event: dict[str, Any]) -> None:
    event_type, sub_type = event.get("event_type"), event.get("sub_event_type")
    if event_type and event_type not in event_types().subtypes:
        raise ValidationError("event_type", Message("event.bad_type", value=event_type))
    if sub_type and not (event_type and event_types().is_valid_pair(event_type, sub_type)):
        raise ValidationError(
            "sub_event_type",
            Message(
                "event.bad_sub_type", value=sub_type, event_type=event_type or Message("no_type")
            ),
        )


def today() -> date:
    """The latest calendar date anywhere the analyst may be (local or UTC).

    Taking the later of the two means an analyst east of Greenwich coding today's
    event just after midnight is not told the date is in the future.
    """
    return max(date.today(), datetime.now(UTC).date())


def _parse_date(value: Any, field: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValidationError(field, Message("event.bad_date", value=value)) from None


def _check_date(db: sqlite_utils.Database, event: dict[str, Any], article_ids: list[int]) -> None:
    value = event.get("event_date")
    if not value:
        return
    when = _parse_date(value, "event_date")
    if when > today():
        raise ValidationError("event_date", Message("event.date_future", date=when))
    for article_id, published in publication_dates(db, article_ids):
        if when > published:
            raise ValidationError(
                "event_date",
                Message(
                    "event.date_after_publication",
                    date=when,
                    article=article_id,
                    published=published,
                ),
            )


def publication_dates(db: sqlite_utils.Database, article_ids: list[int]) -> list[tuple[int, date]]:
    """(article id, publication date) of the given articles whose date is known."""
    if not article_ids:
        return []
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(
        f"SELECT id, published FROM articles WHERE id IN ({marks}) AND published IS NOT NULL"
        " AND published != '' ORDER BY published, id",
        list(article_ids),
    ).fetchall()
    out = []
    for article_id, published in rows:
        try:
            out.append((article_id, date.fromisoformat(published[:10])))
        except ValueError:
            continue  # an unreadable publication date bounds nothing
    return out


def _check_precision(event: dict[str, Any]) -> None:
    for field, codes in (
        ("time_precision", precision_codes().time),
        ("geo_precision", precision_codes().geo),
    ):
        value = event.get(field)
        if value is not None and value not in codes:
            codes_text = ", ".join(map(str, codes))
            raise ValidationError(field, Message("event.bad_code", value=value, codes=codes_text))


def _check_inter(event: dict[str, Any]) -> None:
    for field in ("inter1", "inter2"):
        value = event.get(field)
        if value and value not in inter_codes().codes:
            raise ValidationError(field, Message("event.bad_inter", value=value))


def _check_fatalities(event: dict[str, Any]) -> None:
    named = {"fatalities_low": "low", "fatalities": "best", "fatalities_high": "high"}
    values = {field: event.get(field) for field in named}
    for field, value in values.items():
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValidationError(field, Message("event.bad_count", value=value))
    order = [(field, value) for field, value in values.items() if value is not None]
    for (lower_field, lower), (field, value) in pairwise(order):
        if lower > value:
            raise ValidationError(
                field,
                Message(
                    "event.estimates_order",
                    name=Message(f"estimate.{named[field]}"),
                    value=value,
                    lower_name=Message(f"estimate.{named[lower_field]}"),
                    lower=lower,
                ),
            )


def _check_place(event: dict[str, Any]) -> None:
    iso = event.get("iso")
    country = countries().by_iso.get(iso) if iso is not None else countries().default
    if country is None:
        raise ValidationError("iso", Message("event.bad_iso", iso=iso))
    if event.get("country") and event["country"] != country.name:
        raise ValidationError(
            "country", Message("event.bad_country", value=event["country"], iso=iso)
        )
    lat, lon = event.get("latitude"), event.get("longitude")
    if lat is not None and not -90 <= lat <= 90:
        raise ValidationError("latitude", Message("event.bad_latitude", value=lat))
    if lon is not None and not -180 <= lon <= 180:
        raise ValidationError("longitude", Message("event.bad_longitude", value=lon))
    # Each coordinate is checked on its own, so a latitude typed before its longitude
    # is already refused when no point at that latitude can lie in the country.
    for field, value, low, high in (
        ("latitude", lat, country.min_lat, country.max_lat),
        ("longitude", lon, country.min_lon, country.max_lon),
    ):
        if value is not None and not low <= value <= high:
            raise ValidationError(
                field,
                Message(
                    "event.outside_country",
                    value=f"{value:.4f}",
                    country=country.name,
                    field=field,
                    low=f"{low:g}",
                    high=f"{high:g}",
                ),
            )


# -- derived fields ------------------------------------------------------------------


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder type, which follows from the sub-event type."""
    if not event_type or not sub_event_type:
        return None
    return event_types().disorder_type(event_type, sub_event_type)


def interaction(inter1: str | None, inter2: str | None) -> str | None:
    """The two inter labels joined in code order; 'X only' when one side is missing."""
    codes = inter_codes()
    present = [label for label in (inter1, inter2) if label]
    if not present:
        return None
    if len(present) == 1:
        return present[0] + codes.one_sided_suffix
    ordered = sorted(present, key=lambda label: codes.codes.get(label, 99))
    return codes.joiner.join(ordered)


# -- reading -------------------------------------------------------------------------


def get_event(db: sqlite_utils.Database, event_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))
    if not rows:
        raise ReviewerError(Message("not_found.event", event=event_id))
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


@dataclass(frozen=True)
class Report:
    """One article reporting an event, as the form's "reports" list shows it."""

    article_id: int
    title: str
    outlet: str | None
    published: str | None
    credibility: int | None


def event_reports(db: sqlite_utils.Database, event_id: int) -> list[Report]:
    rows = db.execute(
        """SELECT a.id, a.title, s.name, a.published, r.credibility
           FROM reports r JOIN articles a ON a.id = r.article_id
           LEFT JOIN sources s ON s.id = a.source_id
           WHERE r.event_id = ? ORDER BY a.published IS NULL, a.published, a.id""",
        [event_id],
    ).fetchall()
    return [Report(*row) for row in rows]


def link_report(db: sqlite_utils.Database, article_id: int, event_id: int) -> None:
    """Record that ``article_id`` also reports ``event_id`` (idempotent).

    Refused when the article was published before the event's date: it cannot
    report something that had not happened yet.
    """
    event = get_event(db, event_id)
    if event.get("event_date"):
        _check_date(db, event, [article_id])
    db.execute(
        "INSERT OR IGNORE INTO reports (article_id, event_id, created_at, created_by)"
        " VALUES (?, ?, ?, ?)",
        [article_id, event_id, now_iso(), current_user(db)],
    )


def unlink_report(db: sqlite_utils.Database, article_id: int, event_id: int) -> None:
    """Undo ``link_report``: the article no longer reports the event.

    Its evidence spans for the event go with it. The last report of an event is
    kept: an event no article reports is deleted instead, with ``delete_event``.
    """
    reporting = articles_reporting(db, event_id)
    if article_id not in reporting:
        return
    if len(reporting) == 1:
        raise ReviewerError(Message("event.only_report", event=event_id, article=article_id))
    with db.atomic():
        db.execute(
            "DELETE FROM evidence WHERE event_id = ? AND article_id = ?", [event_id, article_id]
        )
        db.execute(
            "DELETE FROM reports WHERE event_id = ? AND article_id = ?", [event_id, article_id]
        )


def delete_event(db: sqlite_utils.Database, event_id: int) -> None:
    db.execute("DELETE FROM events WHERE id = ?", [event_id])


# Everything that hangs off an event, in the order a restore must insert it
# (conflicts reference claims). Deleting the event cascades to all of them.
_EVENT_PARTS = ("reports", "evidence", "claims", "conflicts", "event_import_values")

EventSnapshot = dict[str, list[dict[str, Any]]]


def snapshot_event(db: sqlite_utils.Database, event_id: int) -> EventSnapshot:
    """The event and every row that hangs off it, so that a delete can be undone."""
    snapshot = {"events": list(db.query("SELECT * FROM events WHERE id = ?", [event_id]))}
    if not snapshot["events"]:
        raise ReviewerError(Message("not_found.event", event=event_id))
    for table in _EVENT_PARTS:
        snapshot[table] = list(db.query(f"SELECT * FROM {table} WHERE event_id = ?", [event_id]))
    return snapshot


def restore_event(db: sqlite_utils.Database, snapshot: EventSnapshot) -> int:
    """Put a deleted event back exactly as snapshotted, ids included (undo of a delete).

    Event ids are never handed out twice (next_event_id), so the old id is free.
    """
    with db.atomic():
        for table in ("events", *_EVENT_PARTS):
            for row in snapshot[table]:
                db.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
    return snapshot["events"][0]["id"]


@dataclass(frozen=True)
class LinkCandidate:
    """An event the current article might also report, and why it was offered."""

    event: dict[str, Any]
    days_apart: int | None
    place_named: bool


def link_candidates(
    db: sqlite_utils.Database, article_id: int, *, window_days: int = 14, limit: int = 20
) -> list[LinkCandidate]:
    """Events of nearby dates and places that ``article_id`` does not report yet.

    "Nearby" is measured from the article's publication date, or else from the
    dates of the events it already reports; "place" means the event's location
    (Arabic or English) is named in the article text. Events the article's date
    rules out (dated after publication) are left out. Best first: place named,
    then fewest days apart, then newest.
    """
    row = db.execute("SELECT text, published FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise ReviewerError(Message("not_found.article", article=article_id))
    text, published = row
    anchors = [d for _, d in publication_dates(db, [article_id])]
    if not anchors:
        anchors = [
            _parse_date(e["event_date"], "event_date")
            for e in events_for_article(db, article_id)
            if e.get("event_date")
        ]
    rows = db.query(
        """SELECT * FROM events WHERE id NOT IN (SELECT event_id FROM reports WHERE article_id = ?)
           ORDER BY event_date DESC, id DESC LIMIT 2000""",
        [article_id],
    )
    folded_text = normalize_for_search(text)
    published_date = anchors[0] if published else None
    scored: list[tuple[tuple, LinkCandidate]] = []
    for event in rows:
        when = _safe_date(event.get("event_date"))
        if published_date and when and when > published_date:
            continue
        days = min((abs((when - a).days) for a in anchors), default=None) if when else None
        if anchors and (days is None or days > window_days):
            continue
        names = [event.get("location_ar"), event.get("location")]
        named = any(name and normalize_for_search(name) in folded_text for name in names)
        candidate = LinkCandidate(event=event, days_apart=days, place_named=named)
        key = (not named, days if days is not None else 10_000, -(event["id"]))
        scored.append((key, candidate))
    scored.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in scored[:limit]]


def _safe_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
