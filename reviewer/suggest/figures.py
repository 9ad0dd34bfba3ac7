"""Figures: quantities in the text with the noun they count.

The quantity grammar (digits in any script, number words, عشرات/مئات/آلاف, qualifiers
such as نحو / أكثر من / ما لا يقل عن) is reviewer.quantities, the same rules that turn
a claim into a range, so a suggestion accepted as a claim has the range the claim would
have. What this module adds is the counted noun (resources/suggest/nouns.json): only
claimable counts (fatalities, prisoners, combatants ...) are offered, so that
"20 كيلومتراً" or "عشرات من مركبات" is never offered as a casualty figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from reviewer.quantities import Quantity, find_quantities, parse_quantity
from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold, joined_across_quotes, tokens

__all__ = ["counted_noun", "find_figures"]

_OF = {fold("من")}
_BETWEEN = {fold("بين")}
_LINKS = {fold(w) for w in ("إلى", "الى", "نحو", "قرابة", "حوالي")}
_TO = {fold(w) for w in ("إلى", "الى")}
_OF_THEM = {fold(w) for w in ("منهم", "منهن")}  # 'اثنين منهم': people, counted by the verb
_ONLY = {fold(w) for w in ("فقط",)}
_POSSESSIVE = tuple(fold(w) for w in ("هما", "هم", "هن", "ها", "نا", "ه"))


@cache
def _count_words() -> frozenset[str]:
    words = _data.rules("nouns").get("count_words", [])
    return frozenset(fold(w) for w in words) | {fold("ال" + w) for w in words}


@cache
def _nouns() -> dict[str, str]:
    rules = _data.rules("nouns")
    return {fold(w): cat for cat, words in rules["categories"].items() for w in words}


@cache
def _claimable() -> frozenset[str]:
    return frozenset(_data.rules("nouns")["claimable"])


@cache
def _verbs() -> dict[str, str]:
    rules = _data.rules("nouns")
    return {fold(w): cat for cat, words in rules["verb_categories"].items() for w in words}


@cache
def _duals() -> dict[str, str]:
    rules = _data.rules("nouns")
    return {fold(w): cat for cat, words in rules["duals"].items() for w in words}


def _verb_category(toks: list[Tok], start: int, default: str) -> str:
    """'وأصيب ١٢ آخرون': the verb up to four words before the figure names what is counted."""
    before = [t for t in toks if t.end <= start][-4:]
    verbs = _verbs()
    for tok in reversed(before):
        for _, stem, _ in tok.readings:
            if stem in verbs:
                return verbs[stem]
    return default


def _category(tok: Tok) -> str | None:
    """The category of a counted noun, also in the accusative after 11-99 (شاباً from
    شاب) and as a sound plural in the construct state (مقاتلي from مقاتلين)."""
    nouns = _nouns()
    for _, stem, _ in tok.readings:
        if stem in nouns:
            return nouns[stem]
    for _, stem, _ in tok.readings:
        if len(stem) >= 4 and stem.endswith("ا") and stem[:-1] in nouns:
            return nouns[stem[:-1]]
        if len(stem) >= 4 and stem[-1] in "يو" and stem + "ن" in nouns:
            return nouns[stem + "ن"]
    for _, stem, _ in tok.readings:  # 'أفرادها', 'إخوتنا': a noun with a possessive pronoun
        for suffix in _POSSESSIVE:
            base = stem[: -len(suffix)]
            if stem.endswith(suffix) and len(base) >= 3:
                construct = base + "ن" if base[-1] in "يو" else base  # مقاتليها
                hamza = base[:-1] + "ء" if base[-1] in "يو" else base  # أبنائها from أبناء
                forms = (base, base[:-1] + "ه" if base.endswith("ت") else base, construct, hamza)
                for form in forms:
                    if form in nouns:
                        return nouns[form]
    return _dual_category(tok)


def _dual_category(tok: Tok) -> str | None:
    """'عسكريان', 'آخران': the nominative dual (-ان) of a listed singular or plural noun."""
    nouns = _nouns()
    for _, stem, article in tok.readings:
        if article or len(stem) < 5 or not stem.endswith("ان"):
            continue
        base = stem[:-2]
        forms = (base, base + "ون", base[:-1]) if base.endswith("ت") else (base, base + "ون")
        for form in forms:  # 'مقاتلتان': the feminine dual of a listed masculine noun
            if form in nouns:
                return nouns[form]
    return None


# 'مستشارَين', 'الآخرَين': a fatha before the ending -ين (perhaps a sukun on the ي) marks the
# oblique dual; the sound plural has a kasra there or no vowel written.
_MARKED_DUAL = re.compile("\u064e\u064a\u0652?\u0646$")


def _marked_dual_category(tok: Tok) -> str | None:
    """The category of an oblique dual its vowel marks ('مقتل مستشارَين', 'مصير الآخرَين'),
    a listed noun's dual that folds like its plural ('مستشارين')."""
    if _MARKED_DUAL.search(tok.text) is None:
        return None
    nouns = _nouns()
    for _, stem, _ in tok.readings:
        base = stem[:-2]
        for form in (base, base + "ون", base + "ين") if len(base) >= 2 else ():
            if form in nouns:
                return nouns[form]
    return None


