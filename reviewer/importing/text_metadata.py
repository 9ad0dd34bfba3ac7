"""Publication date and outlet read from an article's own words (plain text files).

A saved article often carries what its metadata would have said in its text: an
"updated" line ("محدث 08 كانون الأول 2024"), a dateline in its first lines, or
the outlet naming itself ("ويرصد موقع الأيام المصرية التفاصيل"). Such values are
stored as *inferred*, with the words that say them as evidence, for the analyst
to confirm or correct; they are never taken from the text when the file's
metadata (a manifest) gives them.

A date is taken when a publication word stands right before it (نشر، محدث، آخر
تحديث، تاريخ النشر), or when it is a full date in the first lines and the
article's other dates lie close to it (within ``header_max_days`` of
resources/suggest/dates.json). A site-header date far from the article's own
dates is the day the page was saved, not published, and is not taken. Words are
data (resources/text_metadata.json).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from reviewer.importing.document import Inferred
from reviewer.paths import load_resource_json
from reviewer.suggest.dates import calendar_mentions

HEADER_LINES = 3
MAX_DAYS_APART = 45


@cache
def _rules() -> dict:
    return load_resource_json("text_metadata.json")


def infer_metadata(text: str) -> tuple[Inferred, ...]:
    """The publication date and outlet ``text`` states, with their evidence spans."""
    found = [item for item in (_published(text), _outlet(text)) if item is not None]
    return tuple(found)


def _published(text: str) -> Inferred | None:
    mentions = calendar_mentions(text)
    full = [
        (start, end, when)
        for start, end, day, month, year in mentions
        if year is not None and (when := _date(year, month, day)) is not None
    ]
    marker = re.compile(_rules()["published_markers_pattern"])
    for start, end, when in full:
        before = text[max(0, start - 30) : start]
        hit = next(reversed(list(marker.finditer(before))), None)  # the nearest marker
        if hit is not None and not before[hit.end() :].strip(" :\u200f-–—|"):
            return Inferred("published", when.isoformat(), hit.start() + start - len(before), end)
    header_end = _offset_of_line(text, HEADER_LINES)
    for start, end, when in full:
        if start < header_end and _supported(when, start, mentions):
            return Inferred("published", when.isoformat(), start, end)
    return None


def _supported(when: date, start: int, mentions: list) -> bool:
    """True when another date of the text lies within MAX_DAYS_APART days of ``when``."""
    for other_start, _end, day, month, year in mentions:
        if other_start == start:
            continue
        years = [year] if year is not None else [when.year, when.year - 1]
        for candidate_year in years:
            other = _date(candidate_year, month, day)
            if other is not None and abs((other - when).days) <= MAX_DAYS_APART:
                return True
    return False


def _outlet(text: str) -> Inferred | None:
    for pattern in _rules()["outlet_patterns"]:
        match = re.search(pattern, text)
        if match:
            name = " ".join(match.group("name").split())
            return Inferred("outlet", name, match.start(), match.end())
    return None


def _offset_of_line(text: str, lines: int) -> int:
    position = 0
    for _ in range(lines):
        position = text.find("\n", position)
        if position < 0:
            return len(text)
        position += 1
    return position


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
