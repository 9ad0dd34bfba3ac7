"""Child process of the HTML cost test and benchmark: read one hostile page, print its cost.

    python tests/robustness/html_cost_child.py PATTERN MEGABYTES

Prints one JSON line: seconds, the peak memory added by reading the page
(ru_maxrss after minus before, in MB), and the outcome. A child, so that a
page that ran away can be killed by a timeout and its memory measured alone.
"""

from __future__ import annotations

import json
import sys
import time

# The inputs issue 13 found quadratic in the old reader, and the two that are
# superlinear in trafilatura itself (its jusText fallback on many paragraphs).
PATTERNS = {
    "open-tags": lambda n: "<a" * (n // 2),
    "open-attributes": lambda n: "<a b='" * (n // 6),
    "deep-nesting": lambda n: "<div>" * (n // 5),
    "huge-attribute": lambda n: "<html><body><p title='" + "x" * n + "'>نص</p></body></html>",
    "many-list-items": lambda n: "<li>نص " * (n // 10),
    "many-links": lambda n: "<a href='/x'>كلمة</a> " * (n // 28),
}


def _high_water_kb() -> int:
    """This process's own peak resident size (VmHWM). Not ``ru_maxrss``: Linux carries
    it over fork and exec, so a child of a large test runner would start at the
    runner's peak and a page's cost below it would read as nothing."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main() -> None:
    from reviewer.importing.decoding import RejectedFile
    from reviewer.importing.html_reader import read_html

    pattern, megabytes = sys.argv[1], float(sys.argv[2])
    data = PATTERNS[pattern](int(megabytes * 1_000_000)).encode("utf-8")
    read_html(b"<html><body><p>warm up: imports and parser set-up are not the page's cost</p>")
    before = _high_water_kb()
    started = time.perf_counter()
    try:
        document = read_html(data)
        outcome = f"{len(document.text)} characters" + (
            f"; {document.note}" if document.note else ""
        )
    except RejectedFile as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - started
    grown_mb = (_high_water_kb() - before) / 1024
    print(json.dumps({"bytes": len(data), "seconds": seconds, "memory_mb": grown_mb,
                      "outcome": outcome}, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
