"""Place rules found on development set 7 (tests/suggest_dev7, issue 18).

Short texts, one behaviour each, then the set itself (development data): homonyms the
gazetteer resolves to another governorate, villages named with a direction, lists that
go on after known places or after بينها/مثل, other names in brackets, datelines."""

from __future__ import annotations

from pathlib import Path

from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import evaluate

DEV7 = Path(__file__).resolve().parents[1] / "suggest_dev7" / "labels.json"


def _places(text: str) -> dict[str, tuple[str, bool]]:
    return {
        s.text: (s.value, bool(s.extra.get("new")))
        for s in suggest(text, None, kinds=("place",))
        if s.kind == "place"
    }


def test_a_short_word_one_transposition_away_from_a_town_is_not_that_town() -> None:
    # بريقة (Quneitra) is no misspelling of برقية (Al Bariqiyah, Tartous)
    assert "Al Bariqiyah" not in {v for v, _ in _places("قرب بلدتي بريقة وبئر عجم").values()}
    assert _places("في مدينة السملية")["السملية"][0] == "Salamiyah"


def test_a_basin_or_river_named_after_a_place_is_no_place() -> None:
    assert "اليرموك" not in _places("توغلت قوة في منطقة حوض اليرموك بريف درعا")
    assert "الفرات" not in _places("قرب نهر الفرات")


def test_a_quarter_whose_name_starts_with_an_everyday_head() -> None:
    places = _places("أطلقوا النار في حي طريق السد، وعلى أحياء الشعار ومساكن هنانو")
    assert places["طريق السد"][1]
    assert places["مساكن هنانو"][1]


def test_a_plural_noun_before_a_head_word_lists_more_villages() -> None:
    places = _places("قصفت المدفعية قرى تل طويل وأم الكيف والدردارة في ريف الحسكة")
    assert {"تل طويل", "أم الكيف", "الدردارة"} <= set(places)


def test_a_town_the_text_puts_in_another_governorate_is_a_new_place() -> None:
    assert _places("خرجت وقفة في بلدة دوما بريف السويداء الشمالي")["دوما"][1]
    assert _places("قصفت الطائرات مدينة دوما بريف دمشق")["دوما"] == ("Duma", False)
    text = (
        "وفي محافظة القنيطرة، دخلت دوريات قرى الرفيد وصيدا الحانوت والحميدية، "
        "ونزح أهالي من بلدة جباتا الخشب نحو خان أرنبة في ريف القنيطرة."
    )
    assert _places(text)["الحميدية"][1]  # not Al Hamidiyah of Tartous


def test_a_village_named_with_a_direction_is_not_the_town_of_the_bare_name() -> None:
    places = _places("خرجت مظاهرات في بلدتي ناحتة والمليحة الشرقية")
    assert places["المليحة الشرقية"][1]
    assert _places("قصفت ريف ناحية تل تمر الشمالي")["تل تمر"] == ("Tall Tamr", False)


def test_bainaha_and_mithl_after_a_plural_place_noun_open_a_list() -> None:
    text = "انتزعت عشرات القرى والبلدات بينها خان العسل وكفرناها وأورم الكبرى والمنصورة، وإن"
    places = _places(text)
    assert {"خان العسل", "كفرناها", "أورم الكبرى"} <= set(places)
    assert "مثل" not in _places("عادوا إلى بلدات مثل كفرنبل ومعرة النعمان")


def test_names_joined_to_two_known_towns_are_places() -> None:
    places = _places("سقط باقي الضحايا في معرة النعمان وخان شيخون وحاس وكفرسجنة، إضافة إلى")
    assert places["حاس"][1] and "كفرسجنة" in places  # a gazetteer town since set 20's round
    assert "وصلت" not in " ".join(_places("قصف على اللاذقيه والحسكه ووصلت التعزيزات لإدلب."))


def test_a_name_in_brackets_after_a_place_is_its_other_name() -> None:
    assert _places("في ريف ناحية زركان (أبو راسين)، دون خسائر")["أبو راسين"][1]
    assert "الأناضول" not in _places("القنيطرة (الأناضول) - نزح الآلاف")
    assert "سوريا" not in _places("درعا (سوريا)، 23 آذار/مارس 2012")


def test_a_new_place_is_found_again_in_the_dateline_and_after_a_massacre() -> None:
    text = "معضمية الشام (رويترز) - قال ناشطون إن آلاف المدنيين محاصرون في بلدة معضمية الشام."
    assert [s.start for s in suggest(text, None, kinds=("place",))] == [0, text.rindex("معضمية")]
    text = "داهمت قوات حي التضامن واعتقلت متهمين بمجزرة التضامن عام 2013."
    assert len([s for s in suggest(text, None, kinds=("place",)) if s.text == "التضامن"]) == 2


