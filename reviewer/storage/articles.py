"""Articles: stored once, never altered; only their status and metadata change."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from reviewer.errors import ReviewerError

ARTICLE_STATUSES = ("new", "in_progress", "coded", "reviewed", "rejected")


@dataclass(frozen=True)
class ArticleSummary:
    """What a list row needs, without the article body."""

    id: int
    title: str
    outlet: str | None
    published: str | None
    status: str


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    status: str
    origin_path: str | None


_SUMMARY_SQL = """
    SELECT a.id, a.title, s.name, a.published, a.status
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
"""


def list_article_summaries(db: sqlite_utils.Database) -> list[ArticleSummary]:
    rows = db.execute(_SUMMARY_SQL + " ORDER BY a.id").fetchall()
    return [ArticleSummary(*row) for row in rows]


def summaries_by_ids(db: sqlite_utils.Database, ids: list[int]) -> dict[int, ArticleSummary]:
    """Summaries for one page of a list, fetched in a single indexed query."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(_SUMMARY_SQL + f" WHERE a.id IN ({marks})", ids).fetchall()
    return {row[0]: ArticleSummary(*row) for row in rows}


def article_ids(db: sqlite_utils.Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]


def get_article(db: sqlite_utils.Database, article_id: int) -> Article:
    row = db.execute(
        """SELECT a.id, a.title, a.text, s.name, a.url, a.published, a.language,
                  a.status, a.origin_path
           FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    if row is None:
        raise ReviewerError(f"article {article_id}: no such article")
    return Article(*row)


def set_article_status(db: sqlite_utils.Database, article_id: int, status: str) -> None:
    if status not in ARTICLE_STATUSES:
        raise ReviewerError(f"status: '{status}' is not one of {', '.join(ARTICLE_STATUSES)}")
    db.execute("UPDATE articles SET status = ? WHERE id = ?", [status, article_id])


def count_by_status(db: sqlite_utils.Database, table: str) -> dict[str, int]:
    if table not in ("articles", "events"):
        raise ValueError(table)
    rows = db.execute(f"SELECT status, count(*) FROM {table} GROUP BY status ORDER BY status")
    return dict(rows.fetchall())
