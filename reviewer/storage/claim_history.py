"""What undoing a change to claims or conflicts needs: exact rows, put back by id.

A deleted claim must come back with the same id (conflicts, the audit log and the
analyst's memory refer to it) together with its place in its conflict, and the
conflict itself when the delete left it with too few claims to exist, decision
included. Closing a conflict is undone by putting back the state
columns it had; a write that finds the rows changed meanwhile (another window)
is refused with :class:`ReviewerError` instead of overwriting that change.
"""

from __future__ import annotations

import sqlite3
from typing import Any, TypedDict

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.claims import delete_claim
from reviewer.storage.conflicts import detect_conflicts

STATE_COLUMNS = (
    "status", "resolution_value", "resolution_low", "resolution_best", "resolution_high",
    "rationale", "resolved_by", "resolved_at",
)  # fmt: skip

ConflictStates = dict[int, dict[str, Any]]  # conflict id -> STATE_COLUMNS values


class ClaimSnapshot(TypedDict):
    claims: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]  # the conflicts they are members of
    members: list[dict[str, Any]]  # every membership of those conflicts


# --- claims ------------------------------------------------------------------------------


def snapshot_claims(db: sqlite_utils.Database, claim_ids: list[int]) -> ClaimSnapshot:
    """The claims, the conflicts they belong to and those conflicts' members, as stored."""
    if not claim_ids:
        return {"claims": [], "conflicts": [], "members": []}
    marks = ",".join("?" * len(claim_ids))
    claims = list(db.query(f"SELECT * FROM claims WHERE id IN ({marks}) ORDER BY id", claim_ids))
    missing = sorted(set(claim_ids) - {c["id"] for c in claims})
    if missing:
        raise ReviewerError(Message("not_found.claim", claim=missing[0]))
    groups = f"SELECT conflict_id FROM conflict_claims WHERE claim_id IN ({marks})"
    conflicts = list(
        db.query(f"SELECT * FROM conflicts WHERE id IN ({groups}) ORDER BY id", claim_ids)
    )
    members = list(
        db.query(
            f"SELECT * FROM conflict_claims WHERE conflict_id IN ({groups}) ORDER BY id", claim_ids
        )
    )
    return {"claims": claims, "conflicts": conflicts, "members": members}


def snapshot_claim(db: sqlite_utils.Database, claim_id: int) -> ClaimSnapshot:
    return snapshot_claims(db, [claim_id])


def delete_claims(
    db: sqlite_utils.Database, claim_ids: list[int], user: str | None = None
) -> ClaimSnapshot:
    """Delete the claims (their conflicts go with them) and return what restores them."""
    with db.atomic():
        snapshot = snapshot_claims(db, claim_ids)
        for claim_id in claim_ids:
            delete_claim(db, claim_id, user=user)
    return snapshot


def restore_claims(
    db: sqlite_utils.Database, snapshot: ClaimSnapshot, user: str | None = None
) -> list[int]:
    """Put deleted claims back exactly as snapshotted, ids and conflicts included.

    Detection re-runs for their events afterwards, so conflicts never lag claims.
    Refused when an id is taken again or the event or article is gone.
    """
    with db.atomic():
        _insert(db, "claims", snapshot["claims"])
        _put_back_conflicts(db, snapshot["conflicts"], snapshot["members"])
        for event_id in sorted({c["event_id"] for c in snapshot["claims"]}):
            detect_conflicts(db, event_id, user=user)
    return [c["id"] for c in snapshot["claims"]]


def _put_back_conflicts(
    db: sqlite_utils.Database, conflicts: list[dict[str, Any]], members: list[dict[str, Any]]
) -> None:
    """Conflicts removed with their claims come back with their ids, decisions and members.

    A conflict that still exists keeps its current state; one whose field got a new
    conflict meanwhile is not put back (detection gathers the claims into that one).
    """
    back = set()
    for row in conflicts:
        taken = db.execute(
            "SELECT id FROM conflicts WHERE event_id = ? AND field = ?",
            [row["event_id"], row["field"]],
        ).fetchone()
        if taken is None:
            _insert(db, "conflicts", [row])
        if taken is None or taken[0] == row["id"]:
            back.add(row["id"])
    for member in members:
        if member["conflict_id"] not in back:
            continue
        taken = db.execute(
            "SELECT 1 FROM conflict_claims WHERE id = ? OR (conflict_id = ? AND claim_id = ?)",
            [member["id"], member["conflict_id"], member["claim_id"]],
        ).fetchone()
        claim_back = db.execute("SELECT 1 FROM claims WHERE id = ?", [member["claim_id"]])
        if taken is None and claim_back.fetchone() is not None:
            _insert(db, "conflict_claims", [member])  # same id and uid as before


