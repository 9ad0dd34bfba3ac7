"""The import shows a progress bar on a terminal, and nothing of it in a pipe."""

import os
import pty
import subprocess
import sys

from reviewer.paths import corpus_dir


def _run_import(db_path, stderr):
    return subprocess.run(
        [sys.executable, "-m", "reviewer", "import", "--db", str(db_path), str(corpus_dir())],
        stdout=subprocess.PIPE,
        stderr=stderr,
        timeout=60,
    )


def test_progress_bar_on_a_terminal(tmp_path):
    leader, follower = pty.openpty()
    try:
        completed = _run_import(tmp_path / "p.sqlite", follower)
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
    assert completed.returncode == 0
    assert b"importing" in drawn and b"5/5" in drawn


def test_no_progress_bar_in_a_pipe(tmp_path):
    completed = _run_import(tmp_path / "p.sqlite", subprocess.PIPE)
    assert completed.returncode == 0
    assert completed.stderr == b""
    assert b"5 imported" in completed.stdout
