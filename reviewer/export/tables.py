"""Rows of the companion files: ``claims.csv``, ``conflicts.csv``, ``sources.csv``.

Claims and conflicts are limited to the exported events (their queries join
``events e`` under the same filter as ``events.csv``), so the files of one
export always agree; sources are the project's whole graded outlet list.
A claim's ``credibility`` is its effective one (its own, else its report's) and
``grade`` is written as the window shows it ("B3", "–2"); a conflict lists its
member claims in ``claim_ids`` and each claim names its conflict. Each table is
described once as (column, Frictionless type) pairs, which the
writer and ``datapackage.json`` both use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from reviewer.reliability import format_grade

Columns = tuple[tuple[str, str], ...]
# The export's event filter as SQL on ``events e`` (events.event_where).
EventWhere = tuple[str, list[Any]]

CLAIM_COLUMNS: Columns = (
    ("claim_id", "integer"), ("event_id_cnty", "string"), ("article_id", "integer"),
    ("outlet", "string"), ("field", "string"), ("value_text", "string"),
    ("verbatim", "string"), ("low", "integer"), ("best", "integer"), ("high", "integer"),
    ("qualifier", "string"), ("start", "integer"), ("end", "integer"),
    ("source_reliability", "string"), ("credibility", "integer"), ("grade", "string"),
    ("speaker", "string"), ("speaker_kind", "string"), ("stance", "string"),
    ("conflict_id", "integer"), ("created_by", "string"), ("created_at", "string"),
)  # fmt: skip
# Who says a claim (reviewer.suggest.attribution): described in datapackage.json.
CLAIM_FIELD_NOTES: dict[str, dict[str, Any]] = {
    "credibility": {"description": "the claim's own credibility, else its report's (1-6)"},
    "grade": {
        "description": "outlet reliability and credibility as the window shows them (B3, –2)"
    },
    "conflict_id": {"description": "the conflict of this claim's field, when its claims disagree"},
    "speaker": {
        "description": (
            "who the article says makes the claim, in its words;"
            " empty: the outlet's own voice or not recorded"
        )
    },
    "speaker_kind": {
        "description": (
            "outlet (its own voice), party (an official or a party to the fighting,"
            " state media), monitor, local (local or anonymous sources), social (social media)"
        ),
        "constraints": {"enum": ["outlet", "party", "monitor", "local", "social"]},
    },
    "stance": {
        "description": (
            "how the speaker makes the claim: asserts, denies, confirms,"
            " intends (an intention or threat), hearsay (passed on as unverified)"
        ),
        "constraints": {"enum": ["asserts", "denies", "confirms", "intends", "hearsay"]},
    },
}
# A conflict is one field of one event with all its claims (storage.conflicts).
CONFLICT_FIELD_NOTES: dict[str, dict[str, Any]] = {
    "claim_ids": {"description": "every claim on the field, claim_id values joined by '; '"},
    "n_claims": {"description": "how many claims the disagreement holds"},
    "status": {
        "description": "open, or the one decision that closed it",
        "constraints": {"enum": ["open", "resolved", "dismissed", "accepted"]},
    },
}
CONFLICT_COLUMNS: Columns = (
    ("conflict_id", "integer"), ("event_id_cnty", "string"), ("field", "string"),
    ("claim_ids", "string"), ("n_claims", "integer"), ("origin", "string"),
    ("status", "string"), ("resolution_value", "string"), ("resolution_low", "integer"),
    ("resolution_best", "integer"), ("resolution_high", "integer"), ("rationale", "string"),
    ("resolved_by", "string"), ("resolved_at", "string"), ("created_by", "string"),
    ("created_at", "string"),
)  # fmt: skip
SOURCE_COLUMNS: Columns = (
    ("source_id", "integer"), ("name", "string"), ("name_en", "string"),
    ("name_ar", "string"), ("url", "string"), ("reliability", "string"), ("scale", "string"),
    ("n_articles", "integer"),
)  # fmt: skip

_CLAIMS_SQL = """
    SELECT c.id AS claim_id, e.event_id_cnty, c.article_id,
           coalesce(s.name_en, s.name) AS outlet, c.field, c.value_text, c.verbatim,
           c.low, c.best, c.high, c.qualifier, c.start, c."end",
           s.reliability AS source_reliability,
           coalesce(c.credibility, r.credibility) AS credibility,
           c.speaker, c.speaker_kind, c.stance,
           (SELECT m.conflict_id FROM conflict_claims m JOIN conflicts k ON k.id = m.conflict_id
            WHERE m.claim_id = c.id AND k.field = c.field) AS conflict_id,
           c.created_by, c.created_at
    FROM claims c JOIN events e ON e.id = c.event_id
    JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN reports r ON r.article_id = c.article_id AND r.event_id = c.event_id
    {where}
    ORDER BY c.event_id, c.id
"""
_CONFLICTS_SQL = """
    SELECT k.id AS conflict_id, e.event_id_cnty, k.field,
           (SELECT group_concat(claim_id, '; ') FROM (SELECT claim_id FROM conflict_claims m
               WHERE m.conflict_id = k.id ORDER BY claim_id)) AS claim_ids,
           (SELECT count(*) FROM conflict_claims m WHERE m.conflict_id = k.id) AS n_claims,
           k.origin,
           k.status, k.resolution_value, k.resolution_low, k.resolution_best,
           k.resolution_high, k.rationale, k.resolved_by, k.resolved_at, k.created_by,
           k.created_at
    FROM conflicts k JOIN events e ON e.id = k.event_id
    {where}
    ORDER BY k.event_id, k.id
"""
_SOURCES_SQL = """
    SELECT s.id AS source_id, s.name, s.name_en, s.name_ar, s.url, s.reliability, s.scale,
           (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS n_articles
    FROM sources s ORDER BY s.id
"""


def claim_rows(db: sqlite_utils.Database, where: EventWhere) -> Iterator[list[str]]:
    sql, params = where
    for row in db.query(_CLAIMS_SQL.format(where=sql), params):
        grade = format_grade(row["source_reliability"], row["credibility"])
        yield cells({**row, "grade": grade}, CLAIM_COLUMNS)


def conflict_rows(db: sqlite_utils.Database, where: EventWhere) -> Iterator[list[str]]:
    sql, params = where
    for row in db.query(_CONFLICTS_SQL.format(where=sql), params):
        yield cells(row, CONFLICT_COLUMNS)


def source_rows(db: sqlite_utils.Database) -> Iterator[list[str]]:
    for row in db.query(_SOURCES_SQL):
        yield cells(row, SOURCE_COLUMNS)


def cells(row: dict[str, Any], columns: Columns) -> list[str]:
    """Plain string cells in column order: empty for NULL, integers without a decimal point."""
    out = []
    for name, kind in columns:
        value = row.get(name)
        if value is None:
            out.append("")
        elif kind == "integer":
            out.append(str(int(value)))
        else:
            out.append(str(value))
    return out


def count(db: sqlite_utils.Database, table: str, where: EventWhere | None = None) -> int:
    """Rows of ``table``; of the exported events' only when ``where`` is given."""
    if where is None:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    sql, params = where
    return db.execute(
        f"SELECT count(*) FROM {table} t JOIN events e ON e.id = t.event_id{sql}", params
    ).fetchone()[0]
