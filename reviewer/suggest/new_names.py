"""Places and actors no list knows, proposed from the noun that names their kind.

Arabic news introduces a village, a neighbourhood or an armed group by its kind:
"قرية الدوير بريف حمص", "حي جوبر", "لواء السلطان مراد", "عشيرة البكارة". The gazetteer
(GeoNames cities500) holds about 300 Syrian towns and the actor list a few dozen groups,
so most villages and brigades are in neither. An unknown name right after such a noun is
offered as a NEW place or actor (``extra["new"]``): no coordinates, an English name that
is only a transliteration, and a guessed governorate or inter code. Accepting one adds a
custom place or actor to the project (reviewer.suggest.adopt).

The name's extent is the hard part, and precision rests on it: one word, or two when the
first cannot stand alone (كفر، عين، تل، أبو: compound_heads) or the two form a construct
(معرة النعمان); it stops at punctuation, prepositions, particles, descriptive words
(الواقعة، التابعة، صغيرة) and every word the other rule files know (event triggers,
reporting verbs, counted nouns, months). Rules: resources/suggest/new_names.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from reviewer.paths import load_resource_json
from reviewer.romanize import romanize
from reviewer.suggest import _data
from reviewer.suggest.actor_index import name_index
from reviewer.suggest.model import Suggestion
from reviewer.suggest.own_town_names import town_by_own_name
from reviewer.suggest.speaker_offices import speaker_offices
from reviewer.suggest.text import Tok, fold, per_token_list

__all__ = [
    "city_quarters",
    "facility_city_adjectives",
    "find_new_actors",
    "find_new_places",
    "homonyms",
    "kind_nouns",
]

_CLITIC_STARTS = ("وال", "بال", "لل", "فال", "كال", "وب", "ول", "فب", "فل")
_OTHER_RULES = ("places", "actors", "hints", "nouns", "dates", "attribution")
# Lists of speakers' names in those files, not vocabulary (تجمع أحرار حوران is a monitor).
_NAME_LISTS = {("attribution", "kinds"), ("attribution", "state_media")}


@dataclass(frozen=True)
class _Rules:
    place_cues: frozenset[str]
    plural_place_cues: frozenset[str]
    dual_place_cues: frozenset[str]  # always two names: 'بلدتي كفرزيتا واللطامنة'
    list_cues: frozenset[str]
    place_heads: frozenset[str]
    bare_after_heads: frozenset[str]  # 'مزرعة الصبحة' names the place 'الصبحة'
    farm_produce: frozenset[str]  # 'مزارع القمح', 'مزرعة الدواجن': what is farmed, no place
    camp_dwellers: frozenset[str]  # 'مخيم النازحين': who lives in a camp, not its name
    compound_heads: frozenset[str]
    max_words: int
    name_suffixes: frozenset[str]
    quarter_cues: frozenset[str]
    actor_cues: dict[str, str]
    needs_last: dict[str, frozenset[str]]
    needs_first: dict[str, frozenset[str]]
    min_words: dict[str, int]
    party_words: frozenset[str]
    party_inter: str
    party_window: int
    generic_after: frozenset[str]
    not_names: frozenset[str]
    refused: frozenset[str]  # not_names plus every word of the other rule files
    sentence_ends: str
    governorate_window: int
    foreign_after: frozenset[str]
    foreign_adjectives: frozenset[str]
    # 'بقضاء الهرمل': units of Lebanon's or Iraq's map, not Syria's
    foreign_units: frozenset[str]
    from_syria: re.Pattern[str] | None  # 'من الجانب السوري': what it strikes lies abroad
    # 'ردت المدفعية التركية على قذائف أطلقت من الجانب السوري': fire answered strikes Syria
    from_syria_answered: frozenset[str]
    homonym_max_population: int
    list_openers: frozenset[str]
    list_nouns: frozenset[str]
    list_opener_window: int
    again_after: frozenset[str]
    facility_nouns: frozenset[str]
    not_place_heads: frozenset[str]
    second_words: frozenset[str]
    # 'الجسر الأبيض', 'الحجر الأسود': a colour after a definite name word is part of it
    colours: frozenset[str]
    homonym_min_others: int
    # heads of hills, farms, ruins, villages ('تل النار', 'ضاحية الأسد'): the word after one
    # may be any content word, also one the other rule files use ('النار', 'الجمعة')
    open_heads: frozenset[str] = frozenset()
    title_heads: frozenset[str] = frozenset()  # السيد، الشيخ، أبو: a person's name follows
    name_closers: frozenset[str] = frozenset()  # في، قرب، بريف: words right after a name
    front_cues: frozenset[str] = frozenset()  # جبهة: also heads groups' names
    # 'جبهة المطار', 'محور السد': after a front or axis a facility or landmark noun
    landmark_cues: frozenset[str] = frozenset()
    landmark_nouns: frozenset[str] = frozenset()
    front_abstract: tuple[re.Pattern[str], ...] = ()  # المقاومة، الاقتتال: verbal nouns
    # nouns of towns (and "list", the cue of a list item) after which the article toggles
    town_cues: frozenset[str] = frozenset()
    son: frozenset[str] = frozenset()  # بن، ابن: 'حي هشام بن عبد الملك'
    servant: str = ""  # عبد: a father's name of two words
    cue_words: frozenset[str] = frozenset()
    # 'عشيرة آل بري': a family's name is one word after آل
    family_heads: frozenset[str] = frozenset()
    # 'عشيرتي البوحسن والمشاهدة': two groups, one noun
    dual_actor_cues: dict[str, str] = field(default_factory=dict)
    # 'مجموعة مصطفى المسالمة': a group after needs_first's nouns known by its leader's name
    given_names: frozenset[str] = frozenset()
    # 'مجموعة تابعة لمصطفى المسالمة', 'مجموعة يقودها عماد أبو زريق': words between the noun
    # and its leader's name (the first of 'leader_links_li' with the name after ل)
    leader_links: frozenset[str] = frozenset()
    leader_links_li: frozenset[str] = frozenset()
    # 'منطقة درع الفرات': a region named after a military operation, no village
    operations: tuple[str, ...] = ()
    # 'منطقة السكن الشبابي', 'حي المساكن الشعبية': housing whose adjective is in its name
    adjective_heads: frozenset[str] = frozenset()
    # 'مدينة الباسل الرياضية', 'مدينة الحسن الطبية': a facility named after a person
    facility_cities: frozenset[str] = frozenset()
    # 'منطقة وادي بردى': after 'area' a valley's, plain's or mountain's name is a region
    region_heads: frozenset[str] = frozenset()
    # units both maps have ('ولاية الخير' of the Islamic State, 'إقليم الجزيرة', 'محافظة
    # حمص'): abroad only before a foreign name or with a country's adjective
    shared_units: frozenset[str] = frozenset()
    syrian_unit_names: frozenset[str] = frozenset()  # الخير، الجزيرة: the Islamic State's, the AA's


_HARAKAT = re.compile("[\u064b-\u0652\u0640]")  # short vowels and tatweel: 'عليّ' is علي


def _phrases_re(phrases: list[str]) -> re.Pattern[str] | None:
    """Phrases found in the raw text, starting a word (or after و، ف), any spaces between
    their words."""
    if not phrases:
        return None
    alternatives = (r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(alternatives) + ")")


@cache
def _word_class(key: str) -> frozenset[str]:
    """A small class of words of new_names.json 'word_classes', folded once: the nouns of a
    countryside and an area, 'the following', a family and a kunya, 'surrounding', the
    possessive pronouns, the heads joined to a name, the imperfect's prefixes, the words
    before a unit ('التابعة لولاية'), a city's quarter suffixes (حي حلب الجديدة، درعا البلد;
    not القديمة: 'أحياء حمص القديمة' are the old city's quarters, coded at the city)."""
    return _folded(_data.rules("new_names").get("word_classes", {}).get(key, []))


@cache
def _pronouns() -> tuple[str, ...]:
    """The possessive pronouns, longest first ('هما' before 'ها')."""
    return tuple(sorted(_word_class("pronouns"), key=len, reverse=True))


@cache
def _joined_heads() -> tuple[str, ...]:
    """Heads that villages' names join to the next word (كفرناها، عينترما، ديرحافر): such a
    word ending like a pronoun is still a name."""
    return tuple(sorted(_word_class("joined_heads")))


def _joined_to_a_head(word: str) -> bool:
    """'كفرناها', 'عينترما': a head joined to more than two letters after it, a village's
    name even where it ends like a pronoun."""
    return any(word.startswith(h) and len(word) > len(h) + 2 for h in _joined_heads())


def _imperfect(word: str) -> bool:
    """'يقطن', 'تسكن', 'يطاردون': the word opens with an imperfect verb's prefix."""
    return word[:1] in _word_class("imperfect_prefixes")


def _plural_verb(word: str) -> bool:
    """'طاردوا', 'يطاردون', 'انتشروا': shaped like a plural verb (the callers set how long)."""
    return word.endswith("وا") or (_imperfect(word) and word.endswith("ون"))


@cache
def _persons_nouns() -> frozenset[str]:
    """Nouns of persons (nouns.json categories of new_names.json camp_dweller_categories:
    civilians, the displaced, people, prisoners ...), folded."""
    raw = _data.rules("new_names").get("camp_dweller_categories", [])
    categories = _data.rules("nouns").get("categories", {})
    return _folded(w for c in raw for w in categories.get(c, []))


def _camp_dwellers(tok: Tok, rules: _Rules) -> bool:
    """'مخيم النازحين', 'مخيم المعتقلين', 'مخيم الأيتام': who lives in a camp, no name of it: a
    definite noun of persons (_persons_nouns) or one of camp_dwellers; 'مخيم العائدين' is
    a camp's name."""
    norm = tok.norm
    return norm in rules.camp_dwellers or (norm.startswith("ال") and norm[2:] in _persons_nouns())


def _words(value: Any) -> Iterator[str]:
    """Every word of every string in a rules file (keys of objects included)."""
    if isinstance(value, str):
        yield from fold(value).split()
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_"):
                yield from _words(key)
                yield from _words(item)
    elif isinstance(value, list):
        for item in value:
            yield from _words(item)


def _folded(words: Iterable[str]) -> frozenset[str]:
    """The words folded, as a set. The finders fold their rule lists each time they run;
    the same lists come every time, so each is folded once (``_folded_words``)."""
    return _folded_words(tuple(words))


@lru_cache(maxsize=1024)
def _folded_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _not_names(raw: dict[str, Any]) -> frozenset[str]:
    """not_names, the abstract nouns of war and the words of events and weapons the hints
    and nouns files list, bare and with the article (الصراع، العدو، قصف، القذائف)."""
    words = _folded(raw.get("abstract_nouns", [])) | _event_words()
    bare = frozenset(w[2:] if w.startswith("ال") else w for w in words)
    return _folded(raw["not_names"]) | bare | frozenset("ال" + w for w in bare)


def _event_words() -> frozenset[str]:
    """One-word forms of the hints of violent events (hints.json; new_names.json
    violent_event_types: not 'فصائل التسوية', a settlement) and the weapons (nouns.json)."""
    violent = set(_data.rules("new_names").get("violent_event_types", []))
    hints = [h for h in _data.rules("hints")["hints"] if h["event_type"] in violent]
    forms = [f for hint in hints for f in hint["forms"]]
    forms += _data.rules("nouns")["categories"]["weapons"]
    return _folded(f for f in forms if " " not in f.strip())


@cache
def _rules() -> _Rules:
    raw = _data.rules("new_names")
    cue_words = (
        _folded(raw["place_cues"]) | _folded(raw["place_heads"]) | _folded(raw["actor_cues"])
    )
    known = frozenset(
        w
        for name in _OTHER_RULES
        for key, value in _data.rules(name).items()
        if (name, key) not in _NAME_LISTS
        for w in _words(value)
    )
    # A cue word is refused as a name word too ("قرية بلدة" is no name), but the other
    # files' words that are themselves words of names are not (needs_cue: نوى; the
    # attribution rules name groups: أحرار).
    names = _folded(_place_words()) | _folded(_actor_words())
    refused = _not_names(raw) | cue_words | (known - names)
    party = raw["party_inter"]
    return _Rules(
        place_cues=_folded(raw["place_cues"]),
        plural_place_cues=_folded(raw["plural_place_cues"]),
        dual_place_cues=_folded(raw.get("dual_place_cues", [])),
        list_cues=_folded(raw["list_place_cues"]),
        place_heads=_folded(raw["place_heads"]),
        bare_after_heads=_folded(raw.get("bare_after_heads", [])),
        farm_produce=_folded(raw.get("farm_produce", [])),
        camp_dwellers=_folded(raw.get("camp_dwellers", [])),
        operations=tuple(sorted({fold(w) for w in raw.get("operation_names", [])})),
        adjective_heads=_folded(raw.get("adjective_heads", [])),
        facility_cities=_folded(raw.get("facility_city_adjectives", [])),
        region_heads=_folded(raw.get("region_heads_after_area", [])),
        compound_heads=_folded(raw["compound_heads"]),
        max_words=int(raw["max_name_words"]),
        name_suffixes=_folded(raw["name_suffixes"]),
        quarter_cues=_folded(raw["quarter_cues"]),
        actor_cues={fold(k): v for k, v in raw["actor_cues"].items()},
        needs_last={fold(k): _folded(v) for k, v in raw["needs_last"].items()},
        needs_first={fold(k): _folded(v) for k, v in raw.get("needs_first", {}).items()},
        min_words={fold(k): int(v) for k, v in raw["min_words"].items()},
        party_words=_folded(party["words"]),
        party_inter=party["inter"],
        party_window=int(party["window"]),
        generic_after=_folded(raw["generic_after_actor_cue"]),
        not_names=_not_names(raw) | frozenset(party["words"]),
        refused=refused,
        sentence_ends=raw["sentence_ends"],
        governorate_window=int(raw["governorate_window"]),
        foreign_after=_folded(raw["foreign_checked_after"]),
        foreign_adjectives=_folded(raw["foreign_adjectives"]),
        foreign_units=_folded(raw.get("foreign_units", [])),
        shared_units=_folded(raw.get("shared_units", [])),
        syrian_unit_names=_folded(raw.get("syrian_unit_names", [])),
        from_syria=_phrases_re(raw.get("from_syria", [])),
        from_syria_answered=_folded(raw.get("from_syria_answered", [])),
        homonym_max_population=int(raw["homonyms"]["max_population"]),
        homonym_min_others=int(raw["homonyms"]["min_other_places"]),
        list_openers=_folded(raw["list_openers"]["words"]),
        list_nouns=_folded(raw["list_openers"]["after"]),
        list_opener_window=int(raw["list_openers"]["window"]),
        again_after=_folded(raw["named_again_after"]),
        facility_nouns=_folded(raw["facility_nouns"]),
        not_place_heads=_folded(raw["not_place_heads"]),
        second_words=_folded(raw["name_second_words"]),
        colours=_folded(raw.get("colour_second_words", [])),
        open_heads=_folded(raw.get("open_heads", [])),
        title_heads=_folded(raw.get("title_heads", [])),
        name_closers=_folded(raw["list_with_a_town"]["closers"]),
        front_cues=_folded(raw.get("front_cues", [])),
        landmark_cues=_folded(raw.get("landmark_cues", [])),
        landmark_nouns=_folded([*raw["facility_nouns"], *raw.get("landmark_nouns", [])]),
        front_abstract=tuple(re.compile(p) for p in raw.get("front_abstract_shapes", [])),
        town_cues=_folded(raw["town_cues"]) | {"list"},
        son=_folded(raw["son_of"]["son"]),
        servant=fold(raw["son_of"]["servant"]),
        cue_words=cue_words,
        family_heads=_folded(raw.get("family_heads", [])),
        dual_actor_cues={fold(k): fold(v) for k, v in raw.get("dual_actor_cues", {}).items()},
        given_names=_folded(raw.get("given_names", [])),
        leader_links=_folded(raw.get("leader_links", [])),
        leader_links_li=_folded(raw.get("leader_links_li", [])),
    )


