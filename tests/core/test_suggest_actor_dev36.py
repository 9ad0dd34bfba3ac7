"""Generic parties on development set 36 (issue 18, actor recall on civilians, protesters and
prisoners): owners whose property is taken, counted persons of more roles, persons a force
killed, people who left a place, and a few forms of release, origin and death. Fresh
sentences and near misses, with what the actor suggester must return."""

from datetime import date

from reviewer.suggest.actors import find_actors

OLD = date(2016, 5, 3)
NEW = date(2025, 4, 22)
C, PR, PS = "Civilians (Syria)", "Protesters (Syria)", "Prisoners (Syria)"


def generic(text, published=OLD):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.value in (C, PR, PS, "Rioters (Syria)")]


def test_owners_of_what_a_force_takes_are_civilians():
    # actor convention 11: confiscation, looting, levies, burning or bulldozing their property
    text = "وأفاد شهود بأن المسلحين صادروا هواتف عدد من الحاضرين قبل انسحابهم."
    assert generic(text) == [("الحاضرين", C)]
    text = "واستولى عناصر الفصيل على منازل عائلات هجّرت من القرية، وفق المصادر."
    assert generic(text) == [("عائلات", C)]
    text = "وقال ناشطون إن الفصيل فرض إتاوات على مزارعي الزيتون في الناحية."
    assert generic(text) == [("مزارعي", C)]
    text = "وجرفت الجرافات أراضي زراعية يملكها مزارعون من البلدة."
    assert generic(text, NEW) == [("مزارعون", C)]


def test_burning_the_homes_of_families_is_no_riot_of_theirs():
    text = "وقالت المصادر إن مسلحين مجهولين أحرقوا منازل عائلات متهمة بالتعاون مع قسد."
    assert generic(text, NEW) == [("عائلات", C)]


def test_owners_with_no_taking_or_past_another_claim_stay_out():
    assert generic("ويملك الأهالي أراضي زراعية واسعة غربي البلدة.") == []
    text = "وأحرقت الغارات بسطات الباعة، مضيفاً أن الأهالي يعجزون عن دفن قتلاهم."
    assert ("الأهالي", C) not in generic(text)


def test_more_nouns_of_persons_counted_or_harmed():
    assert generic("واقتحم المسلحون القرية وأعدموا عائلات بأكملها.") == [("عائلات", C)]
    text = "مقتل 14 من الباحثين عن الكمأة بهجوم في البادية"
    assert (C in {v for _, v in generic(text, NEW)}) is True
    text = "وأسفر القصف عن مقتل اثنين من متطوعي الهلال الأحمر."
    assert ("متطوعي", C) in generic(text)
    # uncounted and unharmed they are everyday words
    assert generic("وعادت عائلات إلى بيوتها في القرية بعد انتهاء المعارك.") == []


def test_worshippers_counted_in_a_march_are_protesters():
    text = "وخرج الآلاف من المصلين من الجامع الكبير مرددين هتافات تطالب بإسقاط النظام."
    assert (PR in {v for _, v in generic(text, date(2012, 3, 23))}) is True


def test_persons_a_force_killed_are_its_victims():
    text = "وقال المرصد إن قوات النظام قتلت ما لا يقل عن 40 شخصاً في القرية، بعد اشتباكات مع مسلحين."
    assert ("شخصاً", C) in generic(text, date(2013, 5, 3))
    # fighters counted among them, or no force named as the killer
    text = "وقال المرصد إن قوات النظام قتلت 12 شخصاً بينهم خمسة عناصر من الفصائل."
    assert ("شخصاً", C) not in generic(text, date(2013, 5, 3))
    assert generic("وقتل 20 شخصاً في المواجهات التي اندلعت في البلدة.") == []


def test_people_who_went_out_from_a_place_are_no_protesters():
    text = (
        "واعتقلت الأجهزة الأمنية خلال اليومين الماضيين أكثر من 40 شاباً من النازحين الذين"
        " خرجوا من المخيم."
    )
    assert generic(text, date(2018, 3, 20)) == [("شاباً", C)]
    text = "وخرج العشرات من الشبان في مظاهرة وسط البلدة."
    assert (PR in {v for _, v in generic(text)}) is True


def test_residents_counted_by_a_figure_march_further_on_in_the_clause():
    text = "وأضاف أن العشرات من سكان القرية والقرى المجاورة خرجوا في وقفة احتجاجية قرب الطريق."
    assert generic(text, NEW) == [("سكان", PR)]


def test_detainees_released_by_the_imperfect_verb_are_prisoners():
    # an arrest told before would make detainees the arrested civilians (convention (a))
    text = "- اعتقال ثلاثة شبان على حاجز.\n- قوات النظام تفرج عن 11 معتقلاً من أبناء المدينة."
    assert ("معتقلاً", PS) in generic(text)


def test_a_role_noun_before_his_origin_is_the_one_mention():
    text = "ووثقت الشبكة اختطاف طبيب من أبناء مدينة تلكلخ على يد مجموعة مسلحة."
    assert generic(text, NEW) == [("طبيب", C)]
    # counted itself, the origin is the mention
    assert generic("واعتقلت الدورية سبعة من أبناء بلدة الناصرية.") != []


def test_a_death_for_lack_of_care_makes_no_party():
    text = "وأشارت إلى وفاة رجل مسن وطفلين في المركز بسبب نقص الرعاية الطبية."
    assert generic(text) == []
    assert ("طفلين", C) in generic("وأدى القصف إلى مقتل رجل وطفلين في الحي.")


# Second round (development sets 36-40 and the older ones)


