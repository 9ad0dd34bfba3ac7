"""Actors (resources/actors.json) and news sources (resources/sources.json) in Arabic text.

Aliases are matched longest first (هيئة تحرير الشام before تحرير الشام) with proclitics
on the first word (للجيش السوري، وقوات النظام). Sources such as المرصد السوري are
offered as their own kind, ``source``: the actor list says they are never actors, but
the coder still wants them marked (they feed the report's source and grading).

Generic actors (civilians, prisoners) are named by common nouns that news uses for anyone;
such a mention is offered only where the text makes the group a party to an event (counted
by a figure, next to an event word in its clause, not the object of a demand), and residents
or civilians in a protest are offered as Protesters (resources/suggest/actors.json,
``generic``). Protesters and rioters are always parties: the noun names the role.
A few aliases name a force only in a region (``regional``): 'الشرطة العسكرية' is the SNA's
military police where the text names a place of the Turkish-held north, local gunmen in
As-Sweida its Druze militias; elsewhere they stay unmapped, or name the rule's ``elsewhere``
force ('قوى الأمن الداخلي': the Asayish in the north-east, the state's police elsewhere);
in its region a regional rule also wins over the list ('الشرطة المدنية' in Afrin is the SNA's).
Nouns of persons (children, women, young men, shepherds) are Civilians only where a figure
counts them and they are no sub-count of a group already named (``counted``).
Helpers add what the alias scan cannot see: persons counted in tolls (persons_tolls.py),
victims named again (persons_again.py) or by their role (singular_victims.py), a foreign
force by its means of war and nationality (nationality_means.py), and forces named by one
everyday word where context says so (bare_names.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from reviewer.suggest import _data, counted_members
from reviewer.suggest.acting_ministries import acting_ministry_spans
from reviewer.suggest.actor_index import counted_forms, name_index, persons_rule, regional_rules
from reviewer.suggest.allies import ally_spans
from reviewer.suggest.bare_names import bare_name_spans
from reviewer.suggest.blamed_states import behind_spans, blamed_state_spans
from reviewer.suggest.counted_members import counted_member_spans, defecting_group_spans
from reviewer.suggest.counted_victims import counted_victim_spans, force_post_hit
from reviewer.suggest.counted_victims_not_parties import not_party_persons
from reviewer.suggest.counted_victims_of_them import counted_of_them_spans
from reviewer.suggest.counted_victims_others import counted_others_spans
from reviewer.suggest.counted_victims_updates import updated_toll_spans
from reviewer.suggest.counted_victims_wanted import (
    arrested_count_spans,
    bare_counts_arrested_spans,
    sons_arrested_spans,
    wanted_arrested_spans,
)
from reviewer.suggest.crowds import crowd_spans
from reviewer.suggest.epithet_counts import epithet_count_spans
from reviewer.suggest.fighter_nisbas import fighter_nisba_spans
from reviewer.suggest.former_groups import former_groups
from reviewer.suggest.harmed_persons import harmed_person_spans
from reviewer.suggest.model import Suggestion
from reviewer.suggest.nationality_means import named_maker, nationality_means_spans
from reviewer.suggest.numbered_units import numbered_unit_spans
from reviewer.suggest.owned_means import owned_means
from reviewer.suggest.persons_again import named_again_spans
from reviewer.suggest.persons_tolls import (
    full_stop_before,
    index_from,
    killed_by_bombing,
    killed_by_force,
    party_of_count_word,
    sentence_tokens,
    word_before,
)
from reviewer.suggest.property_owners import property_owner_spans
from reviewer.suggest.protest_persons import protest_person_spans
from reviewer.suggest.short_names import short_name_spans
from reviewer.suggest.singular_victims import singular_victim_spans
from reviewer.suggest.speaker_offices import speaker_offices, speaking_after
from reviewer.suggest.sponsored_groups import sponsored_group_spans
from reviewer.suggest.text import Tok, fold, joined_across_quotes, tokens
from reviewer.suggest.tribal_gunmen import patrons_count, tribal_gunmen_spans
from reviewer.suggest.tribesmen import (
    fighting_tribesmen,
    listed_tribes,
    tribe_named_again,
    tribe_named_as_origin,
)

__all__ = ["find_actors"]


@cache
def _word_class(name: str) -> frozenset[str]:
    """One small closed word class the rules below test by form (actors.json's
    ``word_classes``: 'عدد', 'بين', 'أحد', the heads of group names, ...), folded."""
    return frozenset(fold(w) for w in _data.rules("actors")["word_classes"][name])


@cache
def _vague_quantifiers() -> frozenset[str]:
    raw = _data.rules("actors").get("counted", {}).get("vague_quantifiers", [])
    return frozenset(fold(w) for w in raw)


@cache
def _natural_death_rule() -> tuple[frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("counted", {}).get("natural_death", {})
    return (
        frozenset(fold(w) for w in raw.get("verbs", [])),
        frozenset(fold(w) for w in raw.get("harm", [])),
        int(raw.get("window", 0)),
    )


def _natural_death(toks: list[Tok], first: int, stop: int) -> bool:
    """'توفي طفلان بسبب سوء التغذية'، 'ثمانية أطفال توفوا بسبب البرد': people who died of
    hunger, cold or disease are no party; 'توفي متأثراً بجراحه' still is."""
    verbs, harm, window = _natural_death_rule()
    near = _clause(toks, first, stop, window, window)
    if not any(t.forms() & verbs for t in near):
        return False
    return not any(t.forms() & harm for t in _clause(toks, first, stop, 0, 2 * window))


def _persons_party(
    toks: list[Tok], hit: Any, n: int, counted: list[tuple[int, int]], text: str
) -> bool:
    """A noun of persons is a party when counted (see _counted_party) or protesting."""
    if _natural_death(toks, hit.first, hit.stop):
        return False
    if _counted_party(toks, hit.first, hit.stop, hit.start, hit.end, counted, text):
        return True
    if _harmed_right_before(toks, hit.first):
        return True
    return _protesting(toks, hit.first, hit.stop, counted_forms()[n][0])


def _harmed_right_before(toks: list[Tok], first: int) -> bool:
    """'واعتقال رعاة'، 'مقتل أطفال': an indefinite plural of persons right after a word of
    harm is its object, a party though uncounted (the definite 'النساء والأطفال' is not);
    so are people fired at, definite too ('أطلقت النار على رعاة أغنام', 'النار فوق رؤوس
    مزارعين', 'أطلق الأمن النار على المصلين': actor convention 20 of 2026-12-01)."""
    if first == 0 or not toks[first].joined:
        return False
    if toks[first - 1].forms() & _harm_words() and not toks[first].norm.startswith("ال"):
        return True
    for phrase in _harm_phrases():
        at = first - len(phrase)
        if at >= 0 and all(
            toks[at + k].norm == word and toks[at + k + 1].joined for k, word in enumerate(phrase)
        ):
            return True
    return False


@cache
def _harm_words() -> frozenset[str]:
    raw = _data.rules("actors").get("singular_victims", {})
    return frozenset(fold(w) for w in raw.get("harm_words", []))


@cache
def _harm_phrases() -> tuple[tuple[str, ...], ...]:
    raw = _data.rules("actors").get("singular_victims", {})
    return tuple(tuple(fold(w).split()) for w in raw.get("harm_phrases", []))


@cache
def _persons_words() -> tuple[frozenset[str], frozenset[str], int]:
    rule = persons_rule()
    return (
        frozenset(fold(w) for w in rule.get("event_words", [])),
        frozenset(fold(w) for w in rule.get("after_words", [])),
        int(rule.get("window_before", 0)),
    )


def _persons_counted_party(
    text: str,
    toks: list[Tok],
    hit: Any,
    counted: list[tuple[int, int]],
    found: list[Suggestion],
) -> str | None:
    """'اعتقلت خلالها 12 شخصاً'، 'انتشلت جثث سبعة أشخاص'، 'عشرين شخصاً أصيبوا': persons in
    general are a party when counted (no sub-count) in an arrest, abduction, execution or
    injury; not in a tally of the killed, which mixes fighters and civilians, unless the
    next words name them civilians or a bombing killed them; a count word before them may
    name them (persons_tolls.py). The actor they are, or None."""
    if not _counted_party(toks, hit.first, hit.stop, hit.start, hit.end, counted, text):
        return None
    actor = str(persons_rule()["actor"])
    named = party_of_count_word(text, toks, hit.first)
    if named is not None:
        return named
    rules = _generic()
    protest = (rules["protest"] | rules["riot"]) - rules["gathering"]
    # 'وتظاهر آلاف الأشخاص في مارع' (a protest word before them; not 'قتلوا منذ الاحتجاجات')
    if any(t.forms() & protest for t in _clause(toks, hit.first, hit.first, rules["before"], 0)):
        return str(rules["protest_actor"])
    if _took_part_counted(text, toks, hit.first, rules):
        return str(rules["protest_actor"])
    events, after, window = _persons_words()
    near, no_party = _persons_limits()
    before = _clause(toks, hit.first, hit.first, window, 0)
    if any(_nouns_of(t) & _persons_not_with() for t in before[:near]):
        return None  # مقتل عنصر وإصابة تسعة أشخاص: a mixed toll
    in_sentence = [toks[k] for k in sentence_tokens(text, toks, hit.first, -1, window)]
    far = sentence_tokens(text, toks, hit.first, -1, 2 * window)
    if any(toks[k].forms() & no_party for k in far):
        return None  # مخلفات الحرب قتلت ... 204 أشخاص
    if any(t.forms() & events for t in in_sentence):
        return actor
    if any(t.forms() & after for t in _clause(toks, hit.first, hit.stop, 0, 2)):
        return actor
    if _killed_civilians(text, toks, hit.stop, before):
        return actor
    forces = [s.start for s in found if s.kind == "actor" and _names_force_name(str(s.value))]
    figure = min((a for a, b in counted if a < hit.end and hit.start < b), default=hit.start)
    count_first = next((k for k in range(hit.first, -1, -1) if toks[k].start <= figure), 0)
    if killed_by_force(text, toks, count_first, hit.stop, forces):
        return actor  # 'قوات النظام ... قتلت ما لا يقل عن 50 شخصاً'
    killed, _, _, _ = _killed_rule()
    if toks[hit.stop - 1].forms() & _named_civilians() and any(
        t.forms() & killed for t in in_sentence
    ):
        return actor  # 'قتل 300 مدني في غارات': the noun names civilians, killing is enough
    if (
        any(t.forms() & killed for t in in_sentence)
        and killed_by_bombing(text, toks, hit.first, hit.stop)
        and not force_post_hit(text, toks, hit.first, found)
    ):
        return actor  # not 'قصفت الفصائل مواقع لقوات النظام ... مقتل 12 شخصاً': whose dead?
    return None


def _took_part_counted(text: str, toks: list[Tok], first: int, rules: dict[str, Any]) -> bool:
    """'شارك نحو ألفي شخص مساء اليوم في وقفة'، 'أحصت مشاركة نحو ألفي شخص في مظاهرة'، 'وقفات
    أصغر ضمت ما يصل إلى 300 شخص': persons counted right after a word of taking part
    ('took_part_words', the count's qualifier between) are the protesters when what they took
    part in is a protest (a gathering word is not enough): the noun after the first 'في' that
    follows the count in its sentence (within 'took_part_window' words), or, with no 'في'
    after them, a protest noun up to 'took_part_before' words before the word of taking part
    in its clause, its subject ('وقفات ... ضمت'). A protest word elsewhere is what else the
    sentence tells ('ضم سجن عدرا نحو 300 شخص اعتقلوا خلال المظاهرات', 'شارك 40 شخصاً من عناصر
    حفظ النظام في دورة تدريبية على تفريق المظاهرات')."""
    k = first - 1
    while k >= 0 and first - k <= 5 and toks[k + 1].joined:
        if toks[k].forms() & rules["took_part"]:
            break
        k -= 1
    else:
        return False
    if k < 0 or not toks[k].forms() & rules["took_part"]:
        return False
    words = rules["protest"] - rules["gathering"]
    for m in sentence_tokens(text, toks, first, 1, rules["took_part_window"]):
        if toks[m].norm == "في":
            return m + 1 < len(toks) and bool(toks[m + 1].forms() & words)
    for m in sentence_tokens(text, toks, k, -1, rules["took_part_before"]):
        if any(c in text[toks[m].end : toks[m + 1].start] for c in "،,"):
            return False
        if toks[m].forms() & words:
            return True
    return False


@cache
def _named_civilians() -> frozenset[str]:
    """Nouns among the persons' forms that name civilians ('مدني' after hundreds)."""
    return frozenset(fold(w) for w in persons_rule().get("named_civilians", []))


@cache
def _persons_limits() -> tuple[int, frozenset[str]]:
    rule = persons_rule()
    window = int(rule.get("not_with_window", rule.get("window_before", 0)))
    return window, frozenset(fold(w) for w in rule.get("no_party_words", []))


def _nouns_of(tok: Tok) -> set[str]:
    """The stems a token is read as without an article: 'مقتل عنصر' counts a fighter,
    'المسلحين هاجموا' names them."""
    return {stem for _, stem, article in tok.readings if not article} | {tok.norm}


@cache
def _killed_rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    rule = persons_rule()
    after = rule.get("civilian_after", {})
    return (
        frozenset(fold(w) for w in rule.get("killed_words", [])),
        frozenset(fold(w) for w in after.get("links", [])),
        frozenset(fold(w) for w in after.get("words", [])),
        int(after.get("window", 0)),
    )


def _killed_civilians(text: str, toks: list[Tok], stop: int, before: list[Tok]) -> bool:
    """'مقتل تسعة أشخاص بينهم ثلاثة أطفال'، 'قُتل ثلاثة أشخاص من عائلة واحدة': persons killed
    whom the next words of their sentence name civilians (a link word, then children, women,
    a family or residents within the window; a comma may stand before بينهم). Civilians
    counted among them ('48 شخصاً بينهم 19 مدنياً') make the rest fighters: a mixed toll."""
    killed, links, words, window = _killed_rule()
    if not any(t.forms() & killed for t in before):
        return False
    linked = False
    for k in sentence_tokens(text, toks, stop - 1, 1, window):
        tok = toks[k]
        stems = tok.forms()
        if stems & (_persons_not_with() | _word_class("civilians_counted")):
            return False  # بينهم 71 عنصراً، بينهم تسعة مدنيين: a toll mixing fighters
        if stems & words and linked:
            return True
        if stems & links:
            linked = True
    return False


@cache
def _persons_not_with() -> frozenset[str]:
    return frozenset(fold(w) for w in persons_rule().get("not_with", []))


@cache
def _arrested_rule() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("arrested", {})
    return (
        frozenset(fold(w) for w in raw.get("forms", [])),
        frozenset(fold(w) for w in raw.get("arrest_words", [])),
        frozenset(fold(w) for w in raw.get("held_words", [])),
        int(raw.get("held_window", 0)),
    )


def _arrested(toks: list[Tok], hit: Any) -> bool:
    """'اعتقلت خلالها 35 شاباً ... إن من بين المعتقلين'، 'ليرتفع عدد الموقوفين ... إلى تسعة عشر
    موقوفاً': detainees of an arrest the text reports are Civilians (ACLED), not prisoners held
    in a prison or camp; counted ones a force releases are prisoners ('أفرجت قسد عن 30 معتقلاً'),
    the definite ones released after the arrest the same ('وأطلقت سراح أحد المعتقلين')."""
    forms, arrests, held, window = _arrested_rule()
    if " ".join(hit.words) not in forms:
        return False
    told = toks[: hit.first] if hit.first >= _HEADLINE_WORDS else toks  # a headline's lead
    if not any(t.forms() & arrests for t in told):
        return False  # 'قتيلان وعشرات المعتقلين برصاص الأمن' over 'واعتقلت قوات الأمن ...'
    around = _clause(toks, hit.first, hit.stop, window, window)
    counted = not hit.words[0].startswith("ال")  # the singular after a number, not 'المعتقلين'
    before = _clause(toks, hit.first, hit.stop, window, 0)
    if counted and any(t.forms() & _released_words() for t in before):
        return False
    if _taken_in_the_arrest(toks, hit):
        return True  # 'اقتاد المعتقلين إلى سجن الملعب': just arrested, whatever prison follows
    return not any(t.forms() & held for t in around)


@cache
def _taken_rule() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], int]:
    raw = _data.rules("actors").get("arrested", {}).get("taken", {})
    return (
        frozenset(fold(w) for w in raw.get("led_away", [])),
        frozenset(fold(w) for w in raw.get("relatives", [])),
        tuple(fold(w) for w in raw.get("arrest_stems", [])),
        int(raw.get("window", 0)),
    )


