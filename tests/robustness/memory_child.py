"""Child process of test_memory: import one path, report baseline and peak memory (MB).

Usage: memory_child.py DB_PATH EMPTY_FOLDER PATH
Runs ``reviewer import`` on an empty folder first, so every module is loaded
and the project is open once: the high-water mark of the resident size after
that is the baseline (a high-water mark, so that pages the kernel reclaims
from a busy machine meanwhile cannot lower it). Then imports PATH and prints
"BASELINE PEAK EXIT_CODE", the peak being the high-water mark after it.
Both come from /proc (VmHWM), not ``ru_maxrss``: Linux carries a process's
``ru_maxrss`` over an exec, so a child started by a large test runner
would report the runner's size.
"""

from __future__ import annotations

import sys

from reviewer.cli import main


def resident_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


if __name__ == "__main__":
    db, empty, path = sys.argv[1:4]
    main(["import", "--db", db, empty])
    baseline = resident_mb()
    code = main(["import", "--db", db, path])
    peak = resident_mb()
    print(f"{baseline:.1f} {peak:.1f} {code}")
