"""Figures in the contexts of development set 20 (issue 18): counts in quotation marks, an
exceeded or reached toll far after its noun, a dual predicate, and the coordinator's
decision that shares and single persons inside a given count are sub-counts."""

from reviewer.suggest.figures import find_figures


def _figures(text: str) -> list[tuple[str, tuple]]:
    return [(s.text, s.value) for s in find_figures(text)]


def test_a_count_word_or_counted_noun_in_quotation_marks_is_read_through_them():
    found = _figures('لتفريق "العشرات" من المحتجين، ما أدى إلى إصابة ثلاثة منهم.')
    assert [v for _, v in found] == [(20, 99), (3, 3)]
    assert [v for _, v in _figures('واعترف البيان بمقتل "عشرات" من عناصر الجيش.')] == [(20, 99)]
    found = _figures('قالت الوزارة إنها "حيّدت" ثلاثة «إرهابيين» في شمال سوريا.')
    assert [v for _, v in found] == [(3, 3)]
    assert _figures('أطلقوا على العملية اسم "الفجر" ثلاثة أيام') == []  # days: no people


def test_an_exceeded_toll_followed_by_a_time_phrase():
    text = (
        "وقال ناشطون إن عدد الجرحى الذين نقلوا إلى مدينة طرابلس اللبنانية للعلاج تجاوز "
        "المئة منذ مطلع الشهر."
    )
    assert _figures(text) == [("تجاوز المئة", (100, None))]
    assert _figures('وأن عدد الجثث في المقبرة "قد يتجاوز المئة"، وهو رقم نفاه مصدر') == [
        ("يتجاوز المئة", (100, None))
    ]


def test_a_toll_that_reached_a_count_word_far_after_its_noun():
    text = (
        "وكانت حصيلة قتلى غارات التحالف على المدينة منذ بداية حزيران قد بلغت المئات، بحسب الحملة."
    )
    assert _figures(text) == [("المئات", (200, 999))]
    assert _figures("وبلغت مساحة الأراضي المحروقة 40.") == []


def test_a_dual_after_a_dual_copula_is_a_predicate_not_a_count():
    assert _figures("وأفاد المراسل أن الشابين كانا عنصرين سابقين في فصائل المعارضة.") == []
    assert _figures("وقُتل عنصران من قوات النظام.") == [("عنصران", (2, 2))]


def test_shares_and_single_persons_inside_a_given_count_are_no_figures():
    assert _figures("ونزح نحو 14 ألف شخص، نصفهم أطفال، وفق الأمم المتحدة.") == [
        ("نحو 14 ألف شخص", (12600, 15400))
    ]
    assert _figures("قُتل ثلاثة مدنيين بينهم امرأة.") == [("ثلاثة مدنيين", (3, 3))]
    found = _figures("قتل 14 مدنياً بينهم خمسة أطفال.")
    assert found == [("14 مدنياً", (14, 14)), ("خمسة أطفال", (5, 5))]
