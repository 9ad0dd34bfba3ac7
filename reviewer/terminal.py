"""Arabic on the terminal: visual order for terminals that cannot do bidi, true text otherwise.

Most terminals (xterm, Alacritty, kitty, the Linux console, Windows Terminal) draw
characters left to right exactly as received, so logical-order Arabic appears
reversed and unjoined. For them the text is reshaped and reordered
(``reviewer.arabic.display_for_terminal``). Terminals that run the bidi algorithm
themselves (VTE-based ones such as GNOME Terminal since VTE 0.58, Konsole, mlterm)
would reverse that again, so they get the stored text, as does anything that is not
a terminal: a pipe or a file gets the true, logical-order text, so that scripts can
use it.

The mode, first match wins:

1. ``--raw`` on the command line: logical;
2. ``REVIEWER_BIDI=visual`` or ``REVIEWER_BIDI=logical``;
3. ``auto`` (the default, also ``REVIEWER_BIDI=auto``): visual when the stream is a
   terminal not known to do bidi, logical otherwise.

Visual text is for display only: never store it, never give it to Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TextIO

from reviewer.arabic import display_for_terminal
from reviewer.textdir import is_right_to_left

Mode = Literal["visual", "logical"]
ENV_VAR = "REVIEWER_BIDI"
ENV_CHOICES = ("auto", "visual", "logical")
VTE_BIDI_VERSION = 5800  # VTE 0.58 added bidi and Arabic shaping, on by default

__all__ = [
    "ENV_VAR",
    "Terminal",
    "display_width",
    "echo",
    "resolve_mode",
    "terminal_does_bidi",
    "terminal_for",
]


def terminal_does_bidi(env: Mapping[str, str] | None = None) -> bool:
    """Whether the terminal emulator reorders and shapes RTL text itself.

    Known from the variables terminals set for their children; tmux, screen and
    ssh may hide them, hence the ``REVIEWER_BIDI`` override.
    """
    env = os.environ if env is None else env
    if env.get("MLTERM") or env.get("KONSOLE_VERSION"):
        return True
    vte = env.get("VTE_VERSION", "")
    return vte.isdigit() and int(vte) >= VTE_BIDI_VERSION


def resolve_mode(
    stream: TextIO | None = None, *, raw: bool = False, env: Mapping[str, str] | None = None
) -> Mode:
    """Pick visual or logical output for ``stream`` (default stdout); see the module doc."""
    env = os.environ if env is None else env
    if raw:
        return "logical"
    choice = env.get(ENV_VAR, "auto").strip().lower() or "auto"
    if choice not in ENV_CHOICES:
        raise ValueError(f"{ENV_VAR}: '{choice}' is not one of {', '.join(ENV_CHOICES)}")
    if choice != "auto":
        return choice  # type: ignore[return-value]
    stream = sys.stdout if stream is None else stream
    try:
        is_tty = stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        is_tty = False
    return "visual" if is_tty and not terminal_does_bidi(env) else "logical"


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: marks and format controls take none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _truncate(text: str, width: int) -> str:
    """Cut logical text to ``width`` columns, marking the cut with an ellipsis."""
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


@dataclass(frozen=True)
class Terminal:
    """Formats text for one output stream in one mode.

    ``width`` is the number of columns lines are wrapped or cut to in visual mode;
    logical output is never wrapped nor cut, so it stays the true text.
    """

    mode: Mode
    width: int = 80

    @property
    def visual(self) -> bool:
        return self.mode == "visual"

    def line(self, text: str) -> str:
        """One line (no newline inside) as it should be written."""
        if not self.visual or not _has_rtl(text):
            return text
        return display_for_terminal(text)

    def paragraphs(self, text: str) -> list[str]:
        """Multi-line text, e.g. an article body, as output lines.

        Visual mode wraps each paragraph in logical order *before* reordering it, so
        that the first screen line holds the paragraph's beginning, and pushes
        right-to-left lines against the right edge, as Qt lays them out.
        """
        if not self.visual:
            return text.split("\n")
        lines: list[str] = []
        for paragraph in text.split("\n"):
            if not paragraph.strip():
                lines.append("")
                continue
            rtl = is_right_to_left(paragraph)
            for piece in textwrap.wrap(paragraph, self.width, break_on_hyphens=False) or [""]:
                shown = self.line(piece)
                pad = self.width - display_width(shown) if rtl else 0
                lines.append(" " * max(pad, 0) + shown)
        return lines

    def table(
        self, headers: Sequence[str], rows: Iterable[Sequence[object]], *, numeric: int = 0
    ) -> list[str]:
        """Columns separated by two spaces, the last one never padded.

        The first ``numeric`` columns are right-aligned. In visual mode a right-to-left
        cell is right-aligned in its column and the last column is cut to fit the
        width; in logical mode cells are the stored text, uncut.
        """
        logical = [[str(h) for h in headers]]
        logical += [["" if v is None else str(v).replace("\n", " ") for v in row] for row in rows]
        shown = [[self.line(cell) for cell in row] for row in logical]
        widths = [max(display_width(row[i]) for row in shown) for i in range(len(headers) - 1)]
        used = sum(widths) + 2 * len(widths)
        lines = []
        for source, row in zip(logical, shown, strict=True):
            parts = []
            for i, (cell, width) in enumerate(zip(row, widths, strict=False)):
                gap = " " * (width - display_width(cell))
                right = i < numeric or (self.visual and _has_rtl(cell))
                parts.append(gap + cell if right else cell + gap)
            last = row[-1]
            if self.visual:  # cut the logical text, then reorder what is left
                last = self.line(_truncate(source[-1], max(self.width - used, 10)))
            lines.append("  ".join([*parts, last]).rstrip())
        return lines


def terminal_for(stream: TextIO | None = None, *, raw: bool = False) -> Terminal:
    """The formatter for ``stream`` (default stdout), honouring ``--raw`` and the env var."""
    stream = sys.stdout if stream is None else stream
    width = shutil.get_terminal_size((100, 24)).columns
    return Terminal(resolve_mode(stream, raw=raw), max(width, 20))


def echo(text: str = "", *, file: TextIO | None = None, raw: bool = False) -> None:
    """Print ``text`` (any number of lines) with the terminal rule for ``file``.

    For summaries and messages that may carry Arabic (file names, titles): import
    and export summaries call this instead of ``print``.
    """
    file = sys.stdout if file is None else file
    terminal = terminal_for(file, raw=raw)
    print("\n".join(terminal.line(line) for line in text.split("\n")), file=file)
