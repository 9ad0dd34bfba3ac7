"""Keeping the full-text index in step with the articles.

The index (``article_search``, FTS5, contentless) holds each article's title and
body after ``reviewer.arabic.normalize_for_search``, so that حماه finds حماة and
a vowelled word finds the bare one. Queries go through the very same functions
(:func:`fold` and :func:`word_terms`), so the two sides cannot drift apart.

Clitics. Arabic writes the conjunctions و ف, the prepositions ب ك ل and the
article ال as part of the next word: بحماة, وحمص, للمدينة. FTS5's tokenizer cannot
see inside such a word, so the index stores every word *followed by its
clitic-stripped stems* (``reviewer.arabic.strip_clitics``):
``بحماة`` -> ``بحماه حماه``, ``للمدينة`` -> ``للمدينه مدينه``. A query term is then
matched *exactly as typed* (after folding): the bare word حماه finds حماة,
بحماة, وحماة, لحماة; the prefixed query بحماة finds only that spelling. Stripping
the query too was rejected: ``والي`` (governor) would also search ``الي`` and so
find every ``إلى``. The stems over-generate on the index side (``باب`` also indexes
``اب``), which costs a little precision for rare two-letter queries and nothing
else. The stems follow their word, so a quoted phrase is matched as "these
words close together" (FTS5 NEAR) rather than strictly adjacent; see
``reviewer.search``.

Speed. Folding is done with ``str.translate`` over a table that fills itself
from :func:`reviewer.arabic.normalize_for_search` one code point at a time (the
fold is defined per code point, so the result is identical), and the terms of
each distinct white-space-separated chunk of raw text are cached: indexing
costs ``str.split`` and about one dictionary lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import sqlite_utils

from reviewer.arabic import normalize_for_search, strip_clitics

__all__ = [
    "WORD_RE",
    "fold",
    "index_article",
    "index_prepared",
    "index_status",
    "index_terms",
    "index_terms_slices",
    "index_terms_utf8",
    "rebuild_index",
    "word_terms",
]


class _FoldTable(dict):
    """``str.translate`` table computing each code point's fold on first sight."""

    def __missing__(self, code_point: int) -> str:
        folded = normalize_for_search(chr(code_point))
        self[code_point] = folded
        return folded


_FOLD_TABLE = _FoldTable()

# A word of folded text. Folding removed harakat, tatweel and joiners, so a word
# is simply a run of letters and digits. The index is given these words one space
# apart (and queries quote them one by one), so FTS5's "ascii" tokenizer, which
# splits at the spaces without Unicode lookups, sees exactly these words.
WORD_RE = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """``normalize_for_search(text)``, computed at C speed through a cached table."""
    return text.translate(_FOLD_TABLE)


# Cache sizes bound memory (about 25 MB for the three together) whatever the
# vocabulary: a file of a million distinct numbers must not grow them to
# hundreds of MB. News text follows Zipf's law, so the words seen first (the
# ones kept) are the frequent ones and most lookups still hit.
_WORDS_CACHED, _TERMS_CACHED, _CHUNKS_CACHED = 30_000, 60_000, 60_000


@lru_cache(maxsize=_WORDS_CACHED)
def word_terms(word: str) -> tuple[str, ...]:
    """The index terms of one folded word: the word, then its clitic-stripped stems."""
    return tuple(dict.fromkeys([word, *strip_clitics(word)]))


class _TermsCache(dict):
    """Folded word -> its terms as one space-joined string, for the indexing hot loop."""

    def __missing__(self, word: str) -> str:
        terms = " ".join(word_terms(word))
        if len(self) < _TERMS_CACHED:
            self[word] = terms
        return terms


_TERMS = _TermsCache()


