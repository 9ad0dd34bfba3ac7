"""Attribution rules from development set 19 (issue 18, 2026-11-30): ordinary mixed news,
speakers as journalists write them. One test per rule, each an Arabic sentence and what the
rules must return."""

from tests.attributing import who_says


def test_a_short_headline_over_a_source_line_is_no_source():
    """'مجزرة جديدة في الرقة' then 'الرقة تذبح بصمت' on its own line: the first line is the
    headline; the network on the next line is the text's source, and the campaign naming
    itself is its own voice (an outlet), not a local source quoted."""
    text = (
        "مجزرة جديدة لطيران التحالف في الرقة\n\nالرقة - الرقة تذبح بصمت\n\n"
        "قضى 38 مدنياً جراء غارات على حي الرميلة، وفق ما وثقته حملة الرقة تذبح بصمت."
    )
    found = who_says(text, "38 مدنياً")
    assert (found.speaker_kind, found.stance) == ("outlet", "asserts")
    assert found.speaker is not None and "الرقة تذبح بصمت" in found.speaker


def test_a_definite_speaker_head_takes_its_link_and_name():
    """'وقال القيادي في الإدارة حسن عبد الغني': the head with the article still takes في."""
    text = "وقال القيادي في الإدارة حسن عبد الغني إن الفصائل دخلت مدينة السفيرة."
    found = who_says(text, "مدينة السفيرة")
    assert found.speaker is not None and "حسن عبد الغني" in found.speaker
    assert found.speaker_kind == "party"


def test_amma_topic_before_fa_verb_is_the_speaker():
    """'أما المرصد السوري فقال إنه وثق ...': the topic after أما speaks, not the speaker of
    the sentence before."""
    text = (
        "لكن التلفزيون الرسمي تحدث عن إحباط هجوم. أما المرصد السوري لحقوق الإنسان فقال "
        "إنه وثق مقتل ثمانية من مقاتلي المعارضة."
    )
    found = who_says(text, "ثمانية من مقاتلي")
    assert found.speaker is not None and "المرصد" in found.speaker
    assert (found.speaker_kind, found.stance) == ("monitor", "asserts")


def test_a_front_speaks_as_a_party():
    """'أعلنت الجبهة الجنوبية في بيان': a front (جبهة) is an armed formation, a party."""
    text = "وأعلنت الجبهة الجنوبية في بيان أن مقاتليها سيطروا على بلدة مسحرة."
    assert who_says(text, "بلدة مسحرة").speaker_kind == "party"


def test_a_short_future_verb_after_the_speakers_own_subject_intends():
    """'وإنها ستشن "هجوماً معاكساً"': a four-letter future verb after 'وإنها' is its intention."""
    text = 'قالت وزارة الدفاع إن قواتها أعادت تموضعها، وإنها ستشن "هجوماً معاكساً" قريباً.'
    found = who_says(text, "هجوماً معاكساً")
    assert (found.speaker_kind, found.stance) == ("party", "intends")


def test_expect_reports_only_with_a_reported_clause():
    """'وتوقع المرصد أن تتسع ...' names the monitor; 'غارات توقع 13 قتيلاً' (inflicts) reports
    nothing, nor does the next sentence of the outlet's own voice take the monitor."""
    text = (
        "ووثق المرصد مقتل 71 شخصاً. وتوقع المرصد أن تتسع رقعة الاشتباكات إلى ريف الرقة.\n\n"
        "وتشهد المنطقة توتراً منذ اعتقال قائد المجلس."
    )
    found = who_says(text, "تتسع رقعة")
    assert found.speaker is not None and "المرصد" in found.speaker
    assert (found.speaker_kind, found.stance) == ("monitor", "asserts")
    assert who_says(text, "اعتقال قائد").speaker is None
    wire = "غارات روسية على أريحا توقع 13 قتيلاً\n\nقتل 13 مدنياً في غارات على المدينة."
    assert who_says(wire, "13 قتيلاً").speaker is None


def test_social_pages_passing_on_a_report_are_hearsay():
    """'نقلت صفحات موالية على فيسبوك أن ...' passes on rumours, like 'تحدثت صفحات'."""
    text = "ونقلت صفحات موالية للنظام على فيسبوك أن مسلحين أجبروا موظفين على إغلاق الدوائر."
    found = who_says(text, "إغلاق الدوائر")
    assert (found.speaker_kind, found.stance) == ("social", "hearsay")


