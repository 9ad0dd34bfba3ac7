"""ACLED code lists kept as data: inter codes, precision codes and countries.

Each list is a JSON file under ``resources/``, read once. A codebook revision (a new
inter label, a wider country box) is an edit to a file, not to this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reviewer.paths import load_resource_json


def _load(name: str) -> dict[str, Any]:
    return load_resource_json(name)


@dataclass(frozen=True)
class InterCodes:
    """ACLED's eight actor types; ``code`` orders the pair in ``interaction``."""

    codes: dict[str, int]
    joiner: str
    one_sided_suffix: str

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(sorted(self.codes, key=self.codes.__getitem__))


@cache
def inter_codes() -> InterCodes:
    data = _load("inter_codes.json")
    return InterCodes(
        codes={entry["label"]: entry["code"] for entry in data["inter_codes"]},
        joiner=data["joiner"],
        one_sided_suffix=data["one_sided_suffix"],
    )


@dataclass(frozen=True)
class PrecisionCodes:
    time: dict[int, str]
    geo: dict[int, str]
    geo_by_place_kind: dict[str, int]


@cache
def precision_codes() -> PrecisionCodes:
    data = _load("precision_codes.json")
    return PrecisionCodes(
        time={entry["code"]: entry["label"] for entry in data["time_precision"]},
        geo={entry["code"]: entry["label"] for entry in data["geo_precision"]},
        geo_by_place_kind=dict(data["geo_precision_by_place_kind"]),
    )


@dataclass(frozen=True)
class Country:
    iso: int
    iso3: str
    name: str
    region: str
    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, latitude: float, longitude: float) -> bool:
        return (
            self.min_lat <= latitude <= self.max_lat and self.min_lon <= longitude <= self.max_lon
        )


@dataclass(frozen=True)
class Countries:
    by_iso: dict[int, Country]
    default_iso: int

    @property
    def default(self) -> Country:
        return self.by_iso[self.default_iso]


@cache
def countries() -> Countries:
    data = _load("countries.json")
    by_iso = {
        entry["iso"]: Country(
            iso=entry["iso"],
            iso3=entry["iso3"],
            name=entry["name"],
            region=entry["region"],
            **entry["bbox"],
        )
        for entry in data["countries"]
    }
    return Countries(by_iso=by_iso, default_iso=data["default_iso"])
