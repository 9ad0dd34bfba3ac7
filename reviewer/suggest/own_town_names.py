"""Gazetteer towns by their own Arabic name, for the new-name rules.

A new place proposed from the noun before it may be a town the gazetteer knows under the
other form of the article ('مدينة التلبيسة' for تلبيسة, 'بلدة ميادين' for الميادين).
Only a town's own name (``name_ar``) counts, not the variants GeoNames lists, some of
which are junk ('عجمي' for Al Arimah). Kept apart from places.py so that new_names.py,
which places.py reads, does not read places.py back.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.gazetteer_suggestion import place_suggestion
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import fold

__all__ = ["town_by_own_name"]


@cache
def _towns() -> dict[str, Any]:
    """Folded own name -> the most populous town of that name."""
    out: dict[str, Any] = {}
    for place in _data.places():
        if place["kind"] != "town" or not place.get("name_ar"):
            continue
        key = fold(place["name_ar"])
        if key not in out or (place.get("population") or 0) > (out[key].get("population") or 0):
            out[key] = place
    return out


def town_by_own_name(text: str, start: int, end: int, folded: str) -> Suggestion | None:
    """The town whose own name is ``folded``, as a suggestion of ``text[start:end]``."""
    place = _towns().get(folded)
    if place is None:
        return None
    return place_suggestion(text, start, end, place, match="article toggled")
