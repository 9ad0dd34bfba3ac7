"""``reviewer sync``: push this analyst's work to the team server, pull everyone else's.

Local-first: the project file stays the working copy, and a sync only ever
adds to it. What makes it safe to interrupt anywhere (network cut, kill -9 of
either side):

* **Push** goes in batches, each one server transaction; only after the server
  committed does the project record what was pushed (``sync_records``: the
  record's fingerprint and server version). A batch whose server commit
  happened but whose local bookkeeping was lost is simply pushed again: the
  server finds the record already as sent and changes nothing.
* **Pull** reads every change numbered after the project's cursor in one
  server snapshot, and applies them in batches, each one local transaction
  that also moves the cursor. Applying is by identity (uid, content hash), so
  a batch applied twice is applied once.
* **Nothing is overwritten silently.** A record is pushed with the server
  version it was last seen at; if someone else changed it meanwhile (two
  adjudicators on one event), the server copy is kept, the local copy too,
  and each differing field becomes a sync conflict to decide. Pulling a record
  that was edited here and not yet pushed does the same.

Identity is the server login (``session_user``): the server stamps it on
every record and audit row; what the project calls its analyst is not sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message, Summary, table_name
from reviewer.search_index import index_article
from reviewer.server import outlet_grades
from reviewer.server.admin import server_version
from reviewer.server.connect import ServerError, connect, first_line, public_url
from reviewer.server.records import (
    REVIEW_COLUMNS,
    MissingParent,
    Shape,
    decode,
    digest,
    encode,
    shapes,
)
from reviewer.server.schema import SERVER_SCHEMA_VERSION
from reviewer.storage.clock import now_iso
from reviewer.storage.database import current_user, set_user
from reviewer.storage.events import free_event_code, next_event_id
from reviewer.storage.project_settings import REQUIRE_DISTINCT_REVIEWER, get_setting, set_setting

BATCH = 500
# Project settings that are the team's: written on the server by admins only, and
# pulled into every analyst's project. (Others, like import resume notes, stay local.)
TEAM_SETTINGS = (REQUIRE_DISTINCT_REVIEWER,)


@dataclass
class SyncResult:
    server: str
    login: str = ""
    pushed: int = 0
    pulled: int = 0
    articles_pulled: int = 0
    articles_pushed: int = 0
    reviews_pushed: int = 0
    reviews_pulled: int = 0
    refused: list[Message] = field(default_factory=list)
    conflicts: list[Message] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # said, nothing to decide

    def summary(self) -> Summary:
        """What the command line prints and the window shows, one ``Message`` per line."""
        head = Message(
            "sync.summary",
            server=self.server,
            login=self.login,
            pushed=self.pushed,
            articles_pushed=self.articles_pushed,
            reviews_pushed=self.reviews_pushed,
            pulled=self.pulled,
            articles_pulled=self.articles_pulled,
            reviews_pulled=self.reviews_pulled,
        )
        details = [Message("sync.refused_line", text=text) for text in self.refused]
        details += [Message("sync.conflict_line", text=text) for text in self.conflicts]
        details += self.notes
        return Summary(head, details)


def sync(
    db: sqlite_utils.Database,
    url: str,
    *,
    batch: int = BATCH,
    after_batch: Callable[[int], None] | None = None,
    push: bool = True,
) -> SyncResult:
    """Push then pull; every batch durable on its own (see the module docstring).

    ``after_batch`` is called with the number of batches committed so far (the
    tests stop the server there, or kill the process). Without ``push``, only
    pull: a read-only replica of what this login may see (a reviewer's: all).
    """
    import psycopg

    result = SyncResult(public_url(url))
    with connect(url) as conn:
        try:
            result.login = login_of(conn)
            _check_version(conn, result.server)
            server_id = _server_row(db, result.server, result.login)
            counter = _Counter(batch, after_batch)
            if push:
                _push(db, conn, server_id, result, counter)
            _pull(db, conn, server_id, result, counter)
            db.execute(
                "UPDATE sync_servers SET last_sync_at = ?, last_error = NULL WHERE id = ?",
                [now_iso(), server_id],
            )
            db.conn.commit()
        except psycopg.Error as exc:
            _remember_error(db, result.server, first_line(exc))
            raise ServerError(
                Message("sync.stopped", server=result.server, reason=first_line(exc))
            ) from exc
    return result


def login_of(conn) -> str:
    """The server's name for whoever is connected: the identity every record carries."""
    row = conn.execute("SELECT session_user").fetchone()
    conn.commit()
    if row is None:
        raise ServerError(Message("sync.who"))
    return str(row[0])


def _check_version(conn, server: str) -> None:
    """Refuse a server whose schema is older than this version of reviewer needs."""
    version = server_version(conn)
    conn.commit()
    if version < SERVER_SCHEMA_VERSION:
        raise ServerError(
            Message("sync.server_behind", server=server, version=version,
                    wanted=SERVER_SCHEMA_VERSION)
        )  # fmt: skip


class _Counter:
    def __init__(self, size: int, hook: Callable[[int], None] | None) -> None:
        self.size, self.hook, self.done = size, hook, 0

    def batch_done(self) -> None:
        self.done += 1
        if self.hook is not None:
            self.hook(self.done)


def _server_row(db: sqlite_utils.Database, url: str, login: str) -> int:
    with db.atomic():
        db.execute(
            "INSERT INTO sync_servers (url, login) VALUES (?, ?)"
            " ON CONFLICT (url) DO UPDATE SET login = excluded.login",
            [url, login],
        )
    return db.execute("SELECT id FROM sync_servers WHERE url = ?", [url]).fetchone()[0]


def _remember_error(db: sqlite_utils.Database, url: str, message: str) -> None:
    try:
        with db.atomic():
            db.execute("UPDATE sync_servers SET last_error = ? WHERE url = ?", [message, url])
    except Exception:
        pass


# -- push ---------------------------------------------------------------------------


def _local_changes(
    db: sqlite_utils.Database, server_id: int
) -> Iterator[tuple[Shape, dict[str, Any], str, int | None]]:
    """Local records new or changed since the last sync: (shape, record, digest, base)."""
    known = {
        uid: (fingerprint, version)
        for uid, fingerprint, version in db.execute(
            "SELECT uid, digest, version FROM sync_records WHERE server_id = ?", [server_id]
        )
    }
    for shape in shapes(db):
        for row in db.query(f'SELECT rowid AS _rowid, * FROM "{shape.table}"'):
            uid = row.get("uid")
            if not uid:
                continue
            record = encode(db, shape, row)
            if record is None:
                continue
            fingerprint = digest(record)
            seen = known.get(uid)
            if seen is not None and seen[0] == _REFETCH:
                continue  # taken from the server as it is by the pull that follows
            if seen is None:
                yield shape, record, fingerprint, None
            elif seen[0] != fingerprint:
                yield shape, record, fingerprint, seen[1]


def _article_hash(db: sqlite_utils.Database, shape: Shape, record: dict[str, Any]) -> str | None:
    if shape.article_column:
        return record.get(shape.article_column)
    if shape.table == "events":
        row = db.execute(
            "SELECT a.content_hash FROM reports r JOIN articles a ON a.id = r.article_id"
            " JOIN events e ON e.id = r.event_id WHERE e.uid = ? ORDER BY r.id LIMIT 1",
            [record["uid"]],
        ).fetchone()
        return row[0] if row else None
    return None


def _push(db, conn, server_id: int, result: SyncResult, counter: _Counter) -> None:
    changes = list(_local_changes(db, server_id))
    _push_articles(db, conn, changes, result)
    for start in range(0, len(changes), counter.size):
        batch = changes[start : start + counter.size]
        done: list[tuple[str, str, str, int]] = []
        with conn.transaction():
            inserted = _insert_new(db, conn, [c for c in batch if c[3] is None])
            result.pushed += len(inserted)
            for shape, record, fingerprint, base in batch:
                outcome = inserted.get(record["uid"])
                if outcome is None:
                    outcome = _push_record(db, conn, shape, record, base, result)
                if outcome is not None:
                    done.append((shape.table, record["uid"], fingerprint, outcome))
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO sync_records (server_id, tbl, uid, origin, digest, version)"
                " VALUES (?, ?, ?, 'pushed', ?, ?) ON CONFLICT (server_id, uid) DO UPDATE"
                " SET digest = excluded.digest, version = excluded.version",
                [(server_id, t, u, f, v) for t, u, f, v in done],
            )
        counter.batch_done()
    _push_reviews(db, conn, server_id, result)
    _push_assignments(db, conn, result)
    _push_settings(db, conn, result)
    outlet_grades.push(db, conn, server_id, result)


