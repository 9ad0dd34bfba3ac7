"""A project at rest is one file; a backup is restored without losing anything.

People copy the ``.sqlite`` file alone to send a project to a colleague. That
copy is complete only if every command and the window fold the write-ahead log
back into the file when they end (``wal_checkpoint(TRUNCATE)`` and close).
``reviewer restore`` refuses while the project is open, moves a stale
``-wal``/``-shm`` aside and keeps the replaced file.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.paths import corpus_dir
from reviewer.storage import open_database
from tests.robustness.sandbox import (
    child_env,
    complete_event,
    one_line_error,
    run_reviewer,
    write_events_csv,
)

HOLD = Path(__file__).with_name("hold_child.py")


def _copy_main_file_only(project: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copy(project, folder / project.name))


def _wal_size(project: Path) -> int:
    wal = Path(f"{project}-wal")
    return wal.stat().st_size if wal.exists() else 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_project_copied_alone_after_import_is_complete(tmp_path):
    project = tmp_path / "new" / "x.sqlite"
    completed = run_reviewer("import", "--db", project, corpus_dir())
    assert completed.returncode == 0, completed.stderr
    assert _wal_size(project) == 0
    copy = _copy_main_file_only(project, tmp_path / "colleague")
    db = open_database(copy)
    try:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_every_writing_command_leaves_one_file(tmp_path):
    project = tmp_path / "x.sqlite"
    assert run_reviewer("import", "--db", project, corpus_dir()).returncode == 0
    events = tmp_path / "events.csv"
    write_events_csv(events, [complete_event("SYR1", notes="first")])
    steps = [
        ("import-events", events, "--as", "lead"),
        ("review", "SYR1", "--as", "other"),
        ("settings", "--four-eyes", "on"),
        ("reindex",),
    ]
    for step in steps:
        completed = run_reviewer(*step, "--db", project)
        assert completed.returncode == 0, (step, completed.stderr)
        assert _wal_size(project) == 0, step
    copy = _copy_main_file_only(project, tmp_path / "copy")
    db = open_database(copy)
    try:
        assert db.execute("SELECT status FROM events").fetchall() == [("reviewed",)]
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    finally:
        db.close()


@pytest.fixture
def project_and_backup(tmp_path):
    project = tmp_path / "project" / "x.sqlite"
    assert run_reviewer("import", "--db", project, corpus_dir()).returncode == 0
    backup = tmp_path / "backup.sqlite"
    assert run_reviewer("backup", backup, "--db", project).returncode == 0
    return project, backup


def _hold(project: Path, notes: str | None = None) -> subprocess.Popen:
    argv = [sys.executable, str(HOLD), str(project)] + ([notes] if notes else [])
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=child_env())
    assert child.stdout.readline().strip() == "ready"
    return child


def test_restore_is_refused_while_the_project_is_open(project_and_backup):
    project, backup = project_and_backup
    holder = _hold(project)
    try:
        before = _digest(project)
        error = one_line_error(run_reviewer("restore", backup, "--db", project))
        assert str(project) in error and "is open" in error
        assert _digest(project) == before
        assert sorted(p.name for p in project.parent.iterdir() if "replaced" in p.name) == []
    finally:
        holder.kill()
        holder.wait()


def test_restore_moves_a_stale_log_aside_and_keeps_the_replaced_project(project_and_backup):
    project, backup = project_and_backup
    holder = _hold(project, notes="made after the backup")
    holder.send_signal(signal.SIGKILL)  # dies holding work in -wal
    holder.wait()
    assert _wal_size(project) > 0

    completed = run_reviewer("restore", backup, "--db", project)
    assert completed.returncode == 0, completed.stderr
    (kept,) = [p for p in project.parent.iterdir() if p.name.endswith(".sqlite") and p != project]
    assert f"kept as {kept}" in completed.stdout
    assert not Path(f"{project}-wal").exists()

    db = open_database(project)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 0  # the backup's state
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    finally:
        db.close()
    db = open_database(kept)  # the replaced project, its log moved along with it
    try:
        notes = db.execute("SELECT notes FROM events").fetchall()
        assert notes == [("made after the backup",)]
    finally:
        db.close()


def test_restore_refuses_a_damaged_backup_and_leaves_the_project(project_and_backup, tmp_path):
    project, _backup = project_and_backup
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database" * 100)
    before = _digest(project)
    error = one_line_error(run_reviewer("restore", bad, "--db", project))
    assert str(bad) in error
    assert _digest(project) == before
