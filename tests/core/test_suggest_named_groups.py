"""Named armed groups of the Syrian conflict (resources/actors.json) as actor suggestions.

Real reporting names factions, units and foreign forces without a generic noun; each alias
must resolve to its ACLED-style actor with the actor's inter label, a quoted group is still
an actor, and a person (a commander, a leader) is not.
"""

from datetime import date

from reviewer.suggest import _data
from reviewer.suggest.actors import find_actors


def named(text, published=None):
    return [(s.text, s.value, s.extra.get("inter")) for s in find_actors(text, published=published)]


def test_every_alias_of_a_named_actor_resolves_to_it():
    generic = set(_data.rules("actors")["generic"]["actors"])
    wrong = []
    for actor in _data.actors():
        if actor["name"] in generic:
            continue
        for alias in actor["aliases_ar"]:
            found = [s.value for s in find_actors(f"وشارك {alias} في الهجوم") if s.kind == "actor"]
            if found != [actor["name"]]:
                wrong.append((alias, actor["name"], found))
    assert wrong == []


def test_factions_by_name_and_nickname():
    assert named("اشتباكات بين فرقة الحمزة وفصيل السلطان مراد والعمشات") == [
        ("فرقة الحمزة", "Hamza Division", "Rebel group"),
        ("فصيل السلطان مراد", "Sultan Murad Division", "Rebel group"),
        ("العمشات", "Sultan Suleiman Shah Brigade", "Rebel group"),
    ]
    assert named("تبنى الحزب الإسلامي التركستاني وتنظيم حراس الدين الهجوم") == [
        ("الحزب الإسلامي التركستاني", "Turkistan Islamic Party", "Rebel group"),
        ("تنظيم حراس الدين", "Hurras al-Din", "Rebel group"),
    ]


def test_a_quoted_group_speaking_is_an_actor_a_person_is_not():
    assert named('وقالت "الجبهة الشامية" في بيان') == [
        ("الجبهة الشامية", "Levant Front", "Rebel group")
    ]
    assert named("قال قائد فرقة الحمزة سيف بولاد إن العميد سهيل الحسن قائد قوات النمر انسحب") == [
        ("فرقة الحمزة", "Hamza Division", "Rebel group"),
        ("قوات النمر", "Military Forces of Syria (2000-2024)", "State forces"),
    ]
    assert named("طالب المحتجون بإسقاط أبو محمد الجولاني") == [
        ("المحتجون", "Protesters (Syria)", "Protesters")
    ]


def test_militias_and_foreign_forces_carry_their_inter():
    assert named("قتل عناصر من لواء فاطميون وكتائب حزب الله العراقية ولواء القدس") == [
        ("لواء فاطميون", "Fatemiyoun Brigade", "External/Other forces"),
        ("كتائب حزب الله العراقية", "Kataib Hezbollah", "External/Other forces"),
        ("لواء القدس", "Liwa al-Quds", "Political militia"),
    ]
    assert named("أحبط الجيش الأردني محاولة تهريب وانسحبت مجموعة فاغنر") == [
        ("الجيش الأردني", "Military Forces of Jordan (1999-)", "External/Other forces"),
        ("مجموعة فاغنر", "Wagner Group", "External/Other forces"),
    ]
    assert named("اعتقلت قوى الأمن الداخلي (الأسايش) شاباً") == [
        ("قوى الأمن الداخلي", "Asayish", "Rebel group"),
        ("الأسايش", "Asayish", "Rebel group"),
    ]


def test_occupation_forces_by_the_country_named():
    assert [v for _, v, _ in named("قصف جيش الاحتلال التركي قرى ريف الحسكة")] == [
        "Military Forces of Turkey (2016-)"
    ]
    assert [v for _, v, _ in named("أطلق جنود الاحتلال النار على الرعاة")] == [
        "Military Forces of Israel (1948-)",
        "Civilians (Syria)",  # the shepherds fired on (actor convention 20)
    ]
    assert [v for _, v, _ in named("قوات الاحتلال الأمريكي تنقل معدات")] == [
        "Military Forces of the United States (2021-2025)"
    ]