def _insert_new(db, conn, new: list) -> dict[str, int]:
    """Records never pushed before, in one statement; returns uid -> version of those added.

    Those already on the server (an earlier push whose bookkeeping was lost) are
    left to ``_push_record``, which compares them one by one.
    """
    if not new:
        return {}
    rows = [
        (
            record["uid"],
            shape.table,
            _article_hash(db, shape, record),
            record.get(shape.event_column) if shape.event_column else None,
            json.dumps(record, ensure_ascii=False),
        )
        for shape, record, _fingerprint, _base in new
    ]
    with conn.cursor() as cursor:
        cursor.execute(
            "INSERT INTO reviewer.records (uid, tbl, article_hash, event_uid, row)"
            " SELECT uid, tbl, article_hash, event_uid, row::jsonb"
            " FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[])"
            " AS t(uid, tbl, article_hash, event_uid, row)"
            " ON CONFLICT (uid) DO NOTHING RETURNING uid, version",
            [list(column) for column in zip(*rows, strict=True)],
        )
        return dict(cursor.fetchall())


def _push_record(db, conn, shape: Shape, record: dict, base: int | None, result) -> int | None:
    """Write one record; its server version now, or None when refused or in conflict."""
    import psycopg

    uid = record["uid"]
    payload = json.dumps(record, ensure_ascii=False)
    article = _article_hash(db, shape, record)
    event = record.get(shape.event_column) if shape.event_column else None
    try:
        with conn.transaction():
            inserted = conn.execute(
                "INSERT INTO reviewer.records (uid, tbl, article_hash, event_uid, row)"
                " VALUES (%s, %s, %s, %s, %s::jsonb) ON CONFLICT (uid) DO NOTHING"
                " RETURNING version",
                [uid, shape.table, article, event, payload],
            ).fetchone()
            if inserted is not None:
                result.pushed += 1
                return inserted[0]
            current = conn.execute(
                "SELECT version, row, updated_by FROM reviewer.records WHERE uid = %s FOR UPDATE",
                [uid],
            ).fetchone()
            if current is None:
                result.refused.append(_not_yours(shape.table, uid))
                return None
            version, theirs, by = current
            if theirs == record:
                return version  # already as sent (an earlier push whose bookkeeping was lost)
            if base is not None and version != base:
                _record_conflict(db, shape.table, uid, record, theirs, by, result)
                return None
            changed = conn.execute(
                "UPDATE reviewer.records SET row = %s::jsonb WHERE uid = %s RETURNING version",
                [payload, uid],
            ).fetchone()
            if changed is None:
                result.refused.append(_not_yours(shape.table, uid))
                return None
            result.pushed += 1
            return changed[0]
    except psycopg.errors.InsufficientPrivilege as exc:
        result.refused.append(
            Message(
                "sync.refused_reason",
                table=table_name(shape.table),
                uid=uid,
                reason=first_line(exc),
            )
        )
        return None


