"""Benchmark 9: 20 simulated analysts x 1,000 events each, synced through one real server.

A throwaway PostgreSQL cluster (Debian's binaries, tests/server/pg_cluster.py)
on loopback. Each analyst has a project with the five sample articles and
1,000 coded events of their own (each with its report and one claim); the
twenty sync one after another (each pushes their own and pulls the records of
those before them), then a reviewer pulls everything into an empty project.
Printed: wall time of the twenty syncs and of the pull, rows moved per second
(pushed + pulled), and whether every
record arrived exactly once (server rows = distinct uids = what was made; the
reviewer's copy holds every event once). Not a timed test: a figure with its
machine.

    python -m tests.bench --only sync [--analysts 20 --events 1000]
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.bench._common import emit


def run(analysts: int = 20, events: int = 1000) -> dict:
    import psycopg

    from reviewer.project import open_project
    from reviewer.server.admin import add_analyst, init_server
    from reviewer.server.sync import sync
    from reviewer.storage.claims import add_claim
    from reviewer.storage.database import close_database, set_user
    from tests.coding import complete_event
    from tests.server.pg_cluster import find_bin, make_cluster

    bin_dir = find_bin()
    if bin_dir is None:
        return emit("sync_push_s", None, "s", None, skipped="PostgreSQL not installed")
    cluster = make_cluster(bin_dir)
    work = Path(tempfile.mkdtemp(prefix="reviewer-bench-sync-"))
    try:
        with psycopg.connect(cluster.admin_url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        admin = cluster.admin_url("bench")
        init_server(admin)
        logins = [f"analyst{n:02d}" for n in range(analysts)]
        for login in logins:
            add_analyst(admin, login, role="coder", password=f"pw-{login}")
        add_analyst(admin, "chief", role="reviewer", password="pw-chief")

        made = 0
        started = time.perf_counter()
        for n, login in enumerate(logins):
            db = open_project(work / f"{login}.sqlite", seed_sample=True)
            set_user(db, login)
            for i in range(events):
                article = 1 + (i + n) % 5
                event = complete_event(db, article, user=login, notes=f"{login} {i}")
                add_claim(db, event, article, "fatalities", str(i % 7), low=i % 7,
                          best=i % 7, high=i % 7, user=login)  # fmt: skip
            made += db.execute("SELECT count(*) FROM events").fetchone()[0]
            close_database(db)
        coded_s = time.perf_counter() - started

        records = moved = 0
        started = time.perf_counter()
        for login in logins:  # each a full sync: push theirs, pull everyone's before them
            os.environ["PGPASSWORD"] = f"pw-{login}"
            db = open_project(work / f"{login}.sqlite")
            set_user(db, login)
            done = sync(db, cluster.login_url(login, "bench"))
            records += done.pushed
            moved += done.pushed + done.pulled
            close_database(db)
        push_s = time.perf_counter() - started

        os.environ["PGPASSWORD"] = "pw-chief"
        chief = open_project(work / "chief.sqlite")
        set_user(chief, "chief")
        started = time.perf_counter()
        pulled = sync(chief, cluster.login_url("chief", "bench")).pulled
        pull_s = time.perf_counter() - started
        local_events, local_distinct = chief.execute(
            "SELECT count(*), count(DISTINCT uid) FROM events"
        ).fetchone()
        close_database(chief)
        with psycopg.connect(admin) as conn:
            rows, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT uid) FROM reviewer.records"
            ).fetchone()
        once = rows == distinct == records == pulled and local_events == local_distinct == made
        emit("sync_all_analysts_s", push_s, "s", None, analysts=analysts, events_each=events,
             pushed=records, rows_moved=moved, rows_per_s=round(moved / push_s),
             coding_s=round(coded_s, 1))  # fmt: skip
        return emit("sync_pull_s", pull_s, "s", None, records=pulled,
                    rows_per_s=round(pulled / pull_s), every_record_once=once,
                    server_rows=rows, events=local_events)  # fmt: skip
    finally:
        cluster.remove()
