"""Bringing a colleague's project into this one (``reviewer merge OTHER.sqlite``).

Records are matched by identity, never by local id: articles by the hash of
their text, outlets, analysts and project actors by name, every other record
by its global ``uid`` (schema 5). A record already here is left exactly as it
is — a merge never overwrites this project's work — and is not brought in
twice, so merging the same file again adds nothing. The one exception is the
"my coding is done" mark of an assignment, which only ever goes from not done
to done: taking it is how a colleague's finished coding unblinds an article.

Which tables are merged, and how their references are translated, is read
from the schema itself (``PRAGMA foreign_key_list``), so a table another
change adds is carried along with every column both files have, as long as it
has a ``uid`` (or a key listed in ``NATURAL_KEYS``). An event keeps its readable
code (RVW12) unless this project already uses it; then it gets this project's
next free code and the report says so.

The colleague's own audit rows (and those merged into it earlier) land in
``merged_audit``, keyed by their project of origin, so the history of a record
travels with it, onward merges (A→B→C) do not duplicate it, and this project's
own append-only log is never written by anyone but its triggers.

The other file is opened read-only, with SQLite's ``immutable`` flag when no
write-ahead log lies beside it (so a file on read-only media or in a mail
folder works and is left byte for byte as it was). A file of an older schema
is copied to a temporary file and migrated there; a newer schema is refused.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from graphlib import TopologicalSorter
from pathlib import Path
from typing import Any

import sqlite_utils

from reviewer.errors import DatabaseTooNew, NotAReviewerDatabase, ReviewerError
from reviewer.messages import Message, Summary, table_name
from reviewer.project import Project
from reviewer.search_index import index_article
from reviewer.storage.clock import now_iso
from reviewer.storage.database import BUSY_TIMEOUT_MS, open_database
from reviewer.storage.events import free_event_code, next_event_id
from reviewer.storage.introspect import IMPLICIT_REFERENCES, foreign_keys, table_columns
from reviewer.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from reviewer.team.analysts import project_uid

# Identity of rows in tables that have no uid, or whose name is their identity.
NATURAL_KEYS = {
    "articles": ("content_hash",),
    "sources": ("name",),
    "analysts": ("name",),
    "custom_actors": ("name",),
    "assignments": ("article_id", "analyst"),
    "reports": ("article_id", "event_id"),
    "event_pairings": ("article_id", "event_id"),
    "article_metadata": ("article_id", "field"),
}
# Never merged row by row: the log (handled apart), settings of this project, indexes,
# and the sync bookkeeping of this laptop.
_SKIPPED = {
    "audit_log", "merged_audit", "project_settings", "project_identity",
    "sync_servers", "sync_records", "sync_conflicts",
}  # fmt: skip


@dataclass
class MergeResult:
    """What a merge brought in, table by table."""

    source: str
    added: Counter = field(default_factory=Counter)
    already_here: Counter = field(default_factory=Counter)
    renamed_codes: list[tuple[str, str]] = field(default_factory=list)
    marked_done: int = 0
    audit_rows: int = 0
    grade_differences: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return not (sum(self.added.values()) or self.marked_done or self.audit_rows)

    def summary(self) -> Summary:
        """What the command line prints and the window shows, one ``Message`` per line."""
        lines: list[str] = []
        if self.nothing_new:
            lines.append(Message("merge.nothing_new"))
        for table, count in sorted(self.added.items()):
            lines.append(Message("merge.added", table=table_name(table), count=count))
        if self.marked_done:
            lines.append(Message("merge.marked_done", count=self.marked_done))
        if self.audit_rows:
            lines.append(Message("merge.history", count=self.audit_rows))
        for old, new in self.renamed_codes:
            lines.append(Message("merge.renamed_code", old=old, new=new))
        lines.extend(self.grade_differences)
        return Summary(Message("merge.summary", path=self.source), lines)


def merge_project(project: Project, other_path: str | Path) -> MergeResult:
    """Merge the project file at ``other_path`` into ``project``; all or nothing."""
    other_path = Path(other_path)
    with _opened_other(other_path) as other:
        if project_uid(other) == project_uid(project.db):
            raise ReviewerError(Message("merge.same_project", path=other_path))
        result = MergeResult(source=str(other_path))
        with project.db.atomic():
            _Merger(project.db, other, result).run()
    return result


class _opened_other:
    """Context manager: the other project, read-only and at this schema version."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._db: sqlite_utils.Database | None = None

    def __enter__(self) -> sqlite_utils.Database:
        conn = _connect_read_only(self.path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            conn.close()
            raise NotAReviewerDatabase(Message("merge.not_project", path=self.path))
        if version > SCHEMA_VERSION:
            conn.close()
            raise DatabaseTooNew(
                Message("merge.too_new", path=self.path, version=version, supported=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            self._tmp = tempfile.TemporaryDirectory(prefix="reviewer-merge-")
            copy = Path(self._tmp.name) / "other.sqlite"
            target = sqlite3.connect(copy)
            conn.backup(target)
            target.close()
            conn.close()
            self._db = open_database(copy)
        else:
            self._db = sqlite_utils.Database(conn)
        return self._db

    def __exit__(self, *exc: object) -> None:
        if self._db is not None:
            self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ReviewerError(Message("db.missing", path=path))
    wal = path.with_name(path.name + "-wal")
    flag = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?{flag}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise NotAReviewerDatabase(Message("merge.unreadable", path=path, reason=str(exc))) from exc
    return conn


class _Merger:
    def __init__(
        self, db: sqlite_utils.Database, other: sqlite_utils.Database, result: MergeResult
    ) -> None:
        self.db, self.other, self.result = db, other, result
        # other's id -> this project's id, per table
        self.ids: dict[str, dict[Any, Any]] = defaultdict(dict)
        self._added_events: set[int] = set()  # events brought in by this merge
        self._claimed_events: set[int] = set()  # events here that gained claims

    def run(self) -> None:
        for table in self._tables_in_order():
            self._merge_table(table)
        self._merge_audit()
        self._redetect()

    def _redetect(self) -> None:
        """Events already here that gained a colleague's claims: bring their conflicts up to date.

        Their conflict rows could not come across (one conflict per event and field,
        and this project's stands), so the new claims join it here.
        """
        from reviewer.storage.conflicts import detect_conflicts

        new_events = set(self.ids["events"].values()) - self._added_events
        for event_id in sorted(new_events & self._claimed_events):
            detect_conflicts(self.db, event_id)

    # -- tables ------------------------------------------------------------------

    def _tables_in_order(self) -> list[str]:
        ours, theirs = _tables(self.db), _tables(self.other)
        candidates = {
            t
            for t in ours & theirs
            if t not in _SKIPPED
            and (
                t in NATURAL_KEYS or "uid" in table_columns(self.db, t) or _no_rowid_key(self.db, t)
            )
        }
        # Analysts first: the tables naming them (created_by, coded_by, ...) add a name by
        # trigger, which would record it as first seen now and the row as already here.
        # Sorted, so that the order (and the summary) does not follow the set's hash order.
        first = {"analysts"} & candidates
        graph = {
            t: ({ref for ref, _, _ in foreign_keys(self.db, t)} & candidates) | (first - {t})
            for t in sorted(candidates)
        }
        return list(TopologicalSorter(graph).static_order())

    def _merge_table(self, table: str) -> None:
        columns = [
            c for c in table_columns(self.other, table) if c in table_columns(self.db, table)
        ]
        has_id = "id" in columns
        key = NATURAL_KEYS.get(table) or (("uid",) if "uid" in columns else None)
        fks = {column: ref for ref, column, _ in foreign_keys(self.db, table)}
        if table != "events":
            for column, ref in IMPLICIT_REFERENCES.items():
                if column in columns and column not in fks and ref != table:
                    fks[column] = ref
        select = ", ".join(["rowid AS _rowid", *(f'"{c}"' for c in columns)])
        for row in self.other.query(f'SELECT {select} FROM "{table}" ORDER BY rowid'):
            their_rowid = row.pop("_rowid")
            if not self._translate(row, fks):
                continue  # its parent did not come across (e.g. a dangling reference)
            if key:
                local = self._find(table, key, row)
                if local is not None:
                    self.ids[table][row.get("id", their_rowid)] = local
                    self.result.already_here[table] += 1
                    if table == "assignments":
                        self._take_done_mark(local, row)
                    elif table == "sources":
                        self._compare_grade(local, row)
                    continue
            their_id = row.get("id", their_rowid)
            if has_id:
                del row["id"]
            if table == "events":
                self._prepare_event(row)
            try:
                new_id = self._insert(table, row)
            except sqlite3.IntegrityError:
                self.result.already_here[table] += 1
                continue
            if new_id is None:
                self.result.already_here[table] += 1
                continue
            self.ids[table][their_id] = new_id
            self.result.added[table] += 1
            if table == "events":
                self._added_events.add(new_id)
            elif table == "claims":
                self._claimed_events.add(row["event_id"])
            if table == "articles":
                index_article(self.db, new_id, row["title"], row["text"])

    def _translate(self, row: dict[str, Any], fks: dict[str, str]) -> bool:
        for column, ref in fks.items():
            value = row.get(column)
            if value is None:
                continue
            mapped = self.ids[ref].get(value)
            if mapped is None:
                return False
            row[column] = mapped
        return True

    def _find(self, table: str, key: tuple[str, ...], row: dict[str, Any]) -> Any:
        if any(row.get(k) is None for k in key):
            return None
        where = " AND ".join(f'"{k}" = ?' for k in key)
        found = self.db.execute(
            f'SELECT rowid FROM "{table}" WHERE {where}', [row[k] for k in key]
        ).fetchone()
        return found[0] if found else None

    def _insert(self, table: str, row: dict[str, Any]) -> int | None:
        names = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        cursor = self.db.execute(
            f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', list(row.values())
        )
        return cursor.lastrowid if cursor.rowcount else None

    def _prepare_event(self, row: dict[str, Any]) -> None:
        row["id"] = next_event_id(self.db)
        code = row.get("event_id_cnty")
        taken = (
            code
            and self.db.execute("SELECT 1 FROM events WHERE event_id_cnty = ?", [code]).fetchone()
        )
        if taken or not code:
            new_code = free_event_code(self.db, row["id"])
            if code:
                self.result.renamed_codes.append((code, new_code))
            row["event_id_cnty"] = new_code

    def _take_done_mark(self, local_id: int, row: dict[str, Any]) -> None:
        if not row.get("done_at"):
            return
        cursor = self.db.execute(
            "UPDATE assignments SET done_at = ? WHERE id = ? AND done_at IS NULL",
            [row["done_at"], local_id],
        )
        self.result.marked_done += cursor.rowcount

    def _compare_grade(self, local_id: int, row: dict[str, Any]) -> None:
        ours = self.db.execute(
            "SELECT reliability FROM sources WHERE id = ?", [local_id]
        ).fetchone()
        theirs = row.get("reliability")
        if theirs and ours and ours[0] != theirs:
            self.result.grade_differences.append(
                Message(
                    "merge.grade_differs", outlet=row["name"], theirs=theirs, ours=ours[0] or "–"
                )
            )

    # -- history -----------------------------------------------------------------

    def _merge_audit(self) -> None:
        here = project_uid(self.db)
        origin = project_uid(self.other)
        stamp = now_iso()
        uids = self._their_uids()
        rows = [
            (origin, *row)
            for row in self.other.execute(
                "SELECT id, at, user, table_name, row_id, event_id, action, old_values,"
                " new_values, hash FROM audit_log ORDER BY id"
            )
        ]
        rows += list(
            self.other.execute(
                "SELECT origin, origin_id, at, user, table_name, row_id, event_id, action,"
                " old_values, new_values, hash FROM merged_audit WHERE origin != ? ORDER BY id",
                [here],
            )
        )
        for (
            origin_name,
            origin_id,
            at,
            user,
            table,
            row_id,
            event_id,
            action,
            old,
            new,
            chain,
        ) in rows:
            if origin_name == here:
                continue
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO merged_audit (origin, origin_id, at, user, table_name,"
                " row_uid, row_id, event_id, action, old_values, new_values, hash, merged_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    origin_name,
                    origin_id,
                    at,
                    user,
                    table,
                    uids.get((table, row_id)),
                    self.ids[table].get(row_id),
                    self.ids["events"].get(event_id),
                    action,
                    old,
                    new,
                    chain,
                    stamp,
                ],
            )
            self.result.audit_rows += cursor.rowcount

    def _their_uids(self) -> dict[tuple[str, int], str]:
        out = {}
        for table in _tables(self.other):
            if "uid" in table_columns(self.other, table) and "id" in table_columns(
                self.other, table
            ):
                for row_id, uid in self.other.execute(f'SELECT id, uid FROM "{table}"'):
                    out[(table, row_id)] = uid
        return out


def audit_json(value: str | None) -> dict[str, Any]:
    return json.loads(value) if value else {}


def _tables(db: sqlite_utils.Database) -> set[str]:
    rows = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        " AND name NOT LIKE 'article_search%'"
    )
    return {row[0] for row in rows}


def _no_rowid_key(db: sqlite_utils.Database, table: str) -> bool:
    """A table whose rows hang off merged records and are keyed by them (no id, no uid)."""
    return "id" not in table_columns(db, table) and bool(foreign_keys(db, table))
