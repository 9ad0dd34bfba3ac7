"""Misfires of the actor rules of 2026-12-01 found by a precision review (issue 18): sentences of
ordinary Syrian news on which a rule fired on the wrong word, with a true case the rule keeps.
Each test's first assertion failed before its fix."""

from datetime import date

from reviewer.suggest.engine import suggest

OLD = date(2016, 5, 3)
NEW = date(2025, 4, 22)
SYRIA, RUSSIA = "Military Forces of Syria (2000-2024)", "Military Forces of Russia (2000-)"
ISRAEL, TURKEY = "Military Forces of Israel (1948-)", "Military Forces of Turkey (2016-)"


def actors(text, published=OLD):
    return [(s.text, s.value) for s in suggest(text, published, kinds=["actor"])]


def test_a_state_that_accuses_another_party_is_no_party():
    text = "واتهم النظام السوري الفصائل المسلحة بقصف أحياء مدينة حلب بقذائف الهاون."
    assert not [v for _, v in actors(text) if v == SYRIA]
    text = "وتحمل إسرائيل الحكومة السورية مسؤولية أي هجوم ينطلق من أراضيها."
    assert not [v for _, v in actors(text) if v == ISRAEL]
    text = "واتهمت تركيا النظام بقصف مخيم للنازحين قرب الحدود."
    assert ("النظام", SYRIA) in actors(text)
    assert not [v for _, v in actors(text) if v == TURKEY]


def test_a_negated_accusation_blames_no_state():
    text = "ولم يتهم البيان النظام بتنفيذ الهجوم، مكتفياً بالإشارة إلى أن التحقيقات مستمرة."
    assert actors(text) == []
    text = "واتهم البيان النظام بتنفيذ الهجوم على السوق الشعبي."
    assert ("النظام", SYRIA) in actors(text)


def test_a_state_backed_by_another_standing_behind_it_is_no_party():
    text = "وقالت مصادر محلية إن ميليشيات إيرانية تقف خلف النظام في معارك ريف حلب الجنوبي."
    assert ("النظام", SYRIA) not in actors(text)
    text = 'وقال المتحدث إن "التفجير عمل جبان تقف خلفه روسيا" في المنطقة.'
    assert ("روسيا", RUSSIA) in actors(text)


def test_a_known_network_named_with_its_noun_before_quotes_is_no_new_group():
    text = 'وشارك في المظاهرة أعضاء من تجمع "أحرار حوران" وناشطون من المدينة.'
    assert not [s for s in suggest(text, NEW, kinds=["actor"]) if s.extra.get("new")]
    text = 'وهاجم عناصر من فصيل "أنصار الحق" حاجزاً للأمن العام في ريف درعا.'
    assert [s.text for s in suggest(text, NEW, kinds=["actor"]) if s.extra.get("new")] == [
        "أنصار الحق"
    ]


def test_a_ministry_partnered_by_an_office_does_not_act_by_force():
    text = "وأعلنت وزارة الصحة بالتعاون مع وزارة الدفاع افتتاح مستوصف في مدينة حمص."
    assert actors(text, NEW) == []
    text = "وقالت وزارة الداخلية إنها تعمل بالتعاون مع وزارة الدفاع على إعداد خطة لضبط الحدود."
    assert actors(text, NEW) == []
    text = "ونفذت وحدات من الأمن العام بالتعاون مع وزارة الدفاع حملة دهم في قرى ريف جبلة."
    assert ("وزارة الدفاع", "Military Forces of Syria (2024-)") in actors(text, NEW)


def test_a_negation_with_an_exception_affirms_the_harm():
    text = "وقال الدفاع المدني إن الطيران الحربي لا يستهدف إلا المدنيين والمرافق الحيوية."
    assert ("المدنيين", "Civilians (Syria)") in actors(text)
    text = "وقالت الوزارة في بيان إنها لا تستهدف المدنيين في عملياتها."
    assert ("المدنيين", "Civilians (Syria)") not in actors(text)


