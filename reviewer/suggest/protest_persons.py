"""Persons who act in a protest are protesters: 'أزال شبان في بلدة عريقة صور رأس النظام' beside
'أغلق محتجون مقر الحزب', 'أهالي بلدات كفرومة وحاس والبارة خرجوا في مظاهرات', 'نحو 150 شخصاً
شاركوا في وقفة احتجاجية', and the organisers of a protest, 'قال أحد منظمي المظاهرة' (issue 18,
actor conventions 28 and 30; development sets 44, 45 and 47).

A noun of persons (the generic civilians' nouns of the actor list, the counted nouns of
civilians and of persons in general: 'شبان', 'أهالي', 'شخصاً') is a protester where it is the
subject of an act of protest in its clause: right after a verb of protest ('verbs_before':
'خرج', 'أزال', 'قطع') or before a plural one within 'window' words ('verbs_after': 'خرجوا',
'شاركوا'; not 'خرجوا من', people leaving); and where its sentence reports a protest (a generic
protest word, not a mere gathering, or protesters found). Not victims: a word of harm or arrest
right before the noun leaves it to the victims' rules; not 'not_marchers' ('شهداء', 'نازحين').
A noun of a protest's organisers or participants ('roles') followed by a protest word names the
protesters too. Data: resources/suggest/actors.json (``protest_persons``; the protest words are
``generic``'s).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.actor_index import persons_rule
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import sentence_tokens
from reviewer.suggest.text import Tok, fold

__all__ = ["protest_person_spans"]


def _folded(words: Any) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("protest_persons", {})
    actors = _data.rules("actors")
    generic = actors.get("generic", {})
    civilians = [
        a for a in _data.actors() if a["name"] in generic.get("becomes_protesters", [])
    ]
    nouns = {w for a in civilians for w in a.get("aliases_ar", []) if " " not in w}
    for name in generic.get("becomes_protesters", []):
        nouns |= set(actors.get("counted", {}).get("actors", {}).get(name, []))
    nouns |= set(persons_rule().get("forms", []))
    return {
        "nouns": _folded(nouns) - _folded(raw.get("not_marchers", [])),
        "before": _folded(raw.get("verbs_before", [])),
        "after": _folded(raw.get("verbs_after", [])),
        "from": _folded(raw.get("left_from", [])),
        "harm": _folded(raw.get("harm_before", [])),
        "roles": _folded(raw.get("roles", [])),
        "links": _folded(raw.get("role_links", [])),
        "window": int(raw.get("window", 0)),
        "sentence": int(raw.get("sentence_window", 0)),
        "protest": _folded(generic.get("protest_words", []))
        - _folded(generic.get("gathering_words", [])),
        "actor": str(generic.get("protest_actor", "")),
    }


def protest_person_spans(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int]]:
    """(start, end) of each noun of persons the protest of its clause makes protesters."""
    rules = _rule()
    if not rules["nouns"] or not rules["actor"]:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    marchers = [s.start for s in found if s.kind == "actor" and s.value == rules["actor"]]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        forms = tok.forms()
        span = None
        if forms & rules["roles"]:
            span = _role_span(toks, k, rules)
        elif forms & rules["nouns"] and _acting(toks, k, rules):
            span = tok.start, tok.end
        if span is None or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        if not _protest_told(text, toks, k, rules, marchers):
            continue
        out.append(span)
        taken.append(span)
    return out


def _role_span(toks: list[Tok], k: int, rules: dict[str, Any]) -> tuple[int, int] | None:
    """'أحد منظمي المظاهرة', 'المشاركين في الاعتصام': a role in a protest, the noun through
    the protest word."""
    j = k + 1
    if j < len(toks) and toks[j].joined and toks[j].norm in rules["links"]:
        j += 1
    if j < len(toks) and toks[j].joined and toks[j].forms() & rules["protest"]:
        return toks[k].start, toks[j].end
    return None


def _acting(toks: list[Tok], k: int, rules: dict[str, Any]) -> bool:
    """The noun at ``k`` is the subject of a verb of protest in its clause, not a victim."""
    if k > 0 and toks[k].joined:
        if toks[k - 1].forms() & rules["harm"]:
            return False
        if toks[k - 1].forms() & rules["before"]:
            return not _left_from(toks, k + 1, rules)
        if k > 1 and toks[k - 1].joined and toks[k - 2].forms() & rules["harm"]:
            return False  # 'اعتقال نحو 50 شخصاً'
    j = k + 1
    while j < len(toks) and toks[j].joined and j - k <= rules["window"]:
        if toks[j].forms() & rules["harm"]:
            return False  # 'أهالي القرية اعتقلوا' is not read as theirs: another act
        if toks[j].forms() & rules["after"]:
            return not _left_from(toks, j + 1, rules)
        j += 1
    return False


def _left_from(toks: list[Tok], j: int, rules: dict[str, Any]) -> bool:
    """'خرجوا من بلداتهم': the verb tells people leaving a place, no protest."""
    return j < len(toks) and toks[j].joined and toks[j].norm in rules["from"]


def _protest_told(
    text: str, toks: list[Tok], k: int, rules: dict[str, Any], marchers: list[int]
) -> bool:
    """The sentence of token ``k`` names a protest, or protesters the text names there."""
    window = rules["sentence"]
    around = [*sentence_tokens(text, toks, k, -1, window), k, *sentence_tokens(text, toks, k, 1, window)]
    if any(toks[m].forms() & rules["protest"] for m in around):
        return True
    lo, hi = toks[min(around)].start, toks[max(around)].end
    return any(lo <= at < hi for at in marchers)
