"""Wanted persons arrested: 'اعتقلت 14 مطلوباً', 'ألقت القبض على 12 مطلوباً', 'واعتقال مطلوبين',
'توقيف مطلوب بجرائم قتل', 'القبض على مشتبه بهما' are detainees, ``Civilians (Syria)`` (actor
convention 19 of 2026-12-01, convention (a) for whom an arrest names).

'مطلوب' names a person by what the state wants of him, and a wanted man is a party only to the
arrest the text reports: the rule reads a word of 'nouns' (perhaps counted by a figure, the
mention then running from the number) with a word of 'arrest_words' at most 'gap' words
before the mention in its sentence, past the force that arrests between verb and object
('اعتقلت قوات الأمن العام سبعة وعشرين مطلوباً'). Not where 'من' and a force found follow
('خمسة مطلوبين من تنظيم الدولة': members of a named group, convention 1 then), nor the
definite ('اعتقلت المشتبه بهما', men the text told of before). The words
are data in resources/suggest/counted_victims.json (``wanted``).

Persons counted by where they come from are arrested the same way: 'اعتقل فرع أمن الدولة أربعة
من أبناء المحافظة', 'اعتقلت قسد العشرات من أبناء بلدتي الشحيل والبصيرة', 'يعتقل التنظيم ثلاثة
من أبنائها', 'اعتقلت العشرات من شبابنا': an 'origin' noun after 'من' after a count (a figure or
a word of 'quantities') that an arrest word stands before (``wanted`` 'origin', 'quantities').

And a count of persons by a singular noun after a hundred or more ('احتجزت نحو 200 رجل وشاب':
one of 'count_nouns', which alone name anyone) that the figure suggester reads as arrested or
abducted (its category one of 'count_categories'), or counted as persons (one of
'plain_categories') right after an arrest word ('اعتقلت الحسبة نحو عشرين امرأة', 'اختطاف التنظيم
نحو ثلاثين امرأة'), and no other rule made a mention; not a sub-count ('بينهم') nor with a
force named after 'من' right after it.

A headline's bare count of a crowd ('quantities': 'العشرات', 'المئات') with nothing after it
that names the people ('داعش يعتقل العشرات في الطبقة') is the persons the arrest word right
before it takes: detainees (convention (a); a headline's arrests, convention I); so is one
right after a word of harm and before a means on ب ('مقتل العشرات بقصف جوي', convention 8).
Only in a headline (the text's first line, if short): in the body the sets disagree ('واعتقال
العشرات' after a claimed toll is labelled in sets 22 and 41, not in set 15). Not with 'من' or
'منهم' after it (origin and pronoun counts are read above and in counted_victims_of_them.py),
nor with a noun of persons after it ('عشرات الشبان': the noun is the mention).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_words, index_at, sentence_tokens
from reviewer.suggest.text import Tok
from reviewer.suggest.verb_bases import listed_bases, verb_forms

__all__ = [
    "arrested_count_spans",
    "bare_counts_arrested_spans",
    "sons_arrested_spans",
    "wanted_arrested_spans",
]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], int, str]:
    raw = _data.rules("counted_victims").get("wanted", {})
    return (
        _words("nouns"),
        _words("arrest_words"),
        int(raw.get("gap", 0)),
        str(raw.get("actor", "Civilians (Syria)")),
    )


def wanted_arrested_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each wanted person or count of them reported arrested."""
    nouns, arrests, gap, actor = _rule()
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(toks):
        if not tok.forms() & nouns or not _indefinite(tok) & nouns:
            continue  # 'اعتقلت المشتبه بهما': the definite names men told of before
        start = tok.start
        fig = next((f for f in figures if f.start <= tok.start < f.end), None)
        if fig is not None:
            start = fig.start
        if any(s.start < tok.end and start < s.end for s in actors):
            continue
        first = index_at(toks, start)
        if first is None or _of_a_group(toks, k, actors):
            continue
        if _arrest_before(text, toks, first, actors, arrests, gap):
            out.append((start, tok.end, actor))
    return out


