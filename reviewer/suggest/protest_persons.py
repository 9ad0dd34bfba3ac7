"""Persons who act in a protest are protesters: 'أزال شبان في بلدة عريقة صور رأس النظام'
beside 'أغلق محتجون مقر الحزب', 'أهالي بلدات كفرومة وحاس والبارة خرجوا في مظاهرات', 'نحو 150
شخصاً شاركوا في وقفة احتجاجية', 'تجمّع قرابة 300 شخص' (issue 18, actor conventions 28 and
30; development sets 20, 38, 44, 45 and 47).

A noun of persons (the generic civilians' nouns of the actor list, the counted nouns of
civilians and of persons in general: 'شبان', 'أهالي', 'شخصاً'; not after a preposition) is a
protester where it is the subject of an act of protest in its clause: right after a verb of
protest, or a verb before the figure counting it ('verbs_before': 'خرج', 'أزال', 'قطع'), or
before a plural one within 'window' words ('verbs_after': 'خرجوا', 'شاركوا'); and where its
sentence reports a protest (a generic protest word, not a mere gathering, or protesters
found). A verb of going out or taking part ('went_out') needs a protest word right after it
('خرجوا في مظاهرات'; not '611 شخصاً خرجوا منذ الجمعة', 'خرجوا من بلداتهم': people leaving).
Not victims: a word of harm or arrest right before the noun, or between it and its verb,
leaves it to the victims' rules; not 'not_marchers' ('شهداء', 'نازحين'). A noun of origin
after it joins the mention ('خمسين شخصاً من أهالي البلدة', convention 30). A protest
noun with ل and a noun of persons names who held it ('وقفة لذوي عسكريين مفقودين'). Data:
resources/suggest/actors.json (``protest_persons``; the protest words are ``generic``'s).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.actor_index import persons_rule
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_words, sentence_tokens
from reviewer.suggest.text import Tok

__all__ = ["protest_person_spans"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("protest_persons", {})
    actors = _data.rules("actors")
    generic = actors.get("generic", {})
    civilians = [a for a in _data.actors() if a["name"] in generic.get("becomes_protesters", [])]
    nouns = {w for a in civilians for w in a.get("aliases_ar", []) if " " not in w}
    for name in generic.get("becomes_protesters", []):
        nouns |= set(actors.get("counted", {}).get("actors", {}).get(name, []))
    nouns |= set(persons_rule().get("forms", []))
    return {
        "nouns": folded_words(sorted(nouns)) - folded_words(raw.get("not_marchers")),
        "before": folded_words(raw.get("verbs_before")),
        "after": folded_words(raw.get("verbs_after")),
        "from": folded_words(raw.get("left_from")),
        "harm": folded_words(raw.get("harm_before")),
        "went_out": folded_words(raw.get("went_out")),
        "origins": folded_words(actors.get("crowds", {}).get("origins")),
        "held": folded_words(raw.get("held")),
        "held_adjectives": folded_words(raw.get("held_adjectives")),
        "holders": folded_words(raw.get("holders")),
        "went_window": int(raw.get("went_window", 0)),
        "window": int(raw.get("window", 0)),
        "sentence": int(raw.get("sentence_window", 0)),
        "protest": folded_words(generic.get("protest_words"))
        - folded_words(generic.get("gathering_words")),
        "actor": str(generic.get("protest_actor", "")),
    }


def protest_person_spans(
    text: str, toks: list[Tok], found: list[Suggestion], counted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of each noun of persons the protest of its clause makes protesters;
    ``counted``: the figures' spans (a verb before the figure is the noun's: 'تجمّع قرابة
    300 شخص')."""
    rules = _rule()
    if not rules["nouns"] or not rules["actor"]:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    marchers = [s.start for s in found if s.kind == "actor" and s.value == rules["actor"]]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        held = _held_by(toks, k, rules)
        if held is not None:  # 'وقفة لذوي عسكريين مفقودين'
            if not any(a < held[1] and held[0] < b for a, b in taken):
                out.append(held)
                taken.append(held)
            continue
        if tok.norm in rules["nouns"]:
            span = tok.start, tok.end
        elif _after_conjunction(tok, rules["nouns"]):
            span = tok.start + 1, tok.end  # 'وشبان'
        else:
            continue  # 'للصحفيين': a preposition's object is no subject
        if _of_origin(toks, k, rules):  # 'قرابة خمسين شخصاً من أهالي البلدة' (convention 30)
            span = span[0], toks[k + 2].end
        head = _figure_start(toks, k, counted)
        if any(a < span[1] and span[0] < b for a, b in taken) or not _acting(toks, k, head, rules):
            continue
        if not _protest_told(text, toks, k, rules, marchers):
            continue
        out.append(span)
        taken.append(span)
    return out