def _taken_in_the_arrest(toks: list[Tok], hit: Any) -> bool:
    """Detainees led away right after the arrest ('اقتاد التنظيم المعتقلين إلى سجن الملعب': a
    'led_away' word right before them) or told as those the force arrested ('المعتقلين البالغ
    عددهم 40، الذين اعتقلتهم قوات النظام': a 'relatives' word then a verb of an 'arrest_stems'
    stem, whatever pronoun it carries, within 'window' words after them) are the reported
    arrest's detainees, Civilians, though a prison is named near them."""
    led, relatives, stems, window = _taken_rule()
    if hit.first > 0 and toks[hit.first].joined and toks[hit.first - 1].forms() & led:
        return True
    stop = min(hit.stop + window, len(toks) - 1)
    return any(
        toks[k].norm in relatives and toks[k + 1].norm.startswith(stems)
        for k in range(hit.stop, stop)
    )


_HEADLINE_WORDS = 16  # the first words of a text, where a headline tells what its lead reports


@cache
def _released_words() -> frozenset[str]:
    raw = _data.rules("actors").get("arrested", {})
    return frozenset(fold(w) for w in raw.get("released_words", []))


@cache
def _origin_rule() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("origin", {})
    heads = {fold(w) for w in raw.get("heads", [])}
    heads |= {fold(w) for _, forms in counted_forms() for w in forms}
    heads |= {fold(w) for w in persons_rule().get("forms", [])}
    members = _data.rules("actors").get("counted_members", {}).get("members", [])
    heads |= {fold(w) for w in members}  # 'نحو 30 عنصراً من أبناء العشائر'
    return frozenset(fold(w) for w in raw.get("aliases_start", [])), frozenset(heads)


def _origin_only(toks: list[Tok], hit: Any) -> bool:
    """'شابين من أبناء مدينة بصرى الشام'، 'ثلاثة شبان من أهالي القرية': after a noun of persons
    (and its number 'اثنين') and من, 'أبناء X' or 'أهالي X' says where they come from and is
    no mention of its own (actor convention (e))."""
    starts, heads = _origin_rule()
    first = hit.first
    if not hit.words or hit.words[0] not in starts or first < 2:
        return False
    if not (toks[first].joined and toks[first - 1].joined and toks[first - 1].norm == "من"):
        return False
    head = first - 2
    if head >= 1 and toks[head].joined and toks[head].norm in _word_class("origin_numbers"):
        head -= 1  # 'إعلاميين اثنين من أبناء مدينة الطبقة': the number after the noun
    return bool(toks[head].forms() & heads)


