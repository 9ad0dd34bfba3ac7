"""Tokens with their clitic readings, and a phrase index matched over them.

Every suggester looks up words of a closed vocabulary (place names, aliases, month
names, trigger words) in the article, tolerating proclitics on the first word
(بحماة، وحمص، لمدينة، للجيش) and returning spans of the ORIGINAL text, so the span
covers the name without its clitic: the evidence quote is then "حماة", not "بحماة".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache, wraps
from typing import Generic, TypeVar

from reviewer.arabic import normalize_with_spans, split_clitics, tokenize
from reviewer.search_index import fold as fast_fold

__all__ = ["PhraseIndex", "Tok", "fold", "longest_first", "per_token_list", "tokens"]

T = TypeVar("T")


def fold(text: str) -> str:
    """``normalize_for_search`` at C speed (the search index's table, tested equal)."""
    return fast_fold(text)


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    norm: str
    # (start offset in the original text where the stem begins, folded stem, article
    # stripped): "الصدد" read as ال + صدد must not match the town صدد, which never
    # takes the article, so callers can refuse readings that dropped one.
    readings: tuple[tuple[int, str, bool], ...]
    joined: bool  # only spaces/tabs between this token and the previous one

    # stems() and forms() are asked of every token by a dozen finders: each set is built
    # once per word form (``tokens`` hands every token of that form the same sets) and
    # shared, so callers read it and never change it.
    def stems(self) -> set[str]:
        cached: set[str] | None = self.__dict__.get("_stems")
        if cached is None:
            cached = self.__dict__["_stems"] = {stem for _, stem, _ in self.readings}
        return cached

    def forms(self) -> set[str]:
        """The word as written (folded) and every stem read in it: a cue word in the rules
        may be either ('واعتقال' is matched by 'اعتقال', 'الأمن' by itself)."""
        cached: set[str] | None = self.__dict__.get("_forms")
        if cached is None:
            cached = self.__dict__["_forms"] = {self.norm} | self.stems()
        return cached


_Readings = tuple[tuple[int, str, bool], ...]


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, longest first: Python's regex takes the
    first alternative that matches, so 'مدعومة من' must be tried before 'مدعومة'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=32768)
def _word(text: str) -> tuple[str, _Readings, set[str], set[str]]:
    """A word's fold, readings (offsets from its start), stems and forms (the sets
    ``Tok.stems`` and ``Tok.forms`` return, built the same way): words repeat within an
    article and across articles, so each form is folded, read and its sets built once."""
    norm, readings = fold(text), _word_readings(text)
    stems = {stem for _, stem, _ in readings}
    return norm, readings, stems, {norm} | stems


def _word_readings(text: str) -> tuple[tuple[int, str, bool], ...]:
    """A word's readings with offsets from its start (read once per word form: ``_word``
    keeps them)."""
    folded, spans = normalize_with_spans(text)
    out: list[tuple[int, str, bool]] = []
    if not folded:
        return ()
    for prefix, stem in split_clitics(text):
        where = spans[len(prefix)][0] if len(prefix) < len(spans) else 0
        article = prefix.endswith(("ال", "لل"))
        out.append((where, stem, article))
        if prefix.endswith("لل"):  # ل + ال: للجيش reads as ل + الجيش, quoted from the لل
            out.append((spans[len(prefix) - 2][0], "ال" + stem, False))
    if not out:
        out.append((0, folded, False))
    return tuple(out)


def _new_tok(
    text: str,
    start: int,
    end: int,
    norm: str,
    readings: _Readings,
    joined: bool,
    stems: set[str],
    forms: set[str],
) -> Tok:
    """``Tok(text, start, end, norm, readings, joined)`` with its word form's ``stems`` and
    ``forms`` sets already in place, built without the frozen dataclass's
    ``object.__setattr__`` per field (half the cost): ``tokens`` builds every word of every
    article. The object is the same: equal, hashed alike, still frozen."""
    tok = object.__new__(Tok)
    tok.__dict__.update(
        text=text,
        start=start,
        end=end,
        norm=norm,
        readings=readings,
        joined=joined,
        _stems=stems,
        _forms=forms,
    )
    return tok


def tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    prev_end = 0
    for word, start, end in tokenize(text):
        gap = text[prev_end:start]
        # '#دير_الزور': the words of a hashtag are joined by underscores instead of spaces
        joined = bool(out) and gap.strip(" \t\u00a0\u200f\u200e_") == ""
        norm, readings, stems, forms = _word(word)
        if start:  # the word's readings, moved to where it stands in the text
            readings = tuple([(start + at, stem, article) for at, stem, article in readings])
        out.append(_new_tok(word, start, end, norm, readings, joined, stems, forms))
        prev_end = end
    return out


R = TypeVar("R")


