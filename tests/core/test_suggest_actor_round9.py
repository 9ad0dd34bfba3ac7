"""Actor rules of the night round on development set 27 (issue 18): each rule with an Arabic
sentence written for the test (not taken from a development set), what the suggester must
return, and a near miss that must not give the actor."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2017, 3, 1)
NEW = date(2025, 5, 1)


def actors(text, published=OLD):
    return [(s.text, s.value) for s in find_actors(text, published=published)]


def members(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.extra.get("members")]


def civilians(text, published=OLD):
    return [
        s.text for s in find_actors(text, published=published) if s.value == "Civilians (Syria)"
    ]


def test_the_verb_reaches_past_the_counts_qualifier():
    # 'ما لا يقل عن' between the word of harm or the killing verb and the count
    text = "وهاجم مسلحون نقاطاً لقوات النظام قرب داعل، وقتلوا ما لا يقل عن 11 عنصراً منها."
    assert members(text) == [("ما لا يقل عن 11 عنصراً", "Military Forces of Syria (2000-2024)")]
    text = (
        "وفتح مسلحون النار على حاجز لقوات الأمن العام في ريف حمص، "
        "ما أدى إلى مقتل ما لا يقل عن تسعة عناصر."
    )
    assert members(text, NEW) == [("ما لا يقل عن تسعة عناصر", "Police Forces of Syria (2024-)")]
    # near miss: a verb of arrest three words before a count with no force hit or repelled
    assert members("واعتقلت الدورية قائد المجموعة مع 12 عنصراً في المزرعة.") == []


def test_members_of_the_latter():
    text = "وسيطرت الفصائل على التلة بعد معارك مع قوات النظام قتل فيها نحو 20 عنصراً من الأخيرة."
    assert members(text) == [("نحو 20 عنصراً", "Military Forces of Syria (2000-2024)")]
    # near miss: no force named before the count in its sentence
    assert members("وقتل فيها نحو 20 عنصراً من الأخيرة بحسب المرصد.") == []


def test_the_dead_in_a_groups_ranks():
    text = 'وقالت الفصائل إنها أوقعت أكثر من 40 قتيلاً في صفوف "قوات النمر" على جبهة اللطامنة.'
    assert members(text) == [
        ('أكثر من 40 قتيلاً في صفوف "قوات النمر', "Military Forces of Syria (2000-2024)")
    ]
    # near miss: 'في صفوف' and a bare head names no group (convention 2)
    assert members("وأوقعت أكثر من 40 قتيلاً في صفوف المهاجمين على الجبهة.") == []


def test_a_victim_after_the_force_that_harmed_him():
    # verb, subject (a force found), object: also past a short adverbial between commas
    text = "وفي بلدة الغارية، اغتال مسلحون ملثمون، فجر الخميس، رجلاً يعمل في محل للصرافة."
    assert "رجلاً" in civilians(text)
    text = "وجاء ذلك بعد اعتقال المخابرات الجوية شاباً من أبناء مدينة نوى."
    assert "شاباً" in civilians(text)
    # near miss: the sentence goes on to name him a member of an armed group
    text = "واغتال مسلحون ملثمون رجلاً في بلدة الغارية، وهو عنصر سابق في فصائل المعارضة."
    assert "رجلاً" not in civilians(text)
    # near miss: no word of harm before the subject
    assert "شاباً" not in civilians("ورافقت دورية الأمن العسكري شاباً إلى المحكمة.")


def test_a_person_beaten_and_students_and_drivers():
    assert "رجلاً" in civilians("واقتحم مسلحون المحل وضربوا رجلاً رفض دفع الإتاوة.")
    assert "طالبة" in civilians("وأدى سقوط القذيفة إلى مقتل طالبة قرب مدرستها في حي القصاع.")
    assert "سائقين" in civilians("وأدى القصف إلى إصابة سائقين اثنين في قافلة المساعدات.")
    # near miss: one driver, and a student named with the article, with no harm
    assert civilians("وقال سائق الحافلة إن الطريق مغلق، وتحدثت الطالبة عن الامتحان.") == []


def test_civilians_counted_in_the_genitive_singular_after_hundreds():
    text = "ووثقت الشبكة اختطاف أكثر من 300 مدني على يد الفصائل خلال العام."
    assert civilians(text) == ["مدني"]
    # near miss: civilians counted as besieged or displaced are no party
    assert civilians("ويعيش نحو 40 ألف مدني تحت الحصار في المدينة منذ أشهر.") == []


def test_members_and_civilians_in_a_toll_given_further_back_in_the_sentence():
    text = (
        "ووثق المكتب مقتل 31 شخصاً في هجمات متفرقة بريف حمص الشرقي منذ مطلع الشهر الجاري، "
        "بينهم تسعة عناصر من قوات النظام."
    )
    assert members(text) == [("تسعة عناصر من قوات النظام", "Military Forces of Syria (2000-2024)")]
    text = (
        "وأحصت الشبكة سقوط 58 قتيلاً في محافظة إدلب منذ بداية شهر أيار/مايو الماضي، بينهم 23 مدنياً."
    )
    assert civilians(text) == ["مدنياً"]
    # near miss: the toll in the sentence before is another sentence's: a sub-count stays out
    text = (
        "وقتل 31 شخصاً في ريف حمص. وقالت مصادر إن قوات النظام خسرت مواقع عدة قرب التلال، "
        "بينهم ثلاثة عناصر من قوات النظام."
    )
    assert members(text) == []


def test_members_captured_by_those_who_repelled_an_attack_launched_by_them():
    text = "وتصدى مقاتلو الفصائل لهجوم شنته قوات النظام على محور كبانة، وأسروا سبعة عناصر."
    assert members(text) == [("سبعة عناصر", "Military Forces of Syria (2000-2024)")]
    # near miss: the force launched the attack, but the count is of no capture or killing
    text = "وتصدى مقاتلو الفصائل لهجوم شنته قوات النظام على محور كبانة، ونقلوا سبعة عناصر."
    assert members(text) == []


def test_persons_counted_taking_part_in_a_protest_are_protesters():
    def protesters(text):
        return [s.text for s in find_actors(text, published=NEW) if s.value == "Protesters (Syria)"]

    assert protesters("وشارك قرابة ثلاثة آلاف شخص ظهر اليوم في اعتصام أمام مبنى المحافظة.") == [
        "شخص"
    ]
    assert protesters("وخرجت وقفات في بلدتي عرمان وملح ضمت نحو 150 شخصاً.") == ["شخصاً"]
    # near miss: persons taking part in a meeting, no protest named
    assert protesters("وشارك نحو 150 شخصاً في اجتماع عقده الوجهاء في دار البلدية.") == []


def test_plural_and_imperfect_verbs_of_harm_before_a_victim():
    assert "شاباً" in civilians("وقال ناشطون إن عناصر الحسبة أعدموا شاباً في ساحة المدينة.")
    assert "رجلاً" in civilians("وذكرت الشبكة أن مسلحين اختطفوا رجلاً على طريق المطار.")
    # near miss: a verb that harms no one before the noun
    assert "شاباً" not in civilians("وقال ناشطون إن عناصر الحسبة استدعوا شاباً إلى مقرهم.")


def test_members_counted_with_a_partitive_after_a_plural():
    text = "وقالت الفصائل إنها قصفت مواقع لقوات النظام في بلدة الحويز، وقتلت خمسة عناصر منها."
    assert members(text) == [("خمسة عناصر", "Military Forces of Syria (2000-2024)")]
    # near miss: no force hit or repelled in the sentence
    assert members("وقالت الفصائل إنها قتلت خمسة عناصر منها في المعارك.") == []


def test_members_counted_after_wa_and_a_second_count_of_the_same_group():
    text = "وخسرت القوات أربعة مقاتلين وعنصرين من قوات الأمن العام خلال الاشتباكات."
    assert members(text, NEW) == [("عنصرين من قوات الأمن العام", "Police Forces of Syria (2024-)")]
    text = "وأدت المعارك إلى مقتل 12 عنصراً من قوات النظام وأسر خمسة ضباط قرب التلة."
    assert members(text) == [
        ("12 عنصراً من قوات النظام", "Military Forces of Syria (2000-2024)"),
        ("خمسة ضباط", "Military Forces of Syria (2000-2024)"),
    ]
    # near miss: the second count names its own side, a bare head left to the coder
    text = "وأدت المعارك إلى مقتل 12 عنصراً من قوات النظام وأسر خمسة من الفصائل قرب التلة."
    assert members(text) == [("12 عنصراً من قوات النظام", "Military Forces of Syria (2000-2024)")]


def test_persons_killed_where_a_force_shelled_are_civilians():
    text = "وقصفت قوات النظام بلدتي كفرنبل وحاس، ما أدى إلى مقتل 14 شخصاً، بحسب الدفاع المدني."
    assert civilians(text) == ["14 شخصاً"]
    # near miss: persons who fled the shelling are no party
    text = "وقصفت قوات النظام بلدتي كفرنبل وحاس، ما دفع نحو 400 شخص إلى النزوح."
    assert civilians(text) == []


def test_a_reconnaissance_aircraft_named_by_its_nationality():
    text = "وأعلنت الفصائل إسقاط طائرة استطلاع إسرائيلية فوق بلدة جباتا الخشب."
    assert ("طائرة استطلاع إسرائيلية", "Military Forces of Israel (1948-)") in actors(text, NEW)
    # near miss: a reconnaissance aircraft with no nationality names no force
    assert actors("وحلقت طائرة استطلاع فوق بلدة جباتا الخشب طوال الليل.", NEW) == []