def test_plural_imperfect_verbs_of_harm_before_a_role_noun():
    text = "- مجهولون يختطفون صيدلانياً من أهالي بلدة الكرك الشرقي أثناء عودته من عمله."
    assert generic(text, date(2021, 6, 13)) == [("صيدلانياً", C)]
    assert generic("ويعمل صيدلانياً في المدينة منذ عشر سنوات.") == []


def test_people_fired_towards_or_driven_off_by_fire():
    text = "وأطلقت الدورية النار في اتجاه رعاة أغنام قرب القرية."
    assert generic(text, NEW) == [("رعاة", C)]
    text = "وأطلق الجنود النار في الهواء لإبعاد رعاة أغنام من أطراف القرية."
    assert generic(text, NEW) == [("رعاة", C)]
    assert generic("ويتنقل رعاة أغنام في البادية كل ربيع.") == []


def test_bare_crowds_going_out_by_a_noun_or_with_their_origin():
    text = "🔴 الرقة: خروج المئات في تظاهرة بمدينة الطبقة احتجاجاً على حملة التجنيد"
    assert generic(text, date(2023, 6, 1)) == [("المئات", PR)]
    text = "وفي أعقاب الحادثة، خرج مئات من أبناء القرى المجاورة في مظاهرات ليلية."
    assert generic(text, date(2023, 6, 1)) == [("مئات من أبناء", PR)]
    # an indefinite count names its group in the noun after it
    assert generic("وتجمع آلاف النازحين عند الحاجز بانتظار السماح لهم بالعبور.") == []


def test_persons_counted_going_out_in_a_march():
    text = "وفي مدينة صلخد، خرج نحو ثلاثمئة شخص في مسيرة جابت الشارع الرئيسي."
    assert generic(text, date(2023, 9, 1)) == [("شخص", PR)]
    assert generic("وخرج نحو ثلاثمئة شخص من المدينة باتجاه القرى.") == []


def test_the_dead_and_injured_of_a_protest():
    text = "لجان التنسيق: قتيلان وأكثر من عشرين جريحاً في تظاهرات ريف درعا"
    assert generic(text, date(2011, 5, 1)) == [
        ("قتيلان", PR),
        ("وأكثر من عشرين جريحاً", PR),
    ]
    # civilians named on their way to a protest stay civilians; a toll of clashes stays out
    text = "واستهدفت المسيرة مدنيين كانوا متوجهين إلى السد للاحتجاج، ما أدى إلى سقوط ستة قتلى."
    assert ("ستة قتلى", C) in generic(text, NEW)
    assert generic("وأسفرت الاشتباكات قرب المظاهرة عن سقوط قتيلين.") == []


def test_detainees_in_a_headline_are_the_arrested_of_its_lead():
    text = (
        "قتيلان وعشرات المعتقلين برصاص الأمن في معرة النعمان\n"
        "أطلقت قوات الأمن النار على المتظاهرين واعتقلت العشرات منهم."
    )
    assert ("المعتقلين", C) in generic(text, date(2012, 1, 1))
    # held in a prison, they stay prisoners
    text = "مئات المعتقلين في سجن صيدنايا\nواعتقلت قوات الأمن شاباً في المدينة."
    assert ("المعتقلين", PS) in generic(text, date(2012, 1, 1))


def test_a_death_of_wounds_is_a_victims():
    text = "وارتفعت الحصيلة إلى خمسة بعد وفاة شاب متأثراً بجراحه في المشفى."
    assert generic(text, NEW) == [("شاب", C)]
    assert generic("وأعلنت العائلة وفاة رجل مسن بعد صراع مع المرض.") == []


# Third round


def test_people_an_attack_aims_at_are_no_marchers():
    text = (
        "قُتل ستة مدنيين إثر استهداف طائرة مسيرة تركية قافلة من المدنيين كانت متجهة إلى السد"
        " للمشاركة في اعتصام."
    )
    assert ("المدنيين", C) in generic(text, date(2025, 1, 10))
    # an attack word right before the noun is the people's own act
    text = "وهاجم عشرات الشبان الغاضبين مخيماً للنازحين وأحرقوا عدداً من الخيام احتجاجاً."
    assert ("الشبان", C) not in generic(text, NEW)


def test_drones_in_the_plural_are_no_march():
    text = "فإن الطائرات المسيرة التركية قتلت 27 مدنياً في المنطقة منذ بداية العام."
    assert generic(text, date(2022, 6, 1)) == [("مدنياً", C)]


def test_people_an_attack_is_carried_out_on():
    text = 'جراء هجوم نفذه عناصر من خلايا تنظيم "الدولة الإسلامية" على مجموعة من جامعي الكمأة.'
    assert generic(text, date(2021, 3, 8)) == [("جامعي الكمأة", C)]
    # a speaker's words for what happened are no attack the text reports
    text = 'وقال الشيخ في بيان إن ما جرى "اعتداء سافر على الأهالي"، مطالباً بالتحقيق.'
    assert generic(text, NEW) == []


def test_bloodshed_and_tear_gas_name_their_party():
    text = 'وتعهد بمحاسبة "كل من تورط في سفك دماء المدنيين"، معلناً تشكيل لجنة للتحقيق.'
    assert generic(text, date(2025, 3, 10)) == [("المدنيين", C)]
    text = "وأطلقت قوات الأمن الغاز المسيل للدموع على المشيعين قرب المقبرة."
    assert (generic(text, date(2012, 2, 1)) or [("", "")])[0][0] == "المشيعين"
    # the civilians merely named stay out
    assert generic("وتعهد بحماية المدنيين في المدينة.", NEW) == []
