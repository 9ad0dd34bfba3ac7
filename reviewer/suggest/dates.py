"""Dates: explicit (8 كانون الأول 2024, 27 نوفمبر, 05/12/2024) and relative (اليوم، أمس،
مساء السبت، الخميس الماضي), resolved against the publication date.

Arabic news names months in two calendars at once (كانون الأول / ديسمبر) and dates its
events mostly by weekday relative to the day of publication, so resolution needs an
anchor. The anchor is the publication date when known; otherwise it is inferred from
the full dates the text itself gives, preferring the one that the text's other dates
cluster around, so that a page-capture date in a site header (months away from the
events) neither anchors the weekdays nor wins as the event date. Word lists are data
(resources/suggest/dates.json).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import PhraseIndex, Tok, fold, tokens

__all__ = ["best_date", "calendar_mentions", "find_dates", "infer_anchor"]

_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_GAP_OK = re.compile(r"[\s()\[\]«»\"“”'/\-–،,]*")
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_NUMERIC = re.compile(
    rf"(?<![0-9\u0660-\u0669\u06f0-\u06f9])(?:"
    rf"(?P<y1>{_D}{{4}})[-/.](?P<m1>{_D}{{1,2}})[-/.](?P<d1>{_D}{{1,2}})"
    rf"|(?P<d2>{_D}{{1,2}})[-/.](?P<m2>{_D}{{1,2}})[-/.](?P<y2>{_D}{{4}})"
    rf")(?![0-9\u0660-\u0669\u06f0-\u06f9])"
)


class _Words:
    def __init__(self) -> None:
        rules = _data.rules("dates")
        self.months: PhraseIndex[int] = PhraseIndex(article_strict=False)
        for month, names in rules["months"].items():
            for name in names:
                self.months.add(name, int(month))
        self.weekdays: PhraseIndex[int] = PhraseIndex(article_strict=False)
        for day, names in rules["weekdays"].items():
            for name in names:
                self.weekdays.add(name, int(day))
        self.relative: PhraseIndex[int] = PhraseIndex(article_strict=False)
        for word, offset in rules["relative_days"].items():
            self.relative.add(word, int(offset))
        self.parts = {fold(w): v for w, v in rules["day_parts"].items()}
        self.past = {fold(w) for w in rules["past_markers"]}
        self.future = {fold(w) for w in rules["future_markers"]}
        self.year_suffix = {fold(w) for w in rules["year_suffixes"]}
        self.header_max_days = int(rules["header_max_days"])
        self.not_today_after = {fold(w) for w in rules.get("not_today_after", [])}
        self.not_today_before = {fold(w) for w in rules.get("not_today_before", [])}
        self.weekday_not_after = {fold(w) for w in rules.get("weekday_not_after", [])}
        self.weekday_not_before = {fold(w) for w in rules.get("weekday_not_before", [])}
        self.names_before = {fold(w) for w in rules.get("names_before", [])}
        self.per_day_before = {fold(w) for w in rules.get("per_day_before", [])}
        until = rules.get("until_coming", {})
        self.until = {fold(w) for w in until.get("words", [])}
        self.until_after = {fold(w) for w in until.get("after", [])}
        self.until_lasted = {fold(w) for w in until.get("lasted", [])}
        ordinal = rules.get("ordinal_days", {})
        self.ordinals: PhraseIndex[int] = PhraseIndex(article_strict=False)
        for words, day in ordinal.get("days", {}).items():
            self.ordinals.add(words, int(day))
        self.of = {fold(w) for w in ordinal.get("of", [])}
        self.month_words = {fold(w) for w in ordinal.get("month_words", [])}
        self.this_month = {fold(w) for w in ordinal.get("current_month", [])}
        self.last_month = {fold(w) for w in ordinal.get("past_month", [])}
        ago = rules.get("days_ago", {})
        self.ago_before = {fold(w) for w in ago.get("before", [])}
        self.ago_two = {fold(w) for w in ago.get("two", [])}
        self.ago_plural = {fold(w) for w in ago.get("plural", [])}
        self.ago_numbers = {fold(w): int(n) for w, n in ago.get("numbers", {}).items()}
        self.ago_max = int(ago.get("max", 0))
        self.ago_not_before = {fold(w) for w in ago.get("not_before", [])}
        # What a date expression can begin with besides a number: a relative day, an
        # ordinal, a weekday or 'ago' (read with its clitics). _raw asks it of each token
        # so that the five parsers run only where one of them can match.
        self.starters = (
            self.relative.first_words()
            | self.ordinals.first_words()
            | self.weekdays.first_words()
            | self.ago_before
        )


@cache
def _words() -> _Words:
    return _Words()


def _number(tok: Tok) -> int | None:
    """The token's value when it is all digits (any script); ``norm`` is already folded."""
    return int(tok.norm) if tok.norm.isdigit() else None