def _record_conflict(db, table: str, uid: str, ours: dict, theirs: dict, by: str, result) -> None:
    fields = sorted(k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k))
    with db.atomic():
        for name in fields:
            db.execute(
                "INSERT OR IGNORE INTO sync_conflicts (tbl, uid, field, ours, theirs, their_by,"
                " found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [table, uid, name, _json(ours.get(name)), _json(theirs.get(name)), by, now_iso()],
            )
    said = Message(
        "sync.conflict", table=table_name(table), uid=uid, fields=", ".join(fields), by=by
    )
    if not any(known.params["uid"] == uid for known in result.conflicts):  # push, then pull
        result.conflicts.append(said)


def _not_yours(table: str, uid: str) -> Message:
    return Message("sync.not_yours", table=table_name(table), uid=uid)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _push_articles(db, conn, changes, result: SyncResult) -> None:
    """The articles this push's records point to, so colleagues can read them."""
    hashes = {_article_hash(db, shape, record) for shape, record, _f, _b in changes}
    _push_articles_by_hash(db, conn, {h for h in hashes if h}, result)


def _push_articles_by_hash(db, conn, hashes: set[str], result: SyncResult) -> None:
    """Upload these articles of the project, unless the server has them (by content hash)."""
    for content_hash in sorted(hashes):
        row = db.execute(
            "SELECT a.title, a.text, s.name, a.url, a.published, a.language FROM articles a"
            " LEFT JOIN sources s ON s.id = a.source_id WHERE a.content_hash = ?",
            [content_hash],
        ).fetchone()
        if row is None:
            continue
        with conn.transaction():
            added = conn.execute(
                "INSERT INTO reviewer.articles (content_hash, title, text, outlet, url,"
                " published, language) VALUES (%s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (content_hash) DO NOTHING RETURNING 1",
                [content_hash, *row],
            ).fetchone()
        result.articles_pushed += 1 if added else 0


