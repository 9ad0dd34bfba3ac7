"""Parse quantity claims ("نحو 3500", "مئات", "أكثر من ألف") into ranges.

Why ranges: analysts record every *claim* (Airwars practice) and the dataset needs both
the UCDP-style low/best/high and the single conservative ACLED figure. The words and
their numeric meanings live in ``resources/quantity_rules.json`` so a methodologist can
change a rule without touching code; ``resources/quantity_rules.md`` explains them.

Rules (all inclusive ranges; ``best`` is None when the text gives no point estimate):

* Exact ``N`` (digits in any script, ``3,500``/``٣٬٥٠٠``, or number words such as
  ``ثلاثة آلاف وخمسمئة``): low = high = best = acled = N.
* Plural "of units" words mean 2..9 units (Arabic grammar says plural is 3+, but news
  usage is loose, so the claim range is kept inclusive): عشرات 20..99 (acled 10, ACLED's
  "tens" rule; note ACLED's "dozens" is 12), مئات 200..999 (acled 100), آلاف 2000..9999
  (acled 1000, by analogy), ملايين 2e6..9999999. ``عشرات/مئات الآلاف`` multiply range and
  acled by 1000.
* بضع/بضعة/عدة (a few / several) 3..9, acled 3 (the lower of ACLED's "3 or 10");
  before مئات/آلاف/عشرات they multiply: ``بضع مئات`` 300..999, acled 300.
  عدد من 3..open, acled 3; العديد من (many) 3..open, acled 10.
* about (نحو، قرابة، حوالي، زهاء، ما يقارب، postfix تقريبا): N±10 % rounded outward
  (low = floor(0.9N), high = ceil(1.1N)), best = acled = N. On a vague word it keeps
  the word's range.
* at_least (ما لا يقل عن، postfix على الأقل) and more_than (أكثر من، ما يزيد عن/على،
  أزيد من، ما يربو على): low = best = acled = N, high None ("more than" keeps the
  stated figure as its low: ACLED records the lowest reported figure).
* fewer_than (أقل من): high = N-1; at_most (ما لا يزيد عن، لا يتجاوز): high = N. For
  both low, best and acled are None: the text gives no floor and 0 would be a guess.
* range (بين N وM): low/high = the two figures, best None, acled = low.
  Two numbers joined by 'or' (``ثلاثة أو أربعة``, the second larger but at most twice the
  first and one) are such a range too.
* بضع/بضعة + و + tens (``بضعة وعشرون``) is tens+3..tens+9, ``نيف وعشرون`` tens+1..tens+9.

A bare number right after عام/سنة or before a month name is a date, not a quantity.
Any proclitic (و ف ب ك ل ال) may be attached to the first word (``والمئات``, ``بنحو``);
inside a number only و is accepted, and a stripped number word must keep 3+ letters so
``لست`` ("I am not") is not read as ل + ست (six); after و it may be shorter (``وست نساء``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any, NamedTuple

from reviewer.arabic import normalize_for_search, split_clitics, tokenize
from reviewer.paths import load_resource_json
from reviewer.search_index import fold as fast_fold

__all__ = ["Quantity", "find_quantities", "parse_quantity"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One claimed quantity. Invariant: low <= best <= high for whichever are set.

    ``acled_value`` is ACLED's conservative coding and may lie *below* ``low``
    (``مئات`` is 200..999 as a claim but 100 for ACLED). ``qualifier`` is one of
    about, at_least, more_than, fewer_than, at_most, range, or None. ``verbatim`` is
    the matched original text, kept so the claim can be quoted exactly.
    """

    low: int | None
    high: int | None
    best: int | None
    acled_value: int | None
    qualifier: str | None
    verbatim: str


_RULES_FILE = "quantity_rules.json"


Phrase = tuple[str, ...]


