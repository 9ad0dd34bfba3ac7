"""Attribution rules found on development set 8 (who says what: agencies, party media,
local pages, monitors, notables), one test per rule (reviewer.suggest.attribution)."""

from tests.attributing import who_says


def test_a_media_office_speaks_for_its_party():
    text = 'نشر المكتب الإعلامي لـ"ولاية الرقة" صوراً، وتوعد في بيان كل من يتجسس بالمصير نفسه.'
    said = who_says(text, "كل من يتجسس")
    assert said.speaker is not None and said.speaker.startswith("المكتب الإعلامي")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_an_information_centre_and_a_documentation_office_are_monitors():
    text = "وبحسب إحصائية لمركز معلومات روج آفا، فإن عدد الضحايا ارتفع إلى 26 شخصاً."
    assert who_says(text, "26 شخصاً").speaker_kind == "monitor"
    text = "ووثق مكتب توثيق الشهداء في درعا مقتل 37 شخصاً خلال الشهر."
    assert who_says(text, "37 شخصاً").speaker_kind == "monitor"


def test_a_participle_of_likelihood_passes_on_hearsay():
    text = "وقالت مصادر خاصة إن المسلحين فروا نحو البادية، مرجحة وقوف خلايا التنظيم وراء العملية."
    said = who_says(text, "وقوف خلايا التنظيم")
    assert said.speaker == "مصادر خاصة"
    assert (said.speaker_kind, said.stance) == ("local", "hearsay")


def test_a_feminine_participle_of_promise_intends():
    text = "وأكدت اللجنة أنها استمعت إلى شهود، متعهدة بإحالة كل من يثبت تورطه إلى القضاء."
    said = who_says(text, "بإحالة كل من يثبت")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_naming_the_next_target_is_an_intention():
    text = 'وقال القائد العسكري للمعركة إن "الوجهة التالية هي حماة".'
    said = who_says(text, "الوجهة التالية هي حماة")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_what_a_denial_denies_is_no_speaker():
    text = "وأكد المركز الإعلامي لقسد أن قواته أعادت الأمن، ونفى وجود أي انتفاضة عشائرية."
    said = who_says(text, "أي انتفاضة عشائرية")
    assert said.speaker == "المركز الإعلامي لقسد"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_the_report_speaks_for_the_monitor_that_issued_it():
    text = (
        "أصدرت الشبكة السورية لحقوق الإنسان تقريرها الشهري اليوم.\n"
        "وأوضح التقرير أن محافظتي اللاذقية وطرطوس شهدتا الحصيلة الأكبر."
    )
    said = who_says(text, "شهدتا الحصيلة الأكبر")
    assert (said.speaker, said.speaker_kind) == ("التقرير", "monitor")


def test_a_state_agency_dateline_under_the_headline_is_party_voice():
    text = (
        "وزارة الداخلية تفكك خلية إرهابية في ريف دمشق\n\nريف دمشق-سانا\n\n"
        "وأدى التفجير إلى استشهاد 25 مدنياً وإصابة العشرات."
    )
    said = who_says(text, "25 مدنياً")
    assert (said.speaker, said.speaker_kind) == (None, "party")
    text = "حمص-سانا: خروج دفعة جديدة من المسلحين\nخرجت اليوم الدفعة الثالثة من المسلحين."
    assert who_says(text, "الدفعة الثالثة").speaker_kind == "party"
    text = "قامشلو – هاوار\nاستشهد أربعة مدنيين جراء قصف تركي على قرية تل جمعة."
    # the Kurdish administration's agency: a party's outlet (label conventions, decision 1)
    assert who_says(text, "أربعة مدنيين").speaker_kind == "party"


def test_a_statement_of_a_group_takes_the_groups_kind():
    text = (
        "تجمع أحرار حوران: خطف شابين في بصرى الشام\n"
        "وقال مصدر من عائلة أحد المخطوفين إن الخاطفين طالبوا بفدية.\n"
        "وبحسب إحصائية للتجمع وثقت خطف تسعة أشخاص في بلدات طفس."
    )
    # one convention for sets 1-9: the Gathering's statistic in its own post is the outlet's
    assert who_says(text, "تسعة أشخاص").speaker_kind == "outlet"


