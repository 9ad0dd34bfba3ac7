"""Dates as analysts type them: ``2024-12-05``, ``5/12/2024``, ``5.12.2024``, ``05-12-2024``.

Day before month, as written in Syria and in the reports; the ISO order is
recognised by its four-digit year in front. Arabic-Indic digits count as digits.
Returns ISO ``YYYY-MM-DD`` or None when the text is not a whole, real date.
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_typed_date(text: str) -> str | None:
    """The ISO date ``text`` names, or None ('2024-02-30', '12/2024' and '' are None)."""
    cleaned = text.strip().translate(_DIGITS)
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
