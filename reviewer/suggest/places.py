"""Places from the Syria gazetteer, found in Arabic text.

Names are matched after the shared Arabic fold (حماه = حماة) with proclitics on the
first word (بحماة، وحمص، لمدينة درعا). A name shared by a town, a district and a
governorate resolves by the word before it (ريف حماة -> the governorate, مدينة حماة
-> the town); rules live in resources/suggest/places.json. One adjacent-letter
transposition (السملية for السلمية, as a sample report really spells it) is
tolerated only for long names and only when it points at exactly one name.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.paths import load_resource_json
from reviewer.suggest import _data
from reviewer.suggest.actor_index import phrase_stop
from reviewer.suggest.gazetteer_suggestion import place_suggestion
from reviewer.suggest.model import Suggestion
from reviewer.suggest.new_names import continues_a_name, facility_city_adjectives, kind_nouns
from reviewer.suggest.text import PhraseIndex, Tok, fold, tokens

__all__ = ["find_places"]

# Broken plurals whose adjective is a feminine singular (بلدات جديدة), unlike duals.
_PLURALS = frozenset(fold(w) for w in ("قرى", "بلدات", "مدن", "أحياء"))

Place = dict[str, Any]


@cache
def _index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for place in _data.places():
        for variant in {place["name_ar"], *place["variants"]}:
            index.add(variant, str(place["id"]))
    return index


@cache
def _whole_words() -> frozenset[str]:
    """Words that are never a proclitic plus a place: countries, foreign cities and the
    nouns of places and groups ('لبنان' is no ل + بنان, 'فرقة' no ف + رقة)."""
    countries = load_resource_json("countries.json")["countries"]
    words = {fold(c["name_ar"]) for c in countries if c.get("name_ar")}
    words |= {fold(name) for name in _data.foreign_names()}
    words |= {fold(name) for name in _data.rules("places").get("never_split", [])}
    return frozenset(words | kind_nouns())


def _split_word(toks: list[Tok], i: int, start: int) -> bool:
    """The name was read after a proclitic of a word that is a word of its own."""
    tok = toks[i]
    return start > tok.start and (tok.norm in _whole_words() or tok.norm[1:] in _whole_words())


@cache
def _by_id() -> dict[str, Place]:
    return {str(p["id"]): p for p in _data.places()}


@cache
def _cues() -> dict[str, str]:
    rules = _data.rules("places")
    return {fold(word): kind for kind, words in rules["cues"].items() for word in words}


@cache
def _transpositions() -> dict[str, tuple[str, ...]]:
    """Misspelt single word -> the ids it can only mean. Ambiguous forms are dropped."""
    rules = _data.rules("places")
    min_len = int(rules["fuzzy_min_letters"])
    never = {fold(w) for w in rules["fuzzy_never"]}
    exact: set[str] = set()
    names: dict[str, set[str]] = {}  # misspelling -> correct folded names
    ids: dict[str, set[str]] = {}
    for words, payloads in _index().phrases():
        if len(words) != 1:
            continue
        name = words[0]
        exact.add(name)
        if len(name) < min_len:
            continue
        for k in range(len(name) - 1):
            if name[k] == name[k + 1]:
                continue
            if k == 0 and name.startswith("ال"):
                continue  # 'لإجلاء' (ل + إجلاء) is no misspelt 'الجلاء': لا opens ل + a word
            wrong = name[:k] + name[k + 1] + name[k] + name[k + 2 :]
            names.setdefault(wrong, set()).add(name)
            ids.setdefault(wrong, set()).update(payloads)
    return {
        wrong: tuple(sorted(ids[wrong]))
        for wrong, right in names.items()
        if len(right) == 1 and wrong not in exact and wrong not in never
    }


def _cue_before(toks: list[Tok], i: int) -> str | None:
    """The kind of place the word before token ``i`` announces ('بلدة', 'بريف'), if any.

    Read from the word's forms (asked of every token, built once per token); no cue
    word is a clitic reading of another, so at most one kind can be found."""
    if i == 0 or not toks[i].joined:
        return None
    cues = _cues()
    for stem in toks[i - 1].forms():
        if stem in cues:
            return cues[stem]
    return None


def _cued(toks: list[Tok], i: int, cue: str | None) -> bool:
    """A name that is also an everyday word needs a cue word or preposition before it."""
    return cue is not None or _after_one_of(toks, i, _words_of("weak_cues"))


def _after_one_of(toks: list[Tok], i: int, words: frozenset[str]) -> bool:
    """The word right before token ``i``, joined to it, is one of ``words`` as written or
    read without its clitics: the test of the nouns that make a name another thing's."""
    return i > 0 and toks[i].joined and bool(toks[i - 1].forms() & words)


