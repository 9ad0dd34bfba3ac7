"""Arabic-aware full-text search: query syntax, the FTS5 expression, snippets and hits.

Query syntax (what the search box and ``reviewer search`` accept):

- ``حماة حمص`` — articles with both words (AND), anywhere in title or body;
- ``"مدينة حماة"`` — the words close together (a phrase);
- ``حماة OR حمص`` — either;
- ``-حمص`` — leave out articles with that word (needs at least one other term);
- ``حما*`` — words starting with ``حما``;
- ``Hama``, ``Hims``, ``HTS``, ``"Syrian army"`` — an English or transliterated name of a
  place or actor also finds its Arabic forms (reviewer.query_expansion); the snippet says
  which one matched.

Every word is folded with the same function the index uses
(``reviewer.search_index``), so hamza, ة/ه, ى/ي, harakat and tatweel do not
matter, and a bare word also finds its clitic-prefixed forms (وحمص, بحماة,
للمدينة): see that module for why the index carries stems. The user's text is
never passed to FTS5: it is split into words, and each word is emitted as a
double-quoted FTS5 string, so quotes, brackets, ``NEAR``, ``*`` or column
filters typed by the user cannot change the query's structure.

Snippets and hit spans are computed in Python from the *original* article text
(the index is contentless): ``reviewer.arabic.normalize_with_spans`` folds the
text while remembering where each folded character came from, the same word
matcher runs over the folded words, and hits come back as code-point offsets
into the original text, ready for ``ArticleView.set_highlights``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import sqlite_utils

from reviewer.arabic import normalize_with_spans
from reviewer.query_expansion import Expansion, find_expansions, matched_forms
from reviewer.search_index import WORD_RE, fold, word_terms
from reviewer.storage.articles import (
    ArticleFilter,
    ArticleSummary,
    ProgressCounts,
    article_ids_window,
    article_texts,
    count_articles,
    filtered_article_ids,
    progress_counts,
    summaries_by_ids,
)

__all__ = [
    "ParsedQuery",
    "SearchResult",
    "Snippet",
    "alias_note",
    "hit_spans",
    "make_snippet",
    "matching_ids",
    "parse_query",
    "progress_for",
    "search",
]

# Stems sit between a word and the next one in the index, at most this many per word
# (و + ب + ال stripped one by one), so a phrase is matched as words this close.
_STEMS_PER_WORD = 3
_MATCHED_KEPT = 50_000  # words judged per query, kept to judge them once (bounded memory)
_CHUNK_RE = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """One searched word (folded) or a phrase of several; ``prefix``: a trailing *."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        quoted = [f'"{w}"' for w in self.words]
        if self.prefix:
            quoted[-1] += "*"
        if len(quoted) == 1:
            return quoted[0]
        return f"NEAR({' '.join(quoted)}, {_STEMS_PER_WORD * (len(quoted) - 1)})"


