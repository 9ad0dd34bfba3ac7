"""Protesters named only by a bare count noun after a verb of going out or gathering:
'خرج المئات في حي الهلالية تنديداً بالهجمات', 'احتشد الآلاف في الساحة مطالبين بـ...'.

'العشرات', 'المئات', 'الآلاف' alone are figures of anything; they name a party (protesters,
``Protesters (Syria)``) only as the subject of a verb of going out or gathering
('verbs', perhaps with a short pronoun after it) where a protest word stands in the same
sentence. 'شارك فيها العشرات' (taking part) is left out: the development sets disagree on it
(one of four labels it). A count followed by 'من' names its group in the words after
('العشرات من المحتجين'), which the generic parties already read. The words are data in
``resources/suggest/actors.json`` (``crowds``; the protest words are ``generic``'s).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import sentence_tokens
from reviewer.suggest.text import Tok, fold

__all__ = ["crowd_spans"]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("crowds", {})
    protest = _data.rules("actors").get("generic", {}).get("protest_words", [])
    return (
        frozenset(fold(w) for w in raw.get("nouns", [])),
        frozenset(fold(w) for w in raw.get("verbs", [])),
        frozenset(fold(w) for w in raw.get("fillers", [])),
        frozenset(fold(w) for w in protest),
        int(raw.get("window", 0)),
    )


def crowd_spans(text: str, toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int]]:
    """(start, end) of each bare count noun the rule makes protesters."""
    nouns, verbs, fillers, protest, window = _rule()
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.norm not in nouns or k == 0 or not tok.joined:
            continue
        if any(a < tok.end and tok.start < b for a, b in taken):
            continue
        if k + 1 < len(toks) and toks[k + 1].joined and toks[k + 1].norm == "من":
            continue  # 'العشرات من المحتجين': the group is named after it
        j = k - 1
        if toks[j].norm in fillers and j > 0 and toks[j].joined:
            j -= 1
        if not toks[j].forms() & verbs:
            continue
        sentence = [
            *sentence_tokens(text, toks, k, -1, window),
            *sentence_tokens(text, toks, k, 1, window),
        ]
        if any(toks[m].forms() & protest for m in sentence):
            out.append((tok.start, tok.end))
    return out
