"""The single figure exported for a numeric claim field (ACLED's conservative rule)."""

from __future__ import annotations

import sqlite_utils

from reviewer.quantities import parse_quantity
from reviewer.reliability import is_credible
from reviewer.storage.claims import claim_acled_value, list_claims
from reviewer.storage.conflicts import field_resolution


def export_figure(db: sqlite_utils.Database, event_id: int, name: str) -> int | None:
    """The figure to export for ``name`` of the event, or None when there is none.

    A resolved conflict on the field gives its resolution: best, else the ACLED
    value of the chosen words (مئات -> 100), else low. Otherwise (no conflict, or
    one still open, dismissed or accepted as a standing discrepancy) the lowest
    ACLED value among credible claims: reports graded 4 doubtful or 5 improbable
    are left out while others exist.
    """
    resolution = field_resolution(db, event_id, name)
    if resolution is not None:
        if resolution["resolution_best"] is not None:
            return resolution["resolution_best"]
        parsed = parse_quantity(resolution["resolution_value"] or "")
        if parsed is not None and parsed.acled_value is not None:
            return parsed.acled_value
        return resolution["resolution_low"]
    claims = list_claims(db, event_id, name)
    credible = [c for c in claims if is_credible(c["credibility"])] or claims
    values = [v for c in credible if (v := claim_acled_value(c)) is not None]
    return min(values) if values else None