class _Rules(NamedTuple):
    numbers: dict[str, tuple[int, str]]  # folded word -> (value, kind)
    teen_only: frozenset[str]  # أحد (also "Sunday"/"anyone"), اثنا: numbers only before عشر
    vague: dict[str, dict[str, Any]]
    vague_mult: dict[str, int]
    few: dict[str, list[tuple[Phrase, dict[str, Any]]]]  # indexed by first word
    prefix_q: dict[str, list[tuple[Phrase, str]]]
    postfix_q: dict[str, list[tuple[Phrase, str]]]
    openers: dict[str, list[tuple[Phrase, str]]]
    joiners: frozenset[str]
    from_openers: frozenset[str]  # من 20 إلى 30: only with from_joiners
    from_joiners: frozenset[str]
    hyphen_max: int  # 20-30: a range when both ends are at most this (2011-2012 is no range)
    teens_few: dict[str, int]  # بضعة عشر: 13..19
    over: frozenset[str]  # عشرون ونيف: a few more than the round number
    alternatives: frozenset[str]  # ثلاثة أو أربعة: 'or' between two numbers, a range
    ordinals: frozenset[str]  # الحادي، السادس: a tens word after one is part of an ordinal
    date_before: frozenset[str]
    date_after: frozenset[str]
    about_pct: int


def _phrase(text: str) -> Phrase:
    return tuple(normalize_for_search(text).split())


def _index(pairs: list[tuple[Phrase, Any]]) -> dict[str, list[tuple[Phrase, Any]]]:
    """Index phrases by first word, longest first, so "ما لا يزيد" beats "ما يزيد"."""
    out: dict[str, list[tuple[Phrase, Any]]] = {}
    for ph, payload in sorted(pairs, key=lambda p: -len(p[0])):
        out.setdefault(ph[0], []).append((ph, payload))
    return out


@cache
def _rules() -> _Rules:
    raw = load_resource_json(_RULES_FILE)
    n = raw["numbers"]
    numbers: dict[str, tuple[int, str]] = {}
    for key, kind in (("units", "unit"), ("tens", "tens"), ("hundreds", "hundred")):
        numbers.update({normalize_for_search(w): (v, kind) for w, v in n[key].items()})
    numbers.update({normalize_for_search(w): (10, "ten") for w in n["ten"]})
    numbers.update({normalize_for_search(w): (v, "dual") for w, v in n["duals"].items()})
    numbers.update(
        {normalize_for_search(w): (v, "fraction") for w, v in n.get("fractions", {}).items()}
    )
    plural = {normalize_for_search(w) for w in raw["vague_multipliers"]}
    for w, v in n["scales"].items():
        f = normalize_for_search(w)
        numbers[f] = (v, "pscale" if f in plural or w.endswith("ات") else "scale")
    return _Rules(
        numbers=numbers,
        teen_only=frozenset(normalize_for_search(w) for w in n["teen_only"]),
        vague={normalize_for_search(w): v for w, v in raw["vague"].items()},
        vague_mult={normalize_for_search(w): v for w, v in raw["vague_multipliers"].items()},
        few=_index([(_phrase(w), v) for w, v in raw["few"].items()]),
        prefix_q=_index([(_phrase(p), q) for q, ps in raw["qualifiers"].items() for p in ps]),
        postfix_q=_index(
            [(_phrase(p), q) for q, ps in raw["postfix_qualifiers"].items() for p in ps]
        ),
        openers=_index([(_phrase(p), "range") for p in raw["range"]["openers"]]),
        joiners=frozenset(normalize_for_search(w) for w in raw["range"]["joiners"]),
        from_openers=frozenset(normalize_for_search(w) for w in raw["range"]["from_openers"]),
        from_joiners=frozenset(normalize_for_search(w) for w in raw["range"]["from_joiners"]),
        hyphen_max=int(raw["range"]["hyphen_max"]),
        teens_few=raw["teens_few"],
        over=frozenset(normalize_for_search(w) for w in raw["over"]),
        alternatives=frozenset(
            normalize_for_search(w) for w in raw["range"].get("alternatives", [])
        ),
        ordinals=frozenset(normalize_for_search(w) for w in raw.get("ordinals", [])),
        date_before=frozenset(normalize_for_search(w) for w in raw["date_context"]["before"]),
        date_after=frozenset(normalize_for_search(w) for w in raw["date_context"]["after"]),
        about_pct=int(raw["about_tolerance_percent"]),
    )


# --- tokens ----------------------------------------------------------------------------

_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0300-\u036f\u200c\u200d"
_MAX_DIGITS = 15  # longer digit runs are ids/phone numbers, and int() has a size limit


