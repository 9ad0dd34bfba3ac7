"""Checking a project file: SQLite's own checks plus the rules only we know.

SQLite can tell whether pages and indexes are sound and whether foreign keys
point somewhere. It cannot tell whether an evidence span still points at the
words it quotes: offsets are code points into the article text, which never
changes after import, so a span outside its article or a quote that differs
from ``text[start:end]`` means something wrote around the application's rules.
``check`` finds all of these and returns them; it never changes anything.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import sqlite_utils

from reviewer.storage.schema import APPLICATION_ID, SCHEMA_VERSION

# Offsets in SQL: SQLite's length() and substr() count characters (code points)
# of TEXT values, the same unit as Python's str indexing, so the check can run
# inside the database without loading every article into Python.
_SPAN_SQL = """
    SELECT s.id, s.article_id, s.start, s."end", s.{quote} AS quote,
           a.id IS NOT NULL AS has_article, length(a.text) AS length,
           substr(a.text, s.start + 1, s."end" - s.start) AS actual
    FROM {table} s LEFT JOIN articles a ON a.id = s.article_id
    WHERE a.id IS NULL
       OR s.start IS NULL OR s."end" IS NULL
       OR s.start < 0 OR s."end" <= s.start OR s."end" > length(a.text)
       OR substr(a.text, s.start + 1, s."end" - s.start) IS NOT s.{quote}
    {where}
    ORDER BY s.id
"""
# (table, quote column, extra condition): a claim may carry no span at all.
_SPAN_TABLES = (
    ("evidence", "quote", ""),
    ("claims", "verbatim", 'AND NOT (s.start IS NULL AND s."end" IS NULL)'),
)
_MAX_SHOWN_QUOTE = 40


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file: which check found it, and what it is."""

    check: str
    detail: str

    def __str__(self) -> str:
        return f"{self.check}: {self.detail}"


def check(db: sqlite_utils.Database) -> list[Problem]:
    """Run every check and return the problems found (empty when the file is sound)."""
    problems = _integrity(db.conn)
    if problems:
        # On a damaged file the queries below can fail or mislead; report the damage.
        return problems
    problems += _schema(db.conn)
    problems += _foreign_keys(db.conn)
    tables = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master")}
    for table, quote, where in _SPAN_TABLES:
        if table in tables:
            problems += _spans(db.conn, table, quote, where)
    return problems


def _integrity(conn: sqlite3.Connection) -> list[Problem]:
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check(100)")]
    except sqlite3.DatabaseError as exc:
        return [Problem("integrity", str(exc))]
    return [] if rows == ["ok"] else [Problem("integrity", row) for row in rows]


def _schema(conn: sqlite3.Connection) -> list[Problem]:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    problems = []
    if app_id != APPLICATION_ID:
        problems.append(Problem("schema", f"application id {app_id:#x} is not reviewer's"))
    if version < SCHEMA_VERSION:
        problems.append(
            Problem(
                "schema",
                f"version {version} is older than {SCHEMA_VERSION}; opening it in reviewer "
                "migrates it (after a backup)",
            )
        )
    elif version > SCHEMA_VERSION:
        problems.append(
            Problem("schema", f"version {version} is newer than this reviewer ({SCHEMA_VERSION})")
        )
    return problems


def _foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    return [
        Problem("foreign key", f"{table} row {rowid} points to a missing {parent} row")
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
    ]


def _spans(conn: sqlite3.Connection, table: str, quote: str, where: str) -> list[Problem]:
    cursor = conn.execute(_SPAN_SQL.format(table=table, quote=quote, where=where))
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor]
    return [Problem(f"{table} span", _describe(table, row)) for row in rows]


def _describe(table: str, row: dict) -> str:
    where = f"{table} {row['id']} (article {row['article_id']}, {row['start']}-{row['end']})"
    if not row["has_article"]:
        return f"{where}: the article does not exist"
    if row["start"] is None or row["end"] is None:
        return f"{where}: only one end of the span is set"
    if row["start"] < 0 or row["end"] <= row["start"]:
        return f"{where}: not a span (start must be >= 0 and below end)"
    if row["end"] > row["length"]:
        return f"{where}: ends after the article's last character ({row['length']})"
    return (
        f"{where}: quote {_short(row['quote'])} does not match the article text "
        f"{_short(row['actual'])}"
    )


def _short(text: str | None) -> str:
    if text is None:
        return "(none)"
    text = text.replace("\n", " ")
    if len(text) > _MAX_SHOWN_QUOTE:
        text = text[:_MAX_SHOWN_QUOTE] + "…"
    return repr(text)
