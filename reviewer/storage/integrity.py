"""Checking a project file: SQLite's own checks plus the rules only we know.

SQLite can tell whether pages and indexes are sound and whether foreign keys
point somewhere. It cannot tell whether an evidence span still points at the
words it quotes: offsets are code points into the article text, which never
changes after import, so a span outside its article or a quote that differs
from ``text[start:end]`` means something wrote around the application's rules.
``check`` finds all of these and returns them; it never changes anything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import sqlite_utils

from reviewer.storage.audit_chain import (
    CHAINED_COLUMNS,
    batch_digest,
    format_head,
    register_functions,
    text_digest,
    verify_chain,
)
from reviewer.storage.deferred_indexes import missing_indexes
from reviewer.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

# Offsets in SQL: SQLite's length() and substr() count characters (code points)
# of TEXT values, the same unit as Python's str indexing, so the check can run
# inside the database without loading every article into Python.
_SPAN_SQL = """
    SELECT s.id, s.article_id, s.start, s."end", s.{quote} AS quote,
           a.id IS NOT NULL AS has_article, length(a.text) AS length,
           substr(a.text, s.start + 1, s."end" - s.start) AS actual
    FROM {table} s LEFT JOIN articles a ON a.id = s.article_id
    WHERE (a.id IS NULL
       OR s.start IS NULL OR s."end" IS NULL
       OR s.start < 0 OR s."end" <= s.start OR s."end" > length(a.text)
       OR substr(a.text, s.start + 1, s."end" - s.start) IS NOT s.{quote})
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
    return check_with_head(db)[0]


def check_with_head(
    db: sqlite_utils.Database, expected_head: str | None = None
) -> tuple[list[Problem], str | None]:
    """Every check, plus the audit chain's head ``ID:HASH`` (None when it was not verified).

    ``expected_head`` is a head printed by an earlier check: the row it names
    must still carry that hash, which catches a log rewritten with the chain
    recomputed (something no check inside the file alone can see).
    """
    problems = _integrity(db.conn)
    if problems:
        # On a damaged file the queries below can fail or mislead; report the damage.
        return problems, None
    problems += _schema(db.conn)
    problems += _indexes(db.conn)
    problems += _foreign_keys(db.conn)
    tables = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master")}
    for table, quote, where in _SPAN_TABLES:
        if table in tables:
            problems += _guarded(f"{table} span", partial(_spans, db.conn, table, quote, where))
    problems += _guarded("text", lambda: stored_texts(db.conn))
    head = None
    if "text_sha256" in _columns(db.conn, "articles"):
        problems += _guarded("audit", lambda: audit_triggers_present(db.conn))
        chain, head = _chain(db.conn, expected_head)
        problems += chain
        problems += _guarded("article text", lambda: article_text_changes(db.conn))
        problems += _guarded("article text", lambda: texts_as_logged(db.conn))
    return problems, head


def _guarded(name: str, run: Callable[[], list[Problem]]) -> list[Problem]:
    """Run one check; a file so odd that its query fails is reported, not a crash."""
    try:
        return run()
    except sqlite3.Error as exc:
        return [Problem(name, f"could not be checked ({exc})")]


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


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


# --- stored texts ---------------------------------------------------------------------


def stored_texts(conn: sqlite3.Connection) -> list[Problem]:
    """Every stored text decodes as UTF-8, and every article's text matches its sha256.

    SQLite's own checks look at pages, not at values: a flipped byte inside a
    text passes them, and only fails later when something reads that row.
    Values are read as bytes here so that a bad one is named instead of
    stopping the check.
    """
    problems = []
    tables = _plain_tables(conn)
    factory = conn.text_factory
    conn.text_factory = bytes
    try:
        for table in tables:
            cursor = conn.execute(f'SELECT rowid, * FROM "{table}"')
            names = [column[0] for column in cursor.description]
            for row in cursor:
                problems += _undecodable(table, names, row)
                if table == "articles":
                    problems += _text_hash(dict(zip(names, row, strict=True)))
    finally:
        conn.text_factory = factory
    return problems


def _plain_tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables: not SQLite's own, not a virtual table or its shadow tables."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in rows
        if not name.startswith("sqlite_")
        and name not in virtual
        and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def _undecodable(table: str, names: list[str], row: tuple) -> list[Problem]:
    problems = []
    for name, value in zip(names[1:], row[1:], strict=True):
        if isinstance(value, bytes):
            try:
                value.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(
                    Problem(
                        "text",
                        f"{table} row {row[0]}, {name}: stored text is not valid UTF-8 at byte "
                        f"{exc.start} (a damaged byte)",
                    )
                )
    return problems


def _text_hash(article: dict) -> list[Problem]:
    stored = article.get("text_sha256")
    if stored is None:
        return [Problem("article text", f"article {article['id']} has no text hash")]
    if isinstance(stored, bytes):
        stored = stored.decode("utf-8", "replace")
    if text_digest(article["text"]) != stored:
        return [
            Problem(
                "article text",
                f"article {article['id']}: the text differs from the one imported (sha256)",
            )
        ]
    return []


