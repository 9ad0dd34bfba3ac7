"""Conflicts between claims: detected automatically, marked by hand, and adjudicated.

Two claims of the same field of the same event conflict when they cannot both be
true: numeric ranges that do not overlap (an open-ended high counts as infinity,
a missing low as 0), or categorical values that differ (a field may restrict this
to listed contradicting pairs, see ``resources/claim_fields.json``). Some
contradictions only a reader sees (the army denying an incursion, then confirming
its withdrawal); the analyst marks those by hand.

A conflict is open until it is resolved (a chosen value or low/best/high, with a
rationale, who and when), dismissed with a reason, or accepted as a standing
discrepancy. Open conflicts block the event's review
(:func:`event_has_blocking_conflicts`).

Detection runs on every claim change (reviewer.storage.claims) and is idempotent:
a pair is recorded once; an open detected conflict whose claims no longer conflict
is closed (status dismissed, rationale :data:`AUTO_CLOSED`), and reopened if they
conflict again. Conflicts an analyst resolved, dismissed or accepted stay as they are.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import sqlite_utils

from reviewer.arabic import normalize_for_search
from reviewer.errors import ReviewerError, ValidationError
from reviewer.messages import Message
from reviewer.quantities import parse_quantity
from reviewer.reliability import is_credible
from reviewer.storage.claims import (
    FieldSpec,
    claim_acled_value,
    field_spec,
    list_claims,
)
from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user

AUTO_CLOSED = "closed automatically: the claims no longer conflict"
STATUSES = ("open", "resolved", "dismissed", "accepted")
_CLEARED = {
    "resolution_value": None,
    "resolution_low": None,
    "resolution_best": None,
    "resolution_high": None,
    "rationale": None,
    "resolved_by": None,
    "resolved_at": None,
}


# --- detection ---------------------------------------------------------------------------


def claims_conflict(a: dict[str, Any], b: dict[str, Any], spec: FieldSpec | None = None) -> bool:
    """Whether two claims of one field cannot both be true."""
    spec = spec or field_spec(a["field"])
    if spec.kind in ("numeric", "custom") and _has_figures(a) and _has_figures(b):
        a_low, a_high = _bounds(a)
        b_low, b_high = _bounds(b)
        return a_high < b_low or b_high < a_low
    va, vb = a.get("value_text"), b.get("value_text")
    if not va or not vb:
        return False
    if spec.kind == "categorical":
        if spec.contradicts:
            return frozenset((va, vb)) in spec.contradicts
        return va != vb
    if spec.kind == "date":  # 2024-12 and 2024-12-05 are compatible
        return not (va.startswith(vb) or vb.startswith(va))
    return normalize_for_search(va) != normalize_for_search(vb)


def _has_figures(claim: dict[str, Any]) -> bool:
    return claim.get("low") is not None or claim.get("high") is not None


def _bounds(claim: dict[str, Any]) -> tuple[float, float]:
    low = claim["low"] if claim["low"] is not None else 0
    high = claim["high"] if claim["high"] is not None else math.inf
    return low, high


@dataclass
class Detection:
    opened: list[int] = field(default_factory=list)
    reopened: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)


def detect_conflicts(
    db: sqlite_utils.Database, event_id: int | None = None, *, user: str | None = None
) -> Detection:
    """Record conflicting claim pairs of one event (or all events); safe to re-run."""
    user = user or current_user(db)
    where, params = ("WHERE event_id = ?", [event_id]) if event_id is not None else ("", [])
    claims = list(db.query(f"SELECT * FROM claims {where} ORDER BY id", params))
    groups: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        groups[(claim["event_id"], claim["field"])].append(claim)
    conflicting: dict[tuple[int, int], tuple[int, str]] = {}
    for (event, name), members in groups.items():
        spec = field_spec(name)
        for a, b in combinations(members, 2):
            if claims_conflict(a, b, spec):
                conflicting[(a["id"], b["id"])] = (event, name)
    existing = {
        (row["claim_a"], row["claim_b"]): row
        for row in db.query(f"SELECT * FROM conflicts {where}", params)
    }
    result = Detection()
    stamp = now_iso()
    with db.atomic():
        for pair, (event, name) in conflicting.items():
            row = existing.get(pair)
            if row is None:
                result.opened.append(
                    db.execute(
                        """INSERT INTO conflicts (event_id, field, claim_a, claim_b, origin,
                               status, created_by, created_at)
                           VALUES (?, ?, ?, ?, 'detected', 'open', ?, ?)""",
                        [event, name, *pair, user, stamp],
                    ).lastrowid
                )
            elif row["status"] == "dismissed" and row["rationale"] == AUTO_CLOSED:
                _set(db, [row["id"]], {"status": "open", **_CLEARED})
                result.reopened.append(row["id"])
        for pair, row in existing.items():
            if row["origin"] == "detected" and row["status"] == "open" and pair not in conflicting:
                _set(
                    db,
                    [row["id"]],
                    {
                        "status": "dismissed",
                        "rationale": AUTO_CLOSED,
                        "resolved_by": user,
                        "resolved_at": stamp,
                    },
                )
                result.closed.append(row["id"])
    return result


# --- manual marks and adjudication -----------------------------------------------------


def mark_conflict(
    db: sqlite_utils.Database,
    claim_a: int,
    claim_b: int,
    *,
    rationale: str | None = None,
    user: str | None = None,
) -> int:
    """Mark two claims of one event as conflicting by hand (a denial against a confirmation)."""
    if claim_a == claim_b:
        raise ValidationError("conflict", Message("conflict.self"))
    a_id, b_id = sorted((claim_a, claim_b))
    rows = {
        row["id"]: row for row in db.query("SELECT * FROM claims WHERE id IN (?, ?)", [a_id, b_id])
    }
    if len(rows) != 2:
        missing = next(i for i in (a_id, b_id) if i not in rows)
        raise ReviewerError(Message("not_found.claim", claim=missing))
    a, b = rows[a_id], rows[b_id]
    if a["event_id"] != b["event_id"]:
        raise ValidationError("conflict", Message("conflict.other_event"))
    existing = db.execute(
        "SELECT id FROM conflicts WHERE claim_a = ? AND claim_b = ?", [a_id, b_id]
    ).fetchone()
    if existing:
        raise ValidationError("conflict", Message("conflict.exists", conflict=existing[0]))
    name = a["field"] if a["field"] == b["field"] else f"{a['field']} / {b['field']}"
    return db.execute(
        """INSERT INTO conflicts (event_id, field, claim_a, claim_b, origin, status,
               rationale, created_by, created_at)
           VALUES (?, ?, ?, ?, 'manual', 'open', ?, ?, ?)""",
        [a["event_id"], name, a_id, b_id, (rationale or "").strip() or None,
         user or current_user(db), now_iso()],
    ).lastrowid  # fmt: skip


def resolve_conflict(
    db: sqlite_utils.Database,
    conflict_id: int,
    *,
    rationale: str,
    value: str | None = None,
    low: int | None = None,
    best: int | None = None,
    high: int | None = None,
    user: str | None = None,
    whole_field: bool = True,
) -> list[int]:
    """Adjudicate: record the value the analyst settles on, why, who and when.

    A quantity typed as ``value`` (مئات, نحو 3000) fills low/best/high when none is
    given. With ``whole_field`` every open conflict on the same field of the event
    gets the same resolution: one value settles the field. Returns the ids changed.
    """
    conflict = get_conflict(db, conflict_id)
    rationale = _required(rationale, "rationale", Message("conflict.why_value"))
    value = (value or "").strip() or None
    if value and all(v is None for v in (low, best, high)) and _numeric(conflict["field"]):
        quantity = parse_quantity(value)
        if quantity is not None:
            low, best, high = quantity.low, quantity.best, quantity.high
    if value is None and all(v is None for v in (low, best, high)):
        raise ValidationError("value", Message("conflict.value_needed"))
    ordered = [v for v in (low, best, high) if v is not None]
    if ordered != sorted(ordered) or any(v < 0 for v in ordered):
        raise ValidationError("best", Message("conflict.figures_order"))
    changes = {
        "status": "resolved",
        "resolution_value": value,
        "resolution_low": low,
        "resolution_best": best,
        "resolution_high": high,
        "rationale": rationale,
        "resolved_by": user or current_user(db),
        "resolved_at": now_iso(),
    }
    return _close(db, conflict, changes, whole_field)


def dismiss_conflict(
    db: sqlite_utils.Database, conflict_id: int, reason: str, *, user: str | None = None
) -> None:
    """Declare that this pair does not really conflict (e.g. two different prisons)."""
    conflict = get_conflict(db, conflict_id)
    reason = _required(reason, "reason", Message("conflict.why_dismissed"))
    changes = _closing(db, "dismissed", reason, user)
    _close(db, conflict, changes, whole=False)


def accept_discrepancy(
    db: sqlite_utils.Database,
    conflict_id: int,
    rationale: str,
    *,
    user: str | None = None,
    whole_field: bool = True,
) -> list[int]:
    """Keep the disagreement on record as a standing discrepancy; it no longer blocks review."""
    conflict = get_conflict(db, conflict_id)
    rationale = _required(rationale, "rationale", Message("conflict.why_standing"))
    changes = _closing(db, "accepted", rationale, user)
    return _close(db, conflict, changes, whole_field)


def _closing(db: sqlite_utils.Database, status: str, why: str, user: str | None) -> dict:
    """The columns that close a conflict without a value: status, why, who and when."""
    return {
        **_CLEARED,
        "status": status,
        "rationale": why,
        "resolved_by": user or current_user(db),
        "resolved_at": now_iso(),
    }


def reopen_conflict(db: sqlite_utils.Database, conflict_id: int) -> None:
    get_conflict(db, conflict_id)
    _set(db, [conflict_id], {"status": "open", **_CLEARED})


def _close(
    db: sqlite_utils.Database, conflict: dict[str, Any], changes: dict[str, Any], whole: bool
) -> list[int]:
    ids = [conflict["id"]]
    if whole:
        ids += [
            row[0]
            for row in db.execute(
                "SELECT id FROM conflicts WHERE event_id = ? AND field = ? AND status = 'open'"
                " AND id != ?",
                [conflict["event_id"], conflict["field"], conflict["id"]],
            )
        ]
    with db.atomic():
        _set(db, ids, changes)
    return ids


def _set(db: sqlite_utils.Database, ids: list[int], changes: dict[str, Any]) -> None:
    sets = ", ".join(f"{k} = ?" for k in changes)
    for conflict_id in ids:
        db.execute(f"UPDATE conflicts SET {sets} WHERE id = ?", [*changes.values(), conflict_id])


def _required(text: str | None, name: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(name, message)
    return text


def _numeric(name: str) -> bool:
    try:
        return field_spec(name).kind in ("numeric", "custom")
    except ValidationError:  # a manual conflict across two fields
        return False


# --- reading -------------------------------------------------------------------------------

_CONFLICT_SQL = """
    SELECT k.*, e.event_id_cnty, e.event_date, e.location, e.status AS event_status
    FROM conflicts k JOIN events e ON e.id = k.event_id
