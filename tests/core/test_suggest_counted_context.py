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


def test_soldiers_harmed_in_a_text_naming_no_army_are_the_state_army_of_the_day():
    text = "استشهد خمسة عسكريين ومدني واحد جراء انفجار عبوة ناسفة بحافلة على طريق تدمر."
    assert members(text, date(2019, 3, 2)) == [
        ("خمسة عسكريين", "Military Forces of Syria (2000-2024)")
    ]
    text = "وقال مصدر أمني إن الهجوم أدى إلى مقتل ثلاثة جنود وإصابة آخرين قرب تدمر."
    assert members(text, date(2025, 3, 2)) == [("ثلاثة جنود", "Military Forces of Syria (2024-)")]
    # near misses: soldiers of a state named by its adjective; soldiers in no harm
    text = "وقالت وزارة الدفاع التركية إن جنديين قتلا في هجوم قرب الباب."
    assert members(text, date(2019, 3, 2)) == []
    text = "ووصلت تعزيزات تضم مئات العسكريين إلى أطراف البلدة."
    assert members(text, date(2019, 3, 2)) == []


def test_a_noun_of_a_kind_of_group_refers_back_to_the_armed_group_named_before():
    text = (
        'ونقلت رويترز عن مسؤول في "كتائب حزب الله" العراقية أن خمسة من عناصر الفصيل قتلوا '
        "وأصيب ثمانية آخرون."
    )
    assert members(text, date(2019, 6, 19)) == [
        ("خمسة من عناصر", "Kataib Hezbollah"),
        ("ثمانية آخرون", "Kataib Hezbollah"),
    ]
    # near misses: only a state's forces named before; the noun joined to another party
    text = "قصفت قوات النظام البلدة، وقال ناشطون إن ثلاثة من عناصر الفصيل قتلوا."
    assert members(text, date(2019, 6, 19)) == []
    text = 'ونقلت رويترز عن مسؤول في "كتائب حزب الله" أن خمسة من عناصر الفصيل والجيش العراقي قتلوا.'
    assert members(text, date(2019, 6, 19)) == []


def test_a_commanders_companions_counted_are_of_his_group():
    text = (
        'اغتال مجهولون القيادي في "مجلس دير الزور العسكري" أبو خالد بإطلاق النار عليه قرب '
        "ذيبان، كما أصيب ثلاثة من مرافقيه بجروح."
    )
    assert members(text, date(2020, 8, 3)) == [("ثلاثة من مرافقيه", "Deir ez-Zor Military Council")]
    # near miss: companions of a man of no group named
    text = "اغتال مجهولون تاجراً قرب ذيبان، كما أصيب ثلاثة من مرافقيه بجروح."
    assert members(text, date(2020, 8, 3)) == []


def test_men_the_subject_killed_are_of_the_force_it_fought_or_repelled_named_after_them():
    text = (
        "وسحب الجيش الفصائل المسلحة من محيط المدينة، وقال إن قواته قتلت نحو 200 مسلح في "
        "معارك عنيفة مع الفصائل شمال حماة."
    )
    rebels = ("نحو 200 مسلح", "Opposition Rebels (Syria)")
    assert rebels in members(text, date(2024, 12, 4))
    text = (
        'وقالت القيادة العامة إن وحداتها "قتلت أكثر من 300 إرهابي" خلال التصدي لهجوم كبير '
        "شنته فصائل مسلحة على ريف حلب."
    )
    assert members(text, date(2024, 11, 28)) == [
        ("أكثر من 300 إرهابي", "Opposition Rebels (Syria)")
    ]
    # near miss: a passive toll says nothing of who killed them
    text = "وقُتل نحو 200 مسلح في معارك عنيفة مع الفصائل المسلحة شمال حماة."
    assert members(text, date(2024, 12, 4)) == []


def test_the_men_the_subject_struck_are_the_enemy_also_when_named_as_an_owner():
    text = (
        'وقال مصدر عسكري إن "وحدات من الجيش السوري أحبطت تسلل مجموعات إرهابية تابعة لجبهة '
        'النصرة قرب المطار، وأوقعت العشرات منهم بين قتيل ومصاب" في الاشتباكات.'
    )
    found = members(text, date(2015, 5, 1))
    assert found == [("العشرات منهم", "Jabhat al-Nusra")]


def test_the_dead_said_to_be_of_a_group_are_its_members():
    text = (
        'وقصفت الطائرات حياً يتخذ فيه عناصر تنظيم "الدولة الإسلامية" مقرات لهم، مشيراً إلى أن '
        "أربعة من القتلى هم من عناصر التنظيم."
    )
    assert members(text) == [("أربعة من القتلى", "Islamic State (Syria)")]
    # near miss: the dead said to be children
    text = (
        'وقصفت الطائرات حياً يتخذ فيه عناصر تنظيم "الدولة الإسلامية" مقرات لهم، مشيراً إلى أن '
        "أربعة من القتلى هم من الأطفال."
    )
    assert members(text) == []


