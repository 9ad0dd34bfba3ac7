"""Controlled vocabularies, loaded once from JSON under ``resources/``.

Kept as data so that a codebook revision is an edit to a file, not to code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reviewer.paths import load_resource_json


@dataclass(frozen=True)
class EventTypes:
    """ACLED's event types with their sub-types, in codebook order."""

    subtypes: dict[str, tuple[str, ...]]
    disorder: dict[tuple[str, str], str]

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.subtypes)

    def is_valid_pair(self, event_type: str, sub_event_type: str) -> bool:
        return sub_event_type in self.subtypes.get(event_type, ())

    def disorder_type(self, event_type: str, sub_event_type: str) -> str | None:
        return self.disorder.get((event_type, sub_event_type))


@cache
def event_types() -> EventTypes:
    data = load_resource_json("event_types.json")
    subtypes: dict[str, tuple[str, ...]] = {}
    disorder: dict[tuple[str, str], str] = {}
    for entry in data["event_types"]:
        names = tuple(sub["name"] for sub in entry["sub_event_types"])
        subtypes[entry["event_type"]] = names
        for sub in entry["sub_event_types"]:
            disorder[(entry["event_type"], sub["name"])] = sub["disorder_type"]
    return EventTypes(subtypes=subtypes, disorder=disorder)