def per_token_list(build: Callable[[list[Tok]], R]) -> Callable[[list[Tok]], R]:
    """Memo of an index that ``build`` makes from an article's token list, for the list
    it was last asked of: the finders of one article ask for the same index in turn, and
    it is built once. The list is known by identity and held while remembered (so no
    other list can take its id); an article's token list is never changed once
    ``tokens`` made it, and callers only read the index."""
    last: list[tuple[list[Tok], R]] = []

    @wraps(build)
    def cached(toks: list[Tok]) -> R:
        memo = last[0] if last else None
        if memo is not None and memo[0] is toks:
            return memo[1]
        index = build(toks)
        last[:] = [(toks, index)]
        return index

    return cached


@dataclass(frozen=True)
class Hit(Generic[T]):
    first: int  # index of the first token
    stop: int  # index after the last token
    start: int  # code point where the match starts (after any clitic)
    end: int
    payloads: tuple[T, ...]
    words: tuple[str, ...] = ()  # the folded phrase that matched


class PhraseIndex(Generic[T]):
    """Folded phrases (tuples of words) -> payloads, matched longest first."""

    def __init__(self, *, article_strict: bool = True) -> None:
        # article_strict: a phrase without ال never matches a word whose ال was stripped
        # (names: الصدد is not صدد). Trigger-word indexes turn it off (السيطرة = سيطرة).
        self._article_strict = article_strict
        self._by_first: dict[str, dict[tuple[str, ...], list[T]]] = {}
        # The same phrases by first word, then by length, longest first: a match looks up
        # the words that follow instead of trying every phrase of a common first word
        # (قوات, مدينة start hundreds). At most one phrase has a given first word and
        # length, so this finds the very phrase the linear scan found.
        self._by_length: dict[str, list[tuple[int, dict[tuple[str, ...], list[T]]]]] = {}

    def add(self, phrase: str, payload: T) -> None:
        words = tuple(fold(phrase).split())
        if not words:
            return
        first = self._by_first.setdefault(words[0], {})
        bucket = first.get(words)
        if bucket is None:
            bucket = first[words] = []
            self._index_length(words, bucket)
        if payload not in bucket:
            bucket.append(payload)

    def _index_length(self, words: tuple[str, ...], bucket: list[T]) -> None:
        lengths = self._by_length.setdefault(words[0], [])
        for n, same in lengths:
            if n == len(words):
                same[words] = bucket
                return
        lengths.append((len(words), {words: bucket}))
        lengths.sort(key=lambda entry: -entry[0])

    def first_words(self) -> frozenset[str]:
        """Every phrase's first word: ``match`` finds nothing at a token none of whose
        readings is one of them, so a finder may skip such tokens without asking."""
        return frozenset(self._by_length)

    def phrases(self) -> Iterable[tuple[tuple[str, ...], list[T]]]:
        for bucket in self._by_first.values():
            yield from bucket.items()

    def match(self, toks: list[Tok], i: int) -> Hit[T] | None:
        """The longest phrase starting at token ``i`` (first word may carry clitics)."""
        best: Hit[T] | None = None
        best_n = 0
        run = -1  # how many tokens after i are joined to the one before (counted once)
        for where, stem, article in toks[i].readings:
            if article and self._article_strict:
                continue
            lengths = self._by_length.get(stem)
            if lengths is None:
                continue
            for n, same in lengths:
                if n <= best_n:
                    break
                if i + n > len(toks):
                    continue
                if run < 0:
                    run = 0
                    while i + run + 1 < len(toks) and toks[i + run + 1].joined:
                        run += 1
                if n - 1 > run:
                    continue
                words = (stem, *(tok.norm for tok in toks[i + 1 : i + n]))
                payloads = same.get(words)
                if payloads is not None:
                    best = Hit(i, i + n, where, toks[i + n - 1].end, tuple(payloads), words)
                    best_n = n
                    break
        return best

    def scan(self, toks: list[Tok]) -> list[Hit[T]]:
        """Greedy left-to-right, non-overlapping, longest match at each token."""
        hits: list[Hit[T]] = []
        i = 0
        while i < len(toks):
            hit = self.match(toks, i)
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.stop
        return hits


def joined_across_quotes(text: str, toks: list[Tok], marks: str, blanks: str) -> list[Tok]:
    """The tokens with a gap of only quotation ``marks`` and ``blanks`` between two words
    read as one run ('فرقة "الحمزة"' is the alias فرقة الحمزة; 'بمقتل "عشرات" من' counts):
    a quote mark is no clause break for a finder that asks for this view. Each finder
    passes the marks and blanks it reads through."""
    out = list(toks)
    for i in range(1, len(out)):
        tok = out[i]
        if tok.joined:
            continue
        gap = text[out[i - 1].end : tok.start]
        if any(c in marks for c in gap) and not gap.strip(blanks + marks):
            out[i] = replace(tok, joined=True)
    return out