def _arrested_again(toks: list[Tok], hit: Any, name: str) -> bool:
    """'اعتقلت ... 17 شاباً، واقتيد المعتقلون إلى فرع الأمن'، 'وقال إن جميع المعتقلين يخضعون
    للتحقيق': the definite detainees after an arrest the text reports are those arrested, a
    party with no event word of their own (actor convention (a)); not after 'ملف' or as the
    object of a demand, nor after 'عدد' (the count that follows is the mention)."""
    if name != "Prisoners (Syria)" or not _arrested(toks, hit):
        return False
    rules = _generic()
    before = toks[hit.first - 1].forms() if hit.first > 0 and toks[hit.first].joined else set()
    if before & (rules["not_before"] | _word_class("count_words")):
        return False
    return not _demanded(toks, hit.first, rules["demand"], rules["demand_window"])


def _went_out_to_protest(text: str, toks: list[Tok], hit: Any) -> bool:
    """'خرج الآلاف من أهالي بلدات ريف درعا، اليوم الجمعة، في مظاهرات': people who went out
    are protesters when their sentence names the protest, past commas."""
    rules = _generic()
    before = _clause(toks, hit.first, hit.first, rules["before"], 0)
    if not any(t.forms() & rules["went_out"] for t in before):
        return False
    if _took_part_in_protest(text, toks, hit.first, rules):
        return True
    for k in sentence_tokens(text, toks, hit.stop - 1, 1, rules["sentence_window"]):
        if toks[k].forms() & rules["celebration"]:
            return False  # 'خرجوا إلى ساحة العاصي احتفالاً'
        if toks[k].forms() & ((rules["protest"] - rules["gathering"]) | rules["went_out_to"]):
            return True
    return False


def _took_part_in_protest(text: str, toks: list[Tok], first: int, rules: dict[str, Any]) -> bool:
    """'مظاهرة حاشدة بعد صلاة العصر شارك فيها المئات من الأهالي': people who took part in it
    ('went_out' then 'back_refs' right before them) are protesters when their sentence named
    the protest before."""
    k = first - 1
    while k > 0 and first - k <= rules["before"] and toks[k + 1].joined:
        if toks[k].norm in rules["back_refs"] and toks[k - 1].forms() & rules["went_out"]:
            break
        k -= 1
    else:
        return False
    if not toks[k].joined:
        return False
    for m in sentence_tokens(text, toks, k - 1, -1, rules["sentence_window"]):
        if toks[m].forms() & (rules["protest"] - rules["gathering"]):
            return True
    return False


def _protesting(toks: list[Tok], first: int, stop: int, name: str) -> bool:
    """'تظاهرت نساء في مخيم الهول': people protesting are a party uncounted too; a mere
    gathering or demand is not enough ('هجوم على تجمع للمواطنين')."""
    rules = _generic()
    if name not in rules["becomes"]:
        return False
    around = _clause(toks, first, stop, rules["before"], rules["protest_after"])
    words = (rules["protest"] | rules["riot"]) - rules["gathering"]
    return any(t.forms() & words for t in around)


def _vaguely_counted(toks: list[Tok], first: int) -> bool:
    """'اعتقلوا عدداً من الشبان'، 'بعض الأطفال': a vague quantifier counts the group too."""
    k = first - 1
    if k >= 0 and toks[first].joined and toks[k].norm == "من":
        k -= 1
        if k < 0 or not toks[k + 1].joined:
            return False
    return k >= 0 and toks[k + 1].joined and bool(toks[k].forms() & _vague_quantifiers())


@cache
def _sub_count() -> tuple[frozenset[str], int]:
    raw = _data.rules("actors").get("counted", {})
    return frozenset(fold(w) for w in raw.get("sub_count_words", [])), int(
        raw.get("sub_count_window", 0)
    )


@cache
def _toll_civilians() -> tuple[frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("counted", {}).get("toll_civilians", {})
    return (
        frozenset(fold(w) for w in raw.get("nouns", [])),
        frozenset(fold(w) for w in raw.get("totals", [])),
        int(raw.get("window", 8)),
    )


def _civilians_of_a_toll(toks: list[Tok], first: int, text: str) -> bool:
    """'مقتل 64 شخصاً منذ بدء المواجهات، بينهم 21 مدنياً': civilians inside a toll of no
    single party are the civilians' mention, not a sub-count of a group already named; the
    toll may stand past a comma and up to 'window' words before ('سقوط 42 قتيلاً في محافظة
    درعا منذ مطلع تموز/يوليو، بينهم 16 مدنياً'), not past the sentence's end."""
    nouns, totals, window = _toll_civilians()
    return bool(toks[first].forms() & nouns) and word_before(text, toks, first, totals, window)


def _counted_party(
    toks: list[Tok],
    first: int,
    stop: int,
    start: int,
    end: int,
    counted: list[tuple[int, int]],
    text: str,
) -> bool:
    """A noun of persons counted by a figure, not a sub-count of a group named before it
    (بينهم خمسة أطفال) and not the head of a force's name (عشرات من رجال الأمن)."""
    if not _is_counted(toks, first, stop, start, end, counted) and not _vaguely_counted(
        toks, first
    ):
        return False
    words, window = _sub_count()
    k, sub = first, False
    while k > 0 and toks[k].joined and first - k < window and not sub:
        k -= 1
        sub = bool(toks[k].forms() & words) and not _between_places(toks, k)
    if sub and not _civilians_of_a_toll(toks, first, text):
        return False
    if stop < len(toks) and toks[stop].joined:
        after = name_index().match(toks, stop)
        payloads = after.payloads if after is not None else ()
        own = after is not None and after.start == toks[stop].start  # not 'مدنياً بغارات للتحالف'
        if own and any(_names_force(p) for p in payloads):
            return False
    return True


def _between_places(toks: list[Tok], k: int) -> bool:
    """'الحاجز الواقع بين مضايا وبلودان': 'بين' before an indefinite word (a place, a name)
    locates; a sub-count reads 'من بين القتلى', 'بين المصابين'."""
    if toks[k].norm not in _word_class("between"):
        return False
    if k > 0 and toks[k].joined and toks[k - 1].norm == "من":
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].joined else None
    return nxt is not None and not nxt.norm.startswith("ال")


def _addressed(toks: list[Tok], first: int) -> bool:
    """'مطالبين قوات الأندوف بالتدخل': the actor a demand is addressed to is no party."""
    if first == 0 or not toks[first].joined:
        return False
    return bool(toks[first - 1].forms() & _generic()["addressee"])


def _one_of_them_speaking(toks: list[Tok], first: int) -> bool:
    """'وقال أحد المحتجين للتنسيقية'، 'وقال أحد السكان': one of a group quoted is the claim's
    source, not a party to the event."""
    if first < 2 or not toks[first].joined or not toks[first - 1].joined:
        return False
    if toks[first - 1].norm not in _word_class("one_of"):
        return False
    return bool(toks[first - 2].forms() & speaker_offices()[1])


def _protest_reported(toks: list[Tok]) -> bool:
    """The text reports a protest (a generic protest word anywhere): its protesters are a
    party at every mention, also one of them quoted (actor convention 28)."""
    words = _generic()["protest"]
    return any(t.forms() & words for t in toks)


def _names_actor(toks: list[Tok], name: str) -> bool:
    """The text names the actor by one of its own aliases ('قوى الأمن الداخلي (الأسايش)'):
    an alias with an ``elsewhere`` force then means the named one wherever the text is."""
    for hit in name_index().scan(toks):
        kind, n = hit.payloads[0]
        if kind == "actor" and _data.actors()[n]["name"] == name:
            return True
    return False


def _names_force_name(name: str) -> bool:
    """An actor name of a force (no civilians, prisoners, protesters or rioters)."""
    return name not in _generic()["actors"] and _inter(name) not in ("Protesters", "Rioters")


def _names_force(payload: tuple[str, int]) -> bool:
    """A named actor (not a common noun of people) or a regional alias."""
    kind, n = payload
    if kind == "regional":
        return True
    return kind == "actor" and _data.actors()[n]["name"] not in _generic()["actors"]


def _in_region(
    rule: dict[str, Any], places: list[Suggestion], published: date | None, text: str, at: int
) -> bool:
    """A gazetteer place named in the alias's paragraph or the one before (the whole text
    when those name none) lies in one of the rule's regions (district or governorate), held
    by then: a Daraa report that mentions Sweida's protests further down does not make
    Daraa's local factions Sweida's Druze militias."""
    known = [p for p in places if p.kind == "place" and not p.extra.get("new")]
    start, end = _paragraphs_around(text, at)
    near = [p for p in known if start <= p.start < end]
    for place in near or known:
        names = {place.value, place.extra.get("admin1"), place.extra.get("admin2")}
        names |= {alt.get("name_en") for alt in place.extra.get("alternatives", [])}
        for region, since in rule["regions"].items():
            if region in names and (published is None or published >= date.fromisoformat(since)):
                return True
    return False


