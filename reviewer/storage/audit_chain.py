"""The audit log's tamper evidence: a hash chain, and who may append to it.

Each audit row carries ``hash = sha256(previous row's hash, "\\n", canonical row)``
— the idea of Certificate Transparency and git. Rewriting, deleting or
inserting a row anywhere but at the end breaks every later hash, which
``reviewer check`` recomputes. The triggers compute the hash themselves, via
the SQL function ``reviewer_audit_hash`` that every connection of the app
registers here, so no write path can forget it.

Who can append:

* Through the app's connection, only the audit triggers: an authorizer refuses
  at prepare time any ``INSERT INTO audit_log`` that does not come from a
  trigger named ``audit_<table>_<action>``, and any statement that creates or
  drops a trigger (migrations run before it is installed).
* A plain SQLite shell cannot write to an audited table or to the log at all:
  the triggers and the log's guard call functions only the app registers
  ("no such function"). What it *can* do is drop triggers (``check`` reports
  missing or changed triggers), register look-alike functions and recompute
  the whole chain: nothing inside one file can prevent that. Such a rewrite is
  caught only by comparing with a chain head recorded elsewhere — the line
  ``reviewer check`` prints, which ``check --audit-head`` verifies later.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

# The audit row fields the hash covers, in this order (the hash itself excluded).
CHAINED_COLUMNS = (
    "id", "at", "user", "table_name", "row_id", "event_id", "action", "old_values", "new_values",
)  # fmt: skip


def chain_hash(previous: str | None, *row: Any) -> str:
    """The hash of an audit row given its predecessor's hash (None for the first row)."""
    canonical = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{previous or ''}\n{canonical}".encode()).hexdigest()


def text_digest(value: str | bytes | None) -> str | None:
    """sha256 of a stored text as its UTF-8 bytes (how article texts are fingerprinted)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    # Encoded a slice at a time: a 20 MB article text is not copied whole (memory).
    digest = hashlib.sha256()
    for start in range(0, len(value), _DIGEST_SLICE):
        digest.update(value[start : start + _DIGEST_SLICE].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_DIGEST_SLICE = 1 << 20  # characters


def batch_digest(articles: Iterable[tuple[int, str | None]]) -> str:
    """The sha256 an import batch is logged with: its articles' ``(id, text_sha256)``.

    One audit row per batch (schema 12) instead of one per article; ``reviewer
    check`` recomputes this from the stored rows, so changing a text (and its
    hash with it) or removing an article of the batch breaks the match, and the
    batch's row cannot be changed without breaking the chain.
    """
    digest = hashlib.sha256()
    for article_id, text_sha256 in articles:
        digest.update(f"{article_id}:{text_sha256}\n".encode())
    return digest.hexdigest()


def register_functions(conn: sqlite3.Connection, user: Callable[[], str | None]) -> None:
    """Register the SQL functions the schema's triggers and migrations call (each
    connection needs them)."""
    conn.create_function("reviewer_user", 0, user)
    conn.create_function("reviewer_sha256", 1, text_digest, deterministic=True)
    conn.create_function(
        "reviewer_audit_hash", 1 + len(CHAINED_COLUMNS), chain_hash, deterministic=True
    )
    conn.create_function("reviewer_audit_valid", 2 + len(CHAINED_COLUMNS), _valid)
    # For migration 13, which refills the search index from the articles.
    conn.create_function("reviewer_index_terms", 1, _index_terms, deterministic=True)


def _index_terms(text: str | None) -> str | None:
    from reviewer.search_index import index_terms  # the index's own words, folded

    return None if text is None else index_terms(text)


def _valid(previous: str | None, *row_and_hash: Any) -> int:
    *row, stored = row_and_hash
    return int(stored == chain_hash(previous, *row))


def guard_audit_log(conn: sqlite3.Connection) -> None:
    """Let only the audit triggers append to audit_log, and nothing change the triggers."""
    conn.set_authorizer(_authorize)


_TRIGGER_DDL = {
    sqlite3.SQLITE_CREATE_TRIGGER,
    sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
    sqlite3.SQLITE_DROP_TRIGGER,
    sqlite3.SQLITE_DROP_TEMP_TRIGGER,
}
_AUDIT_TRIGGER_SUFFIXES = ("_insert", "_update", "_delete")


def _authorize(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, trigger: str | None
) -> int:
    if action == sqlite3.SQLITE_INSERT and arg1 == "audit_log":
        by_trigger = (
            trigger is not None
            and trigger.startswith("audit_")
            and trigger.endswith(_AUDIT_TRIGGER_SUFFIXES)
        )
        return sqlite3.SQLITE_OK if by_trigger else sqlite3.SQLITE_DENY
    if action in _TRIGGER_DDL:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_DROP_TABLE and arg1 == "audit_log":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and (arg1, arg2) == ("articles", "text"):
        return sqlite3.SQLITE_DENY  # an article's text never changes after import
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() == "writable_schema":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def verify_chain(rows: Iterable[tuple[Any, ...]]) -> tuple[list[str], tuple[int, str] | None]:
    """Recompute the chain over ``rows`` (CHAINED_COLUMNS then hash, in id order).

    Returns the problems (one per broken link, at most a few) and the head
    ``(id, hash)`` of the last row, or None for an empty log.
    """
    problems: list[str] = []
    previous: str | None = None
    head: tuple[int, str] | None = None
    for *row, stored in rows:
        expected = chain_hash(previous, *row)
        if stored != expected and len(problems) < _MAX_REPORTED:
            if stored is None:
                problems.append(f"audit row {row[0]} has no hash (written around the triggers)")
            else:
                problems.append(
                    f"audit row {row[0]}: hash does not follow from the rows before it "
                    "(a row was rewritten, deleted or inserted here)"
                )
        previous = stored
        head = (row[0], stored)
    return problems, head


_MAX_REPORTED = 5


def format_head(head: tuple[int, str] | None) -> str:
    """The chain head as ``ID:HASH`` ('0:' for an empty log), as check prints it."""
    return f"{head[0]}:{head[1]}" if head else "0:"
