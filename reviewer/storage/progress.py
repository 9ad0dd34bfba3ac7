"""Progress counts for the team lead: how much is coded, how much reviewed.

"Coded" counts everything that got at least that far (coded or reviewed), so the
three numbers read naturally as "12 coded / 5 reviewed / 40 total". Rejected
articles are irrelevant ones: they are counted in the total and reported apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

_CHUNK = 500  # ids per IN (...) query, well under SQLite's parameter limit


@dataclass(frozen=True)
class Progress:
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def reviewed(self) -> int:
        return self.by_status.get("reviewed", 0)

    @property
    def coded(self) -> int:
        return self.by_status.get("coded", 0) + self.reviewed

    @property
    def rejected(self) -> int:
        return self.by_status.get("rejected", 0)

    def label(self) -> str:
        text = f"{self.coded} coded / {self.reviewed} reviewed / {self.total} total"
        return text + (f" ({self.rejected} rejected)" if self.rejected else "")


def article_progress(
    db: sqlite_utils.Database, article_ids: Iterable[int] | None = None
) -> Progress:
    """Counts over all articles, or over ``article_ids`` (e.g. a filtered list)."""
    return _progress(db, "articles", article_ids)


def event_progress(db: sqlite_utils.Database, event_ids: Iterable[int] | None = None) -> Progress:
    return _progress(db, "events", event_ids)


def _progress(db: sqlite_utils.Database, table: str, ids: Iterable[int] | None) -> Progress:
    sql = f"SELECT status, count(*) FROM {table}"
    counts: dict[str, int] = {}
    if ids is None:
        chunks: list[list[int]] = [[]]
    else:
        ids = list(ids)
        if not ids:
            return Progress({})
        chunks = [ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    for chunk in chunks:
        where = f" WHERE id IN ({','.join('?' * len(chunk))})" if chunk else ""
        for status, n in db.execute(sql + where + " GROUP BY status", chunk):
            counts[status] = counts.get(status, 0) + n
    return Progress(dict(sorted(counts.items())))
