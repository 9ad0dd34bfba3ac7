"""Articles: stored once, never altered; only their status and metadata change."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.messages import Message

ARTICLE_STATUSES = ("new", "in_progress", "coded", "reviewed", "rejected")
NO_OUTLET = ""  # in ArticleFilter.outlets: articles whose outlet is not known
T = TypeVar("T")


@dataclass(frozen=True)
class ArticleSummary:
    """What a list row needs, without the article body."""

    id: int
    title: str
    outlet: str | None
    published: str | None
    status: str


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    text: str
    outlet: str | None
    url: str | None
    published: str | None
    language: str | None
    status: str
    origin_path: str | None


@dataclass(frozen=True)
class ArticleFilter:
    """What the article list is narrowed to; empty fields do not narrow.

    ``outlets`` are outlet names (``NO_OUTLET`` for "not known"); dates are
    ``YYYY-MM-DD`` and inclusive, and an article without a date is left out once
    either bound is set. ``open_conflicts`` keeps articles reporting an event that
    has an open conflict. Full-text search is not here: ``reviewer.search`` turns
    a query into an FTS5 expression and passes it as ``fts_match``.
    """

    statuses: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    published_from: str | None = None
    published_to: str | None = None
    open_conflicts: bool = False

    def is_empty(self) -> bool:
        return self == ArticleFilter()


@dataclass(frozen=True)
class ProgressCounts:
    """Progress over a set of articles: coded counts coded *or* reviewed ones."""

    coded: int
    reviewed: int
    total: int


def _where(
    f: ArticleFilter, fts_match: str | None, *, with_status: bool = True
) -> tuple[str, list]:
    """The WHERE clause (over ``articles a``) for a filter, with its parameters."""
    clauses: list[str] = []
    params: list = []
    if with_status and f.statuses:
        clauses.append(f"a.status IN ({','.join('?' * len(f.statuses))})")
        params.extend(f.statuses)
    if f.outlets:
        named = [name for name in f.outlets if name != NO_OUTLET]
        parts = []
        if named:
            marks = ",".join("?" * len(named))
            parts.append(f"a.source_id IN (SELECT id FROM sources WHERE name IN ({marks}))")
            params.extend(named)
        if NO_OUTLET in f.outlets:
            parts.append("a.source_id IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if f.published_from:
        clauses.append("a.published >= ?")
        params.append(f.published_from)
    if f.published_to:
        clauses.append("a.published <= ?")
        params.append(f.published_to)
    if f.open_conflicts:
        clauses.append(
            "a.id IN (SELECT r.article_id FROM conflicts c"
            " JOIN reports r ON r.event_id = c.event_id WHERE c.status = 'open')"
        )
    if fts_match:
        clauses.append("a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)")
        params.append(fts_match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def filtered_article_ids(
    db: sqlite_utils.Database, f: ArticleFilter | None = None, *, fts_match: str | None = None
) -> list[int]:
    """Ids of the articles passing ``f`` (and the FTS5 expression), in list order (by id).

    Ids only, a few bytes each: the list model keeps these and reads summaries a
    page at a time (``summaries_by_ids``), so memory stays small at 100k articles.

    Speed at 100k articles: the article rows are wide (the text is stored before
    the metadata columns), so anything that visits them costs ~100 ms. Hence no
    ORDER BY in SQL (it would force a scan of the table in rowid order): each
    query is answered from a narrow covering index (status, source, published,
    or FTS5's own doclist), and the sorting and the intersection with the
    full-text matches are done here, in C-speed set/sort operations.
    """
    f = f or ArticleFilter()
    fts_ids = _fts_ids(db, fts_match) if fts_match else None
    if f.is_empty():
        if fts_ids is not None:
            return fts_ids
        return sorted(row[0] for row in db.execute("SELECT id FROM articles"))
    where, params = _where(f, None)
    ids = [row[0] for row in db.execute(f"SELECT a.id FROM articles a{where}", params)]
    if fts_ids is not None:
        matched = set(fts_ids)
        ids = [i for i in ids if i in matched]
    return sorted(ids)


def _fts_ids(db: sqlite_utils.Database, fts_match: str) -> list[int]:
    rows = db.execute(
        "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid",
        [fts_match],
    )
    return [row[0] for row in rows]


def _scope(f: ArticleFilter, fts_match: str | None) -> tuple[str, list, str]:
    """``FROM … WHERE …`` over ``articles a`` for a filter and a full-text match,
    with the column that orders the list.

    Answered from narrow indexes, never by visiting article rows (they are wide:
    the text comes first): ``idx_articles_list`` (id, status, source, published)
    covers the filter columns in id order, so "the rows 900,000-900,200 of the
    list" is a walk over one small index. A full-text search drives the query
    from FTS5's own doclist, ordered by its rowid (which FTS5 yields in order,
    so a page of hits costs the page, not a sort of every hit), and looks each
    hit up in that index.
    """
    where, params = _where(f, None)
    if not fts_match:
        return f"FROM articles a{where}", params, "a.id"
    scope = (
        "FROM article_search s CROSS JOIN articles a INDEXED BY idx_articles_list"
        " ON a.id = s.rowid WHERE article_search MATCH ?"
    )
    if where:
        scope += " AND " + where[len(" WHERE ") :]
    return scope, [fts_match, *params], "s.rowid"


def _and(scope: str) -> str:
    return " AND " if " WHERE " in scope else " WHERE "


def article_ids_window(
    db: sqlite_utils.Database,
    f: ArticleFilter | None = None,
    *,
    fts_match: str | None = None,
    limit: int = 200,
    after_id: int | None = None,
    offset: int = 0,
    from_end: bool = False,
) -> list[int]:
    """One window of filtered ids in list order (by id).

    ``after_id`` pages by key (the last id of the page before: a seek, no scan);
    ``offset`` jumps (a walk over the narrow list index, for a scroll bar dragged
    to the middle); with ``from_end`` the offset counts from the last row, so a
    jump to the end of a million rows walks only the rows after the window.
    """
    f = f or ArticleFilter()
    scope, params, key = _scope(f, fts_match)
    if not fts_match and not f.is_empty() and _dense(db, f, limit + offset):
        scope = scope.replace("FROM articles a", f"FROM articles a INDEXED BY {_LIST_INDEX}", 1)
    if after_id is not None:
        scope += f"{_and(scope)}{key} > ?"
        params.append(after_id)
    order = "DESC" if from_end else "ASC"
    sql = f"SELECT {key} {scope} ORDER BY {key} {order} LIMIT ? OFFSET ?"
    ids = [row[0] for row in db.execute(sql, [*params, limit, offset])]
    return ids[::-1] if from_end else ids


_LIST_INDEX = "idx_articles_list"


def _dense(db: sqlite_utils.Database, f: ArticleFilter, rows: int) -> bool:
    """Whether ``rows`` rows of ``f`` in id order are found sooner by walking the list
    index (about rows x all / matching entries) than by sorting every match.

    Without statistics SQLite takes the filter's index and sorts all its matches
    (60 ms for the 999,999 "new" articles of a million, for a page of 200); for
    a rare status that is right, for a common one the id-ordered walk is.
    """
    matching = count_articles(db, f)
    everything = _remembered(db, ("all",), lambda: _count(db, ArticleFilter(), None))
    return matching * matching > rows * everything


def count_articles(
    db: sqlite_utils.Database, f: ArticleFilter | None = None, *, fts_match: str | None = None
) -> int:
    """How many articles pass ``f`` and match ``fts_match``.

    A search's count walks every hit's entry in the full-text index (tens of
    ms for a common word in a million articles), and the window asks it twice
    for one search (the list's row count, the progress bar's total): so it is
    remembered until the file changes (``_remembered``). So is a filter's count
    (50 ms for the 999,999 "new" articles of a million): ``rows_before`` asks it
    again right after the list did.
    """
    f = f or ArticleFilter()
    if fts_match or not f.is_empty():
        return _remembered(db, (f, fts_match), lambda: _count(db, f, fts_match))
    return _count(db, f, None)


def _count(db: sqlite_utils.Database, f: ArticleFilter, fts_match: str | None) -> int:
    if fts_match and f.is_empty():
        sql = "SELECT count(*) FROM article_search WHERE article_search MATCH ?"
        return db.execute(sql, [fts_match]).fetchone()[0]
    scope, params, _key = _scope(f, fts_match)
    return db.execute(f"SELECT count(*) {scope}", params).fetchone()[0]


_REMEMBERED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_REMEMBERED_PER_CONNECTION = 32
_REMEMBERED_LOCK = threading.Lock()


def _remembered(db: sqlite_utils.Database, key: object, compute: Callable[[], T]) -> T:
    """``compute()``, or its value from an earlier call with ``key`` if the file is unchanged.

    Unchanged means the same ``total_changes`` of this connection (its own
    writes, committed or not) and the same ``PRAGMA data_version`` (any other
    connection's commits). Per connection; a plain ``sqlite3`` connection
    (which takes no weak reference) just computes.
    """
    conn = db.conn
    stamp = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
    try:
        with _REMEMBERED_LOCK:  # searches run on worker threads, each with its connection
            memo = _REMEMBERED.setdefault(conn, {})
    except TypeError:
        return compute()
    hit = memo.get(key)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = compute()
    if len(memo) >= _REMEMBERED_PER_CONNECTION:
        memo.clear()
    memo[key] = (stamp, value)
    return value


def rows_before(
    db: sqlite_utils.Database,
    article_id: int,
    f: ArticleFilter | None = None,
    *,
    fts_match: str | None = None,
) -> int | None:
    """The row of ``article_id`` in the filtered list, or None when it is not in it.

    With a filter and no search, SQLite counts "the filter's rows before this id"
    from the filter's index, walking every row of the filter whatever the id
    (90 ms for "new" in a million). Walking the id-ordered list index over the
    shorter side of the id instead costs at most half the list, and is used when
    that is shorter than the filter's own count.
    """
    f = f or ArticleFilter()
    scope, params, key = _scope(f, fts_match)
    glue = _and(scope)
    present = db.execute(f"SELECT 1 {scope}{glue}{key} = ?", [*params, article_id]).fetchone()
    if present is None:
        return None
    if not fts_match and not f.is_empty():
        low, high = db.execute(
            "SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)"
        ).fetchone()
        before, after = article_id - low, high - article_id
        matching = count_articles(db, f)
        if min(before, after) < matching:
            where, where_params = _where(f, None)
            by_id = f"FROM articles a INDEXED BY idx_articles_list{where}{_and(where)}a.id"
            if before <= after:
                sql = f"SELECT count(*) {by_id} < ?"
                return db.execute(sql, [*where_params, article_id]).fetchone()[0]
            sql = f"SELECT count(*) {by_id} > ?"
            later = db.execute(sql, [*where_params, article_id]).fetchone()[0]
            return matching - 1 - later
    sql = f"SELECT count(*) {scope}{glue}{key} < ?"
    return db.execute(sql, [*params, article_id]).fetchone()[0]


def progress_counts(
    db: sqlite_utils.Database,
    f: ArticleFilter | None = None,
    *,
    fts_match: str | None = None,
) -> ProgressCounts:
    """Coded / reviewed / total over the filter's scope, ignoring its status choice.

    The status criterion is left out on purpose: narrowing the list to "new"
    articles should not make the progress of that outlet or period read 0 / 0.
    Counted from the narrow indexes. With a search, the total is FTS5's count
    and the coded and reviewed ones are found from whichever side is smaller:
    the coded articles (early in a project, few) checked against the search one
    by one, or the hits checked against their status.
    """
    f = replace(f or ArticleFilter(), statuses=())
    # The same until the file changes, and asked again on every change of the
    # status filter, which it ignores (30 ms for a million articles).
    return _remembered(db, ("progress", f, fts_match), lambda: _progress(db, f, fts_match))


def _progress(db: sqlite_utils.Database, f: ArticleFilter, fts_match: str | None) -> ProgressCounts:
    if fts_match:
        total = count_articles(db, f, fts_match=fts_match)
        done = db.execute(
            "SELECT count(*) FROM articles WHERE status IN ('coded', 'reviewed')"
        ).fetchone()[0]
        if done < total:
            where, params = _where(replace(f, statuses=("coded", "reviewed")), None)
            rows = db.execute(
                f"SELECT a.status, count(*) FROM articles a{where} AND EXISTS (SELECT 1"
                " FROM article_search WHERE article_search MATCH ? AND rowid = a.id)"
                " GROUP BY a.status",
                [*params, fts_match],
            )
            counts = dict(rows.fetchall())
            coded, reviewed = counts.get("coded", 0), counts.get("reviewed", 0)
            return ProgressCounts(coded + reviewed, reviewed, total)
    scope, params, _key = _scope(f, fts_match)
    counts = dict(db.execute(f"SELECT a.status, count(*) {scope} GROUP BY a.status", params))
    coded, reviewed = counts.get("coded", 0), counts.get("reviewed", 0)
    return ProgressCounts(coded + reviewed, reviewed, sum(counts.values()))


def outlet_names(db: sqlite_utils.Database) -> list[str]:
    """Outlets that have at least one article, by name, for the filter's choices."""
    rows = db.execute(
        "SELECT name FROM sources WHERE id IN (SELECT DISTINCT source_id FROM articles)"
        " ORDER BY name"
    )
    return [row[0] for row in rows]


def article_texts(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """Bodies of a few articles at once (search snippets for the visible rows)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids)
    return dict(rows.fetchall())


_SUMMARY_SQL = """
    SELECT a.id, a.title, s.name, a.published, a.status
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
"""


def list_article_summaries(db: sqlite_utils.Database) -> list[ArticleSummary]:
    rows = db.execute(_SUMMARY_SQL + " ORDER BY a.id").fetchall()
    return [ArticleSummary(*row) for row in rows]


def summaries_by_ids(db: sqlite_utils.Database, ids: list[int]) -> dict[int, ArticleSummary]:
    """Summaries for one page of a list, fetched in a single indexed query."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(_SUMMARY_SQL + f" WHERE a.id IN ({marks})", ids).fetchall()
    return {row[0]: ArticleSummary(*row) for row in rows}


def article_ids(db: sqlite_utils.Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]


def get_article(db: sqlite_utils.Database, article_id: int) -> Article:
    row = db.execute(
        """SELECT a.id, a.title, a.text, s.name, a.url, a.published, a.language,
                  a.status, a.origin_path
           FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
        [article_id],
    ).fetchone()
    if row is None:
        raise ReviewerError(Message("not_found.article", article=article_id))
    return Article(*row)


def set_article_status(db: sqlite_utils.Database, article_id: int, status: str) -> None:
    if status not in ARTICLE_STATUSES:
        raise ReviewerError(
            Message("article.bad_status", value=status, values=", ".join(ARTICLE_STATUSES))
        )
    db.execute("UPDATE articles SET status = ? WHERE id = ?", [status, article_id])


def count_by_status(db: sqlite_utils.Database, table: str) -> dict[str, int]:
    if table not in ("articles", "events"):
        raise ValueError(table)
    rows = db.execute(f"SELECT status, count(*) FROM {table} GROUP BY status ORDER BY status")
    return dict(rows.fetchall())
