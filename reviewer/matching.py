"""Pairing the events different coders found in one article.

Two coders reading the same report each code the events they see; before their
fields can be compared we must know which of coder A's events is which of
coder B's. The similarity of two events is a weighted sum of four parts, each
in 0..1 (weights and limits in ``resources/team.json``):

- **type**: 1 when event type and sub-event type agree, 0.6 when only the type
  does, 0 otherwise;
- **date**: 1 on the same day, falling linearly to 0 at ``date_window_days`` apart;
- **place**: 1 for the same GeoNames id, location name, or points within
  ``place_km``; 0.6 for the same admin2; 0.3 for the same admin1; 0 otherwise;
- **actors**: the Jaccard overlap of the named actors (actor1, actor2 and the
  associated actors), order ignored.

A part neither event fills scores 0.5 (nothing known either way). The pairing
is the one-to-one assignment maximising the summed similarity
(``scipy.optimize.linear_sum_assignment``, the Hungarian method as SciPy keeps
it; chosen over a hand-written one because it is maintained, tested and fast),
keeping only pairs at or above ``threshold``: an event left over was "found by
one coder only". With three or more coders, coders are taken in name order and
each one's events are assigned to the groups formed so far (a group scores the
mean similarity to its members), so every group holds at most one event per coder.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from reviewer.paths import load_resource_json

Event = dict[str, Any]


@dataclass(frozen=True)
class MatchRules:
    weights: dict[str, float]
    date_window_days: int
    place_km: float
    threshold: float


@cache
def match_rules() -> MatchRules:
    raw = load_resource_json("team.json")["matching"]
    return MatchRules(
        weights=dict(raw["weights"]),
        date_window_days=int(raw["date_window_days"]),
        place_km=float(raw["place_km"]),
        threshold=float(raw["threshold"]),
    )


# -- similarity ----------------------------------------------------------------------


def similarity(a: Event, b: Event, rules: MatchRules | None = None) -> float:
    """How alike two events are, 0..1 (see the module docstring)."""
    rules = rules or match_rules()
    parts = similarity_parts(a, b, rules)
    return sum(rules.weights[name] * score for name, score in parts.items())


def similarity_parts(a: Event, b: Event, rules: MatchRules | None = None) -> dict[str, float]:
    rules = rules or match_rules()
    return {
        "type": _type_score(a, b),
        "date": _date_score(a, b, rules.date_window_days),
        "place": _place_score(a, b, rules.place_km),
        "actors": _actor_score(a, b),
    }


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _type_score(a: Event, b: Event) -> float:
    if _blank(a.get("event_type")) and _blank(b.get("event_type")):
        return 0.5
    if a.get("event_type") != b.get("event_type"):
        return 0.0
    return 1.0 if a.get("sub_event_type") == b.get("sub_event_type") else 0.6


def _date_score(a: Event, b: Event, window: int) -> float:
    first, second = _day(a.get("event_date")), _day(b.get("event_date"))
    if first is None and second is None:
        return 0.5
    if first is None or second is None:
        return 0.0
    return max(0.0, 1.0 - abs((first - second).days) / window)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _place_score(a: Event, b: Event, km: float) -> float:
    keys = ("geonames_id", "location", "admin2", "admin1", "latitude")
    if all(_blank(a.get(k)) and _blank(b.get(k)) for k in keys):
        return 0.5
    if a.get("geonames_id") and a.get("geonames_id") == b.get("geonames_id"):
        return 1.0
    if not _blank(a.get("location")) and _fold(a.get("location")) == _fold(b.get("location")):
        return 1.0
    points = (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude"))
    if None not in points and _km(a, b) <= km:
        return 1.0
    if not _blank(a.get("admin2")) and _fold(a.get("admin2")) == _fold(b.get("admin2")):
        return 0.6
    if not _blank(a.get("admin1")) and _fold(a.get("admin1")) == _fold(b.get("admin1")):
        return 0.3
    return 0.0


def _fold(value: Any) -> str:
    return str(value or "").strip().casefold()


def _km(a: Event, b: Event) -> float:
    """Great-circle distance (haversine), Earth radius 6371 km."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def actor_names(event: Event) -> set[str]:
    names: set[str] = set()
    for column in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        for name in str(event.get(column) or "").split(";"):
            if name.strip():
                names.add(name.strip().casefold())
    return names


def _actor_score(a: Event, b: Event) -> float:
    first, second = actor_names(a), actor_names(b)
    if not first and not second:
        return 0.5
    return len(first & second) / len(first | second)


# -- assignment ----------------------------------------------------------------------


def pair_events(
    first: list[Event], second: list[Event], rules: MatchRules | None = None
) -> list[tuple[int, int, float]]:
    """Optimal one-to-one pairs ``(index in first, index in second, similarity)``."""
    rules = rules or match_rules()
    if not first or not second:
        return []
    scores = [[similarity(a, b, rules) for b in second] for a in first]
    return _assign(scores, rules.threshold)


def _assign(scores: list[list[float]], threshold: float) -> list[tuple[int, int, float]]:
    import numpy
    from scipy.optimize import linear_sum_assignment

    matrix = numpy.array(scores, dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [
        (int(r), int(c), float(matrix[r, c]))
        for r, c in zip(rows, cols, strict=True)
        if matrix[r, c] >= threshold
    ]


@dataclass
class EventGroup:
    """The events of different coders that tell one event: at most one per coder."""

    members: dict[str, Event] = field(default_factory=dict)
    confirmed: bool = False  # a person fixed this pairing (stored), not the algorithm

    @property
    def coders(self) -> list[str]:
        return sorted(self.members)

    def event_ids(self) -> list[int]:
        return [self.members[c]["id"] for c in self.coders]


def group_events(
    events_by_coder: dict[str, list[Event]],
    *,
    fixed: list[EventGroup] | None = None,
    rules: MatchRules | None = None,
) -> list[EventGroup]:
    """Group every coder's events; ``fixed`` groups (a person's pairing) are kept as they are."""
    rules = rules or match_rules()
    groups = [EventGroup(dict(g.members), confirmed=g.confirmed) for g in fixed or []]
    placed = {e["id"] for g in groups for e in g.members.values()}
    for coder in sorted(events_by_coder):
        events = [e for e in events_by_coder[coder] if e["id"] not in placed]
        open_groups = [g for g in groups if coder not in g.members and not g.confirmed]
        scores = [
            [
                sum(similarity(m, e, rules) for m in g.members.values()) / len(g.members)
                for e in events
            ]
            for g in open_groups
        ]
        taken: set[int] = set()
        if open_groups and events:
            for gi, ei, _score in _assign(scores, rules.threshold):
                open_groups[gi].members[coder] = events[ei]
                taken.add(ei)
        for index, event in enumerate(events):
            if index not in taken:
                groups.append(EventGroup({coder: event}))
    return sorted(groups, key=_group_order)


def _group_order(group: EventGroup) -> tuple:
    first = min(group.members.values(), key=lambda e: e["id"])
    return (str(first.get("event_date") or ""), first["id"])
