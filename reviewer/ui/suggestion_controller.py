"""Suggestions drawn over the article view; one key accepts, another rejects.

The controller only adapts: it draws the suggestions it is given (reviewer.suggest)
in their own highlight layer of the ArticleView, finds the one under the text cursor,
and hands it to callbacks. What "accept" means (set the event field, create the
evidence span, add a claim for a figure) and how a rejection is stored belong to the
caller, which does it through the core; no SQL here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat

from reviewer.suggest.model import KINDS, Suggestion
from reviewer.ui.article_view import ArticleView, Highlight
from reviewer.ui.language import translate

LAYER = "suggestions"

# Distinct from evidence highlights (solid fill): a dotted underline in the kind's
# colour over a faint tint of it, so a suggestion reads as "offered", not "recorded".
KIND_COLOURS = {
    "place": "#1b7f3b",
    "actor": "#1f5fbf",
    "figure": "#c26a00",
    "date": "#7b3fb5",
    "hint": "#b0303a",
    "source": "#2a8a8a",
}
TINT_ALPHA = 38

ACCEPT_KEYS = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Return)
REJECT_KEYS = QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Backspace)


def suggestion_format(kind: str) -> QTextCharFormat:
    colour = QColor(KIND_COLOURS.get(kind, "#555555"))
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(colour)
    tint = QColor(colour)
    tint.setAlpha(TINT_ALPHA)
    fmt.setBackground(tint)
    fmt.setToolTip(
        translate(
            "SuggestionController",
            "Suggested {kind}: Ctrl+Return accepts it, Ctrl+Backspace rejects it",
        ).format(kind=translate("HighlightLegend", kind))
    )
    return fmt


class SuggestionController(QObject):
    """Shows suggestions on ``view``; Ctrl+Return accepts, Ctrl+Backspace rejects.

    ``accept(suggestion)`` and ``reject(suggestion)`` are the caller's; both run before
    the suggestion disappears from the view, and an exception from either leaves it
    shown (nothing was recorded). The two QActions are public so a window can also
    put them in a menu or change their shortcuts.
    """

    accepted = Signal(object)
    rejected = Signal(object)
    current_changed = Signal(object)  # the suggestion under the cursor, or None

    def __init__(
        self,
        view: ArticleView,
        *,
        accept: Callable[[Suggestion], None],
        reject: Callable[[Suggestion], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self._view = view
        self._accept = accept
        self._reject = reject
        self._shown: list[Suggestion] = []
        self._current: Suggestion | None = None
        self.accept_action = self._action(
            self.tr("Accept suggestion"), ACCEPT_KEYS, self.accept_current
        )
        self.reject_action = self._action(
            self.tr("Reject suggestion"), REJECT_KEYS, self.reject_current
        )
        view.cursorPositionChanged.connect(self._cursor_moved)

    def _action(self, text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._view.addAction(action)
        return action

    # --- showing -------------------------------------------------------------------

    def set_suggestions(self, suggestions: list[Suggestion]) -> None:
        """Show these (already filtered of rejected ones) for the article in the view."""
        self._shown = sorted(suggestions, key=lambda s: (s.start, s.end))
        self._redraw()

    def suggestions(self) -> list[Suggestion]:
        return list(self._shown)

    def clear(self) -> None:
        self.set_suggestions([])

    def _redraw(self) -> None:
        spans = [Highlight(s.start, s.end, suggestion_format(s.kind)) for s in self._shown]
        self._view.set_highlights(LAYER, spans)
        self._cursor_moved()

    # --- the one under the cursor ---------------------------------------------------

    def suggestion_at(self, position: int) -> Suggestion | None:
        """The innermost suggestion touching code point ``position``."""
        touching = [s for s in self._shown if s.start <= position < s.end]
        if not touching:
            touching = [s for s in self._shown if s.contains(position)]
        if not touching:
            return None
        return min(touching, key=lambda s: (s.end - s.start, KINDS.index(s.kind)))

    def current(self) -> Suggestion | None:
        cursor = self._view.textCursor()
        u16 = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        return self.suggestion_at(self._view.span_at_position(u16))

    def _cursor_moved(self) -> None:
        now = self.current()
        if now != self._current:
            self._current = now
            self.current_changed.emit(now)

    # --- accepting and rejecting ----------------------------------------------------

    def accept_current(self) -> Suggestion | None:
        target = self.current()
        if target is None:
            return None
        self._accept(target)
        self._drop(target)
        self.accepted.emit(target)
        return target

    def reject_current(self) -> Suggestion | None:
        target = self.current()
        if target is None:
            return None
        self._reject(target)
        self._drop(target)
        self.rejected.emit(target)
        return target

    def _drop(self, target: Suggestion) -> None:
        self._shown = [s for s in self._shown if s.key != target.key]
        self._redraw()
