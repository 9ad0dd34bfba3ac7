"""A toll updated later in the article is the party of the toll it updates
(reviewer/suggest/counted_victims_updates.py): fresh sentences and near misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2019, 6, 2)


def actors(text):
    return [(s.text, s.value) for s in find_actors(text, published=OLD) if s.kind == "actor"]


def test_a_bulletin_updating_its_toll():
    text = (
        "- غارات جوية على سوق شعبي في مدينة أريحا ظهر اليوم.\n"
        "- الدفاع المدني: 8 قتلى و20 جريحاً حصيلة أولية.\n"
        "- فرق الإنقاذ تواصل البحث تحت الأنقاض.\n"
        "- مصادر طبية: ارتفاع الحصيلة إلى 14 قتيلاً."
    )
    assert ("14 قتيلاً", "Civilians (Syria)") in actors(text)


def test_near_misses_no_first_toll_or_a_qualified_toll():
    # no earlier toll of victims: a clash's dead are of no known party
    text = (
        "- اشتباكات عنيفة بين مجموعتين مسلحتين في ريف المدينة.\n"
        "- مصادر طبية: ارتفاع الحصيلة إلى 14 قتيلاً."
    )
    assert actors(text) == []
    # the toll word qualified by a fight between two sides: no update of the first toll
    text = (
        "- غارات جوية على سوق شعبي في مدينة أريحا ظهر اليوم.\n"
        "- الدفاع المدني: 8 قتلى و20 جريحاً حصيلة أولية.\n"
        "- ارتفاع حصيلة المواجهات بين الفصيلين في ريف المدينة إلى 30 قتيلاً."
    )
    assert "30 قتيلاً" not in [t for t, _ in actors(text)]


def test_a_toll_named_again_by_a_definite_noun_and_number():
    text = (
        "وأطلقت عناصر الحاجز الرصاص على محتجين أمام مبنى البلدية، ما أدى إلى إصابة أربعة "
        "متظاهرين. وقال مصدر طبي إن الجرحى الأربعة نقلوا إلى مشفى المدينة."
    )
    assert ("الجرحى الأربعة", "Protesters (Syria)") in actors(text)
    # near miss: a speaker says the dead were fighters
    text = (
        "وقُتل أربعة أشخاص بغارة جوية على قرية في ريف المدينة. وقال بيان للقوات إن القتلى "
        'الأربعة "عناصر مسلحون" كانوا يخططون لهجوم.'
    )
    assert "القتلى الأربعة" not in [t for t, _ in actors(text)]
    # near miss: the nearest earlier toll counts others (19, not the three named again)
    text = (
        "وأسفرت الغارات منذ مطلع العام عن مقتل 48 شخصاً بينهم 19 مدنياً. وشيع المئات "
        "الشهداء الثلاثة إلى مقبرة البلدة."
    )
    assert "الشهداء الثلاثة" not in [t for t, _ in actors(text)]
