"""Generic actors (civilians, prisoners) only where the text makes them a party.

Protesters are always a party: the noun names the role.
"""

from reviewer.suggest.actors import find_actors


def actors(text):
    return [(s.text, s.value, s.extra.get("inter")) for s in find_actors(text) if s.kind == "actor"]


def test_civilians_killed_or_counted_are_a_party():
    assert actors("مقتل خمسة مدنيين بقصف") == [("مدنيين", "Civilians (Syria)", "Civilians")]
    assert actors("استهدف القصف المدنيين في السوق") == [
        ("المدنيين", "Civilians (Syria)", "Civilians")
    ]


def test_civilians_merely_mentioned_are_not():
    assert actors("انسحب الجيش حفاظاً على أرواح المدنيين") == []
    assert actors("وطالبت المنظمة بحماية المدنيين.") == []
    assert actors("قال مصدر مدني من أهالي المدينة إن الوضع هادئ") == []


def test_residents_in_a_protest_are_protesters():
    assert actors("خرج الأهالي في مظاهرة أمام مبنى المحافظة") == [
        ("الأهالي", "Protesters (Syria)", "Protesters")
    ]


def test_prisoners_released_are_a_party():
    assert actors("وأفرجت السلطات عن المعتقلين") == [
        ("المعتقلين", "Prisoners (Syria)", "Civilians")
    ]


def test_prisoners_whose_release_is_only_demanded_are_not():
    """A protest demanding their release reports no event of theirs (ACLED codes the protest)."""
    assert actors("وطالبوا بالإفراج عن المعتقلين") == []
    assert actors("تظاهروا مطالبين برحيل النظام وإطلاق سراح المعتقلين") == []


def test_a_demand_verb_right_before_the_noun_is_its_own():
    assert actors("وطالب الأهالي بفتح الطريق") == [("الأهالي", "Civilians (Syria)", "Civilians")]


def test_protesters_are_always_a_party():
    assert actors("انتشر مسلحون لحماية المتظاهرين") == [
        ("المتظاهرين", "Protesters (Syria)", "Protesters")
    ]


def test_tortured_detainees_are_a_party():
    assert actors("اتهموا الجهاز بتعذيب موقوفين حتى الموت") == [
        ("موقوفين", "Prisoners (Syria)", "Civilians")
    ]


def test_an_operation_name_is_not_its_operations_room():
    assert actors('في إطار عملية "ردع العدوان"') == []
    assert [a[1] for a in actors('وقالت غرفة عمليات "ردع العدوان" في بيان')] == [
        "Military Operations Command (Syria)"
    ]


def test_state_forces_after_the_fall_are_the_new_states():
    from datetime import date

    def named(text, published):
        return [s.value for s in find_actors(text, published=published) if s.kind == "actor"]

    assert named("دفعت وزارة الدفاع السورية بتعزيزات", date(2025, 3, 1)) == [
        "Military Forces of Syria (2024-)"
    ]
    assert named("دفعت وزارة الدفاع السورية بتعزيزات", date(2024, 12, 1)) == [
        "Military Forces of Syria (2000-2024)"
    ]
    assert named("دفعت وزارة الدفاع السورية بتعزيزات", None) == [
        "Military Forces of Syria (2000-2024)"
    ]
    assert named("هاجمت فلول النظام حاجزاً", date(2025, 3, 1)) == [
        "Military Forces of Syria (2000-2024)"
    ]


def test_a_plural_head_also_names_the_force_in_the_singular():
    assert [a[1] for a in actors("توغلت قوة إسرائيلية في القرية")] == [
        "Military Forces of Israel (1948-)"
    ]
    assert [a[1] for a in actors("استهدفت مسيرة تركية سيارة")] == [
        "Military Forces of Turkey (2016-)"
    ]


