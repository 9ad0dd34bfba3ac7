"""Actor rules the night review (2026-11-30) found wrong or fitted to one text: the
reviewer's own sentence and a fresh near-miss of ordinary Syrian news Arabic for each."""

from datetime import date

from reviewer.suggest.actors import find_actors
from reviewer.suggest.engine import suggest

OLD_ARMY = "Military Forces of Syria (2000-2024)"
NEW_ARMY = "Military Forces of Syria (2024-)"


def actors(text, published=None):
    return [(s.text, s.value) for s in find_actors(text, published=published) if s.kind == "actor"]


def new_actors(text, published=None):
    found = suggest(text, published, kinds=("actor",))
    return [s.text for s in found if s.kind == "actor" and s.extra.get("new")]


def test_a_bare_numbered_division_is_the_new_army_only_after_the_succession():
    # before December 2024 a bare number says nothing of whose division it is
    text = "اقتحمت عناصر من الفرقة 47 بلدة الحارة."
    assert NEW_ARMY not in [v for _, v in actors(text, date(2014, 6, 3))]
    text = "استهدفت الغارات محيط الفرقة 47 شمال المدينة."
    assert actors(text, date(2015, 9, 1)) == []
    # its belonging word names the force ('التابعة للجيش الوطني')
    text = "سيطرت قوات الفرقة 47 التابعة للجيش الوطني على قرية في ريف عفرين."
    assert NEW_ARMY not in [v for _, v in actors(text, date(2019, 10, 12))]
    # after the succession any number of a division is the new army's, not a literal list
    text = "انتشرت وحدات من الفرقة 101 في أحياء مدينة جبلة."
    assert ("الفرقة 101", NEW_ARMY) in actors(text, date(2025, 3, 9))
    text = "دفعت وزارة الدفاع برتل من الفرقة 47 إلى ريف السويداء الغربي."
    assert ("الفرقة 47", NEW_ARMY) in actors(text, date(2025, 7, 15))
    text = "استعادت وحدات من الفرقة 76 والفرقة 62 السيطرة على القرية."
    assert ("الفرقة 62", NEW_ARMY) in actors(text, date(2025, 3, 8))
    # a foreign army's numbered division keeps its country
    text = "توغلت قوة من الفرقة 91 الإسرائيلية في ريف القنيطرة."
    assert NEW_ARMY not in [v for _, v in actors(text, date(2025, 2, 1))]


def test_a_known_persons_name_after_a_gang_noun_is_no_new_group():
    assert new_actors("قصفت عصابة بشار الأسد مدينة داريا", date(2013, 1, 5)) == []
    fresh = "اعتقلت عصابة أحمد الشرع عشرات الشبان في حي الوعر بحمص."
    assert new_actors(fresh, date(2025, 3, 20)) == []
    # a leader nobody knows still names a new group
    text = "هاجمت مجموعة وسيم أبو زريق حاجزا في ريف درعا."
    assert new_actors(text, date(2021, 5, 1)) == ["مجموعة وسيم أبو زريق"]


def test_a_soldier_named_by_nationality_who_speaks_is_no_party():
    russia, turkey = "Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)"
    text = "قال ضابط روسي لوكالة إنترفاكس إن الهدنة صامدة في حلب"
    assert russia not in [v for _, v in actors(text, date(2016, 9, 14))]
    fresh = "وأفاد مسؤول تركي بأن جنديا تركيا قتل وأصيب ضابطان تركيان بقصف على نقطة المراقبة."
    found = actors(fresh, date(2020, 2, 3))
    assert ("جنديا تركيا", turkey) in found and ("ضابطان تركيان", turkey) in found
    near = "وقال ضابط تركي للصحفيين إن التعزيزات وصلت إلى سراقب."
    assert turkey not in [v for _, v in actors(near, date(2020, 2, 3))]


def test_fighters_named_by_a_sides_adjective_in_any_number_and_case():
    rebels, tribes = "Opposition Rebels (Syria)", "Arab Tribal Militia (Syria)"
    text = "قتل مقاتلان معارضان وأصيب مسلح معارض"
    found = actors(text, date(2016, 5, 1))
    assert ("مقاتلان معارضان", rebels) in found and ("مسلح معارض", rebels) in found
    fresh = "وأصيب مسلحان عشائريان ومقاتل من العشائر برصاص قناص قرب ذيبان."
    found = actors(fresh, date(2023, 9, 2))
    assert ("مسلحان عشائريان", tribes) in found and ("مقاتل من العشائر", tribes) in found
    assert ("مقاتلاً معارضاً", rebels) in actors("قتل مقاتلاً معارضاً في القصف.", date(2016, 5, 1))
    # a fighter with no side's word names no side
    assert actors("قتل مسلح مجهول الهوية في البلدة.", date(2021, 4, 1)) == []


def test_popular_defence_forces_are_the_pkk_only_when_named_kurdistani():
    pkk = "PKK: Kurdistan Workers' Party"
    text = "شاركت قوات الدفاع الشعبي في حماية أحياء المدينة إلى جانب الجيش."
    assert pkk not in [v for _, v in actors(text, date(2012, 8, 20))]
    fresh = "وانتشرت قوات الدفاع الشعبي عند مداخل حي الزهراء في حمص بعد الهجوم."
    assert pkk not in [v for _, v in actors(fresh, date(2013, 2, 11))]
    text = "قالت قوات الدفاع الشعبي الكردستاني إن مقاتليها صدوا هجوما في جبال قنديل."
    assert ("قوات الدفاع الشعبي الكردستاني", pkk) in actors(text, date(2021, 4, 25))
