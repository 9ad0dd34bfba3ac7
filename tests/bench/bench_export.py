"""Benchmark 4: the whole export of N events, as a ratio to a stdlib export (target <= 2x).

Apples to apples (issue 19): the baseline (``baseline_export``) writes the same
four files as the app -- events.csv, claims.csv, conflicts.csv, sources.csv with
the same header and the same rows, which ``run`` checks before it reports --
and a datapackage.json, the way someone would with only sqlite3 and csv: one
query per file (joins, GROUP BY and group_concat for the report-derived
columns, CASE for the short code lists) streamed into ``csv.writer``. It does
none of what the app adds: no BOM, no formula guard, no memoised ACLED
formatting, no fsync, no temporary files renamed at the end. The app's run is
the default (spreadsheet-safe) export of every event.

The events carry what a coded project has (``add_claims_evidence_conflicts``):
claims, evidence spans and conflicts, so all four files have rows. The baseline
runs once untimed first, so that both timed runs find the project in the page
cache. ``files`` and ``baseline_files`` give the seconds per file;
``events_ratio`` compares events.csv alone.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import time
from pathlib import Path

from tests.bench._common import emit

TARGET_RATIO = 2.0
EVENT_TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Strategic developments", "Non-violent transfer of territory"),
]


def add_events(db, count: int) -> None:
    """``count`` coded events, each reported by one article, in bulk."""
    have = db.execute("SELECT count(*) FROM events").fetchone()[0]
    if have >= count:
        return
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    rows = []
    for i in range(have, count):
        event_type, sub = EVENT_TYPES[i % len(EVENT_TYPES)]
        rows.append(
            (f"SYR{i + 1}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", 1, event_type, sub,
             "Military Forces of Syria (2000-2024)", "State forces", "Hayat Tahrir al-Sham",
             "Rebel group", 760, "Syria", "Hama", "Hama", "Hama", "Hama", "حماة",
             35.13, 36.75, 1, "ملاحظة عن الحدث رقم " + str(i), i % 9, "reviewed",
             "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z")
        )  # fmt: skip
    with db.atomic():
        db.conn.executemany(
            """INSERT INTO events (event_id_cnty, event_date, time_precision, event_type,
               sub_event_type, actor1, inter1, actor2, inter2, iso, country, admin1, admin2,
               admin3, location, location_ar, latitude, longitude, geo_precision, notes,
               fatalities, status, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        db.conn.execute(
            "INSERT OR IGNORE INTO reports (article_id, event_id, credibility, created_at)"
            " SELECT 1 + (id - 1) % ?, id, 2, '2025-01-01' FROM events",
            [top],
        )
        add_claims_evidence_conflicts(db, first_event=have)


def add_claims_evidence_conflicts(db, first_event: int) -> None:
    """What a coded project carries besides its events (issue 19: a realistic export).

    Every event: a fatalities claim quoting a figure and an evidence span on its
    place. Every fifth: a second report's "hundreds" as a claim too, and the
    conflict between them (open, or for every tenth resolved with a rationale).
    """
    after = [first_event]
    db.conn.execute(
        "INSERT INTO claims (event_id, article_id, field, verbatim, low, best, high,"
        " start, end, credibility, created_by, created_at)"
        " SELECT e.id, r.article_id, 'fatalities', CAST(e.fatalities AS TEXT), e.fatalities,"
        " e.fatalities, e.fatalities, 0, 2, 2, 'bench', '2025-01-01'"
        " FROM events e JOIN reports r ON r.event_id = e.id WHERE e.id > ?",
        after,
    )
    db.conn.execute(
        "INSERT INTO claims (event_id, article_id, field, verbatim, low, high, qualifier,"
        " credibility, created_by, created_at)"
        " SELECT e.id, r.article_id, 'fatalities', 'مئات', 200, 999, 'hundreds', 3, 'bench',"
        " '2025-01-01' FROM events e JOIN reports r ON r.event_id = e.id"
        " WHERE e.id > ? AND e.id % 5 = 0",
        after,
    )
    db.conn.execute(
        "INSERT INTO evidence (event_id, article_id, field, start, end, quote, created_by,"
        " created_at) SELECT e.id, r.article_id, 'location', 0, 4,"
        " substr(a.title, 1, 4), 'bench', '2025-01-01' FROM events e"
        " JOIN reports r ON r.event_id = e.id JOIN articles a ON a.id = r.article_id"
        " WHERE e.id > ?",
        after,
    )
    db.conn.execute(
        "INSERT INTO conflicts (event_id, field, origin, status, resolution_value, rationale,"
        " resolved_by, resolved_at, created_by, created_at)"
        " SELECT id, 'fatalities', 'detected',"
        " CASE WHEN id % 10 = 0 THEN 'resolved' ELSE 'open' END,"
        " CASE WHEN id % 10 = 0 THEN 'مئات' END,"
        " CASE WHEN id % 10 = 0 THEN 'أربعة تقارير تقول مئات' END,"
        " CASE WHEN id % 10 = 0 THEN 'bench' END,"
        " CASE WHEN id % 10 = 0 THEN '2025-01-02' END, 'bench', '2025-01-01'"
        " FROM events WHERE id > ? AND id % 5 = 0",
        after,
    )
    db.conn.execute(
        "INSERT INTO conflict_claims (conflict_id, claim_id, event_id)"
        " SELECT k.id, c.id, k.event_id FROM conflicts k"
        " JOIN claims c ON c.event_id = k.event_id AND c.field = k.field WHERE k.event_id > ?",
        after,
    )


# The baseline: what someone would write with the standard library alone, one SQL
# query per file (joins, GROUP BY and group_concat for the derived columns, CASE for
# the small code lists) streamed into csv.writer, no BOM, no formula guard, no fsync
# and no temporary files. It writes the same four CSVs with the same header and rows
# as the app's export (``run`` checks both), and a datapackage.json from the headers.
_BASELINE_EVENTS = """
    SELECT e.event_id_cnty, substr(e.event_date, 1, 10) AS event_date,
      substr(e.event_date, 1, 4) AS year, e.time_precision,
      CASE WHEN e.event_type IN ('Protests', 'Riots') THEN 'Demonstrations'
           WHEN e.event_type = 'Strategic developments' THEN 'Strategic developments'
           WHEN e.event_type IS NOT NULL THEN 'Political violence' END AS disorder_type,
      e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.inter1, e.actor2,
      e.assoc_actor_2, e.inter2,
      CASE WHEN e.inter2 IS NULL THEN e.inter1 || ' only'
           ELSE e.inter1 || '-' || e.inter2 END AS interaction,
      CASE WHEN e.civilian_targeting THEN 'Civilians targeted' ELSE '' END
        AS civilian_targeting,
      e.iso, CASE WHEN e.iso IS NOT NULL THEN 'Middle East' END AS region, e.country,
      e.admin1, e.admin2, e.admin3, e.location, printf('%.4f', e.latitude) AS latitude,
      printf('%.4f', e.longitude) AS longitude, e.geo_precision, r.source, r.source_scale,
      e.notes, e.fatalities, e.tags, CAST(strftime('%s', e.updated_at) AS INTEGER) AS timestamp,
      e.fatalities_low AS x_fatalities_low, e.fatalities AS x_fatalities_best,
      e.fatalities_high AS x_fatalities_high, r.reliability AS x_source_reliability,
      r.credibility AS x_credibility, k.status AS x_conflict_status, r.n AS x_n_reports,
      r.article_ids AS x_article_ids, e.status AS x_status, e.coded_by AS x_coded_by,
      e.reviewed_by AS x_reviewer, e.reviewed_at AS x_reviewed_at,
      e.location_ar AS x_location_ar, e.geonames_id AS x_geonames_id,
      coalesce(j.coders, e.created_by) AS x_coders, j.adjudicated_by AS x_adjudicated_by
    FROM events e
    LEFT JOIN (
      SELECT p.event_id, count(*) AS n, group_concat(p.article_id, '; ') AS article_ids,
        group_concat(coalesce(s.name_en, s.name), '; ') AS source,
        group_concat(s.scale, '-') AS source_scale,
        group_concat(s.reliability, '; ') AS reliability,
        group_concat(p.credibility, '; ') AS credibility
      FROM reports p JOIN articles a ON a.id = p.article_id
      LEFT JOIN sources s ON s.id = a.source_id GROUP BY p.event_id
    ) r ON r.event_id = e.id
    LEFT JOIN (SELECT event_id, min(status) AS status FROM conflicts GROUP BY event_id) k
      ON k.event_id = e.id
    LEFT JOIN adjudications j ON j.event_id = e.id
    WHERE e.id NOT IN (SELECT event_id FROM adjudication_sources)
    ORDER BY e.event_date, e.event_id_cnty
"""
_BASELINE_CLAIMS = """
    SELECT c.id AS claim_id, e.event_id_cnty, c.article_id,
      coalesce(s.name_en, s.name) AS outlet, c.field, c.value_text, c.verbatim, c.low,
      c.best, c.high, c.qualifier, c.start, c."end", s.reliability AS source_reliability,
      coalesce(c.credibility, r.credibility) AS credibility,
      coalesce(s.reliability, '–') || coalesce(c.credibility, r.credibility, '') AS grade,
      c.speaker, c.speaker_kind, c.stance, m.conflict_id, c.created_by, c.created_at
    FROM claims c JOIN events e ON e.id = c.event_id
    JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN reports r ON r.article_id = c.article_id AND r.event_id = c.event_id
    LEFT JOIN conflict_claims m ON m.claim_id = c.id
    WHERE e.id NOT IN (SELECT event_id FROM adjudication_sources)
    ORDER BY c.event_id, c.id
"""
_BASELINE_CONFLICTS = """
    SELECT k.id AS conflict_id, e.event_id_cnty, k.field,
      group_concat(m.claim_id, '; ') AS claim_ids, count(m.claim_id) AS n_claims, k.origin,
      k.status, k.resolution_value, k.resolution_low, k.resolution_best, k.resolution_high,
      k.rationale, k.resolved_by, k.resolved_at, k.created_by, k.created_at
    FROM conflicts k JOIN events e ON e.id = k.event_id
    LEFT JOIN conflict_claims m ON m.conflict_id = k.id
    WHERE e.id NOT IN (SELECT event_id FROM adjudication_sources)
    GROUP BY k.id ORDER BY k.event_id, k.id
"""
_BASELINE_SOURCES = """
    SELECT s.id AS source_id, s.name, s.name_en, s.name_ar, s.url, s.reliability, s.scale,
      count(a.id) AS n_articles
    FROM sources s LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id ORDER BY s.id
"""
BASELINE_FILES = {
    "events": _BASELINE_EVENTS,
    "claims": _BASELINE_CLAIMS,
    "conflicts": _BASELINE_CONFLICTS,
    "sources": _BASELINE_SOURCES,
}


def baseline_export(conn: sqlite3.Connection, out: Path) -> dict[str, float]:
    """The stdlib export of the same four files and a datapackage.json: seconds per file."""
    out.mkdir(parents=True, exist_ok=True)
    seconds, resources = {}, []
    for name, sql in BASELINE_FILES.items():
        start = time.perf_counter()
        cursor = conn.execute(sql)
        header = [column[0] for column in cursor.description]
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(cursor)
        seconds[name] = time.perf_counter() - start
        fields = [{"name": column} for column in header]
        resources.append({"name": name, "path": f"{name}.csv", "schema": {"fields": fields}})
    start = time.perf_counter()
    with (out / "datapackage.json").open("w", encoding="utf-8") as handle:
        json.dump({"name": "baseline", "resources": resources}, handle, indent=2)
    seconds["datapackage"] = time.perf_counter() - start
    return seconds


def _same_shape(ours: Path, theirs: Path) -> list[str]:
    """Files whose header or number of rows differ between the two exports (should be none)."""
    differ = []
    for name in BASELINE_FILES:
        shapes = []
        for folder, encoding in ((ours, "utf-8-sig"), (theirs, "utf-8")):
            with (folder / f"{name}.csv").open(encoding=encoding, newline="") as handle:
                rows = csv.reader(handle)
                shapes.append((next(rows), sum(1 for _row in rows)))
        if shapes[0] != shapes[1]:
            differ.append(name)
    return differ


def run(db, workdir: Path, count: int) -> dict:
    add_events(db, count)
    try:
        from reviewer.export.writer import ExportOptions, export_dataset
    except ImportError as exc:
        return emit("export_ratio", None, "x baseline", TARGET_RATIO, skipped=f"no export: {exc}")
    theirs = workdir / "baseline-export"
    baseline_export(db.conn, theirs)  # untimed: both timed runs find the file in the cache
    base_files = baseline_export(db.conn, theirs)
    base = sum(base_files.values())
    out = workdir / "export"
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    try:
        result = export_dataset(db, out, ExportOptions(include_all=True))
    except Exception as exc:  # the export module is being written concurrently
        return emit(
            "export_ratio", None, "x baseline", TARGET_RATIO, skipped=f"export failed: {exc!r}"
        )
    ours = time.perf_counter() - start
    differ = _same_shape(out, theirs)
    if differ:
        return emit("export_ratio", None, "x baseline", TARGET_RATIO,
                    skipped=f"baseline and export differ in header or rows: {differ}")  # fmt: skip
    seconds = getattr(result, "seconds", {})
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("claims", "evidence", "conflicts")
    }
    events_only = seconds.get("events")
    return emit(
        "export_ratio",
        ours / base,
        "x baseline",
        TARGET_RATIO,
        **counts,
        events=result.rows.get("events"),
        seconds=round(ours, 2),
        baseline_seconds=round(base, 2),
        files={name: round(value, 3) for name, value in seconds.items()},
        baseline_files={name: round(value, 3) for name, value in base_files.items()},
        events_ratio=None if events_only is None else round(events_only / base_files["events"], 3),
    )
