"""Actor conventions decided by the coordinator on 2026-11-30 (issue 18; the development sets
disagreed): a strike, shelling or incursion named by a nationality adjective names that
country's forces, and one civilian victim named by a plain singular noun is a mention of
``Civilians (Syria)``. Each rule with an Arabic sentence and what the suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

RUSSIA = "Military Forces of Russia (2000-)"
TURKEY = "Military Forces of Turkey (2016-)"
ISRAEL = "Military Forces of Israel (1948-)"
CIVILIANS = "Civilians (Syria)"


def actors(text, published=None):
    return [(s.text, s.value) for s in find_actors(text, published=published) if s.kind == "actor"]


def test_a_strike_named_by_a_nationality_adjective_names_that_countrys_forces():
    found = actors("قتل 13 مدنياً في غارات جوية روسية على أريحا.", date(2019, 7, 1))
    assert ("غارات جوية روسية", RUSSIA) in found
    found = actors("وأصيب ثلاثة مدنيين جراء قصف مدفعي تركي على القرية.", date(2022, 11, 20))
    assert ("قصف مدفعي تركي", TURKEY) in found
    found = actors("توغل إسرائيلي جديد في ريف القنيطرة واعتقال راعيين.", date(2025, 4, 2))
    assert ("توغل إسرائيلي", ISRAEL) in found
    found = actors("وقالت الإدارة الذاتية إن القصف التركي استهدف حاجزاً.", date(2024, 1, 13))
    assert ("القصف التركي", TURKEY) in found


def test_a_strike_without_an_adjective_of_a_country_names_no_force():
    found = actors("وأصيب ثلاثة مدنيين جراء قصف مدفعي عنيف على القرية.")
    assert [value for _, value in found] == [CIVILIANS]
    assert actors("وقال مصدر إن الغارة الجوية دمرت المبنى.") == []


def test_one_victim_named_by_a_plain_singular_noun_after_a_word_of_harm():
    text = "سقطت قذيفة على حي ركن الدين أسفرت عن إصابة امرأة وطفلها."
    assert ("امرأة", CIVILIANS) in actors(text, date(2013, 5, 1))
    text = "وفي ريف دمشق، قُتل شاب برصاص مجهولين في بلدة كناكر."
    assert ("شاب", CIVILIANS) in actors(text, date(2020, 1, 1))
    text = "وأطلقت الأذرع قذيفة أدت إلى مقتل طفل وإصابة ثمانية مواطنين."
    assert ("طفل", CIVILIANS) in actors(text, date(2016, 1, 1))


def test_a_plain_singular_noun_without_harm_or_as_a_sub_count_stays_out():
    assert actors("وقال شاب من سكان الحي إن الطريق مغلق.") == []
    found = actors("قتل ثلاثة مدنيين بينهم امرأة في القصف.", date(2016, 1, 1))
    assert ("امرأة", CIVILIANS) not in found
