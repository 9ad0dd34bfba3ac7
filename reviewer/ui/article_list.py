"""The article list as a lazy table model.

It keeps only the ordered ids (a few bytes per article) and fetches titles,
outlets and dates a page at a time as rows come into view, keeping a bounded
number of pages, so memory does not grow with the corpus.
"""

from __future__ import annotations

from collections import OrderedDict

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.storage.articles import ArticleSummary, article_ids, summaries_by_ids
from reviewer.textdir import is_right_to_left

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Outlet", "Date", "Status")
PAGE_SIZE = 200
MAX_PAGES = 20
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
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ArticleSummary]] = OrderedDict()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = article_ids(self._db)
        self._pages.clear()
        self.endResetModel()

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
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
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

    def article_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def summary_at(self, row: int) -> ArticleSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page_ids = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            page = summaries_by_ids(self._db, page_ids)
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def cached_pages(self) -> int:
        return len(self._pages)


def _alignment_for(text: str) -> Qt.AlignmentFlag:
    """Right-align a cell whose text reads right-to-left, as the article view does."""
    side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
