"""'N others' harmed after a first count: 'مقتل ثلاثة أشخاص وإصابة خمسة آخرين', 'فقتلت خمسة محتجين
وأصابت 17 آخرين', 'قُتل 14 مدنياً، بينهم ستة أطفال، وأصيب 20 آخرون' (actor convention 18 of
2026-12-01).

'آخرين' / 'آخرون' names nobody by itself: the others are more of the persons the sentence has
just counted, so they are a mention of the same party, civilians, protesters or a force's
members alike. The rule reads a figure whose last word is a word of 'others', harmed: a word
of harm shortly before it ('وأصيب 16 آخرون', 'وأصيب ما بين 20 و25 آخرين'), perhaps before the
force that harmed them ('جلد عناصر الحسبة خمسة آخرين'), or right after it ('وأن ستة آخرين
قُتلوا'), or the count joined by و to the first one and sharing its verb ('اعتقلت 23 شاباً في
الرحيبة، و14 آخرين في جيرود'). It takes the value of the nearest actor suggestion on a figure
before it in its sentence (the first count; civilians or protesters right after a harm
also uncounted), read past a sub-count of that count ('بينهم ستة أطفال'). Nothing
where no first count was found, where members are named uncounted before ('مقتل عنصر من
الدورية وإصابة ثلاثة آخرين'), where a mine or war remnant did the harm, where 'من' names
a side of their own right after them ('بينما قتل 8 آخرون من المهاجمين'), where a fight
follows and the first count is civilians (a feud's wounded), or where the others follow a sub-count
word with no harm of their own ('بينهم ثلاثة أطفال وخمسة آخرون': part of a total). The words
are data in resources/suggest/counted_victims.json (``others``). A word of harm is read in any
person and voice (verb_bases.py: 'وأسروا' is 'أسر'); capture, surrender and 'neutralising' are
harm too ('قتلوا 28 مرتزقاً وأسروا 16 آخرين', 'واستسلم نحو 300 آخرين').
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_words, index_at, sentence_tokens
from reviewer.suggest.text import Tok
from reviewer.suggest.verb_bases import listed_bases, verb_forms

__all__ = ["counted_others_spans"]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int]:
    raw = _data.rules("counted_victims").get("others", {})
    counted = _data.rules("actors").get("counted", {})
    return (
        folded_words(raw.get("words")),
        listed_bases(folded_words(raw.get("harm_words"))),
        folded_words(counted.get("sub_count_words")),
        int(raw.get("harm_gap", 1)),
        int(raw.get("window", 0)),
    )


@cache
def _stops() -> tuple[frozenset[str], frozenset[str]]:
    """Members named uncounted ('مقتل عنصر من الدورية وإصابة ثلاثة آخرين': the first count
    was not found) and deaths no force caused (counted_victims.json's 'mixed_after' and
    'no_party')."""
    raw = _data.rules("counted_victims")
    return folded_words(raw.get("mixed_after")), folded_words(raw.get("no_party"))


@cache
def _generic_inters() -> frozenset[str]:
    """Civilians, protesters, rioters (counted_victims.json's 'no_force_inter'): a first
    mention of them right after a harm is a first count even with no number ('مقتل مدني
    وإصابة ثلاثة آخرين')."""
    return frozenset(_data.rules("counted_victims").get("no_force_inter", []))


@cache
def _civilians() -> str:
    return str(_data.rules("counted_victims").get("actor", "Civilians (Syria)"))


@cache
def _clashes() -> frozenset[str]:
    """Words of fighting after the others (counted_victims.json's 'clash_words'): the harm
    of a fight or feud, whose sides the first count may have misread as civilians."""
    return folded_words(_data.rules("counted_victims").get("clash_words"))


def counted_others_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, first count's suggestion) of each harmed 'N others' figure."""
    words, harm, sub_count, gap, window = _rule()
    actors = [s for s in found if s.kind == "actor"]
    counted = [
        s
        for s in actors
        if any(f.start < s.end and s.start < f.end for f in figures)
        or (s.extra.get("inter") in _generic_inters() and _harmed_noun(toks, s, harm))
    ]
    out: list[tuple[int, int, Suggestion]] = []
    for fig in figures:
        first, last = index_at(toks, fig.start), index_at(toks, fig.end - 1)
        if first is None or last is None or not toks[last].forms() & words:
            continue
        if any(s.start < fig.end and fig.start < s.end for s in actors):
            continue
        before = list(sentence_tokens(text, toks, first, -1, window))
        after = list(sentence_tokens(text, toks, last, 1, window))
        if any(toks[k].forms() & _stops()[1] for k in [*before, *after]):
            continue  # 'وأصيب ثلاثة آخرون بانفجار ألغام': no force's victims
        start = _past_subject(toks, before, actors, counted)
        harmed = any(verb_forms(toks[k], harm) for k in before[start : start + gap + 1])
        harmed = harmed or any(verb_forms(toks[k], harm) for k in after[:2])
        joined = toks[first].text.startswith("و")  # 'و14 آخرين': the first count's verb
        if not harmed and not joined:
            continue  # 'وصل خمسة آخرون': no harm named
        hit = _first_count(toks, before[start:], counted, sub_count, harmed)
        if hit is None:
            continue
        if _side_of_their_own(toks, after, actors, hit):
            continue  # 'قتل 20 عنصراً ...، بينما قتل 8 آخرون من المهاجمين': the other side
        if hit.value == _civilians() and any(toks[k].forms() & _clashes() for k in after):
            continue  # 'مقتل شابين وإصابة أربعة آخرين، قبل أن تتدخل دورية لفض الاشتباك'
        out.append((fig.start, fig.end, hit))
    return out


def _side_of_their_own(
    toks: list[Tok], after: list[int], actors: list[Suggestion], hit: Suggestion
) -> bool:
    """'من' right after the others and then the attackers ('sides': 'من المهاجمين') or a found
    actor of another party ('من قوات النظام' after counted rebels): the others are said to
    be of a side of their own, not more of the first count's."""
    if len(after) < 2 or toks[after[0]].norm != "من" or not toks[after[0]].joined:
        return False
    nxt = toks[after[1]]
    if nxt.forms() & _sides():
        return True
    cover = next((s for s in actors if s.start <= nxt.start < s.end), None)
    return cover is not None and cover.value != hit.value


@cache
def _sides() -> frozenset[str]:
    """Nouns of a side in a fight after 'من' (counted_victims.json's others 'sides')."""
    return folded_words(_data.rules("counted_victims").get("others", {}).get("sides"))


def _harmed_noun(toks: list[Tok], s: Suggestion, harm: frozenset[str]) -> bool:
    """A word of harm right before the suggestion ('مقتل مدني'; not 'بحق المعتقلين')."""
    k = index_at(toks, s.start)
    return k is not None and k > 0 and toks[k].joined and bool(verb_forms(toks[k - 1], harm))


def _past_subject(
    toks: list[Tok], before: list[int], actors: list[Suggestion], counted: list[Suggestion]
) -> int:
    """How many of the tokens ``before`` (nearest first) an uncounted actor right before
    the figure covers: the force between the verb and its object ('جلد عناصر الحسبة خمسة
    آخرين')."""
    n = 0
    while n < len(before):
        tok = toks[before[n]]
        cover = next((s for s in actors if s.start < tok.end and tok.start < s.end), None)
        if cover is None or cover in counted:
            break
        n += 1
    return n


def _first_count(
    toks: list[Tok],
    before: list[int],
    counted: list[Suggestion],
    sub_count: frozenset[str],
    harmed: bool,
) -> Suggestion | None:
    """The nearest actor suggestion on a figure (or of civilians or protesters) among the
    tokens ``before`` (nearest first), read past a sub-count ('بينهم ستة أطفال'); None at
    members named uncounted, or past a sub-count word where the others have no harm of
    their own."""
    members = _stops()[0]
    for n, k in enumerate(before):
        forms = toks[k].forms()
        if forms & sub_count:
            if not harmed:
                return None  # 'بينهم ثلاثة أطفال و5 آخرين': a part of the total
            continue
        hit = next((s for s in counted if s.start < toks[k].end and toks[k].start < s.end), None)
        if hit is not None:
            rest = [m for m in before[n:] if toks[m].end <= hit.start][:2]
            if not any(toks[m].forms() & sub_count for m in rest):
                return hit
            continue  # 'بينهم 11 مدنياً': a sub-count, the total is before it
        if forms & members:
            return None
    return None
