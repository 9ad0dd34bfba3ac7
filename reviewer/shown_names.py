"""Stored place and actor names as the window shows them, and back.

An event stores ACLED's canonical English names ("Hama", "Military Forces of
Syria (2000-2024)", admin1 "Rural Damascus"): the export and every other coder
rely on them. An analyst working in Arabic reads them in Arabic: the gazetteer
and the actor list carry each entry's Arabic name, and a project's own entries
carry theirs. ``ShownNames`` turns a stored name into the name shown in a
language, and a name typed or shown in Arabic back into the stored one. A name
the lists do not know is shown (and stored) as it is, never hidden.

Only the window's display changes: this module writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reviewer.actors import Actor
from reviewer.gazetteer import Place
from reviewer.name_index import fold

ARABIC = "ar"
PLACE_FIELDS = ("location",)
ADMIN_FIELDS = ("admin1", "admin2", "admin3")
ACTOR_FIELDS = ("actor1", "actor2")
ACTOR_LIST_FIELDS = ("assoc_actor_1", "assoc_actor_2")  # several names joined by ';'
NAME_FIELDS = (*PLACE_FIELDS, *ADMIN_FIELDS, *ACTOR_FIELDS, *ACTOR_LIST_FIELDS)
LIST_SEPARATOR = "; "  # the stored joiner; the pickers split on ';' in every language

# Which kinds of place an admin field names first (a town may share a district's name).
_ADMIN_KINDS = ("governorate", "district", "town", "custom")
_PLACE_KINDS = ("town", "custom", "district", "governorate")


class ShownNames:
    """Stored <-> shown names over one project's places and actors.

    Built from the plain lists (``Gazetteer.places``, ``ActorList.actors``), not
    their search indexes. Folding the shipped lists' thousands of names takes
    several milliseconds, so a page that lists events builds its names per
    refresh with ``extended``: the shipped lists' names built once, plus the
    project's own entries.
    """

    def __init__(self, places: Iterable[Place], actors: Iterable[Actor]) -> None:
        places, actors = tuple(places), tuple(actors)
        self._places_en = _by_folded(places, lambda p: (p.name_en,))
        self._places_ar = _by_folded(places, lambda p: (p.name_ar,))
        self._actors = {fold(actor.name): actor for actor in actors}
        self._actors_ar = {
            fold(alias): actor.name for actor in actors for alias in actor.aliases_ar
        }

    def extended(self, places: Iterable[Place], actors: Iterable[Actor]) -> ShownNames:
        """These names and ``places`` and ``actors`` after them, without folding these again.

        The same as building one from both lists in that order (a later actor of
        the same folded name wins, a place is ranked among those of its name).
        """
        more = ShownNames(places, actors)
        out = ShownNames((), ())
        out._places_en = _joined(self._places_en, more._places_en)
        out._places_ar = _joined(self._places_ar, more._places_ar)
        out._actors = {**self._actors, **more._actors}
        out._actors_ar = {**self._actors_ar, **more._actors_ar}
        return out

    # -- stored -> shown -------------------------------------------------------------

    def place(self, name: str | None, language: str, *, arabic: str | None = None) -> str:
        """A stored location; ``arabic`` is the event's own location_ar, when it has one
        (a pick stores the place's Arabic name beside the English one)."""
        if language == ARABIC and arabic:
            return arabic
        if not name or language != ARABIC:
            return name or ""
        place = _first(self._places_en.get(fold(name), ()), _PLACE_KINDS)
        return (place.name_ar if place else None) or name

    def admin(self, name: str | None, language: str) -> str:
        """A stored admin1/admin2/admin3 name (a governorate, district or sub-district)."""
        if not name or language != ARABIC:
            return name or ""
        place = _first(self._places_en.get(fold(name), ()), _ADMIN_KINDS)
        return (place.name_ar if place else None) or name

    def actor(self, name: str | None, language: str) -> str:
        """A stored actor name: its first Arabic name in Arabic (a custom actor's own)."""
        if not name or language != ARABIC:
            return name or ""
        actor = self._actors.get(fold(name))
        return actor.aliases_ar[0] if actor and actor.aliases_ar else name

    def actor_list(self, names: str | None, language: str) -> str:
        """Associated actors, 'A; B', each by its shown name."""
        if not names or language != ARABIC:
            return names or ""
        return LIST_SEPARATOR.join(self.actor(part, language) for part in _split(names))

    def field(self, field: str, event: dict[str, Any], language: str) -> str:
        """Field ``field`` of stored ``event`` as shown in ``language`` ('' when empty)."""
        value = event.get(field)
        if field in PLACE_FIELDS:
            return self.place(value, language, arabic=event.get("location_ar"))
        if field in ADMIN_FIELDS:
            return self.admin(value, language)
        if field in ACTOR_FIELDS:
            return self.actor(value, language)
        if field in ACTOR_LIST_FIELDS:
            return self.actor_list(value, language)
        return "" if value is None else str(value)

    def value(self, field: str, value: Any, language: str) -> str:
        """One stored value of a name field shown alone (no event around it)."""
        return self.field(field, {field: value}, language)

    # -- shown or typed -> stored ---------------------------------------------------------

    def stored(self, field: str, typed: str) -> str:
        """What to store for ``typed`` (shown or typed in any language) in name ``field``."""
        if field in PLACE_FIELDS:
            place = _first(self._places_ar.get(fold(typed), ()), _PLACE_KINDS)
            return place.name_en if place else typed
        if field in ADMIN_FIELDS:
            return self.stored_admin(typed)
        if field in ACTOR_FIELDS:
            return self.stored_actor(typed)
        if field in ACTOR_LIST_FIELDS:
            return self.stored_actor_list(typed) or ""
        return typed

    def stored_admin(self, typed: str) -> str:
        """What to store for a typed admin name: the English name of an Arabic one."""
        place = _first(self._places_ar.get(fold(typed), ()), _ADMIN_KINDS)
        return place.name_en if place else typed

    def stored_actor(self, shown: str) -> str:
        """The ACLED name of an actor shown or typed by any of its names."""
        actor = self._actors.get(fold(shown))
        return actor.name if actor else self._actors_ar.get(fold(shown), shown)

    def stored_actor_list(self, shown: str) -> str | None:
        """'الجيش العربي السوري; هيئة تحرير الشام' -> the stored 'A; B' (None when empty)."""
        names = [self.stored_actor(part) for part in _split(shown)]
        return LIST_SEPARATOR.join(names) or None


def _split(names: str) -> list[str]:
    return [part.strip() for part in names.split(";") if part.strip()]


def _by_folded(places: Iterable[Place], names) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for place in places:
        for name in names(place):
            if name:
                out.setdefault(fold(name), []).append(place)
    return out


def _joined(first: dict[str, list[Place]], then: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """Both indexes, ``first``'s places before ``then``'s under a shared name (lists are
    never changed once built, so ``first``'s are shared, not copied)."""
    out = dict(first)
    for key, places in then.items():
        out[key] = [*first.get(key, ()), *places]
    return out


def _first(places: Iterable[Place], kinds: tuple[str, ...]) -> Place | None:
    """The place of the earliest kind in ``kinds`` (then the most populous)."""
    ranked = sorted(
        places,
        key=lambda p: (
            kinds.index(p.kind) if p.kind in kinds else len(kinds),
            -(p.population or 0),
        ),
    )
    return ranked[0] if ranked else None
