"""Rows of ``events.csv``: ACLED's 31 columns, then the project's own ``x_`` columns.

Everything here reads the database in a few bulk queries and yields plain
string cells, so the writer can stream tens of thousands of events with a
progress bar. Derived columns: ``disorder_type`` from the sub-event type,
``interaction`` from the inter codes, ``source`` from the outlets of the articles
reporting the event (in article order), ``source_scale`` from their scales, and
the ``x_`` grades per report in the order of ``x_article_ids``. An imported event
with no report here keeps the values its dataset gave (export.carried).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reviewer.export import acled
from reviewer.export.carried import all_carried

X_COLUMNS = (
    "x_fatalities_low", "x_fatalities_best", "x_fatalities_high", "x_source_reliability",
    "x_credibility", "x_conflict_status", "x_n_reports", "x_article_ids", "x_status",
    "x_coded_by", "x_reviewer", "x_reviewed_at", "x_location_ar", "x_geonames_id",
)  # fmt: skip
EVENT_COLUMNS = acled.ACLED_COLUMNS + X_COLUMNS

# Frictionless Table Schema types; anything not listed is "string".
EVENT_TYPES = {
    "event_date": "date", "year": "integer", "time_precision": "integer", "iso": "integer",
    "latitude": "number", "longitude": "number", "geo_precision": "integer",
    "fatalities": "integer", "timestamp": "integer", "x_fatalities_low": "integer",
    "x_fatalities_best": "integer", "x_fatalities_high": "integer", "x_n_reports": "integer",
    "x_geonames_id": "integer",
}  # fmt: skip

# Worst first: the status an event shows when its conflicts differ.
CONFLICT_ORDER = ("open", "accepted", "resolved", "dismissed")


@dataclass(frozen=True)
class EventFilter:
    """Which events to export: reviewed ones unless ``include_all``; dates inclusive."""

    include_all: bool = False
    date_from: str | None = None
    date_to: str | None = None
    admin1: str | None = None


@dataclass(frozen=True)
class _Report:
    article_id: int
    credibility: int | None
    outlet: str | None
    reliability: str | None
    scale: str | None


def select_events(db: sqlite_utils.Database, wanted: EventFilter) -> list[dict[str, Any]]:
    """The events to export, in a stable order that survives export -> import."""
    where, params = [], []
    if not wanted.include_all:
        where.append("status = 'reviewed'")
    if wanted.date_from:
        where.append("substr(event_date, 1, 10) >= ?")
        params.append(wanted.date_from)
    if wanted.date_to:
        where.append("substr(event_date, 1, 10) <= ?")
        params.append(wanted.date_to)
    if wanted.admin1:
        where.append("admin1 = ? COLLATE NOCASE")
        params.append(wanted.admin1.strip())
    sql = "SELECT * FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_date, length(event_id_cnty), event_id_cnty, id"
    return list(db.query(sql, params))


def event_rows(db: sqlite_utils.Database, events: list[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """One dict of string cells per event, keyed by ``EVENT_COLUMNS``."""
    reports = _reports_by_event(db)
    conflicts = _conflict_status_by_event(db)
    carried = all_carried(db)
    for event in events:
        yield event_row(
            event,
            reports.get(event["id"], []),
            conflicts.get(event["id"], ""),
            carried.get(event["event_id_cnty"] or "", {}),
        )


def event_row(
    event: dict[str, Any], reports: list[_Report], conflict_status: str, carried: dict[str, str]
) -> dict[str, str]:
    day = acled.iso_date(event["event_date"])
    country = acled.country_of(event["iso"], event["country"])
    outlets = list(dict.fromkeys(r.outlet for r in reports if r.outlet))
    row = {
        "event_id_cnty": event["event_id_cnty"] or "",
        "event_date": day,
        "year": day[:4],
        "time_precision": acled.integer(event["time_precision"]),
        "disorder_type": acled.disorder_type(event["event_type"], event["sub_event_type"]),
        "event_type": event["event_type"] or "",
        "sub_event_type": event["sub_event_type"] or "",
        "actor1": event["actor1"] or "",
        "assoc_actor_1": acled.multi(event["assoc_actor_1"]),
        "inter1": acled.inter_label(event["inter1"]),
        "actor2": event["actor2"] or "",
        "assoc_actor_2": acled.multi(event["assoc_actor_2"]),
        "inter2": acled.inter_label(event["inter2"]),
        "interaction": acled.interaction(event["inter1"], event["inter2"]),
        "civilian_targeting": acled.CIVILIANS_TARGETED if event["civilian_targeting"] else "",
        "iso": str(country.iso),
        "region": country.region or carried.get("region", ""),
        "country": event["country"] or country.name,
        "admin1": event["admin1"] or "",
        "admin2": event["admin2"] or "",
        "admin3": event["admin3"] or "",
        "location": event["location"] or "",
        "latitude": acled.coordinate(event["latitude"]),
        "longitude": acled.coordinate(event["longitude"]),
        "geo_precision": acled.integer(event["geo_precision"]),
        "source": acled.join(
            list(dict.fromkeys([*acled.split(carried.get("source", "")), *outlets]))
        ),
        "source_scale": acled.source_scale([r.scale or "" for r in reports]),
        "notes": event["notes"] or "",
        "fatalities": acled.integer(event["fatalities"]),
        "tags": acled.multi(event["tags"]),
        "timestamp": acled.unix_time(event["updated_at"]),
        "x_fatalities_low": acled.integer(event["fatalities_low"]),
        "x_fatalities_best": acled.integer(event["fatalities"]),
        "x_fatalities_high": acled.integer(event["fatalities_high"]),
        "x_source_reliability": acled.join_aligned([r.reliability or "" for r in reports]),
        "x_credibility": acled.join_aligned([acled.integer(r.credibility) for r in reports]),
        "x_conflict_status": conflict_status,
        "x_n_reports": str(len(reports)),
        "x_article_ids": acled.join([str(r.article_id) for r in reports]),
        "x_status": event["status"] or "",
        "x_coded_by": event["coded_by"] or "",
        "x_reviewer": event["reviewed_by"] or "",
        "x_reviewed_at": event["reviewed_at"] or "",
        "x_location_ar": event["location_ar"] or "",
        "x_geonames_id": acled.integer(event["geonames_id"]),
    }
    if not reports:
        for name in ("source_scale", "x_source_reliability", "x_credibility", "x_article_ids"):
            row[name] = carried.get(name, row[name])
        row["x_n_reports"] = carried.get("x_n_reports", row["x_n_reports"])
        row["x_conflict_status"] = conflict_status or carried.get("x_conflict_status", "")
    return row


def _reports_by_event(db: sqlite_utils.Database) -> dict[int, list[_Report]]:
    rows = db.execute(
        """SELECT r.event_id, r.article_id, r.credibility, coalesce(s.name_en, s.name),
                  s.reliability, s.scale
           FROM reports r JOIN articles a ON a.id = r.article_id
           LEFT JOIN sources s ON s.id = a.source_id
           ORDER BY r.event_id, r.article_id"""
    )
    by_event: dict[int, list[_Report]] = defaultdict(list)
    for event_id, *rest in rows:
        by_event[event_id].append(_Report(*rest))
    return by_event


def _conflict_status_by_event(db: sqlite_utils.Database) -> dict[int, str]:
    statuses: dict[int, set[str]] = defaultdict(set)
    for event_id, status in db.execute("SELECT event_id, status FROM conflicts"):
        statuses[event_id].add(status)
    return {
        event_id: next(s for s in CONFLICT_ORDER if s in found)
        for event_id, found in statuses.items()
    }


def admin1_values(db: sqlite_utils.Database) -> list[str]:
    """The governorates events are coded in, for the export dialog's filter."""
    rows = db.execute(
        "SELECT DISTINCT admin1 FROM events WHERE admin1 IS NOT NULL AND admin1 != ''"
        " ORDER BY admin1"
    )
    return [row[0] for row in rows]
