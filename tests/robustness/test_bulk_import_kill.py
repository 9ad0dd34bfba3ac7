"""A bulk import killed while its indexes are dropped leaves a sound project.

The import holds its lock while it runs, so opening the project then leaves the
indexes to it; once it is gone (SIGKILL: no clean-up of any kind ran), the next
opening builds them, ``check`` finds nothing, and importing the folder again
brings the rest without a duplicate.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from reviewer.importing.corpus_import import import_paths
from reviewer.storage import open_database
from reviewer.storage.deferred_indexes import DEFERRED_INDEXES, missing_indexes
from reviewer.storage.integrity import check
from tests.robustness.sandbox import child_env

CHILD = Path(__file__).with_name("bulk_import_child.py")


def test_a_killed_bulk_import_leaves_a_project_that_opens_with_its_indexes(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(30):
        (folder / f"{number:02}.txt").write_text(f"خبر {number}\nنص الخبر {number % 25}")
    db_path = tmp_path / "project.sqlite"
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("written "), child.stderr.read()
        while_running = open_database(db_path)  # the import builds them, not this
        assert missing_indexes(while_running.conn) == list(DEFERRED_INDEXES)
        while_running.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    db = open_database(db_path)
    try:
        assert missing_indexes(db.conn) == [] and check(db) == []
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        again = import_paths(db, [folder])
        assert len(again.duplicates) == stored
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 30
        assert check(db) == []
    finally:
        db.close()
