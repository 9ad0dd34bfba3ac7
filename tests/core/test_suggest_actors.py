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


def test_a_single_vehicle_or_aircraft_by_its_nationality():
    """Development set 12: one tank, helicopter or bulldozer named by a nationality adjective
    is that state's forces, as its plural is (singular_heads and 'الدبابة X' aliases)."""
    assert actors("أطلقت دبابة إسرائيلية النار على المزارعين")[0] == (
        "actor",
        "دبابة إسرائيلية",
        "Military Forces of Israel (1948-)",
    )
    assert actors("حلقت مروحية تركية فوق القرية") == [
        ("actor", "مروحية تركية", "Military Forces of Turkey (2016-)")
    ]
    assert actors("اشترى المزارع دبابة قديمة") == []


def test_rebels_named_with_their_region_and_back_references():
    """'ثوار حوران', 'تحالف واشنطن', 'قوات النظام وشبيحته' (set 12)."""
    assert actors("هجوم شنه ثوار حوران على حاجز") == [
        ("actor", "ثوار حوران", "Opposition Rebels (Syria)")
    ]
    assert actors("ويشن تحالف واشنطن غارات يومية") == [
        ("actor", "تحالف واشنطن", "Global Coalition Against Daesh")
    ]
    assert [a[2] for a in actors("منع قوات النظام وشبيحته إدخال الطعام")] == [
        "Military Forces of Syria (2000-2024)",
        "Pro-Government Militia (Syria)",
    ]


def test_undof_by_its_bare_acronym():
    """'(أندوف)' after the force's name and 'قوات "أندوف"' name UNDOF (actor convention 5);
    a longer word that only begins with it does not."""
    undof = "UNDOF: United Nations Disengagement Observer Force"
    found = actors("وقالت قوة فض الاشتباك (أندوف) إن دورية لها تعرضت لإطلاق نار قرب الحميدية.")
    assert ("actor", "أندوف", undof) in found
    assert actors('وانسحبت دورية لقوات "أندوف" من نقطة قرب القحطانية.') == [
        ("actor", "أندوف", undof)
    ]
    assert actors("تحدث الأندوفيون عن الحادثة.") == []


def test_daraa_negotiation_committee_is_the_central_committees():
    """'لجنة التفاوض المركزية' is Daraa's Central Committees (actor convention 5); Syria's
    opposition negotiation body ('هيئة التفاوض') is not."""
    assert actors("وقال عضو في لجنة التفاوض المركزية إن الاجتماع فشل.") == [
        ("actor", "لجنة التفاوض المركزية", "Daraa Central Committees")
    ]
    assert actors("وقال عضو في هيئة التفاوض إن الجولة المقبلة تأجلت.") == []
