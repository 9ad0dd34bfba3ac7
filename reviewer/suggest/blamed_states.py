"""A state blamed for a reported harm is a party: 'وحمّلت النظام وروسيا مسؤولية 94 في المئة من
الحوادث', 'متهماً الدولة التركية بخرق تفاهمات وقف إطلاق النار', 'نحمل النظام وحليفه الروسي
المسؤولية الكاملة عن استهداف الأسواق' (issue 18, actor convention 33 of 2026-12-01).

Statements name a state by words that are no force's name anywhere else ('النظام', 'روسيا', 'الدولة
التركية'): the actor list cannot hold them, and the convention counts them only as the object of
blame for an act of force. A verb of blaming or accusing ('verbs'), up to 'reach' words of its
clause (its subject may come between: 'واتهم مصدر في الخارجية الحكومة التركية بـ...'), a state's
word ('objects', perhaps several joined by و: 'النظام وروسيا'), then within 'harm_reach' words of
the same clause a word of the harm or of the responsibility for it ('harm_words': 'مسؤولية',
'بخرق', 'باستهداف'). Accused only of support or a policy ('بتسهيل تحركات الخلايا') the state stays
out. The old government is the old army whatever the article's date. Data: resources/suggest/
actors.json (``blamed_states``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["behind_spans", "blamed_state_spans"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("blamed_states", {})
    objects = {
        tuple(fold(w) for w in phrase.split()): actor
        for actor, phrases in raw.get("objects", {}).items()
        for phrase in phrases
    }
    return {
        "verbs": frozenset(fold(w) for w in raw.get("verbs", [])),
        "harm": frozenset(fold(w) for w in raw.get("harm_words", [])),
        "objects": dict(sorted(objects.items(), key=lambda kv: -len(kv[0]))),
        "reach": int(raw.get("reach", 0)),
        "harm_reach": int(raw.get("harm_reach", 0)),
        "negations": frozenset(fold(w) for w in raw.get("negations", [])),
        "accused_heads": frozenset(fold(w) for w in raw.get("accused_heads", [])),
        "light": frozenset(fold(w) for w in raw.get("light_harm", [])),
        "policy": frozenset(fold(w) for w in raw.get("policy_words", [])),
    }


@cache
def _behind_rule() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """'behind_verbs', 'behind_words', 'behind_pronouns' folded, read once (not per article)."""
    raw = _data.rules("actors").get("blamed_states", {})
    return (
        frozenset(fold(w) for w in raw.get("behind_verbs", [])),
        frozenset(fold(w) for w in raw.get("behind_words", [])),
        frozenset(fold(w) for w in raw.get("behind_pronouns", [])),
    )


def _object_at(toks: list[Tok], i: int, joined: bool) -> tuple[int, str] | None:
    """(index of its last token, actor) of a state's word starting at token ``i``; after
    the first, each must be joined by و ('وروسيا', 'وحليفه الروسي')."""
    if i >= len(toks) or (joined and not toks[i].norm.startswith("و")):
        return None
    for words, actor in _rule()["objects"].items():
        span = toks[i : i + len(words)]
        if len(span) < len(words) or not all(t.joined for t in span[1:]):
            continue
        norms = [t.norm for t in span]
        if joined:
            norms[0] = norms[0][1:]  # 'وروسيا' -> 'روسيا'
        if tuple(norms) == words:
            return i + len(words) - 1, actor
    return None


def blamed_state_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each state blamed for a harm, where no suggestion covers it."""
    rule = _rule()
    if not rule["verbs"]:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for v, verb in enumerate(toks):
        if not verb.forms() & rule["verbs"]:
            continue
        if _negated(toks, v, rule):
            continue  # 'ولم يتهم البيان النظام بتنفيذ الهجوم'
        objects: list[tuple[int, int, str]] = []
        i = v + 1
        while i < len(toks) and i - v <= rule["reach"] and toks[i].joined and not objects:
            hit = _object_at(toks, i, False)
            if hit is not None:
                last, actor = hit
                objects.append((toks[i].start, toks[last].end, actor))
                i = last + 1
                while i < len(toks) and toks[i].joined:
                    more = _object_at(toks, i, True)
                    if more is None:
                        break
                    objects.append((toks[i].start + 1, toks[more[0]].end, more[1]))
                    i = more[0] + 1
                if not _harm_follows(toks, i, rule, taken):
                    objects = []  # the accuser ('واتهم النظام السوري الفصائل بقصف'): read on
                continue
            i += 1
        if not objects:
            continue
        for a, b, actor in objects:
            if not any(x < b and a < y for x, y in taken):
                out.append((a, b, actor))
                taken.append((a, b))
    return out


