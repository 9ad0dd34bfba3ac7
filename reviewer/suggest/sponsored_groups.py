"""Armed groups named by the state that backs them: 'ميليشيات محلية مدعومة من إيران',
'فصائل سورية موالية لأنقرة', 'مجموعات عراقية تدعمها طهران' (issue 18, development set 41).

News names many militias by their patron rather than by their name. ACLED codes such groups by
their patron's category (Iran's militias 'Iran-backed Militias (Syria)', Turkey's factions the
SNA). The actor list holds the common fixed forms ('الميليشيات المدعومة من إيران'); a qualifier
between the noun and the link ('محلية', 'عراقية', 'مسلحة') makes forms no list can hold, and the
words before the link may be read alone as another party ('ميليشيات محلية' beside the old army
is a pro-government militia). A group noun ('heads'), up to 'max_qualifiers' qualifier words, a
link ('links': 'مدعومة من', 'تدعمها', 'موالية لـ') and a patron ('patrons') is a mention of the
patron's category; it replaces a category suggestion inside it ('replaces'). Only patrons whose
groups ACLED codes one way are listed (not the old government: cells "linked to the regime"
are accusations the development sets code in several ways). Data: resources/suggest/actors.json
(``sponsored_groups``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import longest_first

__all__ = ["sponsored_group_spans"]

_LETTER = "\u0621-\u064a\u0640"


@cache
def _rule() -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    raw: dict[str, Any] = _data.rules("actors").get("sponsored_groups", {})
    if not raw.get("heads"):
        return None, {}, frozenset()

    patrons = {w: actor for actor, ws in raw["patrons"].items() for w in ws}
    most = int(raw.get("max_qualifiers", 2))
    pattern = re.compile(
        rf"(?<![{_LETTER}])[وبف]?(?P<name>(?:ال|لل)?(?:{longest_first(raw['heads'])})"
        rf"(?:\s+(?:{longest_first(raw['qualifiers'])})){{0,{most}}}"
        rf"\s+(?:{longest_first(raw['links'])})\s*[\"“«]?(?P<patron>{longest_first(patrons)}))(?![{_LETTER}])"
    )
    return pattern, patrons, frozenset(raw.get("replaces", []))


def sponsored_group_spans(
    text: str, found: list[Suggestion]
) -> list[tuple[int, int, str, list[Suggestion]]]:
    """(start, end, the patron's category, the suggestions it replaces) of each group named by
    its patron where no other suggestion names a group inside it."""
    pattern, patrons, replaces = _rule()
    if pattern is None:
        return []
    out: list[tuple[int, int, str, list[Suggestion]]] = []
    actors = [s for s in found if s.kind == "actor"]
    for m in pattern.finditer(text):
        a, b = m.span("name")
        over = [s for s in actors if s.start < b and a < s.end]
        if any(str(s.value) not in replaces or s.start < a or s.end > b for s in over):
            continue  # a name of its own ('الميليشيات المدعومة من إيران' of the list)
        out.append((a, b, patrons[m.group("patron")], over))
    return out
