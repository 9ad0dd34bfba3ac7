"""Event hints: trigger words (سيطرة، قصف، غارات ...) -> likely ACLED sub-event types.

The words and their mapping are data (resources/suggest/hints.json), so a
methodologist can change a rule without touching code.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import PhraseIndex, Tok, tokens

__all__ = ["find_hints"]


@cache
def _index() -> PhraseIndex[int]:
    index: PhraseIndex[int] = PhraseIndex(article_strict=False)
    for n, hint in enumerate(_data.rules("hints")["hints"]):
        for form in hint["forms"]:
            index.add(form, n)
    return index


def find_hints(text: str, toks: list[Tok] | None = None) -> list[Suggestion]:
    toks = tokens(text) if toks is None else toks
    hints = _data.rules("hints")["hints"]
    out: list[Suggestion] = []
    for hit in _index().scan(toks):
        hint: dict[str, Any] = hints[hit.payloads[0]]
        extra = {"event_type": hint["event_type"], "hint": hint["id"]}
        if hint.get("note"):
            extra["note"] = hint["note"]
        span = text[hit.start : hit.end]
        out.append(Suggestion("hint", hit.start, hit.end, span, hint["sub_event_type"], extra))
    return out
