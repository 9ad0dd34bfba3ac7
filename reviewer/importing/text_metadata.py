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
# Only the start of a text is read: datelines, "updated" lines and the outlet's
# own name stand there, and the cost stays bounded (tokenising a long text for
# dates takes milliseconds per kilobyte; a bulk import must not pay that).
HEAD_CHARS = 4000
HEADER_CHARS = 300  # the first lines, at most this long, hold a dateline
_SEPARATORS = " :\u200f-–—|،,"
_YEAR = re.compile(
    "(?:19|20)[0-9]{2}|[\u0661\u06f1][\u0669\u06f9][\u0660-\u0669\u06f0-\u06f9]{2}|[\u0662\u06f2][\u0660\u06f0][\u0660-\u0669\u06f0-\u06f9]{2}"
)


@cache
def _rules() -> dict:
    return load_resource_json("text_metadata.json")


def infer_metadata(
    text: str, fields: tuple[str, ...] = ("published", "outlet")
) -> tuple[Inferred, ...]:
    """The publication date and outlet ``text`` states, with their evidence spans.

    Only the ``fields`` asked for are looked for (those the file's metadata
    does not give), in the first ``HEAD_CHARS`` characters.
    """
    head = text[:HEAD_CHARS]
    found = [
        _published(head) if "published" in fields else None,
        _outlet(head) if "outlet" in fields else None,
    ]
    return tuple(item for item in found if item is not None)


def _published(text: str) -> Inferred | None:
    """A full date right after a publication word; else a supported dateline.

    The tokeniser behind ``calendar_mentions`` costs milliseconds per kilobyte,
    so it reads only short pieces: the words after each publication word, and
    the first lines; the whole head only when a dateline needs checking.
    """
    if not _YEAR.search(text):
        return None  # no full date anywhere: nothing to find
    for marker in re.finditer(_rules()["published_markers_pattern"], text):
        after = text[marker.end() : marker.end() + 40]
        for start, end, day, month, year in calendar_mentions(after)[:1]:
            when = _date(year, month, day) if year is not None else None
            if when is not None and not after[:start].strip(_SEPARATORS):
                return Inferred("published", when.isoformat(), marker.start(), marker.end() + end)
    header = text[: min(_offset_of_line(text, HEADER_LINES), HEADER_CHARS)]
    if not _YEAR.search(header):
        return None
    datelines = [
        (start, when)
        for start, _end, day, month, year in calendar_mentions(header)
        if year is not None and (when := _date(year, month, day)) is not None
    ]
    if not datelines:
        return None
    mentions = calendar_mentions(text)
    for start, when in datelines:
        if _supported(when, start, mentions):
            end = next(end for begin, end, *_ in mentions if begin == start)
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
