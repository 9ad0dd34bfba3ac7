"""Counts of persons in general (أشخاص، شخصاً) whose party their sentence names.

'شخصاً' names anyone: the actor suggester offers it as Civilians only where an arrest,
abduction or injury stands right before it (a tally of the killed mixes fighters and
civilians). Two more cues name the party, past the commas of the clause:
- a count word earlier in the sentence says whom the number counts: 'ارتفع عدد المعتقلين في
  المنطقة ... إلى 86 شخصاً', 'عدد من اعتقلتهم قسد ... بأكثر من 150 شخصاً' (the arrested and
  victims are Civilians), 'عدد المحتجين في الساحة بما يزيد عن عشرة آلاف شخص' (Protesters);
- a bombing, shell, mine or air strike named in the sentence kills whom it hits: 'أودى انفجار
  مماثل ... بحياة سبعة عشر شخصاً', 'قُتل ثلاثة أشخاص بانفجار لغم', 'سقطت قذائف هاون ... ما أدى
  إلى مقتل شخصين' are Civilians, unless fighters are counted with them or the sentence is
  one of clashes ('مقتل 12 شخصاً بينهم 5 عناصر'، 'اشتباكات ... قُتل فيها 20 شخصاً').
The words are data in resources/suggest/actors.json (``counted.persons.count_word`` and
``counted.persons.bombing``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.text import Tok, fold

__all__ = [
    "folded_words",
    "full_stop_after",
    "full_stop_before",
    "index_at",
    "index_from",
    "killed_by_bombing",
    "killed_by_force",
    "party_of_count_word",
    "sentence_tokens",
    "to_full_stop",
    "word_before",
]

_SENTENCE_ENDS = ".\n؟?!:"
# any of them in a gap: one search of the text, no slice and no test per mark
_SENTENCE_END = re.compile("[" + re.escape(_SENTENCE_ENDS) + "]")
# the same without the colon, for rules whose sentence goes on past one
_FULL_STOPS = ".\n؟?!"
_FULL_STOP = re.compile("[" + re.escape(_FULL_STOPS) + "]")


def folded_words(raw: object) -> frozenset[str]:
    """The folded words of a rules list (nothing where the key is missing or not a list)."""
    return frozenset(fold(w) for w in raw) if isinstance(raw, list) else frozenset()


def folded_phrases(raw: object) -> tuple[tuple[str, ...], ...]:
    """The phrases of a rules list as tuples of folded words, longest first, so that a phrase
    is tried before a shorter one it starts with ('من تحت الأنقاض' before 'تحت الأنقاض');
    nothing where the key is missing or not a list."""
    phrases = {tuple(fold(w) for w in p.split()) for p in raw} if isinstance(raw, list) else set()
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _count_rule() -> tuple[frozenset[str], dict[str, str], frozenset[str], str, int]:
    raw = _data.rules("actors").get("counted", {}).get("persons", {}).get("count_word", {})
    groups = {fold(w): actor for actor, ws in raw.get("groups", {}).items() for w in ws}
    return (
        folded_words(raw.get("words")),
        groups,
        folded_words(raw.get("arrest_after_man")),
        str(raw.get("arrested_actor", "Civilians (Syria)")),
        int(raw.get("window", 0)),
    )


@cache
def _bombing_rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("counted", {}).get("persons", {}).get("bombing", {})
    return (
        folded_words(raw.get("words")),
        folded_words(raw.get("clash_words")),
        folded_words(raw.get("mixed_after")),
        int(raw.get("window", 0)),
    )


_MIXED_NEAR = 4  # words after a count where fighters counted among them stand


@cache
def _force_rule() -> tuple[frozenset[str], int, int]:
    raw = _data.rules("actors").get("counted", {}).get("persons", {}).get("killed_by_force", {})
    return folded_words(raw.get("words")), int(raw.get("gap", 0)), int(raw.get("window", 0))


def sentence_tokens(text: str, toks: list[Tok], k: int, step: int, window: int) -> Iterator[int]:
    """Token indices from ``k`` (exclusive) in the direction ``step``, at most ``window`` of
    them, not past the end of the sentence (commas do not end it)."""
    j = k
    for _ in range(window):
        nxt = j + step
        if nxt < 0 or nxt >= len(toks):
            return
        a, b = (toks[nxt].end, toks[j].start) if step < 0 else (toks[j].end, toks[nxt].start)
        if _SENTENCE_END.search(text, a, b) is not None:
            return
        j = nxt
        yield j


def index_from(toks: list[Tok], pos: int) -> int | None:
    """The first token starting at or after code point ``pos`` (the word after a span), found
    by bisection like ``index_at``; None if none does."""
    k = bisect_left(toks, pos, key=lambda t: t.start)
    return k if k < len(toks) else None


def index_at(toks: list[Tok], pos: int) -> int | None:
    """The token covering code point ``pos``: the tokens are in text order and do not
    overlap, so the last one starting at or before it is found by bisection."""
    k = bisect_right(toks, pos, key=lambda t: t.start) - 1
    return k if k >= 0 and pos < toks[k].end else None


def full_stop_before(text: str, at: int) -> int:
    """Where the last mark ending a sentence (not a colon) stands before code point ``at``;
    -1 if none."""
    return max(text.rfind(c, 0, at) for c in _FULL_STOPS)


def full_stop_after(text: str, at: int) -> int:
    """Where the first mark ending a sentence (not a colon) stands at or after code point
    ``at``; the text's length if none (one search, not one scan of the text per mark)."""
    end = _FULL_STOP.search(text, at)
    return end.start() if end is not None else len(text)


