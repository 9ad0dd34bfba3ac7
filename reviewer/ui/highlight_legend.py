"""One line under the article saying what each highlight colour means.

Suggestions (dotted underline over a faint tint, one colour per kind), the event's
evidence (yellow; the current field's darker and underlined) and search hits
(blue) each look different; the legend names them, and its tooltip says which keys
act on a suggestion. Colours come from the modules that draw them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QWidget

from reviewer.ui.evidence_link import EVIDENCE_FORMAT, FOCUS_FORMAT
from reviewer.ui.search_results import HIT_COLOR
from reviewer.ui.suggestion_controller import KIND_COLOURS

SUGGESTION_WORDS = {
    "place": "place",
    "actor": "actor",
    "figure": "figure",
    "date": "date",
    "hint": "event type",
    "source": "source",
}


def _chip(text: str, style: str) -> str:
    return f'<span style="{style}">&nbsp;{escape(text)}&nbsp;</span>'


def legend_html() -> str:
    suggestions = " ".join(
        _chip(word, f"color: {KIND_COLOURS[kind]}; text-decoration: underline;")
        for kind, word in SUGGESTION_WORDS.items()
    )
    evidence = EVIDENCE_FORMAT.background().color().name()
    focus = FOCUS_FORMAT.background().color().name()
    return (
        f"Suggested: {suggestions} · "
        f"{_chip('evidence', f'background: {evidence};')} "
        f"{_chip('current field', f'background: {focus}; text-decoration: underline;')} · "
        f"{_chip('search hit', f'background: {HIT_COLOR.name()};')}"
    )


class HighlightLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(legend_html(), parent, objectName="highlightLegend")
        self.setWordWrap(True)
        self.setToolTip(
            "Dotted underlines are suggestions: Ctrl+Return accepts the one under the "
            "cursor, Ctrl+Backspace rejects it (View → Show suggestions hides them). "
            "Yellow marks the event's evidence, darker for the field you are in; "
            "blue marks the words your search found."
        )