def test_a_front_names_its_village_but_not_a_dam() -> None:
    assert _places("صد هجوماً على محور الفطيرة")["الفطيرة"][1]
    assert set(_places("هجوم على محوري داديخ وكفربطيخ")) == {"داديخ", "كفربطيخ"}
    assert _places("اشتباكات على محور سد تشرين") == {}


def test_a_name_whose_second_word_is_a_head_takes_a_third() -> None:
    assert "بيت الشيخ يونس" in _places("خطف شابين من قرية بيت الشيخ يونس في ريف طرطوس")


def test_a_quarter_list_goes_on_after_a_homonym_made_new() -> None:
    text = (
        "خرج مسلحون من أحياء الحميدية وباب هود وجورة الشياح إلى بلدة الدار الكبيرة، "
        "ومنها إلى تلبيسة والرستن بريف حمص."
    )
    assert {"الحميدية", "باب هود", "جورة الشياح"} <= set(_places(text))


def test_an_unknown_word_before_a_known_town_after_a_cue_is_one_name() -> None:
    assert _places("اشتباكات في مدينة أشرفية صحنايا بريف دمشق") == {
        "أشرفية صحنايا": ("Ashrfia Sahnaya", True),
        "ريف دمشق": ("Rural Damascus", False),
    }


def test_a_list_item_runs_on_to_the_next_wa() -> None:
    places = _places("تظاهر الآلاف في أحياء بابا عمرو والخالدية والإنشاءات بمدينة حمص")
    assert {"بابا عمرو", "الخالدية", "الإنشاءات"} <= set(places)


def test_an_everyday_name_after_an_airport_or_in_a_dateline() -> None:
    text = "تدمر (حمص) - وكالات\nسيطر التنظيم على مطار تدمر العسكري"
    found = [s.value for s in suggest(text, None, kinds=("place",)) if s.text == "تدمر"]
    assert found == ["Tadmur", "Tadmur"]


def test_an_area_names_a_village_but_not_a_region_or_a_zone() -> None:
    assert _places("يقيم النازحون في مخيمات في منطقة كفرلوسين")["كفرلوسين"][1]
    for text in (
        "ضمن منطقة خفض التصعيد",
        "في منطقة عازلة",
        "في منطقة القلمون الغربي",
        "في منطقة نفوذ قسد",
        "في منطقة الساحل السوري",
        "في منطقة الهرمل اللبنانية",
        "فروا باتجاه منطقة سهل الحولة",
        "شملت الحملة قرى عديدة منها ما هو خاضع لسيطرة قسد",
        "وتوزعت العائلات على قرى كثيرة في الريف",
    ):
        assert _places(text) == {}, text


def test_a_village_name_may_start_like_a_clitic() -> None:
    assert "فليفل" in _places("طال القصف قريتي البارة وفليفل، ما أدى")
    assert "ولغا" in _places("تركزت في بلدة المزرعة وقرية ولغا وحي المقوس")
    assert _places("دخلوا قرية والقرية المجاورة") == {}


def test_a_front_lists_its_villages_and_a_village_of_the_mountain() -> None:
    assert {"داديخ", "كفربطيخ"} <= set(_places("تقدم على محور داديخ وكفربطيخ، وقتلوا"))
    assert "قبتان الجبل" in _places("سيطروا على بلدات كفرناها وقبتان الجبل في ريف حلب")


def test_the_countryside_of_two_towns_names_both() -> None:
    assert _places("قصفت المدفعية ريفي زركان وتل تمر بالمدفعية")["زركان"][1]
    assert _places("في ريفي سوريا ولبنان") == {}


def test_a_duals_second_name_after_a_mountain_and_a_road_quarter() -> None:
    assert "قمحانة" in _places("دخلوا المدينة من محوري جبل زين العابدين وقمحانة، بعد")
    places = _places("سيطروا على أحياء الأربعين والقصور وطريق حلب، وعلى سجن حماة")
    assert places["طريق حلب"][1] and "حلب" not in places
    assert set(_places("قطعوا طريق حمص وطريق حلب")) == {"حمص", "حلب"}


def test_an_area_lists_its_villages() -> None:
    assert {"أطمة", "دير حسان"} <= set(_places("في مخيمات في منطقة أطمة ودير حسان. وحذر"))


def test_the_old_city_is_the_city() -> None:
    assert _places("خرج المسلحون من أحياء حمص القديمة") == {"حمص": ("Homs", False)}
    assert _places("سيطروا على حي حلب الجديدة")["حلب الجديدة"][1]


def test_a_list_item_may_open_with_an_everyday_head() -> None:
    places = _places("نزح الآلاف من أحياء درعا البلد وطريق السد والمخيمات نحو مدينة")
    assert places["طريق السد"][1]


def test_development_set_7_places_hold() -> None:
    place = evaluate(DEV7)["place"]
    assert place.precision >= 0.97
    assert place.recall >= 0.94