def test_a_monitors_own_text_speaks_as_the_monitor():
    text = "حمص - لجان التنسيق المحلية\nخرج آلاف المتظاهرين اليوم الجمعة في أحياء المدينة."
    said = who_says(text, "آلاف المتظاهرين")
    assert (said.speaker, said.speaker_kind) == (None, "monitor")
    text = "صوت العاصمة - خاص\nاعتقلت دورية 11 شاباً من أبناء الحي."
    assert who_says(text, "11 شاباً").speaker_kind == "outlet"


def test_activists_of_a_campaign_are_local_sources():
    text = 'وقال ناشطون من "الرقة تذبح بصمت" إن التنظيم اعتقل 23 شاباً.'
    said = who_says(text, "23 شاباً")
    assert (said.speaker_kind, said.stance) == ("local", "asserts")


def test_a_dateline_before_a_colon_is_no_speaker():
    text = "قامشلو - هاوار: استشهد مدنيان اثنان جراء استهداف طائرة مسيرة سيارة مدنية."
    said = who_says(text, "مدنيان اثنان")
    assert (said.speaker, said.speaker_kind) == (None, "party")  # Hawar: a party's outlet
    text = "القامشلي - نورث برس: استشهد مدنيان اثنان جراء استهداف طائرة مسيرة سيارة مدنية."
    said = who_says(text, "مدنيان اثنان")
    assert (said.speaker, said.speaker_kind) == (None, "outlet")


def test_an_official_body_after_a_sources_link_is_a_party():
    text = "ونفى مصدر في محافظة ريف دمشق وجود أي حملة اعتقالات."
    said = who_says(text, "أي حملة اعتقالات")
    assert said.speaker == "مصدر في محافظة ريف دمشق"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_a_spokesman_after_a_quoted_name_keeps_the_names_denial():
    text = 'ونفت "هيئة تحرير الشام" على لسان المسؤول في جهازها الإعلامي أي صلة لها بالهجوم.'
    said = who_says(text, "أي صلة لها بالهجوم")
    assert said.speaker == "هيئة تحرير الشام"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_what_could_not_be_verified_later_in_the_sentence_keeps_the_speakers_stance():
    """Convention E of 2026-12-01: the outlet's caveat changes nothing of what its speaker said."""
    text = (
        "وذكرت مصادر عسكرية في الجبهة الوطنية للتحرير أن مقاتليها قتلوا 15 عنصراً، "
        "وهو ما لم يتسن التحقق منه من مصدر مستقل."
    )
    assert who_says(text, "15 عنصراً").stance == "asserts"
    text = "وبحسب المرصد، وثق مقتل 3960 شخصاً، وهو رقم لا يشمل من لم يتسن توثيق مقتلهم."
    assert who_says(text, "3960 شخصاً").stance == "asserts"


def test_a_bracketed_alias_belongs_to_the_speaker():
    text = "وذكرت وكالة الأنباء السورية (سانا) أن عبوة ناسفة انفجرت بحافلة تقل عسكريين."
    said = who_says(text, "انفجرت بحافلة")
    assert said.speaker == "وكالة الأنباء السورية (سانا)"
    assert said.speaker_kind == "party"
    text = (
        "نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر مسؤول في وزارة الداخلية أن شرطيين قتلا."
    )
    assert who_says(text, "شرطيين قتلا").speaker == "مصدر مسؤول في وزارة الداخلية"


def test_the_author_of_a_statistic_is_no_addressee():
    text = "قال مصدر للتجمع إن القصف مستمر.\nوبحسب التقرير الشهري للتجمع، قتل 14 مدنياً."
    said = who_says(text, "14 مدنياً")
    assert said.speaker == "التقرير الشهري للتجمع"


def test_an_outlet_naming_itself_speaks_as_an_outlet():
    text = (
        "فرات بوست\nاغتال مسلحون مجهولون عضواً في المجلس المحلي.\n"
        "وبحسب إحصائية لفرات بوست، فإن 37 شخصاً قُتلوا منذ بداية العام."
    )
    said = who_says(text, "37 شخصاً")
    assert (said.speaker, said.speaker_kind) == ("إحصائية لفرات بوست", "outlet")