def restore_claim(db: sqlite_utils.Database, snapshot: ClaimSnapshot, user: str | None = None):
    return restore_claims(db, snapshot, user)[0]


# --- conflicts -----------------------------------------------------------------------------


def conflict_rows(db: sqlite_utils.Database, conflict_ids: list[int]) -> list[dict[str, Any]]:
    """The stored rows of these conflicts (all columns), in id order."""
    if not conflict_ids:
        return []
    marks = ",".join("?" * len(conflict_ids))
    rows = list(
        db.query(f"SELECT * FROM conflicts WHERE id IN ({marks}) ORDER BY id", conflict_ids)
    )
    missing = sorted(set(conflict_ids) - {r["id"] for r in rows})
    if missing:
        raise ReviewerError(Message("not_found.conflict", conflict=missing[0]))
    return rows


class RemovedConflicts(TypedDict):
    conflicts: list[dict[str, Any]]
    members: list[dict[str, Any]]


def remove_conflicts(db: sqlite_utils.Database, conflict_ids: list[int]) -> RemovedConflicts:
    """Delete conflicts (undo of a manual mark), returning their rows for a redo."""
    with db.atomic():
        rows = conflict_rows(db, conflict_ids)
        marks = ",".join("?" * len(conflict_ids))
        members = list(
            db.query(
                f"SELECT * FROM conflict_claims WHERE conflict_id IN ({marks}) ORDER BY id",
                conflict_ids,
            )
        )
        for conflict_id in conflict_ids:
            db.execute("DELETE FROM conflicts WHERE id = ?", [conflict_id])
    return {"conflicts": rows, "members": members}


def insert_conflicts(db: sqlite_utils.Database, removed: RemovedConflicts) -> None:
    """Put removed conflicts back with their ids and members."""
    with db.atomic():
        _insert(db, "conflicts", removed["conflicts"])
        _insert(db, "conflict_claims", removed["members"])


def event_conflict_states(db: sqlite_utils.Database, event_id: int) -> ConflictStates:
    """The state columns of every conflict of the event (taken before closing some)."""
    columns = ", ".join(STATE_COLUMNS)
    return {
        row["id"]: {k: row[k] for k in STATE_COLUMNS}
        for row in db.query(f"SELECT id, {columns} FROM conflicts WHERE event_id = ?", [event_id])
    }


def conflict_states(db: sqlite_utils.Database, conflict_ids: list[int]) -> ConflictStates:
    return {r["id"]: {k: r[k] for k in STATE_COLUMNS} for r in conflict_rows(db, conflict_ids)}


def set_conflict_states(
    db: sqlite_utils.Database, states: ConflictStates, *, expected: ConflictStates | None = None
) -> None:
    """Give each conflict the state columns in ``states`` (reopen, or close again).

    With ``expected``, a conflict whose current state differs from it was changed
    meanwhile: nothing is written and :class:`ReviewerError` says which.
    """
    with db.atomic():
        if expected is not None:
            current = conflict_states(db, list(expected))
            for conflict_id, state in expected.items():
                if current[conflict_id] != state:
                    raise ReviewerError(Message("history.conflict_changed", conflict=conflict_id))
        sets = ", ".join(f"{k} = ?" for k in STATE_COLUMNS) + ", version = version + 1"
        for conflict_id, state in states.items():
            db.execute(
                f"UPDATE conflicts SET {sets} WHERE id = ?",
                [*(state[k] for k in STATE_COLUMNS), conflict_id],
            )


def _insert(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        try:
            db.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        except sqlite3.IntegrityError as exc:
            raise ReviewerError(
                Message("history.cannot_restore", table=table, row=row["id"], reason=str(exc))
            ) from exc
