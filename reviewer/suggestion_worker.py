"""The process that works out an article's suggestions for the window.

Suggesting is pure Python (about 5 ms per thousand characters). Run in a thread
of the window's process it holds the interpreter lock while it works, so every
slot, delegate and paint the GUI thread runs meanwhile waits for it: an article
switch with the suggesting in a thread stalled as long as with it on the GUI
thread. A process of its own does not share the lock.

The worker is a plain ``python -c`` child (like the import's, not
``multiprocessing``, which would fork a threaded Qt program or re-run the
caller's script). It reads pickled requests ``(number, project path, article
id)`` from stdin and writes one pickled answer per request to stdout:
``(number, True, suggestions)`` or ``(number, False, exception)``. Each request
opens the project read-only and closes it again, so the worker never holds a
file the window has closed, and sees every edit committed before the request.
It ends when stdin ends (the window's process closed it or died), and on Linux
also when its parent dies. No Qt here: the core never imports it.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import signal
import sys
import traceback

COMMAND = "from reviewer.suggestion_worker import main; main()"
_PR_SET_PDEATHSIG = 1


def main() -> None:
    """Answer requests from stdin until it ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot corrupt an answer
    requests = sys.stdin.buffer
    from reviewer.storage.database import open_read_only, read_failure
    from reviewer.suggest.engine import suggest_article

    answer: tuple[int, bool, object]
    while True:
        try:
            number, path, article_id = pickle.load(requests)
        except (EOFError, pickle.UnpicklingError, OSError):
            return
        try:
            db = open_read_only(path)
            try:
                answer = (number, True, suggest_article(db, article_id))
            finally:
                db.close()
        except Exception as exc:  # said in the window in one line (naming the file), never lost
            answer = (number, False, _sendable(read_failure(path, exc)))
        try:
            pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
            answers.flush()
        except OSError:  # the window's process is gone: nobody to answer, nothing to say
            os._exit(0)


def _sendable(error: Exception) -> Exception:
    """``error`` if it survives pickling, else its text (with the traceback on stderr)."""
    from reviewer.errors import ReviewerError

    if not isinstance(error, ReviewerError):
        traceback.print_exc()  # unexpected: keep the traceback for a bug report
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(str(error))
    return error
