"""Persons counted by a pronoun and harmed, detained or released are mentions of the
pronoun's people (actor convention 31 of 2026-12-01; reviewer/suggest/counted_victims_of_them.py):
fresh sentences and near misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2019, 6, 2)


def actors(text):
    return [(s.text, s.value) for s in find_actors(text, published=OLD) if s.kind == "actor"]


def test_protesters_harmed_by_a_pronoun_count():
    text = "وأطلقت عناصر الحاجز النار على محتجين قطعوا الطريق، ما أدى إلى إصابة أربعة منهم بجروح."
    assert ("أربعة منهم", "Protesters (Syria)") in actors(text)


def test_detainees_released_or_still_held_by_a_pronoun_count():
    text = "واعتقلت الدورية ستة مزارعين من أبناء القرية قبل أن تفرج عن ثلاثة منهم مساء اليوم."
    assert ("ثلاثة منهم", "Civilians (Syria)") in actors(text)
    text = "واحتجزت القوة نحو أربعين شاباً، لا يزال سبعة منهم محتجزين لديها."
    assert ("سبعة منهم", "Civilians (Syria)") in actors(text)


def test_near_misses_a_described_part_of_a_toll_is_no_mention():
    # the condition of some of the wounded: no harm of their own
    text = "واستقبل المشفى عشرين جريحاً من المدنيين، حالة خمسة منهم حرجة."
    assert "خمسة منهم" not in [t for t, _ in actors(text)]
    # the displaced: no harm, arrest or release
    text = "ونزح آلاف المدنيين من البلدة، ولجأ المئات منهم إلى المدارس."
    assert "المئات منهم" not in [t for t, _ in actors(text)]
