"""Aircraft named by whom they belong to: 'الطيران الحربي التابع لروسيا', 'الطائرات الحربية التابعة
لتركيا', 'المروحيات التابعة للجيش التركي' (issue 18, development set 33).

The list gives the bare 'الطيران الحربي' to the Syrian army, as Syrian news means it; a word of
belonging after it and a state ('owners': its name with ل) or a force the suggester found
there make the aircraft that state's or that force's. The means' mention takes the owner's
name and reaches over it (one mention, as 'الطيران الحربي التابع للنظام' is in the list). The
words are data in resources/suggest/actors.json (``owned_means``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["owned_means"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("owned_means", {})
    return {
        "means": frozenset(fold(w) for w in raw.get("means", [])),
        "belonging": frozenset(fold(w) for w in raw.get("belonging", [])),
        "owners": {fold(k): v for k, v in raw.get("owners", {}).items()},
    }


def owned_means(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[Suggestion, int, str, Suggestion | None]]:
    """(the means' suggestion, the owner's end, the owner's actor, the owner's own suggestion
    or None) for each aircraft named with whom it belongs to, where that is another force."""
    rule = _rule()
    if not rule["means"]:
        return []
    out: list[tuple[Suggestion, int, str, Suggestion | None]] = []
    for s in found:
        if s.kind != "actor" or fold(s.text) not in rule["means"]:
            continue
        k = bisect_left(toks, s.end, key=lambda t: t.start)  # the word right after the means
        if k + 1 >= len(toks) or not (toks[k].joined and toks[k + 1].joined):
            continue
        if toks[k].norm not in rule["belonging"] or not toks[k + 1].norm.startswith("ل"):
            continue
        owner = toks[k + 1]
        named = next(
            (f for f in found if f.kind == "actor" and owner.start <= f.start < owner.end), None
        )
        if named is not None:
            if named.value != s.value:
                out.append((s, named.end, str(named.value), named))
            continue
        bare = owner.norm[1:]
        actor = rule["owners"].get(bare) or rule["owners"].get(bare.removeprefix("ل"))
        if actor is not None and actor != s.value:
            out.append((s, owner.end, actor, None))
    return out
