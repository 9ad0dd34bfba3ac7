"""Local rows as server records and back: identities instead of local ids.

A record on the server is one row of a local table, as JSON, keyed by its
global ``uid``. Local integer ids mean nothing on another laptop, so every
foreign key is written as the identity of the row it points to: an article's
content hash, an outlet's name, or the uid of any other record. Which columns
are foreign keys is read from the schema (``PRAGMA foreign_key_list``), so a
table or column another change adds travels without code here.

Review fields of an event are not part of its record: a review is the
server's own table (four eyes are enforced there), applied on top when pulled.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import sqlite_utils

from reviewer.storage.introspect import IMPLICIT_REFERENCES, foreign_keys, table_columns

# Tables that travel as records (those with a uid), in an order parents-first,
# except those that travel their own way: outlets are shared by name (not
# owned), assignments are the server's own table.
_NOT_RECORDS = {"sources", "assignments", "project_identity", "analysts"}
# The column naming who made a row, where it is not ``created_by``.
OWNER_COLUMNS = {
    "suggestion_rejections": "rejected_by",
    "event_pairings": "set_by",
    "adjudications": "adjudicated_by",
}
# Local-only columns: the local id, the optimistic-lock counter and its time stamp
# (the server keeps its own); review fields are handled below.
_LOCAL_COLUMNS = {"id", "version", "updated_at"}
REVIEW_COLUMNS = ("status", "reviewed_by", "reviewed_at")  # the last two never travel


@dataclass(frozen=True)
class Shape:
    """What a local table looks like to the sync: its columns and references."""

    table: str
    columns: tuple[str, ...]
    references: dict[str, str]  # column -> referenced table
    owner_column: str | None
    article_column: str | None  # the column tying a row to its article, if any
    event_column: str | None
    stamped: bool  # has a local ``updated_at``, set when a pulled change is applied


def shapes(db: sqlite_utils.Database) -> list[Shape]:
    """Every table that travels as records, parents before children (read from the schema:
    a few PRAGMAs, once per push or pull)."""
    from graphlib import TopologicalSorter

    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'sync_%'"
        )
    ]
    found: dict[str, Shape] = {}
    for table in names:
        columns = table_columns(db, table)
        if "uid" not in columns or table in _NOT_RECORDS:
            continue
        references = {column: ref for ref, column, _ in foreign_keys(db, table)}
        for column, target in IMPLICIT_REFERENCES.items():  # ids kept without a declared key
            if column in columns and column not in references and target != table:
                references[column] = target
        owner = OWNER_COLUMNS.get(table, "created_by" if "created_by" in columns else None)
        article = "article_id" if references.get("article_id") == "articles" else None
        event = (
            "id"
            if table == "events"
            else ("event_id" if references.get("event_id") == "events" else None)
        )
        found[table] = Shape(
            table,
            tuple(c for c in columns if c not in _LOCAL_COLUMNS),
            references,
            owner,
            article,
            event,
            "updated_at" in columns,
        )
    graph = {
        t: {r for r in s.references.values() if r in found and r != t} for t, s in found.items()
    }
    return [found[t] for t in TopologicalSorter(graph).static_order()]


@cache
def _identity_sql(table: str) -> str:
    key = {"articles": "content_hash", "sources": "name"}.get(table, "uid")
    return f'SELECT "{key}" FROM "{table}" WHERE rowid = ?'


@cache
def _local_sql(table: str) -> str:
    key = {"articles": "content_hash", "sources": "name"}.get(table, "uid")
    return f'SELECT rowid FROM "{table}" WHERE "{key}" = ?'


def encode(db: sqlite_utils.Database, shape: Shape, row: dict[str, Any]) -> dict[str, Any] | None:
    """The record of a local row; None when a row it points to has no identity."""
    out: dict[str, Any] = {}
    for column in shape.columns:
        value = row.get(column)
        ref = shape.references.get(column)
        if ref is not None and value is not None:
            found = db.execute(_identity_sql(ref), [value]).fetchone()
            if found is None or found[0] is None:
                return None
            value = found[0]
        out[column] = value
    if shape.table == "events":
        for column in REVIEW_COLUMNS[1:]:
            out.pop(column, None)
        if out.get("status") == "reviewed":
            out["status"] = "coded"
    return out


def decode(db: sqlite_utils.Database, shape: Shape, record: dict[str, Any]) -> dict[str, Any]:
    """A local row from a record; raises ``MissingParent`` naming what is not here yet."""
    out: dict[str, Any] = {}
    for column, value in record.items():
        if column not in shape.columns:
            continue  # a column this version does not have, or a local-only one
        ref = shape.references.get(column)
        if ref is not None and value is not None:
            found = db.execute(_local_sql(ref), [value]).fetchone()
            if found is None:
                raise MissingParent(ref, value)
            value = found[0]
        out[column] = value
    return out


class MissingParent(Exception):
    def __init__(self, table: str, identity: str) -> None:
        super().__init__(f"{table} {identity}")
        self.table, self.identity = table, identity


def digest(record: dict[str, Any]) -> str:
    """A fingerprint of a record, to tell whether it changed since the last sync."""
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()
