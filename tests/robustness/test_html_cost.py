"""Issue 13 point 4: reading a hostile web page costs time and memory linear in its size.

The old reader took 111 s for 300 KB of ``<a``; a quadratic reader would take
hours at 5 MB. Each page is read in a child process with a timeout, and its
time and added peak memory are bounded with a wide margin for a loaded 2-core
machine (measured on one: at most 2.6 s and 310 MB, for 5 MB of ``<li>``;
``python -m tests.bench --only html`` prints the figures).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.html_cost_child import PATTERNS

CHILD = Path(__file__).with_name("html_cost_child.py")
ROOT = Path(__file__).resolve().parents[2]
# Per megabyte of page, beyond a constant: far above linear cost, far below quadratic.
SECONDS_PER_MB = 4.0
MEMORY_MB_PER_MB = 100.0


def measure(pattern: str, megabytes: float, timeout: float) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), pattern, str(megabytes)],
        capture_output=True, text=True, timeout=timeout, env=env, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


@pytest.mark.parametrize("megabytes", [1, 5])
@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_hostile_page_is_read_in_linear_time_and_memory(pattern, megabytes):
    limit = 5.0 + SECONDS_PER_MB * megabytes
    # The timeout (limit + start-up) stops a runaway child: a quadratic reader fails here.
    figures = measure(pattern, megabytes, timeout=limit + 30)
    assert figures["seconds"] < limit, figures
    assert figures["memory_mb"] < 30 + MEMORY_MB_PER_MB * megabytes, figures
