"""The window's side of the suggestion worker process (``reviewer.suggestion_worker``).

One worker serves every window of the program, started when first asked (about
0.2 s, once). ``ask`` sends a request and returns at once; a thread of ours
blocks on the worker's answers (a blocking read holds no interpreter lock) and
hands each to ``answered``, which Qt delivers on the GUI thread. Requests are
numbered by the asker, so each fetcher takes its own answers and ignores others'.
The worker answers in the order asked, so the oldest request not answered is
the one it works on.

If the worker cannot start, or dies, the requests it had not answered are
answered ``GONE``: the asker works them out another way (a thread). After
``MAX_STARTS`` workers in a row died without answering, no worker is started
again; a frozen build, whose executable is the app and cannot run ``-c``,
never starts one.

A worker that hangs (a bug in a suggester looping, the machine swapping) would
otherwise leave its requests unanswered for ever and every later one queued
behind them: when it has had work and given no answer for ``ANSWER_DEADLINE_S``
(far above the half second of a 100,000-character article), it is killed, its
requests are answered ``GONE`` like a dead worker's, and the one it was working
on carries a ``WorkerHung`` error so the window says why once.

A request nobody wants any more (``cancel``) is dropped from the worker's queue
by the window ignoring its answer. If the worker is working on it right now and
the article is longer than ``RESTART_ABOVE_CHARS``, the worker is killed and a
new one started with the other requests it held, rather than waiting for it to
finish. Why that threshold: a new worker takes about 0.2 s to its first answer
(measured 2026-11-30 on 2 shared vCPUs, load 2: 209-255 ms wall for a 2,000
character article, of which 15-20 ms is the suggesting; about 0.27 s of CPU),
and suggesting costs 7-11 ms per thousand characters on long articles (12,380
characters 89 ms, 49,490 characters 572 ms, 98,970 characters 1.08 s). Below
about 20,000 characters the rest of the article costs less than a new worker's
start, so waiting is the quicker way to the next answer; above it restarting is,
and the more so the longer the article.
"""

from __future__ import annotations

import atexit
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.suggestion_worker import COMMAND

MAX_STARTS = 3
ANSWER_DEADLINE_S = 10.0  # no answer for this long while it has work: the worker hangs
RESTART_ABOVE_CHARS = 20_000  # a cancelled article longer than this restarts the worker
DONE, FAILED, GONE = "done", "failed", "gone"


