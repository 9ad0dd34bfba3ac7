"""A toll updated later in the article: 'مديرية الصحة: ارتفاع الحصيلة إلى 19 قتيلاً' after '11
شهيداً و27 جريحاً حصيلة أولية' of a car bomb, 'ارتفعت الحصيلة إلى 47 قتيلاً'.

A bulletin or a wire updates its toll in a line of its own that names no means and no victims
again: the count is the same party as the toll it updates. The rule reads a figure of killed
or injured persons ('categories') right after 'إلى' with a bare toll word ('tolls': 'الحصيلة',
'حصيلة') at most 'gap' words before it, and takes the value of the nearest earlier actor
suggestion on a figure of those categories or of 'toll_categories' (the first toll), where
that value is one of 'parties' (civilians, protesters). Nothing where no earlier toll was
found, or where the updated toll is qualified ('حصيلة القتلى منذ بدء المواجهات', 'حصيلة
الاشتباكات بين قسد ومقاتلي العشائر': the toll word must be followed by 'إلى' within the gap).

The same toll named again by a definite noun and number ('again_nouns', 'again_counts':
'المصابون الثلاثة حالتهم مستقرة', 'القتلى الثلاثة بينهم قاصر') is that toll's party too, where
the nearest earlier toll counts as many (the same count, the same toll); not where it is a
force's members or another count, nor where a word of fighters follows within
'again_window' words ('القتلى الأربعة "عناصر مسلحون"': a claim they fought). The words are
data in resources/suggest/counted_victims.json (``updates``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Range, Suggestion
from reviewer.suggest.persons_tolls import folded_words, index_at
from reviewer.suggest.text import Tok

__all__ = ["updated_toll_spans"]

#: An actor suggestion on a first toll, and that figure's value.
_Toll = tuple[Suggestion, str | Range | None]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("counted_victims").get("updates", {})
    return (
        folded_words(raw.get("tolls")),
        folded_words(raw.get("to")),
        frozenset(raw.get("categories", [])),
        frozenset(raw.get("parties", [])),
        int(raw.get("gap", 0)),
    )


def updated_toll_spans(
    toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the first toll's suggestion) of each updated toll."""
    tolls, to, categories, parties, gap = _rule()
    actors = [s for s in found if s.kind == "actor"]
    first_tolls = _first_tolls(actors, figures)
    victims = [s for s, _ in first_tolls if s.value in parties]
    out: list[tuple[int, int, Suggestion]] = []
    for fig in figures:
        if fig.extra.get("category") not in categories:
            continue
        if any(s.start < fig.end and fig.start < s.end for s in actors):
            continue
        first = index_at(toks, fig.start)
        if first is None or first < 2 or not toks[first].joined:
            continue
        if toks[first - 1].norm not in to:
            continue
        span = range(first - 2, max(first - 2 - gap, -1), -1)
        if not any(toks[k].norm in tolls and toks[k + 1].joined for k in span):
            continue
        earlier = [s for s in victims if s.end <= fig.start]
        if earlier:
            out.append((fig.start, fig.end, max(earlier, key=lambda s: s.end)))
    return out + _named_again(toks, actors, figures, first_tolls)


def _first_tolls(actors: list[Suggestion], figures: list[Suggestion]) -> list[_Toll]:
    """(actor, the figure's value) of each actor suggestion on a figure that may be the first
    toll (``_toll_categories``), in the actors' order (an actor on two figures twice)."""
    categories = _toll_categories()
    return [
        (s, f.value)
        for s in actors
        for f in figures
        if f.extra.get("category") in categories and f.start < s.end and s.start < f.end
    ]


@cache
def _toll_categories() -> frozenset[str]:
    """The categories of a figure that may be the first toll ('toll_categories')."""
    raw = _data.rules("counted_victims").get("updates", {})
    return frozenset(raw.get("toll_categories", [])) | _rule()[2]


@cache
def _again() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("counted_victims").get("updates", {})
    return (
        folded_words(raw.get("again_nouns")),
        folded_words(raw.get("again_counts")),
    )


@cache
def _fighters() -> frozenset[str]:
    """Words of fighters (counted_victims.json's 'mixed_after')."""
    return folded_words(_data.rules("counted_victims").get("mixed_after"))


@cache
def _again_window() -> int:
    return int(_data.rules("counted_victims").get("updates", {}).get("again_window", 0))


def _named_again(
    toks: list[Tok],
    actors: list[Suggestion],
    figures: list[Suggestion],
    tolls: list[_Toll],
) -> list[tuple[int, int, Suggestion]]:
    """'المصابون الثلاثة': the nearest earlier toll's suggestion where it is a generic party."""
    nouns, counts = _again()
    parties = _rule()[3]
    out: list[tuple[int, int, Suggestion]] = []
    for k in range(len(toks) - 1):
        if toks[k].norm not in nouns or not toks[k + 1].joined or toks[k + 1].norm not in counts:
            continue
        a, b = toks[k].start, toks[k + 1].end
        if any(s.start < b and a < s.end for s in actors):
            continue
        if any(t.forms() & _fighters() for t in toks[k + 2 : k + 2 + _again_window()]):
            continue  # 'القتلى الأربعة "عناصر مسلحون"': a claim that they were fighters
        own = next((f.value for f in figures if f.start < b and a < f.end), None)
        earlier = [(s, v) for s, v in tolls if s.end <= a]
        if own is None or not earlier:
            continue
        hit, value = max(earlier, key=lambda sv: sv[0].end)
        if value == own and hit.value in parties:
            out.append((a, b, hit))  # the same count: the same toll named again
    return out