def _push_reviews(db, conn, server_id: int, result: SyncResult) -> None:
    """Review moves made here, sent as this login's reviews: the server checks four eyes."""
    import psycopg

    reviewed = dict(
        db.execute(
            "SELECT e.uid, e.status FROM events e JOIN sync_records s ON s.uid = e.uid"
            " AND s.server_id = ? WHERE e.status = 'reviewed'",
            [server_id],
        ).fetchall()
    )
    if not reviewed:
        return
    with conn.transaction():
        there = dict(
            conn.execute(
                "SELECT event_uid, status FROM reviewer.reviews WHERE event_uid = ANY(%s)",
                [list(reviewed)],
            ).fetchall()
        )
    for uid, status in reviewed.items():
        if there.get(uid) == status:
            continue
        try:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO reviewer.reviews (event_uid, status) VALUES (%s, %s)"
                    " ON CONFLICT (event_uid) DO UPDATE SET status = EXCLUDED.status,"
                    " reviewer = session_user, at = now()",
                    [uid, status],
                )
            result.reviews_pushed += 1
        except psycopg.errors.InsufficientPrivilege:
            result.refused.append(Message("sync.review_refused", uid=uid))
        except psycopg.errors.ForeignKeyViolation:
            continue  # the event itself was refused or not pushed yet


def _push_assignments(db, conn, result: SyncResult) -> None:
    """Assignments made here (admins, adjudicators) and this analyst's "done" marks."""
    import psycopg

    me = {current_user(db), result.login}
    rows = db.execute(
        "SELECT a.content_hash, s.analyst, s.done_at FROM assignments s"
        " JOIN articles a ON a.id = s.article_id ORDER BY s.id"
    ).fetchall()
    for content_hash, analyst, done_at in rows:
        with conn.transaction():
            there = conn.execute(
                "SELECT done_at FROM reviewer.assignments WHERE article_hash = %s AND analyst = %s",
                [content_hash, analyst],
            ).fetchone()
        if there is None:
            _push_articles_by_hash(db, conn, {content_hash}, result)
            try:
                with conn.transaction():
                    conn.execute(
                        "INSERT INTO reviewer.assignments (article_hash, analyst)"
                        " VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        [content_hash, analyst],
                    )
            except psycopg.errors.InsufficientPrivilege:
                result.refused.append(Message("sync.assign_refused", analyst=analyst))
                continue
        if done_at and analyst in me and (there is None or there[0] is None):
            with conn.transaction():
                conn.execute(
                    "UPDATE reviewer.assignments SET done_at = now() WHERE article_hash = %s"
                    " AND analyst = session_user AND done_at IS NULL",
                    [content_hash],
                )


def _push_settings(db, conn, result: SyncResult) -> None:
    """The team's settings (four eyes) as an admin set them here; only admins may."""
    with conn.transaction():
        admin = conn.execute(
            "SELECT pg_has_role(session_user, 'reviewer_admin', 'MEMBER')"
        ).fetchone()
        there = dict(conn.execute("SELECT key, value FROM reviewer.settings").fetchall())
    if not admin or not admin[0]:
        return  # a coder's local choice stays local; the server's is pulled over it
    for key in TEAM_SETTINGS:
        value = get_setting(db, key)
        if value is not None and there.get(key) != value:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO reviewer.settings (key, value) VALUES (%s, %s)"
                    " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value,"
                    " changed_by = session_user",
                    [key, value],
                )


# -- pull ---------------------------------------------------------------------------


