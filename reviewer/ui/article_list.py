"""The article list as a lazy table model.

It keeps only the ordered ids of the articles passing the current filter and
search (an ``array`` of 8-byte ints: 0.8 MB for 100k articles, read by one
indexed query) and fetches titles, outlets and dates a page at a time as rows
come into view, keeping a bounded number of pages; search snippets are made
only for rows that are drawn, and kept in a bounded cache too. So memory does
not grow with the corpus, and a filter or search change costs one id query.

Why ids rather than LIMIT/OFFSET windows: the view needs the row count up front
for an honest scroll bar, and "which row is article 123" (after a status
change, or for next/previous) must not scan; an OFFSET deep into 100k rows
would. The ids are all that is held per article.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.search import ParsedQuery, Snippet, make_snippet, parse_query
from reviewer.storage.articles import (
    ArticleFilter,
    ArticleSummary,
    article_texts,
    filtered_article_ids,
    summaries_by_ids,
)
from reviewer.textdir import is_right_to_left

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Outlet", "Date", "Status")
MATCH_COLUMN = len(COLUMNS)  # shown only while a search is active
MATCH_HEADER = "Match"
PAGE_SIZE = 200
MAX_PAGES = 20
MAX_SNIPPETS = 400
SnippetRole = Qt.ItemDataRole.UserRole + 1  # the row's Snippet (text + hit offsets)
STATUS_LABELS = {
    "new": "new",
    "in_progress": "in progress",
    "coded": "coded",
    "reviewed": "reviewed",
    "rejected": "rejected",
}


class ArticleListModel(QAbstractTableModel):
    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self._db = db
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, ArticleSummary]] = OrderedDict()
        self._snippets: OrderedDict[int, Snippet] = OrderedDict()
        self._filter = ArticleFilter()
        self._query = parse_query("")
        self.rows_fetched = 0  # summaries read from the database, for the tests
        self.reload()

    def reload(self) -> None:
        """Re-run the current filter and search (after an import, say)."""
        self.beginResetModel()
        self._ids = array(
            "q",
            filtered_article_ids(self._db, self._filter, fts_match=self._query.match_expression()),
        )
        self._pages.clear()
        self._snippets.clear()
        self.endResetModel()

    def set_filter(self, f: ArticleFilter | None = None, query: str | None = None) -> None:
        """Show only the articles passing ``f`` and matching ``query`` (None: keep it)."""
        if f is not None:
            self._filter = f
        if query is not None:
            self._query = parse_query(query)
        self.reload()

    def ids(self) -> list[int]:
        """The ids of all rows, in order (a copy; 8 bytes per row)."""
        return self._ids.tolist()

    def current_filter(self) -> ArticleFilter:
        return self._filter

    def query(self) -> ParsedQuery:
        """The active search (empty when none); ``reviewer.search.hit_spans`` takes it."""
        return self._query

    def refresh_article(self, article_id: int) -> None:
        """Re-read one row after its status changed."""
        row = self.row_of(article_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(COLUMNS) + (0 if self._query.is_empty() else 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if section < len(COLUMNS) else MATCH_HEADER
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() == MATCH_COLUMN:
            return self._match_data(index.row(), role)
        summary = self.summary_at(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                summary.title,
                summary.outlet or "",
                summary.published or "",
                STATUS_LABELS.get(summary.status, summary.status),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 1):
            text = summary.title if index.column() == 0 else summary.outlet or ""
            return _alignment_for(text)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return summary.title
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def _match_data(self, row: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SnippetRole):
            if role == Qt.ItemDataRole.TextAlignmentRole:
                snippet = self.snippet_at(row)
                return _alignment_for(snippet.text if snippet else "")
            return None
        snippet = self.snippet_at(row)
        if snippet is None:
            return None
        return snippet if role == SnippetRole else snippet.text

    def snippet_at(self, row: int) -> Snippet | None:
        """The search snippet of a row, made when first drawn and kept in a bounded cache."""
        article_id = self.article_id_at(row)
        if article_id is None or self._query.is_empty():
            return None
        snippet = self._snippets.get(article_id)
        if snippet is not None:
            self._snippets.move_to_end(article_id)
            return snippet
        # Fetch the neighbours' texts too: the view asks for the visible rows in turn.
        first = max(0, row - 10)
        ids = [i for i in self._ids[first : row + 30] if i not in self._snippets]
        for i, text in article_texts(self._db, ids).items():
            self._snippets[i] = make_snippet(text, self._query)
        while len(self._snippets) > MAX_SNIPPETS:
            self._snippets.popitem(last=False)
        return self._snippets.get(article_id)

    def article_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        # The ids are in ascending order (the list is ordered by id): binary search.
        row = bisect_left(self._ids, article_id)
        return row if row < len(self._ids) and self._ids[row] == article_id else None

    def summary_at(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page_ids = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            page = summaries_by_ids(self._db, list(page_ids))
            self.rows_fetched += len(page)
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def cached_pages(self) -> int:
        return len(self._pages)

    def cached_summaries(self) -> int:
        """Summaries held right now: at most PAGE_SIZE * MAX_PAGES, whatever the corpus."""
        return sum(len(page) for page in self._pages.values())

    def cached_snippets(self) -> int:
        return len(self._snippets)


def _alignment_for(text: str) -> Qt.AlignmentFlag:
    """Right-align a cell whose text reads right-to-left, as the article view does."""
    side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