@dataclass(frozen=True)
class ParsedQuery:
    """A query as clauses ANDed together, each a list of alternatives, minus exclusions."""

    text: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    expansions: tuple[Expansion, ...] = ()

    def is_empty(self) -> bool:
        return not self.clauses

    def match_expression(self) -> str | None:
        """The FTS5 MATCH string, or None when there is nothing to search for."""
        if not self.clauses:
            return None
        parts = []
        for alternatives in self.clauses:
            inner = " OR ".join(term.fts() for term in alternatives)
            parts.append(f"({inner})" if len(alternatives) > 1 else inner)
        expression = " AND ".join(parts)
        if self.excluded:
            expression = f"({expression}) NOT ({' OR '.join(t.fts() for t in self.excluded)})"
        return expression

    def matches_word(self, word: str) -> bool:
        """Whether a folded word of an article is a hit for one of the searched terms."""
        known = self._matched
        hit = known.get(word)
        if hit is None:
            exact, prefixes = self._searched
            terms = word_terms(word)
            hit = not exact.isdisjoint(terms) or (
                bool(prefixes) and any(t.startswith(prefixes) for t in terms)
            )
            if len(known) < _MATCHED_KEPT:
                known[word] = hit
        return hit

    @cached_property
    def _matched(self) -> dict[str, bool]:
        """Words already judged (news text repeats its words: most are judged once)."""
        return {}

    @cached_property
    def _searched(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The searched words matched whole, and those matched as a prefix (a trailing *)."""
        terms = [term for alternatives in self.clauses for term in alternatives]
        exact = {w for t in terms for w in (t.words[:-1] if t.prefix else t.words)}
        return frozenset(exact), tuple(t.words[-1] for t in terms if t.prefix)


def parse_query(text: str) -> ParsedQuery:
    """Parse what the user typed; never fails (unusable pieces are ignored)."""
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _CHUNK_RE.finditer(text):
        quoted, bare = match.group(1), match.group(2)
        if bare == "OR":
            join_next = bool(clauses)
            continue
        negative = bare is not None and bare.startswith("-") and len(bare) > 1
        prefix = bare is not None and bare.endswith("*")
        words = WORD_RE.findall(fold(quoted if quoted is not None else bare))
        if not words:
            continue
        if quoted is not None or negative:
            terms = [Term(tuple(words), prefix=prefix and not quoted)]
        else:  # "حماة،حمص" typed without a space is two words, not a phrase
            terms = [Term((w,)) for w in words[:-1]] + [Term((words[-1],), prefix=prefix)]
        if negative:
            excluded.extend(terms)
            continue
        for i, term in enumerate(terms):
            if join_next and i == 0:
                clauses[-1].append(term)
            else:
                clauses.append([term])
        join_next = False
    clauses, expansions = _expand(clauses)
    excluded = _widen(excluded, [])  # -Homs leaves out حمص too
    return ParsedQuery(text, tuple(tuple(c) for c in clauses), tuple(excluded), expansions)


def _expand(clauses: list[list[Term]]) -> tuple[list[list[Term]], tuple[Expansion, ...]]:
    """Latin words naming a place or an actor also find its Arabic forms.

    A run of plain words (``Syrian army``) becomes one clause: the words themselves OR any
    Arabic form of the name; so does a quoted phrase and each word of an OR.
    """
    plain = [
        c[0].words[0] if len(c) == 1 and len(c[0].words) == 1 and not c[0].prefix else ""
        for c in clauses
    ]
    expansions: list[Expansion] = []
    out: list[list[Term]] = []
    done: set[int] = set()
    k = 0
    for i, j, expansion in find_expansions(plain):
        out.extend(clauses[k:i])
        done.add(len(out))
        out.append([Term(expansion.words), *(Term(form) for form in expansion.forms)])
        expansions.append(expansion)
        k = j
    out.extend(clauses[k:])
    for n, clause in enumerate(out):
        if n in done or (len(clause) == 1 and len(clause[0].words) == 1):
            continue  # a plain word: expanded above when it names something
        out[n] = _widen(clause, expansions)
    return out, tuple(expansions)


def _widen(terms: list[Term], expansions: list[Expansion]) -> list[Term]:
    """Each term that is wholly a Latin name, followed by that name's Arabic forms."""
    widened: list[Term] = []
    for term in terms:
        widened.append(term)
        whole = find_expansions(list(term.words)) if not term.prefix else []
        if len(whole) == 1 and whole[0][:2] == (0, len(term.words)):
            expansion = whole[0][2]
            widened.extend(Term(form) for form in expansion.forms)
            expansions.append(expansion)
    return widened


def alias_note(article_text: str, query: ParsedQuery) -> str:
    """Which Arabic form of an English query word the article matched: 'hama = حماة (Hama)'."""
    if not query.expansions:
        return ""
    words: set[str] = set()
    for word in WORD_RE.findall(fold(article_text)):
        words.update(word_terms(word))
    notes = []
    for expansion in query.expansions:
        forms = matched_forms(words, expansion)
        if forms:
            notes.append(expansion.describe(forms[0]))
    return "; ".join(notes)


def hit_spans(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Code-point spans of the words in ``text`` the query matches (whole words)."""
    return list(_hits(text, query))


def _hits(text: str, query: ParsedQuery) -> Iterator[tuple[int, int]]:
    """``hit_spans`` one at a time, in text order, so a snippet can stop at its end.

    The text is taken a piece at a time (cut at white space, which no word and no
    run of dropped marks crosses, so the hits are the same), folded by ``fold``
    at C speed, and a hit's offsets are taken back to the source through the
    runs of characters folding dropped (harakat, tatweel): the per-character
    ``normalize_with_spans`` over the whole text took half a millisecond per news
    article, most of a search's time for a page of snippets. It is still used
    for a piece with a character folding to several (a ligature).
    """
    if query.is_empty():
        return
    for offset, piece in _pieces(text):
        to_source = _source_spans(piece)
        if to_source is None:
            folded, spans = normalize_with_spans(piece)
            for m in WORD_RE.finditer(folded):
                if query.matches_word(m.group()):
                    yield offset + spans[m.start()][0], offset + spans[m.end() - 1][1]
            continue
        for m in WORD_RE.finditer(fold(piece)):
            if query.matches_word(m.group()):
                a, b = to_source(m.start(), m.end())
                yield offset + a, offset + b


_PIECE_CHARS = 600
_SPACE = re.compile(r"\s")


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, piece)``: ``text`` cut at white space into pieces of about _PIECE_CHARS."""
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + _PIECE_CHARS)
        end = space.start() if space else len(text)
        yield start, text[start:end]
        start = end


def _source_spans(text: str) -> Callable[[int, int], tuple[int, int]] | None:
    """Folded ``[a, b)`` -> the source span that produced it, when each code point of
    ``text`` folds to at most one character (else None).

    Like ``normalize_with_spans``, a span runs on over the dropped characters after
    its last one, so a highlighted word keeps its trailing harakat.
    """
    widths = [(char, _fold_width(char)) for char in set(text)]
    if any(width > 1 for _char, width in widths):
        return None
    dropped = "".join(sorted(char for char, width in widths if not width))
    if not dropped:
        return lambda a, b: (a, b)
    runs = [m.span() for m in _dropped_runs(dropped).finditer(text)]
    run_end = dict(runs)
    folded_starts, source_starts = [0], [0]  # where each run of kept characters begins
    removed = 0
    for run_start, end in runs:
        removed += end - run_start
        folded_starts.append(end - removed)
        source_starts.append(end)

    def source(k: int) -> int:
        j = bisect.bisect_right(folded_starts, k) - 1
        return source_starts[j] + k - folded_starts[j]

    def span(a: int, b: int) -> tuple[int, int]:
        end = source(b - 1) + 1
        return source(a), run_end.get(end, end)

    return span


class _FoldWidths(dict):
    """Code point -> how many characters it folds to, computed on first sight."""

    def __missing__(self, char: str) -> int:
        width = self[char] = len(fold(char))
        return width


_fold_width = _FoldWidths().__getitem__


@lru_cache(maxsize=256)
def _dropped_runs(dropped: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(dropped)}]+")


