"""Persons named by a noun of what they are, in the slot of a harm: 'مقتل لاجئة عراقية',
'اختطاف سائق سيارة أجرة', 'إصابة والدتها', 'إصابة عدد من زميلاتها', 'ويحتجز أصحابهما'.

News names most victims not by a count but by what they are: their trade, their kin, their
being refugees, detainees, shoppers. Such a noun is an everyday word ('طبيب الحي', 'أصحاب
المحلات'); it names a party (actor conventions 2, 8, 12, 37 and (a): ``Civilians (Syria)``)
where it stands in the slot a harm gives its victim: right after the word of harm, as its
object or genitive, perhaps after 'عدد من' or 'أحد'. One condition for every such noun,
singular or plural, bare, definite or carrying a pronoun, instead of one rule per noun: the
nouns are a closed class, the words of harm those that kill, wound, abduct, detain or torture
(resources/suggest/harmed_persons.json). A negated harm ('لم يختطفوا') makes no party, and a
denied one is dropped afterwards with the other denied harms (counted_victims_not_parties.py).
"""

from __future__ import annotations

from functools import cache, lru_cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_phrases, folded_words
from reviewer.suggest.singular_victims import named_a_member, struck
from reviewer.suggest.text import Tok
from reviewer.suggest.verb_bases import listed_bases

__all__ = ["harmed_person_spans", "person_at"]

_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # harakat, tatweel

_SINGULAR = ("", "ا", "ه")  # the sound endings of one person (ه: ة folded)
_PLURAL = ("ين", "ون", "ات", "ان", "تين", "تان")


@cache
def _raw() -> dict[str, object]:
    return _data.rules("harmed_persons")


@cache
def _nouns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns of one person, of two or more, kin nouns that need a pronoun), folded."""
    raw = _raw()
    singulars = set(folded_words(raw.get("singulars")))
    plurals = set(folded_words(raw.get("plurals")))
    for stem in folded_words(raw.get("sound")):
        singulars.update(stem + ending for ending in _SINGULAR)
        plurals.update(stem + ending for ending in _PLURAL)
    return frozenset(singulars), frozenset(plurals), folded_words(raw.get("kin"))


@cache
def _harm() -> tuple[frozenset[str], frozenset[str]]:
    """The words of harm and their bases (any person and voice: 'فأصابوا', 'اعتُقلوا')."""
    words = folded_words(_raw().get("harm"))
    return words, listed_bases(words)


@cache
def _bridges() -> tuple[tuple[str, ...], ...]:
    return folded_phrases(_raw().get("bridges"))


@cache
def _pronouns() -> tuple[str, ...]:
    return tuple(sorted(folded_words(_raw().get("pronouns")), key=len, reverse=True))


def _stems(tok: Tok) -> set[str]:
    """The token's stems without proclitics and the article ('بالمتسوقين' -> 'متسوقين')."""
    return {stem for _, stem, _ in tok.readings} | {tok.norm}


def _without_pronoun(word: str) -> set[str]:
    """The nouns a word with a pronoun at its end may be: 'والدتها' -> 'والده' (ة written ت
    before it), 'متطوعينا' -> 'متطوعين', 'مرافقيه' -> 'مرافقي', 'مرافقين', 'ابنايهم' ->
    'ابناء' (ئ before it, folded ي)."""
    out: set[str] = set()
    for p in _pronouns():
        if not word.endswith(p) or len(word) - len(p) < 2:
            continue
        rest = word[: -len(p)]
        out.add(rest)
        if rest.endswith("ت"):
            out.add(rest[:-1] + "ه")
        if rest.endswith(("ي", "و")):
            out.update({rest[:-1] + "ين", rest + "ن", rest[:-1] + "ء"})
    return out


def person_at(tok: Tok, kin: bool = True) -> int | None:
    """Where a noun of the class starts in the token (``_person_in``), as a text offset;
    ``kin``: kin and companions with a pronoun count too."""
    relative = tuple((at - tok.start, stem, article) for at, stem, article in tok.readings)
    at = _person_in(tok.text, relative, kin)
    return None if at is None else tok.start + at


