"""Named and categorised armed actors found on development set 35 and the misses of sets 1-38
(issue 18, actor recall round of 2026-12-01): each rule with an Arabic sentence of its own,
what the suggester must return, and a near miss."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 1)
NEW = date(2025, 6, 3)
ARMY = "Military Forces of Syria (2000-2024)"


def actors(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor"]


def members(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("members")]


def test_soldiers_counted_with_no_group_are_the_army_the_text_names():
    text = "تقدمت قوات النظام نحو القرية، وقُتل ستة جنود في هجوم معاكس للفصائل قرب التلة."
    assert ("ستة جنود", ARMY) in members(text)
    text = "قصفت قوات النظام المدينة. وزعم التنظيم مقتل أكثر من خمسين جندياً في الهجوم."
    assert ("أكثر من خمسين جندياً", ARMY) in members(text)


def test_soldiers_not_of_the_syrian_army_or_in_no_harm_stay_out():
    # near misses: a foreign state named in the sentence, a nisba of their own (defectors: below),
    # reinforcements (no word of harm by the count); with no army named in the text, the
    # state's army of the day (round of 2026-12-01 morning, tests/suggest_dev49, suggest_labels)
    text = "قصفت قوات النظام القاعدة. وقال مصدر عسكري روسي إن جنديين قتلا في القصف."
    assert members(text) == []
    text = "سيطرت قوات النظام على المعبر، وحاصرت الفصائل 40 جندياً فلبينياً قرب القرية."
    assert members(text) == []
    text = "أرسلت قوات النظام تعزيزات تضم آلاف الجنود إلى الجبهة بعد مقتل قائد ميداني."
    assert members(text) == []
    assert members("وقُتل ستة جنود في هجوم على حاجز قرب القرية.") == [("ستة جنود", ARMY)]


def test_a_country_named_as_the_subjects_ally_or_with_its_own_strikes_is_its_forces():
    text = "قُتل ستة مدنيين بغارات نفذتها طائرات النظام وحليفته روسيا على البلدة."
    assert ("روسيا", "Military Forces of Russia (2000-)") in actors(text)
    text = "وسعت إسرائيل توغلاتها في ريف القنيطرة واعتقلت ثلاثة رعاة."
    assert ("إسرائيل", "Military Forces of Israel (1948-)") in actors(text, NEW)
    # near misses: a country as a place of talks or a news source, no act of war
    assert actors("وصل وفد من المعارضة إلى روسيا لإجراء محادثات.") == []
    assert actors("وقالت إسرائيل إنها لن تسمح بوجود إيراني قرب حدودها.", NEW) == []


def test_the_dead_or_wounded_counted_of_a_named_force_are_its_mention():
    text = "وأفاد مصدر طبي بوصول عشرة جرحى من عناصر قوات النظام إلى المشفى الوطني."
    assert members(text) == [("عشرة جرحى من عناصر قوات النظام", ARMY)]
    # near misses: whose the wounded are the text does not say, or they are no force
    assert members("وأفاد مصدر طبي بوصول عشرة جرحى من الريف إلى المشفى.") == []
    assert members("وأفاد مصدر طبي بوصول عشرة جرحى من المدنيين إلى المشفى.") == []


AQIDAT = "Aqidat Tribal Militia (Syria)"


def test_a_tribe_named_again_by_its_bare_head_where_its_men_fight():
    new = date(2023, 9, 2)
    text = (
        "اندلعت اشتباكات بين قسد ومقاتلين من قبيلة العكيدات في ذيبان. وقال مصدر عشائري إن "
        "سبعة من أبناء العشيرة قتلوا في المعارك."
    )
    assert ("سبعة من أبناء العشيرة", AQIDAT) in actors(text, new)
    text = "دعا شيخ قبيلة العكيدات إلى النفير العام في صفوف أبناء القبيلة لمواصلة القتال ضد قسد."
    assert ("أبناء القبيلة", AQIDAT) in actors(text, new)


def test_a_bare_tribe_head_with_no_tribe_before_or_no_fight_is_no_militia():
    new = date(2023, 9, 2)
    # near misses: no tribe named before; anger, not fighting; notables of the tribe
    text = "وقال مصدر محلي إن سبعة من أبناء العشيرة قتلوا في اشتباكات مع قسد."
    assert all("Tribal" not in v for _, v in actors(text, new))
    text = "اغتيل أحد وجهاء قبيلة العكيدات، ما أثار غضب أبناء القبيلة في البلدة."
    assert all(t != "أبناء القبيلة" for t, _ in actors(text, new))
    text = "اجتمع وجهاء قبيلة العكيدات مع وجهاء من أبناء القبيلة لبحث الصلح."
    assert all(v != AQIDAT for _, v in actors(text, new))


def test_gunmen_loyal_to_assad_after_the_fall_are_the_old_army():
    text = "قُتل 14 عنصراً من الأمن العام في كمين نصبه مسلحون موالون للأسد قرب جبلة."
    assert ("مسلحون موالون للأسد", ARMY) in actors(text, NEW)
    text = "وارتفع عدد عناصر الأمن الذين قتلهم المسلحون الموالون للأسد إلى أربعين."
    assert ("المسلحون الموالون للأسد", ARMY) in actors(text, NEW)
    # near miss: gunmen loyal to someone else are not the old army
    text = "هاجم مسلحون موالون للحكومة الجديدة قرية في ريف حمص."
    assert all(v != ARMY for _, v in actors(text, NEW))


QSD = "QSD: Syrian Democratic Forces"


def test_a_count_reached_by_a_groups_toll_is_the_groups_mention():
    text = (
        "وبذلك ترتفع حصيلة مقاتلي قسد الذين استشهدوا في هجمات مماثلة منذ مطلع الشهر إلى 16 مقاتلاً."
    )
    assert members(text, NEW) == [("16 مقاتلاً", QSD)]
    text = "وقال المرصد إن عدد قتلى قوات النظام منذ بدء الهجوم ارتفع إلى 87 عنصراً."
    assert members(text) == [("87 عنصراً", ARMY)]
    # near misses: a toll of no group named, a count of no members
    assert members("وارتفعت حصيلة القتلى منذ بدء الهجوم إلى 87 عنصراً.") == []
    assert members("وقالت الأمم المتحدة إن عدد النازحين وصل إلى 16 ألف شخص.") == []


def test_members_of_the_attackers_are_the_force_whose_attack_the_sentence_names():
    text = (
        "ونفى المجلس المحلي أي تقدم للقوات الحكومية، وقال إن مقاتلي المعارضة صدوا ثلاث "
        "محاولات اقتحام وقتلوا 17 عنصراً من المهاجمين."
    )
    assert ("17 عنصراً", ARMY) in members(text)
    # allies joined to the attacking force: the lead force (convention 26 of 2026-12-01 lists
    # every attacking force in the label); near miss: no attack
    text = "صدوا هجوماً لقوات النظام والمليشيات الموالية لها، وقتلوا 12 عنصراً من المهاجمين."
    assert members(text) == [("12 عنصراً", ARMY)]
    assert members("وقتل مجهولون 12 عنصراً من المهاجمين في ظروف غامضة.") == []


def test_members_counted_by_a_pronoun_are_the_group_it_refers_to():
    # convention 15: the speaker's own losses; the enemy killed by the subject; the pronoun's
    # gender ('ـه' a masculine head such as 'لواء', 'ـها' any other)
    text = "أعلنت فصائل المعارضة مقتل 17 عنصراً من قوات النظام، مقابل مقتل خمسة من مقاتليها."
    assert ("خمسة من مقاتليها", "Opposition Rebels (Syria)") in members(text)
    text = (
        "وقالت قسد إن مقاتليها صدوا هجوماً لفصائل الجيش الوطني السوري على قرية الخفسة، "
        "وقتلوا 31 من عناصرها."
    )
    assert ("31 من عناصرها", "Syrian National Army") in members(text, NEW)
    text = "وحاول لواء صقور الغاب التابع للجيش الحر التصدي للهجوم، ما أدى إلى مقتل خمسة من مقاتليه."
    assert [v for t, v in members(text) if t.startswith("خمسة")] == ["Suqour al-Ghab Brigade"]


def test_a_pronoun_of_a_post_or_of_a_group_no_list_knows_names_no_force():
    # near misses: 'ـه' refers to the police station, whose force the text does not name as
    # found; a speaker whose group no list knows
    text = "هاجم مسلحون يتبعون للحرس الجمهوري مخفراً في مدينة جبلة، وأسروا خمسة من عناصره."
    assert members(text, NEW) == []
    text = "دارت اشتباكات مع الجيش الحر، في حين قال فصيل محلي في بيان إن اثنين من مقاتليه قتلا."
    assert members(text) == []


def test_soldiers_who_defect_are_the_army_they_leave():
    # convention 16: after 'عن' a unit or bare head the text names no force by; a group of
    # soldiers; the article on the noun
    text = "اقتحمت قوات النظام البلدة بعد انشقاق نحو 15 جندياً عن اللواء 15 وانضمامهم إلى الثوار."
    assert ("نحو 15 جندياً", ARMY) in members(text)
    text = "قصفت قوات النظام حمص، وفي الرستن انشق عشرات الجنود عن الجيش والتحقوا بكتائب الفاروق."
    assert ("عشرات الجنود", ARMY) in members(text)
    text = "قصفت قوات النظام بابا عمرو، وأعلن الجيش الحر أن مجموعة جديدة من الجنود انشقت في الرستن."
    assert ("مجموعة جديدة من الجنود", ARMY) in members(text)
    # near misses: a group of soldiers that does not defect; no army named in the text
    text = "قصفت قوات النظام بابا عمرو، وشوهدت مجموعة من الجنود على حاجز قرب الرستن."
    assert members(text) == []
    assert members("وانشقاق مجموعة من الجنود في الرستن.") == []


def test_a_bare_partitive_count_is_the_force_named_last_before_it():
    text = "استهدفت مسيرة تركية سيارة تقل عناصر من وحدات حماية الشعب، ما أدى إلى مقتل اثنين منهم."
    assert ("اثنين منهم", "YPG: People's Protection Units") in members(text, NEW)
    text = "فجّر التنظيم سيارة مفخخة عند حاجز للواء ثوار الرقة، ما أدى إلى مقتل أربعة منهم."
    assert ("أربعة منهم", "Raqqa Revolutionaries Brigade") in members(text)
    # near misses: people named nearer than the force; the force is the subject acting on them
    text = "داهمت قوات النظام البلدة واعتقلت أربعة رعاة من أبناء القرية، ثم أفرجت عن اثنين منهم."
    assert members(text) == []
    text = "فرّ عدد من السجناء، وأن قوات الأسايش أعادت القبض على 89 منهم."
    assert members(text, NEW) == []
    # the force is the subject right before the count, its object (verb-subject-object order)
    assert members("خرجت مظاهرات في بلدة الحراك، واعتقلت قوات الأمن 15 منهم.") == []
    text = "نصب مسلحون كميناً لدورية من قوات الأمن، وقتلوا ثلاثة منهم."
    assert ("ثلاثة منهم", "Police Forces of Syria (2000-2024)") in members(text)
    # people named with whose they are ('من شبانها', 'من أبنائها') are nearer than the force
    text = "اقتحم عناصر تنظيم الدولة القرية واعتقلوا عدداً من شبانها، ثم أطلقوا سراح ثلاثة منهم."
    assert members(text) == []
    text = "داهمت قوات النظام البلدة واعتقلت عدداً من أبنائها، ثم أفرجت عن خمسة منهم."
    assert members(text) == []
    # the force named as the doer of the harm ('من قبل', 'على يد') is not the pronoun's
    text = "تعرض المتظاهرون لإطلاق نار من قبل الشبيحة، وأصيب خمسة منهم بجروح."
    assert members(text) == []


def test_our_men_counted_are_the_speakers_or_the_statements_issuers():
    text = (
        "المكتب الإعلامي لجيش الإسلام\n\nتمكن مجاهدو جيش الإسلام من صد محاولة تقدم لقوات الأسد."
        "\n\nوقد ارتقى في المعارك ثلاثة من مجاهدينا."
    )
    assert ("ثلاثة من مجاهدينا", "Jaysh al-Islam") in members(text)
    # near misses: a speaker whose force no list finds; a count the statement denies
    text = "وقال قائد ميداني إن الخلية متورطة في قتل أربعة من عناصرنا، بعد هجوم فلول النظام."
    assert members(text, NEW) == []
    text = "بيان لهيئة تحرير الشام: ننفي ما تروجه وسائل إعلام النظام عن مقتل العشرات من مقاتلينا."
    assert members(text, NEW) == []


def test_iraqi_hezbollah_as_a_militia_in_quotes_is_kataib_hezbollah():
    text = 'أطلق مجهولون النار على سيارة تقل عنصرين من ميليشيا "حزب الله العراقي" في البوكمال.'
    assert ("Kataib Hezbollah") in [v for _, v in actors(text)]
    # near miss: the Lebanese party in quotes stays Hezbollah
    text = 'أطلق مجهولون النار على سيارة تقل عنصرين من ميليشيا "حزب الله" في القصير.'
    assert "Kataib Hezbollah" not in [v for _, v in actors(text)]


def test_members_of_the_units_are_the_units_named_before():
    text = (
        "تقدمت وحدات حماية الشعب نحو حي غويران. وبحسب المركز الإعلامي فإن أربعة مقاتلين من "
        "الوحدات استشهدوا خلال المعارك."
    )
    assert ("أربعة مقاتلين", "YPG: People's Protection Units") in members(text)
    # near miss: no units named before
    assert members("وقُتل أربعة مقاتلين من الوحدات خلال المعارك.") == []


def test_pronouns_of_an_office_a_post_or_a_bare_subject():
    # the media centre's 'ـه'; a post's owner named by a bare head; a bare head as subject
    text = (
        "قال المركز الإعلامي لقسد إن قواته أحكمت سيطرتها على البلدة، واعترف بمقتل تسعة من مقاتليه."
    )
    assert ("تسعة من مقاتليه", QSD) in members(text, NEW)
    text = (
        "تواصلت المعارك بين عشيرة الشعيطات وتنظيم الدولة الإسلامية، بعد أن هاجم مسلحون من "
        "العشيرة حاجزاً للتنظيم وأسروا ثلاثة من عناصره."
    )
    assert ("ثلاثة من عناصره", "Islamic State (Syria)") in members(text)
    text = (
        "تقدم تنظيم الدولة الإسلامية نحو المدينة. وقال مسؤول كردي إن التنظيم خسر العشرات من مسلحيه."
    )
    assert [v for t, v in members(text) if "مسلحيه" in t] == ["Islamic State (Syria)"]
    # near miss: a feminine pronoun is not the masculine bare head
    text = "قال مسؤول إن التنظيم هاجم القرية وقتل خمسة من عناصرها."
    assert members(text) == []


def test_militias_named_indefinitely_by_their_sponsor_or_origin():
    text = "يتقدم جيش النظام وميليشيات تدعمها إيران من جهة البادية نحو الميادين."
    assert ("ميليشيات تدعمها إيران", "Iran-backed Militias (Syria)") in actors(
        text, date(2017, 9, 1)
    )
    text = "صدت الفصائل محاولة تقدم لقوات النمر وميليشيات روسية نحو كفرنبودة."
    assert ("ميليشيات روسية", "Military Forces of Russia (2000-)") in actors(text, date(2019, 5, 1))
    # near miss: an Iraqi militia in general, with no word of militia, stays out
    assert actors("وصل وفد من الحكومة العراقية إلى دمشق.") == []


def test_members_hurt_at_the_nearest_post_named_with_a_detached_preposition():
    text = (
        'تظاهر العشرات أمام مقر "الأسايش" في البلدة، فيما هاجم مسلحون ليلاً حاجزاً لـ"قسد" '
        "قرب قرية العريشة، ما أدى إلى إصابة عنصرين."
    )
    assert ("عنصرين", QSD) in members(text, NEW)
    # near miss: the nearest post is far from the count, another post noun between
    text = (
        'هاجم مسلحون حاجزاً لـ"قسد" قرب قرية العريشة وحاجزاً آخر قرب مقر "الأسايش" في '
        "البلدة الشرقية بعد منتصف الليل، ما أدى إلى إصابة عنصرين."
    )
    assert ("عنصرين", QSD) not in members(text, NEW)


def test_gunmen_who_burn_raid_or_execute_are_an_unidentified_group():
    text = "وأفادت شبكة محلية بأن مسلحين أحرقوا منازل ومحال تجارية في بلدة المزرعة."
    assert ("مسلحين", "Unidentified Armed Group (Syria)") in actors(text, NEW)
    # near miss: gunmen of a named faction are no unidentified group
    text = "وقال أحد السكان إن مسلحين من الفصيلين أحرقوا منزله في القرية."
    assert ("مسلحين", "Unidentified Armed Group (Syria)") not in actors(text, NEW)


def test_the_central_committee_in_daraa_after_the_settlement():
    text = 'داهمت قوة من "اللجنة المركزية" منزلاً في مدينة طفس بريف درعا الغربي.'
    assert ("اللجنة المركزية", "Daraa Central Committees") in actors(text, date(2022, 3, 1))
    # near misses: before the 2018 settlement; a party's central committee elsewhere
    assert "Daraa Central Committees" not in [v for _, v in actors(text, date(2016, 3, 1))]
    text = "اجتمعت اللجنة المركزية لحزب البعث في دمشق."
    assert "Daraa Central Committees" not in [v for _, v in actors(text, date(2022, 3, 1))]


def test_a_quoted_short_name_in_the_headline_is_the_group_the_body_names():
    text = (
        'الفرقة الرابعة تقصف درعا البلد و"المركزية" ترفض التهجير\n\n'
        "وقالت اللجنة المركزية في درعا البلد في بيان إنها ترفض تهجير الأهالي."
    )
    assert ("المركزية", "Daraa Central Committees") in actors(text, date(2021, 8, 1))
    # near miss: a quoted party name in the headline is no militia named later
    text = 'إطلاق نار أمام مقر "البعث" في السويداء\n\nأطلق عناصر من كتائب البعث النار على المحتجين.'
    assert ("البعث", "Pro-Government Militia (Syria)") not in actors(text, date(2023, 9, 1))


def test_a_sub_count_naming_its_own_group_in_a_mixed_toll():
    text = (
        "وثق المرصد مقتل 26 شخصاً في دوما وحرستا، قال إن بينهم مقاتلين اثنين من "
        '"جيش الإسلام"، مرجحاً ارتفاع الحصيلة.'
    )
    assert [v for t, v in members(text) if t.startswith("مقاتلين اثنين")] == ["Jaysh al-Islam"]
    # near miss: a sub-count of the group the toll already names stays out
    text = "قُتل 11 عنصراً من جيش الإسلام في القصف، بينهم مقاتلين اثنين من جيش الإسلام."
    assert [t for t, _ in members(text)] == ["11 عنصراً من جيش الإسلام"]
    # near miss: past a colon, no toll before it in its sentence
    text = "قال المرصد إن 27 شخصاً قتلوا، وأضاف: بينهم مقاتلين اثنين من جيش الإسلام."
    assert members(text) == []


def test_the_tribes_named_bare_as_one_side_of_fighting():
    new = date(2023, 8, 31)
    text = 'دير الزور: اشتباكات بين العشائر و"قسد" لليوم الرابع في ذيبان.'
    assert ("العشائر", "Arab Tribal Militia (Syria)") in actors(text, new)
    # near misses: the tribes' land; the tribes inside a speaker's quoted words
    text = "توعد شيخ بمواصلة القتال حتى إخراج قسد من أرض العشائر."
    assert ("العشائر", "Arab Tribal Militia (Syria)") not in actors(text, new)
    text = 'ونفى الحزب، مؤكداً أنه "غير معني بما يجري من اشتباكات بين العشائر والجانب السوري".'
    assert ("العشائر", "Arab Tribal Militia (Syria)") not in actors(text, new)


def test_our_men_need_a_masthead_or_an_office_to_name_the_issuer():
    # the office of a bare head ('للقوات' after 'قوات سوريا الديمقراطية')
    text = (
        "قالت قوات سوريا الديمقراطية إنها أنهت عملياتها. وجاء في بيان للمركز الإعلامي للقوات: "
        '"استشهد ستة من مقاتلينا".'
    )
    assert ("ستة من مقاتلينا", QSD) in members(text, NEW)
    # near miss: the first force of a text that has no masthead is not its issuer
    text = "قصفت قوات النظام البلدة.\n\nوقد ارتقى في المعارك ثلاثة من مجاهدينا."
    assert members(text) == []


POLICE_NEW = "Police Forces of Syria (2024-)"


def test_members_hurt_in_their_forces_vehicle_then_others_and_a_speakers_own_losses():
    text = (
        "انفجرت عبوة ناسفة بسيارة عسكرية تتبع للفرقة الرابعة قرب درعا، ما أدى إلى مقتل ثلاثة "
        "عناصر وإصابة اثنين آخرين."
    )
    assert members(text) == [("ثلاثة عناصر", ARMY), ("اثنين آخرين", ARMY)]
    text = "أعلنت مديرية الأمن العام في طرطوس مقتل عنصرين وإصابة خمسة آخرين بكمين قرب بانياس."
    assert members(text, NEW) == [("عنصرين", POLICE_NEW), ("خمسة آخرين", POLICE_NEW)]
    # near misses: the enemy named after the count; gunmen, a side's word for its enemy
    text = 'وأعلن المركز الإعلامي لقوات سوريا الديمقراطية مقتل 31 عنصراً من "المرتزقة".'
    assert members(text, NEW) == []
    assert members("وأعلنت قسد في بيان مقتل 25 مسلحاً في ريف دير الزور.", NEW) == []


def test_others_after_members_in_a_clash_are_the_same_side():
    text = (
        "وقال مراسل محلي إن الاشتباكات أسفرت عن مقتل تسعة عشر عنصراً من قسد وأسر ما يزيد على "
        "ثلاثين آخرين."
    )
    assert [v for t, v in members(text, NEW) if "آخرين" in t] == [QSD]
    # near miss: a member noun that switches in a clash is the other side, still left out
    text = "اندلعت اشتباكات أسفرت عن مقتل 11 عنصراً من قسد وإصابة أربعة مقاتلين."
    assert [t for t, _ in members(text, NEW)] == ["11 عنصراً من قسد"]


def test_a_pronoun_of_a_group_noun_is_the_force_named_after_it():
    text = (
        'أحبطت وحدة من الجيش محاولة تسلل لمجموعة إرهابية من "لواء الإسلام" باتجاه العباسيين، '
        "وقضت على 9 من أفرادها."
    )
    assert ("9 من أفرادها", "Jaysh al-Islam") in members(text)
    # near miss: the count after its noun ('أفرادها الأحد عشر') is no count of members here
    text = "فككت الوزارة خلية تتبع لتنظيم داعش، وألقت القبض على أفرادها الأحد عشر."
    assert members(text, NEW) == []


ARMY_NEW = "Military Forces of Syria (2024-)"


def test_a_ministry_speaking_of_its_own_men_is_its_states_forces():
    text = "أعلنت وزارة الدفاع السورية مساء السبت مقتل اثنين من عناصرها وإصابة خمسة آخرين."
    assert members(text, NEW) == [("اثنين من عناصرها", ARMY_NEW), ("خمسة آخرين", ARMY_NEW)]
    text = "وزارة الدفاع السورية: مقتل عنصرين بهجوم على الحدود اللبنانية"
    assert members(text, NEW) == [("عنصرين", ARMY_NEW)]
    # near miss: a ministry that is no speaker of the count
    text = "قصفت قوات النظام البلدة، وطالبت وزارة الخارجية بإدانة مقتل عنصرين."
    assert ("عنصرين", "Police Forces of Syria (2000-2024)") not in members(text)


def test_members_of_a_ministry_of_force_are_its_states_forces():
    text = "ووثق المرصد مقتل 71 عنصراً من وزارتي الدفاع والداخلية في كمائن واشتباكات."
    assert ("71 عنصراً", ARMY_NEW) in members(text, NEW)
    # near miss: a ministry of no force
    text = "ووثق المرصد مقتل 7 عناصر من وزارة الصحة في القصف."
    assert members(text, NEW) == []