@dataclass(frozen=True)
class Snippet:
    """A stretch of the article around its first hit; ``hits`` are offsets into ``text``."""

    text: str
    hits: tuple[tuple[int, int], ...]
    start: int  # where ``text`` begins in the article (code points)
    #: Which alias an English query matched ('hims = حمص (Homs)'); ``text`` begins with it
    #: in brackets, so that a window can show it apart from the stretch that scrolls.
    note: str = ""

    def without_note(self) -> Snippet:
        """This snippet without its leading '[note] ', the hits moved to match."""
        if not self.note:
            return self
        cut = len(_note_prefix(self.note))
        hits = tuple((s - cut, e - cut) for s, e in self.hits if s >= cut)
        return Snippet(self.text[cut:], hits, self.start + cut)


def _note_prefix(note: str) -> str:
    return f"[{note}] " if note else ""


def make_snippet(article_text: str, query: ParsedQuery, *, width: int = 140) -> Snippet:
    """The part of ``article_text`` around the first hit, cut at word boundaries.

    With no hit (e.g. only a title matched and the title is not in the text) it
    is the text's beginning. Line breaks become spaces so it fits one row.
    """
    found = _hits(article_text, query)
    spans = list(itertools.islice(found, 1))  # the first hit; the rest only up to the end
    note = alias_note(article_text, query)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(article_text), start + width)
    if start > 0:  # do not begin in the middle of a word
        space = article_text.find(" ", start, first if spans else end)
        start = space + 1 if space != -1 else start
    if end < len(article_text):
        space = article_text.rfind(" ", spans[0][1] if spans else start, end)
        end = space if space != -1 else end
    spans += itertools.takewhile(lambda span: span[0] < end, found) if spans else ()
    hits = tuple((s - start, e - start) for s, e in spans if s >= start and e <= end)
    body = article_text[start:end].replace("\n", " ")
    prefix = _note_prefix(note) + ("… " if start > 0 else "")
    suffix = " …" if end < len(article_text) else ""
    shift = len(prefix)
    return Snippet(
        prefix + body + suffix,
        tuple((s + shift, e + shift) for s, e in hits),
        start - shift,
        note,
    )