def counted_noun(toks: list[Tok], start: int, end: int) -> tuple[Tok, str] | None:
    """The noun counted by the quantity at code points ``start..end`` and its category.

    Looks inside the span first (a postfix qualifier may follow the noun: "20 قتيلا على
    الأقل"), then at the next word, skipping one "من" ("عشرات من القتلى"). The tokens
    are in text order and do not overlap, so the words inside, after and before the span
    are found by bisection, not by reading the whole article for every figure.
    """
    first = bisect_left(toks, start, key=lambda t: t.start)
    after_at = bisect_left(toks, end, key=lambda t: t.start)
    inside = [t for t in toks[first:after_at] if t.end <= end]
    for tok in inside:
        category = _category(tok)
        if category is not None:
            return tok, category
    after = toks[after_at : after_at + 4]
    half = bool(inside) and inside[-1].norm == fold("ونصف")
    if half and after and after[0].joined and after[0].norm in _definite_scales():
        after = after[1:]  # 'مليون ونصف المليون لاجئ': the scale repeated after the half
    after = after[:3]
    if after and after[0].joined and after[0].norm in _ONLY:
        after = after[1:]  # 'اثنين فقط من إخوتنا'
    if after and after[0].joined and after[0].norm in _OF_THEM:
        return after[0], "people"
    after = after[:2]
    between = len(after) == 2 and after[0].joined and after[0].norm in _BETWEEN
    if between and after[1].joined and _category(after[1]) in ("fatalities", "injured"):
        return after[1], "casualties"  # 20 بين قتيل وجريح: killed and wounded together
    case = _case_of(after)
    if case is not None:
        return case  # '43 حالة قتل': cases of killing count the killed
    if len(after) == 2 and all(t.joined for t in after) and after[0].norm in _count_words():
        # 'يرتفع إلى 3960 عدد القتلى': the count comes first, after what it rose to
        ended = bisect_right(toks, start, key=lambda t: t.end)  # tokens ending by start
        before = toks[ended - 1 : ended] if ended else []
        rose = bool(before) and (before[0].norm in _LINKS or before[0].norm in _toll_verbs())
        category = _category(after[1]) if rose else None
        if category is not None:
            return after[1], category
    if after and after[0].joined and after[0].norm in _OF:
        after = after[1:]
        if after and after[0].norm in _figure_words("origin_nouns"):
            return None  # 'من مدينة حماة': where they come from (not 'من المنطقة')
    if after and after[0].joined and not after[0].norm.startswith("و"):
        category = _category(after[0])  # not 'مقتل 9 وإصابة': و starts what comes next
        if category is not None:
            return after[0], category
    return _noun_before(toks, start)


@cache
def _cases() -> tuple[frozenset[str], dict[str, str]]:
    raw = _data.rules("nouns").get("cases", {})
    heads = frozenset(fold(w) for w in raw.get("nouns", []))
    what = {fold(w): cat for cat, words in raw.get("of", {}).items() for w in words}
    return heads, what


def _case_of(after: list[Tok]) -> tuple[Tok, str] | None:
    """'43 حالة قتل', '23 جريمة قتل', '12 حالة اعتقال': a count of cases of what happens to
    people counts those people (nouns.json 'cases')."""
    if len(after) < 2 or not (after[0].joined and after[1].joined):
        return None
    heads, what = _cases()
    if not any(stem in heads for _, stem, _ in after[0].readings):
        return None
    category = next((what[s] for _, s, _ in after[1].readings if s in what), None)
    return (after[1], category) if category is not None else None


