"""A progress bar for long CLI work, shown only when stderr is a terminal."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def terminal_progress(label: str, *, unit: str) -> Iterator[Callable[[int, int], None]]:
    """Yield a ``progress(done, total)`` callback drawing a bar on a terminal."""
    # A terminal that reports no size (a fresh pty, some CI runners) makes tqdm draw
    # nothing at all (it thinks there are no rows); fall back to 80x24.
    size = shutil.get_terminal_size((80, 24))
    bar = tqdm(
        desc=label,
        unit=unit,
        disable=not sys.stderr.isatty(),
        leave=False,
        ncols=size.columns or 80,
        nrows=size.lines or 24,
    )

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield progress
    finally:
        bar.close()