def behind_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int, str]]:
    """'النظام يقف وراء هذه الجرائم', 'محاولة تقف وراءها أجهزة النظام': a state said to stand
    behind an act ('behind_verbs' and 'behind_words'), its word right before the verb or, after
    a preposition with the act's pronoun ('behind_pronouns': 'وراءها'), right after it. After
    the bare preposition the word is the one backed ('إيران تقف خلف النظام'), no party."""
    verbs, behind, pronouns = _behind_rule()
    if not verbs:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for v in range(len(toks) - 1):
        if toks[v].norm not in verbs or not toks[v + 1].joined or toks[v + 1].norm not in behind:
            continue
        hit = None
        if v + 2 < len(toks) and toks[v + 2].joined and toks[v + 1].norm in pronouns:
            found_at = _object_at(toks, v + 2, False)  # 'تقف وراءها أجهزة النظام'
            if found_at is not None:
                hit = (toks[v + 2].start, toks[found_at[0]].end, found_at[1])
        if hit is None and v > 0 and toks[v].joined:
            for first in range(max(0, v - 2), v):  # 'النظام يقف وراء', 'النظام السوري يقف وراء'
                found_at = _object_at(toks, first, False)
                if found_at is not None and found_at[0] == v - 1:
                    hit = (toks[first].start, toks[v - 1].end, found_at[1])
                    break
        if hit is not None and not any(x < hit[1] and hit[0] < y for x, y in taken):
            out.append(hit)
            taken.append(hit[:2])
    return out


def _harm_follows(
    toks: list[Tok], i: int, rule: dict[str, Any], taken: list[tuple[int, int]]
) -> bool:
    """A word of harm within 'harm_reach' words after the objects, in their clause, with no
    other party between: a force found or another state's word there is the one accused, and
    the state before it is the accuser ('واتهمت روسيا فصائل المعارضة باستهداف', 'وتحمل إسرائيل
    الحكومة السورية مسؤولية')."""
    k = i
    while k < len(toks) and k - i < rule["harm_reach"] and toks[k].joined:
        if toks[k].forms() & rule["harm"]:
            return not _of_policy(toks, k, rule)
        tok = toks[k]
        if any(x <= tok.start < y for x, y in taken) or _object_at(toks, k, False) is not None:
            return False
        if tok.norm in rule["accused_heads"]:
            return False
        k += 1
    return False


def _of_policy(toks: list[Tok], k: int, rule: dict[str, Any]) -> bool:
    """A light word of harm ('light_harm': 'مسؤولية', 'تنفيذ', 'غطاء') with a word of policy,
    politics or living conditions right after it ('policy_words': 'مسؤولية فشل المفاوضات',
    'بتنفيذ سياسة تتريك', 'غطاء سياسي', 'مسؤولية تدهور الأوضاع المعيشية'): no act of force."""
    if not toks[k].forms() & rule["light"]:
        return False
    return any(t.joined and t.forms() & rule["policy"] for t in toks[k + 1 : k + 3])


def _negated(toks: list[Tok], v: int, rule: dict[str, Any]) -> bool:
    """A negation right before the verb, or before 'أن' before it ('لم يتهم', 'دون أن يتهم')."""
    before = [toks[j].norm for j in (v - 1, v - 2) if j >= 0]
    if before and before[0] == fold("أن") and len(before) > 1:
        return before[1] in rule["negations"]
    return bool(before) and before[0] in rule["negations"]