def test_units_of_the_old_army_stay_old_after_the_fall():
    after = date(2025, 3, 8)
    assert named("يقودها ضباط سابقون في الفرقة الرابعة والحرس الجمهوري", after) == [
        ("الفرقة الرابعة", "Military Forces of Syria (2000-2024)", "State forces"),
        ("الحرس الجمهوري", "Military Forces of Syria (2000-2024)", "State forces"),
    ]
    assert [v for _, v, _ in named("قرب حاجز لفرع الأمن العسكري", after)] == [
        "Police Forces of Syria (2000-2024)"
    ]


def test_state_medias_syrian_arab_army_is_the_new_army_after_the_fall():
    """SANA kept calling the army 'الجيش العربي السوري' after December 2024; then it is the new
    state's (sets 12, 14, 15), before it Assad's."""
    assert named("فيما يلاحق الجيش العربي السوري فلولاً في جبال القرداحة", date(2025, 3, 8)) == [
        ("الجيش العربي السوري", "Military Forces of Syria (2024-)", "State forces")
    ]
    assert named("تصدت وحدات من الجيش العربي السوري لهجوم", date(2018, 7, 5))[0][1] == (
        "Military Forces of Syria (2000-2024)"
    )


def test_general_security_before_the_fall_is_hts_own():
    text = "اعتقل جهاز الأمن العام شابين في إدلب"
    assert named(text, date(2024, 3, 1))[0] == (
        "جهاز الأمن العام",
        "Hayat Tahrir al-Sham",
        "Rebel group",
    )
    assert named(text, date(2025, 3, 1))[0] == (
        "جهاز الأمن العام",
        "Police Forces of Syria (2024-)",
        "State forces",
    )


def test_spelling_variants_and_air_forces_by_nationality():
    assert [v for _, v, _ in named("قصفت المليشيات الموالية لإيران مواقع")] == [
        "Iran-backed Militias (Syria)"
    ]
    assert [v for _, v, _ in named("شن الطيران الحربي الإسرائيلي غارات")] == [
        "Military Forces of Israel (1948-)"
    ]
    assert [v for _, v, _ in named("استهدفت الطائرات المسيرة الأميركية سيارة")] == [
        "Military Forces of the United States (2021-2025)"
    ]


def test_an_unknown_destination_is_no_armed_group():
    assert [v for _, v, _ in named("خطف مسلحون مجهولون شابين واقتادوهما إلى جهة مجهولة")] == [
        "Unidentified Armed Group (Syria)",
        "Civilians (Syria)",
    ]


def test_everyday_phrases_that_look_like_group_names_are_not_actors():
    assert named("تدور معارك عنيفة على الجبهة الجنوبية لمدينة حماة") == []
    assert named("عثر الأهالي على جثث مجهولي الهوية في مقبرة جماعية") == []
    assert named("وصف الإعلام الرسمي المهاجمين بأنهم عصابات مسلحة") == []


def test_a_quoted_name_after_its_group_noun():
    assert named('اشتبك عناصر من فرقة "الحمزة" مع فصيل «السلطان مراد» قرب الباب') == [
        ('فرقة "الحمزة', "Hamza Division", "Rebel group"),
        ("فصيل «السلطان مراد", "Sultan Murad Division", "Rebel group"),
    ]
    assert named('في إطار عملية "ردع العدوان"') == []  # an operation, quoted or not
    assert named("في إطار عملية ردع العدوان") == []


def test_category_phrases_of_rebels_kurdish_forces_and_tribes():
    assert [v for _, v, _ in named("هاجم المتمردون مواقع الجيش قرب القوات الكردية")] == [
        "Opposition Rebels (Syria)",
        "QSD: Syrian Democratic Forces",
    ]
    assert [v for _, v, _ in named("اشتباكات بين مسلحي العشائر البدوية والفصائل الدرزية")] == [
        "Arab Tribal Militia (Syria)",
        "Druze Militia (Syria)",
    ]


