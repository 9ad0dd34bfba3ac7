"""What the benchmarks share: the JSON line each prints, and percentiles."""

from __future__ import annotations

import json
import math
import sys


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank), the figure the targets are set on."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def emit(
    name: str, value: float | None, unit: str, target: float | None, *, skipped: str = "", **extra
):
    """Print one result as a JSON line; ``ok`` is value <= target (None when skipped or when
    the figure has no target, only "report it")."""
    line = {
        "name": name,
        "value": None if value is None else round(value, 3),
        "unit": unit,
        "target": target,
        "ok": None if value is None or target is None else value <= target,
    }
    if skipped:
        line["skipped"] = skipped
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)
    sys.stdout.flush()
    return line
