"""Attribution of a party's statement quoted in a report (issue 18, night round): a
first-person verb inside the quotation ('وأضاف البيان: "ننفي ..."') speaks for whoever opened
the quotation, and 'ننفي ما يشاع عن' denies a rumour rather than passing it on. Each sentence is
new text, not taken from a development set."""

from tests.attributing import who_says


def test_a_first_person_verb_in_a_quotation_speaks_for_its_opener():
    text = (
        "وقالت الفرقة الساحلية في بيان إنها صدت هجوماً على مواقعها. "
        'وتابع البيان: "ننفي بشكل قاطع قصف قواتنا لقرية البيضا، '
        'ونحذر من أننا سنلاحق المتورطين".'
    )
    found = who_says(text, "قصف قواتنا لقرية البيضا")
    assert (found.speaker, found.speaker_kind, found.stance) == ("البيان", "party", "denies")
    warned = who_says(text, "سنلاحق المتورطين")
    assert (warned.speaker, warned.stance) == ("البيان", "intends")


def test_a_first_person_verb_outside_any_quotation_is_the_texts_own_voice():
    # near-miss: a party's statement in its own text, no quotation opened by anyone
    text = "ننفي بشكل قاطع قصف قواتنا لقرية البيضا."
    found = who_says(text, "قصف قواتنا لقرية البيضا")
    assert (found.speaker, found.speaker_kind, found.stance) == (None, "party", "denies")


def test_denying_what_is_rumoured_denies():
    text = 'وقال المتحدث باسم الفصيل: "ننفي ما يتردد عن قيام عناصرنا بمداهمة منازل في القرية".'
    found = who_says(text, "بمداهمة منازل")
    assert (found.speaker_kind, found.stance) == ("party", "denies")
    assert "المتحدث" in (found.speaker or "")


def test_a_rumour_not_denied_stays_hearsay():
    # near-miss: 'ما يتردد' with no denial before it passes the rumour on
    text = "وتحدث ناشطون عن حملة دهم في القرية، وبحسب ما يتردد فإن عناصر الفصيل داهموا منازل فيها."
    found = who_says(text, "داهموا منازل")
    assert found.stance == "hearsay", found


def test_the_general_commission_of_the_revolution_is_a_monitor():
    # decided on the night of 2026-11-30 with the LCC's reasoning (suggest_labels/README.md)
    text = "وأحصت الهيئة العامة للثورة السورية مقتل 14 شخصاً برصاص الأمن في حي الخالدية."
    found = who_says(text, "14 شخصاً")
    assert (found.speaker_kind, found.stance) == ("monitor", "asserts"), found
    # near-miss: another general commission is an official body, a party
    text = "وقالت الهيئة العامة للمنافذ البرية إن 30 عنصراً انتشروا عند المعبر."
    assert who_says(text, "30 عنصراً").speaker_kind == "party"


def test_a_monitors_name_alone_under_the_headline_makes_the_bulletin_its_own():
    text = (
        "حلب: قصف بالبراميل على الأحياء الشرقية\n\n"
        "الشبكة السورية لحقوق الإنسان في حلب\n\n"
        "الكلاسة: قصف ببرميلين متفجرين يقتل سبعة مدنيين بينهم طفلان."
    )
    found = who_says(text, "سبعة مدنيين")
    assert (found.speaker, found.speaker_kind) == (None, "monitor"), found


def test_a_lede_that_names_a_monitor_with_its_verb_is_no_byline():
    # near-miss: the short line under the headline is a sentence (a verb), not a source's name
    text = (
        "حلب: قصف بالبراميل على الأحياء الشرقية\n\n"
        "المرصد السوري يحذر من كارثة\n\n"
        "وقتل سبعة مدنيين بينهم طفلان في قصف على حي الكلاسة."
    )
    found = who_says(text, "سبعة مدنيين")
    assert (found.speaker, found.speaker_kind) == (None, "outlet"), found


def test_a_topic_after_amma_speaks_past_a_short_aside():
    text = (
        "وقتل ستة مدنيين في قصف على دوما. أما الشبكة السورية لحقوق الإنسان، ومقرها الدوحة، "
        "فأشارت إلى أن 9 مدنيين قتلوا في القصف."
    )
    found = who_says(text, "9 مدنيين")
    assert (found.speaker, found.speaker_kind) == ("الشبكة السورية لحقوق الإنسان", "monitor")


def test_a_place_after_amma_is_no_speaker_when_the_verb_names_one():
    # near-miss: 'أما في دوما، وهي ...، فقال ناشطون': the verb's own subject speaks
    text = "أما في دوما، وهي أكبر مدن الغوطة، فقال ناشطون إن 12 مدنياً قتلوا في القصف."
    found = who_says(text, "12 مدنياً")
    assert (found.speaker, found.speaker_kind) == ("ناشطون", "local"), found


