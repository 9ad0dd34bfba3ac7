"""Named-group forms of the 2026-12-01 actor conventions 21-26 (issue 18, actor recall on new
text): unnamed allies joined to a found group, and their near misses. Fresh sentences, with what
the actor suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 3)
REBELS, SNA, IRAN = (
    "Opposition Rebels (Syria)",
    "Syrian National Army",
    "Iran-backed Militias (Syria)",
)


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def test_allies_joined_to_a_found_group_are_its_sides_category():
    # actor convention 24: the rebels' allies are rebels, Turkey's the SNA, Iran's its militias
    text = "وشن جيش الإسلام وفصائل متحالفة معه هجوماً على مواقع في محيط بلدة حرستا."
    assert ("فصائل متحالفة معه", REBELS) in actors(text)
    text = "وقتل 40 مقاتلاً من هيئة تحرير الشام والفصائل المتحالفة معها في معارك ريف إدلب."
    assert ("الفصائل المتحالفة معها", REBELS) in actors(text)
    text = "وقصف الجيش التركي والفصائل السورية الموالية له قرى في ريف تل تمر."
    assert ("الفصائل السورية الموالية له", SNA) in actors(text)
    text = "واستهدفت الغارات مستودعات للحرس الثوري الإيراني والفصائل المتحالفة معه قرب البوكمال."
    assert ("الفصائل المتحالفة معه", IRAN) in actors(text)


def test_allies_joined_to_nothing_found_or_to_a_group_without_allies_stay_out():
    text = "وقالت الهيئة في بيان إن فصائل متحالفة معها سترسل تعزيزات خلال الأيام المقبلة."
    assert all("متحالفة" not in t for t, _ in actors(text))
    text = "وقتل عشرة من عناصر تنظيم الدولة الإسلامية والفصائل المتحالفة معه في الغارة."
    assert all("متحالفة" not in t for t, _ in actors(text))