def continues_a_name(toks: list[Tok], k: int) -> bool:
    """The word at ``k`` is joined to the one before and may be a later word of a name
    ('جديدة عرطوز', 'جديد بكارة': the head of a longer name, not the town 'جديدة')."""
    if not 0 < k < len(toks) or not toks[k].joined:
        return False
    word, rules = toks[k], _rules()
    # after a head a word starting like ب/ك/ل is the name's own letter ('جديدة بكارة')
    own_letter = word.norm[:1] != "و" and _name_word(word, rules, first=True)
    return own_letter or _name_word(word, rules, first=False)


def facility_city_adjectives() -> frozenset[str]:
    """الرياضية، الجامعية، الطبية: after 'مدينة X' they make X a facility's namesake."""
    return _rules().facility_cities


def kind_nouns() -> frozenset[str]:
    """The place and group nouns that are not part of the name they introduce."""
    rules = _rules()
    return rules.place_cues | frozenset(rules.actor_cues)


@cache
def _countries() -> frozenset[str]:
    """Countries' Arabic names (resources/countries.json, places.json's never_split)."""
    names = [c.get("name_ar") or "" for c in load_resource_json("countries.json")["countries"]]
    names += _data.rules("places").get("never_split", [])
    return _folded(n for n in names if n) | _folded(["سوريا", "سورية"])


@cache
def _foreign() -> frozenset[str]:
    """GeoNames' cities outside Syria and new_names.json's regions and provinces of the
    neighbours (هاتاي، البقاع، الأنبار), which no city list holds."""
    regions = _data.rules("new_names").get("foreign_regions", [])
    return _folded([*_data.foreign_names(), *regions])


def _foreign_place(toks: list[Tok], first: int, stop: int, cue: str, rules: _Rules) -> bool:
    """كلس التركية, or after مدينة a name GeoNames gives a city outside Syria (غازي عنتاب)."""
    if stop < len(toks) and toks[stop].joined and toks[stop].norm in rules.foreign_adjectives:
        return True
    if stop + 1 < len(toks) and all(t.joined for t in toks[stop : stop + 2]):
        # 'بلدة جيلان بينار التركية': a second indefinite word of the name, then the country
        word, country = toks[stop], toks[stop + 1]
        if country.norm in rules.foreign_adjectives and not word.norm.startswith(("ال", "و")):
            return word.norm.isalpha() and word.norm not in rules.refused
    if cue not in rules.foreign_after:
        return False
    words = [t.norm for t in toks[first : min(first + 2, len(toks))]]
    return " ".join(words[:1]) in _foreign() or " ".join(words) in _foreign()


def _actor_words() -> set[str]:
    aliases = [a for actor in _data.actors() for a in actor.get("aliases_ar", [])]
    aliases += [
        a for src in _data.sources() for a in (src.get("name_ar") or "", *src.get("aliases_ar", []))
    ]
    return {w for alias in aliases for w in alias.split()}


@cache
def _folded_actor_words() -> frozenset[str]:
    return _folded(_actor_words())


def _place_words() -> set[str]:
    return {w for p in _data.places() for v in (p["name_ar"], *p["variants"]) for w in v.split()}


def _cue(tok: Tok, cues: Iterable[str] | dict[str, str]) -> tuple[int, str] | None:
    """(where the cue word starts, its folded form) when ``tok`` is an indefinite cue
    word, perhaps with a proclitic (بقرية، ولواء); None otherwise."""
    for where, stem, article in tok.readings:
        if article or stem not in cues:
            continue
        # not after 'like' (كتلة الأبنية is a block of buildings, no ك + تلة)
        if not tok.norm[: len(tok.norm) - len(stem)].endswith("ك"):
            return where, stem
    return None


def _name_word(
    tok: Tok,
    rules: _Rules,
    *,
    first: bool,
    pronoun_check: bool = True,
    open_head: bool = False,
    object_check: bool = True,
) -> bool:
    """Can ``tok`` be (part of) a name? Not a function or descriptive word, no digits,
    no proclitic on a later word (بريف، والقرية end the name); ``pronoun_check=False``
    accepts a word ending like a pronoun (سفوهن) where the context makes it a name;
    ``open_head``: the word follows a head of the name ('تل النار', 'ضاحية الأسد'), where
    any content word may stand, also one of the other rule files' words;
    ``object_check=False`` accepts a word shaped like an imperfect verb with its object
    (تعنديه: ة written ه) where no subject follows it (_ha_spelled_name)."""
    norm = tok.norm
    refused = _open_refused() if open_head else rules.refused
    if not tok.joined or len(norm) < 2 or not norm.isalpha() or norm in refused:
        return False
    # "لواء صقور الباب الهجوم": a known word with the article ends the name, unless it may
    # end a village's name (قبتان الجبل: 'of the mountain')
    known_after = not first and norm.startswith("ال") and norm[2:] in refused
    if known_after and norm not in rules.second_words and not open_head:
        return False
    if (
        pronoun_check
        and len(norm) >= 4
        and not norm.startswith("ال")
        and norm.endswith(("ها", "هم", "هن"))
        and not _joined_to_a_head(norm)
    ):
        return False  # يسكنها، تسيطر عليهم: a verb or noun with a pronoun (not كفرناها)
    if pronoun_check and object_check and _a_verb_with_its_object(tok):
        return False  # 'حي يقطنه نازحون', 'قرية تحيطه': an imperfect verb with its object
    if tok.text.endswith(("اً", "ًا")):
        return False  # استعداداً: an adverb, never part of a name
    if tok.text.endswith("ـ"):
        return False  # 'منطقة الـ 86': an article drawn out before a number, no word
    if len(norm) >= 4 and not norm.startswith("ال") and tok.text.endswith("ته"):
        return False  # 'مزرعة عائلته', 'منزل والدته': a noun with 'his', no name
    # بالمدينة، والقرية never; فليفل، ولغا may open a name if no known word follows the و/ف
    definite_clitic = norm.startswith(("وال", "بال", "لل", "فال", "كال"))
    if norm.startswith(_CLITIC_STARTS) and (not first or definite_clitic):
        return False
    if not norm.startswith("ال") and len(norm) >= 4 and _plural_verb(norm):
        return False  # طاردوا، يطاردون: a plural verb
    if not first and norm[0] in "وبلك" and len(norm) >= 4 and norm not in rules.compound_heads:
        return False  # "عشيرة البوبنا بوالي": a preposition or و starts what follows
    if norm[0] in "وبلفك" and len(norm) > 3:
        # A word starting like a clitic is a name only if what follows is no known word
        # (بريف، وقرية); on a later word, not even a definite one (والقرية، بالمدينة).
        # 'like' (ك) is read before a definite noun or a place or group noun (كالمدينة،
        # كقرية), not before a function word that has a clitic of its own (كبانة is no
        # ك + بأنه).
        rest = norm[1:]
        known = rest in refused and (norm[0] != "ك" or rest.startswith("ال"))
        if known or rest in _cue_forms():
            return False
        if not first and rest.startswith("ال"):
            return False
    return True


def _a_word_named_by_its_noun(
    toks: list[Tok], j: int, cue: str, rules: _Rules, taken: set[int]
) -> bool:
    """'في حي تشرين، حيث', 'قرب بلدة حالات.': right after a singular noun of a quarter,
    village or town (new_names.json word_classes 'naming_nouns'), one word that only another
    rule file holds (an outlet's, a speech or a figure word: refused elsewhere as a name) is
    the place's name when the name closes right after it (punctuation, a preposition, بريف,
    a next item joined by و); a function or descriptive word, a noun of places or groups
    never is."""
    if cue not in _word_class("naming_nouns") or j >= len(toks) or j in taken:
        return False
    if not _name_word(toks[j], rules, first=True, open_head=True):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None or not nxt.joined or nxt.norm in rules.name_closers:
        return True
    return nxt.norm.startswith("و") and nxt.norm not in rules.refused  # 'حي تشرين ومنطقة'


@cache
def _open_refused() -> frozenset[str]:
    """What no word right after an open head may be: function and descriptive words and
    the nouns of places and groups ('تل القرية' is no name)."""
    rules = _rules()
    return rules.not_names | rules.cue_words


@cache
def _cue_forms() -> frozenset[str]:
    r = _rules()
    return r.place_cues | frozenset(r.actor_cues) | frozenset(_place_words())


def _is_nisba(word: str) -> bool:
    """الشمالية، الحدودي: a definite adjective, which rarely completes a construct name."""
    return word.startswith("ال") and word.endswith(("يه", "ي", "يين", "يون"))


def _extent(
    toks: list[Tok], j: int, rules: _Rules, taken: set[int], cue: str | None = None
) -> int | None:
    """Index after the last word of a place name starting at token ``j``, or None; a
    direction or size that follows a village's name belongs to it (الطيبة الغربية), not
    one after a quarter's (حي الأشرفية القديم: the old quarter)."""
    stop = _core_extent(toks, j, rules, taken)
    if stop == j + 1 and _second_given_name(toks, j, rules, taken):
        stop = j + 2  # 'حي بابا عمرو': a name of two indefinite words
    if stop == j + 1:
        stop = _son_of(toks, stop, rules, taken)
    if cue in rules.quarter_cues:
        if stop is not None and _numbered_quarter(toks, stop, taken):
            return stop + 1  # 'حي المزة 86': a quarter numbered after its plan
        if stop is not None and cue == _QUARTER and _feminine_suffix(toks, stop, rules, taken):
            return stop + 1  # 'حي النشوة الغربية': the adjective agrees with the name
        return stop
    if stop is None or stop >= len(toks) or stop in taken or cue in _word_class("countryside"):
        return stop  # 'ريف الشدادي الجنوبي': the direction is the countryside's, not the town's
    suffix = toks[stop]
    return stop + 1 if suffix.joined and suffix.norm in rules.name_suffixes else stop


_QUARTER = fold("حي")


def _feminine_suffix(toks: list[Tok], stop: int, rules: _Rules, taken: set[int]) -> bool:
    """'حي النشوة الغربية', 'حي الحارة الشمالية': 'حي' is masculine, so a feminine direction
    or size after the quarter's name agrees with the name and belongs to it; a masculine
    one may describe the quarter ('حي الأشرفية القديم': the old quarter) and stays out."""
    if stop >= len(toks) or stop in taken or not toks[stop].joined:
        return False
    suffix = toks[stop]
    return suffix.norm in rules.name_suffixes and suffix.text.endswith(("ة", "ى", "يا"))


def _son_of(toks: list[Tok], stop: int, rules: _Rules, taken: set[int]) -> int:
    """'حي هشام بن عبد الملك', 'حي خالد بن الوليد': a person's name with 'son of' and his
    father's name (one word, or عبد and one) names a quarter or school whole."""
    father = stop + 1
    if father >= len(toks) or stop in taken or father in taken or not toks[stop].joined:
        return stop
    if toks[stop].norm not in rules.son or not toks[father].joined:
        return stop
    if toks[father].norm == rules.servant and father + 1 < len(toks) and toks[father + 1].joined:
        return father + 2 if father + 1 not in taken else stop
    return father + 1 if _name_word(toks[father], rules, first=False) else stop


def _numbered_quarter(toks: list[Tok], stop: int, taken: set[int]) -> bool:
    """'حي المزة 86 وحي كفرسوسة': a number of up to three digits right after a quarter's
    name, that counts nothing after it, is part of the name."""
    if stop >= len(toks) or stop in taken or not toks[stop].joined:
        return False
    number = toks[stop].norm
    if not number.isdigit() or len(number) > 3:
        return False
    nxt = toks[stop + 1] if stop + 1 < len(toks) else None
    if nxt is None or not nxt.joined or nxt.norm[:1] == "و" or nxt.norm in _prepositions():
        return True
    word = nxt.norm  # 'شبيحة حي المزة 86 انتشروا': a plural verb counts nothing
    if len(word) >= 4 and word.startswith("ي") and not nxt.text.endswith(("ا", "اً", "ًا")):
        return True  # 'حي المزة 86 يلتهم': a singular verb (not 'يوماً', days) counts nothing
    return len(word) >= 4 and _plural_verb(word)


def _second_given_name(toks: list[Tok], j: int, rules: _Rules, taken: set[int]) -> bool:
    """'حي بابا عمرو', 'عمر أوشاغي': does a second indefinite word belong to the name at
    ``j``? Yes where the text names the same two words again elsewhere ('تتحصن في بابا
    عمرو'), or where a preposition or punctuation follows them and the second word has no
    verb's prefix ('حي بابا عمرو لتسوية', not 'حي جوبر تعرض للقصف')."""
    nxt = j + 1
    if nxt >= len(toks) or nxt in taken or not toks[nxt].joined:
        return False
    first, second = toks[j].norm, toks[nxt].norm
    if first.startswith("ال") or second.startswith(("ال", "و")) or second[:1] in "تين":
        return False
    if not _name_word(toks[nxt], rules, first=False):
        return False
    heads = toks[j].stems()
    for k in range(len(toks) - 1):
        same = abs(k - j) > 1 and toks[k + 1].joined and toks[k + 1].norm == second
        if same and heads & toks[k].stems():
            return True
    after = nxt + 1
    if after >= len(toks) or not toks[after].joined:
        return True
    word = toks[after].norm
    # 'من قرية قسطل مقداد طالبا باستعادة': an adverbial accusative (-اً) ends the name too
    accusative = toks[after].text.endswith(("اً", "ًا")) or (
        len(word) > 4
        and word.endswith("ا")
        and not word.startswith("ال")
        and not word.endswith(("هما", "نا", "ها"))  # 'توجههما': a pronoun, no accusative
    )
    if word in _word_class("time_prepositions"):
        return True  # 'جسر قره قوزاق منذ منتصف الشهر': 'since' ends the name as 'في' does
    return word in _prepositions() or (word[:1] in "بل" and len(word) > 3) or accusative


def _given_name_after_title(toks: list[Tok], title: int, k: int, rules: _Rules) -> bool:
    """'حوش السيد علي', 'قرية الشيخ علي': after a title the word علي is the name Ali (folded
    like the preposition على). Spelled with alif maqsura it is Ali only where no noun it
    could govern follows ('مزرعة الشيخ على أطراف قرية' is the farm of the sheikh, on the
    outskirts): at a clause's end or before a word that closes a name (في، قرب، بريف)."""
    if not (toks[title].norm in rules.title_heads and k < len(toks) and toks[k].joined):
        return False
    if toks[k].norm != fold("علي"):
        return False
    if _HARAKAT.sub("", toks[k].text).endswith("ي"):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not nxt.joined or nxt.norm in rules.name_closers