class _ChunkCache(dict):
    """Unfolded white-space-separated chunk -> the index terms of its words.

    A chunk is what ``str.split()`` yields (``بحماة،`` with its comma). Folding
    is per code point and folds no white space away or into a letter, so no
    word crosses white space and the terms of a text are the terms of its
    chunks in order. News text repeats its chunks heavily, so most cost one
    dictionary lookup: no per-character fold at all.
    """

    def __missing__(self, chunk: str) -> str:
        terms = " ".join(map(_TERMS.__getitem__, WORD_RE.findall(fold(chunk))))
        if len(self) < _CHUNKS_CACHED:
            self[chunk] = terms
        return terms


_CHUNKS = _ChunkCache()


def index_terms(text: str) -> str:
    """The text as the index sees it: normalised words, each followed by its stems.

    Equal to joining ``word_terms`` of every word of ``fold(text)``; computed
    chunk by chunk (see ``_ChunkCache``), which is four times faster.
    """
    return " ".join(filter(None, map(_terms_of, _slices(text))))


def index_terms_utf8(text: str) -> bytes:
    """``index_terms(text).encode()``, built slice by slice so that memory stays small.

    For the importer: a 20 MB article would otherwise hold its ``split()``
    list (millions of small strings, ~150 MB) and its terms twice, as text and
    as bytes.
    """
    return b" ".join(index_terms_slices(text))


def index_terms_slices(text: str) -> Iterable[bytes]:
    """The non-empty pieces of ``index_terms_utf8(text)``, to be joined with single spaces."""
    for piece in map(_terms_of, _slices(text)):
        if piece:
            yield piece.encode("utf-8")


def _terms_of(text: str) -> str:
    return " ".join(filter(None, map(_CHUNKS.__getitem__, text.split())))


TERM_SLICE_CHARS = 1 << 20  # characters
_SPACE = re.compile(r"\s")  # the white space str.split() splits at


def _slices(text: str) -> Iterable[str]:
    """``text`` cut at white space into pieces of about ``TERM_SLICE_CHARS`` characters.

    No chunk of ``text.split()`` crosses a cut, so the chunks of the pieces,
    in order, are the chunks of the text.
    """
    if len(text) <= TERM_SLICE_CHARS:
        yield text
        return
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + TERM_SLICE_CHARS)
        end = space.start() if space else len(text)
        yield text[start:end]
        start = end


_INSERT = "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"
# The same, taking the terms as UTF-8 bytes (SQLite's own text encoding).
_INSERT_UTF8 = (
    "INSERT INTO article_search (rowid, title, body) VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT))"
)


def index_article(db: sqlite_utils.Database, article_id: int, title: str, text: str) -> None:
    """Add one article to the index; call it in the same transaction as the insert."""
    db.execute(_INSERT, [article_id, index_terms(title), index_terms(text)])


def index_prepared(db: sqlite_utils.Database, rows: Iterable[tuple[int, bytes, bytes]]) -> None:
    """Add ``(article_id, title terms, text terms)`` rows, terms UTF-8 encoded, to the index.

    For the importer, which computes the terms before its transaction starts
    so that the write lock is held only for the inserts.
    """
    db.conn.executemany(_INSERT_UTF8, rows)


def rebuild_index(db: sqlite_utils.Database) -> int:
    """Drop and refill the index from the stored articles; returns the count.

    The repair for a damaged or out-of-date index (``reviewer reindex``). One
    transaction: an interrupted rebuild leaves the old index as it was.
    """
    conn = db.conn
    with db.atomic():
        conn.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
        rows = conn.execute("SELECT id, title, text FROM articles ORDER BY id")
        count = 0
        while batch := rows.fetchmany(500):
            conn.executemany(
                _INSERT, [(i, index_terms(title), index_terms(text)) for i, title, text in batch]
            )
            count += len(batch)
        conn.execute("INSERT INTO article_search (article_search) VALUES ('optimize')")
    return count


def index_status(db: sqlite_utils.Database) -> tuple[int, int]:
    """``(articles indexed, articles stored)``: unequal means the index needs a rebuild."""
    indexed = db.execute("SELECT count(*) FROM article_search_docsize").fetchone()[0]
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    return indexed, stored