@cache
def _event_verbs() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("places").get("event_verbs", []))


@cache
def _event_subjects() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex(article_strict=False)
    for phrase in _data.rules("places").get("event_subjects", []):
        index.add(phrase, "subject")
    return index


def _is_event_verb(tok: Tok) -> bool:
    return bool(tok.forms() & _event_verbs())


def _object_of_event(toks: list[Tok], i: int, name: str) -> bool:
    """'قصفت أريحا', 'اقتحمت قوات النظام الباب': an everyday-word name as the object of an
    event verb. Right after the verb only a name without the article (a definite noun
    there is more often the verb's subject: 'دخلت الثورة عامها'); after the verb's
    subject (an actor's name or an event_subjects phrase ending right before it) any."""
    if i == 0 or not toks[i].joined:
        return False
    if _is_event_verb(toks[i - 1]):
        return not name.startswith("ال")
    for verb in range(i - 2, max(-1, i - 7), -1):
        if not toks[verb + 1].joined:
            return False
        if _is_event_verb(toks[verb]):
            subject = _event_subjects().match(toks, verb + 1)
            stops = {phrase_stop(toks, verb + 1), subject.stop if subject else None}
            return i in stops
    return False


@cache
def _facility_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("places").get("named_after", []))


def _named_after(toks: list[Tok], i: int) -> bool:
    """'سوق الحميدية', 'شارع بغداد': the name of a street or market, not a place mention."""
    return _after_one_of(toks, i, _facility_nouns())


def _choose(ids: tuple[str, ...], cue: str | None) -> tuple[Place, list[Place]]:
    places = [_by_id()[i] for i in ids]
    order = list(_data.rules("places")["default_order"])
    if cue in order:
        order.remove(cue)
        order.insert(0, cue)
    places.sort(key=lambda p: (order.index(p["kind"]), -(p.get("population") or 0)))
    return places[0], places[1:]


@cache
def _needs_cue() -> frozenset[str]:
    """Names that are also everyday words: places.json's list and the generated one
    (packaging/build_everyday_place_words.py: frequent Arabic words naming small towns)."""
    listed = {fold(w) for w in _data.rules("places")["needs_cue"]}
    return frozenset(listed | set(_data.rules("everyday_place_words").get("words", {})))


@cache
def _directions() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("places").get("directions", []))


def _adjective_after(toks: list[Tok], stop: int) -> bool:
    """'الثورة السورية', 'الزيارة الأخيرة': an everyday noun with its adjective, not a town
    ('الحراك الشرقي', 'الحراك الواقعة في' describe a place and keep it)."""
    if stop >= len(toks) or not toks[stop].joined:
        return False
    norm = toks[stop].norm
    return norm.startswith("ال") and len(norm) > 3 and norm not in _directions()


def _a_relative_after(toks: list[Tok], stop: int) -> bool:
    """'في منبج والباب الذين خرجوا': a relative pronoun after a name is no adjective of it;
    only asked of an everyday-word name joined by و to a place that is no everyday word,
    so 'في الثورة التي' (the revolution that ...) stays a noun (places.json relatives)."""
    return stop < len(toks) and toks[stop].joined and toks[stop].norm in _words_of("relatives")


@cache
def _longer_name_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("places").get("heads_of_longer_names", []))


def _head_of_a_longer_name(toks: list[Tok], hit: Any) -> bool:
    """A one-word name that also heads longer names ('جديدة': جديدة عرطوز، جديدة الفضل),
    followed by a word that may continue a name, is the head of another place."""
    if len(hit.words) != 1 or hit.words[0] not in _longer_name_heads():
        return False
    return continues_a_name(toks, hit.stop)


def _route(text: str, toks: list[Tok], i: int, found: list[Suggestion]) -> bool:
    """'طريق درعا-بصرى': a name joined by a dash to the place right before it."""
    if i == 0 or not found or found[-1].end != toks[i - 1].end:
        return False
    return text[toks[i - 1].end : toks[i].start].strip() in ("-", "–")


