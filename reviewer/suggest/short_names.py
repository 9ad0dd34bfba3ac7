"""A group named again by one word of its full name, in quotes: 'مقاتلي "الوطنية" و"العزة"'
after 'الجبهة الوطنية للتحرير' and 'جيش العزة' (issue 18, development set 33).

Outlets shorten a faction's name to its distinctive word once the full name has been given,
and set it in quotes to mark it as a name. The quoted word (with its article) is a mention of
the one group found before it in the text whose name holds that word after its head (in a
headline, which comes before the body that names the group in full, the one found anywhere); not a
head word of a kind of group ('الجبهة', 'الفرقة', 'التنظيم': ``short_names.not_words`` and the
counted-members ``bare_heads``), not a word two groups found before share, and not a state's or
a generic party's name (their words are everyday words: 'السوري', 'المدنيين'). The words are
data in resources/suggest/actors.json (``short_names``).
"""

from __future__ import annotations

import re
from functools import cache

from reviewer.paths import load_resource_json
from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold, longest_first, tokens

__all__ = ["short_name_spans"]

_QUOTED_PAIR = re.compile(
    r"[\"“«]\s*([\u0621-\u064a\u0640]{2,}\s+ال[\u0621-\u064a\u0640]{2,})\s*[\"”»]"
)
_QUOTED_WORD = re.compile(r"[\"“«]\s*(ال[\u0621-\u064a\u0640]{2,})\s*[\"”»]")


@cache
def _rule() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("short_names", {})
    heads = _data.rules("actors").get("counted_members", {}).get("bare_heads", [])
    not_words = {fold(w) for w in raw.get("not_words", [])} | {fold("ال" + h) for h in heads}
    kinds = frozenset(raw.get("group_kinds", []))
    return frozenset(not_words), kinds


def short_name_spans(
    text: str, found: list[Suggestion], toks: list[Tok] | None = None
) -> list[tuple[int, int, Suggestion]]:
    """(start, end, the group's suggestion) of each short name not already found: quoted
    ('"الوطنية"'), or unquoted right after a noun of the group's members ('مقاتلي الفاروق'
    after 'كتائب الفاروق': ``short_names.member_nouns``)."""
    not_words, kinds = _rule()
    groups = [s for s in found if s.kind == "actor" and s.extra.get("inter") in kinds]
    if not groups:
        return []
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    headline = text.find("\n") if "\n" in text.strip() else -1
    out: list[tuple[int, int, Suggestion]] = []
    for a, b, raw_word, quoted in _candidates(text):
        word = fold(raw_word)
        if word in not_words or any(x < b and a < y for x, y in taken):
            continue
        if " " in word:  # '"إدارة العمليات"' after 'إدارة العمليات العسكرية': its first words
            owners = {
                s.value: s
                for s in groups
                if s.end <= a and fold(s.text).startswith(word + " ") and '"' not in s.text
            }
        else:
            owners = {s.value: s for s in groups if s.end <= a and word in _name_words(s.text)}
        if not owners and quoted and b <= headline:  # '"النجباء" و"فاطميون" يقودون الهجوم'
            owners = {s.value: s for s in groups if word in _name_words(s.text)}
        if len(owners) == 1 and not quoted and _another_name(text, b, next(iter(owners.values()))):
            continue  # 'عناصر الدفاع المدني' after 'قوات الدفاع الوطني': another body
        if len(owners) == 1:
            out.append((a, b, next(iter(owners.values()))))
            taken.append((a, b))
    return out + _distinctive_spans(text, found, taken, toks)


@cache
def _distinctive_words() -> dict[str, str]:
    """The generated last words of groups' names that name the group alone ('الزنكي'),
    folded, with the group's actor (resources/suggest/short_name_words.json)."""
    raw = load_resource_json("suggest", "short_name_words.json").get("words", {})
    return {word: str(entry["actor"]) for word, entry in raw.items()}


@cache
def _not_after() -> frozenset[str]:
    raw = _data.rules("actors").get("short_names", {}).get("distinctive_not_after", [])
    return frozenset(fold(w) for w in raw)


def _distinctive_spans(
    text: str, found: list[Suggestion], taken: list[tuple[int, int]], toks: list[Tok] | None
) -> list[tuple[int, int, Suggestion]]:
    """'مجموعات من الزنكي', 'انفصال الزنكي عن هيئة تحرير الشام': the distinctive last word
    of a group's name, unquoted, after the text named the group (development set 45); not
    after a word of the group's own name (the person it is named after: 'نور الدين الزنكي'
    unlisted, 'أحمد العبدو') or of a place or river ('distinctive_not_after': 'نهر الخابور'),
    and not before a nisba the name lacks."""
    words = _distinctive_words()
    if not words:
        return []
    named = {s.value: s for s in found if s.kind == "actor" and s.value in words.values()}
    if not named:
        return []
    toks = tokens(text) if toks is None else toks  # the caller's: an article is read once
    out: list[tuple[int, int, Suggestion]] = []
    for k, tok in enumerate(toks):
        at, stem, actor = next(
            ((at, w, words[w]) for at, w, bare in tok.readings if not bare and w in words),
            (-1, "", ""),
        )
        group = named.get(actor)
        if group is None or group.start >= tok.start:
            continue
        if any(x < tok.end and at < y for x, y in taken):
            continue
        if k > 0 and tok.joined:
            before = toks[k - 1].forms()
            if before & _not_after() or before & (_name_words(group.text) - {stem}):
                continue
        if _another_name(text, tok.end, group):
            continue
        out.append((at, tok.end, group))
        taken.append((at, tok.end))
    return out


_NEXT_WORD = re.compile(r"\s+(ال[\u0621-\u064a\u0640]+)")
_RELATIVES = frozenset({fold("الذي"), fold("التي")})


def _another_name(text: str, b: int, owner: Suggestion) -> bool:
    """An unquoted short word followed by a nisba adjective its group's name lacks ('الدفاع
    المدني', 'الإسلام السياسي'): the two words name something else."""
    m = _NEXT_WORD.match(text, b)
    if m is None:
        return False
    word = fold(m.group(1))
    nisba = word.endswith(("ي", "يه")) and len(word) > 4 and word not in _RELATIVES
    return nisba and word not in _name_words(owner.text)


def _name_words(name: str) -> set[str]:
    """The words of a group's name after its head, each also with the article a short form
    gives it ('حركة أحرار الشام' -> 'احرار', 'الاحرار', 'الشام')."""
    words = {fold(w.strip('"“”«»')) for w in name.split()[1:]}
    return words | {"ال" + w for w in words if not w.startswith("ال") and len(w) > 2}


@cache
def _after_members() -> re.Pattern[str] | None:
    nouns = _data.rules("actors").get("short_names", {}).get("member_nouns", [])
    if not nouns:
        return None
    return re.compile(
        rf"(?<![\u0621-\u064a\u0640])[وف]?(?:{longest_first(nouns)})\s+(ال[\u0621-\u064a\u0640]{{3,}})"
        r"(?![\u0621-\u064a\u0640])"
    )


def _candidates(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, quoted) of each word that may be a short name."""
    out = []
    if '"' in text or "“" in text or "«" in text:
        out += [(*m.span(1), m.group(1), True) for m in _QUOTED_WORD.finditer(text)]
        out += [(*m.span(1), m.group(1), True) for m in _QUOTED_PAIR.finditer(text)]
    pattern = _after_members()
    if pattern is not None:
        out += [(*m.span(1), m.group(1), False) for m in pattern.finditer(text)]
    return sorted(out)
