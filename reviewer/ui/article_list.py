"""The article list as a lazy table model.

It holds the row count of the current filter and search, and a bounded number
of pages of 200 rows (ids and summaries), read as rows come into view; search
snippets are made only for rows that are drawn, and kept in a bounded cache.
So memory does not grow with the corpus and nothing reads the whole corpus: a
filter or search change costs one indexed count, a page one indexed walk
(``storage.articles``: keyset after the page before, else by offset), and "which
row is article 123" (after a status change, or for next/previous) one indexed
count, answered from the pages held when it can be.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict

import sqlite_utils
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reviewer.labels import vocab_label
from reviewer.list_page import ListPage
from reviewer.search import ParsedQuery, Snippet, make_snippet, parse_query
from reviewer.storage.articles import (
    ArticleFilter,
    ArticleSummary,
    article_ids_window,
    article_texts,
    count_articles,
    rows_before,
    summaries_by_ids,
)
from reviewer.textdir import is_right_to_left
from reviewer.ui.language import current_language

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Outlet"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Date"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Status"),
)
MATCH_COLUMN = len(COLUMNS)  # shown only while a search is active
MATCH_HEADER = QT_TRANSLATE_NOOP("ArticleListModel", "Match")
PAGE_SIZE = 200
MAX_PAGES = 20
MAX_SNIPPETS = 400
SnippetRole = Qt.ItemDataRole.UserRole + 1  # the row's Snippet (text + hit offsets)


class ArticleListModel(QAbstractTableModel):
    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self._db = db
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleSummary | None]] = OrderedDict()
        self._page_ids: OrderedDict[int, list[int]] = OrderedDict()
        self._snippets: OrderedDict[int, Snippet] = OrderedDict()
        self._filter = ArticleFilter()
        self._query = parse_query("")
        self.rows_fetched = 0  # summaries read from the database, for the tests
        self.reload()

    def reload(self) -> None:
        """Re-run the current filter and search (after an import, say)."""
        self.beginResetModel()
        self._count = count_articles(self._db, self._filter, fts_match=self._fts())
        self._pages.clear()
        self._page_ids.clear()
        self._snippets.clear()
        self.endResetModel()

    def _fts(self) -> str | None:
        return self._query.match_expression()

    def set_filter(self, f: ArticleFilter | None = None, query: str | None = None) -> None:
        """Show only the articles passing ``f`` and matching ``query`` (None: keep it)."""
        if f is not None:
            self._filter = f
        if query is not None:
            self._query = parse_query(query)
        self.reload()

    def show_page(self, page: ListPage) -> None:
        """Show a filter and search whose count and first page were computed elsewhere
        (``list_page.first_page``, on the search worker's thread): nothing is read here."""
        self.beginResetModel()
        self._filter, self._query, self._count = page.filter, page.query, page.count
        self._pages.clear()
        self._page_ids.clear()
        self._snippets.clear()
        if page.ids:
            self._page_ids[0] = list(page.ids)
            self._pages[0] = [page.summaries.get(i) for i in page.ids]
        self._snippets.update(page.snippets)
        self.endResetModel()

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
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(COLUMNS) + (0 if self._query.is_empty() else 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section] if section < len(COLUMNS) else MATCH_HEADER)
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
                vocab_label("article_status", summary.status, current_language()),
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
        ids = [
            i
            for i in (self.article_id_at(r) for r in range(first, min(row + 30, self._count)))
            if i is not None and i not in self._snippets
        ]
        for i, text in article_texts(self._db, ids).items():
            self._snippets[i] = make_snippet(text, self._query)
        while len(self._snippets) > MAX_SNIPPETS:
            self._snippets.popitem(last=False)
        return self._snippets.get(article_id)

    def article_id_at(self, row: int) -> int | None:
        if not 0 <= row < self._count:
            return None
        ids = self._ids_of_page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return ids[offset] if offset < len(ids) else None

    def row_of(self, article_id: int) -> int | None:
        for page_number, ids in self._page_ids.items():
            # Pages hold ascending ids (the list is ordered by id): binary search.
            offset = bisect_left(ids, article_id)
            if offset < len(ids) and ids[offset] == article_id:
                return page_number * PAGE_SIZE + offset
        return rows_before(self._db, article_id, self._filter, fts_match=self._fts())

    def _ids_of_page(self, page_number: int) -> list[int]:
        ids = self._page_ids.get(page_number)
        if ids is not None:
            self._page_ids.move_to_end(page_number)
            return ids
        before = self._page_ids.get(page_number - 1)
        if before and len(before) == PAGE_SIZE:  # the page after a held one: seek, no walk
            ids = article_ids_window(
                self._db, self._filter, fts_match=self._fts(), limit=PAGE_SIZE, after_id=before[-1]
            )
        else:
            first = page_number * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count)
            from_end = first > self._count // 2  # walk from the nearer end of the list
            ids = article_ids_window(
                self._db,
                self._filter,
                fts_match=self._fts(),
                limit=last - first,
                offset=self._count - last if from_end else first,
                from_end=from_end,
            )
        self._page_ids[page_number] = ids
        while len(self._page_ids) > MAX_PAGES:
            dropped, _ = self._page_ids.popitem(last=False)
            self._pages.pop(dropped, None)
        return ids

    def summary_at(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < self._count:
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._ids_of_page(page_number)
            found = summaries_by_ids(self._db, ids)
            self.rows_fetched += len(found)
            page = [found.get(i) for i in ids]
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

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
