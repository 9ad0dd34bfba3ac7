"""Places named again, and named in forms the gazetteer's spelling does not show (issue 18)."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.text, s.value, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_a_new_village_named_again_bare_is_the_same_place():
    text = "غارات على أريحا والبارة. وقصفت الطائرات قرية البارة بجبل الزاوية."
    found = _places(text)
    assert found.count(("البارة", "Al Bara", True)) == 2
    assert ("أريحا", "Ariha", False) in found


def test_a_new_name_repeated_without_a_preposition_or_place_is_not_offered():
    text = "اقتحمت القوات قرية البارة. البارة هادئة اليوم."
    assert [t for t, _, _ in _places(text)] == ["البارة"]


def test_spellings_and_proclitics_reach_the_gazetteer():
    found = _places("قصف على اللاذقيه والحسكه ووصلت التعزيزات لإدلب، وأعزاز.")
    assert [value for _, value, _ in found] == ["Latakia", "Al Hasakah", "Idlib", "Izaz"]