class WorkerHung(RuntimeError):
    """The worker gave no answer within ``ANSWER_DEADLINE_S`` and was killed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


@dataclass
class _Request:
    process: subprocess.Popen  # the worker it was sent to
    path: str
    article_id: int
    length: int  # characters of the article (0: not known)


class SuggestionProcess(QObject):
    """The shared worker process: numbered requests in, ``answered`` out."""

    answered = Signal(int, str, object)  # number, DONE/FAILED/GONE, suggestions or error

    def __init__(self, command: str = COMMAND, *, deadline_s: float = ANSWER_DEADLINE_S) -> None:
        """``command``: the worker's ``python -c`` program (a test gives one that dies or
        hangs); ``deadline_s``: how long it may keep work unanswered (a test shortens it)."""
        super().__init__()
        self._command = command
        self._deadline_s = deadline_s
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._pending: dict[int, _Request] = {}  # asked, not answered yet, in the order sent
        self._hung: dict[int, float] = {}  # killed while working on these: say why
        self._starts = 0  # workers started since the last answer
        self._closing = False
        self._watch = QTimer(self, singleShot=True)  # restarted at every answer while busy
        self._watch.timeout.connect(self._check_hung)
        self.answered.connect(self._progress)  # queued to this (the GUI) thread

    def usable(self) -> bool:
        """False once workers kept dying, or where none can run: ask another way."""
        if getattr(sys, "frozen", False):
            return False
        return self._starts < MAX_STARTS or self._process is not None

    def ask(self, number: int, path: Path, article_id: int, length: int = 0) -> bool:
        """Send a request; False if no worker can take it (then nothing will be answered).

        ``length``: the article's characters, which decide whether cancelling it
        while it is worked on restarts the worker."""
        with self._lock:
            if self._process is None and not self._start():
                return False
            idle = not self._pending
            request = _Request(self._process, str(path), article_id, length)
            self._pending[number] = request
        if idle or not self._watch.isActive():
            self._watch_again()
        return self._send(number, request)

    def cancel(self, number: int) -> bool:
        """``number``'s answer is no longer wanted; True if no answer will come for it.

        The worker is restarted if it is working on it now and the article is long
        (see the module's docstring); otherwise its answer will come and be ignored."""
        with self._lock:
            request = self._pending.get(number)
            process = self._process
            if (
                request is None
                or request.process is not process
                or request.length <= RESTART_ABOVE_CHARS
                or self._held_by(process)[0] != number
            ):
                return False
            del self._pending[number]
            self._process = None  # its reader answers nothing it still holds
            process.kill()
            others = [(n, self._pending[n]) for n in self._held_by(process)]
            if not self._start(counted=False):  # now: the next request is on its way
                return True  # nothing to hand the others to: its reader answers them GONE
            for _n, r in others:
                r.process = self._process
        for n, r in others:
            if not self._send(n, r):  # the new one died at once: the asker works it out
                self.answered.emit(n, GONE, None)
        self._watch_again()
        return True

    def _send(self, number: int, request: _Request) -> bool:
        """False if the worker died and nobody will answer ``number``.

        Its reader answers ``GONE`` whatever is still pending when it ends, so a
        request it took first is its to answer (never answered twice)."""
        try:
            pickle.dump((number, request.path, request.article_id), request.process.stdin)
            request.process.stdin.flush()
        except (OSError, ValueError):  # it died
            with self._lock:
                return self._pending.pop(number, None) is None
        return True

    def _start(self, *, counted: bool = True) -> bool:
        """A new worker (lock held); ``counted``: towards ``MAX_STARTS`` (not a restart)."""
        if (counted and self._starts >= MAX_STARTS) or self._closing:
            return False
        self._starts += counted
        try:
            self._process = process = subprocess.Popen(
                [sys.executable, "-c", self._command], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        except OSError:
            self._process = None
            return False
        threading.Thread(target=self._read, args=(process,), daemon=True).start()
        return True

    def _read(self, process: subprocess.Popen) -> None:
        while True:
            try:
                number, ok, value = pickle.load(process.stdout)
            except Exception:  # ended or died (EOF, a broken pipe, a cut-off answer)
                break
            with self._lock:
                self._pending.pop(number, None)
                self._hung.pop(number, None)
                self._starts = 0  # it works: a later death may start another
            if not self._closing:
                self.answered.emit(number, DONE if ok else FAILED, value)
        process.wait()
        with self._lock:
            if self._process is process:
                self._process = None
            lost = sorted(self._held_by(process))
            for number in lost:
                del self._pending[number]
            hung = {n: self._hung.pop(n) for n in lost if n in self._hung}
        if not self._closing:
            for number in lost:
                seconds = hung.get(number)
                self.answered.emit(number, GONE, None if seconds is None else WorkerHung(seconds))

    def _held_by(self, process: subprocess.Popen | None) -> list[int]:
        """The requests ``process`` holds, oldest first: the first is the one it works on
        (it answers in the order asked). Call with the lock held."""
        return [n for n, r in self._pending.items() if r.process is process]

    def _watch_again(self) -> None:
        """Give the worker ``deadline_s`` from now to answer before it counts as hung."""
        self._watch.start(int(self._deadline_s * 1000))

    def _progress(self) -> None:
        """An answer came: the worker is alive; watch it again while it has work."""
        with self._lock:
            busy = bool(self._held_by(self._process))
        if busy:
            self._watch_again()
        else:
            self._watch.stop()

    def _check_hung(self) -> None:
        with self._lock:
            process = self._process
            working = self._held_by(process)
            if process is None or not working:
                return
            self._hung[working[0]] = self._deadline_s
            self._process = None  # the next request starts a new worker
        process.kill()  # its reader answers everything it held GONE

    def close(self) -> None:
        """End the worker (at exit): it stops when its stdin ends."""
        self._closing = True
        self._watch.stop()
        with self._lock:
            process, self._process = self._process, None
        if process is not None:
            try:
                process.stdin.close()
                process.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()


_shared: SuggestionProcess | None = None


def shared_process() -> SuggestionProcess:
    """The program's one worker client, made on first use (on the GUI thread)."""
    global _shared
    if _shared is None:
        _shared = SuggestionProcess()
        atexit.register(_shared.close)
    return _shared
