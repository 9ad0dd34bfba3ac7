"""One gazetteer record as a place suggestion.

places.py (gazetteer hits) and own_town_names.py (a new name that is a town's own name)
both offer a record of resources/gazetteer; one builder keeps the two offers alike (the
record's fields, then how it was found, then the homonyms the coder may pick instead).
It reads no rules, so both modules import it without importing each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reviewer.suggest.model import Suggestion

__all__ = ["place_suggestion"]


def place_suggestion(
    text: str,
    start: int,
    end: int,
    place: dict[str, Any],
    others: Sequence[dict[str, Any]] = (),
    **how: Any,
) -> Suggestion:
    """``text[start:end]`` as the gazetteer ``place``; ``how`` (the cue, the kind of match)
    is kept where given; ``others`` are offered as alternatives."""
    extra = {
        "id": place["id"],
        "place_kind": place["kind"],
        "name_ar": place["name_ar"],
        "admin1": place["admin1"],
        "admin2": place["admin2"],
        "admin3": place["admin3"],
        "latitude": place["latitude"],
        "longitude": place["longitude"],
        **{k: v for k, v in how.items() if v is not None},
    }
    if others:
        extra["alternatives"] = [
            {"id": p["id"], "name_en": p["name_en"], "place_kind": p["kind"]} for p in others
        ]
    return Suggestion("place", start, end, text[start:end], place["name_en"], extra)