@lru_cache(maxsize=16384)
def _person_in(
    word: str, readings: tuple[tuple[int, str, bool], ...], with_kin: bool
) -> int | None:
    """Where a noun of the class starts in the token (after its proclitics, at its article;
    ``readings`` the token's own, offsets from its start),
    None if the token is none: a plural bare or definite ('بالمتسوقين'), a singular bare
    ('لاجئة'; the definite 'الشاب أحمد' names a person by his name, convention 13's last
    line), or a noun carrying a pronoun ('والدتها', 'أصحابهما'; not a word ending in ة,
    which no pronoun does: 'تجارة' is no 'تجار' + ه)."""
    singulars, plurals, kin = _nouns()
    kin = kin if with_kin else frozenset()
    pronoun = not word.rstrip(_MARKS).endswith("ة")
    for at, stem, article in sorted(readings):  # the article's one tokenisation, not a new one
        if article:
            continue
        definite = stem.startswith("ال")
        if (stem[2:] if definite else stem) in (plurals if definite else singulars | plurals):
            return at
        if not definite and stem.endswith("ا") and stem[:-1] in plurals:
            return at  # 'عمالاً', 'رجالاً': a plural's indefinite accusative
        if pronoun and not definite and _without_pronoun(stem) & (kin | singulars | plurals):
            return at
    return None


def _kin_at(tok: Tok) -> int:
    """Where the kin noun starts in the token (after its proclitics)."""
    kin = _nouns()[2]
    return next((at for at, stem, _ in sorted(tok.readings) if stem in kin), tok.start)


def _kin_construct(toks: list[Tok], k: int) -> bool:
    """'ابن أخيه': a bare kin noun before a kin noun that carries a pronoun."""
    kin = _nouns()[2]
    if k + 1 >= len(toks) or not toks[k + 1].joined or not _stems(toks[k]) & kin:
        return False
    return any(_without_pronoun(s) & kin for s in _stems(toks[k + 1]))


def _struck(toks: list[Tok], j: int) -> bool:
    """Token ``j`` is one of this rule's words of harm, not negated (singular_victims.struck)."""
    return struck(toks, j, *_harm())


@cache
def _demand() -> tuple[frozenset[str], int]:
    """Words before a harm that make it no reported one: generic 'demand_words' (as the
    generic nouns read them) and this rule's 'not_reported' (a protest's cause or slogan)."""
    raw = _data.rules("actors").get("generic", {})
    words = folded_words(raw.get("demand_words")) | folded_words(_raw().get("not_reported"))
    return words, int(raw.get("demand_window", 0))


def _demanded(toks: list[Tok], j: int) -> bool:
    """'تطالب بوقف اعتقال الشبان', 'احتجاجاً على مقتل أحد أبنائهم', 'تحت شعار "روسيا تقتل
    أطفالنا"': a demand, protest or slogan word earlier in the clause of the harm at ``j``
    makes it a harm asked for or against or chanted, not the one the text reports."""
    words, window = _demand()
    m = j
    while m > 0 and toks[m].joined and j - m < window:
        m -= 1
        if toks[m].forms() & words:
            return True
    return False


def _slot_before(toks: list[Tok], k: int) -> int | None:
    """The token before the person at ``k``, past one bridge ('عدد من', 'أحد'), with no
    punctuation between; None at a break."""
    if k == 0 or not toks[k].joined:
        return None
    j = k - 1
    for phrase in _bridges():
        at = k - len(phrase)
        if at < 1 or not all(toks[at + n].norm == w for n, w in enumerate(phrase)):
            continue
        if all(toks[at + n].joined for n in range(len(phrase))):
            return at - 1
    return j


@cache
def _carrier_rule() -> tuple[frozenset[str], frozenset[str], int]:
    raw = _raw()
    return (
        folded_words(raw.get("carriers")),
        folded_words(raw.get("strikes")),
        int(raw.get("strike_window", 0)),  # type: ignore[call-overload]
    )


def _carried_struck(toks: list[Tok], k: int) -> bool:
    """'استهدفت طائرات التحالف عبّارة تقل نازحين': the person is carried ('carriers' right
    before him) by what a strike ('strikes') hit up to 'strike_window' words before, in one
    clause."""
    carriers, strikes, window = _carrier_rule()
    if k < 2 or not toks[k].joined or not toks[k - 1].forms() & carriers:
        return False
    m = k - 1
    while m > 0 and toks[m].joined and k - 1 - m < window:
        m -= 1
        if toks[m].forms() & strikes or _struck(toks, m):
            return not _demanded(toks, m)
    return False


def _harm_before_span(toks: list[Tok], first: int) -> int | None:
    """The word of harm before a suggestion starting at token ``first``, past the words that
    head a force ('subject_heads' of singular_victims: 'دورية تابعة لـ') or a count and من
    before it; None if none."""
    heads = _subject_heads()
    i = first
    while i > 1 and toks[i].joined and toks[i - 1].forms() & heads:
        i -= 1
    if i > 1 and toks[i].norm != "من" and toks[i].joined and toks[i - 1].norm == "من":
        i -= 1
    if i > 1 and toks[i].norm == "من" and toks[i].joined:
        i -= 1  # 'قُتل ثلاثة من مسلحي العشائر': the count before its group
    j = _slot_before(toks, i)
    return j if j is not None and _struck(toks, j) and not _demanded(toks, j) else None


