"""The pickers' matching: Arabic or English, with Arabic normalisation, best first."""

import pytest

from reviewer.actors import ActorList
from reviewer.errors import ValidationError
from reviewer.gazetteer import Gazetteer
from reviewer.storage.custom_vocab import (
    add_custom_actor,
    add_custom_place,
    project_actors,
    project_gazetteer,
)


@pytest.fixture(scope="module")
def places():
    return Gazetteer.shipped()


@pytest.fixture(scope="module")
def actors():
    return ActorList.shipped()


def _top(results):
    return results[0].item


@pytest.mark.parametrize("typed", ["حماة", "حماه", "حَمَاةَ", "بحماة", "hama", "HAMA", "Hamah"])
def test_hama_is_found_however_it_is_typed(places, typed):
    top = _top(places.search(typed))
    assert (top.name_en, top.kind, top.name_ar) == ("Hama", "town", "حماة")
    assert top.geonames_id == 170017


@pytest.mark.parametrize("typed", ["السلمية", "سلمية", "سلميه", "salamiyeh", "Salamiyah"])
def test_salamiyah_spelling_variants(places, typed):
    assert _top(places.search(typed)).geonames_id == 164947


def test_prefix_finds_a_town_while_typing(places):
    assert _top(places.search("حم")).name_en in {"Hama", "Homs"}
    assert _top(places.search("dama")).name_en == "Damascus"


def test_a_pick_fills_the_location_fields(places):
    fields = _top(places.search("حمص")).event_fields()
    assert fields["location"] == "Homs" and fields["location_ar"] == "حمص"
    assert fields["admin1"] == "Homs" and fields["geo_precision"] == 1
    assert (round(fields["latitude"], 1), round(fields["longitude"], 1)) == (34.7, 36.7)
    governorate = next(m.item for m in places.search("حمص") if m.item.kind == "governorate")
    assert governorate.event_fields()["geo_precision"] == 3


def test_nothing_typed_finds_nothing(places):
    assert places.search("  ") == []
    assert places.search("xqzv") == []


@pytest.mark.parametrize(
    "typed, name, inter",
    [
        ("الجيش السوري", "Military Forces of Syria (2000-2024)", "State forces"),
        ("هيئة تحرير الشام", "Hayat Tahrir al-Sham", "Rebel group"),
        ("لهيئة تحرير الشام", "Hayat Tahrir al-Sham", "Rebel group"),
        ("hts", "Hayat Tahrir al-Sham", "Rebel group"),
        ("Hayat", "Hayat Tahrir al-Sham", "Rebel group"),
    ],
)
def test_actors_match_arabic_and_english_aliases(actors, typed, name, inter):
    top = _top(actors.search(typed))
    assert (top.name, top.inter) == (name, inter)
    assert actors.inter_for(name) == inter


def test_added_actor_is_found_by_its_arabic_alias(db):
    add_custom_actor(db, "Tribal Militia (Hama)", "Identity militia", aliases_ar=["عشائر حماة"])
    actors = project_actors(db)
    top = _top(actors.search("عشائر حماه"))
    assert (top.name, top.inter, top.custom) == ("Tribal Militia (Hama)", "Identity militia", True)
    with pytest.raises(ValidationError, match="already in the actor list"):
        add_custom_actor(db, "hayat tahrir al-sham", "Rebel group")
    with pytest.raises(ValidationError):
        add_custom_actor(db, "Someone", "Bandits")


def test_added_place_is_merged_into_the_gazetteer(db):
    add_custom_place(
        db, "Hama Central Prison", name_ar="سجن حماة المركزي", admin1="Hama",
        latitude=35.14, longitude=36.75,
    )  # fmt: skip
    gazetteer = project_gazetteer(db)
    top = _top(gazetteer.search("سجن حماه"))
    assert (top.name_en, top.kind) == ("Hama Central Prison", "custom")
    assert top.event_fields()["latitude"] == 35.14
    with pytest.raises(ValidationError, match="outside Syria"):
        add_custom_place(db, "Beirut", latitude=33.89, longitude=35.50)
    assert all(m.item.kind != "custom" for m in Gazetteer.shipped().search("سجن حماه"))