def test_according_to_what_a_source_confirmed_confirms():
    """'بحسب ما أكده ذوو المعتقلين': the inner verb gives the stance of the according-to cue."""
    text = "اعتقلت دورية ثلاثة شبان على حاجز الري، بحسب ما أكده ذوو المعتقلين للتجمع."
    found = who_says(text, "ثلاثة شبان")
    assert found.speaker is not None and "ذوو المعتقلين" in found.speaker
    assert (found.speaker_kind, found.stance) == ("local", "confirms")


def test_a_verb_speaking_in_a_delivered_speech_has_the_deliverers_subject():
    """'كما ألقى الشيخ حكمت الهجري كلمة ...، أكد فيها أن': the sheikh, not the speaker of
    the sentence before."""
    text = (
        "وقال أحد منظمي الاحتجاج إن المحتجين أغلقوا المقر.\n\nكما ألقى الشيخ حكمت الهجري "
        'كلمة أمام المتظاهرين في دارة قنوات، أكد فيها أن "مطالب الناس محقة".'
    )
    found = who_says(text, "مطالب الناس")
    assert found.speaker == "الشيخ حكمت الهجري"  # the speech ('كلمة') is no part of him
    assert (found.speaker_kind, found.stance) == ("local", "confirms")


def test_a_monitor_on_the_source_line_under_a_headline_speaks_in_its_own_text():
    """'لجان التنسيق: ...' as headline, 'حمص - لجان التنسيق المحلية' on the next line: the
    committees' own text, whose own voice is a monitor's."""
    text = (
        "لجان التنسيق: قصف عنيف على أحياء حمص المحاصرة\n\nحمص - لجان التنسيق المحلية\n\n"
        "قصف الطيران الحربي مدينة الرستن، ما أدى إلى مقتل ستة أشخاص بينهم ثلاث نساء."
    )
    found = who_says(text, "ستة أشخاص")
    assert (found.speaker, found.speaker_kind) == (None, "monitor")


def test_a_tally_announced_after_a_time_word_is_the_verbs_object():
    """'بعدما كان قد أعلن صباحاً حصيلة من 255 قتيلاً': the monitor of the sentence goes on;
    neither 'صباحاً' nor the tally is a speaker ('أشارت عدد من المصادر' still names one)."""
    text = "وأحصى المرصد مقتل 277 شخصاً منذ بدء الهجوم، بعدما كان قد أعلن صباحاً حصيلة من 255 قتيلاً."
    found = who_says(text, "255 قتيلاً")
    assert found.speaker is not None and "المرصد" in found.speaker
    assert found.speaker_kind == "monitor"
    other = "وأشارت عدد من المصادر المحلية أن عدد المفرج عنهم 3000 سجين."
    assert who_says(other, "3000 سجين").speaker_kind == "local"


def test_a_postposed_source_of_a_result_clause_wins_over_the_verb_before():
    """'أفادت سبوتنيك بأن ...، ما أسفر عن مقتل ستة مدنيين، وفق الدفاع المدني': the
    casualties are the civil defence's; 'وفق ما نقلته الوكالة' only carries the earlier source."""
    text = (
        'أفادت وكالة "سبوتنيك" الروسية بأن المقاتلات أغارت على جبل الزاوية، ما أسفر عن مقتل '
        "ستة مدنيين في بلدة البارة، وفق الدفاع المدني السوري."
    )
    found = who_says(text, "ستة مدنيين")
    assert found.speaker is not None and "الدفاع المدني" in found.speaker
    assert found.speaker_kind == "monitor"
    carried = (
        "وقالت مصادر محلية إن قصفاً طال بلدة القصر، ما أسفر عن مقتل شخصين، وفق ما نقلته "
        "الوكالة الوطنية للإعلام."
    )
    assert who_says(carried, "شخصين").speaker_kind == "local"


def test_a_negation_of_another_partys_act_asserts():
    """'قالت محافظة القنيطرة إن قوات "أندوف" ... لم تتدخل' asserts; 'إن عناصره لم يشتبكوا'
    still denies."""
    text = 'قالت محافظة القنيطرة إن قوات "أندوف" التابعة للأمم المتحدة لم تتدخل في التوغل.'
    assert who_says(text, "لم تتدخل").stance == "asserts"
    own = "وقال مصدر في الفصيل إن عناصره لم يشتبكوا مع الدورية."
    assert who_says(own, "لم يشتبكوا").stance == "denies"