def test_a_figure_before_min_or_right_after_counts_the_group():
    assert actors("وصل إلى المدينة ثلاثة من أبناء بلدة القريا صباحاً") == [
        ("أبناء بلدة", "Civilians (Syria)", "Civilians"),
    ]
    # convention (e): after a counted noun of persons 'أبناء X' is no second mention
    assert actors("وصل إلى المدينة شابان من أبناء بلدة القريا صباحاً") == [
        ("شابان", "Civilians (Syria)", "Civilians"),
    ]
    assert actors("وقالت مصادر إن من بين المعتقلين أربعة عسكريين سابقين") == [
        ("المعتقلين", "Prisoners (Syria)", "Civilians")
    ]
    assert actors("وقالت مصادر إن المعتقلين في السجن منذ سنوات") == []


def test_counted_nouns_of_persons_are_civilians():
    """Children, women, young men, shepherds counted by a figure (plural, dual or the singular
    after 11-99) are a party: ACLED codes the event against Civilians (Syria)."""
    assert actors("قتل مدنيان") == [("مدنيان", "Civilians (Syria)", "Civilians")]
    assert actors("قتل خمسة أطفال وامرأتان") == [
        ("أطفال", "Civilians (Syria)", "Civilians"),
        ("امرأتان", "Civilians (Syria)", "Civilians"),
    ]
    assert actors("أصيب عشرة مواطنين") == [("مواطنين", "Civilians (Syria)", "Civilians")]
    assert actors("اعتقلت قوات النظام عشرين شاباً")[-1] == (
        "شاباً",
        "Civilians (Syria)",
        "Civilians",
    )
    assert actors("واعتقلت أربعة رعاة من أبناء القرية")[0] == (
        "رعاة",
        "Civilians (Syria)",
        "Civilians",
    )
    assert actors("وأفرجت السلطات عن 30 معتقلاً") == [("معتقلاً", "Prisoners (Syria)", "Civilians")]


def test_uncounted_nouns_of_persons_and_sub_counts_are_not():
    assert actors("معظم سكان المخيم من النساء والأطفال") == []
    assert actors("مقتل 14 مدنياً، بينهم خمسة أطفال وامرأتان") == [
        ("مدنياً", "Civilians (Syria)", "Civilians")
    ]
    assert actors("وبين الضحايا ثلاثة طلاب جامعيين") == []


def test_a_counted_noun_heading_a_force_is_the_force():
    assert actors("أصيب عشرات من رجال الأمن") == [
        ("رجال الأمن", "Police Forces of Syria (2000-2024)", "State forces")
    ]


def test_counted_young_men_protesting_or_rioting():
    assert actors("ما دفع عشرات الشبان إلى قطع الطرقات بالإطارات المشتعلة احتجاجاً") == [
        ("الشبان", "Protesters (Syria)", "Protesters")
    ]
    assert actors("هاجم عشرات الشبان الغاضبين مخيماً وأحرقوا الخيم") == [
        ("الشبان", "Rioters (Syria)", "Rioters")
    ]


def test_people_who_fled_are_no_party():
    """ACLED codes no displacement event: a count of people who fled is no actor."""
    assert actors("نزح آلاف الأهالي نحو المخيمات") == []
    assert actors("فيما لجأ مئات المدنيين إلى مدينة أعزاز") == []
    assert actors("ما أدى إلى دمار في منازل المدنيين ونزوح عائلات") == [
        ("المدنيين", "Civilians (Syria)", "Civilians")
    ]


def test_sons_of_the_arab_tribes_protesting_or_fighting():
    assert actors("وتظاهر أبناء العشائر العربية في دير الزور") == [
        ("أبناء العشائر العربية", "Protesters (Syria)", "Protesters")
    ]
    assert actors("اشتباكات بين مقاتلين من أبناء العشائر العربية وقسد")[0] == (
        "مقاتلين من أبناء العشائر العربية",
        "Arab Tribal Militia (Syria)",
        "Identity militia",
    )


def test_prisoners_who_escape_are_a_party():
    """Flight makes no party of residents, but a prison break is the prisoners' event."""
    assert actors("وتمكن عدد من السجناء من الفرار نحو الأحياء المجاورة") == [
        ("السجناء", "Prisoners (Syria)", "Civilians")
    ]


