"""Whose events an article holds, and how they pair up across coders.

An event's coder is the analyst who created it (``events.created_by``). An
adjudicated event is not a coding but the result of comparing codings, so it
never counts as one coder's work here.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from reviewer.matching import EventGroup, group_events
from reviewer.project import Project
from reviewer.storage.clock import now_iso
from reviewer.team.ids import uuid7

UNKNOWN_CODER = "(unknown)"

_CODER_EVENTS_SQL = """
    SELECT e.*, r.credibility AS credibility, s.reliability AS reliability
    FROM events e
    JOIN reports r ON r.event_id = e.id
    JOIN articles a ON a.id = r.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE r.article_id = ? AND e.id NOT IN (SELECT event_id FROM adjudications)
    ORDER BY e.id
"""


def coder_of(event: dict[str, Any]) -> str:
    return event.get("created_by") or event.get("coded_by") or UNKNOWN_CODER


def coder_events(
    db: sqlite_utils.Database, article_id: int, coders: list[str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Each coder's events reported by ``article_id`` (with the report's grades)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for event in db.query(_CODER_EVENTS_SQL, [article_id]):
        coder = coder_of(event)
        if coders is None or coder in coders:
            out.setdefault(coder, []).append(event)
    return out


def article_coders(db: sqlite_utils.Database, article_id: int) -> list[str]:
    """Everyone who worked on the article: its assigned analysts and its events' coders.

    An assigned analyst with no event there found none (a "no" for detection
    agreement), which differs from an analyst who never read the article.
    """
    names = set(coder_events(db, article_id))
    names.update(
        row[0]
        for row in db.execute("SELECT analyst FROM assignments WHERE article_id = ?", [article_id])
    )
    return sorted(names)


def multi_coded_articles(db: sqlite_utils.Database) -> list[int]:
    """Articles whose events come from two or more coders, or that two analysts were assigned."""
    rows = db.execute(
        """SELECT article_id FROM (
               SELECT r.article_id, coalesce(e.created_by, e.coded_by, '') AS coder
               FROM reports r JOIN events e ON e.id = r.event_id
               WHERE e.id NOT IN (SELECT event_id FROM adjudications)
               UNION SELECT article_id, analyst FROM assignments)
           GROUP BY article_id HAVING count(DISTINCT coder) >= 2 ORDER BY article_id"""
    )
    return [row[0] for row in rows]


def article_groups(
    db: sqlite_utils.Database, article_id: int, coders: list[str] | None = None
) -> list[EventGroup]:
    """The article's events grouped across coders: a person's pairing first, then automatic."""
    by_coder = coder_events(db, article_id, coders)
    by_id = {e["id"]: (c, e) for c, events in by_coder.items() for e in events}
    stored: dict[str, EventGroup] = {}
    for event_id, key in db.execute(
        "SELECT event_id, group_key FROM event_pairings WHERE article_id = ? ORDER BY id",
        [article_id],
    ):
        if event_id in by_id:
            coder, event = by_id[event_id]
            stored.setdefault(key, EventGroup(confirmed=True)).members[coder] = event
    return group_events(by_coder, fixed=list(stored.values()))


def save_pairing(project: Project, article_id: int, groups: list[list[int]]) -> None:
    """A person's pairing of the article's events: each inner list is one event.

    Replaces the article's previous pairing; the acting analyst is recorded.
    """
    stamp = now_iso()
    with project.db.atomic():
        project.db.execute("DELETE FROM event_pairings WHERE article_id = ?", [article_id])
        for event_ids in groups:
            key = uuid7()
            for event_id in event_ids:
                project.db.execute(
                    "INSERT INTO event_pairings (article_id, event_id, group_key, set_by, set_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [article_id, event_id, key, project.analyst, stamp],
                )


def clear_pairing(project: Project, article_id: int) -> None:
    """Back to the automatic pairing."""
    project.db.execute("DELETE FROM event_pairings WHERE article_id = ?", [article_id])