class _Tok(NamedTuple):
    kind: str  # "num" | "word" | "skip" | "range" (20-30)
    norm: str
    start: int
    end: int
    joined: bool  # only whitespace between this token and the previous one
    value: Decimal | None
    high: Decimal | None = None  # the upper end of a "range" token


_DIGITS = frozenset(
    "0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9"
)
_MARK_RE = re.compile(f"[{_MARKS}]")


def _class(ch: str) -> str:
    """d: a digit numbers use; l: a letter to the grammar (any other word character);
    m: a mark that stays with its letter; x: anything else (a digit of another script)."""
    if ch in _DIGITS:
        return "d"
    if ch.isdecimal():
        return "x"
    if ch.isalnum():
        return "l"
    return "m" if _MARK_RE.match(ch) else "x"


_Piece = tuple[str, int, int, str]  # "d" | "l", start, end, the piece folded


def _pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[_Piece]:
    """The word tokens cut where digits meet letters: ("d" | "l", start, end, folded)."""
    out: list[_Piece] = []
    for start, end in spans:
        out += [
            (kind, start + a, start + b, norm) for kind, a, b, norm in _word_pieces(text[start:end])
        ]
    return out


@lru_cache(maxsize=8192)
def _word_pieces(word: str) -> tuple[_Piece, ...]:
    """One word's pieces, offsets from its start, each with its folded text: the cut
    depends on the word's characters alone, and words repeat, so each form is cut and
    folded once instead of once per occurrence."""
    return tuple((kind, a, b, fast_fold(word[a:b])) for kind, a, b in _word_cuts(word))


