"""The last net: an error no slot caught is said in the window, in one line.

Every write path of the window catches the failures it expects (save_retry and
the widgets); this catches what slipped through, so that nothing fails silently
and no traceback is shown to the analyst. A database or disk failure reads
"Not saved — …"; anything else is reported as unexpected, and its traceback
goes to stderr for a bug report. Installed by app.run_app (tests keep
pytest-qt's own hook, which fails the test instead).
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QMainWindow

from reviewer.ui.language import translate
from reviewer.ui.save_retry import WRITE_ERRORS, not_saved_text

MESSAGE_MS = 20_000


def install(window: QMainWindow) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report(window, kind, error, tb)

    sys.excepthook = hook


def report(
    window: QMainWindow,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> str:
    """Show ``error`` in the window's status bar as one line; return that line."""
    if isinstance(error, WRITE_ERRORS):
        line = not_saved_text(error)
    else:
        line = translate(
            "Uncaught", "Unexpected error ({kind}: {error}); your saved work is safe"
        ).format(kind=kind.__name__, error=error)
        traceback.print_exception(kind, error, tb, file=sys.stderr)
    print(f"reviewer: {line}", file=sys.stderr)
    window.statusBar().showMessage(line, MESSAGE_MS)
    return line
