"""A toll updated later in the article: 'مديرية الصحة: ارتفاع الحصيلة إلى 19 قتيلاً' after '11
شهيداً و27 جريحاً حصيلة أولية' of a car bomb, 'ارتفعت الحصيلة إلى 47 قتيلاً'.

A bulletin or a wire updates its toll in a line of its own that names no means and no victims
again: the count is the same party as the toll it updates. The rule reads a figure of killed
or injured persons ('categories') right after 'إلى' with a bare toll word ('tolls': 'الحصيلة',
'حصيلة') at most 'gap' words before it, and takes the value of the nearest earlier actor
suggestion on a figure of the same categories (the first toll), where that value is one of
'parties' (civilians, protesters). Nothing where no earlier toll was found, or where the
updated toll is qualified ('حصيلة القتلى منذ بدء المواجهات', 'حصيلة الاشتباكات بين قسد
ومقاتلي العشائر': the toll word must be followed by 'إلى' within the gap). The words are data
in resources/suggest/counted_victims.json (``updates``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import index_at
from reviewer.suggest.text import Tok, fold

__all__ = ["updated_toll_spans"]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("counted_victims").get("updates", {})
    return (
        frozenset(fold(w) for w in raw.get("tolls", [])),
        frozenset(fold(w) for w in raw.get("to", [])),
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
    victims = [
        s
        for s in actors
        if s.value in parties
        and any(
            f.extra.get("category") in categories and f.start < s.end and s.start < f.end
            for f in figures
        )
    ]
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
    return out