def test_what_rumour_mongers_say_of_a_clip_is_still_hearsay():
    text = "وتداول ناشطون مقطعاً مصوراً قالوا إنه يظهر رتلاً تركياً يدخل الأراضي السورية."
    said = who_says(text, "رتلاً تركياً")
    assert (said.speaker_kind, said.stance) == ("local", "hearsay")


def test_a_saying_verb_inside_a_report_is_what_the_reporter_says():
    text = (
        "وأكد عضو في لجنة التفاوض لتجمع أحرار حوران أن الجانب الروسي لم يلتزم بتعهداته، "
        "مضيفاً أن النظام يطالب بتهجير العشرات من أبناء المنطقة."
    )
    said = who_says(text, "بتهجير العشرات")
    assert said.speaker is not None and said.speaker.startswith("عضو في لجنة التفاوض")
    assert said.stance == "asserts"


def test_whom_a_speaker_warns_is_no_speaker():
    text = (
        'وأكد الشيخ حكمت الهجري أن "الحراك سلمي"، '
        'وحذر الأجهزة الأمنية من "أي محاولة لاقتحام الساحة".'
    )
    said = who_says(text, "أي محاولة لاقتحام الساحة")
    assert said.speaker == "الشيخ حكمت الهجري"
    assert said.stance == "intends"


def test_a_rumour_circulating_on_social_media_is_social_hearsay():
    text = (
        "وقال شهود إن الأمن أطلق النار.\n"
        "ويُتداول على مواقع التواصل الاجتماعي أن تعزيزات عسكرية وصلت."
    )
    said = who_says(text, "تعزيزات عسكرية وصلت")
    assert said.speaker == "مواقع التواصل الاجتماعي"
    assert (said.speaker_kind, said.stance) == ("social", "hearsay")


def test_speakers_denying_for_others_then_threatening_threaten_themselves():
    text = (
        "ونفى وجهاء من عشيرة البكير أن يكون للمعتقلين أي صلة بالتنظيم، "
        "وتوعدوا بالتصعيد في حال عدم الإفراج عنهم."
    )
    said = who_says(text, "بالتصعيد في حال")
    assert said.speaker == "وجهاء من عشيرة البكير"
    # a tribe's notables are local (convention J of 2026-12-01, as dev8_10 is labelled)
    assert (said.speaker_kind, said.stance) == ("local", "intends")


def test_the_director_of_a_named_monitor_speaks_for_it():
    text = (
        "أصدرت الشبكة السورية لحقوق الإنسان تقريرها الشهري.\n"
        "وقال مدير الشبكة فضل عبد الغني إن فريق التوثيق سجل عمليات قتل."
    )
    assert who_says(text, "عمليات قتل").speaker_kind == "monitor"


def test_a_local_council_speaks_as_a_local_source():
    text = "وقال مسؤول في المجلس المحلي لبلدة جباتا الخشب إن نحو 160 ألف نازح وصلوا."
    assert who_says(text, "نحو 160 ألف نازح").speaker_kind == "local"


def test_the_coalition_named_again_is_still_the_coalition():
    text = (
        "شن طيران التحالف الدولي غارات على مواقع التنظيم.\n"
        "ونفى التحالف سقوط ضحايا مدنيين في الغارات."
    )
    said = who_says(text, "سقوط ضحايا مدنيين")
    assert (said.speaker, said.speaker_kind, said.stance) == ("التحالف", "party", "denies")


def test_an_outlet_told_after_ل_is_no_part_of_the_speaker():
    text = "وقال أحد أقاربهما لعنب بلدي إن مسلحين مجهولين اختطفوهما."
    said = who_says(text, "مسلحين مجهولين")
    assert (said.speaker, said.speaker_kind) == ("أحد أقاربهما", "local")


