"""New places and actors (``extra["new"]``) become the project's custom entries.

A name no list knows is proposed from the noun before it (reviewer.suggest.new_names).
Accepting it adds it to the project's custom places or actors (storage.custom_vocab),
with the proposed transliteration as its English name, the Arabic name as written and
the guessed governorate or inter code, unless the project already has an entry of that
Arabic name, which is then used. From then on the same name in any article is offered
as that custom entry (``resolve_custom``), not as new again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlite_utils

from reviewer.gazetteer import Place
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import fold

__all__ = ["adopt_new", "resolve_custom"]


def _place_names(place: Place) -> set[str]:
    return {fold(n) for n in (place.name_ar or "", *place.variants) if n}


def _custom_place(db: sqlite_utils.Database, name_ar: str) -> Place | None:
    from reviewer.storage.custom_vocab import custom_places

    key = fold(name_ar)
    return next((p for p in custom_places(db) if key in _place_names(p)), None)


def _custom_actor(db: sqlite_utils.Database, name_ar: str, name: str | None = None):
    from reviewer.storage.custom_vocab import custom_actors

    key = fold(name_ar)
    for actor in custom_actors(db):
        if key in {fold(a) for a in actor.aliases_ar} or (name and actor.name == name):
            return actor
    return None


def _as_place(suggestion: Suggestion, place: Place) -> Suggestion:
    extra: dict[str, Any] = {
        **suggestion.extra,
        "new": False,
        "custom": True,
        "id": place.id,
        "place_kind": "custom",
        "name_ar": place.name_ar,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }
    return replace(suggestion, value=place.name_en, extra=extra)


def _as_actor(suggestion: Suggestion, actor) -> Suggestion:
    extra = {**suggestion.extra, "new": False, "custom": True, "inter": actor.inter}
    return replace(suggestion, value=actor.name, extra=extra)


def adopt_new(
    db: sqlite_utils.Database, suggestion: Suggestion, *, user: str | None = None
) -> Suggestion:
    """The custom entry a new place or actor names (created now if the project has none),
    as an ordinary suggestion of it; any other suggestion is returned unchanged."""
    from reviewer.storage.custom_vocab import add_custom_actor, add_custom_place

    extra = suggestion.extra
    if not extra.get("new"):
        return suggestion
    name_ar = extra.get("name_ar") or suggestion.text
    if suggestion.kind == "place":
        place = _custom_place(db, name_ar)
        if place is None:
            add_custom_place(
                db, str(suggestion.value), name_ar=name_ar, admin1=extra.get("admin1"), user=user
            )
            place = _custom_place(db, name_ar)
        assert place is not None
        return _as_place(suggestion, place)
    if suggestion.kind == "actor":
        actor = _custom_actor(db, name_ar, str(suggestion.value))
        if actor is None:
            name = str(suggestion.value)
            add_custom_actor(db, name, extra.get("inter"), aliases_ar=[name_ar], user=user)
            actor = _custom_actor(db, name_ar, name)
        assert actor is not None
        return _as_actor(suggestion, actor)
    return suggestion


def resolve_custom(db: sqlite_utils.Database, found: list[Suggestion]) -> list[Suggestion]:
    """New names the project has since adopted are offered as its custom entries."""
    if not any(s.extra.get("new") for s in found):
        return found
    from reviewer.storage.custom_vocab import custom_actors, custom_places

    places = {name: p for p in custom_places(db) for name in _place_names(p)}
    actors = {fold(alias): a for a in custom_actors(db) for alias in a.aliases_ar}
    out = []
    for s in found:
        key = fold(s.extra.get("name_ar") or s.text)
        if s.extra.get("new") and s.kind == "place" and key in places:
            s = _as_place(s, places[key])
        elif s.extra.get("new") and s.kind == "actor" and key in actors:
            s = _as_actor(s, actors[key])
        out.append(s)
    return out
