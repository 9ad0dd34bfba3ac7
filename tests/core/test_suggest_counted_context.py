"""Counted members and persons whose group comes from their context (round of 2026-12-01
morning; reviewer/suggest/counted_members.py, persons_tolls.py): each rule with a sentence of
its own, what the suggester must return, and a near miss."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 1)


def members(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("members")]


def test_a_new_count_after_the_group_is_the_next_item_of_a_list_not_a_second_side():
    text = (
        "وبلغت حصيلة القتلى في طفس تسعة مدنيين، إضافة إلى ستة عناصر من قوات النظام وأربعة "
        "مقاتلين محليين."
    )
    army = ("ستة عناصر من قوات النظام", "Military Forces of Syria (2000-2024)")
    assert army in members(text, date(2021, 8, 3))
    # near miss: the other side named right after و is still both sides, no single group
    text = "وقُتل 23 عنصراً من قوات النظام والفصائل المعارضة في المعارك."
    assert members(text) == []