def _a_landmark(toks: list[Tok], start: int, stop: int, rules: _Rules) -> bool:
    """One definite word naming a facility or landmark (المطار، السد، الحدود، الكليات) or a
    struggle in the shape of a verbal noun ('محور المقاومة', 'جبهة الاقتتال')."""
    word = toks[start].norm
    if stop != start + 1 or not word.startswith("ال"):
        return False
    return _a_landmark_word(word, rules) or any(p.match(word) for p in rules.front_abstract)


def _a_verb_with_its_object(tok: Tok) -> bool:
    """'يقطنه', 'تسكنه': five letters or more, an imperfect's prefix and ه (not a تل name)."""
    norm = tok.norm
    return (
        len(norm) >= 5
        and _imperfect(norm)
        and tok.text.endswith("ه")
        and not norm.startswith(_joined_heads())
    )


def _ha_spelled_name(toks: list[Tok], j: int, rules: _Rules) -> bool:
    """'قرية تعنديه في ريف حماة': a word shaped like a verb with its object
    is a name whose ة is written ه (as local pages write it) when no subject follows it: the
    text ends, a punctuation mark, و or a word that follows names (في، بريف، شرق) comes next;
    'حي يقطنه نازحون' stays a verb."""
    if not _a_verb_with_its_object(toks[j]):
        return False
    if not _name_word(toks[j], rules, first=True, object_check=False):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.joined or nxt.norm[:1] == "و" or nxt.norm in rules.name_closers


def _core_extent(toks: list[Tok], j: int, rules: _Rules, taken: set[int]) -> int | None:
    if j >= len(toks) or j in taken:
        return None
    head = toks[j].norm
    # طريق السد، باب هود: a head that is also an everyday word starts a name after a cue
    compound = toks[j].joined and head in rules.compound_heads
    if not compound and not _name_word(toks[j], rules, first=True):
        return j + 1 if _ha_spelled_name(toks, j, rules) else None
    if head in rules.facility_nouns or head in rules.not_place_heads:
        return None  # محور سد تشرين، منطقة القلمون: a dam or a region is no village
    nxt = j + 1
    if head in rules.bare_after_heads and nxt < len(toks) and _farmed(toks[nxt], rules):
        return None  # 'في مزرعة الدواجن شرق المدينة'
    opened = head in rules.open_heads
    second = (
        nxt < len(toks)
        and nxt not in taken
        and (
            _name_word(toks[nxt], rules, first=False, open_head=opened)
            or _given_name_after_title(toks, j, nxt, rules)
        )
    )
    if head in rules.compound_heads and not second and nxt < len(toks) and nxt not in taken:
        # 'دير بعلبة', 'أم باطنة': after a head a word starting like ب/ك/ل is the name's own
        # letter, as on a first word (not و, which joins the next name)
        word = toks[nxt]
        second = word.norm[:1] != "و" and _name_word(word, rules, first=True)
    if head in rules.compound_heads:
        if not second:
            return None
        third = nxt + 1
        if (
            toks[nxt].norm in rules.compound_heads
            and third < len(toks)
            and third not in taken
            and (
                _name_word(toks[third], rules, first=False)
                or _given_name_after_title(toks, nxt, third, rules)
            )
        ):
            return third + 1  # بيت الشيخ يونس: the second word is a head itself
        return nxt + 1
    if second and head.startswith("ال") and toks[nxt].norm in rules.colours:
        return nxt + 1  # 'منطقة الجسر الأبيض', 'قرية التل الأحمر'
    adjective = toks[nxt].norm.startswith("ال") if nxt < len(toks) and toks[nxt].joined else False
    if head in rules.adjective_heads and adjective and _is_nisba(toks[nxt].norm):
        return nxt + 1  # 'منطقة السكن الشبابي', 'حي المساكن الشعبية'
    if second and not head.startswith("ال"):
        following = toks[nxt].norm
        dual_adjective = len(following) > 6 and following.endswith(
            ("تين", "تان")
        )  # 'كفريا المحاصرتين'
        if following.startswith("ال") and not _is_nisba(following) and not dual_adjective:
            return nxt + 1  # معرة النعمان، صلاح الدين
        third = nxt + 1
        if (
            following in rules.compound_heads
            and third < len(toks)
            and third not in taken
            and _name_word(toks[third], rules, first=False, open_head=following in rules.open_heads)
        ):
            return third + 1  # 'كسرة شيخ جمعة': a person's name after the first word
    return nxt


@cache
def _sentence_end_re(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]")


def _sentence_ends(text: str, rules: _Rules) -> list[int]:
    return [m.start() for m in _sentence_end_re(rules.sentence_ends).finditer(text)]


def _same_sentence(ends: list[int], a: int, b: int) -> bool:
    k = bisect_left(ends, a)
    return k == len(ends) or ends[k] >= b


def _governorate(
    known: list[Suggestion], ends: list[int], after: int, toks: list[Tok], stop: int, rules: _Rules
) -> str | None:
    """The admin1 of the first known place soon after the name in its sentence
    ("قرية الدوير بريف حمص" -> Homs), else of the last one before it in that sentence
    ("في ريف حلب الشرقي، قصفت الطائرات قرية الدويرينة" -> Aleppo)."""
    limit = toks[min(stop + rules.governorate_window, len(toks)) - 1].end
    for place in known:
        if after <= place.start <= limit and _same_sentence(ends, after, place.start):
            return place.extra.get("admin1")
    before = [p for p in known if p.end <= after and _same_sentence(ends, p.end, after)]
    return before[-1].extra.get("admin1") if before else None


@per_token_list
def _start_offsets(toks: list[Tok]) -> list[int]:
    """Where each token starts, for bisection (made once per article, not per call)."""
    return [t.start for t in toks]


