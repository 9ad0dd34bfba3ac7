"""Protesters named only by a bare count noun after a verb of going out or gathering:
'خرج المئات في حي الهلالية تنديداً بالهجمات', 'احتشد الآلاف في الساحة مطالبين بـ...'.

'العشرات', 'المئات', 'الآلاف' alone are figures of anything; they name a party (protesters,
``Protesters (Syria)``) only as the subject of a verb of going out or gathering
('verbs', perhaps with a short pronoun after it) where a protest word stands in the same
sentence. 'شارك فيها العشرات' (taking part) is left out: the development sets disagree on it
(one of four labels it). A count followed by 'من' names its group in the words after
('العشرات من المحتجين'), which the generic parties already read, but for a noun of origin
('خرج مئات من أبناء القرى في مظاهرات': the count through it is the mention; indefinite counts
too there); such a count of origin may also take part ('شارك فيها الآلاف من أبناء
المحافظة', convention 30 of 2026-12-01; a bare count that takes part stays out). A verb of
going or gathering may also follow a count that opens its clause ('- المئات
يتوافدون إلى ساحة الكرامة'). The words are data in
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
def _more() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs that may follow the count ('المئات يتوافدون'), the indefinite counts, the
    nouns of origin a count may name its people by ('خرج مئات من أبناء القرى') and the verbs
    of taking part that only such a count of origin takes ('شارك فيها الآلاف من أبناء
    المحافظة', convention 30)."""
    raw = _data.rules("actors").get("crowds", {})
    return (
        frozenset(fold(w) for w in raw.get("verbs_after", [])),
        frozenset(fold(w) for w in raw.get("indefinite", [])),
        frozenset(fold(w) for w in raw.get("origins", [])),
        frozenset(fold(w) for w in raw.get("origin_verbs", [])),
    )


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
    after, indefinite, origins, taking_part = _more()
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.norm not in nouns and tok.norm not in indefinite:
            continue
        end, last = tok.end, k
        if k + 2 < len(toks) and toks[k + 1].joined and toks[k + 1].norm == "من":
            if not (toks[k + 2].joined and toks[k + 2].forms() & origins):
                continue  # 'العشرات من المحتجين': the group is named after it
            end, last = toks[k + 2].end, k + 2  # 'مئات من أبناء القرى': whence they came
        elif tok.norm in indefinite:
            continue  # 'آلاف المتظاهرين': the noun after is the group
        if any(a < end and tok.start < b for a, b in taken):
            continue
        went = _verb_before(toks, k, verbs, fillers) if tok.joined and k > 0 else False
        if not went and last > k and tok.joined and k > 0:
            went = _verb_before(toks, k, taking_part, fillers)  # 'شارك فيها الآلاف من أبناء'
        if not went and tok.norm in nouns and (k == 0 or not tok.joined):
            went = (
                last + 1 < len(toks)
                and toks[last + 1].joined
                and bool(toks[last + 1].forms() & after)
            )  # '- المئات يتوافدون إلى ساحة الكرامة'
        if not went:
            continue
        sentence = [
            *sentence_tokens(text, toks, k, -1, window),
            *sentence_tokens(text, toks, last, 1, window),
        ]
        if any(toks[m].forms() & protest for m in sentence):
            out.append((tok.start, end))
    return out


def _verb_before(toks: list[Tok], k: int, verbs: frozenset[str], fillers: frozenset[str]) -> bool:
    """A verb of going out or gathering right before token ``k`` (a short pronoun of fillers
    may stand between: 'خرج فيها المئات')."""
    j = k - 1
    if toks[j].norm in fillers and j > 0 and toks[j].joined:
        j -= 1
    return bool(toks[j].forms() & verbs)
