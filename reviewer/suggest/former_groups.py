"""A faction someone once belonged to is no party: 'قيادياً سابقاً في فصائل المعارضة', 'عنصر
سابق في جيش الأحرار', 'المقاتلين السابقين في فصائل المعارضة' (issue 18, actor convention 13: a
person who once fought but is attacked as a civilian is a civilian; the former group is no
mention of its own there).

A group right after a word of 'former' ('former_words') and 'في' ('links') is where the person
came from. Only non-state groups are dropped (``keep_inters``): a state's units named so ('ضابط
سابق في الفرقة الرابعة' leading a militia) are labelled either way by the development sets, and
'حاجز سابق لفرع الأمن' says what the post was. Data: resources/suggest/actors.json
(``former_groups``).
"""

from __future__ import annotations

import re
from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import longest_first

__all__ = ["former_groups"]


@cache
def _rule() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    raw = _data.rules("actors").get("former_groups", {})
    words, links = raw.get("former_words", []), raw.get("links", [])
    if not words or not links:
        return None, frozenset()
    pattern = re.compile(
        rf"(?<![\u0621-\u064a])(?:{longest_first(words)})\s+(?:{longest_first(links)})\s*$"
    )
    return pattern, frozenset(raw.get("keep_inters", []))


def former_groups(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The actor suggestions of ``found`` that name a group someone once belonged to."""
    pattern, keep = _rule()
    if pattern is None or "سابق" not in text:
        return []
    return [
        s
        for s in found
        if s.kind == "actor"
        and s.extra.get("inter") not in keep
        and not s.extra.get("new")
        and pattern.search(text, max(0, s.start - 30), s.start) is not None
    ]
