"""Places an event can be located at: the shipped Syria gazetteer plus analysts' additions.

The shipped file (resources/gazetteer/syria_places.json, built by
packaging/build_gazetteer.py) is read once per process; places analysts add from the
form live in the project's ``custom_places`` table and are merged in when a
:class:`Gazetteer` is built for a database. Matching is :mod:`reviewer.name_index`:
Arabic or English, with Arabic normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reviewer.codes import precision_codes
from reviewer.name_index import Match, NameIndex
from reviewer.paths import load_resource_json

# Towns first: a report naming حماة almost always means the city, not the governorate.
_KIND_RANK = {"town": 0, "custom": 0, "district": 1, "governorate": 2}


@dataclass(frozen=True)
class Place:
    id: str  # GeoNames id of a town, OCHA pcode of a district/governorate, custom:N
    kind: str  # town, district, governorate, custom
    name_en: str
    name_ar: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    population: int | None = None
    variants: tuple[str, ...] = field(default=(), compare=False)
    aliases_en: tuple[str, ...] = field(default=(), compare=False)

    @property
    def geo_precision(self) -> int:
        """The ACLED precision a pick of this place implies (town 1, region 3)."""
        return precision_codes().geo_by_place_kind.get(self.kind, 1)

    def label(self) -> str:
        """How a picker lists it: 'Hama — حماة (town, Hama)'."""
        where = ", ".join(dict.fromkeys(x for x in (self.admin2, self.admin1) if x))
        arabic = f" — {self.name_ar}" if self.name_ar else ""
        return f"{self.name_en}{arabic} ({self.kind}{', ' + where if where else ''})"

    def event_fields(self) -> dict[str, object]:
        """The event columns a pick of this place fills in."""
        return {
            "location": self.name_en,
            "location_ar": self.name_ar,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "geonames_id": self.geonames_id,
        }


@cache
def shipped_places() -> tuple[Place, ...]:
    data = load_resource_json("gazetteer", "syria_places.json")
    return tuple(_shipped_place(entry) for entry in data["places"])


def _shipped_place(entry: dict) -> Place:
    town = entry["kind"] == "town"
    return Place(
        id=str(entry["id"]),
        kind=entry["kind"],
        name_en=entry["name_en"],
        name_ar=entry.get("name_ar"),
        admin1=entry.get("admin1"),
        admin2=entry.get("admin2"),
        admin3=entry.get("admin3"),
        latitude=entry.get("latitude"),
        longitude=entry.get("longitude"),
        geonames_id=entry["id"] if town else entry.get("seat_id"),
        population=entry.get("population"),
        variants=tuple(entry.get("variants") or ()),
        aliases_en=tuple(entry.get("aliases_en") or ()),
    )


class Gazetteer:
    """Shipped places plus a project's additions, searchable by any of their names."""

    def __init__(self, places: list[Place] | tuple[Place, ...]) -> None:
        self.places = tuple(places)
        self._by_id = {place.id: place for place in self.places}
        self._index: NameIndex[Place] = NameIndex(
            rank=lambda p: (_KIND_RANK.get(p.kind, 3), -(p.population or 0))
        )
        for place in self.places:
            self._index.add(
                place, (place.name_ar, place.name_en, *place.variants, *place.aliases_en)
            )

    @classmethod
    def shipped(cls) -> Gazetteer:
        """The shipped gazetteer alone; a project's is storage.custom_vocab.project_gazetteer."""
        return cls(shipped_places())

    def search(self, query: str, *, limit: int = 10) -> list[Match[Place]]:
        return self._index.search(query, limit=limit)

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(str(place_id))