@dataclass(frozen=True)
class SearchResult:
    summary: ArticleSummary
    snippet: Snippet


@dataclass
class SearchResults:
    total: int
    results: list[SearchResult] = field(default_factory=list)


def matching_ids(
    db: sqlite_utils.Database, query: str | ParsedQuery, f: ArticleFilter | None = None
) -> list[int]:
    """Ids of the articles matching the query and the filter, in list order (by id)."""
    parsed = parse_query(query) if isinstance(query, str) else query
    return filtered_article_ids(db, f, fts_match=parsed.match_expression())


def progress_for(
    db: sqlite_utils.Database,
    query: str | ParsedQuery,
    f: ArticleFilter | None = None,
) -> ProgressCounts:
    """Coded / reviewed / total over what the filter bar selects (bar its status choice)."""
    parsed = parse_query(query) if isinstance(query, str) else query
    return progress_counts(db, f, fts_match=parsed.match_expression())


def search(
    db: sqlite_utils.Database,
    query: str | ParsedQuery,
    f: ArticleFilter | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
) -> SearchResults:
    """One page of results, best first (FTS5's bm25 rank), each with a snippet.

    An empty query lists the filtered articles by id, so ``search("")`` with a
    filter is simply the filtered list.
    """
    parsed = parse_query(query) if isinstance(query, str) else query
    expression = parsed.match_expression()
    total = count_articles(db, f, fts_match=expression)
    if expression is None:
        ids = article_ids_window(db, f, limit=limit, offset=offset)  # one page, by id
    else:
        ids = _ranked_ids(db, expression, f, limit, offset)
    summaries = summaries_by_ids(db, ids)
    texts = article_texts(db, ids)
    results = [
        SearchResult(summaries[i], make_snippet(texts[i], parsed)) for i in ids if i in summaries
    ]
    return SearchResults(total, results)


def _ranked_ids(
    db: sqlite_utils.Database, expression: str, f: ArticleFilter | None, limit: int, offset: int
) -> list[int]:
    if f is None or f.is_empty():
        rows = db.execute(
            "SELECT rowid FROM article_search WHERE article_search MATCH ?"
            " ORDER BY rank LIMIT ? OFFSET ?",
            [expression, limit, offset],
        )
        return [row[0] for row in rows]
    allowed = set(filtered_article_ids(db, f, fts_match=expression))
    ranked = db.execute(
        "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank",
        [expression],
    )
    return [row[0] for row in ranked if row[0] in allowed][offset : offset + limit]
