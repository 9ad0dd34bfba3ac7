"""Benchmark 4: export of N events, as a ratio to the stdlib csv module (target <= 2x).

The baseline writes the same events with ``csv.writer`` straight from one
``SELECT * FROM events``. The app's export (reviewer.export) adds the ACLED
columns it derives (sources, interaction, grades...), claims/conflicts/sources
files and the datapackage, writing to temporary files renamed at the end.

The events carry what a coded project has (``add_claims_evidence_conflicts``):
claims, evidence spans and conflicts, so all five files have rows.

The headline ratio times the *whole* export (five files, fsync'd and renamed)
against the one-file baseline. ``events_seconds``/``events_ratio`` beside it
time ``events.csv`` alone (selecting, deriving and writing the events), as
``ExportResult.seconds`` reports it, for the like-for-like comparison.
"""

from __future__ import annotations

import csv
import shutil
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


def baseline_export(db, out: Path) -> float:
    start = time.perf_counter()
    cursor = db.conn.execute("SELECT * FROM events ORDER BY id")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([column[0] for column in cursor.description])
        writer.writerows(cursor)
    return time.perf_counter() - start


def run(db, workdir: Path, count: int) -> dict:
    add_events(db, count)
    try:
        from reviewer.export.writer import ExportOptions, export_dataset
    except ImportError as exc:
        return emit("export_ratio", None, "x baseline", TARGET_RATIO, skipped=f"no export: {exc}")
    base = baseline_export(db, workdir / "baseline-events.csv")
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
    events_only = getattr(result, "seconds", {}).get("events")
    counts = {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("claims", "evidence", "conflicts")
    }
    return emit(
        "export_ratio",
        ours / base,
        "x baseline",
        TARGET_RATIO,
        **counts,
        events=result.rows.get("events"),
        seconds=round(ours, 2),
        baseline_seconds=round(base, 2),
        events_seconds=None if events_only is None else round(events_only, 2),
        events_ratio=None if events_only is None else round(events_only / base, 3),
    )
