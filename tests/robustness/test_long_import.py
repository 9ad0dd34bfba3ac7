"""A long ``import-events`` shares the project: a window's edit gets through meanwhile.

The attack: a million-row import held one write transaction for minutes, and
every edit from a window failed with "database is locked" after its 5 s busy
timeout. Now the import commits in batches of at most about half a second, so
a writer on another connection waits well under two seconds, while the import
is still running.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from reviewer.paths import corpus_dir
from reviewer.storage import open_database
from reviewer.storage.project_settings import set_setting
from tests.robustness.sandbox import (
    child_env,
    complete_event,
    reviewer_argv,
    run_reviewer,
    write_events_csv,
)

ROWS = 30_000


def big_events_csv(path: Path, rows: int = ROWS) -> Path:
    notes = "اشتباكات في ريف حماة الشمالي " * 6
    return write_events_csv(path, [complete_event(f"SYR{n}", notes=notes) for n in range(rows)])


def _events(db) -> int:
    return db.execute("SELECT count(*) FROM events").fetchone()[0]


def test_a_writer_gets_through_within_two_seconds_during_a_long_import(tmp_path):
    project = tmp_path / "x.sqlite"
    assert run_reviewer("import", "--db", project, corpus_dir()).returncode == 0
    source = big_events_csv(tmp_path / "big.csv")
    importer = subprocess.Popen(
        reviewer_argv("import-events", source, "--db", project),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    window = open_database(project, user="analyst")
    try:
        deadline = time.monotonic() + 60
        while _events(window) == 0:  # the import is writing
            assert importer.poll() is None, importer.stderr.read()
            assert time.monotonic() < deadline, "the import never committed a batch"
            time.sleep(0.05)
        waits = []
        for number in range(8):
            started = time.monotonic()
            with window.atomic():
                set_setting(window, "note", f"edit {number}")
            waits.append(time.monotonic() - started)
            time.sleep(0.2)
        running_after = importer.poll() is None
        during = _events(window)
    finally:
        window.close()
        importer.wait(timeout=300)
    assert importer.returncode == 0, importer.stderr.read()
    assert running_after and 0 < during < ROWS, ("not during the import", waits, during)
    assert max(waits) < 2.0, waits
