"""The newest search or count, computed off the GUI thread; stale ones cancelled.

A search over a million articles takes tens of ms (a quoted phrase more, a
cold filter count longer), and the analyst types on meanwhile. ``SearchWorker``
runs such jobs in a thread on a read-only connection of its own, as
``background.ProjectTask`` does, with two differences that typing calls for:

- only the newest job of each kind matters. Asking again replaces the job
  still waiting, and stops the one running: ``Connection.interrupt()`` (SQLite's
  ``sqlite3_interrupt``, safe from any thread) ends the SQL step under way,
  SQLite's progress handler ends one that began just after (an interrupt
  finds nothing to stop then), and the job's ``cancelled()`` turns true for
  its Python steps;
- every job carries a generation number. An answer is delivered (``answered``,
  on the GUI thread) only while it is still the newest of its kind, so a slow
  old search can never overwrite the list of a newer one.

A job is a core function ``job(db, cancelled)``: no SQL here. A failure comes
back through ``failed`` (the exception, said in one line by the owner); a
SQLite error names the project file (``read_failure``: the file may have been
replaced or damaged since the window opened it).
The thread lives only while there is work: it ends once nothing waits, so
nothing is left running behind a closed window; ``shut`` (the owner going
away) drops what waits and stops what runs.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QThread, Signal

from reviewer.list_page import SearchCancelled
from reviewer.storage.database import open_read_only, read_failure
from reviewer.ui.background import EXPECTED, SWITCH_INTERVAL_S

Cancelled = Callable[[], bool]
Job = Callable[[sqlite_utils.Database, Cancelled], Any]
# For the tests only: called with the worker's connection before each job, so a
# test can make a job slow in SQLite (to be interrupted) or fail.
before_job: Callable[[sqlite_utils.Database], None] | None = None

# SQLite virtual-machine instructions between two calls of the stale check (a
# Python call each: 10,000 cost well under 1% of a query, and come every ~0.1 ms).
PROGRESS_EVERY = 10_000

_RUNNING: set[_JobThread] = set()  # threads held until they end (see _JobThread)


class _Jobs:
    """What the worker and its thread share, under one lock (plain Python, no Qt)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.numbers = itertools.count(1)
        self.newest: dict[str, int] = {}  # kind -> generation of the newest job asked
        self.waiting: dict[str, tuple[int, Job]] = {}
        self.running: str | None = None  # the kind of the job running
        self.conn: sqlite3.Connection | None = None  # the thread's, while it runs
        self.thread: _JobThread | None = None
        self.closed = False
        self.interrupted = 0  # jobs stopped midway (the tests read it)

    def is_newest(self, kind: str, generation: int) -> bool:
        return not self.closed and self.newest.get(kind) == generation

    def stop_running(self, kind: str) -> None:
        """Interrupt the job running if it is of ``kind`` (call with the lock held)."""
        if self.running == kind and self.conn is not None:
            self.conn.interrupt()

    def shut(self) -> None:
        with self.lock:
            self.closed = True
            self.waiting.clear()
            if self.conn is not None:
                self.conn.interrupt()