def test_of_them_after_an_attack_repelled_are_the_attackers():
    text = (
        "وأعلن جيش الإسلام صد محاولة تقدم لقوات النظام على جبهة المرج ومقتل أكثر من عشرة "
        "عناصر منهم."
    )
    assert members(text, date(2016, 3, 1)) == [
        ("أكثر من عشرة عناصر", "Military Forces of Syria (2000-2024)")
    ]
    # near miss: a toll of the speaker's own, no pronoun of 'them'
    text = "وأعلن جيش الإسلام صد محاولة تقدم لقوات النظام على جبهة المرج ومقتل خمسة من مقاتليه."
    assert members(text, date(2016, 3, 1)) == [("خمسة من مقاتليه", "Jaysh al-Islam")]


def civilians(text, published=OLD):
    found = find_actors(text, published=published)
    return [s.text for s in found if s.value == "Civilians (Syria)"]


def test_persons_counted_then_arrested_or_killed_refugees_are_civilians():
    text = "وقال ناشطون إن أكثر من أربعين شخصاً اعتقلوا في حملة دهم طالت البلدة."
    assert civilians(text, date(2012, 6, 1)) == ["شخصاً"]
    text = "وشهد المخيم العام الماضي مقتل أكثر من ثلاثين شخصاً، معظمهم من اللاجئين العراقيين."
    assert civilians(text, date(2019, 6, 1)) == ["شخصاً"]
    # near misses: persons who only arrived; a toll of fighters and refugees
    assert civilians("وقال ناشطون إن أكثر من أربعين شخصاً وصلوا إلى البلدة.") == []
    text = "وشهد المخيم مقتل ثلاثين شخصاً، بينهم عشرة عناصر من الحراس وعدد من اللاجئين."
    assert civilians(text, date(2019, 6, 1)) == []


def test_persons_killed_of_the_detainees():
    text = "ووثقت الشبكة مقتل 11 شخصاً من المعتقلين في سجن المدينة."
    assert "شخصاً" in civilians(text, date(2020, 6, 1))
    # near miss: persons killed with fighters counted among them
    text = "وقالت مصادر محلية إن 30 شخصاً قتلوا في البلدة بينهم عشرة عناصر من الفصائل."
    assert civilians(text, date(2020, 6, 1)) == []


def test_a_count_right_after_a_name_ending_in_al_aam_is_no_year():
    from reviewer.quantities import find_quantities

    text = "واعتقلت دورية للأمن العام ثلاثة شبان في حي الزهراء."
    assert [q.low for q, _, _ in find_quantities(text)] == [3]
    assert "شبان" in civilians(text, date(2025, 3, 9))
    # near miss: a year after 'عام' is a date
    assert find_quantities("وفي العام 2013 خرجت المظاهرات.") == []


def test_fighters_counted_with_the_druze_adjective_are_the_druze_militia():
    text = "وأحصى المرصد مقتل 30 شخصاً، بينهم تسعة عناصر من الأمن العام وسبعة عشر مسلحاً درزياً."
    druze = [v for t, v in actors_of(text, date(2025, 4, 30)) if "درزي" in t]
    assert druze == ["Druze Militia (Syria)"]
    # near miss: a Druze sheikh is no fighter
    assert actors_of("وقال شيخ درزي إن الوضع هادئ في القرية.", date(2025, 4, 30)) == []