def test_a_vague_quantifier_counts_persons_too():
    assert actors("اقتحم مسلحون القرية واعتقلوا عدداً من الشبان")[-1] == (
        "الشبان",
        "Civilians (Syria)",
        "Civilians",
    )
    assert actors("اعتصم العشرات من الموظفين المفصولين أمام المبنى") == [
        ("الموظفين", "Protesters (Syria)", "Protesters")
    ]
    assert actors("خرج العشرات من أبناء الطائفة العلوية في مظاهرة") == [
        ("أبناء الطائفة العلوية", "Protesters (Syria)", "Protesters")
    ]


def test_people_protesting_uncounted_and_relatives_of_detainees():
    assert actors("تظاهرت نساء في مخيم الهول") == [("نساء", "Protesters (Syria)", "Protesters")]
    assert actors("احتج سكان الحي على انقطاع الكهرباء") == [
        ("سكان", "Protesters (Syria)", "Protesters")
    ]
    assert actors("اعتصم ذوو المعتقلين أمام المحكمة") == [
        ("ذوو المعتقلين", "Protesters (Syria)", "Protesters")
    ]
    assert actors("كانوا يعدون لهجوم على تجمع للمواطنين") == []


def test_mourners_shot_at_are_civilians():
    assert actors("أطلقت قوات الأمن النار على المشيعين")[-1] == (
        "المشيعين",
        "Civilians (Syria)",
        "Civilians",
    )


def test_residents_who_went_out_to_protest_past_commas():
    text = "خرج الآلاف من أهالي بلدات ريف درعا الشرقي، اليوم الجمعة، في مظاهرات حاشدة"
    assert actors(text) == [("أهالي", "Protesters (Syria)", "Protesters")]
    assert actors("وخرج المئات من أهالي المدينة في موكب تشييع الضحايا") == [
        ("أهالي", "Protesters (Syria)", "Protesters")
    ]
    assert actors("خرج الأهالي من منازلهم بعد القصف. وفي مظاهرة أخرى") == [
        ("الأهالي", "Civilians (Syria)", "Civilians")
    ]


def test_persons_counted_in_an_arrest_or_injury_are_civilians():
    """Actor convention (d): 'أشخاص'، 'شخصاً' are a party where an arrest, abduction,
    execution or injury counts them; a tally of the killed mixes fighters and civilians."""
    civ = ("Civilians (Syria)", "Civilians")
    assert actors("وشنت دوريات حملة اعتقلت خلالها 12 شخصاً في الحي") == [("شخصاً", *civ)]
    assert actors("ألقت قوات الأمن القبض على خمسة أشخاص")[-1] == ("أشخاص", *civ)
    assert actors("أكثر من عشرين شخصاً أصيبوا بجروح") == [("شخصاً", *civ)]
    assert actors("أعدموا ما لا يقل عن 17 شخصاً في أحياء المدينة") == [("شخصاً", *civ)]
    assert actors("وثق المرصد مقتل 142 شخصاً منذ بدء الأحداث") == []
    assert actors("ما أسفر عن مقتل تسعة أشخاص بينهم ثلاثة أطفال") == [("أشخاص", *civ)]
    assert actors("قُتل ثلاثة أشخاص من عائلة واحدة") == [("أشخاص", *civ)]
    assert actors("مقتل 142 شخصاً، بينهم 71 عنصراً وثلاثة أطفال") == []
    assert actors("اشتباكات أسفرت عن مقتل عنصر وإصابة تسعة أشخاص") == []
    assert actors("قُتل تسعة مدنيين، بينهم ثلاثة أشخاص اعتقلوا") == [("مدنيين", *civ)]