def _paragraphs_around(text: str, at: int) -> tuple[int, int]:
    """The span of the non-empty line holding ``at`` and of the non-empty line before it."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    here = next((k for k, (a, b) in enumerate(spans) if a <= at <= b), len(spans) - 1)
    if here < 0:
        return 0, len(text)
    return spans[max(here - 1, 0)][0], spans[here][1]


def _describe(payload: tuple[str, int]) -> tuple[str, str, dict[str, Any]]:
    kind, n = payload
    if kind == "counted":
        name = counted_forms()[n][0]
        return "actor", name, {"inter": _inter(name), "counted": True}
    if kind == "persons":
        name = persons_rule()["actor"]
        return "actor", name, {"inter": _inter(name), "counted": True}
    if kind == "elsewhere":
        name = regional_rules()[n]["elsewhere"]
        return "actor", name, {"inter": _inter(name), "regional": True}
    if kind == "regional":
        name = regional_rules()[n]["actor"]
        return "actor", name, {"inter": _inter(name), "regional": True}
    if kind == "actor":
        actor = _data.actors()[n]
        return "actor", actor["name"], {"inter": actor.get("inter")}
    source = _data.sources()[n]
    return "source", source["name_en"], {"scale": source.get("scale")}


@cache
def _inters() -> dict[str, str | None]:
    return {a["name"]: a.get("inter") for a in _data.actors()}


def _inter(name: str) -> str | None:
    return _inters().get(name)


@cache
def _generic() -> dict[str, Any]:
    raw = _data.rules("actors")["generic"]
    return {
        "actors": frozenset(raw["actors"]),
        "before": int(raw["window_before"]),
        "after": int(raw["window_after"]),
        "events": frozenset(fold(w) for w in raw["event_words"]),
        "protest": frozenset(fold(w) for w in raw["protest_words"]),
        "protest_actor": raw["protest_actor"],
        "celebration": frozenset(fold(w) for w in raw.get("celebration_words", [])),
        "attack": frozenset(fold(w) for w in raw.get("attack_words", [])),
        "protest_after": int(raw.get("protest_window_after", raw["window_after"])),
        "riot": frozenset(fold(w) for w in raw.get("riot_words", [])),
        "gathering": frozenset(fold(w) for w in raw.get("gathering_words", [])),
        "went_out": frozenset(fold(w) for w in raw.get("went_out_words", [])),
        "sentence_window": int(raw.get("went_out_sentence_window", 0)),
        "went_out_to": frozenset(fold(w) for w in raw.get("went_out_to_words", [])),
        "back_refs": frozenset(fold(w) for w in raw.get("went_out_back_refs", [])),
        "riot_actor": raw.get("riot_actor", raw["protest_actor"]),
        "displacement": frozenset(fold(w) for w in raw.get("displacement_words", [])),
        "dead": frozenset(fold(w) for w in raw.get("dead_words", [])),
        "fire": frozenset(fold(w) for w in raw.get("fire_words", [])),
        "fire_aims": frozenset(fold(w) for w in raw.get("fire_aims", [])),
        "protest_inter": _inter(raw["protest_actor"]),
        "becomes": frozenset(raw["becomes_protesters"]),
        "not_before": frozenset(fold(w) for w in raw["not_party_before"]),
        "demand": frozenset(fold(w) for w in raw.get("demand_words", [])),
        "demand_window": int(raw.get("demand_window", 0)),
        "addressee": frozenset(fold(w) for w in raw.get("addressee_words", [])),
        "took_part": frozenset(fold(w) for w in raw.get("took_part_words", [])),
        "took_part_window": int(raw.get("took_part_window", 0)),
        "took_part_before": int(raw.get("took_part_before", 0)),
        "victims_only": frozenset(fold(w) for w in raw.get("victims_only", [])),
        "denials": frozenset(fold(w) for w in raw.get("denial_words", [])),
    }


def _victims_only(toks: list[Tok], hit: Any) -> bool:
    """A noun that names people by what was done to them ('المخطوفين', 'المختطفون':
    ``generic.victims_only``) names victims, never protesters: a protest word near it is
    someone else's ('الخاطفين طالبوا بفدية')."""
    return any(toks[k].forms() & _generic()["victims_only"] for k in range(hit.first, hit.stop))


@cache
def _operation_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("actors").get("operation_words", []))


@cache
def _naming_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("actors").get("naming_words", []))


def _operation_name(text: str, toks: list[Tok], first: int) -> bool:
    """'عملية "ردع العدوان"': the alias names an operation, not the force running it (also
    when the operation word is the alias's own first word); so does a quoted alias after
    'اسم' ('تحت اسم "ردع العدوان"', not 'المتحدث باسم إدارة العمليات')."""
    gap = text[toks[first - 1].end : toks[first].start] if first > 0 else ""
    before = (
        first > 0
        and bool(toks[first - 1].forms() & _operation_words())
        and not toks[first - 1].norm.startswith("ال")  # 'وشاركت في المعركة "جبهة ثوار سوريا"'
        # 'معركة جبهة ثوار سوريا مع النصرة': a group's name with its head, unquoted, is the
        # battle's party, not its name
        and (any(q in gap for q in _QUOTES) or not toks[first].forms() & _word_class("group_heads"))
    )
    if first > 0 and toks[first - 1].forms() & _naming_words():
        # 'يطلق على نفسه اسم "جيش الفتح"', 'الذي كان يعرف باسم "مغاوير الثورة"': its own name
        own = first > 1 and toks[first - 2].norm in _word_class("itself")
        # 'المتحدث باسم "مغاوير الثورة"': the group a spokesman speaks for, no operation
        spoken = first > 1 and bool(toks[first - 2].forms() & _word_class("spokesmen"))
        # 'المتحدث العسكري باسم "الجبهة الشامية"', 'المتحدث الرسمي باسم': a title between
        spoken = spoken or (
            first > 2
            and toks[first - 2].norm in _word_class("spokesmen_titles")
            and bool(toks[first - 3].forms() & _word_class("spokesmen"))
        )
        before = before or (any(q in gap for q in _QUOTES) and not own and not spoken)
    return before or bool(toks[first].forms() & _operation_words())


def _office_speaking(
    text: str, toks: list[Tok], first: int, words: tuple[str, ...], end: int, stop: int = -1
) -> bool:
    """'قالت وزارة الدفاع التركية إن'، 'وزارة الدفاع السورية: مقتل عنصرين': an office quoted as
    the speaker is the claim's source, not a party (the labelling convention); the same office
    acting ('حاصرت وحدات من وزارة الدفاع السورية المنطقة') still is."""
    heads, cues, links = speaker_offices()
    if not words or words[0] not in heads:
        return False
    for back in (1, 2):  # 'قالت وزارة'، 'أي تعليق من وزارة'، 'متحدث باسم وزارة'
        k = first - back
        if k < 0 or not toks[k + 1].joined:
            break
        if toks[k].forms() & cues:
            return True
        if toks[k].norm not in links:
            break
    if 0 <= stop < len(toks) and _speaks_after(toks, stop):
        return True  # 'وكانت وزارة الدفاع التركية قد أعلنت', 'أما وزارة الدفاع الروسية فأعلنت'
    return text[end : end + 3].lstrip(" \t").startswith(":")


def _speaks_after(toks: list[Tok], k: int) -> bool:
    """A verb of speech right after the office (perhaps after 'قد' or with ف): its subject."""
    verbs, between = speaking_after()
    if k < len(toks) and toks[k].joined and toks[k].norm in between:
        k += 1
    return k < len(toks) and toks[k].joined and bool(toks[k].forms() & verbs)


_QUOTES = "\"'“”«»‘’„"
_NAME_DASHES = "-–—"


def _clause(toks: list[Tok], first: int, stop: int, before: int, after: int) -> list[Tok]:
    """Up to ``before`` tokens before and ``after`` tokens after, without crossing
    punctuation (a token not ``joined`` to the one before starts a new clause)."""
    out: list[Tok] = []
    k = first
    while k > 0 and toks[k].joined and first - k < before:
        k -= 1
        out.append(toks[k])
    k = stop
    while k < len(toks) and toks[k].joined and k - stop < after:
        out.append(toks[k])
        k += 1
    return out


def _as_party(
    toks: list[Tok], first: int, stop: int, counted: bool, name: str, persons: bool = False
) -> tuple[str, bool] | None:
    """(actor name, protest?) when a generic mention is a party to an event, else None.

    ``persons``: a counted noun of persons (عشرات الشبان), whose protest or riot words may
    stand further on in the clause (ما دفع عشرات الشبان إلى قطع الطرقات ... احتجاجاً)."""
    rules = _generic()
    if first > 0 and toks[first].joined and toks[first - 1].forms() & rules["not_before"]:
        return None
    if _demanded(toks, first, rules["demand"], rules["demand_window"]):
        return None
    around = _clause(toks, first, stop, rules["before"], rules["after"])
    words = set().union(*(t.forms() for t in around)) if around else set()
    wide_after = rules["protest_after"] if persons else rules["after"]
    wide = _clause(toks, first, stop, rules["before"], wide_after)
    wide_words = set().union(*(_act_stems(t) for t in wide)) if wide else set()
    if wide_words & rules["went_out"] and _went_out_from(toks, first, stop, wide_after):
        wide_words -= rules["went_out"]  # 'النازحين الذين خرجوا من بلدات الغوطة': they left
    further = _clause(toks, first, stop, 0, rules["protest_after"])
    no_protest = any(t.forms() & rules["celebration"] for t in further)
    _, arrests, _, _ = _arrested_rule()
    leading = _clause(toks, first, first, _ARREST_BEFORE, 0)
    if any(t.forms() & arrests for t in leading):
        no_protest = True  # 'اعتقلت 40 طالباً ... بعد مظاهرة': the arrested are civilians
    attacked = leading[_SUBJECT_WORDS:]
    attacked_words = set().union(*(t.forms() for t in attacked)) if attacked else set()
    aimed_at = _gathering_attacked(toks, attacked, attacked_words, rules) and not any(
        t.forms() & rules["denials"] for t in _clause(toks, first, first, 2 * _ARREST_BEFORE, 0)
    )  # not 'ننفي ما تروجه وسائل إعلام النظام عن استهداف قواتنا ... للمدنيين'
    if aimed_at:
        # 'استهداف طائرة مسيرة تركية قافلة من المدنيين ... للمشاركة في اعتصام': the attacked
        # are no marchers; not 'هاجم عشرات الشبان': an attack right before is their own act
        no_protest = True
    if name in rules["becomes"] and wide_words & rules["riot"] and not no_protest:
        return rules["riot_actor"], True
    protest = wide_words & rules["protest"]
    if wide_words >= _word_class("drone_words") or (
        wide_words & _word_class("aircraft_words") and wide_words & _word_class("drone_words")
    ):
        protest -= _word_class("drone_not_protest")  # 'بطائرة مسيرة': a drone, no march
    if protest <= rules["gathering"] and _gathering_attacked(toks, wide, wide_words, rules):
        protest = set()  # 'استهداف بطائرة مسيرة لتجمع للأهالي': a gathering attacked
    drones = _word_class("drone_not_protest")
    if protest and protest <= drones and (wide_words - drones) & rules["attack"]:
        protest = set()  # 'القتلى المدنيين بضربات المسيّرات التركية': drones that strike
    if name in rules["becomes"] and protest and not no_protest:
        return rules["protest_actor"], True
    harm = words & rules["events"]
    fled = name in rules["becomes"] and words & rules["displacement"]
    if fled and not harm - rules["displacement"] and not words & rules["dead"]:
        return None  # people who fled are no party; not 'جثث خمسة مدنيين كانوا عالقين'
    if counted or harm or aimed_at:
        return name, False
    return None


