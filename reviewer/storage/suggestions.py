"""Decided suggestions: what the coder accepted or rejected stays decided for that article.

A decision is keyed by (kind, start, end, value) so that it survives re-running the
suggesters and restarting the window (the article text never changes, so the same
rule finds the same span), but a different reading of the same span (another place
chosen after a gazetteer update) is offered again. Accepted suggestions are kept as
well as rejected ones: offered again after a restart, accepting one twice would
record its claim twice. Both live in ``suggestion_rejections`` (its name from
before accepted ones were kept), told apart by ``decision``; ``rejected_by`` and
``rejected_at`` say who decided and when.
"""

from __future__ import annotations

import sqlite_utils

from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user

__all__ = [
    "accept", "clear_rejections", "decided_keys", "forget", "list_decisions",
    "list_rejections", "reject", "rejected_keys", "unreject",
]  # fmt: skip

Key = tuple[str, int, int, str]


def reject(
    db: sqlite_utils.Database,
    article_id: int,
    kind: str,
    start: int,
    end: int,
    value: str = "",
    *,
    user: str | None = None,
) -> None:
    """Record that suggestion ``(kind, start, end, value)`` is wrong for this article.

    Idempotent: rejecting it again keeps the first decision's author and time.
    """
    _decide(db, article_id, (kind, start, end, value), "rejected", user)


def accept(
    db: sqlite_utils.Database,
    article_id: int,
    kind: str,
    start: int,
    end: int,
    value: str = "",
    *,
    user: str | None = None,
) -> None:
    """Record that suggestion ``(kind, start, end, value)`` was accepted on this article."""
    _decide(db, article_id, (kind, start, end, value), "accepted", user)


def _decide(
    db: sqlite_utils.Database, article_id: int, key: Key, decision: str, user: str | None
) -> None:
    db.execute(
        """INSERT OR IGNORE INTO suggestion_rejections
           (article_id, kind, start, "end", value, decision, rejected_by, rejected_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [article_id, *key, decision, user or current_user(db), now_iso()],
    )


def forget(
    db: sqlite_utils.Database, article_id: int, kind: str, start: int, end: int, value: str = ""
) -> None:
    """Forget the decision on one suggestion (undoing it): it is offered again."""
    db.execute(
        """DELETE FROM suggestion_rejections
           WHERE article_id = ? AND kind = ? AND start = ? AND "end" = ? AND value = ?""",
        [article_id, kind, start, end, value],
    )


unreject = forget


def list_decisions(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    return list(
        db.query(
            """SELECT kind, start, "end", value, decision, rejected_by AS decided_by,
                      rejected_at AS decided_at
               FROM suggestion_rejections WHERE article_id = ? ORDER BY start, kind""",
            [article_id],
        )
    )


def list_rejections(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    return list(
        db.query(
            """SELECT kind, start, "end", value, rejected_by, rejected_at
               FROM suggestion_rejections WHERE article_id = ? AND decision = 'rejected'
               ORDER BY start, kind""",
            [article_id],
        )
    )


def decided_keys(db: sqlite_utils.Database, article_id: int) -> set[Key]:
    """Accepted or rejected: suggestions not to offer again on this article."""
    return {(r["kind"], r["start"], r["end"], r["value"]) for r in list_decisions(db, article_id)}


def rejected_keys(db: sqlite_utils.Database, article_id: int) -> set[Key]:
    return {(r["kind"], r["start"], r["end"], r["value"]) for r in list_rejections(db, article_id)}


def clear_rejections(db: sqlite_utils.Database, article_id: int) -> int:
    """Forget every rejection on this article; returns how many were removed."""
    return db.execute(
        "DELETE FROM suggestion_rejections WHERE article_id = ? AND decision = 'rejected'",
        [article_id],
    ).rowcount
