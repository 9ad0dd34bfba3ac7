"""A group named again by one word of its full name, in quotes: 'مقاتلي "الوطنية" و"العزة"'
after 'الجبهة الوطنية للتحرير' and 'جيش العزة' (issue 18, development set 33).

Outlets shorten a faction's name to its distinctive word once the full name has been given,
and set it in quotes to mark it as a name. The quoted word (with its article) is a mention of
the one group found before it in the text whose name holds that word after its head (in a
headline, which comes before the body that names the group in full, the one found anywhere); not a
head word of a kind of group ('الجبهة', 'الفرقة', 'التنظيم': ``short_names.not_words`` and the
counted-members ``bare_heads``), not a word two groups found before share, and not a state's or
a generic party's name (their words are everyday words: 'السوري', 'المدنيين'). The words are
data in resources/suggest/actors.json (``short_names``).
"""

from __future__ import annotations

import re
from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import fold

__all__ = ["short_name_spans"]

_QUOTED_WORD = re.compile(r"[\"“«]\s*(ال[\u0621-\u064a\u0640]{2,})\s*[\"”»]")


@cache
def _rule() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("short_names", {})
    heads = _data.rules("actors").get("counted_members", {}).get("bare_heads", [])
    not_words = {fold(w) for w in raw.get("not_words", [])} | {fold("ال" + h) for h in heads}
    kinds = frozenset(raw.get("group_kinds", []))
    return frozenset(not_words), kinds


def short_name_spans(text: str, found: list[Suggestion]) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the group's suggestion) of each quoted short name not already found."""
    if '"' not in text and "“" not in text and "«" not in text:
        return []
    not_words, kinds = _rule()
    groups = [s for s in found if s.kind == "actor" and s.extra.get("inter") in kinds]
    if not groups:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    headline = text.find("\n") if "\n" in text.strip() else -1
    out: list[tuple[int, int, Suggestion]] = []
    for m in _QUOTED_WORD.finditer(text):
        a, b = m.span(1)
        word = fold(m.group(1))
        if word in not_words or any(x < b and a < y for x, y in taken):
            continue
        owners = {
            s.value: s
            for s in groups
            if s.end <= a and word in {fold(w) for w in s.text.split()[1:]}
        }
        if not owners and b <= headline:  # '"النجباء" و"فاطميون" يقودون الهجوم': the body names it
            owners = {s.value: s for s in groups if word in {fold(w) for w in s.text.split()[1:]}}
        if len(owners) == 1:
            out.append((a, b, next(iter(owners.values()))))
    return out
