"""A verb of harm, arrest or release read in any person and voice (reviewer/suggest/verb_bases.py),
and the counts it lets the counted-victims rules read: 'N آخرين' captured or surrendering after a
first count of a force's members (counted_victims_others.py): fresh sentences and near misses."""

from datetime import date

from reviewer.suggest.actors import find_actors
from reviewer.suggest.text import fold
from reviewer.suggest.verb_bases import bases

OLD = date(2016, 5, 4)


def actors(text):
    return [(s.text, s.value) for s in find_actors(text, published=OLD) if s.kind == "actor"]


def test_bases_without_object_and_person_endings():
    assert fold("أصاب") in bases(fold("أصابوا")) & bases(fold("أصابت"))
    assert fold("سراح") in bases(fold("سراحهم"))
    assert fold("أعدم") in bases(fold("أعدموهم"))
    assert fold("أسر") in bases(fold("أسروا"))
    # three letters at least: 'هم' alone or 'وا' alone leave nothing to read
    assert bases(fold("منهم")) == {fold("منهم")}


def test_others_captured_after_a_first_count_of_a_forces_members():
    text = "وقالت الفصائل إنها قتلت 14 جندياً من قوات النظام، وأسروا ستة آخرين قرب البلدة."
    assert ("ستة آخرين", "Military Forces of Syria (2000-2024)") in actors(text)


def test_others_who_surrendered_after_a_first_count():
    text = "وقتل أكثر من 40 عنصراً من تنظيم داعش في المعارك، واستسلم نحو 200 آخرين للقوات."
    assert ("نحو 200 آخرين", "Islamic State (Syria)") in actors(text)


def test_near_miss_others_who_only_arrived():
    text = "وقتل 14 عنصراً من قوات النظام، ووصل 30 آخرون إلى المدينة في تعزيزات."
    assert "30 آخرون" not in [t for t, _ in actors(text)]


def test_members_who_defect_a_few_words_after_their_count():
    text = "وقال ناشطون إن نحو 40 عنصراً من أبناء المنطقة انشقوا عن قوات النظام أمس."
    found = actors(text)
    assert any(
        t.startswith("نحو 40 عنصراً") and v == "Military Forces of Syria (2000-2024)"
        for t, v in found
    )


def test_soldiers_who_surrender_are_the_army_they_leave():
    text = "وانسحبت قوات النظام من البلدة، فيما سلّم عشرات الجنود أنفسهم للفصائل بعد حصارهم."
    found = actors(text)
    assert ("عشرات الجنود", "Military Forces of Syria (2000-2024)") in found
    text = "وانسحبت قوات النظام من البلدة، وأن مئات الجنود استسلموا للفصائل عند مداخلها."
    assert ("مئات الجنود", "Military Forces of Syria (2000-2024)") in actors(text)


def test_near_miss_soldiers_only_counted_in_an_estimate():
    text = "وتنتشر قوات النظام في المنطقة، ويقدر عدد الجنود فيها بنحو ثلاثة آلاف جندي."
    assert "ثلاثة آلاف جندي" not in [t for t, _ in actors(text)]


def test_a_person_after_a_force_with_its_head_words_or_after_time_words():
    # the subject 'دورية تابعة لـ' a force found, then the person arrested
    text = "وفي حي الميدان، اعتقلت دورية تابعة للأمن العسكري شاباً بتهمة التواصل مع المعارضة."
    assert ("شاباً", "Civilians (Syria)") in actors(text)
    # a quoted force after its members' noun
    text = 'وفي مدينة الميادين، اعتقل عناصر "الحسبة" معلماً بتهمة تدريس مناهج النظام.'
    assert ("معلماً", "Civilians (Syria)") in actors(text)
    # no subject, only time words between the verb and the person
    text = "وقال شهود إن مسلحين على دراجة نارية اغتالوا مساء أمس طبيب البلدة أمام عيادته."
    assert ("طبيب", "Civilians (Syria)") in actors(text)


def test_near_miss_a_person_after_time_words_with_no_harm():
    text = "ووصل مساء أمس طبيب من منظمة إغاثية إلى البلدة."
    assert "طبيب" not in [t for t, _ in actors(text)]


def test_an_epithet_count_with_its_group_named_after_it():
    text = (
        'وأعلنت وزارة الدفاع التركية أن قواتها "حيدت 14 إرهابياً" من وحدات حماية الشعب '
        "في منطقة تل رفعت."
    )
    found = actors(text)
    assert any(t.startswith("14 إرهابياً") and v.startswith("YPG") for t, v in found)
    text = 'وقال المجلس إن مقاتليه قتلوا 12 مرتزقاً من "فرقة الحمزة" خلال صد الهجوم.'
    assert any(t.startswith("12 مرتزقاً") for t, v in actors(text))


