"""Victims named again by the definite form of the noun that counted them.

'قتل شابين ... وانتشلت فرق الدفاع المدني جثتي الشابين', 'إصابة صحفيين اثنين ... فإن الصحفيين
الجريحين', 'اعتقلت ثلاثة رعاة وشقيقين ... بينما لا يزال مصير الشقيقين مجهولاً': the definite dual
or sound plural of a counted noun of persons, after the same noun was found counted as victims
earlier in the text, is a mention of the same party (a reader codes them so), though no figure
counts it again. The nouns are the suggester's counted nouns of civilians
(resources/suggest/actors.json, ``counted.actors``); the endings are its ``named_again``.
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.actor_index import counted_forms
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["named_again_spans"]

_ACTOR = "Civilians (Syria)"


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """actors.json's ``named_again``: the endings of a dual or sound plural and of an
    accusative singular, the endings a definite mention must have, and the bases that are
    the generic noun's own."""
    raw = _data.rules("actors")["named_again"]
    return {
        key: tuple(raw[key]) for key in ("endings", "accusative_endings", "definite_endings")
    } | {"not_bases": tuple(fold(w) for w in raw["not_bases"])}


def _base(word: str) -> str:
    """A sound dual or plural, or an accusative singular, without its ending ('شابين' -> 'شاب');
    at least three letters stay."""
    forms = _forms()
    for end in forms["endings"] + forms["accusative_endings"]:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


@cache
def _bases() -> frozenset[str]:
    forms = next((f for name, f in counted_forms() if name == _ACTOR), [])
    bases = {_base(fold(w)) for w in forms if not fold(w).startswith("ال")}
    return frozenset(bases - set(_forms()["not_bases"]))  # 'المدنيين' is the generic noun's own


def _token_bases(tok: Tok, definite: bool) -> set[str]:
    """The bases of the token's readings with (or without) the article; a definite one only
    in the dual or sound plural ('الشابين', not the adjective 'المدني')."""
    return {
        _base(stem)
        for _, stem, article in tok.readings
        if article == definite and (not definite or stem.endswith(_forms()["definite_endings"]))
    }


def named_again_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int]]:
    """(start, end) of each definite noun naming victims counted earlier."""
    bases = _bases()
    victims = [s for s in found if s.kind == "actor" and s.value == _ACTOR]
    if not victims:
        return []
    seen: list[tuple[int, set[str]]] = []
    for tok in toks:
        for s in victims:
            if s.start < tok.end and tok.start < s.end:
                seen.append((tok.start, _token_bases(tok, False) & bases))
    taken = [(s.start, s.end) for s in found]
    out: list[tuple[int, int]] = []
    for tok in toks:
        mine = _token_bases(tok, True) & bases
        if not mine or any(a < tok.end and tok.start < b for a, b in taken):
            continue
        if any(at < tok.start and mine & earlier for at, earlier in seen):
            out.append((tok.start, tok.end))
    return out