def _noun_before(toks: list[Tok], start: int) -> tuple[Tok, str] | None:
    """A noun before its number: 'القتلى الثلاثة' (a definite number agreeing with its
    noun) and 'عدد القتلى ثلاثة' / 'ارتفع عدد القتلى إلى 30' (the count of a noun)."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at == len(toks) or at == 0 or not toks[at].joined:
        return None
    number, before = toks[at], toks[at - 1]
    definite = before.norm.startswith(("ال", "وال", "بال", "لل"))
    definite = definite or (len(before.norm) > 5 and before.norm.endswith(_POSSESSIVE[:4]))
    one = number.norm in _figure_words("one_words") and not number.text.startswith(("وأ", "وإ"))
    if one and not definite:  # 'وأحد الأسواق' is و + 'one of', not 'one' ('واحد')
        category = _counted_by_one(before)  # 'مقتل مدني واحد': 'one' agreeing with its noun
        if category is not None:
            return before, category
    if any(article for _, _, article in number.readings):
        category = _category(before)
        if category is not None and definite:
            return before, category
    elif definite and _ends_clause(toks, at):
        category = _category(before)  # 'القتلى ستة فقط': the number is what the noun comes to
        if category in ("fatalities", "injured", "prisoners"):
            return before, category
    counts = _count_words()
    k = at - 1
    if toks[k].norm in _LINKS and toks[k].joined:
        k -= 1  # عدد القتلى إلى 30
        if k >= 2 and toks[k - 1].norm in _OF and toks[k].joined and toks[k - 1].joined:
            k -= 2  # ارتفع عدد القتلى من 12 إلى 20: the count is the new figure
    if k >= 1 and toks[k].norm in _toll_verbs() and toks[k].joined and toks[k - 1].joined:
        k -= 1  # عدد القتلى بلغ 30
    if k >= 1 and toks[k].joined and toks[k - 1].norm in counts:
        category = _category(toks[k])
        if category is not None:
            return toks[k], category
    if k >= 0 and toks[k].joined and toks[k].norm in counts:  # ارتفعت الحصيلة إلى 50
        category = next((_verbs()[s] for _, s, _ in toks[k].readings if s in _verbs()), None)
        if category is not None:
            return toks[k], category
    return _count_risen_to(toks, at)


def _count_risen_to(toks: list[Tok], at: int) -> tuple[Tok, str] | None:
    """'ليرتفع عدد قتلى المواجهات المستمرة منذ الجمعة إلى ثمانية.': a count word and its
    noun a few words before 'إلى N' that ends the clause (N counts nothing after it)."""
    exceed = _figure_words("exceed_verbs")
    if at + 1 < len(toks) and toks[at].forms() & exceed:
        at += 1  # 'تجاوز 150' read as one quantity ('more than 150')
    verb = toks[at - 1] if at >= 1 else None
    if at < 3 or verb is None or not verb.joined:
        return None
    exceeds = bool(verb.forms() & exceed)
    reached = verb.norm in _toll_verbs()  # 'حصيلة قتلى الغارات ... قد بلغت المئات' (set 20)
    if verb.norm not in _TO and not exceeds and not reached:
        return None  # 'إلى 1062.', and 'عدد الشهداء ... تجاوز 150.' (set 17)
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    after_time = exceeds and nxt is not None and nxt.norm in _figure_words("toll_time_after")
    if not _ends_clause(toks, at) and not after_time:
        return None  # '... تجاوز المئة منذ مطلع الشهر': a time after the toll still ends it
    counts = _count_words()
    for k in range(at - 3, max(-1, at - 12), -1):
        if not toks[k + 1].joined:
            return None
        if toks[k].norm in counts:
            category = _category(toks[k + 1])
            if category is None and toks[k + 1].norm in _OF and k + 2 < at:
                category = "people"  # 'عدد من حيّدتهم ... إلى 1062': those whom they ...
            return (toks[k + 1], category) if category is not None else None
    return None


@cache
def _toll_verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("figures").get("toll_verbs", []))


def _rises(quantity: Quantity, verbatim: str) -> bool:
    """'من 12 إلى 20' after the noun it counts: a count that rose, not a range."""
    return quantity.qualifier == "range" and fold(verbatim).split()[0] in _OF


def _to_exact(quantity: Quantity, value: int | None) -> Quantity:
    return replace(quantity, low=value, high=value, best=value, acled_value=value, qualifier=None)


@cache
def _weekdays() -> frozenset[str]:
    days = _data.rules("dates")["weekdays"]
    return frozenset(fold(w) for words in days.values() for w in words)


@cache
def _day_words() -> frozenset[str]:
    """Words a weekday follows ('أمس الإثنين', 'يوم الاثنين', 'صباح الاثنين')."""
    rules = _data.rules("dates")
    return frozenset(fold(w) for w in [*rules["relative_days"], *rules["day_parts"]])


def _day_named(toks: list[Tok], noun: Tok) -> bool:
    """'يوم الجمعة' after a number: the noun 'يوم' names a day, it counts nothing."""
    if noun.norm not in (fold("يوم"), fold("اليوم")):
        return False
    at = bisect_left(toks, noun.end, key=lambda t: t.start)
    return at < len(toks) and toks[at].joined and toks[at].norm in _weekdays()


def _open_above(quantity: Quantity, qualifier: str) -> Quantity:
    """An exact count read as its lower bound ('at least N', 'more than N')."""
    n = quantity.low
    return replace(quantity, low=n, high=None, best=n, acled_value=n, qualifier=qualifier)


def _exceeded(toks: list[Tok], start: int) -> str | None:
    """'تجاوز عدد الجرحى 200', 'تجاوزت حتى مساء الأربعاء 100 ألف شخص': a verb of exceeding
    a few words before a number (the count noun or a time between) makes it a lower bound
    ('more_than'), negated ('لم يتجاوز عددهم ثلاثة') an upper one ('at_most'); not across و."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at >= len(toks) or not toks[at].joined:
        return None
    verbs = _figure_words("exceed_verbs")
    for v in range(at - 1, max(-1, at - 5), -1):
        tok = toks[v]
        if tok.forms() & verbs:
            negated = v > 0 and tok.joined and toks[v - 1].norm in _figure_words("negations")
            return "at_most" if negated else "more_than"
        if not tok.joined or tok.norm[:1] == "و":
            return None
    return None


