"""Where an article's date, outlet and author came from, and the analyst's word on them.

A value read from the article's own words at import (``importing.text_metadata``)
is *inferred*: shown as such, with the words that say it, until an analyst
confirms it or corrects it. Correcting changes the article's metadata (its
``published`` or outlet), never its text. Every change is audited by the
table's triggers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.storage.clock import now_iso
from reviewer.storage.sources import get_or_create_source

CORRECTABLE = ("published", "outlet")


@dataclass(frozen=True)
class MetadataOrigin:
    """One metadata value of an article and how it is known."""

    field: str  # "published", "outlet" or "author"
    value: str | None
    origin: str  # "file", "inferred", "confirmed" or "corrected"
    start: int | None  # the evidence span in the article text, for inferred values
    end: int | None
    decided_by: str | None


def metadata_origins(db: sqlite_utils.Database, article_id: int) -> dict[str, MetadataOrigin]:
    """The recorded origins of an article's metadata, by field (none for manifest values)."""
    rows = db.execute(
        """SELECT field, value, origin, evidence_start, evidence_end, decided_by
           FROM article_metadata WHERE article_id = ? ORDER BY field""",
        [article_id],
    ).fetchall()
    return {row[0]: MetadataOrigin(*row) for row in rows}


def inferred(db: sqlite_utils.Database, article_id: int) -> list[MetadataOrigin]:
    """The article's values still waiting for an analyst: inferred, not yet confirmed."""
    origins = metadata_origins(db, article_id).values()
    return [origin for origin in origins if origin.origin == "inferred"]


def confirm_inferred(db: sqlite_utils.Database, article_id: int, user: str) -> int:
    """Mark the article's inferred date and outlet as right; returns how many were."""
    with db.atomic():
        cursor = db.execute(
            """UPDATE article_metadata SET origin = 'confirmed', decided_by = ?, decided_at = ?
               WHERE article_id = ? AND origin = 'inferred'""",
            [user, now_iso(), article_id],
        )
    return cursor.rowcount


def correct_metadata(
    db: sqlite_utils.Database,
    article_id: int,
    user: str,
    *,
    published: str | None,
    outlet: str | None,
) -> None:
    """Set the article's publication date and outlet as the analyst says (empty: not known).

    Raises ReviewerError naming the field when a value is refused.
    """
    published = (published or "").strip() or None
    outlet = " ".join((outlet or "").split()) or None
    if published is not None:
        try:
            when = date.fromisoformat(published)
        except ValueError:
            raise ReviewerError(Message("article.bad_published", value=published)) from None
        if when > date.today():
            raise ReviewerError(Message("article.published_future", date=published))
        published = when.isoformat()
    with db.atomic():
        current = db.execute(
            """SELECT a.published, s.name FROM articles a
               LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
            [article_id],
        ).fetchone()
        if current is None:
            raise ReviewerError(Message("not_found.article", article=article_id))
        recorded = metadata_origins(db, article_id)
        source_id = get_or_create_source(db, outlet) if outlet else None
        db.execute(
            "UPDATE articles SET published = ?, source_id = ? WHERE id = ?",
            [published, source_id, article_id],
        )
        stamp = now_iso()
        for field, value, before in (
            ("published", published, current[0]),
            ("outlet", outlet, current[1]),
        ):
            if value == before and field not in recorded:
                continue  # unchanged, and nothing was said about it: no record needed
            db.execute(
                """INSERT INTO article_metadata (article_id, field, value, origin, decided_by,
                       decided_at)
                   VALUES (?, ?, ?, 'corrected', ?, ?)
                   ON CONFLICT (article_id, field) DO UPDATE SET value = excluded.value,
                       origin = 'corrected', evidence_start = NULL, evidence_end = NULL,
                       decided_by = excluded.decided_by, decided_at = excluded.decided_at""",
                [article_id, field, value, user, stamp],
            )
