"""A foreign force named by its means of war and a nationality adjective: 'طائرات روسية',
'آليات عسكرية إسرائيلية', 'مروحيتان أمريكيتان', '33 جندياً تركياً', and a strike, shelling or
incursion so named: 'غارات جوية روسية', 'قصف مدفعي تركي', 'توغل إسرائيلي' (decided by the
coordinator on 2026-11-30: an analyst codes such an event with that country's forces).

The actor list names each force by its definite aliases (الطائرات الروسية) and the suggester
reads their indefinite forms too (طائرات روسية); news also names an aircraft, a vehicle or a
soldier with the adjective, in any number and with a qualifier between ('جوية', 'عسكرية').
A noun of 'means' (aircraft, vehicles, soldiers, units) or of a strike, shelling or incursion
(not 'الهجمات' or 'الانتهاكات', which the convention leaves out), up to 'max_qualifiers'
qualifier words, then an adjective of a country's list make that country's forces. The words
are data in resources/suggest/actors.json (``nationality_means``).

A person so named right after a speaking cue ('قال ضابط روسي لوكالة إنترفاكس إن') is the
claim's source, not a party (the labelling convention, as for offices quoted as speakers):
'persons' are the nouns of persons, the cues speaker_offices' own.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_phrases, folded_words
from reviewer.suggest.speaker_offices import speaker_offices
from reviewer.suggest.text import Tok, fold

__all__ = ["named_maker", "nationality_means_spans"]


@cache
def _rule() -> tuple[frozenset[str], frozenset[str], dict[str, str], int]:
    raw = _data.rules("actors").get("nationality_means", {})
    adjectives = {fold(w): actor for actor, ws in raw.get("adjectives", {}).items() for w in ws}
    return (
        _with_duals(fold(w) for w in raw.get("means", [])),
        _with_duals(fold(w) for w in raw.get("qualifiers", [])),
        adjectives,
        int(raw.get("max_qualifiers", 0)),
    )


def _with_duals(words: Iterable[str]) -> frozenset[str]:
    """The words with the dual of each feminine singular ('طائرة' -> 'طائرتان', 'طائرتين';
    'حربية' -> 'حربيتين'): two aircraft are named as often as one (development set 45)."""
    out = set(words)
    out |= {w[:-1] + end for w in out if w.endswith("ه") and len(w) > 3 for end in ("تان", "تين")}
    return frozenset(out)


@cache
def _made() -> frozenset[str]:
    raw = _data.rules("actors").get("nationality_means", {})
    return frozenset(fold(w) for w in raw.get("made_words", []))


def _maker(toks: list[Tok], j: int) -> bool:
    """'طائرة استطلاع روسية الصنع تابعة لقوات النظام': the adjective at token ``j`` followed
    by a word of making ('made_words') names who made the weapon, not who used it."""
    return j + 1 < len(toks) and toks[j + 1].joined and bool(toks[j + 1].forms() & _made())


def named_maker(toks: list[Tok], j: int) -> bool:
    """A name ending at token ``j`` in a nationality adjective followed by a word of making
    ('بطائرة مسيرة تركية الصنع', read from the list's 'الطائرات المسيرة التركية'): the maker."""
    return 0 <= j < len(toks) and bool(toks[j].forms() & _rule()[2].keys()) and _maker(toks, j)


@cache
def _indefinite() -> frozenset[str]:
    raw = _data.rules("actors").get("nationality_means", {})
    return frozenset(fold(w) for w in raw.get("indefinite_means", []))


def _one_strike(tok: Tok) -> bool:
    """'جراء عدوان إسرائيلي': an 'indefinite_means' word read without the article names one
    strike; 'العدوان الإسرائيلي' of state media is the aggression in general."""
    words = _indefinite()
    return any(stem in words and not stripped for _, stem, stripped in tok.readings)


@cache
def _persons() -> frozenset[str]:
    raw = _data.rules("actors").get("nationality_means", {})
    return frozenset(fold(w) for w in raw.get("persons", []))


def _speaking(toks: list[Tok], i: int) -> bool:
    """'قال ضابط روسي', 'بحسب مستشار إيراني': a person of the means right after a speaking
    cue is quoted, no party."""
    if i == 0 or not toks[i].joined or not toks[i].forms() & _persons():
        return False
    return bool(toks[i - 1].forms() & speaker_offices()[1])


def nationality_means_spans(toks: list[Tok], found: list[Suggestion]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each means of war named with a nationality adjective, where no
    suggestion already covers it."""
    means, qualifiers, adjectives, most = _rule()
    if not means:
        return []
    taken = [(s.start, s.end) for s in found]
    out: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if not (tok.forms() & means or _one_strike(tok)) or _speaking(toks, i):
            continue
        j = i + 1
        while j < len(toks) and j - i <= most and toks[j].joined and toks[j].forms() & qualifiers:
            j += 1
        if j >= len(toks) or not toks[j].joined:
            continue
        j = _past_model(toks, i, j, adjectives)  # 'مدرعات برادلي أميركية'
        unknown = _unidentified_end(toks, i, j)
        if unknown is not None:
            if not any(a < unknown[0] and tok.start < b for a, b in taken):
                out.append((tok.start, unknown[0], unknown[1]))
                taken.append((tok.start, unknown[0]))
            continue
        actor = next((adjectives[s] for s in toks[j].forms() if s in adjectives), None)
        pair = _coordinated(toks, j, adjectives) if tok.forms() & _strikes() else None
        if pair is not None:
            actor, second = pair
        if actor is None or _maker(toks, j):
            continue
        spans = [(tok.start, toks[j].end, actor)]
        if pair is not None:  # 'طائرات حربية روسية وسورية': the list named the first force
            spans.append((toks[j + 1].start, toks[j + 1].end, second))
        for start, end, name in spans:
            if not any(a < end and start < b for a, b in taken):
                out.append((start, end, name))
                taken.append((start, end))
    return out


@cache
def _models() -> tuple[frozenset[str], frozenset[str]]:
    raw = _data.rules("actors").get("nationality_means", {}).get("models", {})
    return _with_duals(fold(w) for w in raw.get("means", [])), folded_words(raw.get("not_words"))


def _past_model(toks: list[Tok], i: int, j: int, adjectives: dict[str, str]) -> int:
    """Token ``j`` where the adjective may stand, or the token after one word naming the
    model of a vehicle or aircraft at ``i`` ('مدرعات برادلي أميركية', 'طائرات سوخوي روسية'):
    an indefinite word that is no preposition ('models.not_words') followed by an adjective."""
    means, not_words = _models()
    if j != i + 1 or not toks[i].forms() & means or j + 1 >= len(toks):
        return j
    word, nxt = toks[j], toks[j + 1]
    if word.norm.startswith("ال") or word.norm in not_words or word.norm.isdigit():
        return j
    if word.forms() & adjectives.keys() or not nxt.joined:
        return j
    return j + 1 if nxt.forms() & adjectives.keys() else j


@cache
def _unidentified() -> tuple[str, frozenset[str], tuple[tuple[str, ...], ...]]:
    raw = _data.rules("actors").get("nationality_means", {}).get("unidentified", {})
    return (
        str(raw.get("actor", "")),
        _with_duals(fold(w) for w in raw.get("means", [])),
        folded_phrases(raw.get("phrases")),
    )


def _unidentified_end(toks: list[Tok], i: int, j: int) -> tuple[int, str] | None:
    """(end, actor) where the air means at token ``i`` is followed at ``j`` (past its
    qualifiers) by a phrase saying nobody knows whose it is: 'غارات جوية لم تُعرف هويتها'."""
    actor, means, phrases = _unidentified()
    if not actor or not toks[i].forms() & means:
        return None
    for phrase in phrases:
        k = j + len(phrase)
        if k <= len(toks) and all(
            toks[j + n].joined and word in toks[j + n].forms() for n, word in enumerate(phrase)
        ):
            return toks[k - 1].end, actor
    return None


@cache
def _strikes() -> frozenset[str]:
    raw = _data.rules("actors").get("nationality_means", {}).get("coordinated_means", [])
    return frozenset(fold(w) for w in raw)


@cache
def _own_adjectives() -> dict[str, str]:
    raw = _data.rules("actors").get("nationality_means", {}).get("coordinated_own", {})
    return {fold(w): actor for actor, ws in raw.items() for w in ws}


def _coordinated(toks: list[Tok], j: int, adjectives: dict[str, str]) -> tuple[str, str] | None:
    """'بغارات سورية وروسية', 'غارات جوية روسية وسورية': a strike ('coordinated_means') named
    by two adjectives joined by 'و' names two forces, each its own; Syria's own adjective
    ('coordinated_own'), which alone is no force's name ('مدن سورية'), counts only beside a
    foreign one."""
    if j + 1 >= len(toks) or not toks[j + 1].joined or not toks[j + 1].norm.startswith("و"):
        return None
    own = _own_adjectives()

    def force(tok_forms: set[str]) -> tuple[str | None, bool]:
        for w in tok_forms:
            if w in adjectives:
                return adjectives[w], True
        for w in tok_forms:
            if w in own:
                return own[w], False
        return None, False

    first, foreign_1 = force(toks[j].forms())
    second_word = toks[j + 1].norm[1:]
    second, foreign_2 = force({second_word} | {f[1:] for f in toks[j + 1].forms() if f[:1] == "و"})
    if first is None or second is None or first == second or not (foreign_1 or foreign_2):
        return None
    return first, second