def _late_at_least(toks: list[Tok], stop: int) -> int | None:
    """'67 من الضحايا على الأقل', '33 جندياً تركياً على الأقل': 'على الأقل' after the counted
    noun, or after one adjective of it, qualifies the count; where the figure then ends."""
    at = bisect_left(toks, stop, key=lambda t: t.start)
    for skip in (0, 1):
        k = at + skip
        if k + 1 >= len(toks) or not all(t.joined for t in toks[at : k + 2]):
            return None
        if skip and (toks[at].norm[:1] == "و" or not toks[at].norm.isalpha()):
            return None
        if [toks[k].norm, toks[k + 1].norm] == [fold("على"), fold("الأقل")]:
            return toks[k + 1].end
    return None


def _and_some_more(toks: list[Tok], stop: int, quantity: Quantity) -> tuple[Quantity, int] | None:
    """'مئة طفل ونيف' ('a hundred children and some'): 'ونيف' after the counted noun makes
    the count the range of 'N ونيف' (quantity_rules.md); where the figure then ends."""
    if quantity.qualifier is not None or quantity.best is None:
        return None
    at = bisect_left(toks, stop, key=lambda t: t.start)
    if at >= len(toks) or not toks[at].joined or toks[at].norm not in _figure_words("and_some"):
        return None
    more = parse_quantity(f"{quantity.best} {toks[at].text}")
    return (more, toks[at].end) if more is not None and more.qualifier else None


def _ends_clause(toks: list[Tok], at: int) -> bool:
    """The number at ``at`` ends its clause (punctuation, 'فقط' or the text's end after it)."""
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    return nxt is None or not nxt.joined or nxt.norm in _ONLY


_QUOTE_MARKS = '"«»“”„'


def find_figures(text: str, toks: list[Tok] | None = None) -> list[Suggestion]:
    # a count word or counted noun in quotes ('بمقتل "عشرات" من', 'ثلاثة "إرهابيين"') counts
    toks = joined_across_quotes(
        text, tokens(text) if toks is None else toks, _QUOTE_MARKS, " \t\u00a0\u200f\u200e"
    )
    out: list[Suggestion] = []
    for quantity, start, end in find_quantities(text, [(t.start, t.end) for t in toks]):
        found = counted_noun(toks, start, end)
        if found is not None and _day_named(toks, found[0]):
            found = None  # 'بعد أن كانت 38 يوم الجمعة': the day is a date, the number bare
        bare = found is None
        if _not_a_count(toks, start, quantity.verbatim) or _corrected_next(toks, end):
            continue
        if bare:
            found = (
                _event_before(toks, start, end)
                or _their_count(toks, start)
                or _elided(text, toks, start, end, out)
                or _same_as_before(text, toks, start, end, quantity.verbatim, out)
                or _subject_of_plural_verb(toks, end, quantity)
                or _opening_a_headline(text, toks, start, quantity)
                or _after_they(toks, start)
                or _exceeding_count(text, toks, start)
            )
        if found is None or found[1] not in _claimable():
            continue
        noun, category = found
        counted_before = noun.end <= start or _noun_before(toks, start) is not None
        if counted_before and _rises(quantity, text[start:end]):
            quantity = _to_exact(quantity, quantity.high)  # 'عدد القتلى من 12 إلى 20': now 20
        exceeded = _exceeded(toks, start) if quantity.qualifier is None else None
        if exceeded is None and quantity.qualifier is None:
            exceeded = _their_count_bound(toks, start)
        if exceeded == "at_most" and quantity.best is None and quantity.high is not None:
            pass  # 'لا يتجاوزون بضع مئات': no more than a few hundred is a few hundred
        elif exceeded == "at_most":
            quantity = replace(quantity, low=None, best=None, acled_value=None, qualifier="at_most")
        elif exceeded == "at_least_than":
            quantity = _open_above(quantity, "at_least")  # 'لا يقل عددهم عن 15'
        elif exceeded is not None:
            quantity = _open_above(quantity, "more_than")  # 'تجاوز عدد الجرحى 200'
        if category in _data.rules("nouns")["generic"]:
            category = _verb_category(toks, start, "people")
        stop = end if bare else max(end, noun.end)
        first = start if bare else min(start, noun.start)
        if noun.end <= start and len(text[noun.end : start].split()) > 2:
            first = start  # a noun far before: the figure is the number ('... إلى ثمانية')
        late = _late_at_least(toks, stop) if quantity.qualifier is None else None
        if late is not None:
            quantity, stop = _open_above(quantity, "at_least"), late  # '33 جندياً تركياً على الأقل'
        some_more = _and_some_more(toks, stop, quantity)
        if some_more is not None:
            quantity, stop = some_more  # 'مئة طفل ونيف': a hundred children and some
        extra = {
            "category": category,
            "noun": noun.text,
            "low": quantity.low,
            "high": quantity.high,
            "best": quantity.best,
            "acled_value": quantity.acled_value,
            "qualifier": quantity.qualifier,
            "verbatim": quantity.verbatim,
            "quantity_start": start,
            "quantity_end": end,
        }
        if _vague(quantity.verbatim):
            extra["vague"] = True  # counts its noun as a party, offered as no figure
        value = (quantity.low, quantity.high)
        out.append(Suggestion("figure", first, stop, text[first:stop], value, extra))
    out += _dual_figures(text, toks, {(s.start, s.end) for s in out})
    out += _two_after_noun(text, toks, {(s.start, s.end) for s in out})
    return sorted(out, key=lambda s: s.start)


