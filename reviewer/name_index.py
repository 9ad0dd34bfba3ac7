"""Ranked look-up of names typed in Arabic or English, shared by the gazetteer and actors.

Both sides go through :func:`reviewer.arabic.normalize_for_search` (so حماه meets حماة
and "Ḩamāh" meets "hamah") and :func:`reviewer.arabic.strip_clitics` (so بحماة and
السلمية meet حماة and سلمية). English names also lose their Arabic article
("As-Salamiyeh" is found by "salamiyeh"). The result is a ranked list: a picker
shows the best candidates first and never decides for the analyst.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from reviewer.arabic import normalize_for_search, strip_clitics

T = TypeVar("T")

_QUOTES = re.compile(r"['’ʼʿʾ`]")
_SEPARATORS = re.compile(r"[\s\-_/.,()]+")
_LATIN_ARTICLE = re.compile(r"^(?:a[dlnrstz]|ash|el)\s+(?=\w)")

EXACT, STEM, PREFIX, WORD_PREFIX, CONTAINS = 100, 90, 70, 60, 40


def fold(name: str) -> str:
    """The comparison form of a name: normalised, no quotes, single spaces."""
    folded = _QUOTES.sub("", normalize_for_search(name))
    return _SEPARATORS.sub(" ", folded).strip()


def variants(name: str) -> set[str]:
    """Every folded form a name is known by: itself, without clitics, without 'al-'."""
    folded = fold(name)
    if not folded:
        return set()
    out = {folded}
    first, _, rest = folded.partition(" ")
    for stem in strip_clitics(first):
        out.add(f"{stem} {rest}".strip())
    latin = _LATIN_ARTICLE.sub("", folded)
    out.add(latin)
    return out


@dataclass(frozen=True)
class Match(Generic[T]):
    item: T
    score: int
    name: str  # the name (as written) that matched


class NameIndex(Generic[T]):
    """Names of items, searched by folded exact, stem, prefix and substring matches."""

    def __init__(self, rank: Callable[[T], Any] = lambda item: 0) -> None:
        self._entries: list[tuple[str, frozenset[str], T, str]] = []
        self._rank = rank

    def add(self, item: T, names: Iterable[str | None]) -> None:
        for name in names:
            if name and name.strip():
                self._entries.append((fold(name), frozenset(variants(name)), item, name))

    def search(self, query: str, *, limit: int = 10) -> list[Match[T]]:
        """Items whose names match ``query``, best first, each item once."""
        folded = fold(query)
        if not folded:
            return []
        query_variants = variants(query)
        best: dict[int, Match[T]] = {}
        for key, keys, item, name in self._entries:
            score = _score(folded, query_variants, key, keys)
            if score and (id(item) not in best or best[id(item)].score < score):
                best[id(item)] = Match(item=item, score=score, name=name)
        ranked = sorted(best.values(), key=lambda m: (-m.score, self._rank(m.item), m.name))
        return ranked[:limit]


def _score(query: str, query_variants: set[str], key: str, keys: frozenset[str]) -> int:
    if query == key:
        return EXACT
    if query_variants & keys:
        return STEM
    if any(k.startswith(q) for k in keys for q in query_variants):
        return PREFIX
    if any(word.startswith(query) for word in key.split(" ")):
        return WORD_PREFIX
    if len(query) >= 3 and query in key:
        return CONTAINS
    return 0