_CHANGES_SQL = (
    """
SELECT seq, 'record', uid, tbl, owner, row::text, deleted, version, NULL
  FROM reviewer.records WHERE seq > %(after)s AND updated_by <> session_user
UNION ALL
SELECT seq, 'review', event_uid, status, reviewer, NULL, false, 0, at::text
  FROM reviewer.reviews WHERE seq > %(after)s
UNION ALL
SELECT seq, 'assignment', article_hash, analyst, assigned_by, NULL, false, 0, done_at::text
  FROM reviewer.assignments WHERE seq > %(after)s
UNION ALL
SELECT seq, 'setting', key, value, changed_by, NULL, false, 0, NULL
  FROM reviewer.settings WHERE seq > %(after)s
UNION ALL"""
    + outlet_grades.CHANGES_SQL
    + """
ORDER BY 1
"""
)


def _pull(db, conn, server_id: int, result: SyncResult, counter: _Counter) -> None:
    _take_theirs(db, conn, server_id, result)
    after = db.execute("SELECT last_seq FROM sync_servers WHERE id = ?", [server_id]).fetchone()[0]
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        changes = conn.execute(_CHANGES_SQL, {"after": after}).fetchall()
        wanted = _articles_wanted(db, conn, changes, result.login)
        articles = _fetch_articles(conn, wanted)
    with db.atomic():  # first, so the records that report them find them here
        _store_articles(db, articles, result)
    by_table = {s.table: s for s in shapes(db)}
    me = current_user(db)
    for start in range(0, len(changes), counter.size):
        batch = changes[start : start + counter.size]
        with db.atomic():
            for seq, kind, key, tbl, owner, row, deleted, version, extra in batch:
                if kind == "record" and tbl in by_table:
                    _apply_record(
                        db, server_id, by_table[tbl], key, owner, row, deleted, version, result
                    )
                elif kind == "review":
                    _apply_review(db, key, tbl, owner, extra, result)
                elif kind == "assignment":
                    _apply_assignment(db, key, tbl, owner, extra)
                elif kind == "setting" and key in TEAM_SETTINGS:
                    set_user(db, owner)
                    set_setting(db, key, tbl)
                elif kind == "outlet":
                    set_user(db, owner)  # the local audit log names who graded it
                    outlet_grades.apply(db, server_id, key, tbl, row, result)
                db.execute("UPDATE sync_servers SET last_seq = ? WHERE id = ?", [seq, server_id])
        set_user(db, me)
        counter.batch_done()


def _articles_wanted(db, conn, changes, login: str) -> set[str]:
    """Articles to bring here: assigned to this analyst, or reported by pulled records."""
    wanted = {
        row[0]
        for row in conn.execute(
            "SELECT article_hash FROM reviewer.assignments WHERE analyst = session_user"
        )
    }
    for _seq, kind, key, _tbl, _owner, row, *_ in changes:
        if kind == "record" and row:
            record = json.loads(row)
            value = record.get("article_id")
            if isinstance(value, str):
                wanted.add(value)
        elif kind == "assignment":
            wanted.add(key)
    present = {h for (h,) in db.execute("SELECT content_hash FROM articles") if h in wanted}
    return wanted - present


def _fetch_articles(conn, hashes: set[str]) -> list[tuple]:
    if not hashes:
        return []
    return conn.execute(
        "SELECT content_hash, title, text, outlet, url, published, language"
        " FROM reviewer.articles WHERE content_hash = ANY(%s)",
        [sorted(hashes)],
    ).fetchall()


def _store_articles(db, articles: list[tuple], result: SyncResult) -> None:
    for content_hash, title, text, outlet, url, published, language in articles:
        if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone():
            continue
        source_id = None
        if outlet:
            db.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", [outlet])
            source_id = db.execute("SELECT id FROM sources WHERE name = ?", [outlet]).fetchone()[0]
        article_id = db.execute(
            "INSERT INTO articles (content_hash, title, text, source_id, url, published,"
            " language, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [content_hash, title, text, source_id, url, published, language, now_iso()],
        ).lastrowid
        index_article(db, article_id, title, text)
        result.articles_pulled += 1


