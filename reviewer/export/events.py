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
from functools import cache
from operator import itemgetter
from typing import Any

import sqlite_utils

from reviewer.export import acled
from reviewer.export.carried import all_carried

X_COLUMNS = (
    "x_fatalities_low", "x_fatalities_best", "x_fatalities_high", "x_source_reliability",
    "x_credibility", "x_conflict_status", "x_n_reports", "x_article_ids", "x_status",
    "x_coded_by", "x_reviewer", "x_reviewed_at", "x_location_ar", "x_geonames_id",
    "x_coders", "x_adjudicated_by",
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


# The columns ``select_events`` reads, in the order ``event_rows`` unpacks them.
_SELECTED = (
    "id", "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "civilian_targeting", "iso", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "notes", "fatalities", "tags", "updated_at",
    "fatalities_low", "fatalities_high", "status", "coded_by", "reviewed_by", "reviewed_at",
    "location_ar", "geonames_id", "created_by",
)  # fmt: skip


@dataclass(frozen=True)
class SelectedEvents:
    """The events to export: how many, and the query that reads them in export order.

    ``event_rows`` reads them as plain tuples (columns ``_SELECTED``) while the file
    is written, not all into a list first: a million events held as tuples took
    gigabytes. Tuples rather than dicts: building a 34-key dict per event cost as
    much as formatting it, for 100k events.
    """

    count: int
    sql: str
    params: list[Any]

    def __len__(self) -> int:
        return self.count

    def rows(self, db: sqlite_utils.Database) -> Iterator[tuple[Any, ...]]:
        return db.execute(self.sql, self.params)


@dataclass(frozen=True)
class _Reports:
    """The cells an event's reports give, worked out once per distinct combination."""

    outlets: tuple[str, ...]
    source: str
    source_scale: str
    reliability: str
    credibility: str


def event_where(wanted: EventFilter) -> tuple[str, list[Any]]:
    """The filter as SQL on ``events e``: " WHERE ..." (or "") and its parameters.

    ``select_events`` and the claims/conflicts queries (which join ``events e``)
    share it, so the companion files hold exactly the exported events' rows.
    """
    # An adjudicated event replaces the coders' events it was made from.
    where, params = ["e.id NOT IN (SELECT event_id FROM adjudication_sources)"], []
    if not wanted.include_all:  # reviewed, and no disagreement reopened since
        where.append(
            "e.status = 'reviewed' AND NOT EXISTS (SELECT 1 FROM conflicts k"
            " WHERE k.event_id = e.id AND k.status = 'open')"
        )
    if wanted.date_from:
        where.append("substr(e.event_date, 1, 10) >= ?")
        params.append(wanted.date_from)
    if wanted.date_to:
        where.append("substr(e.event_date, 1, 10) <= ?")
        params.append(wanted.date_to)
    if wanted.admin1:
        where.append("e.admin1 = ? COLLATE NOCASE")
        params.append(wanted.admin1.strip())
    return (" WHERE " + " AND ".join(where) if where else ""), params


def select_events(db: sqlite_utils.Database, wanted: EventFilter) -> SelectedEvents:
    """The events to export, in a stable order that survives export -> import."""
    where, params = event_where(wanted)
    count = db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
    sql = f"SELECT {', '.join(_SELECTED)} FROM events e{where}"
    sql += " ORDER BY event_date, length(event_id_cnty), event_id_cnty, id"
    return SelectedEvents(count, sql, params)


def event_rows(db: sqlite_utils.Database, events: SelectedEvents) -> Iterator[list[str]]:
    """One list of string cells per event, in ``EVENT_COLUMNS`` order.

    Speed matters here (issue 7: 100k events within 2x of a bare csv dump), so
    the per-event work is a tuple unpack and dictionary look-ups: reports,
    conflicts and carried values of all events are read up front in a few
    scans, and each derived cell (dates, inter labels,
    interaction, disorder type, country, number formats) is computed once per
    distinct stored value and memoised for the rest of this export.
    """
    reports = _reports_by_event(db)
    conflicts = _conflict_status_by_event(db)
    claimed_fatalities = _fatalities_from_claims(db)
    carried_by_cnty = all_carried(db)
    adjudicated = _adjudications(db)
    no_reports: tuple[str, str, _Reports | None] = ("0", "", None)

    iso_date = cache(acled.iso_date)
    integer = cache(acled.integer)
    coordinate = cache(acled.coordinate)
    multi = cache(acled.multi)
    inter_cells = cache(_inter_cells)
    disorder_type = cache(acled.disorder_type)
    country_of = cache(acled.country_of)
    unix_time = cache(acled.unix_time)
    targeted = acled.CIVILIANS_TARGETED

    for (
        event_id, cnty, event_date, time_precision, event_type, sub_event_type,
        actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
        civilian_targeting, iso, country_name, admin1, admin2, admin3, location,
        latitude, longitude, geo_precision, notes, fatalities, tags, updated_at,
        fatalities_low, fatalities_high, status, coded_by, reviewed_by, reviewed_at,
        location_ar, geonames_id, created_by,
    ) in events.rows(db):  # fmt: skip
        day = iso_date(event_date)
        if fatalities is None:
            fatalities = claimed_fatalities.get(event_id)
        label1, label2, interaction = inter_cells(inter1, inter2)
        country = country_of(iso, country_name)
        n_reports, ids_cell, derived = reports.get(event_id, no_reports)
        conflict_status = conflicts.get(event_id, "")
        carried = carried_by_cnty.get(cnty or "") if carried_by_cnty else None
        coders, adjudicator = adjudicated.get(event_id) or (created_by or "", "")
        if carried and event_id not in adjudicated:  # an imported dataset's team columns
            coders = carried.get("x_coders", coders)
            adjudicator = carried.get("x_adjudicated_by", adjudicator)
        if derived is not None:
            source, source_scale = derived.source, derived.source_scale
            reliability, credibility = derived.reliability, derived.credibility
        else:
            source = source_scale = reliability = credibility = ""
        region = country.region or ""
        if carried:
            region = region or carried.get("region", "")
            outlets = derived.outlets if derived is not None else ()
            source = acled.join(
                list(dict.fromkeys([*acled.split(carried.get("source", "")), *outlets]))
            )
            if derived is None:
                source_scale = carried.get("source_scale", source_scale)
                reliability = carried.get("x_source_reliability", reliability)
                credibility = carried.get("x_credibility", credibility)
                ids_cell = carried.get("x_article_ids", ids_cell)
                n_reports = carried.get("x_n_reports", n_reports)
                conflict_status = conflict_status or carried.get("x_conflict_status", "")
        if status == "reviewed" and conflict_status == "open":  # never a reviewed disagreement
            status, reviewed_by, reviewed_at = "coded", None, None
        yield [
            cnty or "",
            day,
            day[:4],
            integer(time_precision),
            disorder_type(event_type, sub_event_type),
            event_type or "",
            sub_event_type or "",
            actor1 or "",
            multi(assoc_actor_1),
            label1,
            actor2 or "",
            multi(assoc_actor_2),
            label2,
            interaction,
            targeted if civilian_targeting else "",
            str(country.iso),
            region,
            country_name or country.name,
            admin1 or "",
            admin2 or "",
            admin3 or "",
            location or "",
            coordinate(latitude),
            coordinate(longitude),
            integer(geo_precision),
            source,
            source_scale,
            notes or "",
            integer(fatalities),
            multi(tags),
            unix_time(updated_at),
            integer(fatalities_low),
            integer(fatalities),
            integer(fatalities_high),
            reliability,
            credibility,
            conflict_status,
            n_reports,
            ids_cell,
            status or "",
            coded_by or "",
            reviewed_by or "",
            reviewed_at or "",
            location_ar or "",
            integer(geonames_id),
            coders,
            adjudicator,
        ]


def _adjudications(db: sqlite_utils.Database) -> dict[int, tuple[str, str]]:
    """Adjudicated event id -> (its coders, its adjudicator), for x_coders / x_adjudicated_by."""
    rows = db.execute("SELECT event_id, coders, adjudicated_by FROM adjudications")
    return {event_id: (coders or "", by or "") for event_id, coders, by in rows}


def _fatalities_from_claims(db: sqlite_utils.Database) -> dict[int, int]:
    """ACLED's conservative figure from fatality claims, for events whose field is empty.

    The analyst's own fatalities value wins; without one, the export follows ACLED:
    a resolved conflict's figure, else the lowest credible claim ("hundreds" = 100).
    """
    from reviewer.export.figures import empty_fatalities_figures

    return empty_fatalities_figures(db)


def _inter_cells(inter1: Any, inter2: Any) -> tuple[str, str, str]:
    """``inter1``, ``inter2`` and ``interaction`` cells of a stored pair of inter values."""
    return acled.inter_label(inter1), acled.inter_label(inter2), acled.interaction(inter1, inter2)


def _reports_by_event(db: sqlite_utils.Database) -> dict[int, tuple[str, str, _Reports]]:
    """Each reported event's cells: number of reports, article ids, and the derived ones.

    Three plain scans joined here rather than in SQL: joining reports to
    articles by rowid makes SQLite walk each article's text (it sits before
    ``source_id`` in the row), while ``idx_articles_source`` covers (id,
    source_id). Reports are in article-id order within an event, as the cells
    list them. The cells depend only on the outlets and grades, which repeat,
    so they are computed once per combination.
    """
    outlets = {
        source_id: (outlet, reliability, scale)
        for source_id, outlet, reliability, scale in db.execute(
            "SELECT id, coalesce(name_en, name), reliability, scale FROM sources"
        )
    }
    source_of = dict(db.execute("SELECT id, source_id FROM articles").fetchall())
    grouped: dict[int, list[tuple[int, Any, Any]]] = {}
    missing = object()
    for event_id, article_id, credibility in db.execute(
        "SELECT event_id, article_id, credibility FROM reports"
    ):
        source_id = source_of.get(article_id, missing)
        if source_id is missing:  # as the inner join to articles would
            continue
        entry = grouped.get(event_id)
        if entry is None:
            grouped[event_id] = [(article_id, credibility, source_id)]
        else:
            entry.append((article_id, credibility, source_id))
    no_outlet = (None, None, None)

    def grades(credibility: Any, source_id: Any) -> tuple[Any, Any, Any, Any]:
        return (credibility, *outlets.get(source_id, no_outlet))

    derive = cache(_derive_reports)
    by_event: dict[int, tuple[str, str, _Reports]] = {}
    for event_id, reports in grouped.items():
        if len(reports) == 1:
            ((article_id, credibility, source_id),) = reports
            by_event[event_id] = (
                "1",
                str(article_id),
                derive((grades(credibility, source_id),)),
            )
        else:
            reports.sort(key=itemgetter(0))  # article ids are unique within an event
            by_event[event_id] = (
                str(len(reports)),
                acled.join([str(article_id) for article_id, _c, _s in reports]),
                derive(
                    tuple(grades(credibility, source_id) for _a, credibility, source_id in reports)
                ),
            )
    return by_event


def _derive_reports(graded: tuple[tuple[Any, str | None, str | None, str | None], ...]) -> _Reports:
    """Cells from (credibility, outlet, reliability, scale) per report, in article order."""
    outlets = tuple(dict.fromkeys(outlet for _c, outlet, _r, _s in graded if outlet))
    return _Reports(
        outlets=outlets,
        source=acled.join(list(outlets)),
        source_scale=acled.source_scale([scale or "" for *_rest, scale in graded]),
        reliability=acled.join_aligned([reliability or "" for _c, _o, reliability, _s in graded]),
        credibility=acled.join_aligned([acled.integer(c) for c, *_rest in graded]),
    )


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
