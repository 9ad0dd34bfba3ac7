"""A sync cut short — the client killed, the server stopped — completes next time.

Nothing is lost and nothing is duplicated: every record is on the server once,
and the colleague who pulls ends up with exactly the coder's records.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import psycopg
import pytest

from reviewer.errors import ReviewerError
from reviewer.project import open_project
from reviewer.server.sync import sync
from reviewer.storage.database import set_user
from tests.coding import complete_event

from .test_team_sync import _coded_event

CHILD = """
import sys
from reviewer.project import open_project
from reviewer.server.sync import sync
from reviewer.storage.database import set_user
db = open_project(sys.argv[1])
set_user(db, sys.argv[3])
print("start", flush=True)
sync(db, sys.argv[2], batch=1)
print("done", flush=True)
"""


def _many_events(db, login: str, count: int) -> None:
    for article in (1, 2, 3, 4, 5):
        for _ in range(count // 5):
            complete_event(db, article, user=login)


def _server_counts(server) -> tuple[int, int]:
    with psycopg.connect(server.admin_url) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT uid) FROM reviewer.records"
        ).fetchone()
    return total, distinct


def _local_uids(db, table: str = "events") -> set[str]:
    return {row[0] for row in db.execute(f"SELECT uid FROM {table}")}


def test_killing_the_client_mid_sync_then_syncing_again_loses_and_duplicates_nothing(
    server, tmp_path, monkeypatch
):
    amal = server.analyst("amal")
    path = tmp_path / "amal.sqlite"
    db = open_project(path, seed_sample=True)
    set_user(db, amal)
    _many_events(db, amal, 60)
    db.close()
    env = {**os.environ, "PGPASSWORD": f"pw-{amal}"}
    rng = random.Random(4)
    for _ in range(4):  # kill -9 at random moments of the push
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), server.url_for(amal), amal],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    monkeypatch.setenv("PGPASSWORD", f"pw-{amal}")
    db = open_project(path)
    set_user(db, amal)
    sync(db, server.url_for(amal))
    expected = len(_local_uids(db, "events"))
    assert expected == 60
    total, distinct = _server_counts(server)
    assert total == distinct  # each record once
    with psycopg.connect(server.admin_url) as conn:
        events = conn.execute("SELECT count(*) FROM reviewer.records WHERE tbl = 'events'")
        assert events.fetchone()[0] == expected
    assert sync(db, server.url_for(amal)).pushed == 0  # complete: nothing left to send

    bassam = server.analyst("bassam")
    other = open_project(tmp_path / "bassam.sqlite")
    set_user(other, bassam)
    monkeypatch.setenv("PGPASSWORD", f"pw-{bassam}")
    sync(other, server.url_for(bassam))
    assert _local_uids(other) == _local_uids(db)


def test_the_server_stopping_mid_sync_is_one_line_and_the_next_sync_completes_it(
    server, tmp_path, monkeypatch
):
    amal, bassam = server.analyst("amal"), server.analyst("bassam")
    a = open_project(tmp_path / "amal.sqlite", seed_sample=True)
    set_user(a, amal)
    for _ in range(6):
        _coded_event(a, amal)
    monkeypatch.setenv("PGPASSWORD", f"pw-{amal}")

    def stop_server(done: int) -> None:
        if done == 3:
            server.cluster.stop("immediate")

    try:
        with pytest.raises(ReviewerError, match=r"sync stopped|cannot connect") as failed:
            sync(a, server.url_for(amal), batch=2, after_batch=stop_server)
        assert "\n" not in str(failed.value)
    finally:
        server.cluster.start()
    total, distinct = _server_counts(server)
    assert total == distinct == 6  # three batches of two made it
    sync(a, server.url_for(amal))
    assert _server_counts(server) == (24, 24)  # 6 x (event, report, evidence, claim)

    b = open_project(tmp_path / "bassam.sqlite")
    set_user(b, bassam)
    monkeypatch.setenv("PGPASSWORD", f"pw-{bassam}")
    sync(b, server.url_for(bassam))
    assert _local_uids(b) == _local_uids(a)
    assert _local_uids(b, "claims") == _local_uids(a, "claims")
    assert _local_uids(b, "evidence") == _local_uids(a, "evidence")
    assert sync(b, server.url_for(bassam)).pulled == 0
