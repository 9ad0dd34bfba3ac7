"""One line under the article saying what each highlight colour means.

Suggestions (dotted underline over a faint tint, one colour per kind), the event's
evidence (yellow; the current field's darker and underlined) and search hits
(blue) each look different; the legend names them, and its tooltip says which keys
act on a suggestion. Colours come from the modules that draw them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from reviewer.ui.evidence_link import EVIDENCE_FORMAT, FOCUS_FORMAT
from reviewer.ui.language import translate
from reviewer.ui.search_results import HIT_COLOR
from reviewer.ui.suggestion_controller import KIND_COLOURS

SUGGESTION_WORDS = {
    "place": QT_TRANSLATE_NOOP("HighlightLegend", "place"),
    "actor": QT_TRANSLATE_NOOP("HighlightLegend", "actor"),
    "figure": QT_TRANSLATE_NOOP("HighlightLegend", "figure"),
    "date": QT_TRANSLATE_NOOP("HighlightLegend", "date"),
    "hint": QT_TRANSLATE_NOOP("HighlightLegend", "event type"),
    "source": QT_TRANSLATE_NOOP("HighlightLegend", "source"),
}


def _chip(text: str, style: str) -> str:
    """One coloured name that never breaks: the line wraps between chips, not in one
    (an Arabic "نتيجة بحث" split over two lines read as two legends)."""
    return f'<span style="{style}">&nbsp;{escape(text).replace(" ", "&nbsp;")}&nbsp;</span>'


def legend_html() -> str:
    suggestions = " ".join(
        _chip(
            translate("HighlightLegend", word),
            f"color: {KIND_COLOURS[kind]}; text-decoration: underline;",
        )
        for kind, word in SUGGESTION_WORDS.items()
    )
    evidence = EVIDENCE_FORMAT.background().color().name()
    focus = FOCUS_FORMAT.background().color().name()
    suggested = translate("HighlightLegend", "Suggested:")
    words = (
        translate("HighlightLegend", "evidence"),
        translate("HighlightLegend", "current field"),
        translate("HighlightLegend", "search hit"),
    )
    return (
        f"{suggested} {suggestions} · "
        f"{_chip(words[0], f'background: {evidence};')} "
        f"{_chip(words[1], f'background: {focus}; text-decoration: underline;')} · "
        f"{_chip(words[2], f'background: {HIT_COLOR.name()};')}"
    )


class HighlightLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_html(), parent, objectName="highlightLegend")
        self.setWordWrap(True)
        self.setToolTip(
            self.tr(
                "Dotted underlines are suggestions: Ctrl+Return accepts the one under the "
                "cursor, Ctrl+Backspace rejects it (View → Show suggestions hides them). "
                "Yellow marks the event's evidence, darker for the field you are in; "
                "blue marks the words your search found."
            )
        )