def test_near_miss_an_epithet_count_with_no_group_named():
    text = 'وأعلنت وزارة الدفاع التركية أن قواتها "حيدت 14 إرهابياً" في شمال سوريا.'
    assert not any(t.startswith("14 إرهابياً") for t, _ in actors(text))


NEW = date(2025, 4, 9)


def test_persons_a_cell_is_made_of_are_its_groups_members():
    text = "وأعلنت الوزارة القبض على خلية تابعة لتنظيم داعش تتألف من خمسة أشخاص في ريف حمص."
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert ("خمسة أشخاص", "Islamic State (Syria)") in found
    assert ("أشخاص", "Civilians (Syria)") not in found
    text = "وألقت الدورية القبض على ثلاثة أشخاص من أفراد خلية تابعة لفلول النظام البائد."
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert any(
        t.startswith("ثلاثة أشخاص") and v == "Military Forces of Syria (2000-2024)"
        for t, v in found
    )


def test_near_miss_persons_arrested_with_no_cell():
    text = "وألقت قوات الأمن العام القبض على خمسة أشخاص في ريف حمص بتهمة السرقة."
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert not any(v == "Islamic State (Syria)" for _, v in found)


def test_members_of_a_cell_named_by_its_pronoun():
    text = (
        "وأعلنت الوزارة تفكيك خلية تتبع لفلول النظام البائد في ريف طرطوس. "
        "وقال مصدر إن الوحدات ألقت القبض على أربعة من أفرادها بعد اشتباك قصير."
    )
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert ("أربعة من أفرادها", "Military Forces of Syria (2000-2024)") in found


def test_near_miss_cells_accused_are_not_the_pronouns_group():
    text = (
        "واتهمت قوات سوريا الديمقراطية خلايا مرتبطة بتنظيم داعش بالهجوم، "
        "وأعلنت خسارة أربعة من مقاتليها في الاشتباكات."
    )
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert ("أربعة من مقاتليها", "Islamic State (Syria)") not in found


def test_persons_killed_by_gunmen_after_another_event_in_the_sentence():
    text = "ونزح مئات السكان من القرية نحو المدينة، فيما قُتل أربعة أشخاص برصاص مسلحين مجهولين."
    assert ("أربعة أشخاص", "Civilians (Syria)") in actors(text)


def test_near_miss_a_toll_that_names_fighters_among_the_dead():
    text = "وقُتل أربعة أشخاص برصاص قناص، بينهم عنصران من الفصائل."
    assert ("أربعة أشخاص", "Civilians (Syria)") not in actors(text)


def test_a_second_counts_sub_count_does_not_mix_the_first():
    text = (
        "انفجرت عبوة ناسفة في سيارة قرب السوق مساء اليوم، ما أدى إلى مقتل ثلاثة أشخاص "
        "وإصابة خمسة بينهم عنصر من الشرطة."
    )
    assert ("ثلاثة أشخاص", "Civilians (Syria)") in actors(text)


def test_near_miss_a_sub_count_of_the_first_count_mixes_it():
    text = (
        "انفجرت عبوة ناسفة في سيارة قرب السوق مساء اليوم، ما أدى إلى مقتل ثلاثة أشخاص "
        "بينهم عنصر من الشرطة."
    )
    assert ("ثلاثة أشخاص", "Civilians (Syria)") not in actors(text)


def test_a_gathering_fired_on_is_attacked_not_protesting():
    text = "وأطلق مسلحون مجهولون النار على تجمع للأهالي أمام مخبز البلدة، ما أدى إلى مقتل شاب."
    found = actors(text)
    assert ("للأهالي", "Civilians (Syria)") in found
    assert ("للأهالي", "Protesters (Syria)") not in found


def test_near_miss_a_gathering_that_protests_with_no_fire():
    text = "وتجمع عشرات الأهالي أمام مبنى البلدية احتجاجاً على انقطاع المياه."
    assert ("Protesters (Syria)") in [v for _, v in actors(text)]


def test_the_origin_of_counted_members_is_no_mention():
    text = "وقالت مصادر إن 12 مقاتلاً من أبناء العشائر قتلوا في الاشتباكات مع قوات النظام."
    assert "أبناء العشائر" not in [t for t, _ in actors(text)]


def test_near_miss_sons_counted_themselves_stay_a_mention():
    text = "واعتقلت قوات النظام سبعة من أبناء البلدة خلال حملة دهم."
    assert any("أبناء البلدة" in t for t, _ in actors(text))


def test_civilians_as_a_part_of_a_nationwide_toll_told_before_them():
    text = "ووثق المرصد مقتل 12 شخصاً في مناطق سورية متفرقة أمس، هم 8 مدنيين و4 مقاتلين."
    assert ("مدنيين", "Civilians (Syria)") not in actors(text)


