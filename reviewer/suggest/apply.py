"""What accepting a suggestion does to an event, decided in the core.

The window only carries it out (field writes through the undo stack, the
evidence span, a claim for figures); keeping the mapping here means the CLI,
tests and any future batch "accept all" agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.suggest.model import Suggestion
from reviewer.vocab import event_types

SYRIA = {"country": "Syria", "iso": 760}
# Gazetteer kinds -> ACLED geo_precision: a town is the place itself, a district
# or governorate only a larger area (coding-standards.md, precision codes).
GEO_PRECISION = {"town": 1, "district": 2, "governorate": 3}
# Figure categories (resources/suggest) -> claim fields (resources/claim_fields.json).
CLAIM_FIELDS = {"fatalities": "fatalities", "prisoners": "prisoners_released"}


@dataclass(frozen=True)
class Acceptance:
    changes: dict[str, Any]
    evidence_field: str | None
    evidence_span: tuple[int, int]
    claim: dict[str, Any] | None = field(default=None)


def acceptance_for(suggestion: Suggestion, event: dict[str, Any]) -> Acceptance:
    """The event changes, evidence and claim that accepting ``suggestion`` means."""
    span = (suggestion.start, suggestion.end)
    extra = suggestion.extra
    if suggestion.kind == "place":
        changes = {
            "location": suggestion.value,
            "location_ar": extra.get("name_ar"),
            "admin1": extra.get("admin1"),
            "admin2": extra.get("admin2"),
            "admin3": extra.get("admin3"),
            "latitude": extra.get("latitude"),
            "longitude": extra.get("longitude"),
            "geo_precision": GEO_PRECISION.get(extra.get("place_kind") or "", 1),
            "geonames_id": extra["id"] if isinstance(extra.get("id"), int) else None,
            **SYRIA,
        }
        return Acceptance(changes, "location", span)
    if suggestion.kind == "actor":
        slot = _actor_slot(suggestion.value, event)
        number = slot[-1]
        changes = {slot: suggestion.value, f"inter{number}": extra.get("inter")}
        return Acceptance(changes, slot, span)
    if suggestion.kind == "date":
        if not suggestion.value:
            raise ReviewerError(Message("suggestion.no_date", text=suggestion.text))
        return Acceptance({"event_date": suggestion.value, "time_precision": 1}, "event_date", span)
    if suggestion.kind == "hint":
        event_type = extra.get("event_type") or ""
        value = suggestion.value
        if not isinstance(value, str) or not event_types().is_valid_pair(event_type, value):
            raise ReviewerError(Message("suggestion.bad_hint", value=suggestion.value))
        changes = {"event_type": event_type, "sub_event_type": suggestion.value}
        return Acceptance(changes, "sub_event_type", span)
    if suggestion.kind == "figure":
        return _figure(suggestion, event)
    raise ReviewerError(
        Message("suggestion.not_a_field", text=suggestion.text, what=suggestion.kind)
    )


def _actor_slot(name: Any, event: dict[str, Any]) -> str:
    if not event.get("actor1") or event.get("actor1") == name:
        return "actor1"
    if not event.get("actor2") or event.get("actor2") == name:
        return "actor2"
    raise ReviewerError(Message("suggestion.both_actors"))


def _figure(suggestion: Suggestion, event: dict[str, Any]) -> Acceptance:
    extra = suggestion.extra
    start = extra.get("quantity_start", suggestion.start)
    end = extra.get("quantity_end", suggestion.end)
    category = extra.get("category") or "figure"
    claim = {
        "field": CLAIM_FIELDS.get(category, f"custom:{category}"),
        "verbatim": extra.get("verbatim") or suggestion.text,
        "start": start,
        "end": end,
        "low": extra.get("low"),
        "best": extra.get("best"),
        "high": extra.get("high"),
        "qualifier": extra.get("qualifier"),
        "speaker": extra.get("speaker"),
        "speaker_kind": extra.get("speaker_kind"),
        "stance": extra.get("stance"),
    }
    if category != "fatalities":
        return Acceptance({}, None, (start, end), claim)
    changes: dict[str, Any] = {}
    if event.get("fatalities") is None and extra.get("acled_value") is not None:
        changes["fatalities"] = extra["acled_value"]
    return Acceptance(changes, "fatalities", (start, end), claim)