def test_a_partys_media_office_under_the_headline_makes_the_text_its_statement():
    text = (
        "تفكيك خلية لتنظيم داعش في ريف الحسكة الجنوبي بعد عملية رصد\n\n"
        "القامشلي - المركز الإعلامي لقوات سوريا الديمقراطية\n\n"
        "فككت وحدات مكافحة الإرهاب خلية تابعة لداعش في بلدة الشدادي واعتقلت خمسة من أفرادها."
    )
    found = who_says(text, "خمسة من أفرادها")
    assert (found.speaker, found.speaker_kind) == (None, "party"), found


def test_a_short_lede_naming_a_media_office_with_its_verb_is_no_byline():
    # near-miss: the short line is a sentence about the office, the text an outlet's own
    text = (
        "تفكيك خلية لتنظيم داعش في ريف الحسكة الجنوبي بعد عملية رصد\n\n"
        "المركز الإعلامي لقسد يعلن\n\n"
        "واعتقلت القوات خمسة من أفراد الخلية في بلدة الشدادي."
    )
    found = who_says(text, "خمسة من أفراد")
    assert (found.speaker, found.speaker_kind) == (None, "outlet"), found


def test_a_verb_after_haythu_goes_on_with_the_subject_of_the_clause_before():
    text = (
        "وكانت قيادة الشرطة قد شنت حملة دهم في حي الوعر بحمص، حيث أعلنت توقيف 30 شخصاً "
        "بتهمة حيازة السلاح."
    )
    found = who_says(text, "30 شخصاً")
    assert (found.speaker, found.speaker_kind) == ("قيادة الشرطة", "party"), found


def test_a_verb_after_haythu_with_its_own_subject_keeps_it():
    # near-miss: 'حيث قال ناشطون': the subject after the verb speaks
    text = "وكانت قوات الأمن قد شنت حملة دهم في حي الوعر، حيث قال ناشطون إن 30 شخصاً اعتقلوا."
    found = who_says(text, "30 شخصاً")
    assert (found.speaker, found.speaker_kind) == ("ناشطون", "local"), found


def test_a_postposed_source_after_a_result_clause_gives_the_toll_not_the_event():
    text = (
        "درعا - انفجار لغم أرضي بسيارة زراعية على طريق نوى مساء أمس، ما أدى إلى مقتل "
        "ثلاثة مزارعين، بحسب مصادر محلية."
    )
    event = who_says(text, "انفجار لغم أرضي")
    assert (event.speaker, event.speaker_kind) == (None, "outlet"), event
    toll = who_says(text, "ثلاثة مزارعين")
    assert (toll.speaker, toll.speaker_kind) == ("مصادر محلية", "local"), toll


def test_a_count_before_the_result_clause_stays_the_sources():
    # near-miss: a toll before 'ما أدى إلى' is still what the postposed source gives
    text = "قتل خمسة مدنيين بقصف مدفعي على بلدة كفرنبل، ما أدى إلى نزوح عائلات، بحسب مصادر محلية."
    found = who_says(text, "خمسة مدنيين")
    assert (found.speaker, found.speaker_kind) == ("مصادر محلية", "local"), found


def test_an_indefinite_accusative_after_a_verb_is_its_object_not_its_speaker():
    text = (
        "وقالت حركة أحرار الشام إن مقاتليها صدوا الهجوم، ونشرت تسجيلاً مصوراً قالت إنه "
        "يظهر أسر أربعة عناصر من قوات النظام."
    )
    found = who_says(text, "أربعة عناصر")
    assert (found.speaker, found.speaker_kind) == ("حركة أحرار الشام", "party"), found


def test_a_nominative_subject_after_the_verb_still_speaks():
    # near-miss: 'ونشر ناشطون مقطعاً': the subject comes first, the accusative after it
    text = "ونشر ناشطون مقطعاً مصوراً قالوا إنه يظهر اعتقال أربعة شبان عند الحاجز."
    found = who_says(text, "أربعة شبان")
    assert (found.speaker, found.speaker_kind) == ("ناشطون", "local"), found


def test_notables_vowing_not_to_lay_down_arms_speak_for_armed_men():
    text = (
        "وقال وجهاء عشيرة البوشعبان في بيان إن أبناء العشيرة تصدوا للمهاجمين وقتلوا خمسة منهم، "
        'مضيفين: "لن نسلم سلاحنا قبل خروج الميليشيا من قرانا".'
    )
    found = who_says(text, "خمسة منهم")
    assert found.speaker_kind == "party", found


def test_notables_asking_for_arms_to_be_handed_over_stay_local():
    # near-miss: arms named without a vow to keep them
    text = (
        "وقال وجهاء عشيرة البوشعبان في بيان إن خمسة من أبناء العشيرة قتلوا، "
        "داعين إلى تسليم السلاح للدولة."
    )
    found = who_says(text, "خمسة من أبناء")
    assert found.speaker_kind == "local", found