"""


def get_conflict(db: sqlite_utils.Database, conflict_id: int) -> dict[str, Any]:
    rows = list(db.query(_CONFLICT_SQL + " WHERE k.id = ?", [conflict_id]))
    if not rows:
        raise ReviewerError(Message("not_found.conflict", conflict=conflict_id))
    return rows[0]


def list_conflicts(
    db: sqlite_utils.Database, event_id: int | None = None, statuses: tuple[str, ...] = STATUSES
) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(statuses))
    sql, params = _CONFLICT_SQL + f" WHERE k.status IN ({marks})", list(statuses)
    if event_id is not None:
        sql, params = sql + " AND k.event_id = ?", [*params, event_id]
    return list(db.query(sql + " ORDER BY k.event_id, k.field, k.id", params))


def open_conflicts(db: sqlite_utils.Database, event_id: int | None = None) -> list[dict[str, Any]]:
    """Every open conflict (of one event, or of the project), by event and field."""
    return list_conflicts(db, event_id, ("open",))


def event_has_blocking_conflicts(db: sqlite_utils.Database, event_id: int) -> bool:
    """True while the event has an open conflict: it cannot be marked reviewed.

    Resolved, dismissed and accepted (standing discrepancy) conflicts do not block.
    """
    row = db.execute(
        "SELECT 1 FROM conflicts WHERE event_id = ? AND status = 'open' LIMIT 1", [event_id]
    ).fetchone()
    return row is not None


def event_conflict_status(db: sqlite_utils.Database, event_id: int) -> str:
    """'open', 'accepted', 'resolved', 'dismissed' (worst first) or '' without conflicts."""
    present = {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT status FROM conflicts WHERE event_id = ?", [event_id]
        )
    }
    return next((s for s in ("open", "accepted", "resolved", "dismissed") if s in present), "")


def field_resolution(db: sqlite_utils.Database, event_id: int, name: str) -> dict[str, Any] | None:
    """The latest resolution of ``name`` for the event, or None."""
    rows = list(
        db.query(
            """SELECT * FROM conflicts WHERE event_id = ? AND field = ? AND status = 'resolved'
               ORDER BY resolved_at DESC, id DESC LIMIT 1""",
            [event_id, name],
        )
    )
    return rows[0] if rows else None


def export_figure(db: sqlite_utils.Database, event_id: int, name: str) -> int | None:
    """The single figure to export for a numeric field (ACLED's conservative rule).

    A resolved field gives its resolution: best, else the ACLED value of the chosen
    words (مئات -> 100), else low. Otherwise the lowest ACLED value among credible
    claims (reports graded 4 doubtful or 5 improbable are left out while others
    exist). None when there is no figure.
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