def test_a_statistic_of_a_network_after_the_claim_names_the_network():
    text = "وتعد هذه المرة الخمسين التي يتوغل فيها الجيش في الجنوب، وفق إحصاء لتجمع أحرار حوران."
    said = who_says(text, "المرة الخمسين")
    assert said.speaker == "إحصاء لتجمع أحرار حوران"
    assert said.speaker_kind == "local"  # a local network quoted by another outlet


def test_a_monitors_next_sentence_opening_with_كما_goes_on_with_its_report():
    text = (
        "ورصد المرصد السوري اشتباكات عنيفة اليوم في بلدتي ذيبان والشحيل.\n"
        "كما قصفت قوات النظام قرية الطيانة بالمدفعية، ما أدى إلى إصابة ثلاثة أشخاص."
    )
    said = who_says(text, "ثلاثة أشخاص")
    assert (said.speaker, said.speaker_kind) == ("المرصد السوري", "monitor")


def test_speaking_of_something_is_hearsay_only_from_social_media():
    text = "وتحدثت صفحات محلية على فيسبوك عن نزوح عشرات العائلات من القرية."
    assert who_says(text, "عشرات العائلات").stance == "hearsay"
    text = "وتحدث المرصد عن نزوح نحو 200 عائلة من القرى الحدودية."
    said = who_says(text, "نحو 200 عائلة")
    assert (said.speaker_kind, said.stance) == ("monitor", "asserts")


def test_a_reported_claim_opening_with_لم_denies():
    text = 'وقال مصدر في الأمن العام إن عناصره "لم يشتبكوا" مع الرعاة.'
    said = who_says(text, "لم يشتبكوا")
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_the_coordination_committee_told_is_no_part_of_the_speaker():
    text = 'وقال أحد المحتجين للتنسيقية إن "الشعب يريد إسقاط النظام".'
    said = who_says(text, "إسقاط النظام")
    assert (said.speaker, said.speaker_kind) == ("أحد المحتجين", "local")


def test_whom_a_source_told_in_a_pages_own_text_is_the_page():
    text = "فرات بوست\nوقال مصدر محلي لفرات بوست إن القصف أدى إلى مقتل ستة مدنيين."
    said = who_says(text, "ستة مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مصدر محلي", "local")
    text = "وقالت المصادر لمراسل الأناضول إن سبعة عناصر قتلوا."
    assert who_says(text, "سبعة عناصر").speaker == "المصادر"


def test_a_local_network_quoted_by_another_outlet_is_local():
    text = "وذكرت شبكة فرات بوست أن 14 شاباً اعتقلوا في البلدة."
    assert who_says(text, "14 شاباً").speaker_kind == "local"
    text = "وقال موقع صوت العاصمة إن دورية اعتقلت 11 شاباً."
    assert who_says(text, "11 شاباً").speaker_kind == "local"


def test_foreign_ministries_and_government_sources_are_parties():
    for speaker in ("الخارجية التركية", "مصادر حكومية", "وكالة أعماق", "البنتاغون"):
        text = f"وقالت {speaker} إن 12 مسلحاً قتلوا."
        assert who_says(text, "12 مسلحاً").speaker_kind == "party", speaker
    text = "وقالت لجنة الإنقاذ الدولية إن 12 مدنياً قتلوا."
    assert who_says(text, "12 مدنياً").speaker_kind == "monitor"


def test_units_and_fighters_speak_as_parties():
    for speaker in ("مصدر في الفرقة 25", "أحد المقاتلين", "أحد عناصر الفصيل"):
        text = f"وقال {speaker} إن 5 مدنيين قتلوا."
        assert who_says(text, "5 مدنيين").speaker_kind == "party", speaker


def test_the_object_pronoun_of_according_to_is_no_speaker():
    text = "ووفق ما أفاد به مراسلنا في درعا، قتل 5 مدنيين."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مراسلنا", "outlet")


def test_a_health_directorate_keeps_its_whole_name():
    text = "وقالت مديرية صحة إدلب إن 5 مدنيين قتلوا."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مديرية صحة إدلب", "party")


def test_an_activist_writing_on_his_page_is_social_media():
    text = "وكتب ناشط على صفحته في فيسبوك أن 5 مدنيين قتلوا."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker_kind, said.stance) == ("social", "asserts")