def test_a_centres_director_after_the_civil_defence_is_a_monitor():
    """'وأوضح مدير المركز في المدينة' after the civil defence spoke: its centre's director,
    a monitor; 'مدير المركز الطبي' names a centre of its own (a local source)."""
    text = (
        "قال الدفاع المدني السوري إن 12 مدنياً قتلوا في أريحا.\n\nوأوضح مدير المركز في "
        "المدينة أن فرق الإنقاذ انتشلت جثث ثلاث نساء."
    )
    assert who_says(text, "ثلاث نساء").speaker_kind == "monitor"
    medical = (
        "قال الدفاع المدني السوري إن 12 مدنياً قتلوا في أريحا.\n\nوقال مدير المركز الطبي في "
        "البلدة إن المشفى يعمل بإمكانات محدودة."
    )
    assert who_says(medical, "بإمكانات محدودة").speaker_kind == "local"


def test_a_source_attached_without_a_comma_covers_only_its_own_clause():
    """'قتل 11 مدنياً ...، فيما دارت اشتباكات قتل فيها تسعة عناصر وفق مصادر في الفصيل': the
    civilians are the outlet's own report; with a comma ('، بحسب المصادر ذاتها') the
    postposed source covers the whole sentence."""
    text = (
        "وفي الغوطة الشرقية، قتل 11 مدنياً في قصف على مدينة دوما، فيما دارت اشتباكات قتل "
        "فيها تسعة عناصر من جيش الإسلام وفق مصادر في الفصيل."
    )
    assert who_says(text, "11 مدنياً").speaker is None
    comma = "وأفرجت القوات عن الرعاة الثلاثة، بينما لا يزال مصير الشقيقين مجهولاً، بحسب مصادر محلية."
    assert who_says(comma, "الرعاة الثلاثة").speaker_kind == "local"


def test_an_anaphor_resuming_an_according_to_phrase_takes_its_name():
    """'وبحسب مكتب التوثيق في التجمع، فقد وثق المكتب 37 عملية': the office's full name."""
    text = "وبحسب مكتب التوثيق في التجمع، فقد وثق المكتب 37 عملية اغتيال قتل فيها 29 شخصاً."
    found = who_says(text, "29 شخصاً")
    assert found.speaker is not None and found.speaker.startswith("مكتب التوثيق")
    assert found.speaker_kind == "monitor"


def test_a_carriers_own_correspondent_speaks_with_the_carriers_kind():
    """'نقلت قناة الإخبارية السورية عن مراسلها': state TV's own correspondent speaks for the
    party; an agency's own correspondent, or another outlet's, stays an outlet."""
    text = "ونقلت قناة الإخبارية السورية عن مراسلها أن 5 عناصر قتلوا."
    assert who_says(text, "5 عناصر").speaker_kind == "party"
    agency = "ونقلت وكالة الأناضول عن مراسلها أن 5 عناصر قتلوا."
    assert who_says(agency, "5 عناصر").speaker_kind == "outlet"


def test_learning_from_a_source_after_a_quoted_outlet_name():
    """'وعلمت "عنب بلدي" من مصادر محلية أن': the quotes round the outlet's name do not hide
    the source after من."""
    for name in ('"عنب بلدي"', "«عنب بلدي»"):
        text = f"وعلمت {name} من مصادر محلية أن 6 شبان اعتقلوا."
        found = who_says(text, "6 شبان")
        assert found.speaker == "مصادر محلية" and found.speaker_kind == "local"


def test_direct_speech_opening_with_a_short_first_person_future_intends():
    """'«سنرد على أي اعتداء»، قال قائد المجلس العسكري': a threat; 'سنة' opening a quote is
    no future."""
    text = "«سنرد على أي اعتداء»، قال قائد المجلس العسكري في تصريح صحفي."
    assert who_says(text, "سنرد على").stance == "intends"
    year = "وقال المسؤول: «سنة كاملة مرت على الحصار»."
    assert who_says(year, "كاملة مرت").stance == "asserts"


def test_a_likelihood_phrase_is_hearsay():
    """'ومن المرجح أن يرتفع عدد القتلى': a hedge on the claim itself (as 'يُرجح أن')."""
    assert who_says("ومن المرجح أن يرتفع عدد القتلى.", "يرتفع عدد").stance == "hearsay"


def test_go_on_verb_with_its_subject_before_a_colon_reports():
    """'وتابع المرصد: «الطائرات الروسية نفذت 20 غارة»': the monitor goes on speaking."""
    text = (
        "قال المرصد السوري إن 7 مدنيين قتلوا في قصف على أريحا. وتابع المرصد: «الطائرات "
        "الروسية نفذت 20 غارة»."
    )
    found = who_says(text, "20 غارة")
    assert found.speaker is not None and "المرصد" in found.speaker
    assert found.speaker_kind == "monitor"