def _listed_on(toks: list[Tok], stop: int) -> bool:
    """A gazetteer name joined by و right after ``stop``: the word before it is an item of a
    list of places ('مدن نوى وجاسم'), not an adjective."""
    if stop >= len(toks) or not toks[stop].joined or not toks[stop].norm.startswith("و"):
        return False
    return _index().match(toks, stop) is not None


def _route_from(text: str, toks: list[Tok], stop: int) -> bool:
    """'أوتوستراد دمشق – عمان': a dash and another name after the name make the road one
    between two places, which names them (not a street named after a place)."""
    if stop >= len(toks) or toks[stop].joined:
        return False
    return text[toks[stop - 1].end : toks[stop].start].strip() in ("-", "–")


def _dateline(text: str, start: int, end: int) -> bool:
    """'تدمر (حمص) - وكالات': a name opening a line before a bracket or a dash."""
    opens_line = not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n")
    return opens_line and text[end:].lstrip()[:1] in ("(", "-", "–", "—")


def find_places(text: str, toks: list[Tok] | None = None) -> list[Suggestion]:
    toks = tokens(text) if toks is None else toks
    needs_cue = _needs_cue()
    fuzzy = _transpositions()
    out: list[Suggestion] = []
    coordinated = False
    after_a_town = False  # the name before a 'و' is a place and no everyday word
    carried: str | None = None  # "ريفي حلب وإدلب": a dual or plural cue covers both names
    plural = _words_of("plural_cues")
    offered_words: dict[tuple[str, ...], tuple[Place, list[Place]]] = {}
    uncued: list[tuple[int, Any]] = []  # everyday-word names offered nowhere (yet)
    in_names: list[Any] = []  # names inside a market's or mosque's name ('سوق دوما')
    i = 0
    while i < len(toks):
        hit = _index().match(toks, i)
        if hit is not None and hit.stop == i + 1 and _split_word(toks, i, hit.start):
            hit = None
        if hit is not None and _head_of_a_longer_name(toks, hit):
            hit = None  # 'قرية جديدة عرطوز' is no 'جديدة' (the new-name rules take it whole)
        cue = _cue_before(toks, i)
        if cue is None and coordinated and toks[i].norm.startswith("و"):
            cue = carried
        if hit is not None:
            cued = _cued(toks, i, cue) or (coordinated and toks[i].norm.startswith("و"))
            route = _route(text, toks, i, out)
            cued = cued or route or _dateline(text, hit.start, hit.end)
            everyday = hit.words[0] in needs_cue and len(hit.words) == 1
            if everyday and not cued:
                cued = _object_of_event(toks, i, hit.words[0])
            if everyday and i > 0 and toks[i].joined and toks[i - 1].norm in _PLURALS:
                # "بلدات جديدة": after a plural noun the word is its adjective, unless a
                # place joined by و follows ("مدن نوى وجاسم والصنمين": a list of names)
                feminine = not hit.words[0].startswith("ال") and hit.words[0].endswith(fold("ة"))
                cued = not feminine and _listed_on(toks, hit.stop)
            described = _adjective_after(toks, hit.stop) and not _hospital_before(toks, i)
            if described and after_a_town and toks[i].norm.startswith("و"):
                described = not _a_relative_after(toks, hit.stop)  # 'منبج والباب الذين'
            if everyday and cue is None and not route and described:
                cued = False  # not 'طريق حمص-تدمر الشهر الماضي': the route names the town
            if everyday and _a_facility_after(toks, hit.stop):
                cued = False  # 'مدينة الجلاء الرياضية': a sports city, not the town الجلاء
            named_after = _named_after(toks, i) and not _route_from(text, toks, hit.stop)
            named_after = named_after or _a_tribes_name(toks, i)
            named_after = named_after or _own_name_of_an_outlet(toks, i, hit.words)
            named_after = named_after or _an_abstract_noun(toks, i, hit.words)
            named_after = named_after or _an_outlet(toks, i, hit.start, hit.stop)
            named_after = named_after or (cue is None and _the_two_named_before(toks, i, hit.words))
            offered = not (everyday and not cued) and not named_after
            if offered:
                place, others = _choose(hit.payloads, cue)
                out.append(place_suggestion(text, hit.start, hit.end, place, others, cue=cue))
                if everyday:
                    offered_words.setdefault(tuple(hit.words), (place, others))
            elif everyday and not named_after:
                uncued.append((i, hit))
            elif named_after and _named_after_again(toks, i):
                in_names.append(hit)
            # "مدينتي نوى وجاسم": a name joined by و to an offered place is cued by it.
            coordinated = offered and hit.stop < len(toks) and toks[hit.stop].joined
            after_a_town = coordinated and not everyday
            if i > 0 and toks[i - 1].norm in plural and _cue_before(toks, i) is not None:
                carried = cue
            elif cue is not carried:
                carried = None
            i = hit.stop
            continue
        coordinated = False
        after_a_town = False
        carried = None
        for where, stem, article in toks[i].readings:
            if stem not in fuzzy or article:
                continue
            if not _a_tribes_name(toks, i):
                place, others = _choose(fuzzy[stem], cue)
                out.append(
                    place_suggestion(
                        text, where, toks[i].end, place, others, cue=cue, match="transposition"
                    )
                )
                break
        i += 1
    out += _named_again(text, toks, uncued, offered_words)
    return sorted(out + _same_town_inside(text, in_names, out), key=lambda s: s.start)


