"""Counts of an epithet after the epithet was fused with a group's name: 'مرتزقة داعش' ...
'قتلوا 23 مرتزقاً' (issue 18, actor convention 22; development sets 14, 15, 27, 37).

Outlets of one side call the other side by an epithet joined to its name ('مرتزقة داعش') and
then count its dead by the epithet alone ('23 مرتزقاً', 'ثمانية من المرتزقة'). The count is a
mention of the nearest group the text fused the epithet with before it. The bare epithet with no
such group before it stays out (convention 3), and so does a state the epithet is fused with
('مرتزقة الاحتلال التركي' names Turkey's proxies, not Turkey's army). A count with a group named
right after it ('21 مرتزقاً من "أحرار الشرقية"') is left to the counted-members rules. The words
are data in resources/suggest/actors.json (``epithet_counts``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["epithet_count_spans"]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = _data.rules("actors")["epithet_counts"]
    epithets = frozenset(fold(w) for w in raw["epithets"])
    nouns = frozenset(fold(w) for w in raw["count_nouns"])
    return epithets, nouns, frozenset(raw["not_kinds"])


@cache
def _vague() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("actors")["epithet_counts"]["vague"])


def _fused_groups(
    toks: list[Tok], starts: dict[int, int], found: list[Suggestion]
) -> list[Suggestion]:
    """The groups found fused with an epithet (``starts``: token index by start offset)."""
    epithets, _, not_kinds = _rule()
    out = []
    for s in found:
        if s.kind != "actor" or s.extra.get("inter") in not_kinds:
            continue
        k = starts.get(s.start)
        if k is None:
            continue
        # the alias holds the epithet ('مرتزقة داعش'), or it stands right before the name
        within = toks[k].forms() & epithets and k + 1 < len(toks)
        if within or (k > 0 and toks[k - 1].forms() & epithets and toks[k].joined):
            out.append(s)
    return out


def epithet_count_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the fused group's suggestion) of each epithet count not already found."""
    if "مرتزق" not in text:
        return []
    _, nouns, _ = _rule()
    starts = {t.start: i for i, t in enumerate(toks)}
    groups = _fused_groups(toks, starts, found)
    if not groups:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    ends = {t.end: i for i, t in enumerate(toks)}
    out: list[tuple[int, int, Suggestion]] = []
    for f in figures:
        k = ends.get(f.end)
        if k is None or not toks[k].forms() & nouns:
            continue
        first = starts.get(f.start)
        if first is not None and toks[first].forms() & _vague():  # 'عدد من المرتزقة'
            continue
        if any(a < f.end and f.start < b for a, b in taken):
            continue
        if k + 1 < len(toks) and toks[k + 1].norm == "من":  # '21 مرتزقاً من "أحرار الشرقية"'
            continue
        before = [g for g in groups if g.end <= f.start]
        if before:
            out.append((f.start, f.end, before[-1]))
    return out
