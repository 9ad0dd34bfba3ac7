"""Victims of mines, war remnants, hunger or cold are no party (convention 8's exclusions;
reviewer/suggest/counted_victims_not_parties.py): fresh sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2019, 6, 2)


def civilians(text):
    found = find_actors(text, published=OLD)
    return [s.text for s in found if s.kind == "actor" and s.value == "Civilians (Syria)"]


def test_victims_no_force_harmed_are_no_party():
    assert civilians("وقُتل راعيان وأصيب طفل بانفجار لغم أرضي قرب قرية الشولا.") == []
    assert civilians("وقضى ثلاثة أطفال جوعاً في البلدة المحاصرة.") == []
    text = "وأصيب أربعة مزارعين بانفجار قنبلة من مخلفات الحرب في أرض زراعية."
    assert civilians(text) == []


def test_near_misses_keep_the_victims():
    # a strike named in the same clause; a mine in another clause
    text = "وقُتل راعيان بقصف مدفعي وانفجار لغم قرب قرية الشولا."
    assert civilians(text) == ["راعيان"]
    text = "وقُتل طفلان بقصف مدفعي على البلدة، فيما انفجر لغم قرب الطريق."
    assert civilians(text) == ["طفلان"]


def test_a_nationwide_toll_is_no_party():
    text = "ووثقت الشبكة مقتل 52 مدنياً في عموم سوريا يوم أمس جراء القصف."
    assert civilians(text) == []
    # near miss: one town's toll
    text = "ووثقت الشبكة مقتل 52 مدنياً في مدينة دوما يوم أمس جراء القصف."
    assert civilians(text) == ["مدنياً"]