def test_a_networks_name_on_the_first_line_stays_the_source_over_a_dateline():
    """'السويداء 24' then 'السويداء' on the next line: the network's name is the source line
    (only a headline gives way to the line under it), so 'الشبكة' is the network itself."""
    text = "السويداء 24\nالسويداء\nقال مصدر للشبكة إن 3 شبان خطفوا. ووثقت الشبكة مقتل 4 أشخاص."
    assert who_says(text, "4 أشخاص").speaker_kind == "outlet"


def test_neither_denied_nor_confirmed_reports_nothing():
    """'ولم ينف المصدر أو يؤكد مقتل القيادي': the second verb is negated too; the outlet says
    the killing was neither denied nor confirmed."""
    for text in ("ولم ينف المصدر أو يؤكد مقتل القيادي.", "ولم تنف الوزارة أو تؤكد مقتل القيادي."):
        found = who_says(text, "مقتل القيادي")
        assert (found.speaker, found.stance) == (None, "asserts")


def test_explaining_participles_go_on_with_the_speaker_and_their_own_stance():
    """'موضحاً أن', 'منوهاً إلى أن', 'ومبيناً أن': participles of explaining continue the
    speaker; a threat quoted before them ('«سنلاحق الخلايا»') is no intention of theirs."""
    text = (
        "قال مصدر أمني إن الحملة بدأت. وتابع: «سنلاحق الخلايا»، منوهاً إلى أن 4 عناصر قتلوا، "
        "وموضحاً أن الحملة مستمرة."
    )
    for claim in ("4 عناصر", "الحملة مستمرة"):
        found = who_says(text, claim)
        assert (found.speaker, found.speaker_kind, found.stance) == (
            "مصدر أمني",
            "party",
            "asserts",
        )


def test_a_director_takes_the_link_of_the_body_he_directs():
    """'مدير مكتب التوثيق في تجمع أحرار حوران' is one speaker (a monitor); 'مدير الإعلام في
    محافظة دير الزور' an official of the governorate (a party)."""
    office = "وقال مدير مكتب التوثيق في تجمع أحرار حوران إن 5 مدنيين قتلوا."
    found = who_says(office, "5 مدنيين")
    assert found.speaker == "مدير مكتب التوثيق في تجمع أحرار حوران"
    assert found.speaker_kind == "monitor"
    official = "وقال مدير الإعلام في محافظة دير الزور إن 5 مدنيين قتلوا."
    assert who_says(official, "5 مدنيين").speaker_kind == "party"


def test_a_demand_does_not_reach_past_a_clause_opener():
    """'وطالب الجيش التركي الفصائل بوقف القتال، بينما خرج مئات المدنيين في مظاهرة': the
    demand reports no speech, so the clause after 'بينما' is the outlet's; a tally ('ووثق
    المكتب مقتل 27 ...، فيما أفرجت ...') and reported speech ('قال إن ...، فيما') go on."""
    text = "وطالب الجيش التركي الفصائل بوقف القتال، بينما خرج مئات المدنيين في مظاهرة في أعزاز."
    assert who_says(text, "مئات المدنيين").speaker is None
    said = "وقال المرصد إن 5 عناصر قتلوا، فيما أصيب 7 مدنيين بجروح."
    assert who_says(said, "7 مدنيين").speaker_kind == "monitor"


def test_a_headline_speaker_ends_before_whom_it_told_and_a_label_is_none():
    """'مصادر لـ"السويداء 24": اختطاف ...' is the sources' (local), not the network's;
    'بالفيديو: لحظة انفجار ...' names no speaker."""
    told = 'مصادر لـ"السويداء 24": اختطاف 3 شبان على طريق دمشق\n\nاختطف مسلحون 3 شبان.'
    found = who_says(told, "اختطاف 3")
    assert (found.speaker, found.speaker_kind) == ("مصادر", "local")
    label = "بالفيديو: لحظة انفجار سيارة مفخخة في أعزاز\n\nقتل 9 أشخاص."
    assert who_says(label, "لحظة انفجار").speaker is None


def test_a_definite_verbal_noun_after_a_verb_is_its_object_not_its_speaker():
    """'«ردع العدوان» تعلن السيطرة على مطار حلب': 'السيطرة' starts what is announced, as
    'سيطرة' does; it names no speaker."""
    text = (
        "«ردع العدوان» تعلن السيطرة على مطار حلب وتتقدم نحو حماة\n\nعنب بلدي - حلب\n\n"
        "أعلنت إدارة العمليات العسكرية السيطرة على المطار."
    )
    found = who_says(text, "على مطار حلب")
    assert found.speaker != "السيطرة"