def test_detainees_of_a_reported_arrest_are_civilians():
    """Actor convention (a): people the text reports arrested are Civilians; detainees
    held in a prison or camp stay Prisoners."""
    text = "داهمت قوات الأمن الحي واعتقلت 35 شاباً. وقالت مصادر إن من بين المعتقلين أربعة عسكريين"
    assert actors(text)[-1] == ("المعتقلين", "Civilians (Syria)", "Civilians")
    text = (
        "اعتقلت الأجهزة الأمنية عشرات الشبان، فيما لا يزال مصير مئات الموقوفين في سجن تدمر مجهولاً"
    )
    assert actors(text)[-1] == ("الموقوفين", "Prisoners (Syria)", "Civilians")
    assert actors("وأفرجت السلطات عن المعتقلين") == [
        ("المعتقلين", "Prisoners (Syria)", "Civilians")
    ]


def test_sons_of_a_place_after_counted_persons_say_where_they_come_from():
    """Actor convention (e): in 'شابين من أبناء مدينة X' the counted noun is the mention."""
    civ = ("Civilians (Syria)", "Civilians")
    assert actors("خطف مسلحون مجهولون شابين من أبناء مدينة بصرى الشام")[1:] == [("شابين", *civ)]
    assert actors("اعتقلت الدورية ثلاثة رعاة من أبناء القرية") == [("رعاة", *civ)]
    assert actors("اعتُقل سبعة من أبناء بلدة الناصرية على حاجز") == [("أبناء بلدة", *civ)]
    assert actors("واعتقلت ثلاثة شبان من أهالي القرية قبل أن تنسحب") == [("شبان", *civ)]


def test_martyrs_suspects_and_traders_counted_are_civilians():
    """'52 شهيداً'، 'شهيدان'، '14 مشتبهاً به'، 'تاجرين': counted, they are the civilians of the
    event (as sets 4-6 and 10 label them); a force's martyrs are named with it."""
    civ = ("Civilians (Syria)", "Civilians")
    assert actors("ارتفعت حصيلة الضحايا إلى 52 شهيداً") == [("شهيداً", *civ)]
    assert actors("شهيدان وجرحى بقصف على المدينة") == [("شهيدان", *civ)]
    assert actors("اعتقلت خلالها 14 مشتبهاً به") == [("مشتبهاً", *civ)]
    assert actors("أقدمت عصابة على اختطاف تاجرين من أبناء المدينة") == [("تاجرين", *civ)]
    assert actors("سقوط شهيدين من عناصر قوات النظام")[-1][1] != "Civilians (Syria)"


def test_detainees_counted_after_hundreds_are_prisoners():
    """'3000 سجين'، 'ألفي معتقل': the genitive singular after hundreds and thousands."""
    pri = ("Prisoners (Syria)", "Civilians")
    assert actors("وأطلقت الفصائل سراح نحو 3500 سجين من سجن حمص") == [("سجين", *pri)]
    assert actors("حيث أفرجوا عن قرابة ألفي معتقل، بينهم نساء") == [("معتقل", *pri)]
    assert actors("قال إن كل سجين يعامل وفق القانون") == []


def test_civilians_inside_a_toll_of_no_single_party_are_a_mention():
    """Actor convention (b): 'مقتل 64 شخصاً ...، بينهم 21 مدنياً' names the civilians; a
    sub-count of civilians already named ('23 مدنياً، بينهم سبعة أطفال') still does not."""
    civ = ("Civilians (Syria)", "Civilians")
    assert actors("وثق المرصد مقتل 64 شخصاً منذ بدء المواجهات، بينهم 21 مدنياً") == [("مدنياً", *civ)]
    assert actors("وقالت الشبكة إن بين القتلى نحو تسعين مدنياً") == [("مدنياً", *civ)]
    assert actors("مقتل 23 مدنياً، بينهم سبعة أطفال") == [("مدنياً", *civ)]


def test_people_who_died_of_hunger_or_cold_are_no_party():
    """Actor convention (c): no force acted on them; died of wounds they still are a party."""
    assert actors("توفي طفلان وامرأة مسنة بسبب سوء التغذية") == []
    assert actors("إن ثمانية أطفال على الأقل توفوا خلال الشهر الماضي بسبب البرد") == []
    assert actors("توفي طفلان متأثرين بجراحهما") == [("طفلان", "Civilians (Syria)", "Civilians")]