def _indefinite(tok: Tok) -> set[str]:
    """The stems the token is read as without an article, and the word itself."""
    return {stem for _, stem, article in tok.readings if not article} | {tok.norm}


def _of_a_group(toks: list[Tok], k: int, actors: list[Suggestion]) -> bool:
    """'من' and a force found right after the noun: members of a named group."""
    if k + 2 >= len(toks) or toks[k + 1].norm != "من":
        return False
    return any(s.start <= toks[k + 2].start < s.end for s in actors)


def sons_arrested_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each count of persons by their origin reported arrested
    ('أربعة من أبناء المحافظة' after 'اعتقل')."""
    _, arrests, gap, actor = _rule()
    origin, quantities = _words("origin"), _words("quantities")
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for k in range(2, len(toks)):
        tok = toks[k]
        if not tok.forms() & origin or toks[k - 1].norm != "من":
            continue
        count = toks[k - 2]
        fig = next((f for f in figures if f.start <= count.start < f.end), None)
        if fig is None and not count.forms() & quantities:
            continue
        start = fig.start if fig is not None else count.start
        if any(s.start < tok.end and start < s.end for s in actors):
            continue
        if k > 2 and toks[k - 2].joined and any(s.end == toks[k - 3].end for s in actors):
            continue  # 'إعلاميين اثنين من أبناء الطبقة': the origin of persons found
        first = index_at(toks, start)
        if first is not None and _arrest_before(text, toks, first, actors, arrests, gap):
            out.append((start, tok.end, actor))
    return out


@cache
def _count_rule() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = _data.rules("counted_victims").get("wanted", {})
    counted = _data.rules("actors").get("counted", {})
    return (
        frozenset(raw.get("count_categories", [])),
        _words("count_nouns"),
        folded_words(counted.get("sub_count_words")),
    )


@cache
def _plain_categories() -> frozenset[str]:
    raw = _data.rules("counted_victims").get("wanted", {})
    return frozenset(raw.get("plain_categories", []))


@cache
def _words(key: str) -> frozenset[str]:
    """One folded word list of counted_victims.json's ``wanted`` ('gap_free' ...)."""
    return folded_words(_data.rules("counted_victims").get("wanted", {}).get(key))


def _arrest_before(
    text: str,
    toks: list[Tok],
    first: int,
    actors: list[Suggestion],
    arrests: frozenset[str],
    gap: int,
) -> bool:
    """An arrest word (in any person and voice, verb_bases.py: 'اعتقلتا', 'اختطفتهم') at most
    ``gap`` words before token ``first`` in its sentence, the words of a force found and of a
    time ('gap_free') between not counted ('اعتقلت الحسبة نحو عشرين امرأة', 'اعتقل فرع أمن
    الدولة، الأسبوع الماضي، أربعة من أبناء المحافظة')."""
    free = _words("gap_free")
    before = [
        m
        for m in sentence_tokens(text, toks, first, -1, gap + 8)
        if not any(s.start < toks[m].end and toks[m].start < s.end for s in actors)
        and not toks[m].forms() & free  # 'اعتقل فرع أمن الدولة، الأسبوع الماضي، أربعة'
    ]
    listed = listed_bases(arrests)
    return any(verb_forms(toks[m], listed) is not None for m in before[: gap + 1])