def test_the_dead_who_were_trapped_are_victims():
    text = "وانتشلت فرق الدفاع المدني جثث خمسة مدنيين كانوا عالقين تحت الأنقاض بعد الغارة."
    assert ("مدنيين", "Civilians (Syria)") in actors(text)
    text = "وقال ناشطون إن آلاف المدنيين ما زالوا عالقين داخل الأحياء المحاصرة."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]


def test_members_urged_to_defect_are_no_defectors():
    text = "وتسعى روسيا لإقناع نحو 400 عنصر من فصائل التسوية بالانشقاق عن اللواء الثامن."
    assert not [s for s in suggest(text, OLD, kinds=["actor"]) if "بالانشقاق" in s.text]
    text = "وقال المرصد إن نحو 30 عنصراً من أبناء العشائر انشقوا عن قسد خلال الاشتباكات."
    assert "QSD: Syrian Democratic Forces" in [v for _, v in actors(text)]


def test_a_ministry_after_amma_that_acts_is_a_party():
    text = "أما وزارة الدفاع التركية فأرسلت تعزيزات إضافية إلى الحدود بعد القصف."
    assert ("وزارة الدفاع التركية", TURKEY) in actors(text)
    text = "أما وزارة الدفاع الروسية فقد أعلنت أن قاذفاتها دمرت مقرات للمسلحين."
    assert not [v for _, v in actors(text) if v == RUSSIA]


def test_a_part_of_a_local_toll_after_a_nationwide_one_is_a_party():
    text = (
        "وقال المرصد إن 12 شخصاً قتلوا في مناطق سورية متفرقة، وفي ريف إدلب قتل 4 أشخاص "
        "بقصف روسي هم 3 مدنيين وعنصر من الفصائل."
    )
    assert ("مدنيين", "Civilians (Syria)") in actors(text)
    text = "ووثق المرصد مقتل 9 أشخاص في مناطق سورية متفرقة، هم 5 مدنيين و4 عناصر من الفصائل."
    assert "Civilians (Syria)" not in [v for _, v in actors(text)]


def test_a_state_accusing_a_capital_is_no_party():
    text = "وتتهم دمشق أنقرة بدعم الإرهابيين، فيما تتهم أنقرة دمشق بقتل المدنيين."
    assert not [v for _, v in actors(text) if v == TURKEY]
    text = "وتتهم دمشق أنقرة بقصف القرى الحدودية في ريف الحسكة."
    assert ("أنقرة", TURKEY) in actors(text)


def test_the_attackers_are_never_the_force_whose_post_was_attacked():
    text = (
        "وهاجم عناصر من تنظيم داعش حاجزاً لقوات النظام في البادية، ما أدى إلى مقتل ثلاثة "
        "من عناصر الحاجز و5 من المهاجمين."
    )
    assert ("5 من المهاجمين", SYRIA) not in actors(text)
    text = "وصدت قوات النظام هجوماً لفصائل المعارضة على مواقعها، وقالت إن 20 من المهاجمين قتلوا."
    assert ("20 من المهاجمين", "Opposition Rebels (Syria)") in actors(text)


def test_a_gathering_dispersed_by_fire_is_a_protest():
    text = "وأطلقت قوات الأمن الرصاص الحي لتفريق تجمع للأهالي أمام مبنى المحافظة في السويداء."
    assert ("للأهالي", "Protesters (Syria)") in actors(text, NEW)
    text = "وتجمع عشرات الأهالي أمام مبنى المحافظة وأطلقت قوات الأمن الرصاص في الهواء لتفريقهم."
    assert ("الأهالي", "Protesters (Syria)") in actors(text, NEW)
    text = "وأطلق مسلحون مجهولون النار على تجمع للأهالي في بلدة الكرك، ما أدى إلى إصابة ثلاثة منهم."
    assert ("للأهالي", "Civilians (Syria)") in actors(text, NEW)


