"""People a force fires on are attacked, a definite plural too (actor convention 20 of
2026-12-01; actors._harmed_right_before and singular_victims' 'harm_phrases'): fresh
sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2012, 4, 20)


def generic(text):
    found = find_actors(text, published=OLD)
    return [(s.text, s.value) for s in found if s.kind == "actor" and "Syria)" in s.value]


def test_definite_persons_fired_on_are_civilians():
    text = "وقال شاهد إن عناصر الحاجز أطلقوا النار على المصلين عند خروجهم من المسجد."
    assert ("المصلين", "Civilians (Syria)") in generic(text)
    text = "وذكر ناشطون أن الشبيحة أطلقوا الرصاص الحي على الرجال في ساحة القرية."
    assert ("الرجال", "Civilians (Syria)") in generic(text)


def test_near_misses_stay_out():
    # a plain word of harm before a definite plural; fire on no person
    assert generic("ودعت المنظمة إلى وقف قتل الأطفال في المدينة.") == []
    assert generic("وأطلق مسلحون النار على حاجز قرب البلدة دون إصابات.") == []
