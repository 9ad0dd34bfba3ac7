"""Showing search hits: snippets with their hits marked, and hits in the article view.

The list model's "Match" column carries a ``Snippet`` (plain text plus hit
offsets in code points). ``SnippetDelegate`` draws it with the hits on a
highlight background through a ``QTextLayout`` with format ranges: plain text,
shaped by Qt (never HTML, never reshaped), converted to UTF-16 at this boundary.
``show_search_hits`` marks every hit in the article view as its own layer.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.offsets import OffsetMap
from reviewer.search import ParsedQuery, Snippet, hit_spans
from reviewer.textdir import is_right_to_left
from reviewer.ui.article_list import SnippetRole
from reviewer.ui.article_view import ArticleView, Highlight

SEARCH_LAYER = "search"
HIT_COLOR = QColor("#bcdcff")  # blue: yellow is the analyst's own evidence


def hit_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(HIT_COLOR)
    return fmt


def show_search_hits(view: ArticleView, text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Highlight the query's hits in ``view`` (showing ``text``) and scroll to the first.

    An empty query clears the layer. Returns the spans (code points).
    """
    spans = hit_spans(text, query)
    fmt = hit_format()
    view.set_highlights(SEARCH_LAYER, [Highlight(s, e, fmt) for s, e in spans])
    if spans:
        cursor = view.textCursor()
        cursor.setPosition(OffsetMap(text).cp_to_utf16(spans[0][0]))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
    return spans


class SnippetDelegate(QStyledItemDelegate):
    """Paints a ``Snippet`` cell: the text in its own direction, hits highlighted."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(SnippetRole)
        if not isinstance(snippet, Snippet):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = QRectF(option.rect.adjusted(4, 0, -4, 0))
        if snippet.note:  # the alias stays in sight at the leading edge; the rest scrolls
            rect = self._paint_note(painter, option, snippet.note, rect)
            snippet = snippet.without_note()
        layout, offsets = _snippet_layout(snippet, option)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1.0))
        layout.endLayout()
        painter.save()
        painter.setClipRect(rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.highlightedText().color())
        top = rect.top() + (rect.height() - line.height()) / 2
        x = rect.left() + _shift_to_first_hit(line, snippet, offsets, rect.width())
        layout.draw(painter, QPointF(x, top))
        painter.restore()

    def _paint_note(
        self, painter: QPainter, option: QStyleOptionViewItem, note: str, rect: QRectF
    ) -> QRectF:
        """Draw ``note`` in grey at the cell's leading edge; return the room left."""
        layout = QTextLayout(note, option.font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1.0))
        layout.endLayout()
        width = min(line.naturalTextWidth(), rect.width() * 0.7)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        box = QRectF(rect.right() - width if rtl else rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setClipRect(box)
        painter.setPen(option.palette.placeholderText().color())
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(option.palette.highlightedText().color())
        layout.draw(painter, QPointF(box.left(), rect.top() + (rect.height() - line.height()) / 2))
        painter.restore()
        gap = 8
        if rtl:
            return rect.adjusted(0, 0, -(width + gap), 0)
        return rect.adjusted(width + gap, 0, 0, 0)


def _shift_to_first_hit(
    line: QTextLine, snippet: Snippet, offsets: OffsetMap, width: float
) -> float:
    """How far to move a too-long snippet so its first hit shows with some context.

    A narrow column would otherwise cut the hit off: the hit is placed a third
    of the way in from the reading start (right in RTL), never leaving a gap.
    """
    if line.naturalTextWidth() <= width or not snippet.hits:
        return 0.0
    start_x, _ = line.cursorToX(0)
    end_x, _ = line.cursorToX(offsets.cp_to_utf16(len(snippet.text)))
    hit_x, _ = line.cursorToX(offsets.cp_to_utf16(snippet.hits[0][0]))
    if start_x > end_x:  # right-to-left: the text starts at the right edge
        return min(max(width * 2 / 3 - hit_x, width - start_x), -end_x)
    return min(max(width / 3 - hit_x, width - end_x), -start_x)


def _snippet_layout(
    snippet: Snippet, option: QStyleOptionViewItem
) -> tuple[QTextLayout, OffsetMap]:
    layout = QTextLayout(snippet.text, option.font)
    text_option = QTextOption()
    rtl = is_right_to_left(snippet.text)
    text_option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    text_option.setAlignment(Qt.AlignmentFlag.AlignLeft)  # leading edge: right when RTL
    text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(text_option)
    offsets = OffsetMap(snippet.text)
    ranges = []
    for start, end in snippet.hits:
        r = QTextLayout.FormatRange()
        r.start = offsets.cp_to_utf16(start)
        r.length = offsets.cp_to_utf16(end) - r.start
        r.format = hit_format()
        ranges.append(r)
    layout.setFormats(ranges)
    return layout, offsets