def _the_two_named_before(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    """'قريتي حريصون وبارمايا ... الطرق المؤدية إلى القريتين': a town's name that is also a
    definite dual of a place noun ('القريتين', the two villages) refers back to the two
    places a dual of that noun named earlier in the text (places.json dual_anaphors)."""
    nouns = _dual_anaphors().get(" ".join(words), frozenset())
    return bool(nouns) and any(tok.forms() & nouns for tok in toks[:i])


@cache
def _dual_anaphors() -> dict[str, frozenset[str]]:
    raw = _data.rules("places").get("dual_anaphors", {})
    return {fold(name): frozenset(fold(w) for w in nouns) for name, nouns in raw.items()}


def _a_tribes_name(toks: list[Tok], i: int) -> bool:
    """The name at token ``i`` is a tribe's, not the town's it shares (after a tribe's noun
    or in a list a tribe's noun opens): asked of gazetteer and misspelt names alike."""
    return _in_a_list_of_tribes(toks, i) or _a_tribe(toks, i)


def _a_tribe(toks: list[Tok], i: int) -> bool:
    """'عشيرة البوكامل', 'قبيلة العكيدات': a name right after a singular (or dual) tribe's
    noun is the tribe, not the town it shares a name with; a plural (عشائر دير الزور: the
    tribes of Deir ez-Zor) may name the place (places.json single_tribe_nouns)."""
    return _after_one_of(toks, i, _words_of("single_tribe_nouns"))


def _own_name_of_an_outlet(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    """'قناة الميادين', 'صحيفة الثورة', 'صحيفة البعث': after an outlet's noun, a name that is
    the outlet's own (a Lebanese channel, the state dailies), not the town it spells
    (places.json outlet_cues: nouns, own_names). An outlet named after its town (شبكة
    السويداء 24, حلب اليوم) still names the town."""
    own_name = " ".join(words) in _outlet_words("own_names")
    return own_name and _after_one_of(toks, i, _outlet_words("nouns"))


@cache
def _abstract_before() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex(article_strict=False)
    for phrase in _data.rules("places").get("abstract_nouns", {}).get("after", []):
        index.add(phrase, "before")
    return index


def _an_abstract_noun(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    """'الحفاظ على السلمية', 'التمسك بالكرامة': a town's name that is also an abstract noun
    (peacefulness, dignity) after a verbal noun of keeping or demanding is that noun
    (places.json abstract_nouns)."""
    if " ".join(words) not in _abstract_words() or not toks[i].joined:
        return False
    for back in (1, 2):
        k = i - back
        if k < 0 or not toks[k + 1].joined:
            return False
        hit = _abstract_before().match(toks, k)
        if hit is not None and hit.stop in (i, i + 1):
            return True
    return False


@cache
def _abstract_words() -> frozenset[str]:
    words = _data.rules("places").get("abstract_nouns", {}).get("words", [])
    return frozenset(fold(w) for w in words)


def _a_facility_after(toks: list[Tok], stop: int) -> bool:
    """A sports, university or medical city's adjective right after the name."""
    if stop >= len(toks) or not toks[stop].joined:
        return False
    return toks[stop].norm in facility_city_adjectives()


def _in_a_list_of_tribes(toks: list[Tok], i: int) -> bool:
    """'أبناء عشائر البكير والشعيطات والبوكامل': a name joined by و to a list that a tribe's
    noun opens is a tribe, not the town it shares a name with (a list of one-word names)."""
    if not toks[i].norm.startswith("و"):
        return False
    k = i - 1
    while k >= 1 and i - k <= 6 and toks[k + 1].joined:
        if toks[k - 1].forms() & _words_of("tribe_nouns"):
            return toks[k].joined
        if not toks[k].norm.startswith("و"):
            return False  # only single-word items joined by و between
        k -= 1
    return False


@cache
def _words_of(key: str) -> frozenset[str]:
    """places.json's word list ``key``, folded once (not on every gazetteer hit)."""
    return frozenset(fold(w) for w in _data.rules("places").get(key, []))


def _an_outlet(toks: list[Tok], i: int, start: int, stop: int) -> bool:
    """'الميادين نت', 'أكد مصدر عسكري سوري للميادين': a site's name before 'نت', or a name
    glued to ل right after a source (مصدر، مصادر ... and up to three words describing it),
    is the outlet the source spoke to, not the town (places.json outlet_cues)."""
    if stop < len(toks) and toks[stop].joined and toks[stop].norm in _outlet_words("site"):
        return True
    prefix = toks[i].text[: start - toks[i].start]
    if prefix not in ("ل", "ول") and not toks[i].norm.startswith(("لل", "ولل")):
        return False
    if stop < len(toks) and toks[stop].joined and toks[stop].norm.isdigit():
        return False  # 'تحدثوا للسويداء 24': an outlet named after its town still names it
    sources = _outlet_words("sources")
    for k in range(i - 1, max(-1, i - 5), -1):
        if not toks[k + 1].joined:
            return False
        if toks[k].forms() & sources:
            return True
        word = toks[k].norm  # only words describing the source: 'عسكري سوري', 'ميدانية'
        if word in _words_of("weak_cues") or (word.startswith("ال") and not word.endswith(_NISBA)):
            return False
    return False


_NISBA = ("ي", "يه", "ية", "يين", "يون")


@cache
def _outlet_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("places").get("outlet_cues", {}).get(key, []))


def _hospital_before(toks: list[Tok], i: int) -> bool:
    """'مستشفى الباب العام', 'مشفى حماة الوطني': the adjective after the town is the
    hospital's (places.json 'hospitals'), the town still named."""
    return _after_one_of(toks, i, _words_of("hospitals"))


def _named_after_again(toks: list[Tok], i: int) -> bool:
    """The noun before the name is one whose name may be its town's (a market, a mosque,
    a roundabout: 'سوق دوما'), not a river's, plain's or basin's own name."""
    return bool(toks[i - 1].forms() & _words_of("named_after_town"))


def _same_town_inside(text: str, hits: list[Any], offered: list[Suggestion]) -> list[Suggestion]:
    """'غارات على سوق دوما' where the article names the town دوما elsewhere: the market is the
    town's (one sense per article), so the name is that place; a market named after a
    place the article does not name (سوق الحميدية in Damascus) stays no place mention."""
    ids = {str(s.extra.get("id")): s for s in offered}
    out = []
    for hit in hits:
        same = next((ids[p] for p in hit.payloads if str(p) in ids), None)
        if same is not None:
            place = _by_id()[str(same.extra["id"])]
            out.append(place_suggestion(text, hit.start, hit.end, place, [], match="named again"))
    return out


def _named_again(
    text: str,
    toks: list[Tok],
    uncued: list[tuple[int, Any]],
    offered: dict[tuple[str, ...], tuple[Place, list[Place]]],
) -> list[Suggestion]:
    """'مدينة القصير ... قبل تطهير القصير بالكامل', 'وجهاء جاسم': a name that is also an
    everyday word, once the text has named it as a place (after a cue), is that place at
    its other mentions too (one sense per article), not as an adjective ('بلدات جديدة')."""
    out = []
    for i, hit in uncued:
        if tuple(hit.words) not in offered:
            continue
        if i > 0 and toks[i].joined and toks[i - 1].norm in _PLURALS:
            continue
        if _adjective_after(toks, hit.stop):
            continue
        place, others = offered[tuple(hit.words)]
        out.append(place_suggestion(text, hit.start, hit.end, place, others, match="named again"))
    return out