class _Scanner:
    def __init__(self, text: str, toks: list[Tok]) -> None:
        self.text, self.t, self.w = text, toks, _words()

    def near(self, k: int) -> bool:
        """Token k follows token k-1 with only spaces, brackets, quotes or a slash between."""
        if not 0 < k < len(self.t):
            return False
        gap = self.text[self.t[k - 1].end : self.t[k].start]
        return _GAP_OK.fullmatch(gap) is not None and "\n" not in gap

    def word_in(self, k: int, words: set[str]) -> bool:
        return 0 <= k < len(self.t) and bool(self.t[k].stems() & words | {self.t[k].norm} & words)

    def part_before(self, k: int) -> tuple[int, str] | None:
        """A day part (مساء، صباح، يوم) right before token k: (where it starts, its name)."""
        if k > 0 and self.t[k].joined:
            for where, stem, _ in self.t[k - 1].readings:
                if stem in self.w.parts:
                    return where, self.w.parts[stem]
        return None

    def explicit(self, i: int) -> tuple[int, dict[str, Any], int] | None:
        """DAY MONTH [/ MONTH] [YEAR] [م] starting at token i -> (stop, fields)."""
        t = self.t
        day = _number(t[i])
        if day is None or not 1 <= day <= 31:
            return None
        if not self.near(i + 1):
            return None
        hit = self.w.months.match(t, i + 1)
        if hit is None:
            return None
        month, stop = hit.payloads[0], hit.stop
        if self.near(stop):
            again = self.w.months.match(t, stop)
            if again is not None and again.payloads[0] == month:
                stop = again.stop
        year = None
        if self.near(stop) and (y := _number(t[stop])) is not None and 1900 <= y <= 2100:
            year, stop = y, stop + 1
            if stop < len(t) and t[stop].joined and t[stop].norm in self.w.year_suffix:
                stop += 1
        return stop, {"day": day, "month": month, "year": year}, t[i].start

    def relative(self, i: int) -> tuple[int, dict[str, Any], int] | None:
        hit = self.w.relative.match(self.t, i)
        if hit is None:
            return None
        stop = hit.stop
        if stop == i + 1 and hit.payloads[0] == 0 and self._not_today(i):
            return None
        fields: dict[str, Any] = {"offset": hit.payloads[0]}
        if self.near(stop) and (wd := self.w.weekdays.match(self.t, stop)) is not None:
            fields["weekday"] = wd.payloads[0]
            stop = wd.stop
        return stop, fields, hit.start

    def _not_today(self, i: int) -> bool:
        """'اليوم التالي', 'اليوم العالمي', 'ذلك اليوم': a day, not today."""
        after = i + 1 < len(self.t) and self.t[i + 1].joined
        if after and (self.word_in(i + 1, self.w.not_today_after) or self._counts_days(i + 1)):
            return True
        if not after and i > 0 and self.t[i].joined and self.word_in(i - 1, self.w.per_day_before):
            return self.t[i].norm == fold("اليوم")  # 'وجبة واحدة في اليوم،': per day
        return i > 0 and self.t[i].joined and self.word_in(i - 1, self.w.not_today_before)

    def _counts_days(self, k: int) -> bool:
        """An ordinal after 'اليوم' ('لليوم الثالث على التوالي', 'في اليوم الـ103', 'اليوم الـ
        150'): the n-th day of a campaign or protest, which names no date. A bare number
        after it stays a count of today's dead ('قتل اليوم 12 مدنياً')."""
        tok = self.t[k]
        if tok.norm == "ال" or (tok.norm.startswith("ال") and tok.norm[2:].isdigit()):
            return True
        return self.w.ordinals.match(self.t, k) is not None

    def names_a_place(self, i: int) -> bool:
        """A calendar date right after a street's, square's or school's noun is its name
        ('شارع الثامن من آذار'), after 'الأسبوع' a week ('الأسبوع الأول من شباط')."""
        return i > 0 and self.t[i].joined and self.word_in(i - 1, self.w.names_before)

    def ordinal(self, i: int) -> tuple[int, dict[str, Any], int] | None:
        """'الثالث من آذار [2024]', 'العاشر من الشهر الجاري': an ordinal day of a month."""
        hit = self.w.ordinals.match(self.t, i)
        if hit is None:
            return None
        k = hit.stop
        if not (self.near(k) and self.word_in(k, self.w.of) and self.near(k + 1)):
            return None
        fields: dict[str, Any] = {"day": hit.payloads[0]}
        month = self.w.months.match(self.t, k + 1)
        if month is not None:
            fields["month"], stop = month.payloads[0], month.stop
            if self.near(stop) and (y := _number(self.t[stop])) and 1900 <= y <= 2100:
                fields["year"], stop = y, stop + 1
            return stop, fields, hit.start
        if not self.word_in(k + 1, self.w.month_words):
            return None
        if not self.near(k + 2) and self.t[k + 1].norm.startswith("ال"):
            fields["month_offset"] = 0  # 'مساء الخامس عشر من الشهر.': of this month, or of
            fields["past"] = True  # the last one when that day is still to come
            return k + 2, fields, hit.start
        if not self.near(k + 2):
            return None
        if self.word_in(k + 2, self.w.this_month):
            fields["month_offset"] = 0
        elif self.word_in(k + 2, self.w.last_month):
            fields["month_offset"] = -1
        else:
            return None
        return k + 3, fields, hit.start

    def days_ago(self, i: int) -> tuple[int, dict[str, Any], int] | None:
        """'قبل يومين', 'منذ ثلاثة أيام': so many days before the anchor."""
        w = self.w
        if not (self.word_in(i, w.ago_before) and self.near(i + 1)):
            return None
        if self.word_in(i + 1, w.ago_two):
            days, stop = 2, i + 2
        else:
            n = _number(self.t[i + 1])
            n = n if n is not None else w.ago_numbers.get(self.t[i + 1].norm)
            if n is None or not (self.near(i + 2) and self.word_in(i + 2, w.ago_plural)):
                return None
            days, stop = n, i + 3
        if not 1 <= days <= w.ago_max:
            return None
        if stop < len(self.t) and self.t[stop].joined and self.word_in(stop, w.ago_not_before):
            return None  # 'قبل يومين من الانتخابات': two days before another day
        return stop, {"offset": -days}, self.t[i].start

    def weekday(self, i: int) -> tuple[int, dict[str, Any], int] | None:
        hit = self.w.weekdays.match(self.t, i)
        if hit is None:
            return None
        if i > 0 and self.t[i].joined and self.word_in(i - 1, self.w.weekday_not_after):
            return None  # 'بعد صلاة الجمعة': the Friday prayer
        fields: dict[str, Any] = {"weekday": hit.payloads[0]}
        stop = hit.stop
        if (
            self.near(stop)
            and self.t[stop].joined
            and self.word_in(stop, self.w.weekday_not_before)
        ):
            return None  # 'الأحد عشر' eleven, 'الجمعة الثانية على التوالي' a protest's n-th Friday
        if stop < len(self.t) and self.t[stop].joined:
            if self.word_in(stop, self.w.past):
                fields["direction"], stop = "past", stop + 1
            elif self.word_in(stop, self.w.future):
                fields["direction"], stop = "future", stop + 1
        if "direction" not in fields and self._until_coming(i):
            fields["direction"] = "future"  # 'حظر تجول حتى صباح السبت': the coming Saturday
        return stop, fields, hit.start

    def _until_coming(self, i: int) -> bool:
        """'فرضت حظر تجول حتى صباح السبت': 'حتى' right before the weekday (or its day part)
        after a curfew's or a truce's noun a few words back sets a time still to come; after
        a past verb ('استمرت حتى فجر الأحد') it stays a past day."""
        k = i - 1 if self.part_before(i) is not None else i
        if not (k > 0 and self.t[k].joined and self.word_in(k - 1, self.w.until)):
            return False
        window = range(max(0, k - 6), k - 1)
        if any(self.word_in(j, self.w.until_lasted) for j in window):
            return False  # 'وبقي الإغلاق حتى الأحد': what lasted until Sunday is over
        return any(self.word_in(j, self.w.until_after) for j in window)


