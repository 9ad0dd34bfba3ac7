"""Persons the other rules offered as civilians or protesters whose death or wound no force
caused: a mine, a war remnant, hunger or cold named as the cause in their clause ('قُتل ثلاثة
رعاة بانفجار لغم', 'قضى طفلان ومسن جوعاً', 'إصابة ثلاثة مزارعين بانفجار لغم من مخلفات الحرب'),
and those of a nationwide toll ('مقتل 37 مدنياً في عموم سوريا': 'nationwide' after them), and
those evacuated ('إجلاء مئات المدنيين': an 'evacuated' word right before them, perhaps with one
of 'counts' between).
Convention 8's exclusions (and the label fix of 2026-12-01) leave such victims out, as no one's
attack; not where a strike is named there too ('بقصف مدفعي وانفجار لغم'). The clause runs up to
'window' words either side, not past a comma, the end of a sentence or a 'clause_breaks' word
('فيما', 'بينما'). The words are data in resources/suggest/counted_victims.json
(``not_parties``).

And those of a denied or unreported harm (actor convention 27 of 2026-12-01): a denial word
('نفت', 'نافياً', 'ننفي') or phrase ('من دون أن تشير') shortly before them in their sentence,
not past a comma or a word that opens the speaker's next claim ('وقالت', 'مؤكداً'): 'نفت
موسكو استهداف المدنيين', 'نفى أن تكون قوات الأمن قد أطلقت النار على المتظاهرين'. The denied
harm makes no party; a harm the denier reports in its next clause does ('نفت ... سقوط قتلى،
وقالت إن الغارات أدت إلى مقتل مدنيين'). Nor does a denial of a role in it ('denied_roles':
'نفت المعارضة مسؤوليتها عن قصف ... أدى إلى مقتل مدنيين'): the harm itself is not denied.
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import folded_words, index_at, sentence_tokens
from reviewer.suggest.text import Tok, fold

__all__ = ["not_party_persons"]

_BREAKS = ".\n؟?!:،,"


@cache
def _rule() -> dict[str, frozenset[str]]:
    raw = _data.rules("counted_victims").get("not_parties", {})
    keys = (
        "actors",
        "causes",
        "strikes",
        "clause_breaks",
        "evacuated",
        "counts",
        "denials",
        "denial_stops",
        "denied_harms",
        "denied_roles",
    )
    return {key: folded_words(raw.get(key)) for key in keys}


@cache
def _window() -> int:
    return int(_data.rules("counted_victims").get("not_parties", {}).get("window", 0))


def not_party_persons(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion] | None = None
) -> list[Suggestion]:
    """The suggestions of civilians or protesters whose harm no force caused (``figures``:
    the article's counts of people, whose counted persons a denial keeps)."""
    rule = _rule()
    out = []
    for s in found:
        if s.kind != "actor" or fold(str(s.value)) not in rule["actors"]:
            continue
        first, last = index_at(toks, s.start), index_at(toks, s.end - 1)
        if first is None or last is None:
            continue
        after = _clause(text, toks, last, 1)
        read = [toks[k].forms() for k in [*_clause(text, toks, first, -1), *after]]
        caused = any(f & rule["causes"] for f in read)
        if caused and not any(f & rule["strikes"] for f in read):
            out.append(s)  # 'قُتل راعٍ وأصيب طفلان بانفجار لغم من مخلفات الحرب'
        elif _nationwide(toks, after) or _nationwide(
            toks, _toll_before(text, toks, first, figures or [])
        ):
            out.append(s)  # 'مقتل 37 مدنياً في عموم سوريا': a nationwide toll
        elif _evacuated(toks, first):
            out.append(s)  # 'إجلاء مئات المدنيين': people brought out, no one's attack
        elif not _counted(toks, first, s, figures or []) and _denied(text, toks, first):
            out.append(s)  # 'نفت موسكو استهداف المدنيين': a denied harm (convention 27)
    return out


@cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of each phrase of a 'not_parties' list ('nationwide', 'denial_phrases')."""
    raw = _data.rules("counted_victims").get("not_parties", {}).get(key, [])
    return tuple(tuple(fold(w).split()) for w in raw)


def _nationwide(toks: list[Tok], after: list[int]) -> bool:
    """A phrase of the whole country in the clause after the persons ('في عموم سوريا', 'في
    مناطق متفرقة من البلاد'): a nationwide toll, no party (convention 8)."""
    at = set(after)
    return any(_phrase_at(toks, at, k, phrase) for k in after for phrase in _phrases("nationwide"))


def _phrase_at(toks: list[Tok], at: set[int], k: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's words from token ``k`` on, each token among the indices ``at`` (the
    clause or window read)."""
    return all(k + i in at and word in toks[k + i].forms() for i, word in enumerate(phrase))


def _toll_before(text: str, toks: list[Tok], first: int, figures: list[Suggestion]) -> list[int]:
    """Where the persons are a part of a toll told before them ('parts': 'هم', 'بينهم' at most
    three words before the noun), the words of their sentence before them from the nearest
    count on (the toll they are a part of): a toll that names the whole country before its
    parts ('مقتل 9 أشخاص في مناطق سورية متفرقة، هم 5 مدنيين'), not a country-wide toll told
    before a toll of one place ('12 شخصاً قتلوا في مناطق سورية متفرقة، وفي ريف إدلب قتل 4
    أشخاص بقصف روسي هم 3 مدنيين')."""
    part = next(
        (k for k in range(first - 1, max(first - 4, -1), -1) if toks[k].forms() & _parts()), None
    )  # 'هم 5 مدنيين': the word before the count, or the noun itself
    if part is None:
        return []
    toll = max((f.start for f in figures if f.end <= toks[part].start), default=0)
    words = sentence_tokens(text, toks, part, -1, _window() * 2)
    return sorted(k for k in words if toks[k].start >= toll)


@cache
def _parts() -> frozenset[str]:
    return folded_words(_data.rules("counted_victims").get("not_parties", {}).get("parts"))


def _counted(toks: list[Tok], first: int, s: Suggestion, figures: list[Suggestion]) -> bool:
    """A figure on the persons or right before them ('عن اعتقال 19 رجلاً', 'اختطاف ثلاثة
    شبان'): a denied report of a counted harm is kept, as the development sets label it."""
    a = toks[first - 1].start if first > 0 else s.start
    return any(f.start < s.end and a < f.end for f in figures)


@cache
def _denial_window() -> int:
    return int(_data.rules("counted_victims").get("not_parties", {}).get("denial_window", 0))


def _denied(text: str, toks: list[Tok], first: int) -> bool:
    """A denial word or phrase before the persons in their sentence, at most the denial
    window back, not past a comma or a word opening the speaker's next claim ('نفى أن تكون
    قوات الأمن قد أطلقت النار على المتظاهرين', 'من دون أن تشير إلى سقوط ضحايا مدنيين')."""
    rule = _rule()
    back: list[int] = []
    j = first
    while len(back) < _denial_window() and j > 0:
        if any(c in _BREAKS for c in text[toks[j - 1].end : toks[j].start]):
            break
        j -= 1
        forms = toks[j].forms()
        if forms & rule["denial_stops"]:
            break
        if forms & rule["denials"]:
            if any(toks[k].forms() & rule["denied_roles"] for k in back):
                return False  # 'نفت مسؤوليتها عن قصف ... أدى إلى مقتل مدنيين': the harm stands
            return any(toks[k].forms() & rule["denied_harms"] for k in back)
        back.append(j)
    at = set(back)
    return any(
        _phrase_at(toks, at, k, phrase)
        and any(toks[m].forms() & rule["denied_harms"] for m in back if m > k)
        for k in back
        for phrase in _phrases("denial_phrases")
    )


def _evacuated(toks: list[Tok], first: int) -> bool:
    """An 'evacuated' word right before the persons, perhaps with a count word between
    ('إجلاء مئات المدنيين', 'ستواصل إخراج المدنيين'): they are brought out of a siege, a party
    to no event (as those who only flee, convention (c))."""
    words = _rule()["evacuated"]
    k = first - 1
    if k >= 0 and toks[k + 1].joined and toks[k].forms() & _rule()["counts"]:
        k -= 1
    return k >= 0 and toks[k + 1].joined and bool(toks[k].forms() & words)


def _clause(text: str, toks: list[Tok], k: int, step: int) -> list[int]:
    """Token indices from ``k`` (exclusive) in the direction ``step`` within its clause."""
    out: list[int] = []
    j = k
    while len(out) < _window():
        nxt = j + step
        if nxt < 0 or nxt >= len(toks):
            break
        a, b = (toks[nxt].end, toks[j].start) if step < 0 else (toks[j].end, toks[nxt].start)
        if any(c in _BREAKS for c in text[a:b]) or toks[nxt].forms() & _rule()["clause_breaks"]:
            break
        out.append(nxt)
        j = nxt
    return out
