"""Double coding: which articles two or more analysts code independently, and blinding.

``assign_articles`` picks a share of the project's articles (a count, a
percentage, or a given list; random picks are drawn with a seed so that a team
can reproduce and document its sample) and assigns each to every named analyst.

Blind coding: while an article is assigned to an analyst and not every analyst
assigned to it has marked their coding done, that analyst sees only their own
events on it. Once all are done (``mark_done``, also carried by a merge), all
codings are visible, for comparison and adjudication. Analysts who are not
assigned to the article (a reviewer, an adjudicator) always see everything.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.project import Project
from reviewer.storage.clock import now_iso
from reviewer.storage.events import events_for_article


@dataclass(frozen=True)
class Assignment:
    article_id: int
    analyst: str
    done_at: str | None


def assign_articles(
    project: Project,
    analysts: list[str],
    *,
    count: int | None = None,
    percent: float | None = None,
    article_ids: list[int] | None = None,
    seed: int | None = None,
) -> list[int]:
    """Assign articles to every analyst in ``analysts``; return the article ids, sorted.

    Exactly one of ``count``, ``percent`` or ``article_ids`` chooses them; random
    choices come from articles not rejected and not yet assigned to these analysts.
    Assigning again is harmless: existing assignments are kept as they are.
    """
    names = sorted({a.strip() for a in analysts if a and a.strip()})
    if len(names) < 2:
        raise ReviewerError(Message("assign.two_analysts"))
    given = [x for x in (count, percent, article_ids) if x is not None]
    if len(given) != 1:
        raise ReviewerError(Message("assign.one_way"))
    db = project.db
    if article_ids is not None:
        chosen = sorted(set(article_ids))
        known = {row[0] for row in db.execute("SELECT id FROM articles")}
        missing = [a for a in chosen if a not in known]
        if missing:
            raise ReviewerError(Message("not_found.article", article=missing[0]))
    else:
        pool = _unassigned(db, names)
        if percent is not None:
            if not 0 < percent <= 100:
                raise ReviewerError(Message("assign.bad_percent", percent=f"{percent:g}"))
            wanted = max(1, round(len(pool) * percent / 100)) if pool else 0
        else:
            if count is None or count < 1:
                raise ReviewerError(Message("assign.bad_count"))
            wanted = count
        chosen = sorted(random.Random(seed).sample(pool, min(wanted, len(pool))))
    stamp = now_iso()
    with db.atomic():
        for article_id in chosen:
            for name in names:
                db.execute(
                    "INSERT OR IGNORE INTO assignments (article_id, analyst, assigned_by,"
                    " assigned_at) VALUES (?, ?, ?, ?)",
                    [article_id, name, project.analyst, stamp],
                )
    return chosen


def _unassigned(db: sqlite_utils.Database, names: list[str]) -> list[int]:
    marks = ",".join("?" * len(names))
    rows = db.execute(
        f"""SELECT id FROM articles WHERE status != 'rejected' AND id NOT IN
            (SELECT article_id FROM assignments WHERE analyst IN ({marks})) ORDER BY id""",
        names,
    )
    return [row[0] for row in rows]


def assignments_for(db: sqlite_utils.Database, article_id: int) -> list[Assignment]:
    rows = db.execute(
        "SELECT article_id, analyst, done_at FROM assignments WHERE article_id = ?"
        " ORDER BY analyst",
        [article_id],
    )
    return [Assignment(*row) for row in rows]


def mark_done(project: Project, article_id: int) -> None:
    """The acting analyst has finished coding ``article_id`` (their assignment)."""
    if not project.analyst:
        raise ReviewerError(Message("assign.name_first"))
    cursor = project.db.execute(
        "UPDATE assignments SET done_at = coalesce(done_at, ?)"
        " WHERE article_id = ? AND analyst = ?",
        [now_iso(), article_id, project.analyst],
    )
    if cursor.rowcount == 0:
        raise ReviewerError(
            Message("assign.not_assigned", article=article_id, analyst=project.analyst)
        )


def reopen(project: Project, article_id: int) -> None:
    """Undo ``mark_done`` for the acting analyst."""
    project.db.execute(
        "UPDATE assignments SET done_at = NULL WHERE article_id = ? AND analyst = ?",
        [article_id, project.analyst],
    )


def is_blind(db: sqlite_utils.Database, article_id: int, analyst: str | None) -> bool:
    """Whether ``analyst`` must not see the other codings of ``article_id`` yet."""
    if not analyst:
        return False
    assigned = assignments_for(db, article_id)
    names = {a.analyst for a in assigned}
    return analyst in names and len(names) >= 2 and any(a.done_at is None for a in assigned)


def visible_events(
    db: sqlite_utils.Database, article_id: int, analyst: str | None
) -> list[dict[str, Any]]:
    """The article's events ``analyst`` may see now (only their own while blind)."""
    events = events_for_article(db, article_id)
    if not is_blind(db, article_id, analyst):
        return events
    return [e for e in events if (e.get("created_by") or e.get("coded_by")) == analyst]


def hidden_events(db: sqlite_utils.Database, analyst: str | None) -> set[int]:
    """Every event ``analyst`` must not see yet: others' events on articles blind to them.

    For views that list events across articles (the conflicts page), one query.
    """
    if not analyst:
        return set()
    rows = db.execute(
        """SELECT DISTINCT r.event_id
           FROM assignments mine
           JOIN reports r ON r.article_id = mine.article_id
           JOIN events e ON e.id = r.event_id
           WHERE mine.analyst = ?
             AND coalesce(e.created_by, e.coded_by, '') != ?
             AND (SELECT count(*) FROM assignments a WHERE a.article_id = mine.article_id) >= 2
             AND EXISTS (SELECT 1 FROM assignments a
                         WHERE a.article_id = mine.article_id AND a.done_at IS NULL)""",
        [analyst, analyst],
    )
    return {row[0] for row in rows}
