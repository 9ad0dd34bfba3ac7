"""Victims named by one singular noun of their role: 'مقتل ممرض ومسعف', 'خطف طبيب',
'اقتادت معلماً', 'مقتل مسعفين اثنين وممرضة', 'قضى طفلان ومسن', and by a plain noun of a
person: 'مقتل امرأة', 'إصابة طفل', 'اعتقال شاب' (decided by the coordinator on 2026-11-30).

A singular noun of persons is an everyday word ('طبيب الحي', 'مزارع الزيتون'); it names a
party (actor convention: victims are ``Civilians (Syria)``) only where a word of harm stands
right before it (its object or genitive) or where it is joined by و to a victim already found
(a counted noun of persons, perhaps with its number after it). A sub-count ('بينهم أربعة أطفال
ومعلمة') stays out: the group it is joined to was not found. The nouns and words are data in
``resources/suggest/actors.json`` (``singular_victims``).
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import Tok, fold

__all__ = ["singular_victim_spans"]


@cache
def _rule() -> tuple[str, frozenset[str], frozenset[str], int]:
    raw = _data.rules("actors").get("singular_victims", {})
    return (
        str(raw.get("actor", "Civilians (Syria)")),
        frozenset(fold(w) for w in raw.get("nouns", [])),
        frozenset(fold(w) for w in raw.get("harm_words", [])),
        int(raw.get("gap", 1)),
    )


def _nouns_of(tok: Tok) -> set[str]:
    """The stems the token is read as without an article (a definite 'الطبيب' is no count)."""
    return {stem for _, stem, article in tok.readings if not article} | {tok.norm}


def singular_victim_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int]]:
    """(start, end) of each singular noun of a victim's role the rule makes a party."""
    actor, nouns, harm, gap = _rule()
    taken = [(s.start, s.end) for s in found]
    victims = [(s.start, s.end) for s in found if s.kind == "actor" and s.value == actor]
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok.forms().isdisjoint(nouns):
            continue  # no form of the word is a role (its forms include every stem it has)
        if not _nouns_of(tok) & nouns or any(a < tok.end and tok.start < b for a, b in taken):
            continue
        before = toks[k - 1] if k > 0 and tok.joined else None
        harmed = before is not None and bool(before.forms() & harm)
        if harmed or (tok.text.startswith("و") and _joined_to_victim(toks, k, victims, gap)):
            out.append((tok.start, tok.end))
            victims.append((tok.start, tok.end))
    return out


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
