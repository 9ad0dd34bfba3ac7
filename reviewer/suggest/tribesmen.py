"""Tribesmen who fight: 'أبناء العشائر'، 'أبناء القبائل العربية'، 'أبناء عشائر ريف الرقة' are
the Arab tribal militia where they take up arms (actor convention 6 of the night of
2026-11-30); elsewhere they are people of the tribes (civilians when harmed, protesters when
protesting, no mention when only named as where someone comes from).

They fight where their sentence has a word of fighting ('طرد'، 'انتفضوا'، 'سيطروا'، 'هبّ')
or where the text reports tribal forces fighting (the actor suggester found the Arab tribal
militia or a named tribe's militia in it) and their sentence neither protests nor flees. A
mention the other rules made Protesters stays so. The words are data in
resources/suggest/actors.json (``tribesmen``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import full_stop_after, full_stop_before
from reviewer.suggest.text import Tok, fold

__all__ = ["fighting_tribesmen", "listed_tribes", "tribe_named_again", "tribe_named_as_origin"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("actors").get("tribesmen", {})
    return {
        "forms": tuple(tuple(fold(f).split()) for f in raw.get("forms", [])),
        "fight": frozenset(fold(w) for w in raw.get("fight_words", [])),
        "not": frozenset(fold(w) for w in raw.get("not_fighting_words", [])),
        "actor": raw.get("actor", ""),
        "origin": frozenset(fold(w) for w in raw.get("origin_words", [])),
        "constructs": frozenset(fold(w) for w in raw.get("origin_constructs", [])),
        "origin_links": frozenset(fold(w) for w in raw.get("origin_links", [])),
        "sons": frozenset(fold(w) for w in raw.get("sons_words", [])),
        "called": frozenset(fold(w) for w in raw.get("called_words", [])),
        "list_heads": frozenset(fold(w) for w in raw.get("list_heads", [])),
        "name_heads": tuple(fold(w) for w in raw.get("name_heads", [])),
    }


@cache
def _form_heads() -> re.Pattern[str]:
    """Any first word of a form of fighting tribesmen, anywhere in a word (one search per
    token instead of a substring test per head)."""
    heads = sorted({f[0] for f in _rule()["forms"]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(h) for h in heads))


def tribe_named_as_origin(text: str, toks: list[Tok], found: list[Suggestion]) -> list[Suggestion]:
    """The tribal militias of ``found`` whose tribe is named only as where someone comes
    from: 'وجهاء من عشيرة البكير'، 'شيخ قبيلة العكيدات'، 'أحد أبناء عشائر البدو' (convention
    6: the notables and sons of a tribe are no fighters), also after 'من' and civilians found
    ('30 شخصاً من أبناء عشيرة الشعيطات': the victims' origin)."""
    rule = _rule()
    starts = {t.start: k for k, t in enumerate(toks)}
    out = []
    for s in found:
        if s.kind != "actor" or "Tribal Militia" not in str(s.value):
            continue
        k = starts.get(s.start)
        if k is None:
            k = next((j for j, t in enumerate(toks) if t.start <= s.start < t.end), None)
        if k is None or k == 0 or not toks[k].joined:
            continue
        before = k - 1
        if toks[before].norm in rule["origin_links"] and before > 0 and toks[before].joined:
            before -= 1  # 'وجهاء من عشيرة البكير'
        if toks[before].forms() & rule["origin"] or _son_of_no_fighter(text, toks, before, k):
            out.append(s)
        elif before == k - 1 and _construct(toks[before].norm) in rule["constructs"]:
            out.append(s)  # 'قال مجلس قبيلة العكيدات في بيان': whose council speaks
        elif before < k - 1 and _civilians_at(toks[before], found):
            out.append(s)  # 'أعدم التنظيم 30 شخصاً من أبناء عشيرة الشعيطات': their origin
        elif out and toks[k].norm.startswith("و") and out[-1].end == toks[k - 1].end:
            out.append(s)  # 'وجهاء من قبيلة طي وقبيلة شمر': each tribe joined to an origin
    return out


def _construct(norm: str) -> str:
    """A word as it stands before a genitive, without a leading و ('ومجلس' -> 'مجلس')."""
    return norm[1:] if norm.startswith("و") and len(norm) > 3 else norm


@cache
def _civilians() -> str:
    """The civilians' actor (counted_victims.json's 'actor'), whose suggestion a mention of
    the tribesmen may replace."""
    return str(_data.rules("counted_victims").get("actor", "Civilians (Syria)"))


def _civilians_at(tok: Tok, found: list[Suggestion]) -> bool:
    """A civilians' suggestion (counted persons, detainees) on the token before 'من'."""
    civilians = _civilians()
    return any(
        f.kind == "actor" and f.value == civilians and f.start < tok.end and tok.start < f.end
        for f in found
    )


def _son_of_no_fighter(text: str, toks: list[Tok], before: int, k: int) -> bool:
    """'أحد أبناء عشائر البدو': a son counted is where he comes from; 'أبناء قبيلة العكيدات'
    in a sentence with no word of fighting too; 'هبّ أبناء قبيلة العكيدات' fights."""
    rule = _rule()
    if not (toks[before].forms() & rule["sons"] and before > 0 and toks[before].joined):
        return False
    if toks[before - 1].forms() & rule["origin"]:
        return True
    return not _sentence_forms(text, toks, k) & rule["fight"]


def fighting_tribesmen(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, str, Suggestion | None]]:
    """(start, end, actor, the suggestion it replaces or None) of each mention of
    tribesmen who fight."""
    rule = _rule()
    if not rule["forms"]:
        return []
    tribal = any(
        s.kind == "actor" and "Tribal Militia" in str(s.value) and not s.extra.get("tribesmen")
        for s in found
    )
    out: list[tuple[int, int, str, Suggestion | None]] = []
    heads = _form_heads()
    for i in range(len(toks)):
        if heads.search(toks[i].norm) is None:
            continue  # a cheap test before the forms are read
        form = next((f for f in rule["forms"] if _at(toks, i, f)), None)
        if form is None:
            continue
        if _called_or_counted(toks, i):
            continue
        start, end = _start(toks[i]), toks[i + len(form) - 1].end
        over = [s for s in found if s.kind == "actor" and s.start < end and start < s.end]
        if any(s.value != _civilians() for s in over):
            continue  # protesters, or a force's own alias ('مقاتلين من أبناء العشائر')
        words = _sentence_forms(text, toks, i)
        if words & rule["not"]:
            continue
        if words & rule["fight"] or tribal:
            out.append((start, end, rule["actor"], over[0] if over else None))
    return out + _sides(text, toks, found, tribal)