def actors_of(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def test_soldiers_counted_by_hundreds_in_the_singular():
    text = "وزعم التنظيم في بيان مقتل أكثر من مئة جندي في محيط المطار."
    assert members(text, date(2015, 5, 21)) == [
        ("أكثر من مئة جندي", "Military Forces of Syria (2000-2024)")
    ]
    # near miss: soldiers sent, not harmed
    assert members("وأرسل الجيش نحو ألف جندي إلى محيط المطار.", date(2015, 5, 21)) == []


def test_members_killed_when_their_forces_truck_was_hit():
    text = (
        'وقصفت طائرة مسيرة مجهولة شاحنات تابعة لـ"كتائب حزب الله" قرب البوكمال، ما أدى إلى '
        "مقتل عنصرين."
    )
    assert members(text, date(2023, 5, 8)) == [("عنصرين", "Kataib Hezbollah")]
    # near miss: a truck of no force named
    text = "وقصفت طائرة مسيرة مجهولة شاحنات قرب البوكمال، ما أدى إلى مقتل عنصرين."
    assert members(text, date(2023, 5, 8)) == []


def test_a_word_of_harm_in_any_person_makes_the_count_an_event():
    text = "وقال البيان إن مسلحين خطفوا ثلاثة من عناصر الجيش السوري قرب الحدود."
    assert members(text, date(2025, 2, 8)) == [
        ("ثلاثة من عناصر الجيش السوري", "Military Forces of Syria (2024-)")
    ]
    # near miss: an estimate of strength, no event
    text = "وقال البيان إن ثلاثة آلاف من عناصر الجيش السوري ينتشرون قرب الحدود."
    assert members(text, date(2025, 2, 8)) == []


def test_fighters_of_the_factions_at_large_are_the_opposition_before_the_change():
    text = "وقتل في المعارك 11 عنصراً من قوات النظام وثمانية مقاتلين من الفصائل قرب البلدة."
    rebels = ("وثمانية مقاتلين", "Opposition Rebels (Syria)")
    assert rebels in members(text, date(2014, 2, 16))
    # near misses: the new state's factions in 2025; the factions of the National Army named
    assert rebels not in members(text, date(2025, 3, 1))
    text = (
        "وقتل في المعارك مع الجيش الوطني السوري 11 عنصراً من قوات النظام وثمانية مقاتلين "
        "من الفصائل قرب البلدة."
    )
    assert rebels not in members(text, date(2018, 2, 16))


def test_others_after_a_list_of_two_parties_are_not_the_first_partys_members():
    text = "استشهد تسعة عسكريين ومدنيان اثنان وأصيب 14 آخرون جراء اعتداء إرهابي."
    assert ("14 آخرون", "Military Forces of Syria (2000-2024)") not in members(
        text, date(2021, 4, 8)
    )
    # near miss: others right after the soldiers are more soldiers
    text = "استشهد تسعة عسكريين وأصيب 14 آخرون جراء اعتداء إرهابي."
    assert ("14 آخرون", "Military Forces of Syria (2000-2024)") in members(text, date(2021, 4, 8))


def test_our_men_are_the_force_the_speakers_office_names():
    text = "وقال المتحدث باسم وزارة الدفاع إن الهجوم أسفر عن استشهاد خمسة من جنودنا."
    assert members(text, date(2025, 3, 1)) == [
        ("خمسة من جنودنا", "Military Forces of Syria (2024-)")
    ]
    # near miss: a speaker of no force named
    text = "وقال مدير المنطقة إن الهجوم أسفر عن استشهاد خمسة من جنودنا."
    assert members(text, date(2025, 3, 1)) == []


def test_members_killed_in_the_leads_attack_on_their_post():
    text = (
        "هاجم مسلحون مجهولون حاجزاً لقوات النظام قرب بلدة اليادودة. وأسفر الهجوم عن مقتل "
        "ثلاثة عناصر وإصابة اثنين."
    )
    assert members(text, date(2019, 3, 1)) == [
        ("ثلاثة عناصر", "Military Forces of Syria (2000-2024)")
    ]
    # near miss: the second sentence tells of another event, no word naming the lead's again
    text = (
        "هاجم مسلحون مجهولون حاجزاً لقوات النظام قرب بلدة اليادودة. وفي درعا البلد قتل ثلاثة عناصر."
    )
    assert members(text, date(2019, 3, 1)) == []


def test_a_kind_of_group_refers_back_across_a_paragraph_break():
    text = (
        "وقالت وزارة الدفاع الروسية إن قاذفاتها دمرت مقرين لقيادة داعش في محيط الميادين.\n"
        "أما المرصد فذكر أن حصيلة القتلى ارتفعت إلى 42 شخصاً، بينهم تسعة عناصر من التنظيم."
    )
    assert ("تسعة عناصر", "Islamic State (Syria)") in members(text, date(2017, 9, 25))


def test_soldiers_called_by_the_other_sides_epithet_are_still_the_army():
    text = 'وزعم التنظيم أنه قتل وجرح "أكثر من 40 جندياً نصيرياً" في هجوم على حافلة قرب السخنة.'
    assert members(text, date(2017, 5, 1)) == [
        ("أكثر من 40 جندياً", "Military Forces of Syria (2000-2024)")
    ]
    # near miss: soldiers of another state by their nisba
    text = "وقالت الأمم المتحدة إن مسلحين احتجزوا 40 جندياً فلبينياً قرب القنيطرة."
    assert members(text, date(2014, 8, 29)) == []


def test_members_who_defect_from_a_post_of_no_force_named_leave_the_army_of_the_day():
    text = "وأطلقت قوات الأمن النار على متظاهرين، فيما انشق 12 عنصراً عن حاجز في مدينة تلكلخ."
    army = ("12 عنصراً", "Military Forces of Syria (2000-2024)")
    assert army in members(text, date(2012, 3, 1))
    # near miss: members who only left a post
    text = "وأطلقت قوات الأمن النار على متظاهرين، فيما خرج 12 عنصراً من حاجز في مدينة تلكلخ."
    assert members(text, date(2012, 3, 1)) == []
