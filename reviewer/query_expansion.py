"""English and transliterated search words that find Arabic text: "Hama", "Hims", "HTS".

An analyst types the names she reads in English reports; the articles are Arabic. The
gazetteer (English names and GeoNames' Latin spellings of every place) and the actor list
(English names and aliases) already tie each Latin spelling to its Arabic forms, so a
Latin word or phrase of the query that is one of those names is searched as itself OR
any of its Arabic forms. Spellings are compared by a loose key (case, accents, hyphens,
apostrophes, doubled letters and a final h after a vowel do not matter, nor does a
leading al-/el-), so "Hamah", "Ḩamāh" and "hama" are one name.

Used by ``reviewer.search.parse_query``; the hit list names the alias that matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from reviewer.paths import load_resource_json
from reviewer.search_index import WORD_RE, fold

__all__ = ["Expansion", "find_expansions", "latin_key", "matched_forms"]

_LATIN_WORD = re.compile(r"^[a-z0-9]+$")
_ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "ath", "adh")
_MAX_WORDS = 6


@dataclass(frozen=True)
class Expansion:
    """Latin words of the query, the name they matched, and that name's Arabic forms."""

    words: tuple[str, ...]  # folded query words
    name: str  # canonical English name ("Hama", "Hayat Tahrir al-Sham")
    kind: str  # "place" or "actor"
    forms: tuple[tuple[str, ...], ...]  # folded Arabic words of each form

    def describe(self, form: tuple[str, ...]) -> str:
        return f"{' '.join(self.words)} = {' '.join(form)} ({self.name})"


def _word_key(word: str) -> str:
    word = re.sub(r"(.)\1+", r"\1", word)  # Hammah -> Hamah
    if len(word) > 3 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]  # Hamah -> Hama
    return word


def latin_key(text: str) -> tuple[str, ...]:
    """The loose comparison key of a Latin name, as words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[’'`ʿʾ‘]", "", text)
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return tuple(_word_key(w) for w in words)


def _arabic(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(fold(text)))


def _minimal(forms: set[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Drop forms containing a shorter form ('محافظة حماة' when 'حماة' is there)."""

    def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
        n = len(small)
        return len(big) > n and any(big[i : i + n] == small for i in range(len(big) - n + 1))

    kept = [f for f in forms if f and not any(contains(f, g) for g in forms if g != f)]
    return tuple(sorted(kept, key=lambda f: (len(f), f)))


@cache
def _table() -> dict[tuple[str, ...], tuple[str, str, tuple[tuple[str, ...], ...]]]:
    """Latin key -> (canonical English name, kind, Arabic forms)."""
    grouped: dict[tuple[str, ...], tuple[str, str, set[tuple[str, ...]]]] = {}

    def add(latin: str, name: str, kind: str, arabic: list[str]) -> None:
        key = latin_key(latin)
        if not key or len(key) > _MAX_WORDS:
            return
        forms = {_arabic(a) for a in arabic if a}
        entry = grouped.setdefault(key, (name, kind, set()))
        entry[2].update(forms)

    for place in load_resource_json("gazetteer", "syria_places.json")["places"]:
        arabic = [place.get("name_ar") or "", *place.get("variants", [])]
        for latin in {place["name_en"], *place.get("aliases_en", [])}:
            add(latin, place["name_en"], "place", arabic)
    for actor in load_resource_json("actors.json")["actors"]:
        for latin in {actor["name"], *actor.get("aliases_en", [])}:
            add(latin, actor["name"], "actor", actor.get("aliases_ar", []))
    return {key: (name, kind, _minimal(forms)) for key, (name, kind, forms) in grouped.items()}


def find_expansions(words: list[str]) -> list[tuple[int, int, Expansion]]:
    """Runs ``words[i:j]`` of Latin query words that name a place or an actor.

    Longest first, left to right, not overlapping; Arabic words are never expanded.
    """
    table = _table()
    out: list[tuple[int, int, Expansion]] = []
    i = 0
    while i < len(words):
        if not _LATIN_WORD.match(words[i]):
            i += 1
            continue
        stop = i
        while stop < len(words) and stop - i < _MAX_WORDS and _LATIN_WORD.match(words[stop]):
            stop += 1
        for j in range(stop, i, -1):
            hit = table.get(latin_key(" ".join(words[i:j])))
            if hit is not None and hit[2]:
                name, kind, forms = hit
                out.append((i, j, Expansion(tuple(words[i:j]), name, kind, forms)))
                i = j
                break
        else:
            i += 1
    return out


def matched_forms(article_words: set[str], expansion: Expansion) -> list[tuple[str, ...]]:
    """The Arabic forms of ``expansion`` whose every word is among ``article_words``
    (the folded word terms of an article, clitic stems included)."""
    return [form for form in expansion.forms if all(w in article_words for w in form)]
