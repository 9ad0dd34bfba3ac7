"""The import's worker process dies with its parent, and a cancel stops it inside a file.

The attacks: killing the importing process left its worker running (4 of 16
kills); Cancel was only seen between batches, so a large file was read and
indexed to the end first.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from reviewer.importing.corpus_import import import_paths
from reviewer.storage import open_database
from tests.robustness.sandbox import child_env, reviewer_argv
from tests.robustness.test_memory import _news_file


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; it only waits to be reaped


@pytest.mark.slow
def test_the_worker_dies_with_its_parent(tmp_path):
    if not Path("/proc/self/stat").exists():
        pytest.skip("processes are found through /proc (Linux)")
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(3):  # first in name order: the worker is busy with them
        _news_file(folder / f"a_big_{number}.txt", 19 * 1024 * 1024, 14, seed=number)
    for number in range(1000):  # enough files for the CLI to start a worker
        (folder / f"z_{number:04}.txt").write_text(f"خبر {number}\nنص الخبر رقم {number}")
    importer = subprocess.Popen(
        reviewer_argv("import", folder, "--db", tmp_path / "x.sqlite"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(),
    )
    deadline = time.monotonic() + 60
    while not (workers := _children(importer.pid)):
        assert importer.poll() is None and time.monotonic() < deadline, "no worker started"
        time.sleep(0.02)
    time.sleep(0.3)  # reading its first large file
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    killed = time.monotonic()
    while any(_alive(pid) for pid in workers) and time.monotonic() - killed < 5:
        time.sleep(0.02)
    outlived = time.monotonic() - killed
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    assert outlived < 1.0, f"the worker outlived its parent by {outlived:.1f} s"


def test_cancel_stops_inside_a_large_file(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    _news_file(folder / "long.txt", 20 * 1024 * 1024 - 4096, 14, seed=5)
    db = open_database(tmp_path / "x.sqlite")
    try:
        started = time.monotonic()
        result = import_paths(db, [folder], should_cancel=lambda: time.monotonic() > started + 0.3)
        took = time.monotonic() - started
        assert result.cancelled and result.imported == []
        assert took < 1.5, f"cancel took {took:.1f} s"
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    finally:
        db.close()
