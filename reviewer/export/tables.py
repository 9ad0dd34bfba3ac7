"""Rows of the companion files: ``claims.csv``, ``conflicts.csv``, ``sources.csv``.

Claims and conflicts are limited to the exported events (their queries join
``events e`` under the same filter as ``events.csv``), so the files of one
export always agree; sources are the project's whole graded outlet list.
A claim's ``credibility`` is its effective one (its own, else its report's) and
``grade`` is written as the window shows it ("B3", "–2"); a conflict lists its
member claims in ``claim_ids`` and each claim names its conflict. Each table is
described once as (column, Frictionless type) pairs, which the
writer and ``datapackage.json`` both use, and each file is one query whose cells
come out of SQLite as written (export.sql_cells).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlite_utils

from reviewer.export import sql_cells

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

# Each column's SQL where it is not the main table's own column of that name.
_CLAIM_CELLS = {
    **{name: f"c.{name}" for name, _kind in CLAIM_COLUMNS},
    "claim_id": "c.id",
    "event_id_cnty": "e.event_id_cnty",
    "outlet": "coalesce(s.name_en, s.name)",
    "end": 'c."end"',
    "source_reliability": "s.reliability",
    "credibility": "coalesce(c.credibility, r.credibility)",
    "grade": "",  # filled in by _claim_cells: the grades are data, read when first needed
    "conflict_id": (
        "(SELECT m.conflict_id FROM conflict_claims m JOIN conflicts k ON k.id = m.conflict_id"
        " WHERE m.claim_id = c.id AND k.field = c.field)"
    ),
}
_CLAIMS_FROM = """
    FROM claims c JOIN events e ON e.id = c.event_id
    JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN reports r ON r.article_id = c.article_id AND r.event_id = c.event_id
    {where}
    ORDER BY c.event_id, c.id
"""
# A conflict's claims are grouped once (m) rather than by a subquery per cell: the safe
# export's guard names a cell twice, and would run such a subquery twice.
_CONFLICT_CELLS = {
    **{name: f"k.{name}" for name, _kind in CONFLICT_COLUMNS},
    "conflict_id": "k.id",
    "event_id_cnty": "e.event_id_cnty",
    "claim_ids": "m.claim_ids",
    "n_claims": "coalesce(m.n_claims, 0)",
}
_CONFLICTS_FROM = """
    FROM conflicts k JOIN events e ON e.id = k.event_id
    LEFT JOIN (
        SELECT conflict_id, group_concat(claim_id, '; ') AS claim_ids, count(*) AS n_claims
        FROM (SELECT conflict_id, claim_id FROM conflict_claims ORDER BY conflict_id, claim_id)
        GROUP BY conflict_id
    ) m ON m.conflict_id = k.id
    {where}
    ORDER BY k.event_id, k.id
"""
_SOURCE_CELLS = {
    **{name: f"s.{name}" for name, _kind in SOURCE_COLUMNS},
    "source_id": "s.id",
    "n_articles": "(SELECT count(*) FROM articles a WHERE a.source_id = s.id)",
}
_SOURCES_FROM = "FROM sources s ORDER BY s.id"


def _claim_cells() -> dict[str, str]:
    grade = sql_cells.grade("s.reliability", _CLAIM_CELLS["credibility"])
    return {**_CLAIM_CELLS, "grade": grade}


def claim_rows(db: sqlite_utils.Database, where: EventWhere, *, guard: bool) -> Iterator[tuple]:
    """``claims.csv`` rows, text cells guarded for spreadsheets when ``guard``."""
    sql, params = where
    select = sql_cells.select_list(CLAIM_COLUMNS, _claim_cells(), guard=guard)
    return db.execute(f"SELECT {select} {_CLAIMS_FROM.format(where=sql)}", params)


def conflict_rows(db: sqlite_utils.Database, where: EventWhere, *, guard: bool) -> Iterator[tuple]:
    sql, params = where
    select = sql_cells.select_list(CONFLICT_COLUMNS, _CONFLICT_CELLS, guard=guard)
    return db.execute(f"SELECT {select} {_CONFLICTS_FROM.format(where=sql)}", params)


def source_rows(db: sqlite_utils.Database, *, guard: bool) -> Iterator[tuple]:
    select = sql_cells.select_list(SOURCE_COLUMNS, _SOURCE_CELLS, guard=guard)
    return db.execute(f"SELECT {select} {_SOURCES_FROM}")


def count(db: sqlite_utils.Database, table: str, where: EventWhere | None = None) -> int:
    """Rows of ``table``; of the exported events' only when ``where`` is given."""
    if where is None:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    sql, params = where
    return db.execute(
        f"SELECT count(*) FROM {table} t JOIN events e ON e.id = t.event_id{sql}", params
    ).fetchone()[0]