def test_people_named_by_their_trade_are_a_party_when_counted_or_protesting():
    """Development set 12: teachers, medics, volunteers, lawyers and engineers are nouns of
    persons like farmers and workers: a party when counted (duals too) or protesting."""
    assert actors("قتل معلمان بقصف مدفعي") == [("معلمان", "Civilians (Syria)", "Civilians")]
    assert actors("أصيب ثلاثة متطوعين في الدفاع المدني") == [
        ("متطوعين", "Civilians (Syria)", "Civilians")
    ]
    assert actors("وشارك في الوقفة معلمون ومحامون رفعوا لافتات") == [
        ("معلمون", "Protesters (Syria)", "Protesters"),
        ("محامون", "Protesters (Syria)", "Protesters"),
    ]
    assert actors("ارتفعت رواتب معلمون في المدارس") == []


def test_a_group_of_people_is_counted_vaguely():
    """'مجموعة من المزارعين' counts them as 'عدد من' does."""
    assert actors("أطلقت دبابة النار على مجموعة من المزارعين") == [
        ("المزارعين", "Civilians (Syria)", "Civilians")
    ]
    assert actors("ارتفعت أسعار البذور على المزارعين") == []


def test_one_victim_named_by_a_role_after_a_word_of_harm_or_joined_to_victims():
    """Set 12: 'خطف طبيب', 'مقتل ممرض ومسعف', 'مسعفين اثنين وممرضة' are Civilians; the
    everyday noun ('طبيب الحي'), the definite one and a sub-count's role noun are not."""
    assert actors("متورطون في خطف طبيب في المدينة") == [("طبيب", "Civilians (Syria)", "Civilians")]
    assert [a[0] for a in actors("أدى القصف إلى مقتل ممرض ومسعف متطوع")] == ["ممرض", "ومسعف"]
    assert [a[0] for a in actors("ما أدى إلى مقتل مسعفين اثنين وممرضة")] == [
        "مسعفين",
        "وممرضة",
    ]
    assert actors("زار طبيب الحي المريض") == []
    assert actors("قضى 14 مدنياً، بينهم أربعة أطفال ومعلمة") == [
        ("مدنياً", "Civilians (Syria)", "Civilians")
    ]


def test_origin_after_a_counted_noun_and_its_number():
    """'إعلاميين اثنين من أبناء مدينة الطبقة': the number after the noun does not make
    'أبناء مدينة' a mention of its own (set 12)."""
    assert actors("اعتقل التنظيم إعلاميين اثنين من أبناء مدينة الطبقة") == [
        ("إعلاميين", "Civilians (Syria)", "Civilians")
    ]


def test_persons_who_perished_named_civilians_after_them():
    """'قضى 14 شخصاً بينهم أربعة أطفال': قضى is a word of killing like مقتل (set 12)."""
    assert actors("قضى 14 شخصاً، بينهم أربعة أطفال، بالقصف") == [
        ("شخصاً", "Civilians (Syria)", "Civilians")
    ]


def test_residents_punished_or_wronged_are_a_party():
    """Collective punishment and wrongs done 'against' (بحق) people make them the harmed
    party: residents named by their town (أهالي X) are civilians there."""
    assert actors("اتهم ناشطون الفرقة الرابعة بالتنكيل بأهالي بلدة الحراك بعد الهجوم.")[-1] == (
        "أهالي",
        "Civilians (Syria)",
        "Civilians",
    )
    assert actors("اتهمت الشبكة الميليشيا بمعاقبة أهالي القرية جماعياً.") == [
        ("أهالي", "Civilians (Syria)", "Civilians")
    ]
    # near miss: a punishment demanded for others in another clause wrongs no residents
    assert (
        actors("دعا الوجهاء إلى معاقبة المتورطين في سرقة المحاصيل، واجتمع أهالي بلدة الحراك.") == []
    )
