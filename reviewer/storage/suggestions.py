"""Rejected suggestions: what the coder said "no" to stays hidden for that article.

A rejection is keyed by (kind, start, end, value) so that it survives re-running the
suggesters (the article text never changes, so the same rule finds the same span) but a
different reading of the same span (another place chosen after a gazetteer update) is
offered again.
"""

from __future__ import annotations

import sqlite_utils

from reviewer.storage.clock import now_iso

__all__ = ["clear_rejections", "list_rejections", "reject", "rejected_keys", "unreject"]

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

    Idempotent: rejecting it again keeps the first rejection's author and time.
    """
    db.execute(
        """INSERT OR IGNORE INTO suggestion_rejections
           (article_id, kind, start, "end", value, rejected_by, rejected_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        [article_id, kind, start, end, value, user, now_iso()],
    )


def unreject(
    db: sqlite_utils.Database, article_id: int, kind: str, start: int, end: int, value: str = ""
) -> None:
    db.execute(
        """DELETE FROM suggestion_rejections
           WHERE article_id = ? AND kind = ? AND start = ? AND "end" = ? AND value = ?""",
        [article_id, kind, start, end, value],
    )


def list_rejections(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    return list(
        db.query(
            """SELECT kind, start, "end", value, rejected_by, rejected_at
               FROM suggestion_rejections WHERE article_id = ? ORDER BY start, kind""",
            [article_id],
        )
    )


def rejected_keys(db: sqlite_utils.Database, article_id: int) -> set[Key]:
    return {(r["kind"], r["start"], r["end"], r["value"]) for r in list_rejections(db, article_id)}


def clear_rejections(db: sqlite_utils.Database, article_id: int) -> int:
    """Forget every rejection on this article; returns how many were removed."""
    return db.execute(
        "DELETE FROM suggestion_rejections WHERE article_id = ?", [article_id]
    ).rowcount