def _held_by(toks: list[Tok], k: int, rules: dict[str, Any]) -> tuple[int, int] | None:
    """'وقفة لذوي عسكريين مفقودين', 'مظاهرة صامتة لطلاب الجامعة': a protest noun ('held'),
    perhaps with one adjective ('held_adjectives'), then ل and a noun of persons: those who
    hold the protest; the span from the noun, without ل."""
    tok = toks[k]
    if not tok.norm.startswith("ل") or k == 0 or not tok.joined:
        return None
    at = next(
        (
            a
            for a, stem, bare in tok.readings
            if a == tok.start + 1 and not bare and stem in rules["nouns"] | rules["holders"]
        ),
        None,
    )
    if at is None:
        return None
    j = k - 1
    if toks[j].forms() & rules["held_adjectives"] and j > 0 and toks[j].joined:
        j -= 1
    return (at, tok.end) if toks[j].forms() & rules["held"] else None


def _after_conjunction(tok: Tok, nouns: frozenset[str]) -> bool:
    """'وشبان': the noun after the conjunction و alone (no preposition)."""
    return tok.norm.startswith("و") and tok.norm[1:] in nouns


def _of_origin(toks: list[Tok], k: int, rules: dict[str, Any]) -> bool:
    """The noun at ``k`` followed by من and a noun of origin ('crowds.origins')."""
    return (
        k + 2 < len(toks)
        and toks[k + 1].joined
        and toks[k + 1].norm == "من"
        and toks[k + 2].joined
        and bool(toks[k + 2].forms() & rules["origins"])
    )


def _figure_start(toks: list[Tok], k: int, counted: list[tuple[int, int]]) -> int:
    """The first token of the figure counting the noun at token ``k`` ('قرابة 300 شخص'), else
    ``k``."""
    span = next(((a, b) for a, b in counted if a <= toks[k].start < b), None)
    if span is None:
        return k
    head = k
    while head > 0 and toks[head - 1].start >= span[0] and toks[head].joined:
        head -= 1
    return head


def _acting(toks: list[Tok], k: int, head: int, rules: dict[str, Any]) -> bool:
    """The noun at ``k`` (its figure from ``head``) is the subject of a verb of protest in
    its clause, not a victim."""
    if head > 0 and toks[head].joined:
        if toks[head - 1].forms() & rules["harm"]:
            return False
        if toks[head - 1].forms() & rules["before"]:
            return _went_to_protest(toks, head - 1, k + 1, rules)
        if head > 1 and toks[head - 1].joined and toks[head - 2].forms() & rules["harm"]:
            return False  # 'اعتقال عدد شبان': a harm two words before
    j = k + 1
    while j < len(toks) and toks[j].joined and j - k <= rules["window"]:
        if toks[j].forms() & rules["harm"]:
            return False  # 'أهالي القرية اعتقلوا' is not read as theirs: another act
        if toks[j].forms() & rules["after"]:
            return _went_to_protest(toks, j, j + 1, rules)
        j += 1
    return False


def _went_to_protest(toks: list[Tok], verb: int, j: int, rules: dict[str, Any]) -> bool:
    """Not 'خرجوا من بلداتهم' (people leaving a place); a verb of going out only with a
    protest word right after it ('خرجوا في مظاهرات', 'خرج أهالي البلدة في مظاهرة')."""
    if not toks[verb].forms() & rules["went_out"]:
        return True  # 'قطع شبان من قرية المزرعة الطريق': whence they came
    if j < len(toks) and toks[j].joined and toks[j].norm in rules["from"]:
        return False
    stop = min(len(toks), max(verb, j) + 1 + rules["went_window"])
    for m in range(max(verb, j - 1) + 1, stop):
        if not toks[m].joined:
            return False
        if toks[m].forms() & rules["protest"]:
            return True
    return False


def _protest_told(
    text: str, toks: list[Tok], k: int, rules: dict[str, Any], marchers: list[int]
) -> bool:
    """The sentence of token ``k`` names a protest, or protesters the text names there."""
    window = rules["sentence"]
    around = [
        *sentence_tokens(text, toks, k, -1, window),
        k,
        *sentence_tokens(text, toks, k, 1, window),
    ]
    if any(toks[m].forms() & rules["protest"] for m in around):
        return True
    lo, hi = toks[min(around)].start, toks[max(around)].end
    return any(lo <= at < hi for at in marchers)
