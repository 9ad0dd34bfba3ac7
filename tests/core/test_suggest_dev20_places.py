"""Places in the contexts of development set 20 (issue 18): names headed by 'جديدة' /
'جديد', and a named farm as a village-level place (the coordinator's decision)."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.text, s.value, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_a_name_headed_by_jdeideh_is_not_the_town_jdeideh():
    found = _places("اعتقلت قسد عشرين شاباً من أبناء قرية جديد بكارة خلال حملة دهم.")
    assert [(t, new) for t, _, new in found] == [("جديد بكارة", True)]
    found = _places("انضموا إلى القتال في بلدتي الكسرة وجديدة بكارة، وإن مقاتلي العشائر")
    assert [(t, new) for t, _, new in found] == [("الكسرة", False), ("جديدة بكارة", True)]
    found = _places("قصفت قوات النظام قرية جديدة عرطوز في ريف دمشق.")
    assert ("جديدة عرطوز", True) in [(t, new) for t, _, new in found]
    # the gazetteer's two-word name and the everyday adjective are unchanged
    assert _places("قصفت قوات النظام جديدة يابوس.") == [("جديدة يابوس", "Judaydat Yabus", False)]
    assert [t for t, _, _ in _places("وقعت مجزرة جديدة في قرية الصفصافة")] == ["الصفصافة"]


def test_a_farm_named_after_a_village_is_that_village():
    found = _places("وسيطر المقاتلون على مزرعة الصبحة قرب ذيبان.")
    assert ("الصبحة", True) in [(t, new) for t, _, new in found]
    # a farm whose own name has no article keeps its noun; a farm with no name is no place
    assert ("مزرعة بيت جن", "Mazraat Bayt Jinn", False) in _places("وصلوا إلى مزرعة بيت جن")
    assert [t for t, _, _ in _places("وداهموا مزرعة على أطراف بلدة ببيلا")] == ["ببيلا"]


def test_towns_of_conflict_news_added_by_hand_are_found_without_a_cue():
    found = _places("وغارات روسية على اللطامنة وقمحانة")
    assert [(t, v, new) for t, v, new in found] == [
        ("اللطامنة", "Al Lataminah", False),
        ("قمحانة", "Qamhana", False),
    ]
    # 'بصرى الحرير' is Busr al-Harir, no longer Busra ash-Sham plus a stray word
    found = _places("أطلق مسلحون النار على حاجز قرب بلدة بصرى الحرير")
    assert [(t, v) for t, v, _ in found] == [("بصرى الحرير", "Busr al Harir")]
    assert [v for _, v, _ in _places("معارك الباغوز الأخيرة")] == ["Al Baghuz Fawqani"]


def test_the_sub_district_as_a_word_is_no_new_place():
    assert _places("بالاستيلاء على محاصيل الزيتون في قرى الناحية، وخطف رجلين") == []
    assert [t for t, _, _ in _places("قصفت قرى ناحية جنديرس")] == ["جنديرس"]


def test_more_towns_of_the_fronts_added_by_hand():
    assert _places("قصفت الطائرات خان طومان") == [("خان طومان", "Khan Tuman", False)]
    found = _places("تقدمت قوات النظام نحو تلمنس ومعرشورين وجرجناز")
    assert [v for _, v, new in found if not new] == [
        "Talmenes",
        "Maarshurin",
        "Jarjanaz",
    ]
    assert [v for _, v, _ in _places("قصفت المدفعية تل شهاب وسحم الجولان")] == [
        "Tall Shihab",
        "Saham al Jawlan",
    ]
