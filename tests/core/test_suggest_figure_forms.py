"""Figure forms found on development set 3 (issue 18): duals, 'N منهم', possessives, bounds."""

from pathlib import Path

from reviewer.quantities import parse_quantity
from reviewer.suggest.figures import find_figures
from reviewer.suggest.places import find_places
from reviewer.suggest.quality import evaluate

ROOT = Path(__file__).resolve().parents[2]


def _figures(text: str) -> list[tuple[str, tuple]]:
    return [(s.text, s.value) for s in find_figures(text)]


def test_a_number_of_them_counts_people():
    assert _figures("واعتقلت ثلاثة رعاة قبل أن تفرج عن اثنين منهم بعد ساعات.") == [
        ("ثلاثة رعاة", (3, 3)),
        ("اثنين منهم", (2, 2)),
    ]


def test_a_counted_noun_with_a_possessive_pronoun():
    assert _figures("أسفرت العملية عن تحييد اثنين من أفرادها.") == [("اثنين من أفرادها", (2, 2))]
    found = _figures("ونؤكد أن اثنين فقط من إخوتنا ارتقوا خلال الاشتباك.")
    assert [value for _, value in found] == [(2, 2)]


def test_a_dual_of_a_listed_noun_counts_two():
    assert [v for _, v in _figures("فيما استشهد عسكريان اثنان وأصيب خمسة آخرون.")] == [
        (2, 2),
        (5, 5),
    ]
    assert ("اثنان آخران", (2, 2)) in _figures("قتل ثلاثة مقاتلين وأصيب اثنان آخران، فجر السبت.")


def test_a_definite_noun_then_its_number():
    assert [v for _, v in _figures('ونقلت صحيفة عن مصدر أن "القتلى ستة فقط".')] == [(6, 6)]
    assert _figures("نقل الجرحى 3 مرات.") == []  # the number counts the word after it


def test_did_not_exceed_is_at_most_also_of_a_vague_word():
    found = parse_quantity("لم تتجاوز عشرات")
    assert (found.low, found.high, found.qualifier) == (None, 99, "at_most")
    assert _figures("مؤكدة أن خسائرها لم تتجاوز عشرات المقاتلين.") == [
        ("لم تتجاوز عشرات المقاتلين", (None, 99))
    ]


def test_a_town_in_the_desert_named_after_it():
    places = [(s.text, s.value) for s in find_places("هجوم قرب مدينة السخنة في بادية تدمر.")]
    assert ("تدمر", "Tadmur") in places or ("تدمر", "Tadmor") in places
    assert find_places("قرر أن تدمر القوات الجسر.") == []


def test_development_set_3_figures_and_places():
    scores = evaluate(ROOT / "tests" / "suggest_dev3" / "labels.json")
    assert scores["figure"].precision >= 0.95 and scores["figure"].recall >= 0.9
    assert scores["place"].precision >= 0.95 and scores["place"].recall >= 0.95


def test_a_few_and_ten_is_thirteen_to_nineteen():
    found = parse_quantity("بضعة عشر")
    assert (found.low, found.high, found.acled_value) == (13, 19, 13)


def test_a_round_number_and_some_more():
    found = parse_quantity("عشرون ونيف")
    assert (found.low, found.high, found.acled_value, found.qualifier) == (21, 29, 20, "more_than")
    assert (parse_quantity("مئة و نيف").low, parse_quantity("مئة و نيف").high) == (101, 199)


def test_ranges_from_to_with_a_hyphen_and_with_a_shared_scale():
    assert _figures("سقوط من 20 إلى 30 قتيلاً") == [("من 20 إلى 30 قتيلاً", (20, 30))]
    assert _figures("مقتل 20-30 عنصراً") == [("20-30 عنصراً", (20, 30))]
    assert _figures("نزوح بين 5 و7 آلاف شخص") == [("بين 5 و7 آلاف شخص", (5000, 7000))]
    found = _figures("نزوح ما بين 10 آلاف و15 ألف شخص")
    assert [value for _, value in found] == [(10000, 15000)]
    assert parse_quantity("10 آلاف و500").low == 10500
    assert parse_quantity("2011-2012") is None  # years, not a range of people


def test_a_count_that_rose_from_to_is_the_new_count():
    assert [v for _, v in _figures("ارتفع عدد القتلى من 12 إلى 20")] == [(20, 20)]
    assert [v for _, v in _figures("وارتفعت حصيلة القتلى من 12 إلى 20 شخصاً")] == [(20, 20)]


def test_a_small_number_after_a_month_and_a_word_is_no_year():
    assert _figures("خلال الفترة من 1 إلى 15 آذار قتل 3 مدنيين") == [("3 مدنيين", (3, 3))]


def test_a_number_joined_to_a_figure_counts_what_it_counted():
    text = "بين القتلى ستة مقاتلين من لواء فاطميون وأربعة من كتائب حزب الله"
    assert [v for _, v in _figures(text)] == [(6, 6), (4, 4)]
    assert [v for _, v in _figures("قتل خمسة مدنيين، وثلاثة من المنطقة")] == [(5, 5)]


def test_the_feminine_dual_of_a_listed_noun():
    text = "وأسرت ستة عناصر من قسد بينهم مقاتلتان من وحدات حماية المرأة"
    assert ("مقاتلتان", (2, 2)) in _figures(text)


def test_a_toll_with_its_verb_or_without_its_noun():
    assert [v for _, v in _figures("ارتفعت الحصيلة إلى 50")] == [(50, 50)]
    assert [v for _, v in _figures("عدد القتلى بلغ 30")] == [(30, 30)]
    assert _figures("حصيلة 2024 بلغت") == []
