"""The read-only article view, laid out paragraph by paragraph.

Every paragraph is laid out in its own direction: Arabic ones hug the right
margin, a Latin one ("ADVERTISEMENT") the left. The text is plain text, never
HTML, and never reshaped: Qt shapes Arabic itself.

shared/reference/qt-arabic-facts.md reports RTL paragraphs drawn left-aligned by
default. Measured here with PySide6 6.12: true of QPlainTextEdit (its layout
ignores per-block alignment), while QTextEdit already aligns each block to its
detected direction. We use QTextEdit and still stamp each block's format with
its direction explicitly, so the result does not depend on that default; the
rendering test checks the pixels either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from reviewer.offsets import OffsetMap
from reviewer.ui.fonts import DEFAULT_POINT_SIZE, article_font

MIN_POINT_SIZE, MAX_POINT_SIZE = 8, 40
# Drawing order of highlight layers, later on top: the analyst's own evidence
# must stay visible over machine suggestions and search hits.
ADD_CLAIM_KEYS = "Ctrl+K"  # "Add as claim…" (the window's Event menu owns the shortcut)
LAYER_ORDER = {"suggestions": 0, "search": 1, "evidence": 2, "evidence-focus": 3}


@dataclass(frozen=True)
class Highlight:
    """A span of the article (code points) drawn with a character format."""

    start: int
    end: int
    format: QTextCharFormat
    key: object = None  # what a click on it means to the layer's owner (e.g. a field)


# () -> ([(field, label)], the field to offer first or None)
AttachTargets = Callable[[], tuple[list[tuple[str, str]], str | None]]


class ArticleView(QTextEdit):
    """The article, with highlight layers, span selection and an "attach" context menu.

    It knows nothing of events: ``attach_requested(field, start, end)`` and
    ``highlight_clicked(layer, key)`` are handled by whoever connects them.
    """

    attach_requested = Signal(str, int, int)  # field, code-point start, end
    claim_requested = Signal(int, int)  # code-point start, end: "Add as claim…"
    selection_made = Signal(int, int)  # code-point start, end of a new non-empty selection
    highlight_clicked = Signal(str, object)  # layer, Highlight.key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setObjectName("articleView")
        self._point_size = DEFAULT_POINT_SIZE
        self._offsets = OffsetMap("")
        self._layers: dict[str, list[Highlight]] = {}
        self._text = ""
        self._attach_targets: AttachTargets | None = None
        self._offer_claims = False
        self.setFont(article_font(self._point_size))
        self.selectionChanged.connect(self._on_selection_changed)

    def text(self) -> str:
        """The article text exactly as given (code points, as offsets count them)."""
        return self._text

    def show_text(self, text: str) -> None:
        self._layers.clear()
        self._text = text
        self._offsets = OffsetMap(text)
        self.setExtraSelections([])
        self.setPlainText(text)
        apply_paragraph_directions(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_highlights(self, layer: str, spans: list[Highlight]) -> None:
        """Show ``spans`` (code-point offsets into the article text) as one named layer.

        Layers (evidence, suggestions, search hits, ...) are kept apart so that
        one feature can redraw its own without disturbing the others; the
        offsets are converted to Qt's UTF-16 positions here, at the boundary.
        """
        if spans:
            self._layers[layer] = spans
        else:
            self._layers.pop(layer, None)
        self._redraw_highlights()

    def highlights(self, layer: str) -> list[Highlight]:
        return list(self._layers.get(layer, []))

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start..end`` and scroll them into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.cp_to_utf16(start))
        cursor.setPosition(self._offsets.cp_to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        """The current selection as code-point offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._offsets.utf16_to_cp(cursor.selectionStart()),
            self._offsets.utf16_to_cp(cursor.selectionEnd()),
        )

    def span_at_position(self, u16_position: int) -> int:
        return self._offsets.utf16_to_cp(u16_position)

    def highlight_at(self, cp: int) -> tuple[str, Highlight] | None:
        """The top-most keyed highlight covering code point ``cp`` (last layer wins)."""
        for layer in reversed(list(self._layers)):
            for span in self._layers[layer]:
                if span.key is not None and span.start <= cp < span.end:
                    return layer, span
        return None

    def click_at_offset(self, cp: int) -> bool:
        """What a click on code point ``cp`` does: report the highlight under it, if any."""
        hit = self.highlight_at(cp)
        if hit is not None:
            self.highlight_clicked.emit(hit[0], hit[1].key)
        return hit is not None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.click_at_offset(self._offsets.utf16_to_cp(position))

    # -- attaching evidence ---------------------------------------------------------

    def _on_selection_changed(self) -> None:
        span = self.selected_span()
        if span is not None:
            self.selection_made.emit(*span)

    def offer_claims(self, on: bool = True) -> None:
        """Offer "Add as claim…" in the context menu (``claim_requested`` on choosing it)."""
        self._offer_claims = on

    def request_claim(self) -> bool:
        """Ask for a claim from the selected words (False when nothing is selected)."""
        span = self.selected_span()
        if span is not None:
            self.claim_requested.emit(*span)
        return span is not None

    def set_attach_targets(self, targets: AttachTargets | None) -> None:
        """Offer "Attach selection to <field>" in the context menu, for these fields."""
        self._attach_targets = targets

    def build_context_menu(self, position: QPoint | None = None) -> QMenu:
        """Qt's copy/select-all menu, plus attach and claim actions when text is selected."""
        menu = self.createStandardContextMenu(position or QPoint(0, 0))
        span = self.selected_span()
        first = menu.actions()[0] if menu.actions() else None
        if self._offer_claims:
            claim = QAction(self.tr("Add as claim…"), menu)
            claim.setShortcut(ADD_CLAIM_KEYS)
            claim.setObjectName("addAsClaim")
            claim.setEnabled(span is not None)
            claim.triggered.connect(self.request_claim)
            menu.insertAction(first, claim)
            if first is not None:
                menu.insertSeparator(first)
        if self._attach_targets is None:
            return menu
        fields, preferred = self._attach_targets()
        labels = dict(fields)
        if preferred in labels:
            action = menu.addAction(
                self.tr("Attach selection to {field}").format(field=labels[preferred])
            )
            action.setShortcut("Ctrl+E")
            action.setObjectName("attachToCurrentField")
            action.setEnabled(span is not None)
            action.triggered.connect(lambda: self._request_attach(preferred))
            menu.insertAction(first, action)
        submenu = QMenu(self.tr("Attach selection to field"), menu)
        submenu.setEnabled(span is not None)
        for field, label in fields:
            action = submenu.addAction(label)
            action.setData(field)
            action.triggered.connect(
                lambda _checked=False, field=field: self._request_attach(field)
            )
        menu.insertMenu(first, submenu)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _request_attach(self, field: str) -> None:
        span = self.selected_span()
        if span is not None:
            self.attach_requested.emit(field, *span)

    def _redraw_highlights(self) -> None:
        selections = []
        layers = sorted(self._layers.items(), key=lambda item: LAYER_ORDER.get(item[0], 9))
        for _name, spans in layers:
            for span in spans:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(self._offsets.cp_to_utf16(span.start))
                cursor.setPosition(
                    self._offsets.cp_to_utf16(span.end), QTextCursor.MoveMode.KeepAnchor
                )
                selection.cursor = cursor
                selection.format = span.format
                selections.append(selection)
        self.setExtraSelections(selections)

    def point_size(self) -> int:
        return self._point_size

    def set_point_size(self, size: int) -> None:
        self._point_size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.setFont(article_font(self._point_size))

    def zoom_in(self) -> None:
        self.set_point_size(self._point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self._point_size - 1)


def apply_paragraph_directions(document: QTextDocument) -> None:
    """Give each block the direction Qt detected in it, aligned to its leading edge."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        direction = block.textDirection()
        fmt = block.blockFormat()
        fmt.setLayoutDirection(direction)
        # AlignLeft without AlignAbsolute means "leading edge": right in an RTL block.
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