def test_near_miss_civilians_of_one_town_after_a_toll():
    text = "وقتل 12 شخصاً في قصف على بلدة كفرنبل أمس، هم 8 مدنيين و4 مقاتلين."
    assert "Civilians (Syria)" in [v for _, v in actors(text)]


def test_wanted_men_of_a_named_group_are_its_members():
    text = "وأسفرت الحملة عن القبض على 11 مطلوباً من فلول النظام البائد في ريف حمص."
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert any(
        t.startswith("11 مطلوباً") and v == "Military Forces of Syria (2000-2024)" for t, v in found
    )


def test_near_miss_wanted_men_of_no_group_are_detainees():
    text = "وأسفرت الحملة عن القبض على 11 مطلوباً بجرائم سرقة في ريف حمص."
    found = [(s.text, s.value) for s in find_actors(text, published=NEW) if s.kind == "actor"]
    assert ("11 مطلوباً", "Civilians (Syria)") in found


def test_two_persons_of_a_role_after_a_victim_are_victims_too():
    text = "واختطف مسلحون مجهولون طبيباً ومسعفتين من مستشفى البلدة."
    assert any(t.endswith("مسعفتين") and v == "Civilians (Syria)" for t, v in actors(text))


def test_near_miss_two_persons_of_a_role_with_no_harm():
    text = "وافتتح المجلس المحلي مستوصفاً جديداً يعمل فيه طبيب ومسعفتان."
    assert not any(t.endswith("مسعفتان") for t, _ in actors(text))


def test_members_counted_by_the_masculine_singular_pronoun():
    text = "واستهدفت طائرة مسيرة مقراً لتنظيم داعش قرب البلدة، ما أدى إلى مقتل خمسة عناصر منه."
    assert ("خمسة عناصر", "Islamic State (Syria)") in actors(text)


def test_near_miss_a_pronoun_count_of_no_group():
    text = "ووصل وفد إلى البلدة، والتقى خمسة عناصر منه بوجهاء المنطقة."
    assert "خمسة عناصر" not in [t for t, _ in actors(text)]


def test_a_quoted_groups_office_speaking_of_its_fighters():
    text = 'وقال المركز الإعلامي لـ"قسد" إن ثلاثة من مقاتليه قتلوا في الاشتباكات.'
    assert ("ثلاثة من مقاتليه", "QSD: Syrian Democratic Forces") in actors(text)


def test_near_miss_the_feminine_pronoun_after_a_masculine_office():
    text = 'وقال المكتب الإعلامي لـ"جيش الإسلام" إن قوات النظام فقدت ثلاثة من عناصرها.'
    assert ("ثلاثة من عناصرها", "Jaysh al-Islam") not in actors(text)


def test_people_who_return_or_are_trapped_are_no_party():
    text = "وساد هدوء حذر في المنطقة، فيما عاد مئات المدنيين إلى منازلهم في البلدة."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]
    text = "وقال ناشطون إن آلاف المدنيين ما زالوا عالقين داخل الأحياء المحاصرة."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]


def test_near_miss_people_who_return_and_are_shot():
    text = "وأطلق قناص النار على عشرات المدنيين أثناء عودتهم إلى منازلهم، فقتل اثنين منهم."
    assert "Civilians (Syria)" in [v for _, v in actors(text)]


def test_civilians_a_party_says_it_does_not_strike_are_no_party():
    text = "ونفت الوزارة التقارير، مؤكدة أن طائراتها لن تستهدف المدنيين في أي حال."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]


def test_near_miss_civilians_struck_after_a_negation_elsewhere():
    text = "ولم تتوقف الغارات طوال الليل، ما أدى إلى مقتل عشرة مدنيين في البلدة."
    assert "Civilians (Syria)" in [v for _, v in actors(text)]


def test_a_protester_quoted_is_still_a_protester_and_sit_in_nouns():
    text = "واعتصم العشرات أمام مبنى المحافظة، وقال أحد المحتجين إنهم لن يغادروا الساحة."
    assert ("المحتجين", "Protesters (Syria)") in actors(text)
    text = "وأطلق عناصر الحاجز النار على المعتصمين أمام مبنى المحافظة."
    assert "المعتصمين" in [t for t, _ in actors(text)]


def test_near_miss_a_resident_quoted_is_no_party():
    text = "وقال أحد السكان إن القصف توقف بعد منتصف الليل."
    assert "السكان" not in [t for t, _ in actors(text)]


def test_a_count_of_the_attackers_with_no_member_noun():
    text = (
        "وقال نشطاء إن مقاتلين من هيئة تحرير الشام اقتحموا مقراً لحركة أحرار الشام في البلدة، "
        "بعد اشتباكات قتل فيها ثلاثة من عناصر الحركة وخمسة من المهاجمين."
    )
    assert any(t.endswith("من المهاجمين") and v == "Hayat Tahrir al-Sham" for t, v in actors(text))


