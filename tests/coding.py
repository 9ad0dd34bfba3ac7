"""A fully coded event's fields, for tests that need an event to pass the completeness rules."""

from typing import Any

# What resources/completeness.json requires for "coded": type, date, actor 1 with its
# inter code, and a place with coordinates and precision (Hama, 5 December 2024).
COMPLETE: dict[str, Any] = {
    "event_date": "2024-12-05",
    "time_precision": 1,
    "event_type": "Battles",
    "sub_event_type": "Non-state actor overtakes territory",
    "actor1": "Hayat Tahrir al-Sham",
    "inter1": "Rebel group",
    "iso": 760,
    "country": "Syria",
    "admin1": "Hama",
    "location": "Hama",
    "latitude": 35.13179,
    "longitude": 36.75783,
    "geo_precision": 1,
}


def complete_event(db, article_id: int = 1, *, user: str | None = "amal", **fields: Any) -> int:
    """Create an event with every field "coded" needs (``fields`` override them)."""
    from reviewer.storage.events import create_event

    return create_event(db, article_id, user=user, **{**COMPLETE, **fields})
