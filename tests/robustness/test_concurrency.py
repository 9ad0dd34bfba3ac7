"""Two users of one project file at once: both keep working, nothing is lost.

Two app instances are two processes with their own connections; the CLI
importing is a third. They share the file through SQLite's locking: WAL lets
readers go on while one writes, transactions take the write lock up front
(``BEGIN IMMEDIATE``) and the busy timeout makes a writer wait its turn rather
than fail. An event edited in both is caught by its version number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.storage import open_database
from reviewer.storage.events import StaleEdit, create_event, get_event, update_event

HERE = Path(__file__).parent
REPO = HERE.parents[1]
ARTICLE = "سيطرة الفصائل على حماة\nأعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي."


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _project(db_path: Path):
    db = open_database(db_path, user="parent")
    article = db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES ('h', 't', ?, 'now')",
        [ARTICLE],
    ).lastrowid
    return db, article


def _edit_child(db_path: Path, event_id: int, count: int, prefix: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            str(HERE / "edit_child.py"),
            str(db_path),
            str(event_id),
            str(count),
            prefix,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )


def _notes_history(db, event_id: int) -> list[str]:
    rows = db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'events' AND row_id = ?"
        " AND action = 'update' ORDER BY id",
        [event_id],
    )
    return [json.loads(values)["notes"] for (values,) in rows]


def test_two_processes_editing_at_once_both_finish_and_nothing_is_lost(db_path):
    db, article = _project(db_path)
    theirs = create_event(db, article)
    ours = create_event(db, article)
    count = 150
    child = _edit_child(db_path, theirs, count, "child")
    for number in range(count):  # at the same time as the child
        update_event(db, ours, {"notes": f"parent-{number}"})
        create_event(db, article, notes=f"parent-new-{number}")
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.strip() == f"done {count}"

    assert get_event(db, theirs)["notes"] == f"child-{count - 1}"
    assert get_event(db, ours)["notes"] == f"parent-{count - 1}"
    assert [n for n in _notes_history(db, theirs) if n] == [f"child-{i}" for i in range(count)]
    assert [n for n in _notes_history(db, ours) if n] == [f"parent-{i}" for i in range(count)]
    created = {row[0] for row in db.execute("SELECT notes FROM events WHERE notes LIKE '%-new-%'")}
    assert created == {f"{who}-new-{i}" for who in ("child", "parent") for i in range(count)}
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_event_edited_in_two_windows_is_not_silently_overwritten(db_path):
    first, article = _project(db_path)
    second = open_database(db_path, user="second")
    event = create_event(first, article)
    seen_by_first = get_event(first, event)["version"]
    seen_by_second = get_event(second, event)["version"]

    update_event(first, event, {"notes": "from the first window"}, expected_version=seen_by_first)
    with pytest.raises(StaleEdit, match=r"changed elsewhere since it was opened.*reload"):
        update_event(second, event, {"location": "Hama"}, expected_version=seen_by_second)
    assert get_event(second, event)["notes"] == "from the first window"
    assert get_event(second, event)["location"] is None

    reloaded = get_event(second, event)  # the reload the message asks for
    update_event(second, event, {"location": "Hama"}, expected_version=reloaded["version"])
    final = get_event(first, event)
    assert (final["notes"], final["location"]) == ("from the first window", "Hama")
    first.close()
    second.close()


def test_stale_edit_is_caught_across_processes(db_path):
    db, article = _project(db_path)
    event = create_event(db, article)
    loaded = get_event(db, event)["version"]
    child = _edit_child(db_path, event, 1, "other-instance")
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    with pytest.raises(StaleEdit):
        update_event(db, event, {"notes": "mine"}, expected_version=loaded)
    assert get_event(db, event)["notes"] == "other-instance-0"
    db.close()


def test_cli_import_while_the_app_edits(db_path, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    files = 600
    for number in range(files):
        (folder / f"{number:04}.txt").write_text(
            f"خبر رقم {number}\n{ARTICLE} {number}", encoding="utf-8"
        )
    db, article = _project(db_path)
    event = create_event(db, article)
    importer = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "import", str(folder), "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=REPO,
    )
    edits, longest_wait = 0, 0.0
    while importer.poll() is None or edits < 20:
        started = time.monotonic()
        if edits % 10 == 9:
            # Now and then the app holds the write lock a while: the importer must wait.
            with db.atomic():
                update_event(db, event, {"notes": f"edit-{edits}"})
                time.sleep(0.3)
        else:
            update_event(db, event, {"notes": f"edit-{edits}"})
        longest_wait = max(longest_wait, time.monotonic() - started)
        edits += 1
        time.sleep(0.02)  # an analyst types; the app saves 0.4 s after typing stops
    _out, err = importer.communicate(timeout=60)
    assert importer.returncode == 0, err
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == files + 1
    assert [n for n in _notes_history(db, event) if n] == [f"edit-{i}" for i in range(edits)]
    assert longest_wait < 2.0  # the importer holds the lock briefly, never near the 5 s timeout
    db.close()


def test_import_locked_out_past_the_timeout_stops_cleanly_keeping_earlier_batches(
    db_path, tmp_path, monkeypatch
):
    from reviewer.errors import ReviewerError
    from reviewer.importing.corpus_import import import_paths

    monkeypatch.setattr("reviewer.importing.corpus_import.BATCH_SIZE", 2)
    folder = tmp_path / "incoming"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(f"خبر {number}\n{ARTICLE}", encoding="utf-8")
    importer = open_database(db_path)
    importer.execute("PRAGMA busy_timeout = 200")  # the real 5 s, shortened for the test
    other = open_database(db_path)
    batches = []

    def lock_after_first_batch() -> bool:
        batches.append(1)
        if len(batches) == 2:  # another program takes the write lock and keeps it
            other.conn.execute("BEGIN IMMEDIATE")
        return False

    with pytest.raises(ReviewerError, match=r"could not write.*the 2 articles imported before"):
        import_paths(importer, [folder], should_cancel=lock_after_first_batch)
    other.conn.rollback()
    assert importer.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    importer.close()
    other.close()
