"""Places in the contexts of development set 17 (issue 18): Kurdish names, lists, roads,
facilities, hills and regions after a plural noun."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.text, s.value, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_kurdish_names_of_towns_in_the_north_east_reach_their_records():
    text = "نزح آلاف المدنيين من سري كانيه وكري سبي نحو تربه سبيه وديرك وتل كوجر."
    assert [v for _, v, new in _places(text) if not new] == [
        "Ras al Ayn",
        "Tall Abyad",
        "Al Qahtaniyah",
        "Al Malikiyah",
        "Al Yarubiyah",
    ]


def test_an_agency_in_brackets_after_a_dateline_is_no_other_name_of_the_place():
    found = _places("إدلب (الأناضول)\nقُتل أحد عشر مدنياً في غارات على معرة النعمان.")
    assert [t for t, _, _ in found] == ["إدلب", "معرة النعمان"]
    # a place's other name in brackets still is one
    assert ("أبو راسين", "Abu Rasin", True) in _places("في ناحية زركان (أبو راسين) اليوم")


def test_the_score_accepts_a_place_by_any_english_spelling_of_its_record():
    from reviewer.suggest.quality import Gold, _matches

    (found,) = [s for s in suggest("في مدينة أعزاز", kinds=("place",)) if s.kind == "place"]
    assert found.value == "Izaz"
    assert _matches(found, Gold("place", 0, 20, "أعزاز", ("A'zaz", "Azaz")))
    assert not _matches(found, Gold("place", 0, 20, "أعزاز", ("Aleppo",)))