def _covered(toks: list[Tok], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indexes of the tokens overlapping any of ``spans``."""
    starts = _start_offsets(toks)
    out: set[int] = set()
    for a, b in spans:
        k = max(bisect_left(starts, a) - 1, 0)
        while k < len(toks) and toks[k].start < b:
            if a < toks[k].end:
                out.add(k)
            k += 1
    return out


def _after_head(toks: list[Tok], nxt: int, rules: _Rules, taken: set[int]) -> int:
    """Where a name after a head noun ends: one word ('تل الحارة'), two where that word is
    a head itself ('تلة النبي يونس', 'مزرعة بيت جن'), and a direction or size after it
    ('تل أحمر الغربي')."""
    stop = nxt + 1
    if toks[nxt].norm in rules.compound_heads:
        stop = max(stop, _core_extent(toks, nxt, rules, taken) or stop)
    after = toks[stop] if stop < len(toks) and stop not in taken else None
    if after is not None and after.joined and after.norm in rules.name_suffixes:
        stop += 1
    return stop


def find_new_places(text: str, toks: list[Tok], known: list[Suggestion]) -> list[Suggestion]:
    """New places after a place noun; ``known`` are the gazetteer's finds (never repeated,
    and the source of the governorate guess)."""
    rules = _rules()
    known = sorted((s for s in known if s.kind == "place"), key=lambda s: s.start)
    taken = _covered(toks, ((s.start, s.end) for s in known))
    ends = _sentence_ends(text, rules)
    out: list[Suggestion] = _names_before_brackets(text, toks, rules, taken, known)
    taken |= _covered(toks, _spans(out))
    i = 0
    while i < len(toks):
        cue = _cue(toks[i], rules.place_cues) if i not in taken else None
        head = _cue(toks[i], rules.place_heads) if cue is None and i not in taken else None
        if head is not None:
            # تل الحارة: the noun is the name's head, one name word follows
            nxt = i + 1
            ok = nxt < len(toks) and nxt not in taken and not _on_a_hill(toks, i)
            ok = ok and not (head[1] == _CAMP and _camp_abroad(toks, nxt))
            ok = ok and not (head[1] == _CAMP and _camp_dwellers(toks[nxt], rules))
            ok = ok and not (head[1] in rules.bare_after_heads and _farmed(toks[nxt], rules))
            ok = ok and not _a_familys(toks, nxt, rules, head[1])
            opened = head[1] in rules.open_heads
            named = ok and _name_word(toks[nxt], rules, first=True, open_head=opened)
            stop = _after_head(toks, nxt, rules, taken) if named else None
            if stop is not None:
                start = head[0]
                if head[1] in rules.bare_after_heads and toks[nxt].norm.startswith("ال"):
                    start = toks[nxt].start  # 'مزرعة الصبحة': a farm named after its village
                out.append(_new_place(text, toks, i, stop, start, head[1], known, ends))
                plural = _cue(toks[i - 1], rules.plural_place_cues) if i > 0 else None
                i = stop
                if plural is not None and toks[nxt - 1].joined:
                    # قرى تل طويل وأم الكيف: a plural noun before the head lists more places
                    more, i = _listed(text, toks, i, rules, taken, known, ends, plural[1])
                    out += more
                continue
        if cue is None:
            listed = None if i in taken else _list_openers(text, toks, i, rules, taken, known, ends)
            if listed is not None:
                out += listed[0]
                i = listed[1]
                continue
            i += 1
            continue
        stop = _extent(toks, i + 1, rules, taken, cue[1])
        if stop is None and _a_word_named_by_its_noun(toks, i + 1, cue[1], rules, taken):
            stop = i + 2  # 'حي تشرين،', 'قرب بلدة حالات.': another file's word, named
        if stop is None and i + 1 in taken and _lists_after_known(toks, i, cue[1], known, rules):
            # 'بلدتي كفرزيتا واللطامنة': a dual names two places, the second unknown; so
            # does 'بلدات آفس والنيرب وقميناس' after a known town (not 'أحياء حماة وتحرر':
            # Hama's quarters, then a verb, and no quarter list after a city)
            known_end = i + 1
            while known_end in taken:
                known_end += 1
            more, i = _listed(text, toks, known_end, rules, taken, known, ends, cue[1])
            out += more
            i = max(i, known_end)
            continue
        if stop is None and cue[1] in rules.list_cues:
            skipped = _list_past_first(text, toks, i, rules, taken, known, ends, cue[1])
            if skipped is not None:
                # 'أحياء جنوب الملعب والفراية وطريق حلب': a first item no rule reads (a
                # direction opens it) does not end the list of the names after it
                out += skipped[0]
                i = skipped[1]
                continue
        if stop is None and cue[1] in rules.dual_place_cues:
            second = _second_of_dual(toks, i, rules, taken)
            if second is not None:
                # 'محوري جبل زين العابدين وقمحانة': the first is a mountain, the second a village
                more = _coordinated(text, toks, second, rules, taken, known, ends, cue[1])
                if more is not None:
                    out.append(more[0])
                    i = more[1]
                    continue
        if stop is None or _foreign_place(toks, i + 1, stop, cue[1], rules):
            i += 1
            continue
        if cue[1] in _word_class("area") and toks[i + 1].norm in rules.region_heads:
            i = stop  # 'منطقة وادي العجم', 'منطقة وادي النصارى': a valley, no village
            continue
        if cue[1] in rules.front_cues and _names_a_group(toks, i + 1, stop):
            i = stop  # 'جبهة النصرة', 'جبهة ثوار سوريا': a group, not the front of a village
            continue
        if cue[1] in rules.landmark_cues and _a_landmark(toks, i + 1, stop, rules):
            i = stop  # 'جبهة المطار', 'محور السد': the front runs along a landmark
            continue
        if fold(text[toks[i + 1].start : toks[stop - 1].end]) in _countries():
            i = stop  # 'ريفي سوريا ولبنان', 'مدينة سوريا': a country is no village
            continue
        if cue[1] in rules.plural_place_cues:
            stop = _item_goes_on(toks, i + 1, stop, rules, taken)
        first = _new_place(text, toks, i + 1, stop, None, cue[1], known, ends)
        i = stop
        more = []
        if cue[1] in rules.plural_place_cues:
            more, i = _listed(text, toks, i, rules, taken, known, ends, cue[1])
        if more or not _region_of_villages(toks, stop, cue[1], rules):
            out += [first, *more]
    out += _after_known_pair(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _named_facilities(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _road_ends(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _lists_with_a_town(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    found = [*known, *out]
    out += _after_one_known(text, toks, rules, taken | _covered(toks, _spans(out)), found, ends)
    out += _before_a_cued_one(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _before_a_direction(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _lists_after_a_colon(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    out += _people_of(text, toks, rules, taken | _covered(toks, _spans(out)), known, ends)
    taken = taken | _covered(toks, _spans(out))
    out += _other_names(text, toks, rules, taken, [*known, *out], ends)
    out += _mentioned_again(text, toks, out, known)
    out += _lists_of_named_places(text, toks, rules, out, known, ends)
    out = _not_from_syria(text, toks, ends, _not_abroad(toks, out, known, rules), known, rules)
    after = {tok.start: tok for tok in toks}
    return [
        s
        for s in out
        if not _an_operation(text, s.start, rules) and not _a_city_facility(text, s, after, rules)
    ]


def _a_city_facility(text: str, s: Suggestion, after: dict[int, Tok], rules: _Rules) -> bool:
    """'مدينة الباسل الرياضية', 'مدينة الأسد الجامعية': a sports, university or medical
    'city' is a facility named after a person, no place (new_names.json
    facility_city_adjectives; an industrial city keeps its town: مدينة الشيخ نجار الصناعية)."""
    gap = len(text[s.end :]) - len(text[s.end :].lstrip(" "))
    tok = after.get(s.end + gap)
    return tok is not None and gap > 0 and tok.norm in rules.facility_cities


def _an_operation(text: str, start: int, rules: _Rules) -> bool:
    """'منطقة درع الفرات', 'مناطق غصن الزيتون': the region of a military operation, named
    after it (new_names.json operation_names), is no village."""
    if not rules.operations:
        return False
    ahead = " ".join(fold(text[start : start + 40]).split())
    return any(
        ahead.startswith(name) and (len(ahead) == len(name) or not ahead[len(name)].isalpha())
        for name in rules.operations
    )


def _not_from_syria(
    text: str,
    toks: list[Tok],
    ends: list[int],
    found: list[Suggestion],
    known: list[Suggestion],
    rules: _Rules,
) -> list[Suggestion]:
    """'قصفاً مدفعياً من الجانب السوري طال بلدتي القصر وحوش السيد علي': places struck or
    reached from Syria, earlier in the same sentence, are across the border (new_names.json
    from_syria); not when the sentence answers that fire ('ردت المدفعية التركية على قذائف
    أطلقت من الجانب السوري بقصف قرية ...': from_syria_answered) or a known place of Syria
    follows the place or its list as where it lies ('... في ريف منبج')."""
    if not found or not rules.from_syria:
        return found
    marks = [m.start() for m in rules.from_syria.finditer(text)]
    marks = [m for m in marks if not _answered(text, toks, ends, m, rules)]
    if not marks:
        return found
    list_end = _places_lists(toks, found, known)
    known_starts = {s.start for s in known}
    return [
        s
        for s in found
        if not any(m < s.start and _same_sentence(ends, m, s.start) for m in marks)
        or (s.end in list_end and _in_a_syrian_place(toks, list_end[s.end] + 1, known_starts))
    ]


_ANSWER_REACH = 8  # words between a verb of answering and the fire it answers


def _answered(text: str, toks: list[Tok], ends: list[int], mark: int, rules: _Rules) -> bool:
    """'ردت المدفعية التركية على قذائف أطلقت من الجانب السوري': the fire from Syria is what
    a verb of answering before it in the same clause answers: على after the verb, no
    punctuation between it and the phrase ('وردت أنباء عن' is no answer)."""
    k = bisect_left(_start_offsets(toks), mark)
    before = toks[max(0, k - _ANSWER_REACH) : k]
    for n, tok in enumerate(before):
        if tok.forms() & rules.from_syria_answered and _same_sentence(ends, tok.start, mark):
            between = text[tok.end : mark]
            if _CLAUSE_BREAKS.search(between) is None and any(
                t.norm == _ON for t in before[n + 1 :]
            ):
                return True
    return False


_CLAUSE_BREAKS = re.compile('[،,؛;:.\\n()"«»]')
_ON = fold("على")
_SYRIAN_PLACE_REACH = 3  # 'في ريف منبج', 'بريف حلب', 'شرق مدينة منبج'


def _in_a_syrian_place(toks: list[Tok], k: int, known_starts: set[int]) -> bool:
    """A known place of Syria starts within a few joined words after token ``k - 1``."""
    for tok in toks[k : k + _SYRIAN_PLACE_REACH]:
        if not tok.joined:
            return False
        if tok.start in known_starts:
            return True
    return False


def _places_lists(
    toks: list[Tok], found: list[Suggestion], known: list[Suggestion]
) -> dict[int, int]:
    """A place's end -> the last token of the list of places joined by و it opens ('القصر
    وحوش السيد علي')."""
    last_of = {tok.end: k for k, tok in enumerate(toks)}
    spans = sorted({(s.start, s.end) for s in [*known, *found]})
    end_at = dict(spans)
    list_end: dict[int, int] = {}
    for _start, end in reversed(spans):
        last = last_of.get(end)
        if last is None:
            continue
        list_end[end] = last
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is None or not nxt.joined or not nxt.norm.startswith("و"):
            continue
        after = end_at.get(nxt.start + 1, end_at.get(nxt.start))  # after 'و', or with it
        if after is not None and after in list_end:
            list_end[end] = list_end[after]  # 'القصر وحوش السيد علي في قضاء الهرمل'
    return list_end


def _not_abroad(
    toks: list[Tok], found: list[Suggestion], known: list[Suggestion], rules: _Rules
) -> list[Suggestion]:
    """Drops new places that the words after them (or after the list they close) put in
    another country's unit: 'قرية سنجق في ولاية كلس', 'بلدتي القصر وحوش السيد علي في قضاء
    الهرمل', 'قرية البوليل بمحافظة الأنبار العراقية'."""
    if not found:
        return found
    list_end = _places_lists(toks, found, known)
    return [
        s
        for s in found
        if s.end not in list_end or not _in_a_foreign_unit(toks, list_end[s.end] + 1, rules)
    ]


_AFTER_THE_NAME = 2  # words after a unit's name that may still give its country


def _in_a_foreign_unit(toks: list[Tok], k: int, rules: _Rules) -> bool:
    """'في ولاية كلس', 'بقضاء الهرمل', 'التابعة لولاية هاتاي', 'في محافظة الأنبار العراقية'
    right after token ``k - 1``; not 'في ولاية الخير' (the Islamic State's Deir ez-Zor) nor
    'التابعة لإقليم الجزيرة' (the Autonomous Administration's region)."""
    words = toks[k : k + 5]
    if not words or not words[0].joined:
        return False
    first = words[0].norm
    belonging = _word_class("belonging")
    if first in belonging | _word_class("unit_openers") and len(words) > 1 and words[1].joined:
        unit = words[1].norm
        rest = words[2:]
    elif first[:1] in ("ب", "ل"):
        unit, rest = first[1:], words[1:]
    else:
        return False
    unit = unit[1:] if unit[:1] == "ل" and first in belonging else unit
    name = [t.norm for t in rest[:2]] if rest and rest[0].joined else []
    if len(name) == 2 and not rest[1].joined:
        name = name[:1]
    syrian = any(
        " ".join(name[:n]) in _gazetteer_names() or " ".join(name[:n]) in rules.syrian_unit_names
        for n in (1, 2)
    )
    if unit in rules.foreign_units:
        return not syrian
    if unit not in rules.shared_units or not name:
        return False
    if not syrian and any(" ".join(name[:n]) in _foreign() for n in (1, 2)):
        return True
    after = rest[1 : 1 + _AFTER_THE_NAME + 1]
    for tok in after:
        if not tok.joined:
            return False
        if tok.norm in rules.foreign_adjectives or tok.norm in _countries():
            return True
    return False


_COLON_LIST_WINDOW = 5  # words between the plural noun and the colon: 'قرى ريف تل تمر:'


def _lists_after_a_colon(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'على قرى ريف تل تمر: أم الكيف، الدردارة، الطويلة، تل جمعة.': a plural of villages,
    towns or quarters, perhaps with where they lie, then a colon opens a list of their
    names, separated by commas (or a last و), that runs to the end of the sentence; every
    item must read as a name, and the list must close there, else none is offered."""
    out: list[Suggestion] = []
    if ":" not in text:
        return out
    for k, tok in enumerate(toks):
        cue = _cue(tok, rules.list_cues) if k not in taken else None
        if cue is None and k not in taken:
            cue = _the_following(toks, k, rules)
        if cue is None:
            continue
        colon = next(
            (
                j
                for j in range(k, min(k + _COLON_LIST_WINDOW, len(toks) - 1))
                if text[toks[j].end : toks[j + 1].start].strip() == ":"
            ),
            None,
        )
        if colon is None or not all(toks[n].joined for n in range(k + 1, colon + 1)):
            continue
        items, count, i, closed = [], 0, colon + 1, False
        while i < len(toks):
            if i in taken:  # a place read before: a gazetteer town or a head's name
                stop = i + 1
                while stop < len(toks) and stop in taken and toks[stop].joined:
                    stop += 1
            else:
                by_comma = i == colon + 1 or not toks[i].norm.startswith("و")
                more = _coordinated(text, toks, i, rules, taken, known, ends, cue[1], by_comma)
                if more is None:
                    break
                items.append(more[0])
                stop = more[1]
            count += 1
            if stop >= len(toks):
                closed = True
                break
            raw = text[toks[stop - 1].end : toks[stop].start]
            gap = raw.strip()
            if "\n" in raw or gap in (".", "؛"):
                closed = True
                break
            if gap not in ("،", ",") and not (gap == "" and toks[stop].norm.startswith("و")):
                break
            i = stop
        if closed and count >= 2 and len(items) == len({s.start for s in items}):
            out += [s for s in items if fold(s.text) not in _gazetteer_names()]
            taken = taken | _covered(toks, _spans(items))
    return out


def _the_following(toks: list[Tok], k: int, rules: _Rules) -> tuple[int, str] | None:
    """'القرى التالية:', 'الأحياء الآتية:': a definite plural of villages or quarters with
    'the following' opens a list of their names as the indefinite one does."""
    following = _word_class("following")
    if k + 1 >= len(toks) or not toks[k + 1].joined or toks[k + 1].norm not in following:
        return None
    for where, stem, article in toks[k].readings:
        if article and stem in rules.list_cues:
            return where, stem
    return None


def _lists_of_named_places(text, toks, rules, found, known, ends) -> list[Suggestion]:
    """'حملة اعتقالات في برزة والقابون وركن الدين': after a preposition, names joined by و
    of which one is a new place the article names elsewhere with its noun (حي ركن الدين)
    are all places, when the list closes cleanly (as a list with a gazetteer town does)."""
    names = {tuple(fold(s.text).split()) for s in found if s.extra.get("new")}
    if not names:
        return []
    raw = _data.rules("new_names").get("list_with_a_town", {})
    openers, closers = _folded(raw.get("openers", [])), _folded(raw.get("closers", []))
    taken = _covered(toks, _spans([*found, *known]))
    out: list[Suggestion] = []
    k = 0
    while k < len(toks) - 2:
        if toks[k].norm not in openers or k + 1 in taken:
            k += 1
            continue
        items: list[Suggestion] = []
        i = k + 1
        while i < len(toks) and i not in taken:
            if i == k + 1:
                stop = _extent(toks, i, rules, taken, None) or 0
                item = _new_place(text, toks, i, stop, None, "list", known, ends) if stop else None
            else:
                more = _coordinated(text, toks, i, rules, taken, known, ends, "list")
                item, stop = more if more is not None else (None, 0)
            if item is None or _pronoun_ended(item.text):
                items = []
                break
            items.append(item)
            i = stop
            if i >= len(toks) or not toks[i].joined or not toks[i].norm.startswith("و"):
                break
        after = toks[i].norm if i < len(toks) else ""
        closed = i >= len(toks) or not toks[i].joined or after in closers
        named = [item for item in items if tuple(fold(item.text).split()) in names]
        items = [item for item in items if fold(item.text) not in _gazetteer_names()]
        if named and len(items) >= 2 and closed:
            out += items
            taken |= _covered(toks, _spans(items))
        k = max(k + 1, i)
    return out


def _other_names(text, toks, rules, taken, places, ends) -> list[Suggestion]:
    """'ناحية زركان (أبو راسين)', 'القامشلي (قامشلو)': a name in brackets right after a
    place is that place's other name, a place mention of its own."""
    starts = {tok.start: k for k, tok in enumerate(toks)}
    out: list[Suggestion] = []
    for s in places:
        opened = re.match(r"\s*\(\s*", text[s.end :])
        if opened is None:
            continue
        first = starts.get(s.end + opened.end())
        if first is None or first in taken:
            continue
        tok = toks[first]
        bare = Tok(tok.text, tok.start, tok.end, tok.norm, (), True)
        trial = [*toks[:first], bare, *toks[first + 1 :]]
        stop = _extent(trial, first, rules, taken, None)
        if stop is None or not text[toks[stop - 1].end :].lstrip().startswith(")"):
            continue
        if fold(text[toks[first].start : toks[stop - 1].end]) in _countries():
            continue  # 'درعا (سوريا)': the country, not another name
        closed = text.index(")", toks[stop - 1].end) + 1
        if text[closed:].lstrip()[:1] in ("-", "–", "—", ":"):
            continue  # 'القنيطرة (الأناضول) -': a dateline names the agency
        if fold(text[toks[first].start : toks[stop - 1].end]) in _outlets():
            continue  # 'إدلب (الأناضول)' on a line of its own: the agency, not another name
        out.append(_new_place(text, toks, first, stop, None, "other name", places, ends))
    return out


@cache
def _outlets() -> frozenset[str]:
    """The news outlets' and monitors' names (resources/sources.json), also without
    'وكالة': in brackets after a dateline they name the source, never a place."""
    names = [n for src in _data.sources() for n in (src.get("name_ar"), *src.get("aliases_ar", []))]
    folded = {fold(n) for n in names if n}
    agency = fold("وكالة") + " "
    return frozenset(folded | {n[len(agency) :] for n in folded if n.startswith(agency)})


def _names_before_brackets(text, toks, rules, taken, known) -> list[Suggestion]:
    """'مدينة سري كانيه (رأس العين)', 'وكري سبي (تل أبيض)': unknown words right before a
    known place in brackets are that place's other name (Kurdish and Arabic names of one
    town): offered with its record, and so is every other mention of the same words.
    Not a governorate in brackets ('الكرك (درعا)' says where a village lies) nor a
    dateline ('تدمر (حمص) -')."""
    weak = {fold(w) for w in _data.rules("places")["weak_cues"]}
    aliases: dict[tuple[str, ...], Suggestion] = {}
    out: list[Suggestion] = []
    for s in known:
        if s.extra.get("new") or s.extra.get("place_kind") == "governorate":
            continue
        opened = re.search(r"\(\s*$", text[: s.start])
        closed = re.match(r"\s*\)", text[s.end :])
        if opened is None or closed is None or fold(s.text) in _governorate_names():
            continue
        if text[s.end + closed.end() :].lstrip()[:1] in ("-", "–", "—", ":"):
            continue
        last = bisect_left([t.end for t in toks], opened.start() + 1) - 1
        if last < 0 or toks[last].end > opened.start() or last in taken:
            continue
        first = last
        while (
            first > 0
            and last - first + 1 < rules.max_words
            and toks[first].joined
            and not toks[first].norm.startswith("و")
            and first - 1 not in taken
            and _name_word(toks[first - 1], rules, first=True)
            and _cue(toks[first - 1], rules.place_cues) is None
        ):
            first -= 1
        lead = 1 if toks[first].norm.startswith("و") and len(toks[first].norm) > 3 else 0
        bare = Tok(
            toks[first].text[lead:],
            toks[first].start + lead,
            toks[first].end,
            toks[first].norm[lead:],
            (),
            True,
        )
        run = [bare, *toks[first + 1 : last + 1]]
        if not all(_name_word(t, rules, first=True) for t in run):  # 'كانيه' is no ك + انيه
            continue
        before = toks[first - 1] if first > 0 and toks[first].joined else None
        cued = lead or (
            before is not None
            and (_cue(before, rules.place_cues) is not None or before.norm in weak)
        )
        if not cued:
            continue
        words = tuple(t.norm for t in run)
        alias = Suggestion(
            "place",
            bare.start,
            toks[last].end,
            text[bare.start : toks[last].end],
            s.value,
            {**s.extra, "other_name": s.text, "cue": "other name"},
        )
        aliases[words] = alias
        out.append(alias)
    for k, tok in enumerate(toks):
        for words, alias in aliases.items():
            stop = k + len(words)
            if stop > len(toks) or any(n in taken for n in range(k, stop)):
                continue
            if not all(
                toks[k + n].joined and toks[k + n].norm == words[n] for n in range(1, len(words))
            ):
                continue
            where = next((w for w, stem, _ in tok.readings if stem == words[0]), None)
            end = toks[stop - 1].end
            if where is None or any(a.start < end and where < a.end for a in out):
                continue
            extra = {**alias.extra, "repeated": True}
            out.append(Suggestion("place", where, end, text[where:end], alias.value, extra))
    return sorted(out, key=lambda a: a.start)


def _spans(found: list[Suggestion]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in found]


def _after_known_pair(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'في معرة النعمان وخان شيخون وحاس وكفرسجنة': two known places joined by و begin a
    list; the names joined to it by و after them are places too."""
    starts = {tok.start: k for k, tok in enumerate(toks)}
    out: list[Suggestion] = []
    for first, second in pairwise(known):
        k = starts.get(second.start - 1)
        if k is None or k == 0 or toks[k - 1].end != first.end or not toks[k].norm.startswith("و"):
            continue
        stop = k
        while stop < len(toks) and toks[stop].start < second.end:
            stop += 1
        if stop >= len(toks) or stop in taken or not toks[stop].norm.startswith("و"):
            continue
        more, _ = _listed(text, toks, stop, rules, taken, known, ends, fold("قرى"))
        if not more or text[more[-1].end :].lstrip()[:1] not in ("", "،", ",", ".", "؛"):
            continue  # 'اللاذقية والحسكة ووصلت التعزيزات': no list closes there
        out += more
        taken = taken | _covered(toks, _spans(more))
    return out


def _after_one_known(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'قرية الرفيد وكودنة في الريف', 'الكسرة وحمرة بلاسم.', 'بلدة أبو حمام ... أبناء أبو حمام
    والكشكية وغرانيج في': a village of the gazetteer or one a place noun named, followed by
    names joined by و that close cleanly (punctuation, or 'في', 'قرب', a direction: new_names.json
    'after_one_known_closers'), lists more villages. A city that names a governorate does not
    open such a list ('حلب ومحيطها'), and a list closing on any other word is none."""
    closers = _word_class("after_one_known_closers")
    starts = _token_starts(toks)
    named = {fold(s.text) for s in known if s.kind == "place" and s.extra.get("cue")}
    out: list[Suggestion] = []
    for s in known:
        if s.kind != "place" or s.extra.get("place_kind") != "town" or s.start not in starts:
            continue
        if fold(s.text) in _governorate_names() or (
            s.extra.get("new") and fold(s.text) not in named
        ):
            continue
        k = starts[s.start]
        while k < len(toks) and toks[k].start < s.end:
            k += 1
        if k >= len(toks) or k in taken or not toks[k].joined or not toks[k].norm.startswith("و"):
            continue
        more, stop = _listed(text, toks, k, rules, taken, known, ends, fold("قرى"))
        if not more or any(_pronoun_ended(m.text) or _a_landmark_noun(m.text, rules) for m in more):
            continue  # 'في معرة النعمان وحدها', 'الطبقة ومعمل السكر': no village
        # a gazetteer name left unoffered ('ونوى': an everyday word) is no new place
        closes_at = more[-1].end
        more = [m for m in more if fold(m.text) not in _gazetteer_names()]
        closed = text[closes_at:].lstrip(" ")[:1] in ("", "،", ",", ".", "؛", "\n")
        closer = stop < len(toks) and toks[stop].joined and toks[stop].norm in closers
        if more and (closed or closer):
            out += more
            taken = taken | _covered(toks, _spans(more))
    return out


def _before_a_cued_one(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'في بستان القصر وحي الميسر', 'بين الشدادي وقرية العريشة': a name after a preposition of
    place joined by و to a singular place noun and its name is a place of the same kind (the
    two are listed together); new_names.json 'list_with_a_town' openers."""
    openers = _folded(_data.rules("new_names").get("list_with_a_town", {}).get("openers", []))
    singular = rules.town_cues - rules.plural_place_cues
    cues = singular | {c for c in rules.quarter_cues if c in (_QUARTER, fold("حارة"))}
    out: list[Suggestion] = []
    for k in range(1, len(toks) - 1):
        tok = toks[k]
        if not tok.norm.startswith("و") or k in taken or not tok.joined:
            continue
        cue = _cue(tok, cues)
        if cue is None:
            continue
        for first in (k - 1, k - 2):  # a name of one or two words before 'و + noun'
            if first < 1 or toks[first - 1].norm not in openers or not toks[first].joined:
                continue
            if any(j in taken for j in range(first, k)):
                break
            stop = _extent(toks, first, rules, taken, None)
            if stop == k and not _a_landmark_noun(text[toks[first].start : toks[k - 1].end], rules):
                item = _new_place(text, toks, first, stop, None, "list", known, ends)
                if fold(item.text) not in _gazetteer_names():
                    out.append(item)
                    taken = taken | set(range(first, stop))
            break
    return out


def _a_landmark_noun(name: str, rules: _Rules) -> bool:
    """'معمل السكر', 'المدرسة': a name opening with a building's or landmark's noun."""
    first = fold(name).split()[0] if name.strip() else ""
    return first in rules.landmark_nouns or _a_landmark_word(first, rules)


def _a_familys(toks: list[Tok], k: int, rules: _Rules, head: str) -> bool:
    """'مزرعة آل الحريري', 'مزرعة أبو محمد الحلبي': a family's or a person's farm (a
    family noun, or a kunya with a common given name), not a village."""
    if toks[k].norm in _word_class("family"):
        return True
    if head not in rules.bare_after_heads or toks[k].norm not in _word_class("kunya"):
        return False
    return k + 1 < len(toks) and toks[k + 1].joined and toks[k + 1].norm in rules.given_names


def _farmed(tok: Tok, rules: _Rules) -> bool:
    """'مزارع القمح', 'مزرعة الدواجن': a crop, livestock or the farmers after a farm's noun."""
    return tok.norm in rules.farm_produce


def _camp_abroad(toks: list[Tok], k: int) -> bool:
    """'مخيم الزعتري', 'مخيم عين الحلوة': a refugee camp outside Syria (new_names.json
    'camps_abroad'), no Syrian place."""
    camps = _folded(_data.rules("new_names").get("camps_abroad", []))
    one = toks[k].norm
    two = f"{one} {toks[k + 1].norm}" if k + 1 < len(toks) and toks[k + 1].joined else one
    return one in camps or two in camps


@cache
def _hills() -> dict[str, frozenset[str]]:
    raw = _data.rules("new_names").get("hills", {})
    return {
        key: _folded(raw.get(key, [])) for key in ("heads", "on", "verbs", "adjectives", "posts")
    }


def _on_a_hill(toks: list[Tok], i: int) -> bool:
    """'تمركزت على تل الأحمر', 'سيطرت على تل الحارة الاستراتيجي': a hill's name after 'on'
    with a verb of taking position before it or a position's adjective after the name
    (new_names.json 'hills'): a military position, not a village."""
    hills = _hills()
    if toks[i].norm not in hills["heads"] or i == 0 or not toks[i].joined:
        return False
    post = [
        t for t in toks[max(0, i - 4) : i] if any(s in hills["posts"] for _, s, _ in t.readings)
    ]
    if post and all(t.joined for t in toks[toks.index(post[-1]) + 1 : i + 1]):
        return True  # 'إلى نقطة مستحدثة في تل أحمر الغربي': a military post on a hill
    if toks[i - 1].norm not in hills["on"]:
        return False
    verb = i >= 2 and toks[i - 1].joined and toks[i - 2].norm in hills["verbs"]
    after = [t for t in toks[i + 2 : i + 4] if t.joined][:2]
    return verb or any(t.norm in hills["adjectives"] for t in after)


@per_token_list
def _token_starts(toks: list[Tok]) -> dict[int, int]:
    """The token index at each offset where a token or one of its readings starts: a
    suggestion may start after a proclitic ('وبلدة' read from 'بلدة'), and is found either way.
    Four finders ask for it of one article: it is built once (``per_token_list``)."""
    starts = {tok.start: k for k, tok in enumerate(toks)}
    for k, tok in enumerate(toks):
        for where, _, _ in tok.readings:
            starts.setdefault(where, k)
    return starts


def _lists_with_a_town(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'على كفرزيتا واللطامنة بريف حماة', 'في أطمة وقاح وسرمدا،', 'بين مضايا وبلودان': after
    a preposition, names joined by و with a gazetteer town among them are all places, the
    unknown ones new, when the list closes cleanly (new_names.json 'list_with_a_town')."""
    raw = _data.rules("new_names").get("list_with_a_town", {})
    openers, closers = _folded(raw.get("openers", [])), _folded(raw.get("closers", []))
    towns = [
        s
        for s in known
        if not s.extra.get("new")
        and s.extra.get("place_kind") == "town"
        and fold(s.text) not in _governorate_names()
    ]
    starts = _token_starts(toks)
    town_at = {starts[s.start]: s for s in towns if s.start in starts}
    out: list[Suggestion] = []
    k = 0
    while k < len(toks) - 2:
        # 'يستهدف كفرنبل وحاس والهبيط وعابدين': a list opening with a town needs no
        # preposition when two towns of the gazetteer stand in it
        bare = k + 1 in town_at and not toks[k + 1].norm.startswith("و") and toks[k + 1].joined
        # 'من أبناء أبو حمام والكشكية وغرانيج': the people's noun after the opener opens it,
        # as the camps' noun does ('باتجاه مخيمات أطمة وقاح')
        noun = toks[k].norm in rules.again_after or toks[k].norm in _word_class("camps_of_a_list")
        people = k > 0 and toks[k - 1].norm in openers and noun
        opened = (toks[k].norm in openers and toks[k + 1].norm not in rules.again_after) or bare
        opened = opened or (people and toks[k].joined)
        if not opened or (k + 1 in taken and k + 1 not in town_at):
            k += 1
            continue
        items, has_town, in_list, i = [], False, 0, k + 1
        while i < len(toks):
            if i in town_at:
                has_town, stop, in_list = True, i + 1, in_list + 1
                while stop < len(toks) and toks[stop].start < town_at[i].end:
                    stop += 1
            elif i in taken:
                break
            elif i == k + 1:
                landmark = _a_landmark_word(toks[i].norm, rules)
                landmark = landmark or toks[i].norm in _word_class("camps_of_a_list")
                stop = 0 if landmark else _extent(toks, i, rules, taken, None) or 0
                if stop:
                    items.append(_new_place(text, toks, i, stop, None, "list", known, ends))
            else:
                more = _coordinated(text, toks, i, rules, taken, known, ends, "list")
                stop = 0
                landmark = _a_landmark_word(fold(toks[i].text[1:]), rules)
                if more is not None and not _pronoun_ended(more[0].text) and not landmark:
                    items.append(more[0])  # not 'هجين وريفها', 'في معرة النعمان وحدها'
                    stop = more[1]
            if not stop:
                items = []
                break
            i = stop
            if i >= len(toks) or not toks[i].joined or not toks[i].norm.startswith("و"):
                break
        after = toks[i].norm if i < len(toks) else ""
        verb = _plural_verb(after)
        closed = i >= len(toks) or not toks[i].joined or after in closers or verb
        shaped = [_village_shaped(item.text) for item in items]
        named = has_town or (any(shaped) and len(items) >= 2) or shaped == ["joined"]
        named = named or (len(items) == 2 and _a_road_between(toks, k))
        if toks[k].norm not in openers and not people:
            named = in_list >= 2 and not verb and (i >= len(toks) or not toks[i].joined)
        # a gazetteer name left unoffered ('ونوى': an everyday word) is no new place
        items = [item for item in items if fold(item.text) not in _gazetteer_names()]
        if items and named and closed:
            out += items
            taken = taken | _covered(toks, _spans(items))
        k = max(k + 1, i)
    return out


def _people_of(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'ثلاثة شبان من أهالي الدلافة', 'شاب من أبناء حيالين': after 'من' and a noun of a
    place's people (new_names.json word_classes 'people_of'), an unknown name is their
    village or town (convention (e): where they come from)."""
    people = _word_class("people_of")
    out: list[Suggestion] = []
    for k in range(1, len(toks) - 1):
        if toks[k].norm not in people or toks[k - 1].norm not in _FROM or not toks[k].joined:
            continue
        j = k + 1
        if j in taken or not toks[j].joined or _a_landmark_word(toks[j].norm, rules):
            continue
        word = toks[j].norm
        bare = word[2:] if word.startswith("ال") else word
        if word in rules.cue_words or bare in rules.cue_words or bare in rules.refused:
            continue  # 'من أبناء العشائر', 'من أهالي المعتقلين': a group's or people's noun
        if word in _word_class("peoples") or word in _countries() or bare in _countries():
            continue  # 'من أبناء التركمان', 'من أبناء العراق': a people or a country
        if toks[j].text.endswith(("تنا", "تهم", "ته")):
            continue  # 'من أبناء جلدتنا', 'من أبناء عشيرته': a noun with 'our' or 'his'
        if word.startswith("و") or _is_nisba(word) or bare in _folded_actor_words():
            continue  # 'من أهالي ومقاتلي داريا': a second noun of people, no name
        if _a_nisba_after(toks, j + 1, rules):
            continue  # 'من أبناء الطائفة العلوية', 'من أبناء الشعب السوري': a common noun
        stop = _extent(toks, j, rules, taken, None)
        if stop is None or _pronoun_ended(text[toks[j].start : toks[stop - 1].end]):
            continue
        out.append(_new_place(text, toks, j, stop, None, "people", known, ends))
    return out


_FROM = frozenset(fold(w) for w in ("من", "ومن"))


def _a_nisba_after(toks: list[Tok], k: int, rules: _Rules) -> bool:
    """A definite nisba adjective at token ``k`` that is no direction ending a name."""
    if k >= len(toks) or not toks[k].joined:
        return False
    word = toks[k].norm
    return word.startswith("ال") and _is_nisba(word) and word not in rules.name_suffixes


def _a_road_between(toks: list[Tok], k: int) -> bool:
    """'الطريق الواصل بين خطاب وكفرطاب', 'طريق بين المسيفرة والكرك': 'بين' after a road's
    noun (and one word describing it) opens the road's two ends, places both
    (new_names.json road_nouns)."""
    if toks[k].norm != _BETWEEN or not toks[k].joined:
        return False
    roads = _folded(_data.rules("new_names").get("road_nouns", []))
    for back in (1, 2):
        j = k - back
        if j < 0 or not toks[j + 1].joined:
            return False
        if any(stem in roads for _, stem, _ in toks[j].readings):
            return True
    return False


_BETWEEN = fold("بين")


def _a_landmark_word(word: str, rules: _Rules) -> bool:
    """'الجسر', 'المدرسة', 'المستشفى': a building's or a landmark's noun with the article,
    which the rules without a place noun before a name never read as a village (after
    'حي' or 'قرية' it still may be one: 'حي البساتين')."""
    return word.startswith("ال") and word[2:] in rules.landmark_nouns


_VILLAGE_HEADS = frozenset(
    fold(w) for w in ("كفر", "خان", "تل", "دير", "عين", "بيت", "خربة", "جسر")
)
_KAFR = fold("كفر")


def _village_shaped(name: str) -> str | None:
    """'كفرنبودة' ('joined'), 'خان العسل' ('head'): a name whose first word is a village's
    head, or one word starting with 'كفر' joined to the rest; None for other names."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in _VILLAGE_HEADS:
        return "head"
    first = words[0] if words else ""
    # only كفر: 'تلغرام', 'عينيه', 'بيتنا' start like a head too
    joined = first.startswith(_KAFR) and len(first) >= len(_KAFR) + 3
    return "joined" if len(words) == 1 and joined and not _pronoun_ended(first) else None


def _pronoun_ended(name: str) -> bool:
    """'ريفها', 'وحدها': one word ending like a possessive pronoun (not 'كفرناها')."""
    words = fold(name).split()
    if len(words) != 1 or not words[0].endswith(("ها", "هم", "هن")):
        return False
    return not _joined_to_a_head(words[0])


def _before_a_direction(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'قتلا في حندرات شمال المدينة', 'نحو الحسينية جنوب دمشق': an unknown name after a
    preposition and right before a direction of a known place or of 'the city' is a place
    (new_names.json 'before_a_direction')."""
    raw = _data.rules("new_names").get("before_a_direction", {})
    openers, directions = _folded(raw.get("openers", [])), _folded(raw.get("directions", []))
    of, generic = _folded(raw.get("of", [])), _folded(raw.get("not_names", []))
    out: list[Suggestion] = []
    for k in range(1, len(toks) - 2):
        if k in taken or toks[k - 1].norm not in openers or not toks[k].joined:
            continue
        if toks[k].norm in generic or toks[k].norm in directions:
            continue
        if _a_landmark_word(toks[k].norm, rules):
            continue  # 'قرب الجسر شمال المدينة', 'في المدرسة غرب البلدة': no place noun names it
        stop = _extent(toks, k, rules, taken, None)
        if stop is None or stop + 1 >= len(toks) or stop in taken:
            continue
        direction, place = toks[stop], toks[stop + 1]
        if not (direction.joined and place.joined and direction.norm in directions):
            continue
        if not (stop + 1 in taken or place.norm in of):
            continue
        name = fold(text[toks[k].start : toks[stop - 1].end])
        if name in _gazetteer_names() or _pronoun_ended(name):
            continue
        out.append(_new_place(text, toks, k, stop, None, "direction", known, ends))
    return out


def _road_ends(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'على طريق اليادودة - المزيريب', 'طريق المزيريب - اليادودة': after a road noun
    (new_names.json 'road_nouns') two names joined by a dash are the road's ends; an
    unknown one beside a known place is a place too."""
    roads = _folded(_data.rules("new_names").get("road_nouns", []))
    starts = _token_starts(toks)

    def dash(a: int, b: int) -> bool:
        return text[toks[a].end : toks[b].start].strip() in ("-", "–")

    def road(k: int) -> bool:
        return k >= 0 and any(stem in roads for _, stem, _ in toks[k].readings)

    out: list[Suggestion] = []
    for s in known:
        k = starts.get(s.start)
        if k is None or s.extra.get("new"):
            continue
        stop = k
        while stop < len(toks) and toks[stop].start < s.end:
            stop += 1
        if road(k - 1) and stop < len(toks) and stop not in taken and dash(stop - 1, stop):
            tok = toks[stop]  # the known place first: its other end after the dash
            trial = [*toks[:stop], Tok(tok.text, tok.start, tok.end, tok.norm, (), True)]
            end = _extent([*trial, *toks[stop + 1 :]], stop, rules, taken, None)
            if end is not None:
                out.append(_new_place(text, toks, stop, end, None, "road", known, ends))
            continue
        if k < 2 or k - 1 in taken or not dash(k - 1, k):
            continue
        for first in (k - 1, k - 2):  # the unknown end first: one word or two
            free = first >= 1 and road(first - 1) and not (set(range(first, k)) & taken)
            if free and _extent(toks, first, rules, taken, None) == k:
                out.append(_new_place(text, toks, first, k, None, "road", known, ends))
                break
    return out


def _named_facilities(text, toks, rules, taken, known, ends) -> list[Suggestion]:
    """'مطار كويرس العسكري', 'معبر باب السلامة', 'قاعدة حميميم': an unknown name right
    after an airbase, crossing or base noun is the place it is named after
    (new_names.json 'facilities_named_after_places')."""
    raw = _data.rules("new_names").get("facilities_named_after_places", {})
    nouns, not_first = _folded(raw.get("nouns", [])), _folded(raw.get("not_first", []))
    bridges = _folded(raw.get("indefinite_nouns", []))
    abroad = _folded(raw.get("abroad", []))
    actors = _folded_actor_words()
    out: list[Suggestion] = []
    for k in range(len(toks) - 1):
        if k in taken:
            continue
        stems = toks[k].stems()
        bridge = not bridges.isdisjoint(stems)
        if not bridge and nouns.isdisjoint(stems):
            continue
        first = k + 1
        if first in taken or not toks[first].joined:
            continue
        word = toks[first].norm
        if bridge and (word.startswith("ال") or word in rules.refused):
            continue  # 'جسر الرشيد', 'جسر الملعب': a bridge's definite name is its own
        bare = word[2:] if word.startswith("ال") else word
        if word in not_first or word in actors or bare in actors:
            continue
        if not word.startswith("ال") and word.endswith(("ي", "يه")):
            continue  # 'معبر تجاري', 'قاعدة عسكرية': an adjective, no name
        stop = _extent(toks, first, rules, taken, None)
        if stop is None or _foreign_place(toks, first, stop, fold("مدينة"), rules):
            continue
        if stop < len(toks) and toks[stop].joined and toks[stop].norm.isdigit():
            continue  # 'قاعدة البرج 22': a post's number, no place
        if _abroad_after(toks, stop):
            continue  # 'مطار فنوكوفو في موسكو': a facility in a foreign city or country
        if " ".join(tok.norm for tok in toks[first:stop]) in abroad:
            continue  # 'معبر جابر', 'معبر فيشخابور': the other country's side of a crossing
        if bridge and not _a_bridges_namesake(toks[k], toks[first:stop], raw):
            continue  # 'جسر معلق', 'جسراً مدمراً': the bridge's adjective, no village
        out.append(_new_place(text, toks, first, stop, None, toks[k].norm, known, ends))
    return out


def _a_bridges_namesake(bridge: Tok, words: list[Tok], raw: dict[str, Any]) -> bool:
    """'جسر أرزونة', 'جسر قره قوزاق': may the indefinite words after a bridge be the village
    it is named after, not its adjective ('جسر معلق', 'جسر عائم', 'جسر طويل')? A bridge is
    masculine: a word ending in ة after it never agrees with it; any other word may not have
    the shape of a masculine adjective or participle (new_names.json facilities_named_after_
    places 'adjective_shapes'), a lone word has four letters at least, and an accusative
    bridge ('جسراً مدمراً') is one described, never one named."""
    if bridge.text.endswith(("ا", "اً", "ًا")):
        return False
    shapes = _adjective_shapes(tuple(raw.get("adjective_shapes", [])))
    for tok in words:
        if tok.norm.endswith("ه"):
            continue
        if any(shape.match(tok.norm) for shape in shapes):
            return False
        if len(words) == 1 and len(tok.norm) < 4:
            return False
    return True


@cache
def _adjective_shapes(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(fold_pattern) for fold_pattern in patterns)


def _abroad_after(toks: list[Tok], stop: int) -> bool:
    """'في موسكو', 'بتركيا': 'in' and a foreign city or a country right after a name."""
    if stop >= len(toks) or not toks[stop].joined:
        return False
    places = _foreign() | _countries()
    word = toks[stop]
    if word.norm == fold("في") and stop + 1 < len(toks) and toks[stop + 1].joined:
        return toks[stop + 1].norm in places
    return word.norm[:1] == "ب" and word.norm[1:] in places


def _region_of_villages(toks: list[Tok], stop: int, cue: str, rules: _Rules) -> bool:
    """'قرى المقرن الشرقي', 'قرى متقابلة': after a plural of villages or towns one unknown
    name that no other name joins is the part of a region they lie in where a direction
    ends it, or their adjective (an indefinite feminine word); not 'قرى الدوير' (the villages
    around al-Duwayr, coded there) nor quarters ('أحياء الوعر')."""
    if cue not in rules.list_cues or cue in rules.quarter_cues:
        return False
    if stop < len(toks) and toks[stop].joined and toks[stop].norm.startswith("و"):
        return False
    last = toks[stop - 1].norm
    adjective = stop >= 2 and not last.startswith("ال") and last.endswith(fold("ة"))
    regions = _folded(_data.rules("new_names").get("regions_after_plural", []))
    return adjective or last in rules.name_suffixes or last in regions


def _lists_after_known(
    toks: list[Tok], i: int, cue: str, known: list[Suggestion], rules: _Rules
) -> bool:
    """May the names after a known first place of this cue be more places? A dual always;
    a plural of villages or towns (قرى، بلدات) when the known place is a town itself."""
    if cue in rules.dual_place_cues:
        return True
    first = toks[i + 1]
    if any(s.start <= first.start < s.end and s.extra.get("new") for s in known):
        return cue in rules.list_cues  # 'أحياء الحميدية وباب هود': a homonym made new
    if cue not in rules.plural_place_cues or cue in rules.quarter_cues:
        return False  # 'منطقة أطمة ودير حسان': a region's noun lists like a plural
    first = toks[i + 1]
    return any(
        s.start <= first.start < s.end
        and s.extra.get("place_kind") == "town"
        and fold(s.text) not in _governorate_names()
        for s in known
    )


@cache
def _names_of_kind(kind: str) -> frozenset[str]:
    """Every Arabic name and variant of the gazetteer's places of ``kind``."""
    return frozenset(
        fold(v)
        for p in _data.places()
        if p.get("kind") == kind
        for v in [p["name_ar"], *(p.get("variants") or [])]
    )


@cache
def _gazetteer_names() -> frozenset[str]:
    """Every Arabic name and variant the gazetteer knows, folded."""
    return frozenset(fold(v) for p in _data.places() for v in [p["name_ar"], *p["variants"]] if v)


def _governorate_names() -> frozenset[str]:
    """Names a governorate shares with its seat ('قرى حلب' are the governorate's villages)."""
    return _names_of_kind("governorate")


_CAMP = fold("مخيم")


def city_quarters(text: str, toks: list[Tok], known: list[Suggestion]) -> list[Suggestion]:
    """``known`` with a city that names a quarter or a camp replaced by that new place:
    'حي حلب الجديدة' and 'درعا البلد' are quarters, 'مخيم درعا' a camp, not the city
    (only for the cities that share a governorate's name); and a known quarter with a
    number after it ('حي المزة 86') by the numbered quarter."""
    rules = _rules()
    ends = _sentence_ends(text, rules)
    starts = _token_starts(toks)  # 'بدرعا البلد': the city read after a proclitic
    out: list[Suggestion] = []
    for s in known:
        k = starts.get(s.start)
        if (
            s.kind == "place"
            and not s.extra.get("new")
            and k is not None
            and k > 0
            and toks[k].joined
            and _cue(toks[k - 1], rules.quarter_cues) is not None
            and _numbered_quarter(toks, k + 1, set())
        ):  # 'حي المزة 86': the quarter numbered after its plan, not the whole of Mezzeh
            out.append(_new_place(text, toks, k, k + 2, s.start, "quarter", known, ends))
            continue
        if (
            s.kind != "place"
            or s.extra.get("new")
            or k is None
            or fold(s.text) not in _governorate_names()
        ):
            out.append(s)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        before = toks[k - 1] if k > 0 and toks[k].joined else None
        if nxt is not None and nxt.joined and nxt.norm in _word_class("quarter_suffixes"):
            cue = before.norm if before is not None else "quarter"
            out.append(_new_place(text, toks, k, k + 2, s.start, cue, known, ends))
        elif before is not None and _CAMP in before.forms():
            start = before.end - len(_CAMP)  # ومخيم درعا: the camp without the و
            out.append(_new_place(text, toks, k - 1, k + 1, start, _CAMP, known, ends))
        else:
            out.append(s)
    return out


def homonyms(text: str, toks: list[Tok], known: list[Suggestion]) -> list[Suggestion]:
    """``known`` with a small gazetteer town that the text puts in another governorate
    replaced by a new place of the same words: Syria has many villages of one name
    (دوما in Rural Damascus and in Suwayda, الحميدية in Tartous, Homs and Quneitra) and the
    gazetteer only one of them. The text places it elsewhere when a governorate follows
    it in its sentence ('بلدة دوما بريف السويداء'), or when the article's other places all
    lie in other governorates and none in the town's own (a small town only:
    ``homonym_max_population``; a city named in passing keeps its record)."""
    rules = _rules()
    ends = _sentence_ends(text, rules)
    starts = _token_starts(toks)
    gazetteer = [s for s in known if s.kind == "place" and not s.extra.get("new")]
    out: list[Suggestion] = []
    for s in known:
        at = starts.get(s.start)
        if at is None:
            out.append(s)
            continue
        k = stop = at
        while stop < len(toks) and toks[stop].start < s.end:
            stop += 1
        suffixed = _suffixed_village(s, toks, k, stop, rules)
        road = _quarter_named_by_road(s, toks, k, rules)
        if road is not None:
            # 'أحياء الأربعين والقصور وطريق حلب': Hama's quarter on the Aleppo road
            out.append(_new_place(text, toks, k - 1, stop, road, "حي", known, ends))
            continue
        if _named_after_town(s, toks, k, rules):
            # 'مدينة أشرفية صحنايا': an unknown word after the cue, the town after it
            out.append(_new_place(text, toks, k - 1, stop, None, toks[k - 2].norm, known, ends))
            continue
        if not suffixed and not _elsewhere(s, gazetteer, ends, rules):
            out.append(s)
            continue
        stop += suffixed
        out.append(_new_place(text, toks, k, stop, s.start, s.extra.get("cue"), known, ends))
    return out


def _quarter_named_by_road(s: Suggestion, toks: list[Tok], k: int, rules: _Rules) -> int | None:
    """Where 'طريق' of 'وطريق X' starts when the item ends a list of quarters (a road named
    after a city is a quarter's name there), else None."""
    if s.kind != "place" or s.extra.get("new") or k < 2 or s.start != toks[k].start:
        return None
    road = toks[k - 1]
    if not (toks[k].joined and road.joined and road.norm == "و" + fold("طريق")):
        return None
    for b in range(k - 2, max(-1, k - 9), -1):
        if _cue(toks[b], rules.quarter_cues) is not None:
            return road.start + 1
        if not toks[b].joined:
            return None
    return None


def _named_after_town(s: Suggestion, toks: list[Tok], k: int, rules: _Rules) -> bool:
    """'بلدة أشرفية صحنايا': after a place noun an unknown indefinite word and then a known
    town make one name (a village called after the town), not a word and the town."""
    if s.kind != "place" or s.extra.get("new") or k < 2 or s.start != toks[k].start:
        return False
    word, cue = toks[k - 1], toks[k - 2]
    if not (toks[k].joined and word.joined) or word.norm.startswith("ال"):
        return False
    if _cue(cue, rules.place_cues) is None or _cue(cue, rules.plural_place_cues) is not None:
        return False
    if word.norm in rules.compound_heads and _cue(cue, rules.quarter_cues) is not None:
        return True  # 'حي طريق حلب', 'حي باب تدمر': a quarter named by its road or gate
    return _name_word(word, rules, first=True) and word.norm not in _cue_forms()


def _suffixed_village(s: Suggestion, toks: list[Tok], k: int, stop: int, rules: _Rules) -> bool:
    """'المليحة الشرقية', 'أورم الكبرى': a village's name with a direction or size is
    another village than the gazetteer's town of the bare name (not for a city that
    names a governorate: 'حلب الشرقية' is a part of Aleppo; not after ريف, whose
    direction it is: 'ريف ناحية تل تمر الشمالي')."""
    if s.kind != "place" or s.extra.get("new") or s.extra.get("place_kind") != "town":
        return False
    countryside = fold("ريف")
    if any(countryside in toks[b].forms() for b in range(max(0, k - 2), k)):
        return False
    if fold(s.text) in _governorate_names() or stop >= len(toks):
        return False
    population = _population(str(s.extra.get("id")))
    if population is not None and population > rules.homonym_max_population:
        return False
    nxt = toks[stop]
    return (
        nxt.joined
        and nxt.norm in rules.name_suffixes
        and nxt.norm not in _word_class("quarter_suffixes")
    )


def _elsewhere(s: Suggestion, places: list[Suggestion], ends: list[int], rules: _Rules) -> bool:
    if s.kind != "place" or s.extra.get("new") or s.extra.get("place_kind") != "town":
        return False
    if fold(s.text) in _governorate_names():
        return False
    own = s.extra.get("admin1")
    after = [p for p in places if p.start >= s.end and _same_sentence(ends, s.end, p.start)][:1]
    if after and after[0].extra.get("place_kind") == "governorate" and after[0].start - s.end < 12:
        return after[0].extra.get("admin1") != own
    population = _population(str(s.extra.get("id")))
    if population is not None and population > rules.homonym_max_population:
        return False
    if {fold(s.text), fold(s.extra.get("name_ar") or "")} & _district_names():
        return False  # 'كري سبي' (تل أبيض) in a Hasakah text: a district's seat is that town
    others = [p.extra.get("admin1") for p in places if fold(p.text) != fold(s.text)]
    return len(others) >= rules.homonym_min_others and own not in others


def _district_names() -> frozenset[str]:
    """Names a district shares with its seat town (تل أبيض, رأس العين, الحفة)."""
    return _names_of_kind("district")


@cache
def _population_by_id() -> dict[str, int | None]:
    return {str(p["id"]): p.get("population") for p in _data.places()}


def _population(place_id: str) -> int | None:
    return _population_by_id().get(place_id)


def _mentioned_again(
    text: str, toks: list[Tok], found: list[Suggestion], known: list[Suggestion]
) -> list[Suggestion]:
    """'غارات على أريحا والبارة ... قرية البارة': a new place named once after its noun is
    the same place where the text names it again after a preposition or joined by و to
    another place, after a noun named after places (مجزرة التضامن), or at the start of a
    line (the dateline 'معضمية الشام (رويترز)'); never inside another suggestion."""
    names: dict[tuple[str, ...], Suggestion] = {}
    camps: set[tuple[str, ...]] = set()  # a camp's definite name, bare: named again anywhere
    for s in found:
        words = tuple(fold(s.text).split())
        names.setdefault(words, s)
        if len(words) > 1 and words[0] == _CAMP and s.extra.get("new"):
            names.setdefault(words[1:], s)  # 'الركبان (سوريا) - الأناضول': the camp's place
            if words[1].startswith("ال") and len(words[1]) > 4:
                camps.add(words[1:])
    if not names:
        return []
    places_rules = _data.rules("places")
    weak = _folded(places_rules["weak_cues"]) | _rules().again_after
    weak |= _folded(places_rules.get("event_verbs", []))  # 'تقتحم الذيابية'
    spans = sorted((s.start, s.end) for s in (*found, *known))
    by_first: dict[str, list[tuple[tuple[str, ...], Suggestion]]] = {}
    for words, first in names.items():  # looked up by a reading, in the order named
        by_first.setdefault(words[0], []).append((words, first))
    out: list[Suggestion] = []
    for k, tok in enumerate(toks):
        hit = None
        for where, stem, _ in tok.readings:
            for words, first in by_first.get(stem, ()):
                rest = len(words) - 1
                if k + rest < len(toks) and all(
                    toks[k + n].joined and toks[k + n].norm == words[n] for n in range(1, rest + 1)
                ):
                    hit = where, toks[k + rest].end, first
                    break
            if hit is not None:
                break
        if hit is None:
            continue
        where, end, first = hit
        if any(a < end and where < b for a, b in spans):
            continue
        line_start = text[: tok.start].rstrip(" \t").endswith("\n") or not text[: tok.start].strip()
        if k == 0 or not tok.joined:
            again = line_start and where == tok.start
        else:
            before = toks[k - 1]
            joined_to_place = (
                where > tok.start
                and tok.norm.startswith("و")
                and any(b == before.end for _, b in spans)
            )
            in_place = text[tok.start : where] in ("ب", "وب")  # 'لجنة المصالحة ببرزة': 'in'
            again = joined_to_place or in_place or bool(before.forms() & weak)
        # 'مخيم الهول ... يؤوي الهول حالياً': the camp by its bare definite name, once named
        again = again or (tuple(fold(text[where:end]).split()) in camps and where == tok.start)
        if again:
            extra = {**first.extra, "repeated": True}
            out.append(Suggestion("place", where, end, text[where:end], first.value, extra))
            spans.append((where, end))
    return out


def _listed(text, toks, i, rules, taken, known, ends, cue) -> tuple[list[Suggestion], int]:
    """The names after the first one of a dual or plural cue: قريتي الدوير والزعفرانة,
    قرى الدوير، الزعفرانة والحويز (a comma list counts only when a و closes it)."""
    out: list[Suggestion] = []
    pending: list[Suggestion] = []
    done = i
    skipped = False
    while i < len(toks):
        if cue in rules.dual_place_cues and (out or pending):
            break  # 'بلدتي الحميدية والصمدانية الغربية وأقامت حاجزاً': a dual names two
        gap = text[toks[i - 1].end : toks[i].start].strip()
        by_comma = not toks[i].joined and gap in ("،", ",") and cue in rules.list_cues
        if not (toks[i].joined or by_comma):
            break
        if i in taken and not by_comma and toks[i].norm.startswith("و"):
            # بينها خان العسل وكفرناها والمنصورة: a known place inside the list
            while i + 1 < len(toks) and i + 1 in taken and _same_place(known, toks, i):
                i += 1
            i += 1
            done = i
            continue
        more = _coordinated(text, toks, i, rules, taken, known, ends, cue, by_comma)
        if more is None and not by_comma and not skipped:
            # 'أحياء الحاضر وجنوب الملعب والقصور بمدينة حماة': one item no rule reads, of one
            # or two words, does not end a list whose next item is read and ends it
            k = _past_unread_item(toks, i, taken)
            after = _coordinated(text, toks, k, rules, taken, known, ends, cue) if k else None
            if after is not None and _list_ends(toks, after[1]):
                skipped, more = True, after
                quarter = _quarter_by_direction(text, toks, i, k, rules, known, ends, cue)
                if quarter is not None:
                    out += [*pending, quarter]
                    pending = []
        if more is None:
            break
        i = more[1]
        if by_comma:
            pending.append(more[0])
        else:
            out += [*pending, more[0]]
            pending, done = [], i
    return out, done


def _names_a_group(toks: list[Tok], first: int, stop: int) -> bool:
    """A word of an actor's alias or a definite adjective in the name after a noun that
    also names groups ('جبهة النصرة', 'جبهة الشامية', 'الجبهة الغربية')."""
    words = [toks[k].norm for k in range(first, stop)]
    if len(words) > 1 and words[0] in _VILLAGE_HEADS:
        words = words[1:]  # 'جبهة تل كردي': a hill's or village's head, no group's word
    return any(w in _folded_actor_words() for w in words) or _is_nisba(words[0])


def _past_unread_item(toks: list[Tok], i: int, taken: set[int]) -> int | None:
    """The token of the next item joined by و after an item of one or two words at ``i``."""
    if i in taken or not toks[i].norm.startswith("و"):
        return None
    if not _rules().list_openers.isdisjoint(toks[i].stems()):
        return None  # 'قرى سهل الغاب ومنها الحويجة والشريعة': 'ومنها' opens the list itself
    for k in (i + 1, i + 2):
        if k >= len(toks) or k in taken or not toks[k].joined:
            return None
        if toks[k].norm.startswith("و"):
            return k
    return None


def _list_ends(toks: list[Tok], stop: int) -> bool:
    """A list item ending at ``stop`` ends the list: punctuation, a preposition, or a
    preposition glued to a place noun ('بمدينة', 'بريف') follows."""
    if stop >= len(toks) or not toks[stop].joined:
        return True
    word = toks[stop]
    if word.norm in _prepositions():
        return True
    return word.norm[:1] in "بل" and (word.norm[1:] in _cue_forms() or word.norm[1:] == fold("ريف"))


def _list_past_first(
    text, toks, i, rules, taken, known, ends, cue
) -> tuple[list[Suggestion], int] | None:
    """The names of a plural list after a first item of one or two words no rule reads:
    names joined by و follow it, and the list ends at punctuation (after at most one more
    item joined by و, such as a known place)."""
    for k in (i + 2, i + 3):
        if k >= len(toks) or not all(toks[n].joined for n in range(i + 1, k + 1)):
            return None
        if any(n in taken or toks[n].norm.startswith("و") for n in range(i + 1, k)):
            return None
        if not toks[k].norm.startswith("و"):
            continue
        more, stop = _listed(text, toks, k, rules, taken, known, ends, cue)
        quarter = _quarter_by_direction(text, toks, i + 1, k, rules, known, ends, cue)
        if more and quarter is not None:
            more = [quarter, *more]
        end = stop  # the list ends at punctuation, perhaps after one more item (a known place)
        while end < len(toks) and toks[end].joined and end - stop < 3:
            end += 1
        closed = end >= len(toks) or not toks[end].joined
        more_after = end == stop or toks[stop].norm.startswith("و")
        return (more, stop) if more and closed and more_after else None
    return None


_COMPASS = frozenset(fold(w) for w in ("جنوب", "شمال", "شرق", "غرب"))


def _quarter_by_direction(text, toks, first, stop, rules, known, ends, cue) -> Suggestion | None:
    """'أحياء الحاضر وجنوب الملعب والقصور': inside a list of quarters, an item of a compass
    word and a definite noun is a quarter's name (جنوب الملعب), not a direction, unless the
    noun is the town's own ('جنوب المدينة', before_a_direction 'of' and 'not_names')."""
    if cue not in rules.quarter_cues or stop - first != 2:
        return None
    lead = 1 if toks[first].norm.startswith("و") else 0
    word, noun = toks[first].norm[lead:], toks[first + 1].norm
    raw = _data.rules("new_names").get("before_a_direction", {})
    generic = _folded(raw.get("of", [])) | _folded(raw.get("not_names", []))
    if word not in _COMPASS or not noun.startswith("ال") or noun in generic:
        return None
    tok = toks[first]
    bare = Tok(tok.text[lead:], tok.start + lead, tok.end, word, (), True)
    trial = [*toks[:first], bare, *toks[first + 1 :]]
    return _new_place(text, trial, first, stop, None, cue, known, ends)


def _second_of_dual(toks: list[Tok], i: int, rules: _Rules, taken: set[int]) -> int | None:
    """The token of a dual's second name, joined by و within a few words of the noun at
    ``i`` when its first is no name this module offers (a mountain, a known place)."""
    for k in range(i + 2, min(i + 2 + rules.max_words, len(toks))):
        if not toks[k].joined:
            return None
        if toks[k].norm.startswith("و"):
            return None if k in taken else k
    return None


def _same_place(known: list[Suggestion], toks: list[Tok], i: int) -> bool:
    """Does the known place at token ``i`` go on over token ``i + 1``?"""
    return any(s.start < toks[i].end and toks[i + 1].start < s.end for s in known)


def _list_openers(text, toks, i, rules, taken, known, ends) -> tuple[list[Suggestion], int] | None:
    """'عشرات القرى والبلدات بينها خان العسل وكفرناها', 'بلدات مثل كفرنبل ومعرة النعمان':
    after a plural place noun, بينها/منها/مثل open a list of places, known or new."""
    if i + 1 >= len(toks) or not toks[i + 1].joined:
        return None
    if toks[i].norm.startswith(_KAF_AL) and len(toks[i].norm) > len(_KAF_AL) + 2:
        return _a_list_after_like(text, toks, i, rules, taken, known, ends)
    opener = not rules.list_openers.isdisjoint(toks[i].stems())
    if not opener:
        return None
    window = range(max(0, i - rules.list_opener_window), i)
    if not any(
        any(stem in rules.list_nouns for _, stem, _ in toks[k].readings)
        or toks[k].norm in rules.list_nouns
        for k in window
    ):
        return None
    first = i + 1
    out: list[Suggestion] = []
    if first in taken:
        stop = first
        while stop + 1 < len(toks) and stop + 1 in taken and _same_place(known, toks, stop):
            stop += 1
        stop += 1
    else:
        stop = _extent(toks, first, rules, taken, None)
        if stop is None:
            return None
        out.append(_new_place(text, toks, first, stop, None, "list", known, ends))
    more, end = _listed(text, toks, stop, rules, taken, known, ends, fold("قرى"))
    return out + more, max(end, stop)


_KAF_AL = fold("كال")


def _a_list_after_like(text, toks, i, rules, taken, known, ends):
    """'الأحياء الموالية كالزهراء وعكرمة', 'القرى المحيطة كالحويجة والشريعة': ك ('like')
    glued to a definite name opens a list of examples after a plural of places (new_names.json
    list_openers 'like_after', within its window); the list names two places at least, so
    that 'like' before one noun ('القرى كالعادة') is no village."""
    window = range(max(0, i - rules.list_opener_window), i)
    nouns = _folded(_data.rules("new_names")["list_openers"].get("like_after", []))
    if not any(toks[k].norm in nouns for k in window):
        return None
    tok = toks[i]
    bare = Tok(tok.text[1:], tok.start + 1, tok.end, tok.norm[1:], (), True)
    trial = [*toks[:i], bare, *toks[i + 1 :]]
    if i in taken or _a_landmark_word(bare.norm, rules):
        return None
    stop = _extent(trial, i, rules, taken, None)
    if stop is None:
        return None
    more, end = _listed(text, toks, stop, rules, taken, known, ends, fold("قرى"))
    if not more:
        return None
    return [_new_place(text, trial, i, stop, None, "list", known, ends), *more], max(end, stop)


def _coordinated(text, toks, i, rules, taken, known, ends, cue, by_comma=False):
    tok = toks[i]
    if i in taken or (not by_comma and not tok.norm.startswith("و")):
        return None
    if not by_comma and tok.norm in rules.refused:
        return None  # 'في منطقة الجسر وسط العاصمة': وسط is a word of its own, not و + سط
    if by_comma:
        bare = Tok(tok.text, tok.start, tok.end, tok.norm, (), True)
    else:
        bare = Tok(tok.text[1:], tok.start + 1, tok.end, tok.norm[1:], (), True)
    trial = [*toks[:i], bare, *toks[i + 1 :]]
    if _a_group_noun(bare.norm, rules):
        return None  # 'قرى الدقماق والحمرا والفرقة الرابعة ترد': a unit, not a third village
    if _with_a_pronoun(bare.norm, rules):
        return None  # 'بلدتي اللطامنة وكفرزيتا وأطرافهما': a known noun and a pronoun
    if not _name_word(bare, rules, first=True) and bare.norm not in rules.compound_heads:
        ends_item = i + 1 >= len(toks) or not toks[i + 1].joined or toks[i + 1].norm[:1] == "و"
        if ends_item and _name_word(bare, rules, first=True, pronoun_check=False):
            # 'بلدات احسم ومرعيان وسفوهن وكفرعويد': inside a list a one-word item that ends
            # like a pronoun is a village's name (a verb with a pronoun does not end an item)
            return _new_place(text, trial, i, i + 1, None, cue, known, ends), i + 1
        if _ha_spelled_name(trial, i, rules):  # 'قريتي تعنديه ويرموكيه بريف حماة'
            return _new_place(text, trial, i, i + 1, None, cue, known, ends), i + 1
        return None  # (وطريق السد: a head that is an everyday word still opens a name)
    stop = _extent(trial, i, rules, taken, cue)
    if stop is None:
        return None
    stop = _item_goes_on(trial, i, stop, rules, taken, later=True)
    if stop < len(toks) and toks[stop].joined and toks[stop].norm in _word_class("surrounding"):
        return None  # 'والمزارع المحيطة بها': the farms around, not a village 'المزارع'
    return _new_place(text, trial, i, stop, None, cue, known, ends), stop


def _with_a_pronoun(word: str, rules: _Rules) -> bool:
    """'أطرافهما', 'محيطها': a word the rules know with a possessive pronoun on it."""
    for pronoun in _pronouns():
        if word.endswith(pronoun) and len(word) > len(pronoun) + 2:
            return word[: -len(pronoun)] in rules.refused
    return False


def _a_group_noun(word: str, rules: _Rules) -> bool:
    """'الفرقة', 'الكتيبة': the article on a noun that names a group's kind, never a
    village's name (a place's kind may be: المزرعة is a town of Suwayda)."""
    return word.startswith("ال") and word[2:] in rules.actor_cues


def _item_goes_on(
    toks: list[Tok], first: int, stop: int, rules: _Rules, taken: set[int], later: bool = False
) -> int:
    """'أحياء بابا عمرو والخالدية': inside a list a name runs on to the و of the next one
    (one more indefinite name word), where the word after it would end the list; a later
    item also to a preposition ('قريتي حاج بلال وعمر أوشاغي في ناحية راجو')."""
    nxt = stop + 1
    if nxt >= len(toks) or stop in taken or nxt - first > rules.max_words:
        return stop
    word, after = toks[stop], toks[nxt]
    ends_list = later and after.joined and after.norm in _prepositions()
    if not (word.joined and after.joined and (after.norm.startswith("و") or ends_list)):
        return stop
    if word.norm.startswith(("و", "ال")) or not _name_word(word, rules, first=False):
        return stop
    return nxt


@cache
def _prepositions() -> frozenset[str]:
    """places.json's weak cues but و: words that end a list item before them."""
    return frozenset(fold(w) for w in _data.rules("places")["weak_cues"]) - {fold("و")}


def _with_the_article_toggled(text: str, start: int, end: int, cue: str | None):
    """'بلدة التلبيسة', 'مدينة ميادين': a one-word name after a noun of towns that the
    gazetteer spells with the article where the text has none, or without it where the text
    has it, is that town (writers add or drop ال); not after a quarter's noun (a quarter
    may share a village's name)."""
    name = fold(text[start:end])
    if cue not in _rules().town_cues or " " in name:
        return None
    other = name[2:] if name.startswith("ال") else "ال" + name
    return town_by_own_name(text, start, end, other)


def _new_place(text, toks, first, stop, start, cue, known, ends) -> Suggestion:
    start = toks[first].start if start is None else start
    end = toks[stop - 1].end
    name = text[start:end]
    known_town = _with_the_article_toggled(text, start, end, cue)
    if known_town is not None:
        return known_town
    rules = _rules()
    admin1 = _governorate(known, ends, end, toks, stop, rules)
    extra = {
        "new": True,
        "id": None,
        "place_kind": "town",
        "name_ar": name,
        "admin1": admin1,
        "admin2": None,
        "admin3": None,
        "latitude": None,
        "longitude": None,
        "cue": cue,
    }
    head, _, rest = name.partition(" ")
    english = f"{romanize(rest)} Camp" if fold(head) == fold("مخيم") and rest else romanize(name)
    return Suggestion("place", start, end, name, english, extra)


def find_new_actors(
    text: str, toks: list[Tok], known: list[Suggestion], places: list[Suggestion]
) -> list[Suggestion]:
    """New armed groups and tribes after a group noun (لواء، فرقة، عشيرة ...); ``known``
    are the actor list's finds, never repeated or overlapped; ``places`` the place finds
    (a place right after the noun is a front or a region: جبهة إدلب)."""
    rules = _rules()
    taken = _covered(toks, ((s.start, s.end) for s in known if s.kind in ("actor", "source")))
    at_place = _covered(toks, ((s.start, s.end) for s in places if not s.extra.get("new")))
    out: list[Suggestion] = []
    i = 0
    while i < len(toks):
        dual = _cue(toks[i], rules.dual_actor_cues) if i not in taken else None
        if dual is not None:
            found, i = _dual_new_actors(text, toks, i, rules.dual_actor_cues[dual[1]], taken)
            out += found
            continue
        cue = _cue(toks[i], rules.actor_cues) if i not in taken else None
        quoted_only = cue is None and i not in taken and _cue(toks[i], _quoted_cues()) is not None
        if quoted_only:
            cue = _cue(toks[i], _quoted_cues())  # 'تنظيم "حراس العقيدة"': only a quoted name
        if cue is None:
            i += 1
            continue
        stop = _quoted_extent(text, toks, i, taken, at_place)
        if stop is None and quoted_only:
            i += 1
            continue
        if stop is not None and any(q in text[toks[i].end : toks[i + 1].start] for q in _OPENING):
            cue = (toks[i + 1].start, cue[1])  # 'فصيل "أنصار الحق"': the name in its quotes
        if stop is None:
            stop = _actor_extent(toks, i, cue[1], rules, taken, at_place)
        if stop is None:
            i += 1
            continue
        start, end = cue[0], toks[stop - 1].end
        name = text[start:end]
        whole = " ".join(t.norm for t in toks[i:stop])  # with its group noun before the quotes
        if {fold(name).replace("_", " "), whole} & _speakers():  # also as #تجمع_أحرار_حوران
            i = stop  # تجمع أحرار حوران, 'تجمع "أحرار حوران"': a known monitor, no party
            continue
        if _listed_actor(toks, i, stop):
            i = stop  # 'مطالبين قوات الأندوف': the list knows it; the actor rules left it out
            continue
        inter = _party_inter(toks, stop, rules) or {**rules.actor_cues, **_quoted_cues()}[cue[1]]
        extra = {"new": True, "inter": inter, "name_ar": name, "cue": cue[1]}
        out.append(Suggestion("actor", start, end, name, romanize(name), extra))
        i = stop
    return out


_OPENING = '"“«'
_CLOSING = '"”»'
_QUOTED_NAME_WORDS = 5  # 'لواء "أحرار الجنوب"': most names in quotes have two to four words


@cache
def _actor_name_heads() -> frozenset[str]:
    """Plural heads of groups' names ('أحرار', 'صقور', 'أسود'): after one, any word may go
    on the name ('لواء صقور الجزيرة'), also a direction or region refused elsewhere."""
    return _folded(_data.rules("new_names").get("actor_name_heads", []))


@cache
def _quoted_cues() -> dict[str, str]:
    """Group nouns that introduce a new name only when it is set in quotes ('تنظيم "حراس
    العقيدة"'; a bare 'تنظيم' is the Islamic State's bare head)."""
    raw = _data.rules("new_names").get("quoted_actor_cues", {})
    return {fold(k): v for k, v in raw.items()}


@cache
def _quoted_not_names() -> frozenset[str]:
    """Epithets state media set in quotes ('"مجموعة إرهابية مسلحة"'): a quoted phrase with
    one of them is no group's name."""
    return _folded(_data.rules("new_names").get("quoted_not_names", []))


def _quoted_extent(
    text: str, toks: list[Tok], i: int, taken: set[int], at_place: set[int]
) -> int | None:
    """'لواء "أحرار الجنوب"', 'ما يسمى "لواء أحرار الجنوب"', 'ميليشيا "أسود الحسين"': a name set in
    quotes right after the group noun, or a quoted name that begins with it, is a name whatever its
    words (a direction, a virtue, a holy name): up to the closing quote, at most five words, none
    a known party or place; the index after the name or None."""
    cue = toks[i]
    before = text[toks[i - 1].end if i else 0 : cue.start]
    if i + 1 >= len(toks):
        return None
    gap = text[cue.end : toks[i + 1].start]
    if gap.strip(' \t"“«'):
        return None  # punctuation between the noun and the name
    if any(q in gap for q in _OPENING):
        first = i + 1  # 'ميليشيا "أسود الحسين"'
    elif any(q in before for q in _OPENING) and not any(q in gap for q in _CLOSING):
        first = i + 1  # '"لواء أحرار الجنوب"'
    else:
        return None
    if i > 0 and not before.strip(' \t"“«') and toks[i - 1].forms() & speaker_offices()[1]:
        return None  # 'قال «مجلس قبيلة العكيدات العسكري» في بيان': a speaker's name
    rules = _rules()
    k = first
    while k < len(toks) and k - first < _QUOTED_NAME_WORDS:
        if k in taken or k in at_place:
            return None
        if toks[k].norm in rules.generic_after or toks[k].forms() & _quoted_not_names():
            return None  # '"مجموعة إرهابية مسلحة"': state media's epithet in quotes
        after = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else text[toks[k].end :]
        if any(q in after for q in _CLOSING):
            return k + 1
        if k + 1 < len(toks) and not toks[k + 1].joined:
            return None  # punctuation before the closing quote: no name
        k += 1
    return None


def _dual_new_actors(
    text: str, toks: list[Tok], i: int, cue: str, taken: set[int]
) -> tuple[list[Suggestion], int]:
    """'اشتباكات بين عشيرتي البوحسن والمشاهدة': a dual group noun names two groups of its
    singular's kind, the second after و; each is offered by its bare name (the noun stands
    for both), and only a name the lists do not know with the singular noun."""
    rules = _rules()
    first_view = [*toks[:i], _standing(toks[i], cue, toks[i].start), *toks[i + 1 :]]
    stop = _actor_extent(first_view, i, cue, rules, taken, set())
    if stop is None:
        return [], i + 1
    names = [(first_view, i, stop)]
    nxt = toks[stop] if stop < len(toks) else None
    if nxt is not None and nxt.joined and nxt.norm.startswith("و") and len(nxt.norm) > 3:
        bare = _standing(nxt, nxt.norm[1:], nxt.start + 1)
        head = _standing(toks[stop - 1], cue, toks[stop - 1].start)
        view = [*toks[: stop - 1], head, bare, *toks[stop + 1 :]]
        second = _actor_extent(view, stop - 1, cue, rules, taken, set())
        if second is not None:
            names.append((view, stop - 1, second))
            stop = second
    out = []
    for view, head_at, end in names:
        if _listed_actor(view, head_at, end):
            continue  # 'قبيلتي العكيدات والبكارة': the list knows قبيلة العكيدات
        start = view[head_at + 1].start
        name = text[start : view[end - 1].end]
        if fold(name) in _speakers():
            continue
        extra = {"new": True, "inter": rules.actor_cues[cue], "name_ar": name, "cue": cue}
        out.append(Suggestion("actor", start, view[end - 1].end, name, romanize(name), extra))
    return out, stop


def _standing(tok: Tok, word: str, start: int) -> Tok:
    """A stand-in token read as ``word`` only (the singular a dual noun leaves unwritten,
    a name without its و)."""
    return replace(tok, start=start, norm=word, readings=((start, word, False),))


def _listed_actor(toks: list[Tok], i: int, stop: int) -> bool:
    """The words from ``i`` are an alias of the actor list, ending within the new name: a
    name the list knows is never new (the actor suggester decided whether it is a party)."""
    hit = name_index().match(toks, i)
    return hit is not None and hit.stop <= stop and hit.payloads[0][0] == "actor"


@cache
def _speakers() -> frozenset[str]:
    """Speakers the attribution rules know by name (monitors, parties' media ...)."""
    kinds = _data.rules("attribution")["kinds"]
    return frozenset(" ".join(_words(v)) for words in kinds.values() for v in words)


def _actor_extent(toks, i, cue, rules, taken, at_place) -> int | None:
    j = i + 1
    if j >= len(toks) or j in taken or toks[j].norm in rules.generic_after:
        return None
    needs = rules.needs_last.get(cue)
    if needs is None and j in at_place:
        return None  # جبهة إدلب: a front, not a group
    words: list[int] = []
    k = j
    firsts = rules.needs_first.get(cue)
    if firsts is not None:
        if toks[j].norm in rules.given_names:
            return _leaders_name(toks, j, rules, taken)  # مجموعة مصطفى المسالمة
        led = _led_by(toks, j, rules, taken)
        if led is not None:
            return led  # مجموعة تابعة لمصطفى المسالمة
        if toks[j].norm not in firsts:
            return None  # مجموعة مسلحة، عصابة تنشط: a leader's or family's name only
        words.append(j)  # مجموعة أبو خالد الرفاعي، عصابة آل المصري
        k = j + 1
    while k < len(toks) and len(words) < rules.max_words and k not in taken:
        if len(words) == 2 and toks[words[0]].norm in rules.family_heads:
            break  # 'عشيرة آل بري الحاجز': آل and one name
        if needs is not None and toks[k].joined and toks[k].norm in needs:
            return k + 1 if words else None  # مجلس منبج العسكري
        # 'حركة أحرار الشمال', 'لواء صقور الجزيرة': after a name's plural head any word may
        # follow, also a direction or a region
        opened = bool(words) and toks[words[-1]].norm in _actor_name_heads()
        if not _name_word(toks[k], rules, first=not words, open_head=opened):
            break
        words.append(k)
        k += 1
    if needs is not None or not words:
        return None
    if k < len(toks) and k not in taken and len(words) < rules.max_words:
        last = toks[k]  # قوات العشائر العربية: a closing adjective belongs to the name
        if last.joined and _is_nisba(last.norm) and last.norm not in rules.not_names:
            words.append(k)
    definite = any(toks[w].norm.startswith("ال") for w in words)
    if not definite and len(words) < 2:
        return None  # فصيل مسلح، كتيبة مدفعية: a generic noun, not a name
    if len(words) == 1 and toks[words[0]].norm in _bare_heads():
        return None  # 'فصائل الجبهة', 'فصائل الهيئة': a group named before, by its bare head
    if len(words) < rules.min_words.get(cue, 1):
        return None  # حركة السير: traffic, not a movement
    return words[-1] + 1


@cache
def _bare_heads() -> frozenset[str]:
    """The heads of kinds of groups with the article ('الجبهة', 'الهيئة'): a group named by
    its bare head is one the text named before (actor convention 2), never a new name."""
    heads = _data.rules("actors").get("counted_members", {}).get("bare_heads", [])
    return frozenset(fold("ال" + h) for h in heads)


def _led_by(toks: list[Tok], j: int, rules: _Rules, taken: set[int]) -> int | None:
    """'مجموعة تابعة لمصطفى المسالمة', 'مجموعة يقودها عماد أبو زريق': a link word at ``j``
    ('leader_links', or 'leader_links_li' with ل on the name) and a leader's name after it; the
    index after the name or None ('مجموعة تابعة للفرقة الرابعة' names no leader)."""
    k = j + 1
    if k >= len(toks) or k in taken or not toks[k].joined:
        return None
    name = toks[k]
    if toks[j].norm in rules.leader_links_li:
        if not name.norm.startswith("ل") or name.norm.startswith("لل"):
            return None
        name = _standing(name, name.norm[1:], name.start + 1)
    elif toks[j].norm not in rules.leader_links:
        return None
    if name.norm not in rules.given_names:
        return None
    return _leaders_name([*toks[:k], name, *toks[k + 1 :]], k, rules, taken)


def _leaders_name(toks: list[Tok], j: int, rules: _Rules, taken: set[int]) -> int | None:
    """'مجموعة مصطفى المسالمة', 'عصابة وسيم أبو زريق': a group known by its leader, a given
    name and a family name (one word, or أبو/آل and one); the index after the name or None."""
    k = j + 1
    opens_family = rules.family_heads | {fold("أبو")}
    if k < len(toks) and k not in taken and toks[k].joined and toks[k].norm in opens_family:
        k += 1  # 'وسيم أبو زريق'
    if k >= len(toks) or k in taken or not _name_word(toks[k], rules, first=False):
        return None
    if " ".join(t.norm for t in toks[j : k + 1]) in _speakers() or _listed_actor(toks, j, k + 1):
        return None  # 'عصابة بشار الأسد': a known person's name is no new group's leader
    return k + 1


def _party_inter(toks: list[Tok], stop: int, rules: _Rules) -> str | None:
    """'... الموالية للنظام' soon after the name: a political militia."""
    for k in range(stop, min(stop + rules.party_window, len(toks))):
        if k > stop and not toks[k].joined:
            break
        if toks[k].norm in rules.party_words:
            return rules.party_inter
    return None