def test_wanted_men_of_the_arresting_states_own_branch_are_wanted_by_it():
    text = "واعتقلت قوات النظام 7 مطلوبين من الأمن العسكري خلال حملة دهم في بلدة الكرك الشرقي."
    assert not [t for t, v in actors(text) if t.startswith("7 مطلوبين")]
    text = "وألقت دوريات الأمن العام القبض على 18 مطلوباً من فلول النظام البائد في ريف جبلة."
    assert ("18 مطلوباً من فلول النظام البائد", SYRIA) in actors(text, NEW)


def test_a_quoted_slogan_opening_with_a_group_noun_is_no_name():
    text = 'وكتب المتظاهرون على اللافتات عبارة "تجمع الأحرار لن يموت".'
    assert not [s for s in suggest(text, NEW, kinds=["actor"]) if s.extra.get("new")]
    text = 'وقال ناشطون إن ما يسمى "لواء أحرار الجنوب" هاجم حاجزاً في ريف درعا.'
    assert [s.text for s in suggest(text, NEW, kinds=["actor"]) if s.extra.get("new")] == [
        "لواء أحرار الجنوب"
    ]


def test_a_negated_harm_makes_no_singular_victim():
    text = "وأكد الأهالي أن المسلحين لم يختطفوا سائق الحافلة كما أشيع على مواقع التواصل."
    assert actors(text, NEW) == []
    text = "وقال الأهالي إن المسلحين اختطفوا فجر اليوم سائق الحافلة على طريق درعا."
    assert ("سائق", "Civilians (Syria)") in actors(text, NEW)


def test_handing_over_or_peace_makes_no_estimate_of_strength_an_event():
    text = (
        "وقدّر المصدر عدد المقاتلين بنحو 3 آلاف مقاتل من الجيش الوطني، مؤكداً التزامهم بالسلم الأهلي."
    )
    assert not [t for t, _ in actors(text, NEW) if "مقاتل" in t]
    text = (
        "وحاصرت الفصائل ثكنة لقوات النظام في ريف حماة، وسلّم عشرات الجنود أنفسهم للفصائل بعد الحصار."
    )
    assert ("عشرات الجنود", SYRIA) in actors(text)


def test_a_state_blamed_for_a_policy_or_a_failure_is_no_party():
    text = "وحملت المعارضة روسيا مسؤولية فشل المفاوضات في جنيف."
    assert actors(text) == []
    text = "واتهمت الإدارة الذاتية تركيا بتنفيذ سياسة تتريك في عفرين."
    assert actors(text) == []
    text = "وحملت المعارضة روسيا مسؤولية قصف المشافي في ريف إدلب."
    assert ("روسيا", RUSSIA) in actors(text)


def test_a_headline_toll_at_fighters_posts_or_a_protest_is_no_civilians_toll():
    text = (
        "مقتل العشرات بغارات للتحالف على مواقع داعش في البوكمال\n"
        "وقال المرصد إن الغارات استهدفت مقرات."
    )
    assert ("العشرات", "Civilians (Syria)") not in actors(text, date(2017, 6, 1))
    text = "إصابة العشرات برصاص الأمن خلال مظاهرة في السويداء\nوخرج المئات في مظاهرة وسط المدينة."
    assert ("العشرات", "Civilians (Syria)") not in actors(text, NEW)
    text = "مقتل العشرات بقصف جوي على دوما\nوقال الدفاع المدني إن القصف استهدف الأحياء السكنية."
    assert ("العشرات", "Civilians (Syria)") in actors(text)


def test_a_short_word_with_an_adjective_its_group_lacks_names_another_body():
    text = (
        "وقصفت قوات الدفاع الوطني حي الوعر بقذائف الهاون، وقال عناصر الدفاع المدني إنهم "
        "انتشلوا جثث ثلاثة أشخاص."
    )
    assert ("الدفاع", "NDF: National Defence Forces") not in actors(text)
    text = "واشتبك عناصر من حركة أحرار الشام مع قوات النظام، وقال قادة الأحرار إن الهجوم فشل."
    assert ("الأحرار", "Ahrar al-Sham") in actors(text)
