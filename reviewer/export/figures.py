"""The single figure exported for a numeric claim field (ACLED's conservative rule)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

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
    return figure(field_resolution(db, event_id, name), list_claims(db, event_id, name))


def figure(
    resolution: Mapping[str, Any] | None,
    claims: Sequence[Mapping[str, Any]],
    acled_value: Callable[[Mapping[str, Any]], int | None] | None = None,
) -> int | None:
    """``export_figure`` from the field's resolved conflict (or None) and its claims
    (each with verbatim, low, best, high and its effective credibility);
    ``acled_value`` stands in for ``claim_acled_value`` (a memoised one)."""
    if resolution is not None:
        if resolution["resolution_best"] is not None:
            return resolution["resolution_best"]
        parsed = parse_quantity(resolution["resolution_value"] or "")
        if parsed is not None and parsed.acled_value is not None:
            return parsed.acled_value
        return resolution["resolution_low"]
    value_of = acled_value or (lambda claim: claim_acled_value(dict(claim)))
    credible = [c for c in claims if is_credible(c["credibility"])] or claims
    values = [v for c in credible if (v := value_of(c)) is not None]
    return min(values) if values else None


def empty_fatalities_figures(db: sqlite_utils.Database) -> dict[int, int]:
    """``export_figure(db, event, "fatalities")`` for every event whose own fatalities
    value is empty and that has fatality claims, where it gives a figure: two queries for
    the whole project instead of two per event, and each wording parsed once."""
    resolutions = {
        row["event_id"]: row
        for row in db.query(
            "SELECT k.* FROM conflicts k JOIN events e ON e.id = k.event_id"
            " WHERE k.field = 'fatalities' AND k.status = 'resolved' AND e.fatalities IS NULL"
        )
    }
    claims: dict[int, list[dict[str, Any]]] = {}
    for event_id, listed, verbatim, low, best, high, credibility in db.execute(
        "SELECT c.event_id, a.id IS NOT NULL, c.verbatim, c.low, c.best, c.high,"
        " coalesce(c.credibility, r.credibility)"
        " FROM claims c JOIN events e ON e.id = c.event_id"
        " LEFT JOIN articles a ON a.id = c.article_id"  # list_claims lists these only
        " LEFT JOIN reports r ON r.article_id = c.article_id AND r.event_id = c.event_id"
        " WHERE c.field = 'fatalities' AND e.fatalities IS NULL"
    ):
        found = claims.setdefault(event_id, [])
        if listed:
            claim = {"verbatim": verbatim, "low": low, "best": best, "high": high}
            found.append({**claim, "credibility": credibility})
    parsed = cache(_acled_value)

    def acled_value(claim: Mapping[str, Any]) -> int | None:
        return parsed(claim["verbatim"], claim["low"], claim["best"], claim["high"])

    figures = {}
    for event_id, found in claims.items():
        value = figure(resolutions.get(event_id), found, acled_value)
        if value is not None:
            figures[event_id] = value
    return figures


def _acled_value(verbatim: Any, low: Any, best: Any, high: Any) -> int | None:
    return claim_acled_value({"verbatim": verbatim, "low": low, "best": best, "high": high})