def _weekday_date(anchor: date, weekday: int, direction: str | None) -> date:
    back = (anchor.weekday() - weekday) % 7
    if direction == "future":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if direction == "past" and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(anchor: date | None, months: int, day: int) -> date | None:
    """Day ``day`` of the anchor's month moved by ``months`` (0 this month, -1 last)."""
    if anchor is None:
        return None
    month = anchor.month + months
    year = anchor.year + (month - 1) // 12
    return _safe_date(year, (month - 1) % 12 + 1, day)


def _with_year(day: int, month: int, anchor: date | None, years: list[int]) -> date | None:
    """A day and month without a year: the occurrence nearest the anchor, not far after it."""
    if anchor is None:
        if not years:
            return None
        return _safe_date(Counter(years).most_common(1)[0][0], month, day)
    options = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _safe_date(y, month, day)) is not None
    ]
    before = [d for d in options if d <= anchor + timedelta(days=7)]
    return min(before or options, key=lambda d: abs((d - anchor).days), default=None)


def _raw(text: str, toks: list[Tok]) -> list[tuple[int, int, dict[str, Any]]]:
    """Date expressions as (start, end, fields), before any resolution."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMERIC.finditer(text):
        y, mo, d = (m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"])
        year, month, day = (int(fold(x)) for x in (y, mo, d))
        if _safe_date(year, month, day) is not None:
            found.append((m.start(), m.end(), {"day": day, "month": month, "year": year}))
            taken.append((m.start(), m.end()))
    s = _Scanner(text, toks)
    i = last_end = 0
    starters = s.w.starters
    while i < len(toks):
        if not toks[i].norm.isdigit() and starters.isdisjoint(toks[i].forms()):
            i += 1  # no parser below can begin here (most words of an article)
            continue
        if taken and any(a <= toks[i].start < b for a, b in taken):
            i += 1
            continue
        # only at a number or a word of _Words.starters: a new parser adds its first words there
        for name, parse in (
            ("explicit", s.explicit),
            ("ordinal", s.ordinal),
            ("relative", s.relative),
            ("ago", s.days_ago),
            ("weekday", s.weekday),
        ):
            got = parse(i)
            if got is None:
                continue
            stop, fields, start = got
            if name in ("explicit", "ordinal") and s.names_a_place(i):
                i = stop  # 'شارع الثامن من آذار': a street's name, no day
                break
            if name == "weekday" and s.near(stop) and (ex := s.explicit(stop)) is not None:
                stop, fields = ex[0], {**ex[1], "weekday": fields["weekday"]}
            part = s.part_before(i)
            if part is not None and name not in ("explicit", "ago") and part[0] >= last_end:
                start = part[0]
                fields["day_part"] = part[1]
            end = toks[stop - 1].end
            if text[end : end + 1] in (")", "»", "]") and "(" in text[start:end]:
                end += 1
            found.append((start, end, fields))
            last_end = end
            i = stop
            break
        else:
            i += 1
    found.sort(key=lambda f: f[0])
    return found


def calendar_mentions(text: str) -> list[tuple[int, int, int, int, int | None]]:
    """Every calendar date the text names: ``(start, end, day, month, year or None)``.

    Relative dates and bare weekdays are left out (they need an anchor).
    """
    return [
        (start, end, fields["day"], fields["month"], fields.get("year"))
        for start, end, fields in _raw(text, tokens(text))
        if "month" in fields and "day" in fields
    ]


def infer_anchor(text: str, toks: list[Tok] | None = None) -> date | None:
    """The date the text is written from, when no publication date is known.

    Among the full dates the text gives, the one most other dates lie close to (within
    ``header_max_days``); ties go to the later mention, since site headers come first.
    """
    toks = tokens(text) if toks is None else toks
    raw = _raw(text, toks)
    full = [
        (n, d)
        for n, (_, _, f) in enumerate(raw)
        if f.get("year") and (d := _safe_date(f["year"], f["month"], f["day"])) is not None
    ]
    if not full:
        return None
    limit = _words().header_max_days
    years = [d.year for _, d in full]

    def support(candidate: tuple[int, date]) -> tuple[int, int]:
        n, anchor = candidate
        near = 0
        for m, (_, _, f) in enumerate(raw):
            if m == n or "month" not in f:
                continue
            other = _with_year(f["day"], f["month"], None, [f["year"]] if f.get("year") else [])
            if other is None and f.get("year") is None:
                other = _with_year(f["day"], f["month"], anchor, years)
            if other is not None and abs((other - anchor).days) <= limit:
                near += 1
        return near, n

    return max(full, key=support)[1]


def find_dates(
    text: str, published: date | None = None, toks: list[Tok] | None = None
) -> list[Suggestion]:
    toks = tokens(text) if toks is None else toks
    anchor = published if published is not None else infer_anchor(text, toks)
    anchor_from = "published" if published is not None else ("text" if anchor else None)
    raw = _raw(text, toks)
    years = [f["year"] for _, _, f in raw if f.get("year")]
    limit = _words().header_max_days
    out: list[Suggestion] = []
    for start, end, fields in raw:
        extra: dict[str, Any] = {}
        resolved: date | None = None
        if "month_offset" in fields:
            resolved = _month_day(anchor, fields["month_offset"], fields["day"])
            if (
                fields.get("past")
                and resolved is not None
                and anchor is not None
                and resolved > anchor
            ):
                resolved = _month_day(anchor, fields["month_offset"] - 1, fields["day"])
            extra["how"] = "explicit"
        elif "month" in fields:
            if fields.get("year"):
                resolved = _safe_date(fields["year"], fields["month"], fields["day"])
            else:
                resolved = _with_year(fields["day"], fields["month"], anchor, years)
            extra["how"] = "explicit"
        elif "offset" in fields:
            if anchor is not None:
                resolved = anchor + timedelta(days=fields["offset"])
            extra["how"] = "relative"
            if (
                "weekday" in fields
                and resolved is not None
                and (resolved.weekday() != fields["weekday"])
            ):
                extra["conflict"] = f"text says {_WEEKDAY_EN[fields['weekday']]}"
        else:
            if anchor is not None:
                resolved = _weekday_date(anchor, fields["weekday"], fields.get("direction"))
            extra["how"] = "weekday"
        if "weekday" in fields:
            extra["weekday"] = _WEEKDAY_EN[fields["weekday"]]
        if fields.get("day_part"):
            extra["day_part"] = fields["day_part"]
        if anchor_from:
            extra["anchor"] = anchor_from
        if resolved is not None and anchor is not None:
            extra["far"] = abs((resolved - anchor).days) > limit
        value = resolved.isoformat() if resolved is not None else None
        out.append(Suggestion("date", start, end, text[start:end], value, extra))
    return out


def best_date(suggestions: list[Suggestion]) -> Suggestion | None:
    """The date most likely to be the event's: the most mentioned resolved date that is
    not far from the anchor (a header date months away never wins); ties go to the
    earliest mention."""
    dates = [s for s in suggestions if s.kind == "date" and s.value and not s.extra.get("far")]
    if not dates:
        return None
    counts = Counter(s.value for s in dates)
    return max(dates, key=lambda s: (counts[s.value], -s.start))
