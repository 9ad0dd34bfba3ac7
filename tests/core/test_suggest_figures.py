"""Figures: quantities with the noun they count, ranges by the claim rules."""

from reviewer.suggest.figures import find_figures


def figures(text):
    return [(s.value, s.extra["category"], s.extra["qualifier"]) for s in find_figures(text)]


def test_vague_word_with_counted_noun():
    (found,) = find_figures("أطلقت مئات المعتقلين من السجن")
    assert found.value == (200, 999)
    assert found.extra["category"] == "prisoners"
    assert found.extra["acled_value"] == 100
    assert found.text == "مئات المعتقلين"


def test_arabic_indic_digits():
    assert figures("وأصيب ١٢ آخرون بجروح") == [((12, 12), "injured", None)]
    assert figures("ارتفعت الحصيلة إلى ٤٧ مدنياً") == [((47, 47), "civilians", None)]


def test_qualifiers_give_the_same_ranges_as_claims():
    assert figures("إطلاق نحو 3500 سجين") == [((3150, 3850), "prisoners", "about")]
    assert figures("قتلت ما لا يقل عن 300 مسلح") == [((300, None), "combatants", "at_least")]
    assert figures("تحرير أكثر من 3500 سجين") == [((3500, None), "prisoners", "more_than")]


def test_distance_is_never_offered_as_a_casualty_figure():
    assert figures("أبعد الجيش الفصائل نحو 20 كيلومتراً عن المدينة") == []
    assert figures("تبعد عن العاصمة 160 كيلومترًا") == []
    assert figures("عشرات من مركبات قوات النظام") == []


def test_noun_after_min():
    assert figures("سقوط عشرات من القتلى") == [((20, 99), "fatalities", None)]


def test_generic_noun_takes_the_verb_category():
    assert figures("قتل خمسة أشخاص") == [((5, 5), "fatalities", None)]
    assert figures("اعتقال ١٥ شخصاً") == [((15, 15), "arrested", None)]


def test_dual_noun_counts_two():
    assert figures("أسفرت عن سقوط قتيلين") == [((2, 2), "fatalities", None)]


def test_years_and_dates_are_not_figures():
    assert figures("منذ اندلاع النزاع عام 2011 وفي 27 نوفمبر") == []


def test_accusative_and_construct_forms_count_like_the_listed_noun():
    assert figures("اعتقلت 17 شاباً") == [((17, 17), "arrested", None)]
    assert figures("قتل ثلاثة من مقاتلي الفصائل") == [((3, 3), "combatants", None)]
    assert figures("اعتقال 52 مشتبهاً") == [((52, 52), "arrested", None)]


def test_protesters_and_dual_shepherds():
    assert figures("خرج آلاف المتظاهرين") == [((2000, 9999), "protesters", None)]
    assert figures("اعتقلوا راعيين") == [((2, 2), "people", None)]


def test_a_noun_before_its_number():
    assert figures("مقتل القتلى الثلاثة") == [((3, 3), "fatalities", None)]
    assert figures("الجنود الخمسة") == [((5, 5), "combatants", None)]
    assert figures("قالوا إن عدد القتلى ثلاثة") == [((3, 3), "fatalities", None)]
    assert figures("ارتفع عدد القتلى إلى 30") == [((30, 30), "fatalities", None)]
    assert figures("عدد السيارات 5") == []
    assert figures("في اليوم الثالث") == []


def test_residents_are_people():
    assert figures("خرج العشرات من سكان القرى") == [((20, 99), "people", None)]


def test_counted_persons_of_conflict_reports():
    """Militants, wanted men, passengers, minors and medical staff are counted persons."""
    assert figures("حيدت 415 إرهابياً") == [((415, 415), "combatants", None)]
    assert figures("قتلت أكثر من عشرين إرهابياً") == [((20, None), "combatants", "more_than")]
    assert [f[0] for f in figures("ألقت القبض على 12 مطلوباً")] == [(12, 12)]
    assert [f[0] for f in figures("احتجز مسلحون ثمانية ركاب من حافلة")] == [(8, 8)]
    assert figures("مقتل ثلاثة قاصرين") == [((3, 3), "civilians", None)]
    assert [f[0] for f in figures("إصابة 4 مسعفين و3 أطباء")] == [(4, 4), (3, 3)]
    assert [f[0] for f in figures("انشقاق 30 منشقاً و5 مرتزقة")] == [(30, 30), (5, 5)]
