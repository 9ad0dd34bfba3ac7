"""SIGKILL at random points must never lose an acknowledged edit or damage the file.

A child process (crash_child.py) saves edits in a loop on a real project file
and acknowledges each one after its commit. The test kills it with SIGKILL at
random moments — while it starts and opens the file, and in the middle of its
edits — many times over, then checks that every acknowledged edit is in the
file, that SQLite finds the file sound, and that the app opens it as usual.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reviewer.project import open_project
from reviewer.storage import open_database
from reviewer.storage.integrity import check
from tests.robustness.sandbox import (
    child_env,
    complete_event,
    reviewer_argv,
    run_reviewer,
    write_events_csv,
)

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[2]
KILLS = 60  # about 15 s here: ~0.25 s per child

ARTICLE = (
    "سيطرة الفصائل على حماة\n"
    "أعلنت هيئة تحرير الشام اليوم الخميس السيطرة على سجن حماة المركزي وإطلاق سراح مئات "
    "المعتقلين، فيما أقر الجيش السوري بخسارة المدينة وإعادة تموضع قواته خارجها."
)


def _start_child(db_path: Path, run: int, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(run), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _drain(stream, lines: list[str], ready: threading.Event) -> None:
    for line in stream:
        lines.append(line.rstrip("\n"))
        if line.startswith("ready"):
            ready.set()


def _run_and_kill(db_path: Path, run: int, rng: random.Random) -> list[str]:
    """Start the child, SIGKILL it at a random moment, return the lines it printed."""
    child = _start_child(db_path, run, rng.randrange(1 << 30))
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_drain, args=(child.stdout, lines, ready), daemon=True)
    reader.start()
    if run % 5 == 0:
        # Sometimes while it starts: importing, opening, setting pragmas.
        time.sleep(rng.uniform(0.0, 0.3))
    else:
        if not ready.wait(timeout=30):
            child.kill()
            pytest.fail(f"child {run} never became ready: {child.stderr.read()}")
        time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    errors = child.stderr.read()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, f"child {run} ended by itself: {errors}"
    assert "Traceback" not in errors, errors
    return lines


def _acknowledged(lines: list[str]) -> list[tuple[str, int, str | None]]:
    edits = []
    for line in lines:
        kind, *rest = line.split(" ")
        if kind in ("create", "update"):
            edits.append((kind, int(rest[0]), rest[1]))
        elif kind == "delete":
            edits.append((kind, int(rest[0]), None))
    return edits


def _audit(db) -> dict[int, list[tuple[str, str | None]]]:
    """Per event, the committed history of its notes: [(action, notes)] in order."""
    history: dict[int, list[tuple[str, str | None]]] = {}
    rows = db.execute(
        "SELECT row_id, action, new_values FROM audit_log WHERE table_name = 'events' ORDER BY id"
    )
    for row_id, action, new_values in rows:
        notes = json.loads(new_values)["notes"] if new_values else None
        history.setdefault(row_id, []).append((action, notes))
    return history


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_acknowledged_edit(tmp_path):
    db_path = tmp_path / "project.sqlite"
    db = open_database(db_path)
    db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES ('h', ?, ?, 'now')",
        [ARTICLE.split("\n")[0], ARTICLE],
    )
    db.close()

    rng = random.Random(20241205)
    acknowledged: list[tuple[str, int, str | None]] = []
    for run in range(1, KILLS + 1):
        acknowledged += _acknowledged(_run_and_kill(db_path, run, rng))

    assert len([e for e in acknowledged if e[0] == "update"]) > KILLS  # edits really happened

    db = open_project(db_path, seed_sample=True)  # as the app opens it: no prompt, no error
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1  # not re-seeded
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert check(db) == []

    history = _audit(db)
    current = dict(db.execute("SELECT id, notes FROM events").fetchall())
    # Per event, the acknowledged edits appear in its committed history, in order.
    # (An id freed by a delete can be reused by a later create: order matters.)
    action_of = {"create": "insert", "update": "update", "delete": "delete"}
    expected: dict[int, list[tuple[str, str | None]]] = {}
    for kind, event_id, value in acknowledged:
        expected.setdefault(event_id, []).append((action_of[kind], value))
    for event_id, edits in expected.items():
        remaining = iter(history.get(event_id, []))
        for edit in edits:
            assert edit in remaining, f"acknowledged edit {edit} of event {event_id} lost"
    # The events table is exactly what its committed history says.
    for event_id, actions in history.items():
        last_action, last_notes = actions[-1]
        if last_action == "delete":
            assert event_id not in current
        else:
            assert current[event_id] == last_notes
    db.close()


# -- kill -9 of the importers, mid-file ---------------------------------------------

EVENT_ROWS = 40_000


def _events_file(path: Path) -> Path:
    """A long dataset with a bad row every 997 rows and some rows without an id."""
    rows = []
    for n in range(EVENT_ROWS):
        row = complete_event(f"SYR{n}", notes=f"حدث رقم {n}", fatalities=str(n % 50))
        if n % 997 == 0:
            row["event_type"] = "Not a type"
        if n % 1500 == 1:
            row["event_id_cnty"] = ""
        rows.append(row)
    return write_events_csv(path, rows)


def _event_state(project: Path) -> list[tuple]:
    db = open_database(project)
    try:
        assert check(db) == []
        return db.execute(
            "SELECT id, event_id_cnty, notes, fatalities, status FROM events ORDER BY id"
        ).fetchall()
    finally:
        db.close()


def _count(project: Path, table: str) -> int:
    db = open_database(project)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def _kill_when(argv: list[str], ready, delay: float) -> None:
    """Start ``argv``, wait until ``ready()`` (work committed), wait ``delay``, SIGKILL it."""
    child = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=child_env()
    )
    deadline = time.monotonic() + 120
    while not ready():
        assert child.poll() is None, f"ended before it was killed: {child.stderr.read()}"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(delay)
    assert child.poll() is None, "finished before the kill; make the input larger"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()


@pytest.mark.slow
def test_sigkill_mid_file_of_import_events_then_rerun_resumes_it(tmp_path):
    source = _events_file(tmp_path / "events.csv")
    reference = tmp_path / "reference.sqlite"
    completed = run_reviewer("import-events", source, "--db", reference)
    assert completed.returncode == 1, completed.stderr
    expected = _event_state(reference)

    project = tmp_path / "project.sqlite"
    open_database(project).close()
    rng = random.Random(13)
    seen = []
    for _kill in range(3):  # killed, resumed and killed again, ...
        before = _count(project, "events")
        _kill_when(
            reviewer_argv("import-events", source, "--db", project),
            lambda before=before: _count(project, "events") > before,
            rng.uniform(0.0, 0.6),
        )
        state = _event_state(project)  # sound, audit chain intact (check), mid-file
        assert before < len(state) < len(expected)
        assert state == expected[: len(state)]  # a prefix: whole batches, in order
        seen.append(len(state))
    completed = run_reviewer("import-events", source, "--db", project)
    assert completed.returncode in (0, 1), completed.stderr
    assert "resumed an interrupted import of this file at row" in completed.stdout
    assert _event_state(project) == expected
    assert seen == sorted(seen)


def _html_page(paragraphs: int, seed: int) -> str:
    body = "".join(
        f"<p>فقرة {seed}-{n}: اشتباكات في ريف حماة <a href='/x{n}'>رابط</a> <b>عاجل</b></p>\n"
        for n in range(paragraphs)
    )
    head = f"<html><head><title>تقرير {seed}</title></head>"
    return f"{head}<body><article>{body}</article></body></html>"


PAGES = 96


@pytest.mark.slow
def test_sigkill_mid_html_import_keeps_the_file_sound_and_a_rerun_completes_it(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    # Every 8th page is large (about 3 MB): killed inside one. Enough pages that the
    # import's later, larger batches (issue 19) still leave work after the first.
    for number in range(PAGES):
        paragraphs = 25_000 if number % 8 == 7 else 300
        page = _html_page(paragraphs, number)
        (folder / f"page{number:02}.html").write_text(page, encoding="utf-8")
    project = tmp_path / "project.sqlite"
    open_database(project).close()
    rng = random.Random(17)
    for _kill in range(3):
        before = _count(project, "articles")
        _kill_when(
            reviewer_argv("import", folder, "--db", project),
            lambda before=before: _count(project, "articles") > before,
            rng.uniform(0.0, 0.2),
        )
        db = open_database(project)
        try:
            assert check(db) == []
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    completed = run_reviewer("import", folder, "--db", project)
    assert completed.returncode == 0, completed.stderr
    db = open_database(project)
    try:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == PAGES
        distinct = db.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0]
        assert distinct == PAGES
        assert check(db) == []
    finally:
        db.close()