def article_text_changes(conn: sqlite3.Connection) -> list[Problem]:
    """Audit rows showing an article's text changed: texts never change after import."""
    rows = conn.execute(
        "SELECT id, row_id FROM audit_log WHERE table_name = 'articles' AND action = 'update'"
        " AND (json_extract(old_values, '$.text') IS NOT json_extract(new_values, '$.text')"
        " OR (json_extract(old_values, '$.text_sha256') IS NOT NULL AND"
        " json_extract(old_values, '$.text_sha256')"
        " IS NOT json_extract(new_values, '$.text_sha256')))"
        " ORDER BY id"
    )
    return [
        Problem("article text", f"article {row_id}: its text was changed (audit row {audit_id})")
        for audit_id, row_id in rows
    ]


def texts_as_logged(conn: sqlite3.Connection) -> list[Problem]:
    """Every article's text hash is the one the chained log recorded at its import.

    ``stored_texts`` checks each text against its ``text_sha256``; this checks
    that pair against the log, so a text rewritten together with its hash (by a
    shell that got around the triggers) is caught too. An imported batch is
    logged as one row with ``batch_digest`` of its articles (schema 12); an
    article written another way by its own insert row, holding its text's digest.
    """
    problems = []
    batches = conn.execute(
        "SELECT id, new_values FROM audit_log"
        " WHERE table_name = 'import_batches' AND action = 'insert' ORDER BY id"
    ).fetchall()
    for audit_id, values in batches:
        batch = json.loads(values)
        first, last = batch["first_article"], batch["last_article"]
        rows = conn.execute(
            "SELECT id, text_sha256 FROM articles WHERE id BETWEEN ? AND ? ORDER BY id",
            [first, last],
        ).fetchall()
        if len(rows) != last - first + 1 or batch_digest(rows) != batch["articles_sha256"]:
            problems.append(
                Problem(
                    "article text",
                    f"articles {first}-{last}: not the texts imported (audit row {audit_id});"
                    " a text and its hash were changed, or an article removed",
                )
            )
    changed = conn.execute(
        "SELECT l.id, a.id FROM audit_log l JOIN articles a ON a.id = l.row_id"
        " WHERE l.table_name = 'articles' AND l.action = 'insert'"
        " AND json_extract(l.new_values, '$.text') LIKE 'sha256:%'"
        " AND json_extract(l.new_values, '$.text') IS NOT 'sha256:' || a.text_sha256"
        " ORDER BY l.id"
    )
    for audit_id, article_id in changed:
        problems.append(
            Problem(
                "article text",
                f"article {article_id}: not the text imported (audit row {audit_id});"
                " the text and its hash were changed",
            )
        )
    return problems


# --- the audit log ------------------------------------------------------------------------


def _indexes(conn: sqlite3.Connection) -> list[Problem]:
    """The article indexes a large import drops for its duration are there."""
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return []  # reported by the schema check
    return [
        Problem("index", f"{name} is missing (an import is running, or was stopped: opening"
                " the project builds it)")
        for name in missing_indexes(conn)
    ]  # fmt: skip


def audit_triggers_present(conn: sqlite3.Connection) -> list[Problem]:
    """The file's triggers are exactly those its schema version creates.

    The reference is built from the migrations themselves in memory, so a
    trigger added by a later migration is expected without being listed here.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        return []  # reported by the schema check; the file is not this version's
    expected = _triggers(_reference_schema(version))
    found = _triggers(conn)
    problems = []
    for name in sorted(expected.keys() - found.keys()):
        problems.append(Problem("audit", f"trigger {name} is missing (dropped?)"))
    for name in sorted(expected.keys() & found.keys()):
        if expected[name] != found[name]:
            problems.append(Problem("audit", f"trigger {name} differs from reviewer's"))
    for name in sorted(found.keys() - expected.keys()):
        problems.append(Problem("audit", f"trigger {name} is not reviewer's"))
    return problems


def _triggers(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {name: " ".join((sql or "").split()) for name, sql in rows}


def _reference_schema(version: int) -> sqlite3.Connection:
    from reviewer.storage.database import _statements

    conn = sqlite3.connect(":memory:")
    register_functions(conn, lambda: None)
    for script in MIGRATIONS[:version]:
        for statement in _statements(script):
            conn.execute(statement)
    return conn


def _chain(conn: sqlite3.Connection, expected_head: str | None) -> tuple[list[Problem], str | None]:
    columns = ", ".join(CHAINED_COLUMNS)
    try:
        rows = conn.execute(f"SELECT {columns}, hash FROM audit_log ORDER BY id")
        broken, head = verify_chain(rows)
    except sqlite3.Error as exc:
        return [Problem("audit chain", f"the log could not be read ({exc})")], None
    problems = [Problem("audit chain", text) for text in broken]
    if expected_head:
        problems += _matches_head(conn, expected_head)
    return problems, format_head(head)


def audit_head(conn: sqlite3.Connection) -> str:
    """The last audit row as ``ID:HASH`` (a backup's head, to compare a project with)."""
    row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return format_head((row[0], row[1]) if row else None)


def _matches_head(conn: sqlite3.Connection, expected: str) -> list[Problem]:
    number, _, digest = expected.partition(":")
    if not number.isdigit():
        return [Problem("audit chain", f"'{expected}' is not a head printed by check (ID:HASH)")]
    row = conn.execute("SELECT hash FROM audit_log WHERE id = ?", [int(number)]).fetchone()
    if int(number) == 0 or (row is not None and row[0] == digest):
        return []
    return [
        Problem(
            "audit chain",
            f"audit row {number} no longer carries the recorded hash: the log was rewritten",
        )
    ]