def test_a_tally_published_by_a_source_after_the_claim_names_it():
    text = "قتل 5 مدنيين في حصيلة أولية نشرها الدفاع المدني."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("الدفاع المدني", "monitor")
    text = "قتل 5 مدنيين بحسب حصيلة أولية للدفاع المدني."
    assert who_says(text, "5 مدنيين").speaker_kind == "monitor"


def test_what_an_agency_relayed_from_sources_is_the_sources():
    text = "قُتل 5 مدنيين، وفق ما نقلته وكالة الأناضول عن مصادر محلية."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مصادر محلية", "local")


def test_unconfirmed_reports_are_hearsay_not_confirmation():
    text = "وأشارت تقارير غير مؤكدة إلى مقتل 5 مدنيين."
    assert who_says(text, "5 مدنيين").stance == "hearsay"


def test_claiming_and_deeming_likely_are_hearsay():
    text = "وادعت وسائل إعلام النظام مقتل 5 مدنيين."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.speaker_kind, said.stance) == (
        "وسائل إعلام النظام",
        "party",
        "hearsay",
    )
    text = "ورجّح ناشطون أن يكون 5 مدنيين قتلوا."
    said = who_says(text, "5 مدنيين")
    assert (said.speaker, said.stance) == ("ناشطون", "hearsay")


def test_an_arrest_or_footage_after_the_speaker_ends_it():
    text = "وأعلنت وزارة الداخلية القبض على 5 مدنيين."
    assert who_says(text, "5 مدنيين").speaker == "وزارة الداخلية"
    text = "وبثت قناة الإخبارية السورية مشاهد قالت إنها لمقتل 5 مدنيين."
    assert who_says(text, "5 مدنيين").speaker == "قناة الإخبارية السورية"


def test_the_army_named_first_is_a_party():
    said = who_says("ونفى الجيش أنه ينوي اقتحام 5 قرى.", "5 قرى")
    assert (said.speaker, said.speaker_kind, said.stance) == ("الجيش", "party", "denies")


def test_a_state_or_its_capital_as_speaker_is_a_party():
    said = who_says("وهددت تركيا بشن عملية عسكرية على 5 قرى.", "5 قرى")
    assert (said.speaker, said.speaker_kind, said.stance) == ("تركيا", "party", "intends")
    said = who_says('وتوعدت طهران بـ"رد حاسم" على مقتل 3 من مستشاريها.', "رد حاسم")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_ruling_out_denies():
    said = who_says("واستبعد مصدر عسكري مقتل 3 من عناصره.", "3 من عناصره")
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_rumours_and_circulating_accounts_are_hearsay():
    assert who_says("وانتشرت شائعات عن مقتل 3 من عناصره.", "3 من عناصره").stance == "hearsay"
    said = who_says("ووفق روايات متداولة، قتل 3 من عناصره.", "3 من عناصره")
    assert said.stance == "hearsay"


