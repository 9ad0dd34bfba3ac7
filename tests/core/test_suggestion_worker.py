"""The suggestion worker process (reviewer/suggestion_worker.py), run for real: it
answers each numbered request with what ``suggest_article`` finds, says a failure as
an error, never a traceback, and ends quietly when the window's process is gone."""

import os
import pickle
import subprocess
import sys

from reviewer.errors import ReviewerError
from reviewer.suggest.engine import suggest_article
from reviewer.suggestion_worker import COMMAND


def _worker(**pipes) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    return subprocess.Popen([sys.executable, "-c", COMMAND], env=env, **pipes)


def _ask(worker, *request) -> None:
    pickle.dump(request, worker.stdin)
    worker.stdin.flush()


def test_the_worker_answers_each_request_in_turn(sample_db, db_path):
    worker = _worker(stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _ask(worker, 7, str(db_path), 1)
    _ask(worker, 8, str(db_path), 999_999)  # not in the file
    _ask(worker, 9, str(db_path), 2)
    assert pickle.load(worker.stdout) == (7, True, suggest_article(sample_db, 1))
    number, ok, error = pickle.load(worker.stdout)
    assert (number, ok) == (8, False) and isinstance(error, ReviewerError)
    assert "999999" in str(error).replace(",", "")
    assert pickle.load(worker.stdout) == (9, True, suggest_article(sample_db, 2))
    worker.stdin.close()  # the window's process closing: the worker ends
    assert worker.wait(timeout=30) == 0
    assert worker.stderr.read() == b""  # an expected failure prints no traceback


def test_the_worker_ends_quietly_when_nobody_reads_its_answers(sample_db, db_path):
    worker = _worker(stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    worker.stdout.close()  # as when the window's process died
    _ask(worker, 1, str(db_path), 1)
    assert worker.wait(timeout=30) == 0
    assert worker.stderr.read() == b""
