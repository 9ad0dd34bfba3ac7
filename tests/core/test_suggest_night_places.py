"""Places in forms found on the development sets in the night round of 2026-11-30 (issue 18):
towns of conflict news the gazetteer lacked, a region's noun listing a known town and an
unknown one."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, bool]]:
    return [
        (s.text, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def _values(text: str) -> list[str]:
    return [s.value for s in suggest(text, kinds=("place",)) if s.kind == "place"]


def test_towns_of_conflict_news_the_gazetteer_lacked():
    assert _values("استهدفت غارة إسرائيلية مبنى سكنياً في كفرسوسة بدمشق.")[0] == "Kafr Sousa"
    assert "Kafr Sousa" in _values("وسقطت قذيفة في حي كفر سوسة.")
    assert _values("ووصل النازحون إلى مخيمات أطمة الحدودية.")[0] == "Atimah"
    assert _values("وقصفت الطائرات مواقع قرب جمرايا.")[0] == "Jamraya"


def test_a_region_noun_lists_a_known_town_and_an_unknown_village():
    found = _places("ويقيم النازحون في مخيمات منطقة أطمة وكفرلوسين قرب الحدود.")
    assert ("أطمة", False) in found
    assert ("كفرلوسين", True) in found


def test_a_plural_of_villages_and_a_colon_open_a_comma_list_of_names():
    found = _places("وقصفت المدفعية قرى ريف عين عيسى: أم الخير، الصفاوية، تل حمام. ونزح الأهالي.")
    assert [f for f in found if f[1]] == [("أم الخير", True), ("الصفاوية", True), ("تل حمام", True)]
    found = _places("داهمت الدوريات أحياء المدينة: الحسينية، وكفرلوسين والمبروكة.")
    assert {"الحسينية", "كفرلوسين", "المبروكة"} <= {t for t, _ in found}
    # no list: an item that reads as no name, or no end of the sentence after it
    assert _places("شملت الحملة أحياء عدة: منها ما هو خاضع، وغيرها.") == []
    assert _places("قصفت قرى المنطقة: الحسينية، الدردارة ونزح الأهالي منها") == []


def test_la_opening_a_word_is_no_misspelt_article():
    # 'لإجلاء' is ل + إجلاء, not 'الجلاء' (Al Jala) with its first two letters swapped
    assert _places("طلبت اللجنة هدنة يومية لساعتين لإجلاء الجرحى من الحي.") == []
    assert _values("وصلت التعزيزات إلى السملية أمس.") == ["Salamiyah"]  # a real transposition


def test_a_foreign_town_of_two_words_before_its_country_adjective():
    assert _places("بإطلاق قذائف على بلدة جيلان بينار التركية.") == []
    assert ("كفرلوسين", True) in _places("قصفت المدفعية بلدة كفرلوسين قرب الحدود التركية.")


def test_a_name_in_a_list_of_tribes_is_a_tribe_not_a_town():
    assert _places("وهبّ أبناء عشائر البكير والشعيطات والبوكامل نصرةً لأهلهم.") == []
    assert _places("اجتمع وجهاء قبائل الجبور والعدوان والطبقة في المضافة.") == []
    found = _places("ونزحت العائلات من قرى البكير والشعيطات والطبقة.")
    assert ("الطبقة", False) in found


def test_a_camp_is_named_again_by_its_bare_definite_name():
    text = "داهمت القوات مخيم المحمودلي غرب الطبقة. ويؤوي المحمودلي حالياً نحو 14 ألف شخص."
    found = _places(text)
    assert ("مخيم المحمودلي", True) in found
    assert ("المحمودلي", True) in found
    # an indefinite word is no second mention ('هول' is no 'الهول')
    assert _places("داهمت القوات مخيم الهول. وعاش الأهالي هول الصدمة.") == [("مخيم الهول", True)]


def test_a_compass_word_and_a_definite_noun_in_a_list_of_quarters_name_a_quarter():
    found = _places("داهمت الدوريات أحياء جنوب الملعب والفراية وطريق حلب، واعتقلت عشرات")
    assert ("جنوب الملعب", True) in found
    found = _places("خرجت مظاهرات في أحياء الحاضر وشمال الملعب والقصور بمدينة حماة")
    assert ("شمال الملعب", True) in found
    # the town's own direction stays a direction
    found = _places("انتشرت الدوريات في أحياء جنوب المدينة والفراية والقصور، واعتقلت")
    assert "جنوب المدينة" not in {t for t, _ in found}


def test_a_city_quarter_after_a_proclitic():
    found = _places("وفي حي طريق السد بدرعا البلد، اغتال مسلحون مجهولون عنصرين.")
    assert ("درعا البلد", True) in found
    assert "درعا" not in {t for t, _ in found}
    assert ("حلب الجديدة", True) in _places("واشتباكات عنيفة وسط حلب الجديدة ولحلب الجديدة")


def test_a_towns_name_as_the_outlet_a_source_spoke_to():
    text = "الميادين نت\nأكد مصدر عسكري سوري للميادين أن القوات تقدمت نحو مدينة الميادين."
    assert _places(text) == [("الميادين", False)]
    found = [s.start for s in suggest(text, kinds=("place",)) if s.kind == "place"]
    assert found == [text.rindex("الميادين")]
    # a council named after a town is no outlet: a preposition stands between
    found = _places("وقال مصدر في المجلس العسكري لدير الزور لنورث برس إن القوات تقدمت.")
    assert ("دير الزور", False) in found


def test_a_new_place_named_again_after_a_word_of_an_event():
    text = (
        "معارك الشماعة: قتلى في قصف الشماعة.. وقوات تقتحم الشماعة\n"
        "قصفت قوات النظام حي الشماعة في المدينة بالمدفعية."
    )
    # the quarter after its noun, and again after معارك، قصف and the verb تقتحم
    assert [t for t, new in _places(text) if new] == ["الشماعة"] * 4


def test_an_adverbial_accusative_after_two_indefinite_words_ends_a_village_name():
    found = _places("وخطف مسلحون رجلين من قرية قسطل مقداد طالبا باستعادة أرضهما.")
    assert ("قسطل مقداد", True) in found
    # a dual pronoun is no accusative: 'جلين' alone
    found = _places("اعتقلوا طالبين على حاجز قرب بلدة جلين أثناء توجههما إلى الجامعة.")
    assert ("جلين", True) in found


def test_a_facility_abroad_names_no_syrian_place():
    assert _places("وتحدثت صفحات عن هبوط طائرة في مطار فنوكوفو في موسكو.") == []
    assert _places("ونقل الجرحى إلى مطار أضنة بتركيا.") == []
    assert ("كويرس", True) in _places("هبطت المروحية في مطار كويرس العسكري في ريف حلب.")