def _their_count(toks: list[Tok], start: int) -> tuple[Tok, str] | None:
    """'المعتقلين البالغ عددهم 40', 'الذين يبلغ عددهم قرابة 4000': a number right after 'their
    count' counts the noun before 'البالغ' if it is listed, else people (هم: persons)."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at == 0 or at >= len(toks) or not toks[at].joined:
        return None
    if at >= 2 and toks[at - 1].norm in _figure_words("than") and toks[at - 1].joined:
        at -= 1  # 'لا يقل عددهم عن 15': their count is not below 15
    if toks[at - 1].norm not in _figure_words("their_count"):
        return None
    k = at - 2
    if k >= 1 and toks[k].norm in _figure_words("amounting") and toks[k].joined:
        category = _category(toks[k - 1])
        if category is not None and toks[k - 1].joined:
            return toks[k - 1], category
    return toks[at - 1], "people"


def _their_count_bound(toks: list[Tok], start: int) -> str | None:
    """'لا يقل عددهم عن 15' (at least 15), 'يزيد عددهم على 100' (more than 100), 'لا يزيد
    عددهم عن 20' (at most 20): a verb of more or less before 'عددهم عن/على N' bounds N."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at < 3 or toks[at - 1].norm not in _figure_words("than"):
        return None
    if toks[at - 2].norm not in _figure_words("their_count"):
        return None
    verb = toks[at - 3]
    negated = at >= 4 and toks[at - 4].norm in _figure_words("negations")
    if verb.norm in _figure_words("less_verbs"):
        return "at_least_than" if negated else None
    if verb.norm in _figure_words("more_verbs") | _figure_words("exceed_verbs"):
        return "at_most" if negated else "more_than"
    return None


def _corrected_next(toks: list[Tok], end: int) -> bool:
    """'عشرات بل مئات المحتجين' (tens, nay hundreds): the count before 'بل' is taken back by
    the one after it, which alone is the figure (figures.json 'rather')."""
    at = bisect_left(toks, end, key=lambda t: t.start)
    return at < len(toks) and toks[at].joined and toks[at].norm in _figure_words("rather")


def _opening_a_headline(
    text: str, toks: list[Tok], start: int, quantity: Quantity
) -> tuple[Tok, str] | None:
    """'السويداء 24 | الآلاف في ساحة الكرامة': a vague count with no noun opening a line (or
    the headline after an outlet's name and '|' or ':') is a crowd, people."""
    if quantity.best is not None:
        return None
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    if head.strip() and head.rstrip()[-1:] not in "|:":
        return None
    at = bisect_left(toks, start, key=lambda t: t.start)
    return (toks[at], "people") if at < len(toks) else None


def _after_they(toks: list[Tok], start: int) -> tuple[Tok, str] | None:
    """'من غادروا هم بضع عشرات فقط': a count right after 'هم' (they are: a pronoun of
    persons; things take 'هي') counts people (figures.json 'they')."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at == 0 or at >= len(toks) or not toks[at].joined:
        return None
    before = toks[at - 1]
    return (before, "people") if before.norm in _figure_words("they") else None


def _subject_of_plural_verb(
    toks: list[Tok], end: int, quantity: Quantity
) -> tuple[Tok, str] | None:
    """'المئات ينتظرون دورهم': a vague count (no point figure) right before a verb in the
    masculine plural present (يـ...ون) is its subject, people."""
    if quantity.best is not None:
        return None
    at = bisect_left(toks, end, key=lambda t: t.start)
    if at >= len(toks) or not toks[at].joined:
        return None
    verb = toks[at].norm
    if len(verb) >= 5 and verb[0] in "يت" and verb.endswith("ون"):
        return toks[at], "people"
    return None


def _elided(
    text: str, toks: list[Tok], start: int, end: int, before: list[Suggestion]
) -> tuple[Tok, str] | None:
    """'ستة مقاتلين من لواء فاطميون وأربعة من كتائب حزب الله': a number joined by و to the
    figure just before it, with 'من' after it, counts what that figure counted."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at > 0 and (at >= len(toks) or toks[at].start > start) and toks[at - 1].end > start:
        at -= 1  # 'و25 من "قسد"': the number is read after the و of its word
    if at >= len(toks) or not toks[at].norm.startswith("و") or not before:
        return None
    after = bisect_left(toks, end, key=lambda t: t.start)
    followers = _figure_words("elided_followers")
    if after >= len(toks) or not toks[after].joined or toks[after].norm not in followers:
        return None
    percent = after + 1 < len(toks) and toks[after + 1].norm in _figure_words("percent_words")
    if toks[after].norm not in _OF and percent:
        return None  # 'و3 في المئة': a share, not a count
    last = before[-1]
    gap = text[last.end : start]  # 'هم 80 مقاتلاً من الهيئة، و61 من قوات النظام'
    if len(gap) > 60 or any(ch in gap for ch in ".؟!\n:؛"):
        return None
    noun = next((t for t in toks if t.start >= last.start and t.text == last.extra["noun"]), None)
    if noun is None:  # '(3 من الأمن العسكري و2 من': that figure took its noun from before
        noun = next((t for t in reversed(toks[:at]) if t.text == last.extra["noun"]), None)
    return (noun, last.extra["category"]) if noun is not None else None


