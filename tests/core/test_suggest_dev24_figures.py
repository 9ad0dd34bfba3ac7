"""Figure forms of development set 24 (issue 18): 'a few and twenty', 'some and twenty',
'three or four', 'ما ينوف على', inhabitants and the trapped, mourners, and a definite round
word counting the noun of 'عدد' before it."""

from reviewer.quantities import parse_quantity
from reviewer.suggest.figures import find_figures


def _figures(text: str) -> list[tuple[str, tuple]]:
    return [(s.text, s.value) for s in find_figures(text)]


def test_a_few_and_tens_is_the_tens_and_three_to_nine():
    q = parse_quantity("بضعة وعشرين")
    assert (q.low, q.high, q.acled_value) == (23, 29, 23)
    assert (parse_quantity("بضع وثلاثون").low, parse_quantity("بضع وثلاثون").high) == (33, 39)
    assert _figures("مؤكدة أن قواتها قتلت بضعة وعشرين مسلحاً في محيط هجين.") == [
        ("بضعة وعشرين مسلحاً", (23, 29))
    ]
    assert parse_quantity("عدة وعشرين").high == 9  # 'several' takes no tens


def test_some_and_tens_is_one_to_nine_more():
    q = parse_quantity("نيف وعشرين")
    assert (q.low, q.high, q.acled_value) == (21, 29, 20)


def test_two_numbers_joined_by_or_are_a_range():
    q = parse_quantity("ثلاثة أو أربعة")
    assert (q.low, q.high, q.qualifier) == (3, 4, "range")
    assert _figures("قتل سبعة أو ثمانية أشخاص في القصف.") == [("سبعة أو ثمانية أشخاص", (7, 8))]
    assert parse_quantity("ثلاثة أو عشرة").high == 3  # too far apart: two numbers


def test_exceeding_by_nawafa_is_more_than():
    q = parse_quantity("ما ينوف على عشرين")
    assert (q.low, q.high, q.qualifier) == (20, None, "more_than")


def test_inhabitants_the_trapped_and_mourners_are_counted_people():
    assert _figures("ويعيش في الأحياء المحاصرة زهاء ربع مليون نسمة.") == [
        ("زهاء ربع مليون نسمة", (225000, 275000))
    ]
    assert _figures("بينما لا يزال عشرات الآلاف محاصرين داخل المدينة.") == [
        ("عشرات الآلاف محاصرين", (20000, 99999))
    ]
    assert _figures("بينما شيّع الآلاف في مدينة المالكية ثمانية من المقاتلين.") == [
        ("الآلاف", (2000, 9999)),
        ("ثمانية من المقاتلين", (8, 8)),
    ]


def test_a_definite_round_word_counts_the_noun_of_a_count_before_it():
    found = _figures("وقدّر ناشطون عدد المتظاهرين في ساحة العاصي بعشرات الآلاف، فيما قالت")
    assert [value for _, value in found] == [(20000, 99999)]
    assert _figures("وارتفعت أسعار الخبز بعشرات الآلاف من الليرات.") == []


def test_members_aides_advisers_and_assault_fighters_are_counted_people():
    assert _figures("ما أدى إلى استشهاد ثلاثة أعضاء في وحدات حماية المرأة.") == [
        ("ثلاثة أعضاء", (3, 3))
    ]
    assert _figures("اعتقلت قيادياً في خلايا التنظيم مع ثلاثة من مساعديه.") == [
        ("ثلاثة من مساعديه", (3, 3))
    ]
    assert ("مستشاران", (2, 2)) in _figures("مقتل ستة أشخاص، بينهم مستشاران من الحرس الثوري")
    assert _figures('زعم أن "خمسة من الانغماسيين" نفذوا الهجمات.') == [
        ("خمسة من الانغماسيين", (5, 5))
    ]
    assert _figures("قدمت ثلاث منظمات مساعدات غذائية.") == []  # aid is no one


def test_a_dual_after_the_particle_anna_counts_two():
    assert _figures("ونقلت الوكالة عن مصدر عسكري أن جنديين قتلا في ذلك القصف.") == [
        ("جنديين", (2, 2))
    ]
    assert _figures("وقال مصدران عسكريان إن القصف توقف.") == []  # the adjective of a dual


def test_the_tens_of_a_compound_ordinal_count_nothing():
    assert parse_quantity("في السادس والعشرين من نيسان") is None
    assert _figures("نزح 150 ألف شخص منذ السادس والعشرين من نيسان/أبريل.") == [
        ("150 ألف شخص", (150000, 150000))
    ]
    assert parse_quantity("خمسة وعشرين").low == 25  # a cardinal keeps its tens


def test_one_after_a_noun_is_its_adjective():
    assert _figures("اختطف مسلحون ثلاث نساء من عائلة واحدة في البلدة.") == [("ثلاث نساء", (3, 3))]


def test_guards_youth_and_mujahideen_are_counted():
    assert _figures("مقطع يظهر عشرات الحراس المحتجزين لدى المهاجمين.") == [
        ("عشرات الحراس", (20, 99))
    ]
    assert _figures("واعتقلت الميليشيات العشرات من شباب البلدات المذكورة.") == [
        ("العشرات من شباب", (20, 99))
    ]
    assert _figures("نحمّل القيادة دماء 43 من مجاهدينا سقطوا غدراً.") == [
        ("43 من مجاهدينا", (43, 43))
    ]
