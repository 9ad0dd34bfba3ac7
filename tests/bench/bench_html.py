"""Benchmark: reading hostile web pages of 1 and 5 MB (issue 13 point 4).

Each of the inputs that were quadratic in the old reader (and the two that are
superlinear in trafilatura's fallbacks) is read in a fresh process; prints
seconds and added peak memory per page, against the bounds that
tests/robustness/test_html_cost.py enforces with a margin: a linear reader
stays near 0.5 s and 60 MB per MB of page.
"""

from __future__ import annotations

from tests.bench._common import emit
from tests.robustness.html_cost_child import PATTERNS
from tests.robustness.test_html_cost import measure

SIZES_MB = (1, 5)
TARGET_SECONDS_PER_MB = 1.0
TARGET_MB_PER_MB = 80.0


def run() -> None:
    for pattern in sorted(PATTERNS):
        for megabytes in SIZES_MB:
            figures = measure(pattern, megabytes, timeout=600)
            extra = {"bytes": figures["bytes"], "outcome": figures["outcome"]}
            emit(f"html {pattern} {megabytes} MB: seconds", figures["seconds"], "s",
                 TARGET_SECONDS_PER_MB * megabytes, **extra)  # fmt: skip
            emit(f"html {pattern} {megabytes} MB: added peak memory", figures["memory_mb"], "MB",
                 TARGET_MB_PER_MB * megabytes)  # fmt: skip


def main() -> None:
    run()


if __name__ == "__main__":
    from tests.bench.__main__ import machine

    print(machine())
    main()