def arrested_count_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each figure of persons arrested or abducted no rule has read."""
    categories, persons, sub_count = _count_rule()
    plain = _plain_categories()
    _, arrests, gap, actor = _rule()
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for fig in figures:
        category = fig.extra.get("category")
        if category not in categories and category not in plain:
            continue
        if any(s.start < fig.end and fig.start < s.end for s in actors):
            continue
        first, last = index_at(toks, fig.start), index_at(toks, fig.end - 1)
        if first is None or last is None or not toks[last].forms() & persons:
            continue
        if category in plain and not _arrest_before(text, toks, first, actors, arrests, gap):
            continue  # 'نحو عشرين امرأة' counted as persons: arrested only after an arrest word
        if any(toks[k].forms() & sub_count for k in sentence_tokens(text, toks, first, -1, 3)):
            continue  # 'اعتقلت 23 شاباً، بينهم ستة طلاب': a sub-count
        nxt = last + 1
        if nxt + 1 < len(toks) and toks[nxt].norm == "من" and _of_a_group(toks, last, actors):
            continue
        out.append((fig.start, fig.end, actor))
    return out


_HEADLINE_WORDS = 16  # at most this many words on the first line make it a headline


def bare_counts_arrested_spans(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each bare count of a crowd right after an arrest word in a
    headline ('يعتقل العشرات في الطبقة')."""
    _, arrests, gap, actor = _rule()
    quantities = _words("quantities")
    actors = [s for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    headline = text.find("\n")
    if headline >= 0 and sum(1 for t in toks if t.start < headline) > _HEADLINE_WORDS:
        return []  # a first line that long is a lead, not a headline
    for k in range(1, len(toks)):
        tok = toks[k]
        if headline < 0 or tok.start > headline:
            break
        if tok.norm not in quantities or any(
            s.start < tok.end and tok.start < s.end for s in actors
        ):
            continue
        if _killed_by_a_means(toks, k) and not _fighters_or_marchers(toks, k, headline):
            out.append((tok.start, tok.end, actor))
            continue
        if _names_them(text, toks, k):
            continue
        if _arrest_before(text, toks, k, actors, arrests, gap):
            out.append((tok.start, tok.end, actor))
    return out


@cache
def _harm_and_means() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = _data.rules("counted_victims")
    return (
        folded_words(raw.get("harm_words")),
        folded_words(raw.get("means")),
        folded_words(raw.get("no_party")),
    )


def _fighters_or_marchers(toks: list[Tok], k: int, headline: int) -> bool:
    """A post of fighters struck or a protest on the headline after the count
    ('headline_not_civilians': 'مقتل العشرات بغارات للتحالف على مواقع داعش', 'بقصف جوي على
    معسكر لهيئة تحرير الشام', 'إصابة العشرات برصاص الأمن خلال مظاهرة'): the dead may be
    fighters and the hurt are protesters; the count is no civilians' toll."""
    words = _words("headline_not_civilians")
    return any(t.forms() & words for t in toks[k + 1 :] if t.start < headline)


def _killed_by_a_means(toks: list[Tok], k: int) -> bool:
    """A headline's bare count right after a word of harm and right before a means of
    violence on ب ('مقتل العشرات بقصف جوي', 'إصابة العشرات برصاص الأمن'): the victims of a
    strike or gunfire (convention 8), unless the headline names a death no force caused."""
    harm, means, no_party = _harm_and_means()
    if k == 0 or k + 1 >= len(toks) or not toks[k].joined or not toks[k + 1].joined:
        return False
    nxt = toks[k + 1]
    if not toks[k - 1].forms() & harm or not nxt.text.startswith("ب"):
        return False
    if not nxt.forms() & means:
        return False
    line = [t for t in toks if t.start < toks[k].start or t.start >= toks[k].end]
    return not any(t.forms() & no_party for t in line[: k + 8])


def _names_them(text: str, toks: list[Tok], k: int) -> bool:
    """A word right after the count in its clause that says who they are: 'من'/'منهم', or
    a noun the count governs ('عشرات الشبان'); none of 'bare_count_followers' (a
    preposition, a time word: 'العشرات في الطبقة') does."""
    if k + 1 >= len(toks) or any(c in ".،,:؛\n" for c in text[toks[k].end : toks[k + 1].start]):
        return False
    return not toks[k + 1].forms() & _words("bare_count_followers")