def _apply_record(
    db, server_id, shape: Shape, uid, owner, row, deleted, version, result, *, force=False
) -> None:
    record = json.loads(row)
    local = next(iter(db.query(f'SELECT * FROM "{shape.table}" WHERE uid = ?', [uid])), None)
    known = db.execute(
        "SELECT digest FROM sync_records WHERE server_id = ? AND uid = ?", [server_id, uid]
    ).fetchone()
    if local is not None and known is not None and not force:
        current = encode(db, shape, local)
        if current is not None and digest(current) != known[0] and current != record:
            # Edited here since the last sync and changed there too: both kept, decide.
            _record_conflict(db, shape.table, uid, current, record, owner, result)
            return
    set_user(db, owner)  # the local audit log names the colleague who made the change
    if deleted:
        db.execute(f'DELETE FROM "{shape.table}" WHERE uid = ?', [uid])
    else:
        try:
            values = decode(db, shape, record)
        except MissingParent as missing:
            what = Message(
                "sync.record", table=table_name(missing.table), identity=missing.identity
            )
            result.refused.append(
                Message("sync.missing_parent", table=table_name(shape.table), uid=uid, missing=what)
            )
            return
        if shape.owner_column:
            values[shape.owner_column] = owner
        if shape.stamped:
            values["updated_at"] = now_iso()  # when it changed here; the server has its own
        if local is None:
            _insert(db, shape, values)
        else:
            values.pop("event_id_cnty", None)  # the local readable code stays
            if shape.table == "events" and values.get("status") == "coded":
                # a review pulled from the server stays until the server's review changes
                reviewed = db.execute(
                    "SELECT 1 FROM events WHERE uid = ? AND status = 'reviewed'", [uid]
                ).fetchone()
                if reviewed:
                    values.pop("status")
            sets = ", ".join(f'"{c}" = ?' for c in values)
            db.execute(f'UPDATE "{shape.table}" SET {sets} WHERE uid = ?', [*values.values(), uid])
    db.execute(
        "INSERT INTO sync_records (server_id, tbl, uid, origin, digest, version)"
        " VALUES (?, ?, ?, 'pulled', ?, ?) ON CONFLICT (server_id, uid) DO UPDATE"
        " SET digest = excluded.digest, version = excluded.version",
        [server_id, shape.table, uid, digest(record), version],
    )
    result.pulled += 1


def _insert(db, shape: Shape, values: dict[str, Any]) -> None:
    if shape.table == "events":
        values["id"] = next_event_id(db)
        code = values.get("event_id_cnty")
        taken = (
            code and db.execute("SELECT 1 FROM events WHERE event_id_cnty = ?", [code]).fetchone()
        )
        if taken or not code:
            values["event_id_cnty"] = free_event_code(db, values["id"])
    names = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" * len(values))
    db.execute(f'INSERT INTO "{shape.table}" ({names}) VALUES ({marks})', list(values.values()))


def _apply_review(db, event_uid: str, status: str, reviewer: str, at: str | None, result) -> None:
    reviewed = status == "reviewed"
    values = (status, reviewer if reviewed else None, at if reviewed else None)
    fields = dict(zip(REVIEW_COLUMNS, values, strict=True))
    set_user(db, reviewer)
    changed = db.execute(
        "UPDATE events SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE uid = ?"
        " AND (status IS NOT ? OR reviewed_by IS NOT ?)",
        [*fields.values(), event_uid, status, fields["reviewed_by"]],
    ).rowcount
    result.reviews_pulled += changed


def _apply_assignment(db, content_hash: str, analyst: str, by: str, done_at: str | None) -> None:
    article = db.execute(
        "SELECT id FROM articles WHERE content_hash = ?", [content_hash]
    ).fetchone()
    if article is None:
        return
    set_user(db, by)
    db.execute(
        "INSERT INTO assignments (article_id, analyst, assigned_by, assigned_at, done_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, analyst) DO UPDATE"
        " SET done_at = coalesce(assignments.done_at, excluded.done_at)",
        [article[0], analyst, by, now_iso(), done_at],
    )


def remembered_server(db: sqlite_utils.Database) -> str | None:
    """The server this project synced with last, if any."""
    row = _latest_server(db)
    return row[1] if row else None


def _latest_server(db: sqlite_utils.Database) -> tuple | None:
    """(id, url, last_sync_at, last_error) of the server synced with last (never: last)."""
    return db.execute(
        "SELECT id, url, last_sync_at, last_error FROM sync_servers"
        " ORDER BY last_sync_at IS NULL, last_sync_at DESC LIMIT 1"
    ).fetchone()


@dataclass(frozen=True)
class SyncState:
    """What the window's status bar shows."""

    server: str | None
    last_sync_at: str | None
    pending: int | None  # None unless counted: counting encodes every local record
    error: str | None
    open_conflicts: int