@cache
def _figure_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("figures").get(key, []))


@cache
def _definite_scales() -> frozenset[str]:
    """The scale words with the article ('مليون ونصف المليون'), built once, not per figure."""
    return frozenset(fold("ال" + w) for w in _figure_words("thousand_words"))


def _vague(verbatim: str) -> bool:
    """'عدد من المدنيين' (a number of): no count a coder records (figures.json 'vague'),
    though the noun it counts is a party (the engine offers it as no figure)."""
    words = fold(verbatim).split()[:2]
    if words and words[0][:1] in "وفب" and words[0][1:] == fold("عدد"):
        words[0] = words[0][1:]  # 'وعدد من المسلحين'
    return " ".join(words) in _figure_words("vague")


def _not_a_count(toks: list[Tok], start: int, verbatim: str) -> bool:
    """'أدنى عدد من القتلى' (the lowest number), 'ونصف المليون' (a fraction), '40 في المئة
    منهم' / 'بالمئة' (a share: 'المئة' read as a hundred): no figure."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at == 0 or at >= len(toks) or not toks[at].joined:
        return False
    before = toks[at - 1]
    first = fold(verbatim).split()[0] if verbatim.strip() else ""
    if fold(verbatim) in _figure_words("one_words") and before.norm.isalpha():
        return not _one_counts(toks, at)  # 'من عائلة واحدة': 'one' describing a noun
    percent = _figure_words("percent_words")
    if first[1:] in percent or (first in percent and before.norm == fold("في")):
        return True
    if before.forms() & _figure_words("fractions"):
        return True
    if before.forms() & _figure_words("parent_nouns") and first.startswith("ل"):
        return True  # 'أم لخمسة أطفال', 'وأب لأربعة': a parent of five, no one counted
    if first in _weekdays() and before.forms() & _day_words():
        return True  # 'نعت أمس الإثنين مستشاراً': Monday, not two
    return first == fold("عدد") and before.norm in _figure_words("not_count_before")


def _one_counts(toks: list[Tok], at: int) -> bool:
    """'one' after a word still counts someone as 'one of' ('قتل واحد من عناصر الأمن', 'أصيب
    في الهجوم واحد من المدنيين') or as the adjective of a counted noun ('مقتل مدني واحد');
    after any other noun it only describes it ('من عائلة واحدة')."""
    if toks[at - 1].forms() & _figure_words("one_households"):
        return False  # 'من عائلة واحدة من تحت الأنقاض'
    nxt = toks[at + 1] if at + 1 < len(toks) else None
    if nxt is not None and nxt.joined and nxt.norm in _OF:
        return True
    return _counted_by_one(toks[at - 1]) is not None


def _counted_by_one(before: Tok) -> str | None:
    """The category of a person noun that 'one' after it counts (not a household)."""
    if before.forms() & _figure_words("one_households"):
        return None
    category = _category(before)
    return category if category in _claimable() else None


def _same_as_before(
    text: str, toks: list[Tok], start: int, end: int, verbatim: str, before: list[Suggestion]
) -> tuple[Tok, str] | None:
    """A bare figure that counts what the figure before it in its sentence counted: a round
    figure with its noun left out ('قرابة 210 آلاف شخص، ... ومن الأردن بأكثر من 75 ألفاً')
    or a number right after 'بينهم' ('14 امرأة، من بينهن أربع')."""
    words = fold(verbatim).split()
    at = bisect_left(toks, start, key=lambda t: t.start)
    thousands = bool(words) and words[-1] in _figure_words("thousand_words")
    after_words = _figure_words("after_them") | _figure_words("was_before") | _count_words()
    inside = at < len(toks)  # 'الطريق M4': a number inside a Latin word starts no token
    after_them = inside and at > 0 and toks[at].joined and toks[at - 1].norm in after_words
    # 'مقتل خمسة عناصر (3 من الأمن العسكري': a number opening brackets right after a figure
    bracket = bool(before) and text[before[-1].end : start].strip() == "("
    definite = (
        bool(words) and words[-1][:2] == "ال" and words[-1][2:] in _figure_words("thousand_words")
    )
    if not (thousands or after_them or bracket or definite):
        return None
    # 'وقدّر ناشطون عدد المتظاهرين ... بعشرات الآلاف': a definite round word counts the noun
    # of 'عدد' before it too (alone, not the figure before it)
    if (thousands or definite) and (counted := _count_of_before(text, toks, at)) is not None:
        return counted
    if definite and not (after_them or bracket):
        return None
    if not before:
        return None
    last = before[-1]
    gap = text[last.end : start]
    if len(gap) > 160 or any(ch in gap for ch in ".؟!\n"):
        return None
    # the noun the earlier figure counted, itself perhaps taken from one before it
    noun = next((t for t in reversed(toks[:at]) if t.text == last.extra["noun"]), None)
    return (noun, last.extra["category"]) if noun is not None else None


def _exceeding_count(text: str, toks: list[Tok], start: int) -> tuple[Tok, str] | None:
    """'حصيلة القتلى منذ بدء الهجوم تجاوزت ثلاثمئة وأربعين', 'وحصيلة الضحايا تتجاوز المئتين',
    'المحتجين لا يتجاوزون بضع مئات': a bare number a verb of exceeding puts after a counted
    noun of people earlier in its clause (up to eight words back) counts that noun; not in a
    headline (the text's first line), whose toll the body gives."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at >= len(toks) or "\n" not in text[:start]:
        return None
    verbs = _figure_words("exceed_verbs")
    if not toks[at].forms() & verbs:  # the verb opens the quantity ('تجاوزت 340') or is before it
        if at == 0 or not toks[at].joined or not toks[at - 1].forms() & verbs:
            return None
        at -= 1
    for k in range(at - 1, max(-1, at - 9), -1):
        if any(ch in text[toks[k].end : toks[k + 1].start] for ch in ".؟!\n،,:؛"):
            return None
        category = _category(toks[k])
        if category is not None:
            return (toks[k], category) if category in _claimable() else None
    return None


def _count_of_before(text: str, toks: list[Tok], at: int) -> tuple[Tok, str] | None:
    """'ويقدر عدد اللاجئين السوريين في العالم بأكثر من ستة ملايين': 'عدد' + a counted noun
    earlier in the sentence names what a round figure without its noun counts."""
    counts = _count_words()
    k = at - 1
    while (
        k > 0
        and at - k <= 8
        and not any(ch in text[toks[k].end : toks[k + 1].start] for ch in ".؟!\n،,:؛")
    ):
        if toks[k - 1].norm in counts:
            category = _category(toks[k])
            if category is not None and category in _claimable():
                return toks[k], category
        k -= 1
    return None


def _event_before(toks: list[Tok], start: int, end: int) -> tuple[Tok, str] | None:
    """A bare count right after what happened to people: 'مقتل 7 بينهم 3 أطفال',
    'وإصابة 12'، 'قتل العشرات' (the verb or verbal noun names what is counted), when no
    noun follows the number (a noun that is not a person, '3 أيام', was read before)."""
    at = bisect_left(toks, start, key=lambda t: t.start)
    if at == len(toks) or at == 0 or not toks[at].joined:
        return None
    after = bisect_left(toks, end, key=lambda t: t.start)
    nxt = toks[after] if after < len(toks) else None
    before = toks[at - 1]
    if at >= 2 and before.joined and before.norm in _figure_words("skip_before_bare"):
        before = toks[at - 2]  # 'اعتقلت خلالها العشرات': the verb before 'during it'
    verbs = _bare_verbs()
    category = next((verbs[stem] for _, stem, _ in before.readings if stem in verbs), None)
    if category is None:
        return None
    # 'مقتل 3 من الشرطة': after a killing, wounding or arrest "N من" counts people too
    # 'نجا سبعة من محاولات': after surviving too (bare_count_verbs.people)
    of = category in _verbs().values() or category == "people"
    followers = _bare_followers() | (_OF if of else set())
    counts_next = nxt is not None and nxt.joined and not nxt.norm.startswith("و")
    if toks[at].norm.startswith("ال") and toks[at].norm in _figure_words("definite_vague"):
        counts_next = False  # 'أصيب العشرات بحالات اختناق': 'the tens' count no word after
    if counts_next and nxt is not None and nxt.norm not in followers:
        return None  # 'أصيب بعدة طلقات': the number counts the word after it
    return before, category


@cache
def _bare_verbs() -> dict[str, str]:
    raw = _data.rules("nouns").get("bare_count_verbs", {})
    return {**_verbs(), **{fold(w): cat for cat, words in raw.items() for w in words}}


@cache
def _bare_followers() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("nouns").get("bare_count_followers", []))


def _two_after_noun(text: str, toks: list[Tok], taken: set[tuple[int, int]]) -> list[Suggestion]:
    """'مدنيين اثنين': a plural noun followed by the number two in agreement counts two."""
    twos = {fold(w) for w in _data.rules("nouns").get("two_after_noun", [])}
    out: list[Suggestion] = []
    for k in range(1, len(toks)):
        tok, noun = toks[k], toks[k - 1]
        if tok.norm not in twos or not tok.joined:
            continue
        if any(a < tok.end and noun.start < b for a, b in taken):
            continue
        category = _category(noun)
        if category is None or category not in _claimable():
            continue
        where = next((w for w, stem, _ in noun.readings if _category_of_stem(stem)), noun.start)
        out.append(_two(text, where, tok.end, category, noun_end=noun.end))
    return out


def _two(
    text: str, where: int, end: int, category: str, noun_end: int, **more: object
) -> Suggestion:
    """A figure of exactly two (a dual noun, 'مدنيين اثنين'): one shape for both finders."""
    extra = {
        "category": category,
        "noun": text[where:noun_end],
        "low": 2,
        "high": 2,
        "best": 2,
        "acled_value": 2,
        "qualifier": None,
        "verbatim": text[where:end],
        **more,
    }
    return Suggestion("figure", where, end, text[where:end], (2, 2), extra)


def _category_of_stem(stem: str) -> bool:
    return stem in _nouns()


def _nisba_dual(tok: Tok) -> bool:
    """'عسكريان', 'مدنيين': the dual of a relative adjective (-ي), which may describe a noun."""
    return tok.norm.endswith(("يان", "يين")) and not tok.norm.startswith(("ال", "و"))


@cache
def _place_words() -> frozenset[str]:
    """One-word names of the gazetteer that are no everyday word (places.json needs_cue)."""
    everyday = {fold(w) for w in _data.rules("places").get("needs_cue", [])}
    names = {fold(v) for p in _data.places() for v in (p["name_ar"], *p["variants"])}
    return frozenset(n for n in names if " " not in n and n not in everyday)


def _a_place(tok: Tok) -> bool:
    return bool(tok.forms() & _place_words())


def _dual_start(hit: tuple[int, str] | None, tok: Tok) -> int:
    """Where a dual read in ``tok`` starts (after a proclitic such as و)."""
    return hit[0] if hit is not None else tok.start


def _dual_figures(text: str, toks: list[Tok], taken: set[tuple[int, int]]) -> list[Suggestion]:
    """A noun in the dual counts two: 'سقوط قتيلين', 'بينهم طفلان'."""
    duals = _duals()
    out: list[Suggestion] = []
    for k, tok in enumerate(toks):
        # most words can be no dual: none of their forms is a listed dual, no stem ends in
        # -ان (every stem ends as the word does) and the word ends in no ن a vowel may mark
        listed = not duals.keys().isdisjoint(tok.forms())
        if not listed and not tok.norm.endswith("ان") and not tok.text.endswith("ن"):
            continue
        hit = next(((w, stem) for w, stem, art in tok.readings if stem in duals and not art), None)
        category = duals[hit[1]] if hit is not None else _dual_category(tok)
        if category is None:
            category = _marked_dual_category(tok)
        if category is None or category not in _claimable():
            continue
        if any(a <= tok.start < b for a, b in taken):
            continue
        before = toks[k - 1].norm if k > 0 else ""
        after_dual = len(before) > 3 and before.endswith(("ان", "ين"))
        if tok.joined and _nisba_dual(tok) and after_dual and not _a_place(toks[k - 1]):
            continue  # 'مصدران عسكريان': the adjective of another dual (not 'أن جنديين قتلا',
            # 'في عفرين مدنيان': a town's name is no dual noun)
        one_of = k > 0 and tok.joined and toks[k - 1].norm in _figure_words("one_of")
        if hit is None and one_of:
            continue  # 'عائلة أحد المعتقلَين': one of the two, counted before
        parent = k > 0 and tok.joined and toks[k - 1].forms() & _figure_words("parent_nouns")
        if parent and tok.norm.startswith("ل"):
            continue  # 'بينهم أب لطفلين': a parent of two, as 'أم لخمسة أطفال'; no one counted
        if k > 0 and tok.joined and toks[k - 1].norm in _figure_words("dual_copulas"):
            continue  # 'الشابين كانا عنصرين سابقين': the predicate of a dual subject, no count
        coordinated = tok.norm.startswith("و") and _dual_start(hit, tok) > tok.start
        if out and tok.joined and out[-1].end in (toks[k - 1].end, tok.end) and not coordinated:
            continue  # 'طفلين شقيقين': the second dual describes the first (or is counted by it)
        where = hit[0] if hit is not None else tok.start
        end, low_only = tok.end, False
        nxt = toks[k + 1 : k + 3]
        if nxt and nxt[0].joined and hit is not None and hit[1].endswith(("ي", "ا")):
            counted = any(stem in duals for _, stem, _ in nxt[0].readings)
            if nxt[0].norm.startswith("ال") or counted or _dual_category(nxt[0]):
                end = nxt[0].end  # 'جثتي الشابين': a dual in construct with what it counts
        at_least = [t.norm for t in nxt] == [fold("على"), fold("الأقل")]
        if at_least and all(t.joined for t in nxt):
            end, low_only = nxt[1].end, True  # 'شخصين على الأقل': two or more
        two = _two(text, where, end, category, noun_end=tok.end, dual=True)
        if low_only:
            extra = {**two.extra, "high": None, "qualifier": "at_least"}
            two = Suggestion("figure", two.start, two.end, two.text, (2, None), extra)
        out.append(two)
    return out