def test_near_miss_attackers_counted_with_no_attack_named():
    text = "وقال نشطاء إن اشتباكات اندلعت في البلدة قتل فيها خمسة من المهاجمين."
    assert not any(t.endswith("من المهاجمين") for t, _ in actors(text))


def test_a_victim_after_a_verb_of_harm_in_the_dual():
    text = "وقال شهود إن مسلحَين على دراجة نارية اغتالا شاباً أمام منزله في البلدة."
    assert ("شاباً", "Civilians (Syria)") in actors(text)


def test_near_miss_a_person_after_a_verb_of_no_harm():
    text = "وقال شهود إن مسلحَين على دراجة نارية سألا شاباً عن الطريق."
    assert "شاباً" not in [t for t, _ in actors(text)]


def test_more_nouns_of_persons_counted_as_victims():
    for noun in ("صيادين", "قاصرين", "فتيان", "مهندسين", "طالبات", "باعة"):
        text = f"وقصفت الطائرات الحربية البلدة، ما أدى إلى مقتل خمسة {noun} وإصابة آخرين."
        assert (noun, "Civilians (Syria)") in actors(text), noun


def test_near_miss_persons_of_a_new_noun_who_only_flee():
    text = "ونزح خمسون صياداً من القرية نحو المدينة."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]


def test_any_construct_member_noun_with_a_pronoun():
    text = (
        "وهاجم مسلحون مجهولون مقراً لهيئة تحرير الشام في البلدة، "
        "وقالت الهيئة في بيان إن ثلاثة من حراسها قتلوا في الهجوم."
    )
    assert ("ثلاثة من حراسها", "Hayat Tahrir al-Sham") in actors(text)


def test_near_miss_a_member_noun_with_a_pronoun_of_no_group():
    text = "وقال أهالي القرية إن ثلاثة من حراسها قتلوا في الهجوم على البساتين."
    assert "ثلاثة من حراسها" not in [t for t, _ in actors(text)]


def test_a_person_subjected_to_fire_is_a_victim():
    text = "وتعرض شاب لإطلاق نار من قبل مجهولين قرب منزله في البلدة."
    assert ("شاب", "Civilians (Syria)") in actors(text)


def test_near_miss_a_person_with_no_harm_after_another_verb():
    text = "وتحدث شاب من البلدة عن الأوضاع المعيشية الصعبة."
    assert "شاب" not in [t for t, _ in actors(text)]


def test_the_sdfs_gunmen_counted_by_its_media_centre_named_by_its_bare_head():
    text = (
        "واندلعت اشتباكات بين قوات سوريا الديمقراطية ومقاتلي العشائر العربية في ريف دير الزور. "
        'وقال المركز الإعلامي للقوات إن مقاتليها "حيّدوا 18 مسلحاً" خلال عمليات التمشيط.'
    )
    assert ("18 مسلحاً", "Arab Tribal Militia (Syria)") in actors(text)


def test_near_miss_gunmen_counted_with_no_tribe_named():
    text = (
        "وانتشرت قوات سوريا الديمقراطية في ريف دير الزور. "
        'وقال المركز الإعلامي للقوات إن مقاتليها "حيّدوا 18 مسلحاً" خلال عمليات التمشيط.'
    )
    assert "Arab Tribal Militia (Syria)" not in [v for _, v in actors(text)]


def test_persons_in_the_plural_after_a_force_that_harmed_them():
    text = "واختطف مسلحون مجهولون أطفالاً من أمام مدرسة البلدة."
    assert ("أطفالاً", "Civilians (Syria)") in actors(text)


def test_near_miss_persons_in_the_plural_after_a_force_that_helped_them():
    text = "وساعد مسلحون من البلدة أطفالاً على عبور الطريق."
    assert "أطفالاً" not in [t for t, _ in actors(text)]


def test_a_speaker_before_a_reported_harm_is_no_victim():
    text = "وقال ناشط من البلدة إن التنظيم أعدم أمس الأحد رجلين في الساحة."
    assert ("ناشط", "Civilians (Syria)") not in actors(text)


def test_near_miss_a_person_harmed_right_after():
    text = "وقالت مصادر محلية إن ناشطاً أصيب بجروح خطيرة برصاص قناص."
    assert ("ناشطاً", "Civilians (Syria)") in actors(text)


def test_a_cluster_bomblet_exploding_with_no_strike_makes_no_party():
    text = "وأفادت مصادر طبية بمقتل رجل وإصابة ابنه بانفجار قنبلة عنقودية في أطراف الحي."
    assert ("رجل", "Civilians (Syria)") not in actors(text)


def test_near_miss_cluster_bombs_dropped_in_a_strike():
    text = "وقتل ثلاثة مدنيين بقصف جوي بالقنابل العنقودية على البلدة."
    assert "Civilians (Syria)" in [v for _, v in actors(text)]
