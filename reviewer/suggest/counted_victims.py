"""Victims counted by a figure: persons killed or injured by a strike, shelling, bombing,
massacre or gunfire ('74 شخصاً قتلوا في قصف'، '23 قتيلاً بغارات على سوق دوما'، 'أسعفت زهاء خمسين
جريحاً' after Turkish shelling) are ``Civilians (Syria)`` (actor convention 8 of the night of
2026-11-30), the counted phrase the mention.

A count of the dead names no party by itself: tolls of fighting mix fighters and civilians
(convention (d)), and a count of persons is also one of the displaced or the besieged. The
figure suggester has already read the count and whether it counts the killed or injured (its
category); this rule adds what makes them victims of one side's violence: a word of the means
(a strike, shell, barrel bomb, car bomb, massacre, sniper, aircraft) in the figure's sentence,
and no sign of a mixed toll (clashes, fighters or civilians counted among them after it, 'في
صفوف', 'من الطرفين'), of a sub-count ('بينهم ثلاثة أطفال'), of fighters beside them ('مقتل
عنصر وإصابة تسعة أشخاص'), or of a death no force caused (mines, war remnants, hunger, flight).
The words are data in resources/suggest/counted_victims.json.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import sentence_tokens
from reviewer.suggest.text import Tok, fold

__all__ = ["counted_victim_spans"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("counted_victims")
    out: dict[str, Any] = {
        k: frozenset(fold(w) for w in v) for k, v in raw.items() if isinstance(v, list)
    }
    out["categories"] = frozenset(raw.get("categories", []))
    out["actor"] = str(raw.get("actor", "Civilians (Syria)"))
    out["period_tallies"] = tuple(tuple(fold(w).split()) for w in raw.get("period_tallies", []))
    out["window"] = int(raw.get("window", 0))
    out["sub_count_window"] = int(raw.get("sub_count_window", 0))
    counted = _data.rules("actors").get("counted", {})
    out["sub_count"] = frozenset(fold(w) for w in counted.get("sub_count_words", []))
    return out


def _index_at(toks: list[Tok], pos: int) -> int | None:
    return next((k for k, t in enumerate(toks) if t.start <= pos < t.end), None)


def counted_victim_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each figure of killed or injured persons the rule makes
    victims; figures an actor suggestion already overlaps are left as they are."""
    rule = _rule()
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for fig in figures:
        if fig.extra.get("category") not in rule["categories"]:
            continue
        first, last = _index_at(toks, fig.start), _index_at(toks, fig.end - 1)
        if first is None or last is None or not toks[last].forms() & rule["nouns"]:
            continue
        nxt = toks[last + 1] if last + 1 < len(toks) and toks[last + 1].joined else None
        end = nxt.end if nxt is not None and nxt.forms() & rule["civilians_counted"] else fig.end
        if any(a < end and fig.start < b for a, b in taken):
            continue  # 'قتيلين مدنيين': the count goes on into a mention already found
        counts = [(f.start, f.end) for f in figures if f.start >= fig.end]
        people = fig.extra.get("category") == "people"
        if _is_victims(text, toks, first, last, counts, rule, people):
            out.append((fig.start, fig.end, rule["actor"]))
    return out


def _is_victims(
    text: str,
    toks: list[Tok],
    first: int,
    last: int,
    counts: list[tuple[int, int]],
    rule: dict[str, Any],
    people: bool,
) -> bool:
    """Killed or injured (for persons in general, a word of harm says so) by violence whose
    means the sentence or the one before names, in no mixed toll and no sub-count."""
    window = rule["window"]
    near = list(sentence_tokens(text, toks, first, -1, rule["sub_count_window"]))
    if any(toks[k].forms() & rule["sub_count"] for k in near):
        return False  # بينهم ثلاثة أطفال: a sub-count
    if near and toks[near[0]].forms() & rule["fighters_before"]:
        return False  # مقتل عنصر وإصابة تسعة أشخاص
    before = list(sentence_tokens(text, toks, first, -1, window))
    after = list(sentence_tokens(text, toks, last, 1, window))
    around = [toks[k].forms() for k in before + after]
    if _excluded(around, rule) or _period_tally(toks, before + after, rule["period_tallies"]):
        return False
    for k in after:
        stems = toks[k].forms()
        if stems & rule["mixed_after"]:
            return False  # بينهم 5 عناصر، في صفوف قوات النظام: a mixed toll, or fighters
        counted = any(a <= toks[k].start < b for a, b in counts)
        if counted and stems & rule["civilians_counted"]:
            return False  # بينهم 19 مدنياً: the rest are fighters
    if people and not any(s & rule["harm_words"] for s in around):
        return False  # نزوح نحو 400 شخص: persons, but no victims
    if any(s & rule["means"] for s in around):
        return True
    lead = _sentence_before(text, toks, first, window)
    return bool(lead) and not _excluded(lead, rule) and any(s & rule["means"] for s in lead)


def _excluded(stems: list[set[str]], rule: dict[str, Any]) -> bool:
    """A toll of fighting, of a protest, or of deaths no force caused."""
    words = rule["clash_words"] | rule["no_party"] | rule["protest_words"]
    return any(s & words for s in stems)


def _period_tally(toks: list[Tok], read: list[int], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """'منذ مطلع العام': the toll of a year's strikes, which hit fighters too."""
    at = set(read)
    return any(
        all(k + i in at and toks[k + i].norm == word for i, word in enumerate(phrase))
        for k in read
        for phrase in phrases
    )


def _sentence_before(text: str, toks: list[Tok], first: int, window: int) -> list[set[str]]:
    """The stems of the last ``window`` words of the sentence before token ``first``'s."""
    start = first
    for k in sentence_tokens(text, toks, first, -1, len(toks)):
        start = k
    if start == 0:
        return []
    lead = [start - 1, *sentence_tokens(text, toks, start - 1, -1, window - 1)]
    return [toks[k].forms() for k in lead]