def to_full_stop(text: str, toks: list[Tok], k: int) -> Iterator[int]:
    """Token indices after ``k`` up to the end of its sentence, a colon and commas not ending
    it ('... في بلدة الحراك، وهو عنصر سابق')."""
    for m in range(k + 1, len(toks)):
        if _FULL_STOP.search(text, toks[m - 1].end, toks[m].start) is not None:
            return
        yield m


def word_before(text: str, toks: list[Tok], k: int, words: frozenset[str], window: int) -> bool:
    """One of ``words`` up to ``window`` words before token ``k`` in its sentence: the toll
    before a sub-count ('مقتل 64 شخصاً منذ بدء المواجهات، بينهم 21 مدنياً'), past commas, not
    past the sentence's end (also a colon)."""
    return any(toks[m].forms() & words for m in sentence_tokens(text, toks, k, -1, window))


def party_of_count_word(text: str, toks: list[Tok], first: int) -> str | None:
    """The actor a count word earlier in the sentence names for the persons counted at token
    ``first``: 'عدد المعتقلين ... 86 شخصاً' (Civilians), 'عدد المحتجين ... عشرة آلاف شخص'
    (Protesters), 'عدد من اعتقلتهم ... 150 شخصاً' (Civilians)."""
    words, groups, arrests, arrested, window = _count_rule()
    for k in sentence_tokens(text, toks, first, -1, window):
        if not toks[k].forms() & words or k + 1 >= first:
            continue
        after = toks[k + 1]
        named = next((groups[s] for s in after.forms() if s in groups), None)
        if named is not None:
            return named
        if after.norm == "من" and k + 2 < first and toks[k + 2].forms() & arrests:
            return arrested
    return None


def killed_by_bombing(text: str, toks: list[Tok], first: int, stop: int) -> bool:
    """Persons killed (the caller has seen a word of killing) by a bombing, shell, mine or air
    strike their sentence names, with no fighters or civilians counted among them after them
    and no clashes."""
    words, clashes, mixed, window = _bombing_rule()
    before = list(sentence_tokens(text, toks, first, -1, window))
    after = list(sentence_tokens(text, toks, stop - 1, 1, window))
    stems = [toks[k].forms() for k in before + after]
    if any(s & clashes for s in stems):
        return False
    if any(toks[k].forms() & mixed for k in after):
        return False  # 'بينهم 5 عناصر'، 'بينهم 19 مدنياً': a mixed toll
    return any(s & words for s in stems)


def killed_by_force(text: str, toks: list[Tok], first: int, stop: int, forces: list[int]) -> bool:
    """Persons counted at token ``first`` right after an active verb of killing whose subject,
    a force found (``forces``: where each starts), stands before the verb in its sentence:
    'قوات النظام وميليشيات الدفاع الوطني قتلت ما لا يقل عن 50 شخصاً' are its victims. Not with
    fighters counted right after them ('قتلت 12 شخصاً بينهم 5 عناصر')."""
    words, gap, window = _force_rule()
    _, _, mixed, _ = _bombing_rule()
    verb = next(
        (k for k in sentence_tokens(text, toks, first, -1, gap + 1) if toks[k].forms() & words),
        None,
    )
    if verb is None:
        return False
    if any(toks[k].forms() & mixed for k in sentence_tokens(text, toks, stop - 1, 1, _MIXED_NEAR)):
        return False  # not 'بعد اشتباكات مع مسلحين' further on: whom they fought
    before = list(sentence_tokens(text, toks, verb, -1, window))
    if not before:
        return False
    lo, hi = toks[before[-1]].start, toks[verb].start
    return any(lo <= at < hi for at in forces)