def test_min_anna_after_a_warning_verb_opens_what_is_warned_of_not_a_speaker():
    text = (
        "وقال المجلس العسكري في منبج إن قواته صدت الهجوم، وحذّر من أن الفصائل ستشن "
        "هجمات جديدة على القرى."
    )
    found = who_says(text, "هجمات جديدة")
    assert (found.speaker, found.speaker_kind) == ("المجلس العسكري في منبج", "party"), found


def test_a_warning_verb_with_its_subject_before_min_anna_keeps_it():
    # near-miss: 'وحذر مسؤولون محليون من أن': the subject stands between the verb and من
    text = "وحذر مسؤولون محليون من أن الفصائل ستشن هجمات جديدة على القرى."
    found = who_says(text, "هجمات جديدة")
    assert found.speaker == "مسؤولون محليون", found


def test_a_quoted_report_verb_after_anna_is_what_the_speaker_says():
    text = (
        'وأكدت منظمة الصحة العالمية في بيان أنها "وثقت استهداف ثلاثة مرافق صحية" '
        "في ريف إدلب خلال أسبوع."
    )
    found = who_says(text, "استهداف ثلاثة مرافق")
    assert (found.speaker, found.speaker_kind, found.stance) == (
        "منظمة الصحة العالمية",
        "monitor",
        "confirms",
    ), found


def test_a_quoted_phrase_opening_a_new_clause_is_no_inner_report():
    # near-miss: the quote opens after a comma and a new subject, not right after 'أنها'
    text = 'وأكدت منظمة الصحة العالمية أنها أرسلت فريقاً، وقال ناشطون إن القصف "دمر ثلاثة مرافق".'
    found = who_says(text, "دمر ثلاثة مرافق")
    assert found.speaker == "ناشطون", found


def test_a_speaker_saying_he_could_not_confirm_passes_the_claim_on_as_hearsay():
    text = "وقال ناشط من المدينة لعنب بلدي إن التنظيم أعدم سبعة أسرى، لكنه لم يتأكد من ذلك بعد."
    found = who_says(text, "سبعة أسرى")
    assert (found.speaker_kind, found.stance) == ("local", "hearsay"), found


def test_an_unconfirmed_report_of_another_speaker_leaves_the_claim_before_it():
    # near-miss: 'لم نتأكد' belongs to the other speaker's report after the claim
    text = "وقال ناشطون إن ستة مدنيين قتلوا في القصف، بينما تحدثت مصادر عن قصف آخر لم نتأكد منه."
    found = who_says(text, "ستة مدنيين")
    assert found.stance == "asserts", found


def test_announcing_a_general_mobilisation_is_an_intention():
    text = "وأعلنت عشائر البكارة في بيان الاستنفار العام لمواجهة الميليشيات في ريف دير الزور."
    found = who_says(text, "الاستنفار العام")
    assert found.stance == "intends", found


def test_a_toll_reported_after_a_mobilisation_stays_asserted():
    # near-miss: the call is in the sentence, not in the claim
    text = "وقال ناشطون إن 12 شاباً قتلوا بعد إعلان الاستنفار العام في القرية."
    found = who_says(text, "12 شاباً")
    assert found.stance == "asserts", found


def test_a_tribes_sheikh_is_a_notable_a_local_source():
    text = "وقال شيخ عشيرة البوسرايا إن ثلاثة من أبناء العشيرة اعتقلوا على حاجز قرب الميادين."
    found = who_says(text, "ثلاثة من أبناء")
    assert found.speaker_kind == "local", found


def test_a_tribes_sheikh_threatening_force_speaks_for_armed_men():
    # near-miss: the same sheikh threatening to fight is a party
    text = (
        "وقال شيخ عشيرة البوسرايا إن ثلاثة من أبناء العشيرة اعتقلوا، مهدداً بالرد "
        "على الحاجز إن لم يفرج عنهم."
    )
    found = who_says(text, "ثلاثة من أبناء")
    assert found.speaker_kind == "party", found


def test_a_relay_right_after_the_carrier_names_who_speaks():
    text = "وذكرت وكالة الأناضول نقلاً عن مصادر طبية أن سبعة مدنيين قتلوا في القصف على بلدة الأتارب."
    found = who_says(text, "سبعة مدنيين")
    assert (found.speaker, found.speaker_kind) == ("مصادر طبية", "local"), found


def test_a_relay_between_commas_leaves_the_denial_to_the_verbs_speaker():
    # near-miss: 'نفت الوزارة، نقلاً عن ...،': the ministry denies
    text = "ونفت وزارة الدفاع التركية، نقلاً عن قيادة العمليات، استهداف أي مدنيين في بلدة عين عيسى."
    found = who_says(text, "استهداف أي مدنيين")
    assert (found.stance, found.speaker) == ("denies", "وزارة الدفاع التركية"), found
