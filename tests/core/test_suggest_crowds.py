"""Protesters named by a bare count noun with a verb of going or gathering
(reviewer/suggest/crowds.py): fresh sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors


def generic(text):
    found = find_actors(text, published=date(2023, 9, 1))
    return [(s.text, s.value) for s in found if s.kind == "actor" and "Syria)" in s.value]


def test_a_crowd_gathering_for_a_protest_named_late_in_its_sentence():
    # crowds.py: the protest word may stand well after the verb (window of 18 words)
    text = (
        "- الآلاف يتوافدون إلى ساحة السرايا في مدينة جبلة من قرى بيت ياشوط وعين الشرقية "
        "والقطيلبية وبسنادا للمشاركة في التظاهرة."
    )
    assert ("الآلاف", "Protesters (Syria)") in generic(text)
    # near miss: no protest at all, people going to a market
    text = "- الآلاف يتوافدون إلى سوق المدينة من القرى المجاورة لشراء حاجيات العيد."
    assert generic(text) == []


def test_a_crowd_counted_by_origin_that_takes_part_in_a_protest():
    # convention 30 of 2026-12-01: 'شارك ... الآلاف من أبناء المحافظة' in a protest
    text = "وشهدت الساحة العامة في مدينة شهبا وقفة احتجاجية شارك فيها المئات من أبناء القرى."
    assert ("المئات من أبناء", "Protesters (Syria)") in generic(text)
    # near miss: a bare count that takes part stays out (the sets disagree on it)
    text = "وشهدت الساحة العامة في مدينة شهبا وقفة احتجاجية شارك فيها المئات."
    assert ("المئات", "Protesters (Syria)") not in generic(text)
