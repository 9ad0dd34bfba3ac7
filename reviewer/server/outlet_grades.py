"""Outlet grades on the team server: one grade per outlet for the whole team.

An outlet is shared by name, not owned, so its reliability grade (A-F) and
source scale travel apart from the records: ``reviewer.outlets`` on the server
holds the team's current grade and who set it; every member may grade, as in
the window, and the server's audit log keeps each change with its login.

What this laptop last agreed with the server is kept in ``sync_records``
(``tbl = 'sources'``, uid ``outlet:<name>``, the grade's digest), so a push
sends only grades changed here since, and can tell a colleague's change made
meanwhile from an old value. When both changed, the server's grade is kept and
pulled over this one, and the summary says so: the local audit log still holds
the grade given here.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.sources import get_or_create_source, set_reliability, set_scale

TABLE = "sources"
PREFIX = "outlet:"

#: The pull's part of the server's change feed (same columns as the others:
#: seq, kind, key, tbl, owner, row, deleted, version, extra).
CHANGES_SQL = """
SELECT seq, 'outlet', name, reliability, changed_by, scale, false, 0, NULL
  FROM reviewer.outlets WHERE seq > %(after)s AND changed_by <> session_user
"""


class _Result(Protocol):
    notes: list[Message]
    refused: list[Message]


def _digest(reliability: str | None, scale: str | None) -> str:
    return json.dumps([reliability, scale])


NO_GRADE = _digest(None, None)


def push(db: sqlite_utils.Database, conn: Any, server_id: int, result: _Result) -> None:
    """Send the grades given here since the last sync (a few hundred outlets at most)."""
    synced = {
        uid[len(PREFIX) :]: digest
        for uid, digest in db.execute(
            "SELECT uid, digest FROM sync_records WHERE server_id = ? AND tbl = ?",
            [server_id, TABLE],
        )
    }
    changed = [
        (name, reliability, scale)
        for name, reliability, scale in db.execute("SELECT name, reliability, scale FROM sources")
        if _digest(reliability, scale) != synced.get(name, NO_GRADE)
    ]
    if not changed:
        return
    with conn.transaction():
        there = {
            name: (_digest(reliability, scale), by)
            for name, reliability, scale, by in conn.execute(
                "SELECT name, reliability, scale, changed_by FROM reviewer.outlets"
                " WHERE name = ANY(%s)",
                [[name for name, *_ in changed]],
            )
        }
    agreed: list[tuple[str, str]] = []
    for name, reliability, scale in changed:
        mine = _digest(reliability, scale)
        theirs, by = there.get(name, (NO_GRADE, None))
        if theirs == mine:
            agreed.append((name, mine))  # the same grade given there too
            continue
        if theirs != synced.get(name, NO_GRADE):  # a colleague graded it meanwhile
            result.notes.append(
                Message("sync.outlet_graded", outlet=name, by=by, ours=_shown(reliability, scale))
            )
            continue  # theirs is pulled over this one
        with conn.transaction():
            conn.execute(
                "INSERT INTO reviewer.outlets (name, reliability, scale) VALUES (%s, %s, %s)"
                " ON CONFLICT (name) DO UPDATE SET reliability = EXCLUDED.reliability,"
                " scale = EXCLUDED.scale, changed_by = session_user",
                [name, reliability, scale],
            )
        agreed.append((name, mine))
    _remember(db, server_id, agreed, "pushed")


def apply(
    db: sqlite_utils.Database,
    server_id: int,
    name: str,
    reliability: str | None,
    scale: str | None,
    result: _Result,
) -> None:
    """A colleague's grade, pulled: set here in their name (the caller set the user)."""
    source_id = get_or_create_source(db, name)
    try:
        set_reliability(db, source_id, reliability)
        set_scale(db, source_id, scale)
    except ReviewerError as exc:  # a grade this version does not know: said, not applied
        result.refused.append(Message("sync.outlet_refused", outlet=name, reason=str(exc)))
        return
    _remember(db, server_id, [(name, _digest(reliability, scale))], "pulled")


def _remember(db, server_id: int, grades: list[tuple[str, str]], origin: str) -> None:
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO sync_records (server_id, tbl, uid, origin, digest)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (server_id, uid) DO UPDATE"
            " SET digest = excluded.digest, origin = excluded.origin",
            [(server_id, TABLE, PREFIX + name, origin, digest) for name, digest in grades],
        )


def _shown(reliability: str | None, scale: str | None) -> str:
    return " / ".join(value for value in (reliability, scale) if value) or "—"
