"""Persons counted by a pronoun and harmed, detained or released: 'ما أدى إلى إصابة ثلاثة
منهم', 'اعتقلت ثلاثة رعاة قبل أن تفرج عن اثنين منهم', 'لا يزال أحد عشر منهم محتجزين' (actor
convention 31 of 2026-12-01).

'N منهم' names nobody by itself: 'them' are the people the text has just named, so the count
is a mention of their party, as convention 15 makes 'خمسة من عناصره' a mention of the group.
This rule reads the generic parties only (civilians, protesters, prisoners: 'parties'); the
counted members of a named group are counted_members.py's. A count ('counts': a number word,
a digit, 'العشرات') right before 'منهم' is read where a word of harm, arrest or release
('verbs') stands at most 'gap' words before the count in its clause ('مقتل ستة منهم', 'أفرجت
عن خمسة منهم'), or a word of being held right after 'منهم' ('after': 'محتجزين'). Its value
is that of the nearest actor suggestion before it (prisoners arrested, 'arrests', are
civilians: detainees, convention (a)), at most 'window' words back in its
sentence or the one before; nothing where that suggestion is a force or a named group, and
nothing for a count that only describes part of a toll ('حالة خمسة منهم حرجة', 'ثلاثة منهم
من فرع الأمن': no such word before it). The words are data in
resources/suggest/counted_victims.json (``of_them``).

A word of harm, arrest or release is read in any person and voice (verb_bases.py: 'فأصابوا' and
'أصابت' are 'أصاب', 'سراحهم' is 'سراح'). The 'gap' words before the count do not count a force
found (the subject: 'أفرج التنظيم عن تسعة منهم') nor a 'gap_free' word (a preposition, a time
word: 'مساء أمس عن'). A release told after the count ('verbs_after' at most 'after_gap' words
after 'منهم' in its clause: 'وأن سبعة منهم أُطلق سراحهم') is read too; not harm told after it,
which describes a toll given before ('ستة منهم قتلوا تحت التعذيب').
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_words, index_at
from reviewer.suggest.text import Tok
from reviewer.suggest.verb_bases import listed_bases, verb_forms

__all__ = ["counted_of_them_spans"]

_BREAKS = ".\n؟?!:،,"
_SENTENCE = ".\n؟?!"
_PRISONERS = "Prisoners (Syria)"


@cache
def _rule() -> dict[str, frozenset[str]]:
    raw = _data.rules("counted_victims").get("of_them", {})
    keys = ("pronouns", "counts", "arrests", "after", "gap_free", "agent_marks")
    out = {key: folded_words(raw.get(key)) for key in keys}
    out["parties"] = frozenset(raw.get("parties", []))
    for key in ("verbs", "verbs_after"):
        out[key] = listed_bases(folded_words(raw.get(key)))
    return out


@cache
def _sizes() -> tuple[int, int, int]:
    raw = _data.rules("counted_victims").get("of_them", {})
    return int(raw.get("gap", 0)), int(raw.get("window", 0)), int(raw.get("after_gap", 0))


def counted_of_them_spans(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the pronoun's party suggestion) of each harmed 'N منهم'."""
    rule = _rule()
    gap, window, after_gap = _sizes()
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, Suggestion]] = []
    for k in range(1, len(toks)):
        if toks[k].norm not in rule["pronouns"] or not toks[k].joined:
            continue
        count = toks[k - 1]
        if not (count.norm.isdigit() or count.norm in rule["counts"]):
            continue
        start = k - 1
        if start > 0 and toks[start].joined and toks[start - 1].norm in rule["counts"]:
            start -= 1  # 'أحد عشر منهم'
        a, b = toks[start].start, toks[k].end
        if any(s.start < b and a < s.end for s in actors):
            continue  # a named group's members, read by counted_members.py
        verb = _verb_before(text, toks, start, gap, actors)
        told = _held_after(text, toks, k) or _released_after(text, toks, k, after_gap)
        if verb is None and not told:
            continue
        party = _nearest(text, toks, actors, a, window)
        if party is None or party.value not in rule["parties"]:
            continue
        if party.value == _PRISONERS and verb is not None and verb & rule["arrests"]:
            party = _as_civilians(party)  # 'اعتُقل المئات منهم': detainees are civilians
        out.append((a, b, party))
    return out


def _as_civilians(party: Suggestion) -> Suggestion:
    name = str(_data.rules("counted_victims").get("actor", "Civilians (Syria)"))
    inter = next((a.get("inter") for a in _data.actors() if a["name"] == name), None)
    extra = {**party.extra, "inter": inter}
    return Suggestion(party.kind, party.start, party.end, party.text, name, extra)


def _verb_before(
    text: str, toks: list[Tok], k: int, gap: int, actors: list[Suggestion]
) -> set[str] | None:
    """The forms of a word of harm, arrest or release at most ``gap`` words before token
    ``k`` in its clause ('أفرجت عن اثنين منهم', 'إصابة ثلاثة منهم'), a force found and a
    'gap_free' word not counted ('أفرج التنظيم مساء أمس عن تسعة منهم'); None if there is none."""
    rule = _rule()
    j, left = k, gap
    while left > 0:
        if j == 0 or any(c in _BREAKS for c in text[toks[j - 1].end : toks[j].start]):
            return None
        j -= 1
        verb = verb_forms(toks[j], rule["verbs"])
        if verb is not None:
            return verb
        if toks[j].forms() & rule["gap_free"]:
            continue
        if any(s.start <= toks[j].start < s.end for s in actors):
            continue
        left -= 1
    return None


def _released_after(text: str, toks: list[Tok], k: int, gap: int) -> bool:
    """A word of release at most ``gap`` words after 'منهم' (token ``k``) in its clause
    ('وأن سبعة منهم أُطلق سراحهم')."""
    for j in range(k + 1, min(k + 1 + gap, len(toks))):
        if any(c in _BREAKS for c in text[toks[j - 1].end : toks[j].start]):
            return False
        if verb_forms(toks[j], _rule()["verbs_after"]) is not None:
            return True
    return False


def _agent(toks: list[Tok], s: Suggestion) -> bool:
    """The suggestion comes right after an 'agent_marks' word ('على يد', 'من قبل')."""
    k = index_at(toks, s.start)  # the token it starts with, found by bisection
    if k is None or k == 0 or toks[k].start != s.start:
        return False
    return bool(toks[k - 1].forms() & _rule()["agent_marks"])


def _held_after(text: str, toks: list[Tok], k: int) -> bool:
    """A word of being held right after 'منهم' ('لا يزال أحد عشر منهم محتجزين')."""
    return k + 1 < len(toks) and toks[k + 1].joined and bool(toks[k + 1].forms() & _rule()["after"])


def _nearest(
    text: str, toks: list[Tok], actors: list[Suggestion], at: int, window: int
) -> Suggestion | None:
    """The nearest actor suggestion ending before code point ``at``, in its sentence or the
    one before, at most ``window`` words back."""
    before = sorted((s for s in actors if s.end <= at), key=lambda s: s.end, reverse=True)
    if not before:
        return None
    hit = before[0]
    for s in before:  # past a force named as the agent: 'على يد الأجهزة الأمنية'
        hit = s
        if s.value in _rule()["parties"] or not _agent(toks, s):
            break
    between = text[hit.end : at]
    if sum(between.count(c) for c in _SENTENCE) > 1 or len(between.split()) > window:
        return None
    return hit
