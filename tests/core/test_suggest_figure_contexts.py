"""Figures in the contexts of development set 17 (issue 18): bare counts after fleeing or
surviving, 'ونيف' after the noun, a count word's toll exceeded, duals coordinated or of
speakers."""

from reviewer.suggest.figures import find_figures


def _figures(text: str) -> list[tuple[str, tuple]]:
    return [(s.text, s.value) for s in find_figures(text)]


def test_a_bare_count_after_fleeing_or_surviving_counts_people():
    assert _figures("بينما لجأ المئات إلى إقليم كردستان العراق.") == [("المئات", (200, 999))]
    assert _figures("فيما نجا سبعة من محاولات استهدفتهم.") == [("سبعة", (7, 7))]
    assert _figures("خرج 3 من المستشفى") == []  # leaving hospital: no count of protesters


def test_and_some_after_the_counted_noun():
    text = "أسفرت عن مقتل 412 مدنياً، بينهم مئة طفل ونيف."
    assert _figures(text) == [("412 مدنياً", (412, 412)), ("مئة طفل ونيف", (101, 199))]


def test_a_count_word_whose_toll_exceeded_a_bare_number():
    text = "وأن عدد الشهداء في محافظة حمص منذ مطلع الشهر تجاوز 150."
    assert _figures(text) == [("تجاوز 150", (150, None))]
    text = "ليرتفع عدد من حيّدتهم منذ بدء العملية إلى 1062، على حد قولها."
    assert _figures(text) == [("1062", (1062, 1062))]
    assert _figures("وارتفع عدد القرى إلى 12.") == []


def test_duals_of_members_coordinated_duals_and_speakers_duals():
    assert _figures("ما أسفر عن مقتل عضوين في مجلس الرقة المدني") == [("عضوين", (2, 2))]
    text = "قُتل عشرة مدنيين على الأقل، بينهم طفلتان وامرأتان، فجر اليوم"
    assert [v for _, v in _figures(text)] == [(10, None), (2, 2), (2, 2)]
    assert _figures("فيما قال مصدران عسكريان سوريان إن الغارات استمرت") == []
    assert _figures("قتل طفلين شقيقين") == [("طفلين", (2, 2))]


def test_a_person_counted_as_a_human_being():
    assert _figures("إلى نحو مليون ونصف المليون إنسان") == [
        ("نحو مليون ونصف المليون إنسان", (1350000, 1650000))
    ]


def test_the_tens_after_a_word_of_harm_count_the_harmed_whatever_follows():
    assert _figures("أصيب العشرات بحالات اختناق") == [("العشرات", (20, 99))]
    assert _figures("أصيب بعدة طلقات") == []


def test_a_bare_count_whose_lives_were_taken():
    assert _figures("أودى الانفجار بحياة ثمانية") == [("ثمانية", (8, 8))]
    assert _figures("حصدت الغارات أرواح العشرات") == [("العشرات", (20, 99))]
    assert _figures("قتلت 3 شقيقات") == [("3 شقيقات", (3, 3))]


def test_a_number_inside_a_latin_word_at_the_end_breaks_nothing():
    assert _figures("قصف على الطريق M4") == []  # raised IndexError before


def test_a_number_bounding_their_count():
    assert _figures("مسلحون لا يقل عددهم عن 15") == [("15", (15, None))]
    assert _figures("نازحون يزيد عددهم على 100") == [("100", (100, None))]
    assert _figures("محتجون لا يزيد عددهم عن 20") == [("20", (None, 20))]
