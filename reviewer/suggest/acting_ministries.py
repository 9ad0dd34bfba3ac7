"""A ministry that acts by force is its state's forces (actor convention 14 of late
2026-11-30): 'أرسلت وزارة الدفاع تعزيزات', 'وكانت وزارة الداخلية قد أطلقت حملات', the headline
'وزارة الداخلية تفكك خلية', 'دخلت أرتال من وزارة الدفاع', 'عناصر من قوات الأمن العام ووزارة
الدفاع'. The defence ministry is the military forces, the interior ministry the police, of the
period the article's date gives (the succession of 8 December 2024 is applied by the caller).

A ministry that only speaks (a statement, a denial, an announcement, also of its units' acts:
'أعلنت وزارة الدفاع أن وحداتها') is an office quoted as a speaker and stays out: the rule asks
for a verb of force right before the ministry (its subject: 'أرسلت', 'أفرجت'), or right after it
(a headline's present 'تفكك', or 'قد' and a past verb), a unit noun and 'من' before it ('أرتال
من'), a state force joined to it by و, one of its units right before it ('تعزيزات لوزارة الدفاع',
'عناصر وزارة الدفاع'), or 'بالتعاون مع' before it after a state force ('وحدات الأمن العام
نفذت بالتعاون مع وزارة الدفاع حملة'; not after an office: 'أعلنت وزارة الصحة بالتعاون مع
وزارة الدفاع افتتاح مستوصف'). Another state's ministry ('وزارة الدفاع الروسية',
'وزارة الدفاع في الحكومة المؤقتة') is not this rule's. The words are data in
resources/suggest/actors.json (``acting_ministries``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["acting_ministry_spans"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("acting_ministries", {})
    words: dict[str, Any] = {
        k: frozenset(fold(w) for w in v) for k, v in raw.items() if isinstance(v, list)
    }
    words["ministries"] = {fold(k): v for k, v in raw.get("ministries", {}).items()}
    words["partner_window"] = int(raw.get("partner_window", 0))
    return words


def acting_ministry_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each ministry the text makes act by force, where no suggestion
    covers it yet."""
    rule = _rule()
    heads, ministries = rule.get("heads", frozenset()), rule["ministries"]
    if not heads or not ministries:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for k in range(len(toks) - 1):
        tok = toks[k]
        if not tok.forms() & heads or not toks[k + 1].joined:
            continue
        name = next((ministries[f] for f in toks[k + 1].forms() if f in ministries), None)
        if name is None:
            continue
        last = k + 1
        nxt = toks[last + 1] if last + 1 < len(toks) and toks[last + 1].joined else None
        if nxt is not None and nxt.forms() & rule.get("own_country", frozenset()):
            last += 1
        elif nxt is not None and (_nisba(nxt.norm) or _of_another_government(toks, last + 1)):
            continue  # 'وزارة الدفاع الروسية', 'وزارة الدفاع في الحكومة المؤقتة'
        start, end = tok.start, toks[last].end
        joined_by_and = tok.text.startswith("وو")
        if joined_by_and:
            start += 1  # 'ووزارة الدفاع': the name without its و
        if any(a < end and start < b for a, b in taken):
            continue
        if _acting(toks, k, last, found, rule, joined_by_and):
            out.append((start, end, name))
            taken.append((start, end))
    return out


def _of_another_government(toks: list[Tok], k: int) -> bool:
    """'في الحكومة المؤقتة', 'في حكومة الإنقاذ': a link ('elsewhere_links') and a government
    ('governments') right after the ministry: whose ministry the text says, and no rule here
    tells which state that is."""
    rule = _rule()
    if k + 1 >= len(toks) or not toks[k + 1].joined:
        return False
    return toks[k].norm in rule.get("elsewhere_links", frozenset()) and bool(
        toks[k + 1].forms() & rule.get("governments", frozenset())
    )


def _state_force_before(
    toks: list[Tok], k: int, found: list[Suggestion], rule: dict[str, Any]
) -> bool:
    """A state force found at most 'partner_window' words before token ``k`` ('وحدات الأمن
    العام نفذت بالتعاون مع'): the partner acts with a force. With an office or no force
    ('وأعلنت وزارة الصحة بالتعاون مع وزارة الدفاع افتتاح مستوصف') it does not act by force."""
    first = toks[max(0, k - int(rule.get("partner_window", 0)))].start
    return any(
        s.kind == "actor"
        and s.extra.get("inter") == "State forces"
        and first <= s.start
        and s.end <= toks[k].start
        for s in found
    )


def _nisba(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith("يه") and len(norm) > 5


def _acting(
    toks: list[Tok],
    k: int,
    last: int,
    found: list[Suggestion],
    rule: dict[str, Any],
    joined_by_and: bool,
) -> bool:
    before = toks[k - 1] if k > 0 and toks[k].joined else None
    if before is not None and before.forms() & rule.get("verbs_before", frozenset()):
        return True  # 'أرسلت وزارة الدفاع تعزيزات'
    if (
        before is not None
        and before.norm == fold("من")
        and k > 1
        and toks[k - 1].joined
        and toks[k - 2].forms() & rule.get("units", frozenset())
    ):
        return True  # 'دخلت أرتال من وزارة الدفاع'
    if before is not None and before.forms() & rule.get("units", frozenset()):
        return True  # 'وصول تعزيزات لوزارة الدفاع', 'من عناصر وزارة الدفاع': its units
    if (
        before is not None
        and k > 1
        and toks[k - 1].joined
        and toks[k - 2].forms() & rule.get("partners", frozenset())
        and before.norm == fold("مع")
        and _state_force_before(toks, k - 2, found, rule)
    ):
        return True  # 'نفذت بالتعاون مع وزارة الدفاع حملة': it acts with the subject
    if joined_by_and and before is not None:
        state = [s for s in found if s.kind == "actor" and s.extra.get("inter") == "State forces"]
        if any(s.end == before.end for s in state):
            return True  # 'عنصراً من قوات الأمن العام ووزارة الدفاع'
    after = toks[last + 1 : last + 3]
    if not after or not after[0].joined:
        return False
    if after[0].forms() & rule.get("verbs_after", frozenset()):
        return True  # the headline 'وزارة الداخلية تفكك خلية'
    if after[0].forms() & rule.get("verbs_before", frozenset()):
        return (
            True  # its subject first: 'وإن وزارة الدفاع أرسلت تعزيزات', 'وزارة الدفاع أطلقت عملية'
        )
    return (
        after[0].norm in rule.get("auxiliaries", frozenset())
        and len(after) > 1
        and after[1].joined
        and bool(after[1].forms() & rule.get("verbs_before", frozenset()))
    )  # 'وكانت وزارة الداخلية قد أطلقت حملات'