def _word_cuts(word: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    kind, at = "", 0
    for i, ch in enumerate(word):
        c = _class(ch)
        if c == "m" and kind == "l":
            continue  # harakat stay with their letter
        if c == "m":
            c = "x"  # a mark after digits starts no word
        if c != kind:
            if kind in ("d", "l"):
                out.append((kind, at, i))
            kind, at = c, i
    if kind in ("d", "l"):
        out.append((kind, at, len(word)))
    return out


def _gap_is(text: str, a: _Piece, b: _Piece, chars: str) -> bool:
    return b[1] - a[2] == 1 and text[a[2]] in chars


def _tokens(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[_Tok]:
    """Quantity tokens, derived from the article's one word tokenisation.

    ``spans`` are the word tokens of ``reviewer.arabic.tokenize`` (the suggesters pass the
    ones they already have). Digit runs joined by ``/ : -`` are dates, times or ranges
    (skipped, not counts); ``3,500`` and ``٣٬٥٠٠`` are one number; a decimal point joins.
    """
    if spans is None:
        spans = [(s, e) for _, s, e in tokenize(text)]
    pieces = _pieces(text, spans)
    toks: list[_Tok] = []
    prev_end = 0
    i = 0
    while i < len(pieces):
        kind, start, end, folded = pieces[i]
        tok_kind, j = ("word" if kind == "l" else "num"), i
        if kind == "d":
            while (
                j + 1 < len(pieces)
                and pieces[j + 1][0] == "d"
                and _gap_is(text, pieces[j], pieces[j + 1], "/:-")
            ):
                j += 1
            if j > i:
                tok_kind = "range" if j == i + 1 and text[pieces[i][2]] == "-" else "skip"
            else:
                while (
                    j + 1 < len(pieces)
                    and pieces[j + 1][0] == "d"
                    and pieces[j + 1][2] - pieces[j + 1][1] == 3
                    and _gap_is(text, pieces[j], pieces[j + 1], ",\u066c")
                ):
                    j += 1
                if (
                    j + 1 < len(pieces)
                    and pieces[j + 1][0] == "d"
                    and _gap_is(text, pieces[j], pieces[j + 1], ".\u066b")
                ):
                    j += 1
        end = pieces[j][2]
        norm = folded if j == i else fast_fold(text[start:end])  # one piece: folded already
        value = high = None
        if tok_kind == "range":  # 20-30: both small whole numbers, the first below the second
            ends = [pieces[i][3], pieces[j][3]]  # each end piece, folded
            low_end, high_end = (int(e) if e.isdigit() else -1 for e in ends)
            small = 0 <= low_end < high_end <= _rules().hyphen_max
            tok_kind = "range" if small else "skip"
            value, high = (Decimal(low_end), Decimal(high_end)) if small else (None, None)
        if tok_kind == "num":
            digits = norm.replace(",", "").replace("\u066c", "").replace("\u066b", ".")
            if sum(c.isdigit() for c in digits) > _MAX_DIGITS:
                tok_kind = "skip"
            else:
                try:
                    value = Decimal(digits)
                except InvalidOperation:
                    tok_kind = "skip"
        joined = bool(toks) and text[prev_end:start].strip() == ""
        toks.append(_Tok(tok_kind, norm, start, end, joined, value, high))
        prev_end = end
        i = j + 1
    return toks


@lru_cache(maxsize=8192)
def _readings(norm: str) -> tuple[tuple[str, str], ...]:
    """(proclitic, stem) readings of a folded word, the bare word first."""
    return (("", norm), *split_clitics(norm)[1:]) if norm else ()


# --- grammar ---------------------------------------------------------------------------


class _Base(NamedTuple):
    low: int
    high: int | None
    best: int | None
    acled: int
    exact: bool
    start: int  # token indices, end exclusive
    end: int


class _Item(NamedTuple):
    value: Decimal
    kind: str  # unit ten tens hundred scale pscale dual digits
    prefix: str
    stem: str = ""


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.t = toks
        self.r = _rules()

    def joined(self, k: int) -> bool:
        return k < len(self.t) and self.t[k].joined

    def match(self, k: int, index: dict[str, list[tuple[Phrase, Any]]]) -> tuple[int, Any]:
        """Longest phrase from ``index`` starting at token k (clitics allowed on word 1)."""
        if k >= len(self.t) or self.t[k].kind != "word":
            return -1, None
        for _, stem in _readings(self.t[k].norm):
            for phrase, payload in index.get(stem, ()):
                end = k + len(phrase)
                if end <= len(self.t) and all(
                    self.t[k + i].joined and self.t[k + i].norm == w
                    for i, w in enumerate(phrase[1:], 1)
                ):
                    return end, payload
        return -1, None

    def lookup(self, k: int, table: dict[str, Any]) -> Any:
        if k >= len(self.t) or self.t[k].kind != "word":
            return None
        return next((table[s] for _, s in _readings(self.t[k].norm) if s in table), None)

    def item(self, k: int, prefixes: tuple[str, ...] | None) -> _Item | None:
        if k >= len(self.t):
            return None
        tok = self.t[k]
        if tok.kind == "num" and tok.value is not None:
            return _Item(tok.value, "digits", "")
        if tok.kind != "word":
            return None
        for prefix, stem in _readings(tok.norm):
            hit = self.r.numbers.get(stem)
            short_ok = not prefix or len(stem) >= 3 or prefix == "و"  # وست نساء, not لست
            if hit and short_ok and (prefixes is None or prefix in prefixes):
                return _Item(Decimal(hit[0]), hit[1], prefix, stem)
        return None

    def number(self, j: int) -> tuple[int, int] | None:
        """Parse a number at token j; returns (value, end) or None."""
        first = self.item(j, None)
        if first is None or first.kind == "pscale":
            return None
        if first.kind == "fraction":  # نصف مليون، ربع مليون: a fraction of a scale word
            scale = self.item(j + 1, ("",)) if self.joined(j + 1) else None
            if scale is None or scale.kind != "scale":
                return None
            first, j = scale._replace(value=first.value * scale.value), j + 1
        total, group, last, place = Decimal(0), Decimal(0), first.kind, Decimal(0)
        prev_scale: Decimal | None = None
        if first.kind in ("scale", "dual"):
            prev_scale = first.value if first.kind == "scale" else first.value / 2
            total, place = first.value, prev_scale
        else:
            group = first.value
            place = Decimal(100) if first.kind == "hundred" else Decimal(0)
        k = j + 1
        kept: tuple[Decimal, Decimal, int] | None = None  # before the last و: (total, group, k)
        while self.joined(k):
            if self.t[k].norm == "و" and self.joined(k + 1):
                cand, nxt, conj = self.item(k + 1, ("",)), k + 2, True
            else:
                cand, nxt = self.item(k, ("", "و")), k + 1
                conj = cand is not None and cand.prefix == "و"
            if cand is None:
                break
            if cand.kind == "fraction":  # ثلاثة آلاف ونصف، مليون ونصف: of the last scale
                if not conj or last not in ("scale", "dual") or prev_scale is None:
                    break
                total += cand.value * prev_scale
                last, k = "fraction", nxt
                break
            if conj:
                tens_after_unit = last == "unit" and cand.kind == "tens"
                smaller = (
                    last in ("hundred", "scale", "dual")
                    and cand.kind in ("unit", "ten", "tens", "hundred", "digits")
                    and cand.value < place
                )
                if not (tens_after_unit or smaller):
                    break
                if last in ("scale", "dual"):
                    kept = (total, group, k)
                group += cand.value
                if cand.kind == "hundred":
                    place = Decimal(100)
            elif cand.kind in ("scale", "pscale"):
                if last in ("scale", "dual") or group <= 0:
                    break
                if prev_scale is not None and group * cand.value >= prev_scale:
                    if kept is not None:  # '10 آلاف و15 ألف': a second number, not 10015
                        total, group, k = kept
                    break
                total, group = total + group * cand.value, Decimal(0)
                place = prev_scale = cand.value
                cand = cand._replace(kind="scale")
            elif cand.kind == "hundred" and cand.value == 100 and last == "unit" and group >= 3:
                if group > 9:
                    break
                group *= 100
                place = Decimal(100)
            elif cand.kind == "ten" and last == "unit":
                group += 10
                cand = cand._replace(kind="teen")
            else:
                break
            last, k = cand.kind, nxt
        value = total + group
        if k == j + 1 and first.stem in self.r.teen_only:
            return None
        if value != value.to_integral_value():
            return None
        return int(value), k

    def base(self, j: int) -> _Base | None:
        t, r = self.t, self.r
        if j >= len(t):
            return None
        # "الـ3500", "بـ3500", "و500": a bare clitic glued to the number it introduces.
        clitic = t[j].kind == "word" and t[j].norm in _CLITIC_TOKENS
        if clitic and self.joined(j + 1) and t[j + 1].kind == "num":
            j += 1
        end, info = self.match(j, r.few)
        if info is not None:
            ten = self.item(end, ("",)) if self.joined(end) else None
            if info["multiplies"] and ten is not None and ten.kind == "ten":
                teens = r.teens_few  # بضعة عشر: thirteen to nineteen
                return _Base(teens["low"], teens["high"], None, teens["acled"], False, j, end + 1)
            tens = self.and_tens(end)
            if info.get("and_tens") and tens is not None:  # بضعة وعشرون: 23 to 29
                value, stop = tens
                low, high = value + info["low"], value + info["high"]
                return _Base(low, high, None, value + info["acled"], False, j, stop)
            plural = self.lookup(end, r.vague) if self.joined(end) else None
            if info["multiplies"] and plural is not None:
                u = plural["unit"]
                high = info["high"] * u + u - 1 if info["high"] is not None else None
                return _Base(info["low"] * u, high, None, info["acled"] * u, False, j, end + 1)
            return _Base(info["low"], info["high"], None, info["acled"], False, j, end)
        if t[j].kind == "word" and t[j].norm in r.over:
            tens = self.and_tens(j + 1)
            if tens is not None:  # نيف وعشرون: twenty and some, 21 to 29
                t_, stop = tens
                return _Base(t_ + 1, t_ + 9, None, t_, False, j, stop)
        vague = self.lookup(j, r.vague)
        if vague is not None:
            u, end = vague["unit"], j + 1
            low, high, acled = (
                vague["low_units"] * u,
                vague["high_units"] * u + u - 1,
                vague["acled"],
            )
            mult = self.lookup(end, r.vague_mult) if self.joined(end) else None
            if mult is not None:
                low, high, acled, end = low * mult, high * mult + mult - 1, acled * mult, end + 1
            return _Base(low, high, None, acled, False, j, end)
        parsed = self.number(j)
        if parsed is None:
            return None
        value, end = parsed
        return _Base(value, value, value, value, True, j, end)

    def after_ordinal(self, k: int) -> bool:
        """The number at token k is a tens word joined by و to an ordinal before it."""
        if k == 0 or not self.joined(k) or self.t[k - 1].kind != "word":
            return False
        item = self.item(k, ("و", "وال"))
        if item is None or item.kind != "tens":
            return False
        return self.t[k - 1].norm in self.r.ordinals

    def and_tens(self, k: int) -> tuple[int, int] | None:
        """A tens word joined by و at token k ('وعشرين', 'و عشرين') -> (value, end)."""
        if not self.joined(k):
            return None
        if self.t[k].norm == "و" and self.joined(k + 1):
            item, stop = self.item(k + 1, ("",)), k + 2
        else:
            item, stop = self.item(k, ("و",)), k + 1
            if item is not None and item.prefix != "و":
                return None
        if item is None or item.kind != "tens":
            return None
        return int(item.value), stop

    def alternative(self, b: _Base) -> tuple[dict[str, Any], int, int] | None:
        """'ثلاثة أو أربعة', '20 أو 30': two exact numbers joined by 'or', the second larger
        but at most twice the first and one, are the range between them."""
        k = b.end
        if not (self.joined(k) and self.t[k].norm in self.r.alternatives and self.joined(k + 1)):
            return None
        second = self.number(k + 1)
        if second is None or not b.low < second[0] <= 2 * b.low + 1:
            return None
        return _fields(b.low, second[0], None, b.low, "range"), b.start, second[1]

    def at(self, i: int) -> tuple[dict[str, Any], int, int] | None:
        """Parse the expression starting at token i -> (fields, start_tok, end_tok).

        ``find_quantities`` asks only at words ``_may_start`` accepts: a new kind of word
        an expression may begin with must be added there too."""
        r = self.r
        tok = self.t[i]
        if tok.kind == "range" and tok.value is not None and tok.high is not None:
            lo, hi = int(tok.value), int(tok.high)
            return _fields(lo, hi, None, lo, "range"), i, i + 1
        end, _ = self.match(i, r.openers)
        from_range = end < 0 and tok.kind == "word" and tok.norm in r.from_openers
        if from_range:
            end = i + 1
        if end >= 0 and self.joined(end):
            first = self.number(end)
            if first and self.joined(first[1]):
                k = first[1]
                joiners = r.from_joiners if from_range else r.joiners
                if self.t[k].norm in joiners and self.joined(k + 1):
                    second = self.number(k + 1)
                elif from_range:
                    second = None
                else:  # joiner glued to the word: "وثلاثين"
                    item = self.item(k, ("و",))
                    second = self.number(k) if item and item.prefix == "و" else None
                if second and (not from_range or first[0] < second[0]):
                    lo, hi = sorted((self.shared_scale(first, second), second[0]))
                    return _fields(lo, hi, None, lo, "range"), i, second[1]
        end, qual = self.match(i, r.prefix_q)
        if qual is not None and self.joined(end):
            b = self.base(end)
            if b is not None:
                return self.qualify(b, qual), i, b.end
        b = self.base(i)
        if b is None:
            return None
        if self.after_ordinal(b.start):
            return None  # 'السادس والعشرين من نيسان': the tens of an ordinal count nothing
        end, qual = self.match(b.end, r.postfix_q) if self.joined(b.end) else (-1, None)
        if qual is None and self.joined(b.end) and self.item(b.end, None) is None:
            end, qual = self.match(b.end + 1, r.postfix_q) if self.joined(b.end + 1) else (-1, None)
        if qual is not None:
            return self.qualify(b, qual), b.start, end
        over = self.over(b) if b.exact else None
        if over is not None:
            return over
        either = self.alternative(b) if b.exact else None
        if either is not None:
            return either
        if b.exact and self.is_date(b):
            return None
        return _fields(b.low, b.high, b.best, b.acled, None), b.start, b.end

    def shared_scale(self, first: tuple[int, int], second: tuple[int, int]) -> int:
        """'بين 5 و7 آلاف': a scale word ending the second number scales the first too."""
        last = self.item(second[1] - 1, None)
        own = self.item(first[1] - 1, None)
        if last is None or last.kind not in ("scale", "pscale") or own is None:
            return first[0]
        if own.kind in ("scale", "pscale", "dual") or first[0] * last.value > second[0]:
            return first[0]
        return int(first[0] * last.value)

    def over(self, b: _Base) -> tuple[dict[str, Any], int, int] | None:
        """'عشرون ونيف', 'مئة و نيف': one to nine units of the number's last place more."""
        k = b.end
        if not self.joined(k):
            return None
        if self.t[k].norm == "و" and self.joined(k + 1):
            k += 1
            word = self.t[k].norm
        else:
            word = self.t[k].norm[1:] if self.t[k].norm.startswith("و") else ""
        if word not in self.r.over or b.low < 10:
            return None
        unit = 10 ** (len(str(b.low)) - 1)
        return _fields(b.low + 1, b.low + unit - 1, None, b.low, "more_than"), b.start, k + 1

    def is_date(self, b: _Base) -> bool:
        """عام 2011, 12 كانون, آذار 2024, كانون الثاني 2024."""
        t, r, s = self.t, self.r, b.start
        word = t[s - 1].norm if s > 0 and t[s].joined else ""
        # 'عام 2011' a year; not 'الأمن العام ثلاثة شبان' (a name ending in العام, then a count)
        before = word in r.date_after or (word in r.date_before and 1000 <= b.low <= 2100)
        month_2 = s > 1 and t[s].joined and t[s - 1].joined and t[s - 2].norm in r.date_after
        month_2 = month_2 and 1000 <= b.low <= 2100  # كانون الثاني 2024: a year, not 'آذار قتل 3'
        after = self.joined(b.end) and t[b.end].norm in r.date_after
        return before or month_2 or after

    def qualify(self, b: _Base, qual: str) -> dict[str, Any]:
        if qual == "about":
            if not b.exact:
                return _fields(b.low, b.high, None, b.acled, qual)
            n, pct = b.low, self.r.about_pct
            return _fields(n * (100 - pct) // 100, -(-n * (100 + pct) // 100), n, n, qual)
        if qual in ("at_least", "more_than"):
            return _fields(b.low, None, b.best, b.acled, qual)
        if qual == "fewer_than":
            return _fields(None, max(b.low - 1, 0), None, None, qual)
        # at_most
        return _fields(None, b.high if b.high is not None else b.low, None, None, qual)


_CLITIC_TOKENS = frozenset({"و", "ف", "ب", "ك", "ل", "ال", "بال", "وال", "فال", "كال", "لل", "وب"})


def _fields(low: Any, high: Any, best: Any, acled: Any, qualifier: str | None) -> dict[str, Any]:
    return {"low": low, "high": high, "best": best, "acled_value": acled, "qualifier": qualifier}


@lru_cache(maxsize=8192)
def _may_start(norm: str) -> bool:
    """Whether a quantity expression can begin at a word of folded form ``norm``.

    ``_Parser.at`` starts only from a range opener, a qualifier, a 'few' word, a vague
    plural or a number word (each read with its proclitics), a 'from', a 'some more' word
    or a bare clitic glued to digits; any other word makes it return None. Asking this
    once per distinct word spares the parser's dozen lookups on the ~95 % of an article's
    words that are none of these (the parser itself is unchanged).
    """
    r = _rules()
    if norm in r.from_openers or norm in r.over or norm in _CLITIC_TOKENS:
        return True
    tables = (r.openers, r.prefix_q, r.few, r.vague, r.numbers)
    return any(stem in table for _, stem in _readings(norm) for table in tables)


def find_quantities(
    text: str, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[Quantity, int, int]]:
    """All quantity expressions in ``text``, left to right, non-overlapping.

    ``spans``: the text's word tokens when the caller has them already
    (``reviewer.arabic.tokenize``), so an article is tokenised once for every finder.

    Spans are Python code-point offsets into ``text`` (use :mod:`reviewer.offsets` to
    hand them to Qt). The span covers qualifier + number (+ postfix qualifier and the
    one word it may follow, as in ``20 قتيلا على الأقل``), not the counted noun.
    """
    toks = _tokens(text, spans)
    parser = _Parser(toks)
    found: list[tuple[Quantity, int, int]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "skip" or (tok.kind == "word" and not _may_start(tok.norm)):
            i += 1  # most words of an article: no rule of the grammar begins with them
            continue
        hit = parser.at(i)
        if hit is None:
            i += 1
            continue
        fields, first, end = hit
        start, stop = toks[first].start, toks[end - 1].end
        found.append((Quantity(**fields, verbatim=text[start:stop]), start, stop))
        i = end
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity expression in ``text`` (usually the whole of it), or None."""
    found = find_quantities(text)
    return found[0][0] if found else None
