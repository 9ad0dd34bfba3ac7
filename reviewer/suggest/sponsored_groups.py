"""Armed groups named by the state that backs them: 'ميليشيات محلية مدعومة من إيران',
'فصائل سورية موالية لأنقرة', 'مجموعات عراقية تدعمها طهران' (issue 18, development set 41).

News names many militias by their patron rather than by their name. ACLED codes such groups by
their patron's category (Iran's militias 'Iran-backed Militias (Syria)', Turkey's factions the
SNA). The actor list holds the common fixed forms ('الميليشيات المدعومة من إيران'); a qualifier
between the noun and the link ('محلية', 'عراقية', 'مسلحة') makes forms no list can hold, and the
words before the link may be read alone as another party ('ميليشيات محلية' beside the old army
is a pro-government militia). A group noun ('heads'), up to 'max_qualifiers' qualifier words, a
link ('links': 'مدعومة من', 'تدعمها', 'موالية لـ') and a patron ('patrons') is a mention of the
patron's category; it replaces a category suggestion inside it ('replaces'). The old government
and the government of the day are patrons by date ('dated_patrons', actor conventions 7, 24, 33:
'خلايا مرتبطة بالنظام' a pro-government militia before 8 December 2024, the old army's remnants
after it; 'مسلحين موالين للسلطات' the new army after it); armed men and cells are heads too, and
a group named with no act of force of its own (accused only of stirring, an operation's aim)
stays out (development sets 41, 45-49). Data: resources/suggest/actors.json
(``sponsored_groups``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import longest_first

__all__ = ["sponsored_group_spans"]

_LETTER = "\u0621-\u064a\u0640"


@cache
def _rule() -> tuple[re.Pattern[str] | None, dict[str, Any], frozenset[str]]:
    raw: dict[str, Any] = _data.rules("actors").get("sponsored_groups", {})
    if not raw.get("heads"):
        return None, {}, frozenset()

    patrons: dict[str, Any] = {w: actor for actor, ws in raw["patrons"].items() for w in ws}
    for dated in raw.get("dated_patrons", {}).values():
        periods = tuple(sorted((date.fromisoformat(d), n) for d, n in dated["periods"]))
        patrons.update({w: periods for w in dated["words"]})
    # 'موالية ل' + 'النظام' is written 'موالية للنظام': the article's alif drops after 'ل'
    patrons.update({"ل" + w[2:]: v for w, v in list(patrons.items()) if w.startswith("ال")})
    most = int(raw.get("max_qualifiers", 2))
    patron = longest_first(patrons)
    pattern = re.compile(
        rf"(?<![{_LETTER}])[وبفل]?(?P<name>(?:ال|لل)?(?:{longest_first(raw['heads'])})"
        rf"(?:\s+و?(?:{longest_first(raw['qualifiers'])})){{0,{most}}}"
        rf"\s+(?:{longest_first(raw['links'])})\s*[\"“«]?(?P<patron>{patron})"
        rf"(?:\s+و(?:{patron}))?)(?![{_LETTER}])"
        # not a patron another adjective narrows ('للحكومة التركية' is no Syrian government)
        rf"(?!\s+ال[{_LETTER}]+ية?(?![{_LETTER}]))"
    )
    return pattern, patrons, frozenset(raw.get("replaces", []))


@cache
def _no_act_words() -> tuple[frozenset[str], ...]:
    raw: dict[str, Any] = _data.rules("actors").get("sponsored_groups", {})
    keys = ("charges_not_force", "targeted_by", "cleared_of", "behind_words", "plans")
    return tuple(frozenset(raw.get(k, [])) for k in keys)


def _no_act(text: str, a: int, b: int) -> bool:
    """The group is named with no act of force of its own (actor convention 33): accused only of
    stirring ('متهماً "خلايا مرتبطة بالنظام" بتأجيج الاقتتال'), or only what an operation aims at
    or clears ('عملية تستهدف خلايا مرتبطة بالنظام', 'تطهيرها من المسلحين المرتبطين بالنظام'), or
    standing behind a plan ('مخطط الفتنة الذي تقف وراءه')."""
    charges, targeted, cleared, behind, plans = _no_act_words()
    after = text[b : b + 40].lstrip(' "»”').split()
    if after and after[0].strip('"»”،.') in charges:
        return True
    before = [w.strip('"«“»”،') for w in text[max(a - 60, 0) : a].split()]
    before = [w for w in before if w]
    if before and before[-1] in targeted:
        return True
    if len(before) >= 2 and before[-1] == "من" and before[-2] in cleared:
        return True
    # 'مخطط الفتنة الذي تقف وراءه خلايا ...': behind a plan, not an act of force
    return len(before) >= 3 and before[-1] in behind and bool(set(before[-6:-2]) & plans)


def _patron_name(patron: Any, published: date | None) -> str:
    """The category of a patron's groups; a dated patron's by the text's date ('مسلحين موالين
    للسلطات' before 8 December 2024 are a pro-government militia, after it the new army)."""
    if isinstance(patron, str):
        return patron
    name = str(patron[0][1])
    for since, period in patron:
        if published is not None and published >= since:
            name = period
    return name


def sponsored_group_spans(
    text: str, found: list[Suggestion], published: date | None = None
) -> list[tuple[int, int, str, list[Suggestion]]]:
    """(start, end, the patron's category, the suggestions it replaces) of each group named by
    its patron where no other suggestion names a group inside it (a second patron joined by
    'و' is part of the phrase: 'مجموعات مرتبطة بالنظام والحرس الثوري' is the first's)."""
    pattern, patrons, replaces = _rule()
    if pattern is None:
        return []
    out: list[tuple[int, int, str, list[Suggestion]]] = []
    actors = [s for s in found if s.kind == "actor"]
    for m in pattern.finditer(text):
        a, b = m.span("name")
        patron_at = m.start("patron")
        name = _patron_name(patrons[m.group("patron")], published)
        over = [s for s in actors if s.start < b and a < s.end]
        if any(
            (str(s.value) not in {*replaces, name} and s.start < patron_at)
            or s.start < a
            or s.end > b
            for s in over
        ):
            continue  # a name of its own ('الميليشيات المدعومة من إيران' of the list)
        if _no_act(text, a, b):
            continue
        out.append((a, b, name, over))
    return out