def test_defence_ministry_forces_follow_the_succession():
    text = "دخلت قوات وزارة الدفاع المدينة"
    assert [v for _, v, _ in named(text, date(2025, 5, 1))] == ["Military Forces of Syria (2024-)"]


def test_military_police_is_the_sna_s_only_in_the_turkish_held_north():
    north = "تدخلت الشرطة العسكرية في مدينة الباب وفرضت حظراً للتجول"
    assert [a[1] for a in named(north, date(2025, 1, 5))] == ["Syrian National Army"]
    assert [a[1] for a in named(north)] == ["Syrian National Army"]
    assert named(north, date(2015, 6, 1)) == []  # before the SNA held al-Bab
    assert [
        a[1] for a in named("اعتقلت الشرطة العسكرية شابين في مدينة حماة", date(2020, 1, 1))
    ] == ["Civilians (Syria)"]
    assert [a[1] for a in named("سيرت الشرطة العسكرية الروسية دورية في عفرين")] == [
        "Military Forces of Russia (2000-)"
    ]


def test_local_gunmen_in_as_sweida_are_its_druze_militias():
    suwayda = "احتجز مسلحون محليون في مدينة شهبا ثمانية ركاب"
    civilians = "Civilians (Syria)"  # the passengers held (counted nouns of persons)
    found = [a[1] for a in named(suwayda, date(2025, 6, 1)) if a[1] != civilians]
    assert found == ["Druze Militia (Syria)"]
    elsewhere = "احتجز مسلحون محليون في مدينة الصنمين ثمانية ركاب"
    assert [a for a in named(elsewhere) if a[1] != civilians] == []


def test_shabiha_and_popular_committees_are_pro_government_militias():
    pgm = ("Pro-Government Militia (Syria)", "Political militia")
    assert named("أطلقت قوات الأمن والشبيحة النار", date(2012, 4, 20)) == [
        ("قوات الأمن", "Police Forces of Syria (2000-2024)", "State forces"),
        ("الشبيحة", *pgm),
    ]
    assert named("أعدمهم عناصر من اللجان الشعبية") == [("اللجان الشعبية", *pgm)]
    assert named("صدوا تقدم قوات النظام والميليشيات الموالية لها")[1] == (
        "الميليشيات الموالية لها",
        *pgm,
    )


def test_police_named_by_its_men():
    assert named("وانتشر عناصر من الشرطة في الشوارع", date(2025, 5, 1)) == [
        ("عناصر من الشرطة", "Police Forces of Syria (2024-)", "State forces")
    ]
    assert named("تدخلت قوات الشرطة لتفريقهم", date(2016, 5, 23)) == [
        ("قوات الشرطة", "Police Forces of Syria (2000-2024)", "State forces")
    ]


def test_internal_security_forces_are_the_asayish_only_in_the_north_east():
    assert named("استهدفت مسيرة حاجزاً لقوى الأمن الداخلي في مدينة القامشلي") == [
        ("قوى الأمن الداخلي", "Asayish", "Rebel group")
    ]
    assert named("شددت قوى الأمن الداخلي إجراءاتها في مدينة طرطوس", date(2016, 5, 23)) == [
        ("قوى الأمن الداخلي", "Police Forces of Syria (2000-2024)", "State forces")
    ]
    assert named("هاجم مسلحون دورية لقوى الأمن الداخلي قرب تلكلخ", date(2025, 2, 3))[-1] == (
        "قوى الأمن الداخلي",
        "Police Forces of Syria (2024-)",
        "State forces",
    )


def test_military_police_with_its_men_in_afrin_is_the_sna():
    assert named("انسحب عناصر الشرطة العسكرية من مقراتهم وسط عفرين", date(2022, 10, 14)) == [
        ("عناصر الشرطة العسكرية", "Syrian National Army", "Rebel group")
    ]


