"""The SDF's counts of gunmen in its fighting with the tribes: 'أعلنت قسد مقتل 25 مسلحاً'
(issue 18, actor convention 21; development sets 4, 5, 6, 14, 15, 26, 27, 31, 33, 34, 35).

In the 2023 fighting in Deir ez-Zor the SDF's statements counted its enemies' dead as
'مسلحين', avoiding the word tribe; the enemy was the tribal militia the article names as the
other side. A count whose noun is 'مسلح' is that militia's counted members where the SDF is found
before it in its sentence (its statement or its forces) and a tribal militia is found in the
article; where the article names no tribe it stays out, as does a count with 'من' and a group after
it ('25 مسلحاً من داعش'). The SDF may be named in the count's sentence by its bare head or the
speaker's own forces ('المركز الإعلامي للقوات', 'قواتنا', 'bare_speaker') where the article names
it elsewhere. The words are data in resources/suggest/actors.json (``tribal_gunmen``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["patrons_count", "tribal_gunmen_spans"]

_SENTENCE_ENDS = ".!؟\n"


@cache
def _rule() -> tuple[frozenset[str], dict[str, Any]]:
    raw = _data.rules("actors")["tribal_gunmen"]
    return frozenset(fold(w) for w in raw["nouns"]), raw


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1


def tribal_gunmen_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the tribal militia's suggestion) of each SDF count of gunmen not yet found."""
    if "مسلح" not in text:
        return []
    nouns, raw = _rule()
    actors = [s for s in found if s.kind == "actor"]
    tribes = [s for s in actors if str(s.value).endswith(raw["tribal_suffix"])]
    if not tribes:
        return []
    tribe = next((s for s in tribes if s.value == raw["prefer"]), tribes[0])
    sdf = [s for s in actors if s.value == raw["speaker"]]
    if not sdf:
        return []
    out: list[tuple[int, int, Suggestion]] = []
    for f in figures:
        inside = [i for i, t in enumerate(toks) if f.start <= t.start and t.end <= f.end]
        if not inside or not toks[inside[-1]].forms() & nouns:
            continue
        k = inside[-1]
        if k + 2 < len(toks) and toks[k + 1].norm == "من" and _covered(toks[k + 2], actors):
            continue  # '25 مسلحاً من داعش'; not 'من العناصر المرتبطة بالنظام'
        if any(s.start < f.end and f.start < s.end and not patrons_count(s) for s in actors):
            continue
        begin = _sentence_start(text, f.start)
        if any(begin <= s.start and s.end <= f.start for s in sdf) or _sdf_bare(
            toks, begin, f.start, actors, raw
        ):
            out.append((f.start, f.end, tribe))
    return out


def patrons_count(s: Suggestion) -> bool:
    """A count given to a group named only by its patron ('مجموعات مرتبطة بالنظام' ... 'وقتلت 17
    مسلحاً'): in the tribes' fighting the SDF's 'مسلحين' are the tribal militia's (convention 21)."""
    return bool(s.extra.get("members") and s.extra.get("sponsored"))


def _covered(tok: Tok, actors: list[Suggestion]) -> bool:
    """A found actor overlaps the token: the word is part of a party already named."""
    return any(s.start < tok.end and tok.start < s.end for s in actors)


def _sdf_bare(
    toks: list[Tok], begin: int, end: int, actors: list[Suggestion], raw: dict[str, Any]
) -> bool:
    """The SDF named by its bare head in the sentence before the count, in an article that
    names it ('قال المركز الإعلامي للقوات إن مقاتليها حيّدوا 25 مسلحاً', 'تمكنت قواتنا'):
    a 'bare_speaker' word no found actor covers."""
    heads = frozenset(fold(w) for w in raw.get("bare_speaker", []))
    return any(
        begin <= t.start and t.end <= end and t.forms() & heads and not _covered(t, actors)
        for t in toks
    )
