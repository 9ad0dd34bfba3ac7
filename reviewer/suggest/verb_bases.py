"""A verb of harm, arrest or release read in any person and voice: 'فأصابوا', 'أصابت' and 'أصاب'
are one verb, 'سراحهم' is 'سراح', 'أعدموهم' is 'أعدم'.

The rules list a few forms of each verb ('قتل', 'قتلت', 'أصيب'); news writes every person,
number and voice, and the passive is written like the active once the vowels are folded
('اعتُقل' is 'اعتقل'). A token and a listed word are the same verb where they share a base:
the folded word, and what is left of it without an object pronoun ('object_endings') and
then without one ending of person ('verb_endings'), at least three letters. The endings are
data in resources/suggest/counted_victims.json (``verb_forms``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from reviewer.suggest import _data
from reviewer.suggest.persons_tolls import folded_words
from reviewer.suggest.text import Tok

__all__ = ["bases", "listed_bases", "verb_forms"]


@cache
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = _data.rules("counted_victims").get("verb_forms", {})
    objects = sorted(folded_words(raw.get("object_endings")), key=len, reverse=True)
    persons = sorted(folded_words(raw.get("verb_endings")), key=len, reverse=True)
    return tuple(objects), tuple(persons)


@lru_cache(maxsize=16384)
def bases(word: str) -> frozenset[str]:
    """A folded word and what is left of it without an object pronoun, then without one
    ending of person ('فاصابوا' -> 'فاصاب'; 'سراحهم' -> 'سراح'), at least three letters."""
    objects, persons = _endings()
    stems = [word] + [
        word[: -len(o)] for o in objects if word.endswith(o) and len(word) - len(o) >= 3
    ]
    out = set(stems)
    for stem in stems:
        out.update(stem[: -len(e)] for e in persons if stem.endswith(e) and len(stem) - len(e) >= 3)
    return frozenset(out)


@lru_cache(maxsize=256)
def listed_bases(words: frozenset[str]) -> frozenset[str]:
    """The bases of every listed (folded) word (a rule's list, read once)."""
    return frozenset(b for w in words for b in bases(w))


def verb_forms(tok: Tok, listed: frozenset[str]) -> set[str] | None:
    """The token's forms where one of their bases is a listed word's base, else None."""
    forms = tok.forms()
    return forms if any(bases(f) & listed for f in forms) else None
