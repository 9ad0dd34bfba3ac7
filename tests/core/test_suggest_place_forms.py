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


def test_a_country_or_a_group_noun_is_never_a_proclitic_and_a_place():
    assert _places("كانوا يخططون لتهريب أسلحة إلى لبنان") == []
    assert _places("اشتباكات بين عناصر من فرقة السلطان سليمان شاه") == []
    assert [v for _, v, _ in _places("وصلت التعزيزات إلى الرقة ولإدلب")] == ["Ar Raqqah", "Idlib"]


def test_the_second_of_two_villages_after_a_dual_is_offered_when_the_first_is_known():
    found = _places("واستهدفت الغارات بلدتي كفرزيتا ولحايا، حيث تتحصن الفصائل.")
    assert found == [("كفرزيتا", "Kafr Zayta", False), ("لحايا", "Lahaya", True)]
    found = _places("المعارضة تدخل أحياء حماة وتحرر مئات المعتقلين")
    assert [t for t, _, _ in found] == ["حماة"]  # a plural of a city's quarters lists nothing
