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


IS = "Islamic State (Syria)"


def test_a_count_of_an_epithet_is_the_group_it_was_fused_with():
    # actor convention 22: 'مرتزقة داعش' ... 'قتلوا 17 مرتزقاً'
    text = (
        "وتصدت الوحدات لهجوم شنه مرتزقة داعش على قرية في ريف الشدادي. "
        "وقال المركز إن المقاتلين قتلوا 17 مرتزقاً وأسروا ثلاثة من المرتزقة."
    )
    found = actors(text, date(2019, 6, 2))
    assert ("17 مرتزقاً", IS) in found
    assert ("ثلاثة من المرتزقة", IS) in found


def test_an_epithet_count_without_a_fused_group_or_fused_with_a_state_stays_out():
    text = "وقال المركز إن المقاتلين قتلوا 17 مرتزقاً في محيط القرية."
    assert all("مرتزق" not in t for t, _ in actors(text, date(2019, 6, 2)))
    text = "وقصف جيش الاحتلال التركي ومرتزقته القرى، وقتل ستة من المرتزقة في الاشتباكات."
    assert all("ستة" not in t for t, _ in actors(text, date(2019, 6, 2)))
    text = "ونفذت الطائرات غارة على مبنى تحصن فيه عدد من المرتزقة بعد هجوم مرتزقة داعش على السجن."
    assert all("عدد" not in t for t, _ in actors(text, date(2022, 1, 22)))


TRIBES = "Arab Tribal Militia (Syria)"


def test_the_sdfs_count_of_gunmen_in_the_tribes_fighting_is_the_tribal_militia():
    # actor convention 21: the other side the article names
    text = (
        "وهاجم مقاتلو العشائر نقاطاً لقوات سوريا الديمقراطية في بلدة الشحيل. "
        "وقالت قسد في بيان إنها قتلت 14 مسلحاً خلال صد الهجوم."
    )
    assert ("14 مسلحاً", TRIBES) in actors(text, date(2023, 9, 2))


def test_gunmen_counted_with_no_tribe_named_or_by_another_speaker_stay_out():
    text = "وقالت قسد في بيان إنها قتلت 14 مسلحاً خلال صد هجوم على نقطة في ريف الحسكة."
    assert all("مسلح" not in t for t, _ in actors(text, date(2023, 9, 2)))
    text = (
        "وهاجم مقاتلو العشائر نقاطاً لقوات سوريا الديمقراطية في بلدة الشحيل. "
        "وقال المرصد إن 14 مسلحاً قتلوا في غارة على البلدة."
    )
    assert all("14" not in t for t, _ in actors(text, date(2023, 9, 2)))


ARMY = "Military Forces of Syria (2000-2024)"


def test_members_of_the_attackers_with_allies_joined_are_the_lead_force():
    # actor convention 26: the label lists every attacking force; the lead one is offered
    text = (
        "وقالت جبهة ثوار سوريا إن مقاتليها صدوا هجوماً لقوات النظام والميليشيات الموالية لها "
        "على قرية الزيارة، وقتلوا تسعة عناصر من المهاجمين."
    )
    assert ("تسعة عناصر", ARMY) in actors(text)


def test_members_of_the_attackers_after_two_attacks_of_different_forces_stay_out():
    text = (
        "وصد مقاتلو الجبهة هجوماً لتنظيم الدولة الإسلامية وهجوماً لقوات النظام على محورين، "
        "وقتلوا تسعة عناصر من المهاجمين."
    )
    assert all("تسعة" not in t for t, _ in actors(text))


def test_gunmen_of_a_tribe_named_again_who_fight_are_its_militia():
    # actor convention 23: 'مسلحون من العشيرة', 'مسلحين من أبناء العشيرة'
    text = (
        "وتوترت الأوضاع في ريف دير الزور بعد مقتل شاب من عشيرة الشعيطات في مداهمة. "
        "وهاجم مسلحون من العشيرة حاجزاً للتنظيم قرب البلدة."
    )
    found = actors(text, date(2014, 8, 1))
    assert ("مسلحون من العشيرة", "Shaitat Tribal Militia (Syria)") in found
    text = (
        "وتوترت الأوضاع في ريف دير الزور بعد مقتل شاب من عشيرة الشعيطات في مداهمة. "
        "وقالت الشبكة إن مسلحين من أبناء العشيرة اشتبكوا مع عناصر الحاجز."
    )
    assert ("مسلحين من أبناء العشيرة", "Shaitat Tribal Militia (Syria)") in actors(
        text, date(2014, 8, 1)
    )


def test_gunmen_of_a_tribe_named_again_who_do_not_fight_stay_out():
    text = (
        "وتوترت الأوضاع في ريف دير الزور بعد مقتل شاب من عشيرة الشعيطات في مداهمة. "
        "ونزح مسلحون من العشيرة مع عائلاتهم نحو البادية."
    )
    assert all("مسلحون" not in t for t, _ in actors(text, date(2014, 8, 1)))


def test_a_headline_count_repeated_in_the_body_is_the_bodys_group():
    # conventions 1 and 5: the body says whose the headline's count is
    text = (
        "مقتل أربعة مقاتلين بغارة قرب البوكمال\n"
        "قُتل أربعة مقاتلين من الميليشيات الموالية لإيران فجر السبت بغارة على سيارة قرب البوكمال."
    )
    found = actors(text, date(2021, 3, 6))
    assert ("أربعة مقاتلين", IRAN) in found


def test_a_headline_count_with_its_own_group_or_not_in_the_body_is_left_alone():
    text = (
        "مقتل أربعة مقاتلين من مجموعة محلية قرب البوكمال\n"
        "قُتل أربعة مقاتلين من الميليشيات الموالية لإيران فجر السبت بغارة على سيارة قرب البوكمال."
    )
    assert ("أربعة مقاتلين", IRAN) not in actors(text, date(2021, 3, 6))
    text = (
        "مقتل خمسة مقاتلين بغارة قرب البوكمال\n"
        "قُتل أربعة مقاتلين من الميليشيات الموالية لإيران فجر السبت بغارة على سيارة قرب البوكمال."
    )
    assert all("خمسة" not in t for t, _ in actors(text, date(2021, 3, 6)))
