"""Actors and sources found by their Arabic aliases."""

from reviewer.suggest.actors import find_actors


def actors(text):
    return [(s.kind, s.text, s.value) for s in find_actors(text)]


def test_aliases_resolve_to_the_canonical_english_name():
    text = "هاجمت هيئة تحرير الشام مواقع قوات النظام بينما انسحب الجيش السوري"
    assert [v for _, _, v in actors(text)] == [
        "Hayat Tahrir al-Sham",
        "Military Forces of Syria (2000-2024)",
        "Military Forces of Syria (2000-2024)",
    ]


def test_longest_alias_wins():
    assert actors("دخلت الفصائل المسلحة السورية") == [
        ("actor", "الفصائل المسلحة السورية", "Opposition Rebels (Syria)")
    ]


def test_clitics_on_the_first_word():
    found = find_actors("مواقع للجيش السوري وللفصائل المسلحة")
    assert [s.value for s in found] == [
        "Military Forces of Syria (2000-2024)",
        "Opposition Rebels (Syria)",
    ]
    assert found[0].text == "للجيش السوري"  # ل + ال are one لل: the quote keeps it


def test_indefinite_form_of_a_definite_alias():
    assert actors("توغلت قوات إسرائيلية في القرى") == [
        ("actor", "قوات إسرائيلية", "Military Forces of Israel (1948-)")
    ]
    assert actors("نصرة المظلوم واجب") == []  # نصرة ("support") is not al-Nusra


def test_inter_code_is_carried():
    (found,) = find_actors("أعلنت قسد")
    assert found.extra["inter"] == "Rebel group"


def test_monitors_are_sources_not_actors():
    (found,) = find_actors("وفق ما أفاد المرصد السوري لحقوق الإنسان")
    assert found.kind == "source"
    assert found.value == "Syrian Observatory for Human Rights"
