"""The actor suggester's phrase index: every Arabic form of the actor list, the sources,
the regional aliases and the counted nouns of persons, with where each one ends.

A module of its own because the place suggester asks it too (where an actor's name ends
'اقتحمت قوات النظام الباب'), and the actor suggester asks the place suggester for the
places of a regional alias's paragraph: with the index inside ``actors`` the two
modules imported each other.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.text import PhraseIndex, Tok, fold

__all__ = ["counted_forms", "name_index", "persons_rule", "phrase_stop", "regional_rules"]


def _indefinite(alias: str) -> str | None:
    """القوات الإسرائيلية -> قوات إسرائيلية, الفصائل الموالية لتركيا -> فصائل موالية لتركيا;
    None unless every word has the article, or two or more do and a preposition's phrase
    (من إيران، لتركيا) ends the alias."""
    words = alias.split()
    lead = 0
    while lead < len(words) and words[lead].startswith("ال") and len(words[lead]) > 4:
        lead += 1
    rest = words[lead:]
    if rest and not (lead >= 2 and (rest[0] == "من" or rest[0].startswith("ل"))):
        return None
    return " ".join([*(w[2:] for w in words[:lead]), *rest])


def _spellings(forms: list[str], pairs: list[list[str]]) -> list[str]:
    """Each form with the other spelling of a pair too (ميليشيات / مليشيات، أميركية / أمريكية)."""
    out = list(forms)
    for a, b in pairs:
        for form in list(out):
            for x, y in ((a, b), (b, a)):
                if x in form and form.replace(x, y) not in out:
                    out.append(form.replace(x, y))
    return out


@cache
def name_index() -> PhraseIndex[tuple[str, int]]:
    index: PhraseIndex[tuple[str, int]] = PhraseIndex()
    rules = _data.rules("actors")
    extra = rules["extra_aliases"]
    no_indefinite = {fold(a) for a in rules["no_indefinite"]}
    singular = {fold(k): fold(v) for k, v in rules.get("singular_heads", {}).items()}
    for n, actor in enumerate(_data.actors()):
        for alias in [*actor.get("aliases_ar", []), *extra.get(actor["name"], [])]:
            forms = [alias]
            head, _, rest = fold(alias).partition(" ")
            if head in singular and rest:
                forms.append(f"{singular[head]} {rest}")  # القوة الإسرائيلية
            for form in _spellings(forms, rules.get("spelling_variants", [])):
                index.add(form, ("actor", n))
                bare = _indefinite(form)
                if bare is not None and fold(alias) not in no_indefinite:
                    index.add(bare, ("actor", n))
    for n, source in enumerate(_data.sources()):
        for alias in {source.get("name_ar") or "", *source.get("aliases_ar", [])}:
            if alias:
                index.add(alias, ("source", n))
    for n, rule in enumerate(regional_rules()):
        for alias in rule["aliases"]:
            index.add(alias, ("regional", n))
    for n, (_, forms) in enumerate(counted_forms()):
        for form in forms:
            index.add(form, ("counted", n))
    for form in persons_rule().get("forms", []):
        index.add(form, ("persons", 0))
    return index


@cache
def counted_forms() -> list[tuple[str, list[str]]]:
    """(actor, nouns of persons) that name a party only where a figure counts them."""
    raw = _data.rules("actors").get("counted", {}).get("actors", {})
    return [(name, list(forms)) for name, forms in raw.items()]


@cache
def persons_rule() -> dict[str, Any]:
    """Nouns of persons in general (أشخاص، شخصاً): Civilians only when counted in an arrest,
    abduction, execution or injury (resources/suggest/actors.json, ``counted.persons``)."""
    return dict(_data.rules("actors").get("counted", {}).get("persons", {}))


@cache
def regional_rules() -> list[dict[str, Any]]:
    return list(_data.rules("actors").get("regional", {}).get("rules", []))


def phrase_stop(toks: list[Tok], k: int) -> int | None:
    """The token index after an actor's or source's name starting at token ``k``, if any
    (places read 'اقتحمت قوات النظام الباب': the name ends the verb's subject)."""
    hit = name_index().match(toks, k)
    return hit.stop if hit is not None else None