def test_an_office_quoted_as_speaker_is_no_party_an_office_acting_is():
    assert named("وقالت وزارة الدفاع التركية إن قواتها حيدت 7 مسلحين") == []
    assert named("بحسب وزارة الدفاع الروسية") == []
    # the office speaking is no party; the men it counts are its forces' (convention 1, set 5)
    assert named("وزارة الدفاع السورية: مقتل عنصرين", date(2025, 1, 4)) == [
        ("عنصرين", "Military Forces of Syria (2024-)", "State forces")
    ]
    assert named("حاصرت وحدات من وزارة الدفاع السورية المنطقة", date(2025, 5, 1)) == [
        ("وزارة الدفاع السورية", "Military Forces of Syria (2024-)", "State forces")
    ]


def test_groups_of_the_early_war_and_the_third_legion():
    assert named("أعلنت كتائب الفاروق ولواء التوحيد السيطرة على الحاجز") == [
        ("كتائب الفاروق", "Farouq Brigades", "Rebel group"),
        ("لواء التوحيد", "Liwa al-Tawhid", "Rebel group"),
    ]
    assert named("بمساندة لواء أبي الفضل العباس العراقي") == [
        ("لواء أبي الفضل العباس", "Liwa Abu al-Fadl al-Abbas", "External/Other forces")
    ]
    assert named("اشتباكات مع الفيلق الثالث في مدينة عفرين", date(2022, 10, 14)) == [
        ("الفيلق الثالث", "Third Legion", "Rebel group")
    ]
    assert named("اشتباكات مع الفيلق الثالث في ريف حماة", date(2016, 1, 1)) == []


def test_a_patrol_of_a_foreign_army():
    assert named("جرفت الدورية الإسرائيلية أراضي زراعية") == [
        ("الدورية الإسرائيلية", "Military Forces of Israel (1948-)", "External/Other forces")
    ]


def test_an_office_that_did_not_comment_is_no_party():
    assert named("ولم يصدر أي تعليق من وزارة الدفاع السورية", date(2025, 5, 14)) == []
    assert named("ونفى متحدث باسم وزارة الدفاع السورية وجود أوامر", date(2025, 3, 12)) == []


def test_gunmen_loyal_to_the_former_regime_stay_the_old_army_after_the_fall():
    assert named("هاجم مسلحون موالون للنظام السابق حاجزاً", date(2025, 3, 7)) == [
        ("مسلحون موالون للنظام السابق", "Military Forces of Syria (2000-2024)", "State forces")
    ]


def test_more_forms_of_foreign_forces_and_unknown_gunmen():
    assert [v for _, v, _ in named("جرفت الجرافات الإسرائيلية أراضي وقصفت المقاتلات الروسية")] == [
        "Military Forces of Israel (1948-)",
        "Military Forces of Russia (2000-)",
    ]
    assert named("اقتحم مسلحون ملثمون المنزل") == [
        ("مسلحون ملثمون", "Unidentified Armed Group (Syria)", "Political militia")
    ]


def test_a_dual_head_names_two_groups():
    assert named("بمساندة من فرقتي الحمزة والسلطان سليمان شاه") == [
        ("فرقتي الحمزة", "Hamza Division", "Rebel group"),
        ("السلطان سليمان شاه", "Sultan Suleiman Shah Brigade", "Rebel group"),
    ]
    assert named("اشتباكات بين فصيلي السلطان مراد وأحرار الشرقية") == [
        ("فصيلي السلطان مراد", "Sultan Murad Division", "Rebel group"),
        ("أحرار الشرقية", "Ahrar al-Sharqiya", "Rebel group"),
    ]


def test_militias_and_groups_added_for_set_6():
    assert [v for _, v, _ in named("قاتلت عصائب أهل الحق ونسور الزوبعة إلى جانب قوات النظام")] == [
        "Asaib Ahl al-Haq",
        "SSNP: Syrian Social Nationalist Party",
        "Military Forces of Syria (2000-2024)",
    ]