@cache
def _subject_heads() -> frozenset[str]:
    raw = _data.rules("actors").get("singular_victims", {})
    return folded_words(raw.get("subject_heads"))


def _next_to_harmed(
    text: str, toks: list[Tok], k: int, forces: list[Suggestion], starts: dict[int, int]
) -> bool:
    """The person at ``k`` right after a force found (no punctuation between) that stands in
    the slot of a harm: its subject ('اعتقلت قوات النظام ناشطين'; not after a verb whose
    subject is its own plural pronoun, 'احتجزوا تسعة من عناصر الشرطة رهائن', nor where the
    sentence goes on to name the person a member, singular_victims.named_a_member), or
    fighters killed he is joined to by و ('قُتل ثلاثة من مسلحي العشائر وطفلة'). Not after
    civilians found: a noun right after them is their adjective ('رجلاً مسناً', 'عائلات
    نازحة'), and one joined to them was a victim with them already ('مقتل امرأة وطفلها')."""
    if k == 0 or not toks[k].joined:
        return False
    end = toks[k - 1].end
    span = next((s.start for s in forces if s.end == end), None)
    first = starts.get(span) if span is not None else None
    j = _harm_before_span(toks, first) if first is not None else None
    if j is None:
        return False
    if toks[k].text.startswith("و"):
        return True
    if toks[j].norm.endswith(("وا", "ون")):
        return False  # 'احتجزوا تسعة من عناصر الشرطة رهائن': the force is the object
    return not named_a_member(text, toks, k)


@cache
def _rubble() -> tuple[tuple[str, ...], ...]:
    return folded_phrases(_raw().get("under_rubble"))


def _under_rubble(toks: list[Tok], k: int) -> bool:
    """'انتشلت فرق الدفاع المدني امرأة وطفلها من تحت الأنقاض', 'رأيت أطفالاً تحت الركام': a
    person pulled from or lying under the rubble ('under_rubble' right after him, in his
    clause) is a strike's victim, whoever pulls him out. Not the trapped or missing ('عالقين',
    'مفقودين' are no nouns of the class), nor bodies ('جثتي امرأة وابنتها من تحت أنقاض',
    ``_bodies``)."""
    for phrase in _rubble():
        at = k + 1
        if at + len(phrase) > len(toks):
            continue
        if all(toks[at + n].joined and toks[at + n].norm == w for n, w in enumerate(phrase)):
            return True
    return False


def _first_conjunct(toks: list[Tok], k: int) -> int:
    """The first of two persons joined by و ('امرأة وطفلها'), else ``k``."""
    joined = k > 0 and toks[k].joined and toks[k].text.startswith("و")
    return k - 1 if joined and person_at(toks[k - 1]) is not None else k


@cache
def _dead_words() -> frozenset[str]:
    return folded_words(_data.rules("actors").get("generic", {}).get("dead_words"))


def _bodies(tok: Tok) -> bool:
    """A word of bodies ('جثتي', generic 'dead_words'): the bodies under the rubble are the
    harm slot's ('جثث') or a toll's, not a rescue's."""
    return bool(tok.forms() & _dead_words())


def harmed_person_spans(
    text: str,
    toks: list[Tok],
    found: list[Suggestion],
    counted: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each noun of a person the slot of a harm makes a party; nouns an
    actor suggestion already covers are left as they are. ``counted``: the spans of figures
    (a counted person under the rubble is the counted rules' to judge)."""
    actor = str(_raw().get("actor", "Civilians (Syria)"))
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    generic = {actor, *_raw().get("not_forces", [])}  # type: ignore[misc]
    forces = [s for s in found if s.kind == "actor" and s.value not in generic]
    starts = {t.start: n for n, t in enumerate(toks)}
    starts.update({at: n for n, t in enumerate(toks) for at, _, _ in t.readings})
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(toks):
        construct = _kin_construct(toks, k)
        start = _kin_at(tok) if construct else person_at(tok)
        if start is None or any(a < tok.end and tok.start < b for a, b in taken):
            continue
        j = _slot_before(toks, k)
        struck = j is not None and _struck(toks, j) and not _demanded(toks, j)
        struck = (
            struck or _carried_struck(toks, k) or _next_to_harmed(text, toks, k, forces, starts)
        )
        if not struck and not any(a < tok.end and tok.start < b for a, b in counted or []):
            first = _first_conjunct(toks, k)
            struck = _under_rubble(toks, k) and not (first and _bodies(toks[first - 1]))
            if struck and first < k:  # 'امرأة وطفلها من تحت أنقاض': one mention of both
                start = person_at(toks[first]) or toks[first].start
        if not struck:
            continue
        end = toks[k + 1].end if construct else tok.end
        out.append((start, end, actor))
        taken.append((start, end))
    return out