def _gathering_attacked(
    toks: list[Tok], near: list[Tok], words: set[str], rules: dict[str, Any]
) -> bool:
    """An attack word in ``words`` (of ``near``: the clause of a gathering, 'استهداف بطائرة
    مسيرة لتجمع للأهالي', or the words before persons); fire alone ('fire_words') only aimed,
    one of 'fire_aims' within two words after it ('أطلق مسلحون النار على تجمع للأهالي'): fire
    in the air or to disperse ('أطلقت قوات الأمن الرصاص في الهواء لتفريقهم') meets a protest."""
    hits = words & rules["attack"]
    if hits - rules["fire"]:
        return True
    for t in near:
        if t.forms() & rules["fire"]:
            k = index_from(toks, t.start)
            if k is not None and any(
                u.joined and u.norm in rules["fire_aims"] for u in toks[k + 1 : k + 3]
            ):
                return True
    return False


_ARREST_BEFORE = 6  # words before a noun of persons where its arrest is read
_SUBJECT_WORDS = 2  # words right before a noun (or its count) whose verb it is the subject of


_ON = fold("على")


@cache
def _attacked_rule() -> tuple[frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("generic", {}).get("attacked_on", {})
    return (
        frozenset(fold(w) for w in raw.get("groups", [])),
        frozenset(fold(w) for w in raw.get("attacks", [])),
        int(raw.get("window", 0)),
    )


def _attacked_on(text: str, toks: list[Tok], first: int) -> bool:
    """'هجوم نفذه عناصر من خلايا التنظيم على مجموعة من جامعي الكمأة': people after 'على' (and a
    word of a group and 'من' between) that an attack word earlier in the sentence aims at are
    its party, however far the attack word stands (the clause's window reads only a few)."""
    groups, attacks, window = _attacked_rule()
    k = first - 1
    if k >= 1 and toks[k].norm == "من" and toks[k - 1].forms() & groups:
        k -= 2
    if k < 0 or toks[k].norm != _ON or not toks[k + 1].joined:
        return False
    opened = text[full_stop_before(text, toks[first].start) + 1 : toks[first].start]
    if opened.count('"') % 2 or opened.count("«") > opened.count("»"):
        return False  # 'إن ما جرى "اعتداء سافر على الأهالي"': a speaker's words for it
    return any(toks[m].forms() & attacks for m in sentence_tokens(text, toks, k, -1, window))


def _went_out_from(toks: list[Tok], first: int, stop: int, after: int) -> bool:
    """A word of going out right before 'من' after the noun, in its clause, and no other
    protest word there: 'خرجوا من بلدات الغوطة' tells people leaving a place, no protest."""
    rules = _generic()
    went = False
    k = stop
    while k < len(toks) and toks[k].joined and k - stop < after:
        forms = toks[k].forms()
        if forms & rules["went_out"]:
            if not (k + 1 < len(toks) and toks[k + 1].joined and toks[k + 1].norm == "من"):
                return False
            went = True
        elif forms & rules["protest"]:
            return False
        k += 1
    return went


def _act_stems(tok: Tok) -> set[str]:
    """The token's stems as a word of action: 'التجمع' with the article is an organisation
    ('مكتب التوثيق في التجمع', the Horan Gathering), not people gathering."""
    gathering = _generic()["gathering"]
    if tok.norm.startswith("ال") and {s for _, s, a in tok.readings if a} & gathering:
        return tok.forms() - gathering
    return tok.forms()


def _is_counted(
    toks: list[Tok], first: int, stop: int, start: int, end: int, counted: list[tuple[int, int]]
) -> bool:
    """A figure counts the group: over it (خمسة مدنيين), before it with من (شابين من أبناء
    مدينة، مقتل 3 من المدنيين), or right after it (من بين المعتقلين أربعة عسكريين)."""

    def figure_at(a: int, b: int) -> bool:
        return any(x < b and a < y for x, y in counted)

    if figure_at(start, end):
        return True
    if first >= 2 and toks[first].joined and toks[first - 1].joined:
        before = toks[first - 2]
        if toks[first - 1].norm == "من" and figure_at(before.start, before.end):
            return True
    return stop < len(toks) and toks[stop].joined and figure_at(toks[stop].start, toks[stop].end)


def _demanded(toks: list[Tok], first: int, words: frozenset[str], window: int) -> bool:
    """'مطالبين بالإفراج عن المعتقلين': a demand word earlier in the clause makes the group
    the object of a demand, not a party to the reported event. Right before the noun the
    word is its verb ('وطالب الأهالي': the residents demand, they are a party)."""
    before = _clause(toks, first, first, window, 0)[1:]
    return any(t.forms() & words for t in before)


@cache
def _succession() -> tuple[date, dict[str, str], frozenset[tuple[str, ...]]]:
    raw = _data.rules("actors")["succession"]
    keep = frozenset(tuple(fold(a).split()) for a in raw["keep"])
    return date.fromisoformat(raw["from"]), dict(raw["actors"]), keep


@cache
def _predecessors() -> tuple[date | None, dict[str, str]]:
    raw = _data.rules("actors").get("predecessors")
    if not raw:
        return None, {}
    return date.fromisoformat(raw["before"]), dict(raw["actors"])


@cache
def _periods() -> dict[str, tuple[date, str]]:
    """Actors that did not exist before a day: (that day, the actor meant before it)."""
    rules = _data.rules("actors").get("periods", {}).get("rules", [])
    return {r["actor"]: (date.fromisoformat(r["from"]), r["before"]) for r in rules}


def _successor(name: str, words: tuple[str, ...], published: date | None) -> str:
    """The actor a 2025 text means by 'الجيش السوري': the new state's forces; and the one
    a 2024 Idlib text means by 'جهاز الأمن العام': HTS's own security service."""
    if published is None:
        return name
    earlier = _periods().get(name)
    if earlier is not None and published < earlier[0]:
        return earlier[1]
    until, predecessors = _predecessors()
    if until is not None and published < until and name in predecessors:
        return predecessors[name]
    since, successors, keep = _succession()
    if published < since or name not in successors or words in keep:
        return name
    return successors[name]


def find_actors(
    text: str,
    toks: list[Tok] | None = None,
    counted: list[tuple[int, int]] | None = None,
    published: date | None = None,
    places: list[Suggestion] | None = None,
    figures: list[Suggestion] | None = None,
) -> list[Suggestion]:
    """Actor and source mentions, left to right, non-overlapping.

    ``counted`` are the spans of figures (a generic noun a figure counts is a party);
    computed here when not given. ``published``: the state forces of a text published
    after the change of government are the new state's (resources/suggest/actors.json).
    ``places``: the text's place suggestions, for the aliases whose force depends on the
    region; computed here when not given. ``figures``: the text's figures, for members
    counted by one ('14 عنصراً من قوات النظام'); computed here when not given.
    """
    toks = tokens(text) if toks is None else toks
    if figures is None:
        from reviewer.suggest.figures import find_figures

        figures = find_figures(text, toks)
    if counted is None:
        counted = [(s.start, s.end) for s in figures]
    generic = _generic()["actors"]
    out: list[Suggestion] = []
    quoted = joined_across_quotes(text, toks, _QUOTES, " \t\u00a0")  # 'فرقة "الحمزة"'
    # 'الجبهة الشعبية – القيادة العامة': a name's parts joined by a dash are one name; only the
    # list's scan reads through it (a dash still ends a clause for every other rule)
    dashed = joined_across_quotes(text, quoted, _NAME_DASHES, " \t\u00a0")
    for hit in _named_over_generic(quoted, name_index().scan(dashed)):
        payload = hit.payloads[0]
        regional = next((p for p in hit.payloads[1:] if p[0] == "regional"), None)
        if payload[0] != "regional" and regional is not None:
            # 'الشرطة المدنية': a list alias of one force that a regional rule gives to another
            # force in its region (the SNA's police in the Turkish-held north)
            if places is None:
                from reviewer.suggest.places import find_places

                places = find_places(text, toks)
            if _in_region(regional_rules()[regional[1]], places, published, text, hit.start):
                payload = regional
        if payload[0] == "regional":
            if places is None:
                from reviewer.suggest.places import find_places

                places = find_places(text, toks)
            rule = regional_rules()[payload[1]]
            named = "elsewhere" in rule and _names_actor(toks, rule["actor"])
            if not named and not _in_region(rule, places, published, text, hit.start):
                if "elsewhere" not in rule:
                    continue
                payload = ("elsewhere", payload[1])
        if payload[0] == "counted" and not _persons_party(toks, hit, payload[1], counted, text):
            continue
        persons_actor = None
        if payload[0] == "persons":
            persons_actor = _persons_counted_party(text, quoted, hit, counted, out)
            if persons_actor is None:
                continue
        kind, name, extra = _describe(payload)
        speaking = _one_of_them_speaking(toks, hit.first)
        if speaking and name == _generic()["protest_actor"] and _protest_reported(toks):
            speaking = False  # 'قال أحد المحتجين' of a protest told: convention 28
        if kind == "actor" and (speaking or _addressed(toks, hit.first)):
            continue
        if persons_actor is not None and persons_actor != name:
            name, extra = persons_actor, {"inter": _inter(persons_actor), "counted": True}
        if kind == "actor" and _operation_name(text, toks, hit.first):
            continue
        if kind == "actor" and named_maker(toks, hit.stop - 1):
            continue  # 'بطائرة مسيرة تركية الصنع': who made it, not who flew it
        if kind == "actor" and _office_speaking(
            text, toks, hit.first, hit.words, hit.end, hit.stop
        ):
            continue
        if kind == "actor":
            successor = _successor(name, hit.words, published)
            if successor != name:
                name, extra = successor, {"inter": _inter(successor), "successor_of": name}
        if kind == "actor" and name in generic and _origin_only(toks, hit):
            continue
        if kind == "actor" and name in generic:
            is_counted = payload[0] in ("counted", "persons") or _is_counted(
                toks, hit.first, hit.stop, hit.start, hit.end, counted
            )
            persons = payload[0] == "counted" or is_counted  # 'العشرات من سكان X خرجوا في وقفة'
            party = (
                (name, False)
                if payload[0] == "persons"  # arrested or injured, whatever the clause's words
                else _as_party(toks, hit.first, hit.stop, is_counted, name, persons)
            )
            if party is None and _arrested_again(toks, hit, name):
                party = name, False
            if party is None and _attacked_on(text, toks, hit.first):
                party = name, False  # 'هجوم نفذه عناصر التنظيم على مجموعة من جامعي الكمأة'
            if (
                party is not None
                and not party[1]
                and name in _generic()["becomes"]
                and _went_out_to_protest(text, toks, hit)
            ):
                party = _generic()["protest_actor"], True
            if party is not None and party[1] and _victims_only(toks, hit):
                party = None  # 'عائلة أحد المخطوفين ... طالبوا بفدية': the abducted march nowhere
            if party is None:
                continue
            if not party[1] and name == "Prisoners (Syria)" and _arrested(toks, hit):
                name, extra = "Civilians (Syria)", {"inter": _inter("Civilians (Syria)")}
            if party[1]:
                name, extra = party[0], {"inter": _inter(party[0]), "protest": True}
        others = [_describe(p)[1] for p in hit.payloads[1:]]
        if others:
            extra["alternatives"] = others
        out.append(Suggestion(kind, hit.start, hit.end, text[hit.start : hit.end], name, extra))
    found = _with_shared_heads(text, quoted, _with_dual_heads(text, quoted, out))
    found = _with_ideological_names(text, toks, found)
    found = _with_nationality_means(
        text, toks, _with_singular_victims(text, toks, found, counted), published
    )
    found = _with_fighter_nisbas(text, toks, found)
    found = _with_bare_names(text, toks, found, published)
    found = _with_short_names(text, toks, found)
    found = _with_owned_means(text, toks, found)
    found = _with_numbered_units(text, toks, found, published)
    found = _with_acting_ministries(text, quoted, found, published)
    found = _with_blamed_states(text, quoted, found)
    found = _with_allies(text, found)
    found = _with_sponsored_groups(text, found, published)
    found = _with_counted_members(text, quoted, found, figures, published)
    found = _with_epithet_counts(text, quoted, found, figures)
    found = _with_headline_counts(text, found, figures)
    found = _with_counted_victims(text, quoted, found, figures)
    found = _with_tribal_gunmen(text, quoted, found, figures)  # after 'N آخرين' (sets 5, 6)
    found = _with_property_owners(text, quoted, found)
    found = _with_defecting_groups(text, quoted, found)
    found = _with_harmed_persons(text, quoted, found, counted)
    dropped = not_party_persons(text, quoted, found, figures)  # mines, hunger, denials
    dropped = [*dropped, *former_groups(text, found)]  # 'قيادياً سابقاً في فصائل المعارضة'
    found = [s for s in found if s not in dropped] if dropped else found
    return _dated(_with_fighting_tribesmen(text, quoted, found), published)


def _merged(found: list[Suggestion], more: list[Suggestion]) -> list[Suggestion]:
    """``found`` with ``more`` added, in text order (the sort is stable: at one start the
    found come first); ``found`` itself where nothing is added."""
    return sorted([*found, *more], key=lambda s: s.start) if more else found


def _span_actor(text: str, a: int, b: int, name: str, rule: str) -> Suggestion:
    """The actor suggestion a span rule found (``rule`` flags it in the extras, as the
    other suggestions carry theirs: 'allies', 'blamed', 'sponsored' ...)."""
    return Suggestion("actor", a, b, text[a:b], name, {"inter": _inter(name), rule: True})


def _with_allies(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """'هيئة تحرير الشام وفصائل متحالفة معها': unnamed allies joined to a found group are its
    side's category (allies.py, actor convention 24)."""
    spans = ally_spans(text, found)
    if not spans:
        return found
    out = [s for s in found if not any(s in replaced for *_, replaced in spans)]
    return _merged(out, [_span_actor(text, a, b, name, "allies") for a, b, name, _ in spans])


def _with_blamed_states(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'وحمّلت النظام وروسيا مسؤولية الحوادث': a state blamed for a harm (blamed_states.py)."""
    more = [
        _span_actor(text, a, b, name, "blamed")
        for a, b, name in [*blamed_state_spans(toks, found), *behind_spans(toks, found)]
    ]
    return _merged(found, more)


def _with_sponsored_groups(
    text: str, found: list[Suggestion], published: date | None = None
) -> list[Suggestion]:
    """'ميليشيات محلية مدعومة من إيران': a group named by its patron is the patron's category;
    'خلايا مرتبطة بالنظام' the old government's by the text's date (sponsored_groups.py)."""
    spans = sponsored_group_spans(text, found, published)
    if not spans:
        return found
    out = [s for s in found if not any(s in replaced for *_, replaced in spans)]
    more = [_span_actor(text, a, b, name, "sponsored") for a, b, name, _ in spans]
    return _merged(out, more)


def _with_epithet_counts(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[Suggestion]:
    """'مرتزقة داعش' ... 'قتلوا 23 مرتزقاً': a count of the epithet is the group the text fused
    it with (epithet_counts.py, actor convention 22)."""
    more = [
        Suggestion("actor", a, b, text[a:b], g.value, {**g.extra, "members": True})
        for a, b, g in epithet_count_spans(text, toks, found, figures)
    ]
    return _merged(found, more)


def _with_tribal_gunmen(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[Suggestion]:
    """'أعلنت قسد مقتل 25 مسلحاً' in an article of the tribes' fighting: the tribal militia's
    counted members (tribal_gunmen.py, actor convention 21)."""
    more = [
        Suggestion(
            "actor", a, b, text[a:b], g.value, {"inter": _inter(str(g.value)), "members": True}
        )
        for a, b, g in tribal_gunmen_spans(text, toks, found, figures)
    ]
    if more:  # the tribal militia's count replaces one given to a group named by its patron
        found = [
            s
            for s in found
            if not (patrons_count(s) and any(m.start < s.end and s.start < m.end for m in more))
        ]
    return _merged(found, more)


def _with_headline_counts(
    text: str, found: list[Suggestion], figures: list[Suggestion]
) -> list[Suggestion]:
    """'مقتل ثلاثة مقاتلين بغارة مسيّرة' over 'قُتل ثلاثة مقاتلين من الميليشيات الموالية لإيران':
    a headline repeats the body's count in the same words before the body names whose they
    are; the headline's count is a mention of the group the body's count of members is
    (actor conventions 1 and 5)."""
    cut = text.find("\n")
    if cut <= 0:
        return found
    actors = [s for s in found if s.kind == "actor"]
    more: list[Suggestion] = []
    for s in actors:
        if not s.extra.get("members") or s.start <= cut:
            continue
        count = next((f for f in figures if f.start == s.start and f.end <= s.end), None)
        if count is None:
            continue
        words = text[count.start : count.end]
        at = text.find(words, 0, cut)
        if at < 0 or text.find(words, at + 1, cut) >= 0:
            continue
        end = at + len(words)
        if text[end:cut].split(maxsplit=1)[:1] == ["من"]:
            continue  # 'واغتيال عنصرين من مجموعة محلية': the headline names its own group
        if any(x.start < end and at < x.end for x in [*actors, *more]):
            continue
        more.append(Suggestion("actor", at, end, words, s.value, {**s.extra, "headline": True}))
    return _merged(found, more)


def _with_defecting_groups(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'وانشقاق مجموعة من الجنود': a group of soldiers that defects is the army it leaves
    (counted_members.defecting_group_spans, actor convention 16); read after the victims' rules,
    a defection being no toll's party."""
    more = [
        Suggestion("actor", a, b, text[a:b], army.value, {**army.extra, "members": True})
        for a, b, army in defecting_group_spans(toks, found)
    ]
    return _merged(found, more)


def _with_fighting_tribesmen(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[Suggestion]:
    """'تمكن أبناء العشائر من طرد الميليشيات': tribesmen who fight; 'وجهاء من عشيرة البكير':
    a tribe named as where its notables come from is no party (tribesmen.py)."""
    notables = tribe_named_as_origin(text, toks, found)
    again = tribe_named_again(text, toks, found)
    found = [s for s in found if s not in notables]
    listed = listed_tribes(text, toks, found)
    spans = fighting_tribesmen(text, toks, found)
    if not spans and not listed and not again:
        return found
    out = list(found)
    for a, b, name, civilians in again:  # 'سبعة من أبناء العشيرة قتلوا'
        out = [s for s in out if s not in civilians]
        out.append(Suggestion("actor", a, b, text[a:b], name, {"inter": _inter(name)}))
    for a, b, name in listed:  # 'وعشائر البكير والشعيطات والبوكامل'
        out.append(_span_actor(text, a, b, name, "listed"))
    for a, b, name, replaced in spans:
        if replaced is not None:
            out.remove(replaced)
        extra = {"inter": _inter(name), "tribesmen": True}
        out.append(Suggestion("actor", a, b, text[a:b], name, extra))
    return sorted(out, key=lambda s: s.start)


def _with_counted_members(
    text: str,
    toks: list[Tok],
    found: list[Suggestion],
    figures: list[Suggestion],
    published: date | None = None,
) -> list[Suggestion]:
    """'14 عنصراً من قوات النظام'، 'مقتل عنصرين' after 'حاجز لقوات النظام': members counted by a
    figure are their group's mention where the text says whose they are (counted_members.py).
    A group named right after the count is one mention with it: its suggestion is widened
    over the count ('14 عنصراً من قوات النظام'); else the count is a suggestion of its own."""
    spans = counted_member_spans(text, toks, found, figures)
    if not spans:
        return found
    generic = counted_members.generic_names()
    out = [  # a cell's persons counted ('مؤلفة من أربعة أشخاص') are its members, not civilians
        s
        for s in found
        if not (
            s.kind == "actor"
            and s.value in generic
            and any(a <= s.start and s.end <= b for a, b, _ in spans)
        )
    ]
    since = date.fromisoformat(str(_data.rules("actors")["succession"]["from"]))
    for a, b, group in spans:
        extra = {**group.extra, "members": True}
        if extra.pop("undated_rebels", False) and (published is None or published >= since):
            continue  # 'من الفصائل' in 2025: the new state's factions, not the opposition
        if extra.pop("dated", False):  # a ministry's men: its state's forces of the day
            name = _successor(str(group.value), (), published)
            group = replace(group, value=name)
            extra["inter"] = _inter(name)
        if group.start >= b and group in out:
            wide = replace(group, start=a, text=text[a : group.end], extra=extra)
            out[out.index(group)] = wide
        else:
            out.append(Suggestion("actor", a, b, text[a:b], group.value, extra))
    return sorted(out, key=lambda s: s.start)


def _with_acting_ministries(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None
) -> list[Suggestion]:
    """'أرسلت وزارة الدفاع تعزيزات': a ministry that acts by force is its state's forces
    (acting_ministries.py); one that only speaks stays out."""
    more = []
    for a, b, name in acting_ministry_spans(toks, found):
        name = _successor(name, (), published)
        more.append(Suggestion("actor", a, b, text[a:b], name, {"inter": _inter(name)}))
    return _merged(found, more)


def _with_counted_victims(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[Suggestion]:
    """'74 قتيلاً في قصف بابا عمرو': persons a figure counts as killed or injured by a strike,
    shelling, bombing, massacre or gunfire are Civilians (counted_victims.py)."""
    more = [
        _span_actor(text, a, b, name, "victims")
        for a, b, name in counted_victim_spans(text, toks, found, figures)
    ]
    more += [  # 'اعتقلت 14 مطلوباً': wanted persons arrested (counted_victims_wanted.py)
        _span_actor(text, a, b, name, "arrested")
        for a, b, name in [
            *wanted_arrested_spans(text, toks, found, figures),
            *sons_arrested_spans(text, toks, found, figures),
            *bare_counts_arrested_spans(text, toks, found),
        ]
    ]
    found = _merged(found, more)
    more = [  # 'احتجزت نحو 200 رجل وشاب': any other count of persons arrested or abducted
        _span_actor(text, a, b, name, "arrested")
        for a, b, name in arrested_count_spans(text, toks, found, figures)
    ]
    found = _merged(found, more)
    others = [  # 'وإصابة خمسة آخرين': more of the first count's party (counted_victims_others.py)
        Suggestion("actor", a, b, text[a:b], first.value, {**first.extra, "others": True})
        for a, b, first in counted_others_spans(text, toks, found, figures)
    ]
    found = _merged(found, others)
    them = [  # 'إصابة ثلاثة منهم': the pronoun's generic party (counted_victims_of_them.py)
        Suggestion("actor", a, b, text[a:b], party.value, {**party.extra, "of_them": True})
        for a, b, party in counted_of_them_spans(text, toks, found)
    ]
    found = _merged(found, them)
    updated = [  # 'ارتفاع الحصيلة إلى 19 قتيلاً': the toll it updates (counted_victims_updates.py)
        Suggestion("actor", a, b, text[a:b], first.value, {**first.extra, "updated": True})
        for a, b, first in updated_toll_spans(toks, found, figures)
    ]
    return _merged(found, updated)


def _with_property_owners(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'صادروا هواتف عدد من الحاضرين': people whose property a force takes or destroys are
    Civilians (property_owners.py)."""
    more = [
        _span_actor(text, a, b, name, "owners")
        for a, b, name in property_owner_spans(text, toks, found)
    ]
    if not more:
        return found
    spans = {(s.start, s.end) for s in more}
    kept = [s for s in found if s.kind != "actor" or (s.start, s.end) not in spans]
    return sorted([*kept, *more], key=lambda s: s.start)


def _with_harmed_persons(
    text: str, toks: list[Tok], found: list[Suggestion], counted: list[tuple[int, int]]
) -> list[Suggestion]:
    """'مقتل لاجئة عراقية', 'إصابة والدتها': persons named by what they are, in the slot of
    a harm, are Civilians (harmed_persons.py)."""
    more = [
        _span_actor(text, a, b, name, "harmed")
        for a, b, name in harmed_person_spans(text, toks, found)
    ]
    return _merged(found, more)


@cache
def _families() -> dict[str, tuple[tuple[date, str], ...]]:
    """Actor name -> its family's (first day, name) periods, oldest first."""
    raw = _data.rules("actors").get("dated_families", {}).get("families", [])
    out: dict[str, tuple[tuple[date, str], ...]] = {}
    for family in raw:
        periods = tuple(sorted((date.fromisoformat(d), n) for d, n in family))
        out.update({n: periods for _, n in periods})
    return out


def _dated(found: list[Suggestion], published: date | None) -> list[Suggestion]:
    """'القوات الأمريكية' in a 2017 text: the forces of the administration of the day
    (``dated_families``: ACLED names US forces by presidency)."""
    if published is None:
        return found
    out = []
    for s in found:
        periods = _families().get(str(s.value)) if s.kind == "actor" else None
        if periods:
            name = periods[0][1]
            for since, period in periods:
                if published >= since:
                    name = period
            if name != s.value:
                s = replace(s, value=name, extra={**s.extra, "inter": _inter(name)})
        out.append(s)
    return out


def _with_numbered_units(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None
) -> list[Suggestion]:
    """'"اللواء 90" التابع لقوات النظام': a numbered unit is the force the text says it belongs
    to; 'وحدات من الفرقة 76' in 2025 the new army (numbered_units.py)."""
    spans = numbered_unit_spans(text, toks, found, published)
    return _merged(found, [_span_actor(text, a, b, name, "unit_of") for a, b, name in spans])


def _with_owned_means(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'الطيران الحربي التابع لروسيا': aircraft named by whom they belong to (owned_means.py)."""
    owned = owned_means(text, toks, found)
    if not owned:
        return found
    out = list(found)
    for means, end, actor, named in owned:
        out.remove(means)
        if named is not None:
            out.remove(named)
        extra = {"inter": _inter(actor), "owned": True}
        out.append(Suggestion("actor", means.start, end, text[means.start : end], actor, extra))
    return sorted(out, key=lambda s: s.start)


def _with_short_names(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'مقاتلي "الوطنية" و"العزة"': a group named again by one quoted word of its full name
    (short_names.py)."""
    more = [
        Suggestion(
            "actor", a, b, text[a:b], g.value, {"inter": g.extra.get("inter"), "short": True}
        )
        for a, b, g in short_name_spans(text, found, toks)
    ]
    return _merged(found, more)


def _with_bare_names(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None
) -> list[Suggestion]:
    """'بقصف للتحالف'، 'حواجز للنظام': a force by one everyday definite word (bare_names.py)."""
    more = []
    for a, b, name, dated in bare_name_spans(text, toks, found, published):
        name = _successor(name, (), published) if dated else name
        more.append(_span_actor(text, a, b, name, "bare"))
    return _merged(found, more)


def _with_fighter_nisbas(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'مقاتلان معارضان'، 'مسلح من العشائر': fighters by a side's adjective or group in any
    number and case (fighter_nisbas.py)."""
    more = [
        _span_actor(text, a, b, name, "fighters") for a, b, name in fighter_nisba_spans(toks, found)
    ]
    return _merged(found, more)


def _with_nationality_means(
    text: str, toks: list[Tok], found: list[Suggestion], published: date | None = None
) -> list[Suggestion]:
    """'غارة روسية'، 'آليات عسكرية إسرائيلية': a foreign force by its means of war and a
    nationality adjective; 'غارات سورية وروسية' also Syria's forces of the day
    (nationality_means.py)."""
    more = [
        _span_actor(text, a, b, _successor(name, (), published), "nationality")
        for a, b, name in nationality_means_spans(toks, found)
    ]
    return _merged(found, more)


def _named_over_generic(toks: list[Tok], hits: list[Any]) -> list[Any]:
    """'أبناء عشيرة البكارة': a generic alias ('أبناء عشيرة') whose words run into a named
    force's alias gives way to the force (the scan takes the longest match from the left)."""
    generic = _generic()["actors"]
    out: list[Any] = []
    for hit in hits:
        if out and hit.first < out[-1].stop:
            continue  # inside a force that took a generic alias's place
        kind, n = hit.payloads[0]
        if kind in ("counted", "persons") or (
            kind == "actor" and _data.actors()[n]["name"] in generic
        ):
            for k in range(hit.first + 1, hit.stop):
                inner = name_index().match(toks, k)
                if inner is not None and _names_force(inner.payloads[0]):
                    hit = inner
                    break
        out.append(hit)
    return out


def _with_singular_victims(
    text: str, toks: list[Tok], found: list[Suggestion], counted: list[tuple[int, int]]
) -> list[Suggestion]:
    """'مقتل ممرض ومسعف': victims named by one noun of their role (singular_victims.py), and
    'جثتي الشابين' after 'قتل شابين': victims named again (persons_again.py)."""
    spans = singular_victim_spans(text, toks, found)
    found = _without_former_groups(toks, found, spans)
    spans += named_again_spans(toks, found)
    crowds = crowd_spans(text, toks, found)
    name = "Civilians (Syria)"
    more = [_span_actor(text, a, b, name, "singular") for a, b in spans]
    protest = _generic()["protest_actor"]
    more += [_span_actor(text, a, b, protest, "protest") for a, b in crowds]
    found = _merged(found, more)
    marching = protest_person_spans(text, toks, found, counted)  # 'أزال شبان ... صور رأس النظام'
    return _merged(found, [_span_actor(text, a, b, protest, "marching") for a, b in marching])


def _without_former_groups(
    toks: list[Tok], found: list[Suggestion], spans: list[tuple[int, int]]
) -> list[Suggestion]:
    """'اغتال مسلحون مجهولون عنصراً سابقاً في فصائل المعارضة': the group a victim found once
    served in ('former' words, then 'في') is no mention of its own (actor convention 13)."""
    words = counted_members.former_words()
    drop = set()
    for _, b in spans:
        k = index_from(toks, b)
        if k is None or k + 2 >= len(toks) or not toks[k].forms() & words:
            continue
        if toks[k + 1].norm == "في" and toks[k + 1].joined and toks[k + 2].joined:
            drop.add(toks[k + 2].start)
    return [s for s in found if not (s.kind == "actor" and s.start in drop)]


@cache
def _ideology_rule() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("ideological_names", {})
    return frozenset(fold(w) for w in raw.get("nouns", [])), frozenset(raw.get("inter", []))


def _with_ideological_names(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[Suggestion]:
    """'شنّه جهاديون من تنظيم الدولة'، '17 من الجهاديين'، 'سيطر المتطرفون': a party named by
    its ideology is the rebel group named right after it with من, else the nearest one named
    before it in its sentence or the one before; with none it is an epithet and left out."""
    nouns, inters = _ideology_rule()
    groups = [s for s in found if s.kind == "actor" and s.extra.get("inter") in inters]
    if not nouns or not groups:
        return found
    ends: list[int] = []
    for k, ch in enumerate(text):  # sentence ends; a line break right after a full stop is one
        if ch in ".\n؟?!" and not (ends and not text[ends[-1] + 1 : k].strip()):
            ends.append(k)
    added: list[Suggestion] = []
    for i, tok in enumerate(toks):
        if not ({tok.norm} | tok.forms()) & nouns:
            continue
        if any(s.start < tok.end and tok.start < s.end for s in found):
            continue
        after = i + 2 < len(toks) and toks[i + 1].norm == "من" and toks[i + 2].joined
        named = next((g for g in groups if after and g.start == toks[i + 2].start), None)
        if named is None:
            floor = max([e for e in ends if e < tok.start][-2:-1] or [-1])
            before = [g for g in groups if floor < g.start < tok.start]
            named = before[-1] if before else None
        if named is None:
            continue
        extra = {"inter": named.extra.get("inter"), "ideology": True}
        added.append(Suggestion("actor", tok.start, tok.end, tok.text, named.value, extra))
    return _merged(found, added)


@cache
def _dual_heads() -> dict[str, str]:
    raw = _data.rules("actors").get("dual_heads", {})
    return {fold(k): fold(v) for k, v in raw.items() if not k.startswith("_")}


def _with_dual_heads(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'فرقتي الحمزة والسلطان سليمان شاه': a dual head names two groups, each read as the
    singular head with its own name (فرقة الحمزة، فرقة السلطان سليمان شاه)."""
    heads = _dual_heads()
    added: list[Suggestion] = []
    for i, tok in enumerate(toks):
        singular = heads.get(tok.norm)
        if singular is None or any(s.start < tok.end and tok.start < s.end for s in found):
            continue
        virtual = list(toks)
        virtual[i] = _standing_for(tok, singular)
        first = _named_group(text, virtual, i, tok.start)
        if first is None:
            continue
        added.append(first[0])
        j = first[1]
        if j >= len(toks) or not toks[j].joined or not toks[j].norm.startswith("و"):
            continue
        bare = _without_conjunction(toks[j])
        head = _standing_for(bare, singular)
        second = _named_group(text, [*toks[:j], head, bare, *toks[j + 1 :]], j, bare.start)
        if second is not None:
            added.append(second[0])
    if not added:
        return found
    # a name found without the dual head ('فصيلي "السلطان مراد"') gives way to the mention with it
    inside = [s for s in found if any(a.start <= s.start and s.end <= a.end for a in added)]
    found = [s for s in found if s not in inside]
    clear = [a for a in added if not any(s.start < a.end and a.start < s.end for s in found)]
    return sorted([*found, *clear, *(s for s in inside if not _covered(s, clear))], key=_start)


def _standing_for(tok: Tok, word: str) -> Tok:
    """A stand-in token at ``tok``'s place read as ``word`` only: the head a dual or a
    shared head leaves unwritten ('فرقتي' → 'فرقة'), so the list's alias matches."""
    return replace(tok, norm=word, readings=((tok.start, word, False),))


def _without_conjunction(tok: Tok) -> Tok:
    """``tok`` ('والسلطان') without its leading و, as the word the conjunction joins."""
    start, word = tok.start + 1, tok.norm[1:]
    return replace(tok, start=start, norm=word, readings=((start, word, False),))


def _covered(s: Suggestion, by: list[Suggestion]) -> bool:
    return any(a.start <= s.start and s.end <= a.end for a in by)


def _start(s: Suggestion) -> int:
    return s.start


def _with_shared_heads(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """'مرتزقة "فرقة الحمزة" و"السلطان مراد"': a group named with its head, then و and a name
    without one, names a second group with the same head (فرقة السلطان مراد)."""
    heads = set(_dual_heads().values())
    starts = {t.start: k for k, t in enumerate(toks)}
    added: list[Suggestion] = []
    for s in found:
        k = starts.get(s.start)
        if s.kind != "actor" or k is None or toks[k].norm not in heads:
            continue
        j = next((m for m in range(k, len(toks)) if toks[m].end >= s.end), None)
        if j is None or j + 1 >= len(toks):
            continue
        rest = toks[j + 1]
        if not rest.joined or not rest.norm.startswith("و"):
            continue
        if any(f.start < rest.end and rest.start < f.end for f in found):
            continue
        if rest.norm == "و":  # 'و"السلطان مراد"': the conjunction stands alone before a quote
            if j + 2 >= len(toks):
                continue
            bare, after = toks[j + 2], j + 3
        else:
            bare, after = _without_conjunction(rest), j + 2
        head = _standing_for(bare, toks[k].norm)
        bare = replace(bare, joined=True)
        second = _named_group(text, [*toks[: j + 1], head, bare, *toks[after:]], j + 1, bare.start)
        if second is not None:
            added.append(second[0])
    if not added:
        return found
    clear = [a for a in added if not any(s.start < a.end and a.start < s.end for s in found)]
    return sorted([*found, *clear], key=lambda s: s.start)


def _named_group(text: str, toks: list[Tok], i: int, start: int) -> tuple[Suggestion, int] | None:
    """The named actor whose alias starts at token ``i`` (no generic noun, no regional
    alias), as a suggestion from ``start``, and the token index after it."""
    hit = name_index().match(toks, i)
    if hit is None or hit.stop - hit.first < 2 or not _names_force(hit.payloads[0]):
        return None
    if hit.payloads[0][0] != "actor":
        return None
    _, name, extra = _describe(hit.payloads[0])
    return Suggestion("actor", start, hit.end, text[start : hit.end], name, extra), hit.stop
