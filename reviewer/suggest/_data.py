"""Small private loaders for the JSON the suggesters read.

The gazetteer and actor list are also loaded by the form pickers (reviewer.gazetteer,
reviewer.actors, written separately); the suggesters keep their own tiny loaders so the
two features do not wait on each other. They could later share one loader.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.paths import load_resource_json


def _load(*parts: str) -> Any:
    return load_resource_json(*parts)


@cache
def places() -> list[dict[str, Any]]:
    return list(_load("gazetteer", "syria_places.json")["places"])


@cache
def foreign_names() -> list[str]:
    """Arabic spellings of cities outside Syria (built from GeoNames with the gazetteer)."""
    return list(_load("gazetteer", "foreign_names.json")["names"])


@cache
def actors() -> list[dict[str, Any]]:
    return list(_load("actors.json")["actors"])


@cache
def sources() -> list[dict[str, Any]]:
    return list(_load("sources.json")["sources"])


@cache
def rules(name: str) -> dict[str, Any]:
    """One rules file from resources/suggest/ (hints, nouns, dates, places)."""
    data = _load("suggest", f"{name}.json")
    return {k: v for k, v in data.items() if not k.startswith("_")}