def test_soldiers_boats_and_aircraft_by_nationality_or_allegiance():
    assert [v for _, v, _ in named("قتل جنديان تركيان وجندي روسي")] == [
        "Military Forces of Turkey (2016-)",
        "Military Forces of Russia (2000-)",
    ]
    assert [v for _, v, _ in named("قصفت الزوارق الحربية الإسرائيلية الشاطئ")] == [
        "Military Forces of Israel (1948-)"
    ]
    assert [
        v for _, v, _ in named("قصفت الطائرات الحربية التابعة للنظام البلدة", date(2019, 5, 1))
    ] == ["Military Forces of Syria (2000-2024)"]
    assert [v for _, v, _ in named("نفذت قوات التحالف إنزالاً جوياً")] == [
        "Global Coalition Against Daesh"
    ]


def test_bedouin_gunmen_and_iran_s_militias():
    assert [v for _, v, _ in named("هاجم مسلحون من البدو قرية وقصفت ميليشيات إيران مواقع")] == [
        "Arab Tribal Militia (Syria)",
        "Iran-backed Militias (Syria)",
    ]


def test_internal_security_forces_by_either_noun():
    assert [v for _, v, _ in named("انتشرت قوات الأمن الداخلي في مدينة الحسكة")] == ["Asayish"]


def test_ministries_forces_named_by_their_men_after_the_fall():
    assert [v for _, v, _ in named("اشتبكت قوات وزارة الداخلية مع مسلحين", date(2025, 6, 1))] == [
        "Police Forces of Syria (2024-)"
    ]
    assert [v for _, v, _ in named("داهمت عناصر الأمن الداخلي منازل في حمص", date(2025, 6, 1))] == [
        "Police Forces of Syria (2024-)"
    ]


def test_the_old_army_by_its_soldiers_and_the_sna_in_kurdish_media():
    assert [v for _, v, _ in named("قتل ثلاثة من جنود النظام", date(2025, 1, 20))] == [
        "Military Forces of Syria (2000-2024)"
    ]
    assert [v for _, v, _ in named("قصفت مرتزقة الاحتلال التركي قرى ناحية شيراوا")] == [
        "Syrian National Army"
    ]
    assert [v for _, v, _ in named("قصفت الفصائل السورية الموالية لأنقرة القرية")] == [
        "Syrian National Army"
    ]


def test_local_gunmen_in_the_druze_towns_near_damascus():
    text = "اشتبك مسلحين من أبناء المدينة مع قوات الأمن العام في مدينة جرمانا"
    assert named(text, date(2025, 4, 29))[0] == (
        "مسلحين من أبناء المدينة",
        "Druze Militia (Syria)",
        "Identity militia",
    )
    assert named("اشتبك مسلحين من أبناء المدينة مع دورية في مدينة حماة", date(2025, 4, 29)) == []


def test_sweida_2025_tribal_mobilisation_and_national_guard():
    assert named("هاجمت فزعة العشائر قرى في ريف السويداء", date(2025, 7, 16))[0] == (
        "فزعة العشائر",
        "Arab Tribal Militia (Syria)",
        "Identity militia",
    )
    assert named("انتشرت قوات الحرس الوطني في مدينة السويداء", date(2025, 9, 1)) == [
        ("قوات الحرس الوطني", "Druze Militia (Syria)", "Identity militia")
    ]
    assert named("انتشرت قوات الحرس الوطني في مدينة السويداء", date(2024, 9, 1)) == []


