"""Victims named by one singular noun of their role: 'مقتل ممرض ومسعف', 'خطف طبيب',
'اقتادت معلماً', 'مقتل مسعفين اثنين وممرضة', 'قضى طفلان ومسن', and by a plain noun of a
person: 'مقتل امرأة', 'إصابة طفل', 'اعتقال شاب' (decided by the coordinator on 2026-11-30).

A singular noun of persons is an everyday word ('طبيب الحي', 'مزارع الزيتون'); it names a
party (actor convention: victims are ``Civilians (Syria)``) only where a word of harm stands
right before it (its object or genitive) or where it is joined by و to a victim already found
(a counted noun of persons, perhaps with its number after it). The word of harm may also
stand before the force that did it, the victim its object after the subject ('اغتال مسلحون
مجهولون شاباً', 'اغتال مسلحون مجهولون، مساء الثلاثاء، شاباً', 'اعتقال الأمن العسكري شاباً'):
the verb, then a force the actor suggester found, then at most 'adverbial' words set off by
commas, then a plain or role noun of a person ('object_nouns': 'اعتقلت قوى الأمن الداخلي
مدرساً', actor convention 12 of late 2026-11-30), unless the sentence goes on
to name the person a member of an armed group ('وهو عنصر سابق في', 'described_as'). A
sub-count ('بينهم أربعة أطفال ومعلمة') stays out: the group it is joined to was not found.
A member noun marked former right after a word of harm ('قُتل عنصر سابق في فصائل التسوية',
'اغتيال قيادي سابق') is a civilian victim too (actor convention 13 of late 2026-11-30), unless
the sentence says what he serves in now. The nouns and words are data in
``resources/suggest/actors.json`` (``singular_victims``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data, counted_members
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import to_full_stop
from reviewer.suggest.text import Tok, fold
from reviewer.suggest.verb_bases import listed_bases, verb_forms

__all__ = ["named_a_member", "singular_victim_spans", "struck"]


@cache
def _rule() -> tuple[str, frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("singular_victims", {})
    nouns = frozenset(fold(w) for w in raw.get("nouns", []))
    return (
        str(raw.get("actor", "Civilians (Syria)")),
        nouns | _duals(nouns),
        frozenset(fold(w) for w in raw.get("harm_words", [])),
        int(raw.get("gap", 1)),
    )


def _struck(toks: list[Tok], j: int, harm: frozenset[str]) -> bool:
    """``struck`` with this rule's words of harm and their bases."""
    return struck(toks, j, harm, _harm_bases())


def struck(toks: list[Tok], j: int, words: frozenset[str], bases: frozenset[str]) -> bool:
    """Token ``j`` is a word of harm (one of ``words``, or a verb of one of ``bases`` in any
    person and voice, verb_bases.py: 'اغتالا', 'أعدموا', 'خطفتا') not negated by the particle
    right before it ('negations': 'لم يختطفوا سائق الحافلة كما أشيع' reports no abduction)."""
    tok = toks[j]
    if not (tok.forms() & words or verb_forms(tok, bases) is not None):
        return False
    return not (j > 0 and tok.joined and toks[j - 1].norm in _words("negations"))


@cache
def _words(key: str) -> frozenset[str]:
    """One folded word list of actors.json's ``singular_victims`` ('negations', 'time_words')."""
    return frozenset(
        fold(w) for w in _data.rules("actors").get("singular_victims", {}).get(key, [])
    )


@cache
def _harm_bases() -> frozenset[str]:
    return listed_bases(_rule()[2])


def _duals(nouns: frozenset[str]) -> frozenset[str]:
    """The dual of each singular noun ('ممرضة' -> 'ممرضتين', 'ممرضتان'; 'طبيب' -> 'طبيبين'):
    two persons of a role are victims as one is ('طبيباً وممرضتين'). Not of an accusative
    form ('طبيبا'), which is no stem."""
    out = set()
    for n in nouns:
        if n.endswith("ا"):
            continue
        stem = n[:-1] + "ت" if n.endswith("ه") else n
        out.update({stem + "ين", stem + "ان"})
    return frozenset(out)


@cache
def _object_rule() -> tuple[int, frozenset[str]]:
    raw = _data.rules("actors").get("singular_victims", {})
    nouns = raw.get("object_nouns", []) + raw.get("object_plurals", [])
    return int(raw.get("adverbial", 0)), frozenset(fold(w) for w in nouns)


def _nouns_of(tok: Tok) -> set[str]:
    """The stems the token is read as without an article (a definite 'الطبيب' is no count)."""
    return {stem for _, stem, article in tok.readings if not article} | {tok.norm}