def test_a_role_between_commas_gives_a_named_speakers_kind():
    said = who_says("وقال أحمد العودة، قائد اللواء الثامن، إن 5 مدنيين قتلوا.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("أحمد العودة", "party")
    text = "وقال فضل عبد الغني، مدير الشبكة السورية لحقوق الإنسان، إن 5 مدنيين قتلوا."
    assert who_says(text, "5 مدنيين").speaker_kind == "monitor"
    said = who_says("وقالت سمر، وهي ناشطة من المدينة، إن 5 مدنيين قتلوا.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("سمر", "local")


def test_well_known_leaders_and_monitors_speak_as_their_kind():
    said = who_says("من جانبه، قال مظلوم عبدي إن 5 مدنيين قتلوا.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مظلوم عبدي", "party")
    said = who_says("وقال رامي عبد الرحمن إن 5 مدنيين قتلوا.", "5 مدنيين")
    assert said.speaker_kind == "monitor"


def test_a_networks_number_is_part_of_its_name():
    said = who_says('ونقلت صفحة "درعا 24" عن مصادرها أن 5 مدنيين قتلوا.', "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("مصادرها", "local")
    said = who_says("وذكرت شبكة السويداء 24 أن 5 مدنيين قتلوا.", "5 مدنيين")
    assert said.speaker == "شبكة السويداء 24"


def test_a_headline_speaker_is_no_source_of_the_whole_text():
    text = (
        "المرصد السوري: مقتل 54 في اشتباكات دير الزور\n"
        "شهدت بلدة ذيبان اشتباكات عنيفة أدت إلى نزوح 300 عائلة.\n"
        "وقالت مصادر محلية إن 12 شاباً اعتقلوا."
    )
    assert who_says(text, "300 عائلة").speaker_kind == "outlet"
    text = "مصادر محلية: اعتقال شبان في البلدة\nوقالت مصادر محلية إن 12 شاباً اعتقلوا."
    assert who_says(text, "12 شاباً").speaker_kind == "local"


def test_announcing_a_resolve_is_an_intention_and_rumour_in_the_passive_hearsay():
    said = who_says("وأعلنت الفصائل عزمها السيطرة على 3 قرى.", "3 قرى")
    assert (said.speaker, said.speaker_kind, said.stance) == ("الفصائل", "party", "intends")
    said = who_says("ويُشاع أن 3 مدنيين قتلوا.", "3 مدنيين")
    assert (said.speaker, said.stance) == (None, "hearsay")


def test_revealing_and_going_on_report_like_saying():
    said = who_says("وكشف مصدر عسكري لعنب بلدي أن 5 عناصر قتلوا.", "5 عناصر")
    assert (said.speaker, said.speaker_kind) == ("مصدر عسكري", "party")
    text = "وقال مصدر عسكري إن القصف استهدف البلدة. وأردف أن 5 عناصر قتلوا."
    assert who_says(text, "5 عناصر").speaker == "مصدر عسكري"


def test_the_same_source_again_is_that_source():
    text = "وقال مصدر عسكري إن القصف استهدف البلدة.\nوأشار المصدر ذاته إلى أن 5 عناصر قتلوا."
    said = who_says(text, "5 عناصر")
    assert (said.speaker, said.speaker_kind) == ("المصدر ذاته", "party")


def test_a_quotation_followed_by_its_speaker():
    said = who_says('"رأيت 5 مدنيين يسقطون أمامي"، قال شاهد عيان.', "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("شاهد عيان", "local")


def test_pages_mourning_the_dead_report_them():
    said = who_says("ونعت صفحات محلية 5 مدنيين قتلوا في القصف.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("صفحات محلية", "social")


def test_a_subject_verb_clause_inside_a_report_is_reported_even_unknown():
    text = (
        "وأشار قائد الأمن الداخلي إلى أن التحقيقات الأولية كشفت ارتباط الخلية "
        "بعملية اغتيال اثنين من عناصر الأمن العام."
    )
    said = who_says(text, "اغتيال اثنين")
    assert (said.speaker, said.speaker_kind) == ("قائد الأمن الداخلي", "party")


def test_more_ways_of_naming_a_source_after_the_claim():
    said = who_says("قتل 5 مدنيين، على ما أفاد ناشطون.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("ناشطون", "local")
    said = who_says("قتل 5 مدنيين، كما أفاد المرصد.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("المرصد", "monitor")
    said = who_says("قتل 5 مدنيين، استناداً إلى شهادات الأهالي.", "5 مدنيين")
    assert said.speaker_kind == "local"


def test_the_issuer_of_a_statement_speaks():
    said = who_says("قتل 5 مدنيين، وفق بيان صادر عن المرصد السوري.", "5 مدنيين")
    assert (said.speaker, said.speaker_kind) == ("المرصد السوري", "monitor")


def test_a_partys_media_centre_heading_a_text_is_its_own_voice():
    text = "المركز الإعلامي لقوات سوريا الديمقراطية\nتصدى مقاتلو قسد لهجوم وقتلوا 12 مرتزقاً."
    assert who_says(text, "12 مرتزقاً").speaker_kind == "party"
    text = "وزارة الدفاع تنفي\nقتل 12 مدنياً في قصف على البلدة."
    assert who_says(text, "12 مدنياً").speaker_kind == "outlet"  # a headline, no source line
