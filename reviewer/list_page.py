"""The article list's answer to a filter and a search, in one call, for a worker thread.

Changing the filter or the search costs the window one count (a search's walks
every hit in the full-text index: tens of ms at a million articles, a quoted
phrase more), the first page of ids and summaries, the snippets of the rows
first shown, and the progress counts. ``first_page`` computes all of it on
whatever connection it is given, so the window can run it on a read connection
of its own in a thread and only install the result (``ui.search_worker``).

``cancelled()`` is asked between the steps: once a newer request has come, the
rest is not worth computing. (A step in SQLite is stopped sooner by the caller,
with ``Connection.interrupt()``.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from reviewer.search import ParsedQuery, Snippet, make_snippet, parse_query
from reviewer.storage.articles import (
    ArticleFilter,
    ArticleSummary,
    ProgressCounts,
    article_ids_window,
    article_texts,
    count_articles,
    progress_counts,
    summaries_by_ids,
)

__all__ = ["ListPage", "SearchCancelled", "first_page"]


class SearchCancelled(Exception):
    """A newer request came: this one's answer would be thrown away."""


@dataclass(frozen=True)
class ListPage:
    """What the list shows first for ``filter`` and ``query``.

    ``ids`` are the first ``len(ids)`` rows of the list (ordered by id);
    ``snippets`` the search snippets of the first of them (empty without a
    search); ``progress`` the coded / reviewed / total of the scope.
    """

    filter: ArticleFilter
    query: ParsedQuery
    count: int
    ids: list[int]
    summaries: dict[int, ArticleSummary]
    snippets: dict[int, Snippet] = field(default_factory=dict)
    progress: ProgressCounts | None = None


def _never() -> bool:
    return False


def first_page(
    db: sqlite_utils.Database,
    f: ArticleFilter,
    query: str | ParsedQuery,
    *,
    rows: int = 200,
    snippets: int = 40,
    cancelled: Callable[[], bool] = _never,
) -> ListPage:
    """Count, first ``rows`` ids and summaries, ``snippets`` snippets and the progress.

    Raises ``SearchCancelled`` between two steps once ``cancelled()`` is true.
    """
    parsed = parse_query(query) if isinstance(query, str) else query
    expression = parsed.match_expression()

    def step() -> None:
        if cancelled():
            raise SearchCancelled

    count = count_articles(db, f, fts_match=expression)
    step()
    ids = article_ids_window(db, f, fts_match=expression, limit=min(rows, count)) if count else []
    step()
    summaries = summaries_by_ids(db, ids)
    step()
    made: dict[int, Snippet] = {}
    if not parsed.is_empty():
        for article_id, text in article_texts(db, ids[:snippets]).items():
            made[article_id] = make_snippet(text, parsed)
        step()
    progress = progress_counts(db, f, fts_match=expression)
    return ListPage(f, parsed, count, ids, summaries, made, progress)