def singular_victim_spans(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int]]:
    """(start, end) of each singular noun of a victim's role the rule makes a party."""
    actor, nouns, harm, gap = _rule()
    taken = [(s.start, s.end) for s in found]
    victims = [(s.start, s.end) for s in found if s.kind == "actor" and s.value == actor]
    forces = [s for s in found if s.kind == "actor" and s.value != actor]
    out: list[tuple[int, int]] = []
    former_nouns = _former()[0]
    formers: list[int] = []  # where a former member victim was found
    plurals = _words("object_plurals")
    for k, tok in enumerate(toks):
        if tok.forms() & plurals and not any(a < tok.end and tok.start < b for a, b in taken):
            if _object_of_harm(text, toks, k, forces, harm):  # 'اختطف مسلحون أطفالاً'
                out.append((tok.start, tok.end))
                victims.append((tok.start, tok.end))
            continue
        if tok.forms().isdisjoint(nouns) and tok.forms().isdisjoint(former_nouns):
            continue  # no form of the word is a role (its forms include every stem it has)
        if any(a < tok.end and tok.start < b for a, b in taken):
            continue
        before = toks[k - 1] if k > 0 and tok.joined else None
        if not _nouns_of(tok) & nouns:
            struck = before is not None and _struck(toks, k - 1, harm)
            struck = struck or _object_of_harm(text, toks, k, forces, harm, former_nouns)
            if struck and _former_member(text, toks, k):
                out.append((tok.start, tok.end))  # 'قُتل عنصر سابق في فصائل التسوية'
                victims.append((tok.start, tok.end))  # 'اغتال مجهولون قيادياً سابقاً'
                formers.append(tok.start)
            elif formers and _former_again(text, toks, k):
                out.append((tok.start, tok.end))  # 'القيادي السابق' after 'قيادي سابق'
            continue
        harmed = before is not None and _struck(toks, k - 1, harm)
        harmed = harmed or _object_of_harm(text, toks, k, forces, harm)
        harmed = harmed or _harmed_across(toks, k, harm)
        if harmed or (tok.text.startswith("و") and _joined_to_victim(toks, k, victims, gap)):
            out.append((tok.start, tok.end))
            victims.append((tok.start, tok.end))
    return out


@cache
def _across_rule() -> tuple[frozenset[str], frozenset[str], int, frozenset[str]]:
    raw = _data.rules("actors").get("singular_victims", {}).get("across", {})
    return (
        frozenset(fold(w) for w in raw.get("fillers", [])),
        frozenset(fold(w) for w in raw.get("verbs_after", [])),
        int(raw.get("window_after", 0)),
        frozenset(fold(w) for w in raw.get("not_after", [])),
    )


def _harmed_across(toks: list[Tok], k: int, harm: frozenset[str]) -> bool:
    """The word of harm stands across a short pronoun ('قُتلت فيه امرأة', 'fillers'), or a
    passive or intransitive verb of harm follows the person in the same clause, perhaps after
    his age ('أن طفلاً أصيب بجروح', 'أن شاباً يبلغ من العمر 17 عاماً قُتل قنصاً':
    'verbs_after' within 'window_after' words). A sub-count ('بينهم طفل قُتل') stays out."""
    fillers, after, window, not_after = _across_rule()
    tok = toks[k]
    pronoun = k >= 2 and tok.joined and toks[k - 1].joined and toks[k - 1].norm in fillers
    if pronoun and toks[k - 2].forms() & harm:
        return True
    if k > 0 and toks[k - 1].forms() & not_after:
        return False
    m = k + 1
    while m < len(toks) and m - k <= window and toks[m].joined:
        if toks[m].forms() & _speech_openers():
            return False  # 'وقال ناشط من الحملة إن التنظيم أعدم': the harm is the report's
        if toks[m].forms() & after:
            return True
        m += 1
    return False


@cache
def _speech_openers() -> frozenset[str]:
    raw = _data.rules("actors").get("singular_victims", {}).get("across", {})
    return frozenset(fold(w) for w in raw.get("speech_openers", []))


def _joined_to_victim(toks: list[Tok], k: int, victims: list[tuple[int, int]], gap: int) -> bool:
    """A victim ends at most ``gap`` tokens before token ``k``, with no punctuation between."""
    j = k
    for _ in range(gap + 1):
        if j == 0 or not toks[j].joined:
            return False
        j -= 1
        if any(a <= toks[j].start < b or a < toks[j].end <= b for a, b in victims):
            return True
    return False