def _sides(
    text: str, toks: list[Tok], found: list[Suggestion], tribal: bool
) -> list[tuple[int, int, str, Suggestion | None]]:
    """'اشتباكات بين العشائر و"قسد"', 'القتال إلى جانب العشائر': the tribes named bare as one side
    of fighting ('side_before' right before the bare 'side_words', in a sentence of fighting
    or a text of tribal fighters) are the Arab tribal militia; 'أرض العشائر', 'أوساط العشائر'
    name no side."""
    raw = _data.rules("actors").get("tribesmen", {})
    before = frozenset(fold(w) for w in raw.get("side_before", []))
    words = frozenset(fold(w) for w in raw.get("side_words", []))
    rule = _rule()
    out: list[tuple[int, int, str, Suggestion | None]] = []
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.norm not in words or not tok.joined or toks[i - 1].norm not in before:
            continue
        if any(s.kind == "actor" and s.start < tok.end and tok.start < s.end for s in found):
            continue
        sentence = _sentence_forms(text, toks, i)
        if sentence & rule["not"] or not (sentence & rule["fight"] or tribal):
            continue
        opened = full_stop_before(text, tok.start) + 1
        if text.count('"', opened, tok.start) % 2:
            continue  # 'مؤكداً أنه "غير معني بما يجري من اشتباكات بين العشائر ..."': quoted words
        out.append((tok.start, tok.end, rule["actor"], None))
    return out


def tribe_named_again(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, str, list[Suggestion]]]:
    """(start, end, militia, the civilians' suggestions it replaces) of each tribe named again
    by its bare head where its men fight: 'سبعة من أبناء العشيرة قتلوا', 'النفير العام في صفوف
    أبناء القبيلة' after 'قبيلة العكيدات' (actor conventions 6 and 9: the bare head says which
    tribe, the last one the text named, also as its notables' origin). Only where the
    tribesmen are counted ('N من أبناء') or named as ranks ('في صفوف'), and their sentence has
    a word of fighting or harm and none of protest or flight; never where no tribe was named
    before (the coder says which). Also gunmen of the tribe who fight ('هاجم مسلحون من العشيرة
    حاجزاً', 'مسلحين من أبناء العشيرة هاجموا', convention 23 of 2026-12-01)."""
    raw = _data.rules("actors").get("tribesmen", {})
    heads = frozenset(fold(w) for w in raw.get("again_heads", []))
    if not heads:
        return []
    rule = _rule()
    ranks = frozenset(fold(w) for w in raw.get("again_ranks", []))
    harm = frozenset(fold(w) for w in _data.rules("actors")["counted_members"].get("harm", []))
    tribes = [
        s
        for s in found
        if s.kind == "actor" and "Tribal Militia" in str(s.value) and s.value != rule["actor"]
    ]
    out: list[tuple[int, int, str, list[Suggestion]]] = []
    for k, tok in enumerate(toks):
        if k < 2 or not tok.joined or not toks[k - 1].joined or tok.norm not in heads:
            continue
        start = _again_start(toks, k, ranks)
        if start is None:
            continue
        over = [s for s in found if s.kind == "actor" and s.start < tok.end and start < s.end]
        if any(s.value != _civilians() for s in over):
            continue  # a name of its own, or protesters
        before = [s for s in tribes if s.end <= start]
        if not before:
            continue
        words = _sentence_forms(text, toks, k)
        if words & rule["not"] or not words & (rule["fight"] | harm):
            continue
        out.append((start, tok.end, str(before[-1].value), over))
    return out


