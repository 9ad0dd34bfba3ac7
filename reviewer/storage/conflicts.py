"""Conflicts: the disagreement about one field of one event, found, marked and decided.

Two claims of the same field of the same event conflict when they cannot both be
true: numeric ranges that do not overlap (an open-ended high counts as infinity,
a missing low as 0), or categorical values that differ (a field may restrict this
to listed contradicting pairs, see ``resources/claim_fields.json``). Some
contradictions only a reader sees (the army denying an incursion, then confirming
its withdrawal); the analyst marks those by hand.

A conflict is not a pair: four reports saying "hundreds" and one saying 3000 are
one disagreement about one field. So there is one conflict per (event, field),
and every claim on that field is a member (table ``conflict_claims``); a new claim
on the field joins it. A manual mark across two fields is a conflict of its own
("force_movement / date") holding the two claims marked.

A conflict is open until one decision closes it: resolved (a chosen value or
low/best/high, with a rationale), dismissed with a reason, or accepted as a
standing discrepancy; who and when are recorded. Closed conflicts are reopened
explicitly. Every change bumps ``version``: a decision made on a conflict that
changed since it was shown (another analyst decided it, a claim joined) is
refused with :class:`StaleConflict`, as event edits are.

Detection runs on every claim change (reviewer.storage.claims) and is idempotent:
an open detected conflict whose claims no longer conflict is closed (status
dismissed, rationale :data:`AUTO_CLOSED`) and reopened if they conflict again; a
decided conflict reopens when a new claim disagrees with the decision; a conflict
left with fewer than two claims is removed (the audit log keeps it). Open
conflicts block review, and a reviewed event that gains one returns to "coded"
(reviewer.storage.review.return_to_coded).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import sqlite_utils

from reviewer.arabic import normalize_for_search
from reviewer.errors import ReviewerError, StaleEdit, ValidationError
from reviewer.messages import Message
from reviewer.quantities import parse_quantity
from reviewer.storage.claim_fields import FieldSpec, field_spec
from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user
from reviewer.storage.inserted import inserted_id
from reviewer.storage.review import return_to_coded

AUTO_CLOSED = "closed automatically: the claims no longer conflict"
STATUSES = ("open", "resolved", "dismissed", "accepted")
CROSS_FIELD = " / "  # joins the two fields of a manual conflict across fields
_CLEARED = {
    "resolution_value": None,
    "resolution_low": None,
    "resolution_best": None,
    "resolution_high": None,
    "rationale": None,
    "resolved_by": None,
    "resolved_at": None,
}


class StaleConflict(StaleEdit):
    """The conflict changed (was decided, gained a claim) since this copy was shown."""


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
    """What one detection run changed (conflict ids), and which events lost their review."""

    opened: list[int] = field(default_factory=list)
    reopened: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    joined: list[int] = field(default_factory=list)  # conflicts that gained a claim
    removed: list[int] = field(default_factory=list)  # fewer than two claims left
    returned_to_coded: list[int] = field(default_factory=list)  # event ids


def detect_conflicts(
    db: sqlite_utils.Database, event_id: int | None = None, *, user: str | None = None
) -> Detection:
    """Bring the conflicts of one event (or all events) up to date with its claims."""
    user = user or current_user(db)
    where, params = ("WHERE event_id = ?", [event_id]) if event_id is not None else ("", [])
    by_field: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for claim in db.query(f"SELECT * FROM claims {where} ORDER BY id", params):
        by_field[(claim["event_id"], claim["field"])].append(claim)
    groups = {
        (row["event_id"], row["field"]): row
        for row in db.query(f"SELECT * FROM conflicts {where}", params)
    }
    members: dict[int, set[int]] = defaultdict(set)
    for conflict_id, claim_id in db.execute(
        f"SELECT conflict_id, claim_id FROM conflict_claims {where}", params
    ):
        members[conflict_id].add(claim_id)
    result = Detection()
    with db.atomic():
        for key in sorted(set(by_field) | set(groups)):
            _detect_field(db, key, by_field.get(key, []), groups.get(key), members, user, result)
        for event in sorted({_event_of(db, i) for i in result.opened + result.reopened}):
            if return_to_coded(db, event, user):
                result.returned_to_coded.append(event)
    return result


def _detect_field(
    db: sqlite_utils.Database,
    key: tuple[int, str],
    claims: list[dict[str, Any]],
    group: dict[str, Any] | None,
    members: dict[int, set[int]],
    user: str | None,
    result: Detection,
) -> None:
    event, name = key
    cross = CROSS_FIELD in name
    spec = None if cross else field_spec(name)
    conflicting = spec is not None and any(
        claims_conflict(a, b, spec) for a, b in combinations(claims, 2)
    )
    if group is None:
        if conflicting:
            conflict_id = _insert_group(db, event, name, "detected", None, user)
            _add_members(db, conflict_id, event, [c["id"] for c in claims])
            result.opened.append(conflict_id)
        return
    conflict_id = group["id"]
    new = [] if cross else [c for c in claims if c["id"] not in members[conflict_id]]
    _add_members(db, conflict_id, event, [c["id"] for c in new])
    count = len(members[conflict_id]) + len(new)
    if count < 2:  # nothing left to disagree with (a claim was deleted): the log keeps it
        db.execute("DELETE FROM conflicts WHERE id = ?", [conflict_id])
        result.removed.append(conflict_id)
        return
    live = conflicting or group["origin"] == "manual"  # a reader's mark stands while 2+ remain
    changes: dict[str, Any] = {}
    if group["status"] == "open" and not live:
        changes = {"status": "dismissed", "rationale": AUTO_CLOSED}
        changes.update(resolved_by=user, resolved_at=now_iso())
        result.closed.append(conflict_id)
    elif live and _reopens(group, new, claims, spec):
        changes = {"status": "open", **_CLEARED}
        result.reopened.append(conflict_id)
    if new:
        result.joined.append(conflict_id)
    if changes or new:
        _set(db, conflict_id, changes)


def _reopens(
    group: dict[str, Any],
    new: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    spec: FieldSpec | None,
) -> bool:
    """Whether a closed conflict that is live again opens: closed by detection, or by
    an analyst before a claim joined that disagrees with the decision."""
    if group["status"] == "open":
        return False
    if group["status"] == "dismissed" and group["rationale"] == AUTO_CLOSED:
        return True
    return bool(new) and spec is not None and _disagrees(group, new, claims, spec)


def _disagrees(
    group: dict[str, Any],
    new: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    spec: FieldSpec,
) -> bool:
    """Whether a claim joining a decided conflict reopens it.

    A resolved conflict reopens when a new claim contradicts the chosen value; an
    accepted or dismissed one when a new claim agrees with none of the claims the
    decision was made on (a new account, not one more report of a known one).
    """
    if group["status"] == "resolved":
        chosen = _resolution_as_claim(group)
        return any(claims_conflict(claim, chosen, spec) for claim in new)
    new_ids = {c["id"] for c in new}
    known = [c for c in claims if c["id"] not in new_ids]
    return any(known and all(claims_conflict(c, k, spec) for k in known) for c in new)


def _resolution_as_claim(group: dict[str, Any]) -> dict[str, Any]:
    low, best, high = (group[f"resolution_{k}"] for k in ("low", "best", "high"))
    if low is None and high is None and best is not None:
        low = high = best
    return {"low": low, "best": best, "high": high, "value_text": group["resolution_value"]}


def _insert_group(
    db: sqlite_utils.Database,
    event: int,
    name: str,
    origin: str,
    rationale: str | None,
    user: str | None,
) -> int:
    return inserted_id(
        db.execute(
            """INSERT INTO conflicts (event_id, field, origin, status, rationale, created_by,
               created_at)
           VALUES (?, ?, ?, 'open', ?, ?, ?)""",
            [event, name, origin, rationale, user, now_iso()],
        )
    )


def _add_members(
    db: sqlite_utils.Database, conflict_id: int, event: int, claim_ids: list[int]
) -> None:
    for claim_id in claim_ids:
        db.execute(
            "INSERT OR IGNORE INTO conflict_claims (conflict_id, claim_id, event_id)"
            " VALUES (?, ?, ?)",
            [conflict_id, claim_id, event],
        )


def _event_of(db: sqlite_utils.Database, conflict_id: int) -> int:
    return db.execute("SELECT event_id FROM conflicts WHERE id = ?", [conflict_id]).fetchone()[0]


# --- manual marks and decisions ----------------------------------------------------------


def mark_conflict(
    db: sqlite_utils.Database,
    claim_a: int,
    claim_b: int,
    *,
    rationale: str | None = None,
    user: str | None = None,
) -> int:
    """Mark two claims of one event as conflicting by hand (a denial against a confirmation).

    Claims of one field make (or are already in) that field's conflict, with every
    claim of the field; claims of two fields make a conflict of their own.
    """
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
    event = a["event_id"]
    fields = sorted({a["field"], b["field"]})
    name = CROSS_FIELD.join(fields)
    user = user or current_user(db)
    with db.atomic():
        existing = db.execute(
            "SELECT id, status FROM conflicts WHERE event_id = ? AND field = ?", [event, name]
        ).fetchone()
        if existing is not None:
            members = {r[0] for r in db.execute(
                "SELECT claim_id FROM conflict_claims WHERE conflict_id = ?", [existing[0]]
            )}  # fmt: skip
            if {a_id, b_id} <= members or CROSS_FIELD not in name:
                if existing[1] == "open":
                    raise ValidationError(
                        "conflict", Message("conflict.exists", conflict=existing[0])
                    )
                raise ValidationError(
                    "conflict",
                    Message("conflict.exists_closed", conflict=existing[0], status=existing[1]),
                )
            _add_members(db, existing[0], event, [a_id, b_id])
            _set(db, existing[0], {} if existing[1] == "open" else {"status": "open", **_CLEARED})
            conflict_id = existing[0]
        else:
            note = (rationale or "").strip() or None
            conflict_id = _insert_group(db, event, name, "manual", note, user)
            same_field = [a_id, b_id] if CROSS_FIELD in name else [
                r[0] for r in db.execute(
                    "SELECT id FROM claims WHERE event_id = ? AND field = ? ORDER BY id",
                    [event, name],
                )
            ]  # fmt: skip
            _add_members(db, conflict_id, event, same_field)
        return_to_coded(db, event, user)
    return conflict_id


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
    expected_version: int | None = None,
) -> int:
    """Settle the field: the value the analyst chose, why, who and when. Returns the version.

    A quantity typed as ``value`` (مئات, نحو 3000) fills low/best/high when none is given.
    """
    rationale = _required(rationale, "rationale", Message("conflict.why_value"))
    value = (value or "").strip() or None
    name = _row(db, conflict_id)["field"]
    if value and all(v is None for v in (low, best, high)) and _numeric(name):
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
    return _decide(db, conflict_id, changes, expected_version)


def dismiss_conflict(
    db: sqlite_utils.Database,
    conflict_id: int,
    reason: str,
    *,
    user: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Declare that the claims do not really conflict (e.g. two different prisons)."""
    reason = _required(reason, "reason", Message("conflict.why_dismissed"))
    return _decide(db, conflict_id, _closing(db, "dismissed", reason, user), expected_version)


