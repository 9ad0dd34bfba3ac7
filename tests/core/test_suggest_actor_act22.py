"""Actor recall on short names, states acting as forces and protesters (issue 18, round of
2026-12-01 morning, from the visible fresh sets 45, 47 and 49 and the older development sets):
fresh sentences and near misses, with what the actor suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 3)
RUSSIA, TURKEY = "Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)"
UNKNOWN = "Unidentified Military Forces"


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def test_two_aircraft_named_by_a_dual_and_a_nationality_are_that_states_forces():
    text = "وقال ناشطون إن طائرتين حربيتين روسيتين قصفتا سوق البلدة ظهر اليوم."
    assert ("طائرتين حربيتين روسيتين", RUSSIA) in actors(text)
    text = "وحلقت مروحيتان تركيتان فوق القرية دون أن تقصفا."
    assert ("مروحيتان تركيتان", TURKEY) in actors(text)


def test_two_of_a_thing_that_is_no_means_of_war_stay_out():
    text = "وزار وفد من مدينتين روسيتين المعرض في دمشق."
    assert not [a for a in actors(text) if a[1] == RUSSIA]


def test_air_strikes_whose_owner_is_unknown_are_unidentified_forces():
    text = "استهدفت ضربات جوية لم تعرف هويتها فجر اليوم مواقع للميليشيات قرب الحدود."
    assert ("ضربات جوية لم تعرف هويتها", UNKNOWN) in actors(text)
    text = "وقصفت طائرتان حربيتان مجهولتا الهوية محيط المطار."
    assert ("طائرتان حربيتان مجهولتا الهوية", UNKNOWN) in actors(text)


def test_a_shell_of_unknown_source_is_no_air_force():
    text = "سقطت قذائف مجهولة المصدر على حي الجورة دون وقوع إصابات."
    assert not [a for a in actors(text) if a[1] == UNKNOWN]


def test_a_state_joined_to_a_force_that_attacks_fights_beside_it():
    text = "وتتواصل الغارات لليوم العاشر ضمن الهجوم الذي تشنه قوات النظام وروسيا على ريف حماة."
    assert ("روسيا", RUSSIA) in actors(text)


def test_a_state_on_the_other_side_of_talks_with_a_force_stays_out():
    text = "وعقدت جولة مفاوضات بين قوات النظام وروسيا في قاعدة حميميم أمس."
    assert not [a for a in actors(text) if a[1] == RUSSIA]