def test_early_war_names_of_the_army_its_militias_and_is():
    early = date(2013, 5, 1)
    assert [v for _, v, _ in named("ألقى الطيران المروحي براميل متفجرة", early)] == [
        "Military Forces of Syria (2000-2024)"
    ]
    # US forces by the administration of the day (convention 7 of the night of 2026-11-30)
    assert [v for _, v, _ in named("أنزل الطيران المروحي الأمريكي قوة", early)] == [
        "Military Forces of the United States (2009-2017)"
    ]
    assert [v for _, v, _ in named("هاجم شبيحة الأسد وعناصر جيش الدفاع الوطني الحي", early)] == [
        "Pro-Government Militia (Syria)",
        "NDF: National Defence Forces",
    ]
    assert [v for _, v, _ in named("أعلنت دولة العراق الإسلامية", early)] == [
        "Islamic State (Syria)"
    ]


def test_an_armed_group_or_cell_nobody_names_is_unidentified():
    """'مجموعة مسلحة'، 'خلية مجهولة'، 'مجموعات منفلتة': an armed group the text does not name
    is ACLED's Unidentified Armed Group; the plural 'مجموعات مسلحة' is left out (state wires
    call the rebels so)."""
    unknown = ("Unidentified Armed Group (Syria)", "Political militia")
    assert named("أطلقت مجموعة مسلحة النار على الحاجز") == [("مجموعة مسلحة", *unknown)]
    assert named("بعد أن هددته خلية مجهولة بسبب تعاونه") == [("خلية مجهولة", *unknown)]
    assert named("وكانت مجموعات مسلحة قد استهدفت الحي بقذائف الهاون") == []


def test_the_kurdish_fighters_before_the_sdf_existed_are_the_ypg():
    """An actor that did not exist yet means the force it grew out of: the SDF was founded
    on 10 October 2015, so a 2014 report's Kurdish fighters are the YPG."""
    text = "وصد المقاتلون الأكراد هجوماً على المدينة"
    assert named(text, date(2014, 10, 7))[0][1] == "YPG: People's Protection Units"
    assert named(text, date(2019, 10, 13))[0][1] == "QSD: Syrian Democratic Forces"


def test_the_bare_air_force_and_state_medias_army_are_the_state_forces():
    """'الطيران الحربي' with no nationality after it is the Syrian state's air force;
    'وحدات من جيشنا الباسل' is state media's army."""
    old = "Military Forces of Syria (2000-2024)"
    assert named("قصف الطيران الحربي بلدة زملكا", date(2013, 8, 1))[0][1] == old
    assert named("إن وحدات من جيشنا الباسل قتلت العشرات", date(2014, 7, 17))[0][1] == old
    assert named("شن الطيران الحربي الإسرائيلي غارات", date(2025, 1, 2))[0][1] == (
        "Military Forces of Israel (1948-)"
    )


def test_a_party_named_by_its_ideology_is_the_group_the_sentence_names():
    """'جهاديون من تنظيم الدولة'، '17 من الجهاديين'، 'المتطرفين سيطروا': the group named right
    after it with من, else the nearest rebel group before it; with none, an epithet."""
    text = "هجوم شنّه جهاديون من تنظيم الدولة الإسلامية. وأوضح المرصد أن المتطرفين سيطروا على حاجز"
    assert [(s[0], s[1]) for s in named(text) if s[1] != "Syrian Observatory for Human Rights"] == [
        ("جهاديون", "Islamic State (Syria)"),
        ("تنظيم الدولة الإسلامية", "Islamic State (Syria)"),
        ("المتطرفين", "Islamic State (Syria)"),
    ]
    text = "هاجم الحزب الإسلامي التركستاني مواقع للجيش، وقُتل 17 من الجهاديين"
    assert named(text)[-1][:2] == ("الجهاديين", "Turkistan Islamic Party")
    assert named("قال الجيش إنه استهدف الجهاديين") == []


def test_an_ideological_name_reads_the_sentence_before_across_a_line_break():
    """A full stop and the line break after it end one sentence, not two."""
    text = "هجوم لتنظيم الدولة الإسلامية على الحقل.\nوأوضح المرصد أن المتطرفين سيطروا على حاجز"
    assert named(text)[-1][:2] == ("المتطرفين", "Islamic State (Syria)")
