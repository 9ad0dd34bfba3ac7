"""ShownNames.extended: the shipped names folded once, a project's own entries added,
with the same answers as names built from both lists (history refreshes use it twice
per article opened, where folding every shipped name again took 10 ms)."""

from reviewer.actors import Actor, shipped_actors
from reviewer.gazetteer import Place, shipped_places
from reviewer.shown_names import NAME_FIELDS, ShownNames


def _place(name_en: str, name_ar: str, kind: str = "custom", population: int | None = None):
    return Place(
        id=f"custom:{name_en}",
        kind=kind,
        name_en=name_en,
        name_ar=name_ar,
        admin1=None,
        admin2=None,
        admin3=None,
        latitude=None,
        longitude=None,
        geonames_id=None,
        population=population,
    )


def test_extended_answers_as_names_built_from_both_lists():
    shipped_place = next(p for p in shipped_places() if p.kind == "town" and p.name_ar)
    shipped_actor = next(a for a in shipped_actors() if a.aliases_ar)
    custom_places = [
        _place("Tell Nowhere", "تل اللامكان"),  # a name of its own
        _place(shipped_place.name_en, "اسم آخر", kind="town", population=10**9),  # shares one
        _place("Second Name", shipped_place.name_ar),  # shares the shipped one's Arabic name
    ]
    custom_actors = [
        Actor("Local Militia of Nowhere", "Rebel group", aliases_ar=("ميليشيا اللامكان",)),
        Actor(shipped_actor.name, "Militia", aliases_ar=("اسم ثان",), custom=True),  # overrides
    ]
    shipped = ShownNames(shipped_places(), shipped_actors())
    built = ShownNames([*shipped_places(), *custom_places], [*shipped_actors(), *custom_actors])
    extended = shipped.extended(custom_places, custom_actors)

    asked = [
        *(p.name_en for p in custom_places),
        *(p.name_ar for p in custom_places),
        *(a.name for a in custom_actors),
        *(alias for a in custom_actors for alias in a.aliases_ar),
        shipped_place.name_en,
        shipped_place.name_ar,
        shipped_actor.name,
        *shipped_actor.aliases_ar,
        "Damascus",
        "دمشق",
        "unknown name",
    ]
    for field in NAME_FIELDS:
        for name in asked:
            for language in ("ar", "en"):
                assert extended.value(field, name, language) == built.value(field, name, language)
            assert extended.stored(field, name) == built.stored(field, name)
    assert extended.actor(shipped_actor.name, "ar") == "اسم ثان"  # the project's entry wins
    assert extended.place(shipped_place.name_en, "ar") == "اسم آخر"  # the more populous town


def test_extended_leaves_the_shipped_names_unchanged():
    shipped = ShownNames(shipped_places(), shipped_actors())
    town = next(p for p in shipped_places() if p.kind == "town" and p.name_ar)
    before = shipped.place(town.name_en, "ar")
    shipped.extended([_place(town.name_en, "غيره", kind="town", population=10**9)], [])
    assert shipped.place(town.name_en, "ar") == before
    assert shipped.stored("location", "غيره") == "غيره"
