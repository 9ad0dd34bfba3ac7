"""Place rules found on development set 10 (tests/suggest_dev10, issue 18).

Short texts, one behaviour each: other names before a known place in brackets (the Kurdish
and the Arabic name of one town), lists of villages, camps, quarter names."""

from __future__ import annotations

from reviewer.suggest.engine import suggest


def _places(text: str) -> dict[str, tuple[str, bool]]:
    return {
        s.text: (s.value, bool(s.extra.get("new")))
        for s in suggest(text, None, kinds=("place",))
        if s.kind == "place"
    }


def test_unknown_words_before_a_known_place_in_brackets_are_its_other_name() -> None:
    text = (
        "سري كانيه - هاوار\n"
        "تتواصل الهجمات على مدينة سري كانيه (رأس العين)، وقصفت الطائرات قرى ناحية سري كانيه."
    )
    places = _places(text)
    assert places["سري كانيه"] == ("Ras al Ayn", False)  # every mention, the dateline too
    assert sum(s.text == "سري كانيه" for s in suggest(text, None, kinds=("place",))) == 3
    assert "سري" not in places


def test_a_governorate_or_a_dateline_in_brackets_names_no_other_name() -> None:
    assert _places("قصفت الطائرات قرية الكرك (درعا) أمس")["الكرك"][0] != "Dar'a"
    assert "تدمر" in _places("تدمر (حمص) - وكالات\nقتل عنصران")


def test_fronts_in_the_plural_list_villages() -> None:
    places = _places("هجوم بري لقوات النظام على محاور غمام واليمضية وبيت عوان.")
    assert {"غمام", "اليمضية", "بيت عوان"} <= set(places)


def test_a_list_item_ending_like_a_pronoun_is_still_a_village() -> None:
    places = _places("سقطت القذائف على بلدات احسم ومرعيان وبليون وسفوهن وكفرعويد، ما أدى")
    assert {"سفوهن", "كفرعويد"} <= set(places)
    assert "ويسكنها" not in _places("قصفت الطائرات قرى مرعيان ويسكنها نحو ألف شخص")


def test_after_a_head_word_a_word_starting_like_a_preposition_is_the_names() -> None:
    assert "دير بعلبة" in _places("خرجت مظاهرات في حيي دير بعلبة والقرابيص بمدينة حمص")
    assert "أم باطنة" in _places("نزحت عائلات من قرى مسحرة ونبع الصخر وأم باطنة")
    assert "نزلة شحادة" in _places("وطالت الغارات حيي الثكنة ونزلة شحادة، وقال")


def test_a_camp_is_named_again_by_its_place_in_the_dateline() -> None:
    text = "الركبان (سوريا) - الأناضول\nقالت الأمم المتحدة إن آلافاً عالقون في مخيم الركبان."
    assert "الركبان" in _places(text)


def test_a_district_seat_keeps_its_record_in_a_text_about_another_governorate() -> None:
    text = "نزح الآلاف من القامشلي وكري سبي (تل أبيض) باتجاه مدينة الحسكة وبلدة تل تمر."
    places = _places(text)
    assert places["تل أبيض"] == ("Tall Abyad", False)
    assert places["كري سبي"] == ("Tall Abyad", False)


def test_an_everyday_word_named_as_a_place_once_is_that_place_again() -> None:
    text = (
        "تواصلت المعارك في مدينة القصير بريف حمص. وقال مصدر إن الحزب لن ينسحب قبل "
        "تطهير القصير بالكامل."
    )
    found = [s for s in suggest(text, None, kinds=("place",)) if s.text == "القصير"]
    assert [s.value for s in found] == ["Al Qusayr", "Al Qusayr"]
    # not when the text never names it as a place
    assert "القصير" not in _places("وقال الرجل القصير إنه رأى القصف")


def test_a_quarter_named_by_its_road_to_a_city() -> None:
    assert _places("طالت حملة مداهمات حي طريق حلب وبلدة طيبة الإمام")["طريق حلب"][1]


def test_a_dual_adjective_ends_the_name_of_the_second_village() -> None:
    places = _places("دخلت قافلة إلى بلدتي الفوعة وكفريا المحاصرتين من قبل الفصائل")
    assert "كفريا" in places and "كفريا المحاصرتين" not in places


def test_haj_heads_a_village_name() -> None:
    places = _places("وسيطرت اليوم على قريتي حاج بلال وعمر أوشاغي في ناحية راجو")
    assert "حاج بلال" in places and "حاج" not in places


def test_a_new_village_is_named_again_after_its_residents() -> None:
    text = "سيطرت القوات على بلدتي الحسينية والذيابية. ووثق المركز مقتل 17 شخصاً من سكان الذيابية."
    found = [s for s in suggest(text, None, kinds=("place",)) if s.text == "الذيابية"]
    assert len(found) == 2


def test_a_new_place_is_named_again_after_an_attached_bi_or_over() -> None:
    text = "حملة مداهمات في حي برزة. وأكد مسؤول في لجنة المصالحة ببرزة أن الحملة انتهت."
    assert len([s for s in suggest(text, None, kinds=("place",)) if "برزة" in s.text]) == 2
    text = "استهدفت الغارات مدينة اللطامنة، ونفت موسكو أي طلعات فوق اللطامنة."
    assert len([s for s in suggest(text, None, kinds=("place",)) if s.text == "اللطامنة"]) == 2


def test_a_later_list_item_runs_on_to_a_preposition() -> None:
    places = _places("وسيطرت اليوم على قريتي حاج بلال وعمر أوشاغي في ناحية راجو")
    assert "عمر أوشاغي" in places and "عمر" not in places


def test_a_village_named_after_a_person_with_a_head_word_inside() -> None:
    places = _places("انفجر لغم على طريق قرية كسرة شيخ جمعة جنوبي الرقة")
    assert "كسرة شيخ جمعة" in places and "كسرة" not in places


def test_peaceful_protests_are_no_salamiyah() -> None:
    assert "سلمية" not in _places("وتشهد المحافظة احتجاجات سلمية يومية في ساحة الكرامة")
    assert _places("خرجت مظاهرة في مدينة سلمية")["سلمية"] == ("Salamiyah", False)
