"""A numbered unit named with the force it belongs to: '"اللواء 90" التابع لقوات النظام',
'قوات النظام و"اللواء 82" التابع لها', '"الحرس الثوري" و"الفوج 47" التابع له'.

Armies name their brigades, regiments and divisions by a number; the actor list cannot hold
every number of every army, and a bare number is as often a base ('مقر اللواء 47', 'محيط
الفرقة 17'). A unit noun ('nouns') and a number are a mention of a force only where the
text says whose unit it is, right after the number: a word of belonging ('belonging':
'التابع') followed within 'window' words of its clause by a force the actor suggester
found ('التابع لقيادة المنطقة الشمالية في الجيش الإسرائيلي'), or by a pronoun
('pronouns': 'لها', 'له') that stands for the nearest force named before it in its
sentence. A unit after a word of a place ('not_after': 'مقر', 'محيط') is the base, not
the force. A country's adjective alone ('"اللواء 474" الإسرائيلي') is not enough:
development set 17 leaves such a unit unlabelled where set 18 labels it with its
'التابع'. The words are data in resources/suggest/actors.json (``numbered_units``).

The state's army after the succession (``succession`` in the same file) numbers its
divisions ('الفرقة 40', 'الفرقة 76', 'الفرقة 101'): in a text published from that day a
division ('dated_nouns') and a number with no word of belonging is that army's
(``dated_army`` through the succession), unless a foreign country's adjective follows it
('الفرقة 91 الإسرائيلية'). Before that day a bare number says nothing of whose it is: the
old army's, an opposition division ('الفرقة 13') or the National Army's.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import full_stop_before
from reviewer.suggest.text import Tok, fold

__all__ = ["numbered_unit_spans"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("numbered_units", {})
    return {
        "nouns": frozenset(fold(w) for w in raw.get("nouns", [])),
        "belonging": frozenset(fold(w) for w in raw.get("belonging", [])),
        "pronouns": frozenset(fold(w) for w in raw.get("pronouns", [])),
        "not_after": frozenset(fold(w) for w in raw.get("not_after", [])),
        "window": int(raw.get("window", 0)),
        "dated_nouns": frozenset(fold(w) for w in raw.get("dated_nouns", [])),
    }


@cache
def _dated_army() -> tuple[date, str] | None:
    """(the succession's first day, the army it gives) for a bare numbered division."""
    rules = _data.rules("actors")
    army = rules.get("numbered_units", {}).get("dated_army")
    succession = rules.get("succession", {})
    if army is None or army not in succession.get("actors", {}):
        return None
    return date.fromisoformat(succession["from"]), succession["actors"][army]


@cache
def _foreign_adjectives() -> frozenset[str]:
    """A country's adjectives other than Syria's ('الإسرائيلية', 'التركي')."""
    means = _data.rules("actors").get("nationality_means", {}).get("adjectives", {})
    return frozenset(fold(w) for name, words in means.items() if "Syria" not in name for w in words)


def _is_number(tok: Tok) -> bool:
    return tok.text.isdigit()


def numbered_unit_spans(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, actor name) of each numbered unit whose force the text names (the force
    it belongs to), and of each bare division of the state's army after the succession."""
    rule = _rule()
    if not rule["nouns"]:
        return []
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for i in range(len(toks) - 1):
        tok, number = toks[i], toks[i + 1]
        if tok.forms().isdisjoint(rule["nouns"]) or not _is_number(number):
            continue
        if i > 0 and toks[i].joined and toks[i - 1].forms() & rule["not_after"]:
            continue  # 'مقر اللواء 47': the base
        start, end = tok.start, number.end
        if any(s.start < end and start < s.end for s in found):
            continue
        if text[tok.end : number.start].strip(' "«»“”'):
            continue
        after = toks[i + 2] if i + 2 < len(toks) else None
        ends = after is None or bool(text[number.end : after.start].strip(' "«»“”'))
        whose = None if ends else _whose(text, toks, i + 2, actors, rule)
        if whose is not None:
            out.append((start, end, str(whose.value)))
        elif (tok.forms() | {tok.norm}) & rule["dated_nouns"]:
            army = _dated_army()
            foreign = after is not None and not ends and after.norm in _foreign_adjectives()
            if published is not None and army is not None and published >= army[0] and not foreign:
                start += _conjunction(tok, rule["dated_nouns"])
                out.append((start, end, army[1]))  # 'وحدات من الفرقة 76': the new army's
    return out


def _conjunction(tok: Tok, nouns: frozenset[str]) -> int:
    """1 where the unit's noun carries a conjunction ('والفرقة 62'), which is no part of it."""
    return 1 if tok.text[:1] in ("و", "ف") and fold(tok.text[1:]) in nouns else 0


def _whose(
    text: str, toks: list[Tok], k: int, actors: list[Suggestion], rule: dict[str, Any]
) -> Suggestion | None:
    if not ({toks[k].norm} | toks[k].forms()) & rule["belonging"]:
        return None
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].joined and toks[nxt].norm in rule["pronouns"]:
        floor = full_stop_before(text, toks[k].start)
        before = [s for s in actors if floor < s.start and s.end <= toks[k].start]
        return before[-1] if before else None
    last = k
    for m in range(k + 1, min(len(toks), k + 1 + rule["window"])):
        if not toks[m].joined:
            break
        last = m
    stop = toks[last].end
    return next((s for s in actors if toks[k].end <= s.start < stop), None)