def _object_of_harm(
    text: str,
    toks: list[Tok],
    k: int,
    forces: list[Suggestion],
    harm: frozenset[str],
    former: frozenset[str] = frozenset(),
) -> bool:
    """Token ``k`` is the object of a word of harm whose subject, a force found, stands between
    them ('اغتال مسلحون مجهولون شاباً'), perhaps with a short adverbial set off by commas after
    the subject ('اغتال مسلحون مجهولون، مساء الثلاثاء، شاباً'), or a 'subject_heads' word before
    the force ('اعتقلت دورية تابعة للأمن العام شاباً'), or with no subject and only
    'time_words' between ('اختطفوا فجر اليوم سائق سيارة أجرة'). ``former``: member nouns read
    as objects too when the caller has seen them marked former ('اغتال مسلحون مجهولون قيادياً
    سابقاً في فصائل المعارضة'); not the definite ('القيادي السابق', read only as the man
    found before named again: ``_former_again``)."""
    adverbial, nouns = _object_rule()
    if k == 0 or toks[k].text.startswith("و"):
        return False
    if toks[k].joined and _after_time_words(toks, k, harm) and _nouns_of(toks[k]) & _rule()[1]:
        return not named_a_member(text, toks, k)  # 'اختطفوا فجر اليوم سائق سيارة أجرة'
    if not _nouns_of(toks[k]) & (nouns | former):
        return False
    j = k - 1
    if not toks[k].joined and text[toks[j].end : toks[k].start].strip(' "«»“”') == "":
        pass  # 'اختطف عناصر "الحسبة" طبيباً': a closing quote is no break
    elif not toks[k].joined:
        if text[toks[j].end : toks[k].start].strip() not in ("،", ","):
            return False
        m = j
        while m > 0 and toks[m].joined and j - m < adverbial:
            m -= 1
        if toks[m].joined or text[toks[m - 1].end : toks[m].start].strip() not in ("،", ","):
            return False
        j = m - 1  # the subject ends before the adverbial's comma
    subject = next((s for s in forces if s.end == toks[j].end), None)
    if subject is None or named_a_member(text, toks, k):
        return False
    i = next((m for m in range(j, -1, -1) if toks[m].start <= subject.start), None)
    if i is None or i == 0 or not toks[i].joined or toks[i].start != subject.start:
        return False
    heads = _words("subject_heads")
    while i > 1 and toks[i].joined and toks[i - 1].forms() & heads:
        i -= 1  # 'اعتقلت دورية تابعة للأمن العام شاباً', 'اختطف عناصر "الحسبة" طبيباً'
    return toks[i].joined and _struck(toks, i - 1, harm)


def _after_time_words(toks: list[Tok], k: int, harm: frozenset[str]) -> bool:
    """A word of harm, then only 'time_words' (at least one, at most 'adverbial'), then the
    person: 'اختطفوا فجر اليوم سائق سيارة أجرة', 'اعتقلت مساء أمس شاباً'."""
    adverbial, _ = _object_rule()
    j = k - 1
    while j > 0 and k - j <= adverbial and toks[j].forms() & _words("time_words"):
        if not toks[j].joined:
            return False
        j -= 1
    return j < k - 1 and _struck(toks, j, harm)


def named_a_member(text: str, toks: list[Tok], k: int) -> bool:
    """'اغتال مجهولون شاباً ... في بلدة الحراك، وهو عنصر سابق في فصائل المعارضة': the sentence
    goes on to name the person a member of an armed group ('وهو' and a member noun,
    'described_as'), and whether he is a civilian is left to the coder."""
    said, members = _described_as()
    for m in to_full_stop(text, toks, k):
        if m + 1 >= len(toks):
            break
        if toks[m].norm in said and toks[m + 1].forms() & members:
            return True
    return False


@cache
def _former() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The member nouns, the words of 'former' (the one list counted_members reads too:
    'عنصراً سابقاً في' is no mention of the group) and the words of serving now."""
    raw = _data.rules("actors").get("singular_victims", {}).get("former", {})
    return (
        frozenset(fold(w) for w in raw.get("nouns", [])),
        counted_members.former_words(),
        frozenset(fold(w) for w in raw.get("now", [])),
    )


def _former_member(text: str, toks: list[Tok], k: int) -> bool:
    """'اغتيال قيادي سابق في المعارضة', 'قُتل عنصر سابق في فصائل التسوية': a member noun
    ('former' 'nouns') with a word of 'former' right after it names one who once fought and is
    attacked as a civilian (actor convention 13 of late 2026-11-30); not where the sentence goes
    on to say what he serves in now ('يعمل حالياً ضمن صفوف اللواء الثامن', 'انضم إلى': 'now')."""
    return bool(_nouns_of(toks[k]) & _former()[0]) and _former_after(text, toks, k)


def _former_again(text: str, toks: list[Tok], k: int) -> bool:
    """'القيادي السابق في فصائل المعارضة' after the headline's 'اغتيال قيادي سابق': the definite
    member noun and former word name again the former member found before (actor convention
    29 of 2026-12-01); not where the sentence says what he serves in now."""
    definite = {stem for _, stem, article in toks[k].readings if article}
    return bool(definite & _former()[0]) and _former_after(text, toks, k)


def _former_after(text: str, toks: list[Tok], k: int) -> bool:
    """A word of 'former' right after the member noun at ``k``, and no word of serving now
    ('now') in the rest of its sentence."""
    _, words, now = _former()
    if k + 1 >= len(toks) or not toks[k + 1].joined or not toks[k + 1].forms() & words:
        return False
    return not any(toks[m].forms() & now for m in to_full_stop(text, toks, k + 1))


@cache
def _described_as() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("singular_victims", {}).get("described_as", {})
    return (
        frozenset(fold(w) for w in raw.get("words", [])),
        frozenset(fold(w) for w in raw.get("members", [])),
    )
