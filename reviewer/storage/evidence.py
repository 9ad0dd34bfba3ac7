"""Evidence spans: the words of an article that a field of an event was coded from.

A span is stored as code-point offsets into the article text (which never changes
after import) plus the quoted words themselves. The quote is checked against the
text on the way in, so a span can never point at words it does not quote — an
offset bug anywhere upstream (a UTF-16 position from Qt, say) is refused here
instead of being stored.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from reviewer.errors import ReviewerError, ValidationError
from reviewer.messages import Message
from reviewer.storage.clock import now_iso
from reviewer.storage.events import EDITABLE_FIELDS, articles_reporting
from reviewer.storage.inserted import inserted_id

EVIDENCE_FIELDS = tuple(field for field in EDITABLE_FIELDS if field != "status")


@dataclass(frozen=True)
class Evidence:
    id: int
    event_id: int
    article_id: int
    field: str
    start: int
    end: int
    quote: str
    created_by: str | None
    created_at: str
    uid: str | None = None  # global id (schema 5), for merging projects


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start..end`` past whitespace at either end.

    A mouse selection often takes the space after a word; the evidence is the word.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def attach_evidence(
    db: sqlite_utils.Database,
    event_id: int,
    article_id: int,
    field: str,
    start: int,
    end: int,
    *,
    quote: str | None = None,
    user: str | None = None,
) -> int:
    """Attach ``article.text[start:end]`` to ``field`` of the event; return the span's id.

    Idempotent: attaching the same span to the same field again returns the first id.
    """
    if field not in EVIDENCE_FIELDS:
        raise ValidationError(field, Message("evidence.not_a_field"))
    text = _article_text(db, article_id)
    if not 0 <= start < end <= len(text):
        raise ValidationError(
            field,
            Message("evidence.outside", start=start, end=end, article=article_id, length=len(text)),
        )
    actual = text[start:end]
    if quote is not None and quote != actual:
        raise ValidationError(
            field,
            Message(
                "evidence.quote_mismatch",
                quote=repr(quote),
                start=start,
                end=end,
                actual=repr(actual),
            ),
        )
    if article_id not in articles_reporting(db, event_id):
        raise ValidationError(
            field, Message("evidence.not_reporting", article=article_id, event=event_id)
        )
    existing = db.execute(
        """SELECT id FROM evidence WHERE event_id = ? AND article_id = ? AND field = ?
           AND start = ? AND end = ?""",
        [event_id, article_id, field, start, end],
    ).fetchone()
    if existing:
        return existing[0]
    return inserted_id(
        db.execute(
            """INSERT INTO evidence (event_id, article_id, field, start, end, quote, created_by,
           created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [event_id, article_id, field, start, end, actual, user, now_iso()],
        )
    )


def list_evidence(
    db: sqlite_utils.Database,
    event_id: int,
    *,
    article_id: int | None = None,
    field: str | None = None,
) -> list[Evidence]:
    """The event's spans, optionally of one article and/or one field, in text order."""
    sql = "SELECT * FROM evidence WHERE event_id = ?"
    params: list = [event_id]
    if article_id is not None:
        sql += " AND article_id = ?"
        params.append(article_id)
    if field is not None:
        sql += " AND field = ?"
        params.append(field)
    rows = db.query(sql + " ORDER BY article_id, start, end, id", params)
    return [Evidence(**row) for row in rows]


def get_evidence(db: sqlite_utils.Database, evidence_id: int) -> Evidence:
    rows = list(db.query("SELECT * FROM evidence WHERE id = ?", [evidence_id]))
    if not rows:
        raise ReviewerError(Message("not_found.evidence", evidence=evidence_id))
    return Evidence(**rows[0])


def delete_evidence(db: sqlite_utils.Database, evidence_id: int) -> None:
    db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])


def _article_text(db: sqlite_utils.Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise ReviewerError(Message("not_found.article", article=article_id))
    return row[0]