def accept_discrepancy(
    db: sqlite_utils.Database,
    conflict_id: int,
    rationale: str,
    *,
    user: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Keep the disagreement on record as a standing discrepancy; it no longer blocks review."""
    rationale = _required(rationale, "rationale", Message("conflict.why_standing"))
    return _decide(db, conflict_id, _closing(db, "accepted", rationale, user), expected_version)


def reopen_conflict(
    db: sqlite_utils.Database,
    conflict_id: int,
    *,
    user: str | None = None,
    expected_version: int | None = None,
) -> int:
    """Open a decided conflict again (its decision stays in the audit log); returns the version.

    A reviewed event goes back to "coded": its review relied on the decision.
    """
    with db.atomic():
        conflict = _row(db, conflict_id)
        _check_version(conflict, expected_version)
        if conflict["status"] == "open":
            raise ReviewerError(Message("conflict.open_already", subject=_subject(conflict_id)))
        _set(db, conflict_id, {"status": "open", **_CLEARED})
        return_to_coded(db, conflict["event_id"], user or current_user(db))
    return conflict["version"] + 1


def _decide(
    db: sqlite_utils.Database,
    conflict_id: int,
    changes: dict[str, Any],
    expected_version: int | None,
) -> int:
    with db.atomic():
        conflict = _row(db, conflict_id)
        _check_version(conflict, expected_version)
        if conflict["status"] != "open":
            raise ReviewerError(
                Message(
                    "conflict.decided",
                    subject=_subject(conflict_id),
                    now=describe_decision(conflict),
                )
            )
        _set(db, conflict_id, changes)
    return conflict["version"] + 1


def _check_version(conflict: dict[str, Any], expected: int | None) -> None:
    if expected is None or conflict["version"] == expected:
        return
    raise StaleConflict(
        Message(
            "conflict.changed_elsewhere",
            subject=_subject(conflict["id"]),
            now=describe_decision(conflict),
        )
    )


def _subject(conflict_id: int) -> Message:
    return Message("subject.conflict", conflict=conflict_id)


def _closing(db: sqlite_utils.Database, status: str, why: str, user: str | None) -> dict:
    """The columns that close a conflict without a value: status, why, who and when."""
    return {
        **_CLEARED,
        "status": status,
        "rationale": why,
        "resolved_by": user or current_user(db),
        "resolved_at": now_iso(),
    }


def _set(db: sqlite_utils.Database, conflict_id: int, changes: dict[str, Any]) -> None:
    """Write ``changes`` and bump the version (also for a new member: nothing else)."""
    sets = "".join(f"{k} = ?, " for k in changes)
    db.execute(
        f"UPDATE conflicts SET {sets}version = version + 1 WHERE id = ?",
        [*changes.values(), conflict_id],
    )


def _required(text: str | None, name: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(name, message)
    return text


def _numeric(name: str) -> bool:
    if CROSS_FIELD in name:
        return False
    return field_spec(name).kind in ("numeric", "custom")


# --- reading -------------------------------------------------------------------------------

_CONFLICT_SQL = """
    SELECT k.*, e.event_id_cnty, e.event_date, e.location, e.status AS event_status,
           (SELECT group_concat(claim_id) FROM
               (SELECT claim_id FROM conflict_claims m WHERE m.conflict_id = k.id
                ORDER BY claim_id)) AS members
    FROM conflicts k JOIN events e ON e.id = k.event_id
"""


def _with_claims(row: dict[str, Any]) -> dict[str, Any]:
    members = row.pop("members")
    row["claim_ids"] = [int(i) for i in members.split(",")] if members else []
    return row


def _row(db: sqlite_utils.Database, conflict_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM conflicts WHERE id = ?", [conflict_id]))
    if not rows:
        raise ReviewerError(Message("not_found.conflict", conflict=conflict_id))
    return rows[0]


def get_conflict(db: sqlite_utils.Database, conflict_id: int) -> dict[str, Any]:
    """The conflict, its event's code, date and place, and ``claim_ids`` (its members)."""
    rows = list(db.query(_CONFLICT_SQL + " WHERE k.id = ?", [conflict_id]))
    if not rows:
        raise ReviewerError(Message("not_found.conflict", conflict=conflict_id))
    return _with_claims(rows[0])


def list_conflicts(
    db: sqlite_utils.Database, event_id: int | None = None, statuses: tuple[str, ...] = STATUSES
) -> list[dict[str, Any]]:
    marks = ",".join("?" * len(statuses))
    sql, params = _CONFLICT_SQL + f" WHERE k.status IN ({marks})", list[Any](statuses)
    if event_id is not None:
        sql, params = sql + " AND k.event_id = ?", [*params, event_id]
    return [_with_claims(r) for r in db.query(sql + " ORDER BY k.event_id, k.field", params)]


def open_conflicts(db: sqlite_utils.Database, event_id: int | None = None) -> list[dict[str, Any]]:
    """Every open conflict (of one event, or of the project), by event and field."""
    return list_conflicts(db, event_id, ("open",))


def conflict_of_claim(db: sqlite_utils.Database, claim_id: int) -> int | None:
    """The conflict a claim is a member of on its own field, if any."""
    row = db.execute(
        "SELECT m.conflict_id FROM conflict_claims m JOIN conflicts k ON k.id = m.conflict_id"
        " JOIN claims c ON c.id = m.claim_id WHERE m.claim_id = ? AND k.field = c.field",
        [claim_id],
    ).fetchone()
    return row[0] if row else None


def describe_decision(conflict: dict[str, Any]) -> str:
    """'resolved by lina on 2024-12-09 10:00: مئات — four reports agree'; 'open'."""
    status = conflict["status"]
    if status == "open":
        return Message("decision.open")
    when = (conflict["resolved_at"] or "")[:16].replace("T", " ")
    by = conflict["resolved_by"]
    return Message(
        "decision.text",
        status=Message(f"decision.{status}"),
        by=Message("decision.by", name=by) if by else "",
        when=Message("decision.on", when=when) if when else "",
        chosen=Message("decision.chosen", value=_chosen(conflict)) if status == "resolved" else "",
        rationale=Message("decision.why", text=conflict["rationale"])
        if conflict["rationale"]
        else "",
    )


def _chosen(conflict: dict[str, Any]) -> str:
    """'مئات (low 200, high 999)'; '500 (best)'; the figures alone when no words were given."""
    names = ("low", "best", "high")
    figures = [
        f"{name} {conflict[f'resolution_{name}']}"
        for name in names
        if conflict[f"resolution_{name}"] is not None
    ]
    text = ", ".join(figures)
    if conflict["resolution_value"]:
        return f"{conflict['resolution_value']} ({text})" if text else conflict["resolution_value"]
    return text


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
    """The resolution of ``name`` for the event (its conflict, when resolved), or None."""
    rows = list(
        db.query(
            "SELECT * FROM conflicts WHERE event_id = ? AND field = ? AND status = 'resolved'",
            [event_id, name],
        )
    )
    return rows[0] if rows else None
