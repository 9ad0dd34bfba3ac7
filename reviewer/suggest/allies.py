"""Unnamed allies joined to a named group: 'هيئة تحرير الشام وفصائل متحالفة معها' (issue 18,
actor convention 24; development sets 13, 20, 30, 32, 39).

Wires name the leading group and add its allies by a pronoun: 'قوات النظام والميليشيات الموالية
لها', 'الحرس الثوري الإيراني والفصائل المتحالفة معه'. ACLED codes such allies by their side's
category (the old army's allies are pro-government militias, the rebels' allies rebels, Turkey's
the SNA, the SDF's the SDF, Iran's Iran-backed militias). The phrase is a mention of that
category only where it is joined by 'و' right after a group the suggesters found: a found group is
a party, and so are allies named in one breath with it. The words and the categories are data in
resources/suggest/actors.json (``allies``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import fold, longest_first

__all__ = ["ally_spans"]


@cache
def _rule() -> tuple[re.Pattern[str], dict[str, Any]]:
    raw = _data.rules("actors")["allies"]

    def alt(key: str) -> str:
        return longest_first(raw[key])

    pattern = re.compile(
        rf"(?<![\w\u0621-\u064a])و((?:{alt('heads')})(?:\s+(?:{alt('qualifiers')}))?"
        rf"\s+(?:(?:{alt('ally_words')})\s+(?:{alt('pronouns')})"
        # without a pronoun only a word that names no patron after it ('الموالية لإيران')
        rf"|(?:{alt('ally_words')})(?!\s+(?:ل|لل)[\u0621-\u064a])))(?![\w\u0621-\u064a])"
    )
    return pattern, raw


def _category(group: Suggestion, raw: dict[str, Any]) -> str | None:
    name = str(group.value)
    if name in raw["by_name"]:
        return str(raw["by_name"][name])
    if name in raw["no_allies"] or group.extra.get("inter") not in raw["rebel_kinds"]:
        return None
    return str(raw["rebels"])


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("actors")["counted_members"]["members"])


def _in_a_count(text: str, at: int) -> bool:
    """The group is counted ('قتلوا ثلاثين عنصراً من قوات الأسد والميليشيات المساندة لها'): a
    state force's allies are part of the count's one mention, which lists both (convention 24;
    development sets 8, 21), not another. The development sets label a rebel group's allies in a
    count on their own ('214 مقاتلاً من هيئة تحرير الشام والفصائل المتحالفة معها': sets 13, 43)."""
    words = text[max(at - 40, 0) : at].split()
    return len(words) >= 2 and words[-1] == "من" and fold(words[-2]) in _member_nouns()


def ally_spans(text: str, found: list[Suggestion]) -> list[tuple[int, int, str, list[Suggestion]]]:
    """(start, end, actor name, the suggestions it replaces) of each allies' phrase joined to a
    found group, not yet found but as a 'replaces' category inside it ('فصائل مسلحة' of
    'وفصائل مسلحة رديفة')."""
    pattern, raw = _rule()
    actors = [s for s in found if s.kind == "actor"]
    replaces = frozenset(raw.get("replaces", []))
    out: list[tuple[int, int, str, list[Suggestion]]] = []
    for m in pattern.finditer(text):
        a, b = m.span(1)
        over = [s for s in actors if s.start < b and a < s.end]
        if any(str(s.value) not in replaces or s.start < a or s.end > b for s in over):
            continue
        joined = [
            s for s in actors if s.end <= m.start() and not text[s.end : m.start()].strip(' "»”')
        ]
        if not joined:
            continue
        if str(joined[-1].value) in raw["by_name"] and _in_a_count(text, joined[-1].start):
            continue
        name = _category(joined[-1], raw)
        if name is not None:
            out.append((a, b, name, over))
    return out
