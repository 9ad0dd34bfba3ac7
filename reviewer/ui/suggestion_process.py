"""The window's side of the suggestion worker process (``reviewer.suggestion_worker``).

One worker serves every window of the program, started when first asked (about
0.3 s, once). ``ask`` sends a request and returns at once; a thread of ours
blocks on the worker's answers (a blocking read holds no interpreter lock) and
hands each to ``answered``, which Qt delivers on the GUI thread. Requests are
numbered by the asker, so each fetcher takes its own answers and ignores others'.

If the worker cannot start, or dies, the requests it had not answered are
answered ``gone``: the asker works them out another way (a thread). After
``MAX_STARTS`` workers in a row died without answering, no worker is started
again; a frozen build, whose executable is the app and cannot run ``-c``,
never starts one.
"""

from __future__ import annotations

import atexit
import pickle
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reviewer.suggestion_worker import COMMAND

MAX_STARTS = 3
DONE, FAILED, GONE = "done", "failed", "gone"


class SuggestionProcess(QObject):
    """The shared worker process: numbered requests in, ``answered`` out."""

    answered = Signal(int, str, object)  # number, DONE/FAILED/GONE, suggestions or error

    def __init__(self, command: str = COMMAND) -> None:
        """``command``: the worker's ``python -c`` program (a test gives one that dies)."""
        super().__init__()
        self._command = command
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._pending: set[int] = set()  # asked, not answered yet
        self._starts = 0  # workers started since the last answer
        self._closing = False

    def usable(self) -> bool:
        """False once workers kept dying, or where none can run: ask another way."""
        if getattr(sys, "frozen", False):
            return False
        return self._starts < MAX_STARTS or self._process is not None

    def ask(self, number: int, path: Path, article_id: int) -> bool:
        """Send a request; False if no worker can take it (then nothing will be answered)."""
        with self._lock:
            if self._process is None and not self._start():
                return False
            process = self._process
            self._pending.add(number)
        try:
            pickle.dump((number, str(path), article_id), process.stdin)
            process.stdin.flush()
        except (OSError, ValueError):  # it died: its reader answers what it had as gone
            with self._lock:
                self._pending.discard(number)
            return False
        return True

    def _start(self) -> bool:
        if self._starts >= MAX_STARTS or self._closing:
            return False
        self._starts += 1
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
                self._pending.discard(number)
                self._starts = 0  # it works: a later death may start another
            if not self._closing:
                self.answered.emit(number, DONE if ok else FAILED, value)
        process.wait()
        with self._lock:
            if self._process is process:
                self._process = None
            lost, self._pending = self._pending, set()
        if not self._closing:
            for number in sorted(lost):
                self.answered.emit(number, GONE, None)

    def close(self) -> None:
        """End the worker (at exit): it stops when its stdin ends."""
        self._closing = True
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