def _again_start(toks: list[Tok], k: int, ranks: frozenset[str]) -> int | None:
    """Where the mention of the tribe's men before the bare head at ``k`` starts: 'سبعة من
    أبناء العشيرة' (a count, من, a sons' word), 'في صفوف أبناء القبيلة' (a ranks' word, a sons'
    word), 'مسلحون من العشيرة' (a gunmen's word, من); None elsewhere ('غضب أبناء القبيلة',
    'وجهاء من أبناء القبيلة')."""
    rule = _rule()
    prev = toks[k - 1]
    armed = _again_armed()
    if prev.norm == "من" and prev.joined and toks[k - 2].forms() & armed:
        return toks[k - 2].start  # 'هاجم مسلحون من العشيرة' (convention 23)
    if not prev.forms() & rule["sons"]:
        return None
    two = toks[k - 2]
    if two.forms() & ranks:
        return prev.start
    if two.norm == "من" and k >= 3 and two.joined and prev.joined:
        count = toks[k - 3]
        if count.forms() & rule["origin"]:
            return None
        if count.norm.isdigit() or count.forms() & (_again_counts() | armed):
            return count.start  # 'سبعة من أبناء العشيرة', 'مسلحين من أبناء العشيرة'
    return None


@cache
def _again_armed() -> frozenset[str]:
    raw = _data.rules("actors").get("tribesmen", {}).get("again_armed", [])
    return frozenset(fold(w) for w in raw)


@cache
def _again_counts() -> frozenset[str]:
    raw = _data.rules("actors").get("tribesmen", {}).get("again_counts", [])
    return frozenset(fold(w) for w in raw)


def _called_or_counted(toks: list[Tok], i: int) -> bool:
    """'دعا أبناء القبائل إلى حمل السلاح': called on, not yet fighting; 'أحد أبناء عشائر البدو',
    'ثلاثة من أبناء العشائر': a son counted is where he comes from."""
    rule = _rule()
    if i > 0 and toks[i].joined and toks[i - 1].forms() & (rule["origin"] | {"من"}):
        return True
    k = i
    while k > 0 and i - k < 3 and toks[k].joined:
        k -= 1
        if toks[k].forms() & rule["called"]:
            return True
    return False


def _at(toks: list[Tok], i: int, form: tuple[str, ...]) -> bool:
    if i + len(form) > len(toks):
        return False
    for k, word in enumerate(form):
        tok = toks[i + k]
        if k and not tok.joined:
            return False
        if word not in ({tok.norm} if k else tok.forms()):
            return False
    return True


def _start(tok: Tok) -> int:
    """Where the word starts after its proclitics ('لأبناء' -> 'أبناء')."""
    stems = [at for at, stem, _ in tok.readings if stem.startswith("ابناء")]
    return min(stems) if stems else tok.start


def _sentence_forms(text: str, toks: list[Tok], i: int) -> set[str]:
    at = toks[i].start
    first, last = full_stop_before(text, at), full_stop_after(text, at)
    out: set[str] = set()
    for tok in toks:
        if first < tok.start < last:
            out |= tok.forms()
    return out


@cache
def _tribe_names() -> dict[str, str]:
    """A tribe's name as written after its head ('الشعيطات') -> its militia, from the
    actor list's aliases 'عشيرة X' / 'قبيلة X'."""
    heads = _rule()["name_heads"]
    out: dict[str, str] = {}
    for actor in _data.actors():
        for alias in actor.get("aliases_ar", []):
            words = fold(alias).split()
            if len(words) == 2 and words[0] in heads:
                out.setdefault(words[1], actor["name"])
    return out


def listed_tribes(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, militia) of each tribe listed after a plural or dual head in a sentence
    of fighting: 'وعشائر البكير والشعيطات والبوكامل' (each name an alias gives with 'عشيرة'),
    where no suggestion covers the name already."""
    rule, names = _rule(), _tribe_names()
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if not tok.forms() & rule["list_heads"] or i + 1 >= len(toks):
            continue
        if i > 0 and toks[i].joined and toks[i - 1].forms() & rule["origin"]:
            continue  # 'وجهاء عشائر البكير'
        if not _sentence_forms(text, toks, i) & rule["fight"]:
            continue
        k = i + 1
        while k < len(toks) and toks[k].joined:
            word = toks[k].norm
            if k > i + 1:
                if not word.startswith("و"):
                    break
                word = word[1:]
            militia = names.get(word)
            if militia is None:
                break
            start = toks[k].end - len(word)
            if not any(a < toks[k].end and start < b for a, b in taken):
                out.append((start, toks[k].end, militia))
            k += 1
    return out
