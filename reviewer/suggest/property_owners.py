"""People whose property a force takes, extorts or destroys: 'صادروا هواتف عدد من الحاضرين',
'سلبوا مصاغاً ذهبياً وأموالاً من الأهالي', 'استولى عناصر التنظيم على منازل عائلات غادرت',
'فرضوا إتاوات على مزارعي الزيتون', 'جرفوا أراضي زراعية يملكها مزارعون'.

Actor convention 11 of late 2026-11-30 makes them a party (ACLED codes looting and
confiscation with the owners as civilians). The owner stands after the thing taken, often
several words after the verb (the thing, its adjectives, 'من', 'تعود ل', 'يملكها'), past the
few words the generic rule of actors.py reads round a noun; so this rule reads back from a
noun of persons who own things ('owners') to a word of taking ('taking') in its clause.
The words are data in resources/suggest/property_owners.json.
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.harmed_persons import person_at
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import sentence_tokens
from reviewer.suggest.text import Tok, fold

__all__ = ["property_owner_spans"]


def _named_by_role(toks: list[Tok], k: int, owners: frozenset[str]) -> bool:
    """'أحرقت القوات منازل عدد من الناشطين': owners named by what they are (a noun of persons of
    harmed_persons.py, not kin); not such a noun right after another, its adjective
    ('منازل عدد من الناشطين المطلوبين', 'ناشطاً إعلامياً')."""
    if person_at(toks[k], kin=False) is None:
        return False
    before = toks[k - 1] if k > 0 and toks[k].joined else None
    return before is None or not (before.forms() & owners or person_at(before) is not None)


@cache
def _rule() -> tuple[str, frozenset[str], frozenset[str], frozenset[str], int]:
    raw = _data.rules("property_owners")
    return (
        str(raw.get("actor", "Civilians (Syria)")),
        frozenset(fold(w) for w in raw.get("taking", [])),
        frozenset(fold(w) for w in raw.get("owners", [])),
        frozenset(fold(w) for w in raw.get("breaks", [])),
        int(raw.get("window", 0)),
    )


def property_owner_spans(
    text: str, toks: list[Tok], found: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each noun of owners a word of taking before it makes a party;
    nouns an actor suggestion already covers are left as they are, but for a crowd's
    (protesters, rioters: 'أحرقوا منازل عائلات' reads 'أحرقوا' as a riot's act): the caller
    drops a suggestion whose span a returned one has."""
    actor, taking, owners, breaks, window = _rule()
    crowd = set(_data.rules("property_owners").get("crowds", []))
    taken = [(s.start, s.end) for s in found if s.kind == "actor" and s.value not in crowd]
    out: list[tuple[int, int, str]] = []
    for k, tok in enumerate(toks):
        if not tok.forms() & owners and not _named_by_role(toks, k, owners):
            continue
        if any(a < tok.end and tok.start < b for a, b in taken):
            continue
        for m in sentence_tokens(text, toks, k, -1, window):
            if not toks[m + 1].joined:
                break  # 'في سرقة المحاصيل، واجتمع أهالي البلدة': another clause
            forms = toks[m].forms()
            if forms & breaks:
                break  # 'فيما ...': another act, told after the taking
            if forms & taking:
                out.append((tok.start, tok.end, actor))
                break
    return out
