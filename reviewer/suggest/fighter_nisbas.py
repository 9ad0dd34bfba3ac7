"""Fighters named by a side's adjective or group, in any number and case: 'مقاتل معارض',
'مقاتلان معارضان', 'مسلحاً معارضاً', 'مسلحون عشائريون', 'مقاتل من العشائر'.

The actor list names such fighters by definite plurals ('المقاتلين المعارضين') and the
suggester reads their indefinite forms too; news names one fighter, two or a count of them
in every case, which no list of literal forms covers. A fighter noun ('nouns': مقاتل، مسلح)
with one of the case and number endings ('noun_endings'), then an adjective of a side
('adjectives': معارض، عشائري) with one of 'adjective_endings', or من and one of a side's
group nouns ('from_groups': العشائر), name that side. The words are data in
resources/suggest/actors.json (``fighter_nisbas``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["fighter_nisba_spans"]


@cache
def _rule() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """(fighter noun forms, adjective form -> actor, group noun after من -> actor)."""
    raw = _data.rules("actors").get("fighter_nisbas", {})
    nouns = frozenset(
        fold(n + e) for n in raw.get("nouns", []) for e in raw.get("noun_endings", [])
    )
    adjectives = {
        fold(a + e): actor
        for actor, words in raw.get("adjectives", {}).items()
        for a in words
        for e in raw.get("adjective_endings", [])
    }
    groups = {fold(g): actor for actor, ws in raw.get("from_groups", {}).items() for g in ws}
    return nouns, adjectives, groups


def fighter_nisba_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each fighter named by a side's adjective or group, where no
    suggestion already covers it."""
    nouns, adjectives, groups = _rule()
    if not nouns:
        return []
    taken = [(s.start, s.end) for s in found]
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks[:-1]):
        if not tok.forms() & nouns or not toks[i + 1].joined:
            continue
        nxt = toks[i + 1]
        actor, last = adjectives.get(nxt.norm), i + 1
        if actor is None and nxt.norm == fold("من") and i + 2 < len(toks) and toks[i + 2].joined:
            actor, last = groups.get(toks[i + 2].norm), i + 2
        if actor is None:
            continue
        start = tok.start + (1 if tok.norm not in nouns and tok.text[:1] in ("و", "ف") else 0)
        end = toks[last].end
        if any(a < end and start < b for a, b in taken):
            continue
        out.append((start, end, actor))
        taken.append((start, end))
    return out