def sync_state(db: sqlite_utils.Database, *, count_pending: bool = False) -> SyncState:
    row = _latest_server(db)
    conflicts = db.execute(
        "SELECT count(DISTINCT uid) FROM sync_conflicts WHERE status = 'open'"
    ).fetchone()[0]
    if row is None:
        return SyncState(None, None, None, None, conflicts)
    server_id, url, at, error = row
    pending = sum(1 for _ in _local_changes(db, server_id)) if count_pending else None
    return SyncState(url, at, pending, error, conflicts)


def upload_corpus(db: sqlite_utils.Database, url: str) -> SyncResult:
    """Every article of ``db`` to the server, once each (``reviewer import --server``)."""
    result = SyncResult(public_url(url))
    hashes = {row[0] for row in db.execute("SELECT content_hash FROM articles")}
    with connect(url) as conn:
        import psycopg

        try:
            result.login = login_of(conn)
            _push_articles_by_hash(db, conn, hashes, result)
        except psycopg.Error as exc:
            raise ServerError(
                Message("sync.upload_stopped", server=result.server, reason=first_line(exc))
            ) from exc
    return result


# -- deciding sync conflicts --------------------------------------------------------

_REFETCH = "refetch"  # sync_records.digest of a record to take from the server as it is


@dataclass(frozen=True)
class SyncConflict:
    id: int
    table: str
    uid: str
    field: str
    ours: Any
    theirs: Any
    their_by: str | None
    label: str  # the record as the analyst knows it (an event's code)


def open_sync_conflicts(db: sqlite_utils.Database) -> list[SyncConflict]:
    rows = db.execute(
        "SELECT c.id, c.tbl, c.uid, c.field, c.ours, c.theirs, c.their_by,"
        " coalesce(e.event_id_cnty, c.tbl || ' ' || substr(c.uid, 1, 8))"
        " FROM sync_conflicts c LEFT JOIN events e ON c.tbl = 'events' AND e.uid = c.uid"
        " WHERE c.status = 'open' ORDER BY c.id"
    ).fetchall()
    return [
        SyncConflict(i, t, u, f, _loads(o), _loads(th), by, label)
        for i, t, u, f, o, th, by, label in rows
    ]


def _loads(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:  # written before values were kept as JSON
        return text


def decide_sync_conflict(db: sqlite_utils.Database, conflict_id: int, *, keep: str) -> None:
    """Keep this laptop's version of the record (``keep="ours"``: the next sync sends
    it over the server's) or take the server's (``"theirs"``: the next sync brings it
    here as it is). The decision covers every open conflict of that record."""
    if keep not in ("ours", "theirs"):
        raise ValueError(keep)
    row = db.execute(
        "SELECT uid FROM sync_conflicts WHERE id = ? AND status = 'open'", [conflict_id]
    ).fetchone()
    if row is None:
        raise ReviewerError(Message("sync.no_conflict", conflict=conflict_id))
    uid = row[0]
    with db.atomic():
        db.execute(
            "UPDATE sync_conflicts SET status = ? WHERE uid = ? AND status = 'open'",
            ["kept_ours" if keep == "ours" else "took_theirs", uid],
        )
        if keep == "ours":
            # No base version: the next push writes over the server's copy.
            db.execute("UPDATE sync_records SET version = NULL WHERE uid = ?", [uid])
        else:
            db.execute("UPDATE sync_records SET digest = ? WHERE uid = ?", [_REFETCH, uid])


def _take_theirs(db, conn, server_id: int, result: SyncResult) -> None:
    uids = [
        u
        for (u,) in db.execute(
            "SELECT uid FROM sync_records WHERE server_id = ? AND digest = ?",
            [server_id, _REFETCH],
        )
    ]
    if not uids:
        return
    with conn.transaction():
        rows = conn.execute(
            "SELECT uid, tbl, owner, row::text, deleted, version FROM reviewer.records"
            " WHERE uid = ANY(%s)",
            [uids],
        ).fetchall()
    by_table = {s.table: s for s in shapes(db)}
    with db.atomic():
        for uid, tbl, owner, row, deleted, version in rows:
            if tbl in by_table:
                _apply_record(
                    db, server_id, by_table[tbl], uid, owner, row, deleted, version, result,
                    force=True,
                )  # fmt: skip