class SearchWorker(QObject):
    """Runs the newest job of each kind (``"list"``, ``"progress"``) off the GUI thread."""

    answered = Signal(str, int, object)  # kind, generation, what the job returned
    failed = Signal(str, int, object)  # kind, generation, the exception

    def __init__(
        self,
        path: str | Path,
        parent: QObject | None = None,
        *,
        opener: Callable[[Path], sqlite_utils.Database] = open_read_only,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._open = opener
        self.jobs = jobs = _Jobs()
        # The thread may outlive this object (its owner closed): it must then stop.
        self.destroyed.connect(lambda *_: jobs.shut())
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)

    def ask(self, kind: str, job: Job) -> int:
        """Run ``job`` as the newest of ``kind``: the one waiting is dropped, the one
        running interrupted. Returns its generation (``answered`` carries it)."""
        jobs = self.jobs
        with jobs.lock:
            generation = next(jobs.numbers)
            jobs.newest[kind] = generation
            jobs.waiting.pop(kind, None)  # to the back of the queue
            jobs.waiting[kind] = (generation, job)
            jobs.stop_running(kind)
            thread = None
            if jobs.thread is None:
                jobs.thread = thread = _JobThread(self, self._path, self._open)
        if thread is not None:
            _RUNNING.add(thread)
            thread.finished.connect(lambda: _release(thread))
            thread.start()
        return generation

    def drop(self, kind: str) -> None:
        """Forget the jobs of ``kind`` asked so far: none of them will answer."""
        jobs = self.jobs
        with jobs.lock:
            jobs.newest[kind] = next(jobs.numbers)
            jobs.waiting.pop(kind, None)
            jobs.stop_running(kind)

    def is_newest(self, kind: str, generation: int) -> bool:
        return self.jobs.is_newest(kind, generation)

    def busy(self) -> bool:
        """A job waits or runs."""
        with self.jobs.lock:
            return self.jobs.thread is not None

    def wait_idle(self, timeout_ms: int = 30_000) -> None:
        """Until no job waits or runs (before the owner goes away, and for the tests)."""
        thread = self.jobs.thread
        if thread is not None:
            thread.wait(timeout_ms)

    def shut(self) -> None:
        """Drop what waits, stop what runs, answer nothing more."""
        self.jobs.shut()


def _release(thread: _JobThread) -> None:
    thread.wait()  # ``finished`` comes just before the thread's very end
    _RUNNING.discard(thread)


class _JobThread(QThread):
    """Takes the waiting jobs one by one on its own connection; ends once none waits.

    Not a child of the worker: Qt aborts the process if a running thread is
    destroyed with its parent, so it is held in ``_RUNNING`` until it ends.
    """

    def __init__(
        self,
        worker: SearchWorker,
        path: Path,
        opener: Callable[[Path], sqlite_utils.Database],
    ) -> None:
        super().__init__()
        self._worker = worker
        self._jobs = worker.jobs
        self._path = path
        self._open = opener

    def run(self) -> None:
        jobs = self._jobs
        try:
            db = self._open(self._path)
        except Exception as exc:  # said in one line by the owner, never lost
            with jobs.lock:
                waiting = list(jobs.waiting.items())
                jobs.waiting.clear()
                jobs.thread = None
            failure = read_failure(self._path, exc)
            for kind, (generation, _job) in waiting:
                self._emit(self._worker.failed, kind, generation, failure)
            return
        try:
            while True:
                with jobs.lock:
                    if not jobs.waiting or jobs.closed:
                        jobs.thread = None
                        return
                    kind = next(iter(jobs.waiting))
                    generation, job = jobs.waiting.pop(kind)
                    jobs.running, jobs.conn = kind, db.conn
                try:
                    self._run_one(db, kind, generation, job)
                finally:
                    with jobs.lock:
                        jobs.running = jobs.conn = None
        finally:
            db.close()

    def _run_one(self, db: sqlite_utils.Database, kind: str, generation: int, job: Job) -> None:
        jobs = self._jobs

        def stale() -> bool:
            return not jobs.is_newest(kind, generation)

        # An interrupt that comes between a check of ``stale`` and the start of the
        # next SQL step finds nothing running and is lost: SQLite also asks ``stale``
        # itself every few thousand instructions of a step.
        db.conn.set_progress_handler(stale, PROGRESS_EVERY)
        for attempt in (1, 2):
            try:
                if before_job is not None:
                    before_job(db)
                result = job(db, stale)
            except Exception as exc:
                if stale():
                    jobs.interrupted += 1
                    return
                if _was_interrupted(exc) and attempt == 1:
                    # An interrupt meant for the job before can reach this one's
                    # first step (SQLite clears it only once no statement runs).
                    continue
                if not isinstance(exc, EXPECTED):
                    traceback.print_exc()  # unexpected: kept for a bug report
                self._emit(self._worker.failed, kind, generation, read_failure(self._path, exc))
                return
            if not stale():
                self._emit(self._worker.answered, kind, generation, result)
            return

    @staticmethod
    def _emit(signal, *args) -> None:
        with contextlib.suppress(RuntimeError):  # the worker is gone (its window closed)
            signal.emit(*args)


def _was_interrupted(exc: BaseException) -> bool:
    return isinstance(exc, SearchCancelled) or (
        isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc)
    )
