"""Reports: one article's account of one event, and the credibility (1-6) it earns.

Credibility belongs to the report, not to the article or the outlet: the same
article can tell one event reliably and repeat a rumour about another. Combined
with the outlet's reliability it makes the Admiralty grade ("B2").
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError, StaleEdit
from reviewer.messages import Message
from reviewer.reliability import Grade, validate_credibility
from reviewer.storage.optimistic import UNCHECKED, Unchecked

_REPORT_SQL = """
    SELECT r.id, r.article_id, r.event_id, r.credibility, a.title, a.published,
           s.id AS source_id, s.name AS outlet, s.reliability, s.scale
    FROM reports r
    JOIN articles a ON a.id = r.article_id
    LEFT JOIN sources s ON s.id = a.source_id
"""


def set_credibility(
    db: sqlite_utils.Database,
    article_id: int,
    event_id: int,
    credibility: int | None,
    *,
    expected: int | Unchecked | None = UNCHECKED,
) -> None:
    """Grade the report 1-6 (None clears it); the article must report the event.

    With ``expected`` (the grade the editor saw), a grade changed elsewhere
    meanwhile is not overwritten: ``StaleEdit`` (storage.optimistic).
    """
    number = validate_credibility(credibility)
    sql = "UPDATE reports SET credibility = ? WHERE article_id = ? AND event_id = ?"
    params: list = [number, article_id, event_id]
    if expected is not UNCHECKED:
        sql, params = sql + " AND credibility IS ?", [*params, expected]
    if db.execute(sql, params).rowcount == 0:
        now = get_credibility(db, article_id, event_id)  # raises for a missing report
        raise StaleEdit(
            Message(
                "grade.report_changed",
                article=article_id,
                event=event_id,
                value=now or Message("not_graded"),
            )
        )


def get_credibility(db: sqlite_utils.Database, article_id: int, event_id: int) -> int | None:
    return get_report(db, article_id, event_id)["credibility"]


def get_report(db: sqlite_utils.Database, article_id: int, event_id: int) -> dict[str, Any]:
    """The report with its article's title/date and its outlet's name and grades."""
    rows = list(
        db.query(_REPORT_SQL + " WHERE r.article_id = ? AND r.event_id = ?", [article_id, event_id])
    )
    if not rows:
        raise ReviewerError(Message("evidence.not_reporting", article=article_id, event=event_id))
    return rows[0]


def report_grade(db: sqlite_utils.Database, article_id: int, event_id: int) -> Grade:
    report = get_report(db, article_id, event_id)
    return Grade(report["reliability"], report["credibility"])


def reports_for_event(db: sqlite_utils.Database, event_id: int) -> list[dict[str, Any]]:
    return list(db.query(_REPORT_SQL + " WHERE r.event_id = ? ORDER BY r.article_id", [event_id]))
