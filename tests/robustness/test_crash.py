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
