"""Attribution forms of development set 28 (issue 18, the attribution round of the night of
2026-11-30) and the classes of phrasing they stand for in sets 1-27: a sentence of ordinary
Syrian news Arabic written for each rule, not copied from any set, and a near-miss."""

from tests.attributing import who_says


def test_a_claiming_participle_passes_the_claim_on_as_hearsay():
    text = "وقالت معرفات التنظيم إن الهجوم استهدف حاجزاً، زاعمة أن مقاتليه قتلوا ستة جنود."
    said = who_says(text, "ستة جنود")
    assert said.speaker == "معرفات التنظيم"
    assert said.stance == "hearsay"
    near = "وقال مصدر في التنظيم إن الهجوم استهدف حاجزاً، مضيفاً أن مقاتليه قتلوا ستة جنود."
    assert who_says(near, "ستة جنود").stance == "asserts"


def test_last_week_after_a_verb_is_when_not_who_and_the_subject_before_speaks():
    text = "وكانت صدى الجبل قد أعلنت الأسبوع الماضي أنها ستغلق الطرق الفرعية."
    said = who_says(text, "ستغلق الطرق الفرعية")
    assert said.speaker == "صدى الجبل"
    assert said.stance == "intends"
    near = "وأعلنت صدى الجبل يوم الأحد أنها ستغلق الطرق الفرعية."
    assert who_says(near, "ستغلق الطرق الفرعية").speaker == "صدى الجبل"


def test_our_correspondent_after_a_speaker_is_whom_he_told():
    text = "وقال أحد أقارب الضحية لمراسلنا إن الشاب كان يعمل في الأرض."
    said = who_says(text, "يعمل في الأرض")
    assert said.speaker == "أحد أقارب الضحية"
    assert said.speaker_kind == "local"
    near = "وقال مراسلنا إن الشاب كان يعمل في الأرض."
    assert who_says(near, "يعمل في الأرض").speaker == "مراسلنا"


def test_a_bracketed_alias_between_subject_and_verb_keeps_the_subject():
    text = "وكانت قوات الأمن الداخلي (الأسايش) قد نفت اعتقال أي طالب."
    said = who_says(text, "اعتقال أي طالب")
    assert said.speaker is not None and "الأسايش" in said.speaker
    assert said.stance == "denies"
    near = "وكانت قوات الأمن الداخلي قد نفت اعتقال أي طالب."
    assert "الأمن الداخلي" in (who_says(near, "اعتقال أي طالب").speaker or "")


def test_a_carrier_before_its_relay_verb_passes_on_the_source_after_an():
    text = "وكانت صحيفة الوطن قد نقلت عن مصدر في المحافظة أن الطريق أغلق ثلاثة أيام."
    said = who_says(text, "الطريق أغلق")
    assert said.speaker == "مصدر في المحافظة"
    assert said.speaker_kind == "party"
    near = "وكانت صحيفة الوطن قد نشرت أن الطريق أغلق ثلاثة أيام."
    assert who_says(near, "الطريق أغلق").speaker == "صحيفة الوطن"


def test_a_carrier_placed_in_a_town_still_passes_on_its_source():
    text = "ونقلت شبكة شام في ريف إدلب عن مصادر طبية أن المشفى استقبل جرحى."
    said = who_says(text, "المشفى استقبل")
    assert said.speaker == "مصادر طبية"
    assert said.speaker_kind == "local"
    near = "ونقلت شبكة شام في ريف إدلب أن المشفى استقبل جرحى."
    assert (who_says(near, "المشفى استقبل").speaker or "").startswith("شبكة شام")


def test_so_called_before_a_name_is_no_part_of_it_and_the_name_speaks():
    text = 'وفي تسجيل مصور، هدد ما يسمى "جيش الساحل" باستهداف الحواجز.'
    said = who_says(text, "باستهداف الحواجز")
    assert said.speaker is not None and "جيش الساحل" in said.speaker
    assert said.stance == "intends"
    # 'so-called' after the speaker names what is threatened, not who threatens
    near = 'وهدد المتحدث باسم الفصيل بقصف ما يسمى "المربع الأمني" في المدينة.'
    assert who_says(near, "المربع الأمني").speaker == "المتحدث باسم الفصيل"


def test_the_speakers_own_account_is_where_it_spoke_not_social_media():
    text = "وذكرت الشبكة عبر صفحتها على فيسبوك أن دورية اعتقلت شابين."
    said = who_says(text, "دورية اعتقلت")
    assert said.speaker == "الشبكة"
    assert said.speaker_kind != "social"
    near = "وذكرت صفحات على فيسبوك أن دورية اعتقلت شابين."
    assert who_says(near, "دورية اعتقلت").speaker_kind == "social"


# Second round (dev set 28 and sets 27, 2-26 together)


def test_what_is_announced_is_the_verbs_object_and_the_subject_goes_on():
    text = "وقال المجلس في بيان إن الهجوم فشل، وأعلن حظر تجوال في البلدة، مؤكداً مقتل 12 مهاجماً."
    said = who_says(text, "12 مهاجماً")
    assert said.speaker == "المجلس"
    assert said.stance == "confirms"
    near = "وأعلن مجلس البلدة مقتل 12 مهاجماً."
    assert who_says(near, "12 مهاجماً").speaker == "مجلس البلدة"


def test_until_after_a_speaker_starts_a_time_not_part_of_the_name():
    text = "ووثق الفريق حتى صباح اليوم مقتل 9 أشخاص في المدينة."
    assert who_says(text, "9 أشخاص").speaker == "الفريق"
    near = "ووثق الفريق مقتل 9 أشخاص في المدينة."
    assert who_says(near, "9 أشخاص").speaker == "الفريق"


def test_a_rumour_nobody_signs_inside_a_denial_is_what_is_denied():
    text = "ونفى قائد الشرطة ما تردد عن اعتقال طلاب من الجامعة."
    said = who_says(text, "اعتقال طلاب")
    assert said.speaker == "قائد الشرطة"
    assert said.stance == "denies"
    # since convention B of late 2026-11-30 a rumour whose spreaders are named is the
    # denial's object too; told in a clause of its own it stays theirs
    named = "ونفى قائد الشرطة ما تداولته صفحات محلية عن اعتقال طلاب من الجامعة."
    assert who_says(named, "اعتقال طلاب").stance == "denies"
    near = "وتداولت صفحات محلية أنباء عن اعتقال طلاب من الجامعة، لكن قائد الشرطة نفى ذلك."
    assert who_says(near, "اعتقال طلاب").stance == "hearsay"


def test_holding_someone_responsible_is_a_report_of_blame():
    text = "وحمّل المجلس المحلي قوات النظام مسؤولية قصف المدرسة."
    said = who_says(text, "قصف المدرسة")
    assert said.speaker == "المجلس المحلي"
    assert said.speaker_kind == "local"
    near = "وحمل المسعفون الجرحى إلى المشفى بعد قصف المدرسة."
    assert who_says(near, "قصف المدرسة").speaker is None


def test_a_title_after_a_quoted_name_goes_on_with_the_same_speaker():
    text = 'وقال قائد "كتيبة الفاروق" الملازم سامر الأحمد إن مقاتليه صدوا الهجوم.'
    assert "سامر الأحمد" in (who_says(text, "صدوا الهجوم").speaker or "")
    near = 'وقال قائد "كتيبة الفاروق" إن مقاتليه صدوا الهجوم.'
    said = who_says(near, "صدوا الهجوم").speaker or ""
    assert "كتيبة الفاروق" in said and "إن" not in said.split()


def test_where_an_envoy_is_sent_stays_in_the_speaker():
    text = "وقال المبعوث الأمريكي إلى سوريا جيمس جيفري إن القوات ستبقى في المنطقة."
    said = who_says(text, "القوات ستبقى")
    assert "جيمس جيفري" in (said.speaker or "")
    assert said.speaker_kind == "party"
    near = "وأشار المبعوث الأمريكي إلى أن القوات ستبقى في المنطقة."
    assert who_says(near, "القوات ستبقى").speaker == "المبعوث الأمريكي"


def test_a_future_before_a_clause_opener_is_not_the_next_clauses_intention():
    text = "وقال مدير المخيم إن 300 عائلة ستنتقل غداً، فيما انتقلت 120 عائلة أمس."
    assert who_says(text, "120 عائلة").stance == "asserts"
    near = "وقال مدير المخيم إن 300 عائلة ستنتقل غداً مع 120 عائلة أخرى."
    assert who_says(near, "120 عائلة").stance == "intends"


def test_a_medium_between_subject_and_verb_belongs_to_the_subject():
    text = "وكانت قنوات محلية على تلغرام قد تحدثت عن اعتقال شابين."
    said = who_says(text, "اعتقال شابين")
    assert "تلغرام" in (said.speaker or "")
    assert said.speaker_kind == "social"
    near = "وكانت قنوات محلية قد تحدثت عن اعتقال شابين."
    assert who_says(near, "اعتقال شابين").speaker == "قنوات محلية"


# Third round


def test_learned_that_reports_what_the_learner_says():
    text = "وعلمت الشبكة أن دورية للأمن اعتقلت خمسة شبان في البلدة."
    said = who_says(text, "خمسة شبان")
    assert said.speaker == "الشبكة"
    # 'علم' as a flag names nobody
    near = "ورفع المحتجون علم الثورة أمام المبنى واعتقلت دورية خمسة شبان."
    assert who_says(near, "خمسة شبان").speaker is None


def test_the_sources_refers_back_to_the_sources_named_before():
    text = "وقالت مصادر عسكرية إن الهجوم بدأ فجراً. وأضافت المصادر أن ثلاثة جنود قتلوا."
    said = who_says(text, "ثلاثة جنود")
    assert said.speaker == "المصادر"
    assert said.speaker_kind == "party"
    near = "وقالت مصادر طبية إن الهجوم بدأ فجراً. وأضافت المصادر أن ثلاثة جنود قتلوا."
    assert who_says(near, "ثلاثة جنود").speaker_kind == "local"


def test_the_spreaders_of_a_denied_rumour_do_not_speak_for_the_denier_after_it():
    text = (
        "ونفى مسؤول في المحافظة ما تناقلته صفحات محلية عن خطف طبيب، مؤكداً أن الطبيب غادر إلى لبنان."
    )
    said = who_says(text, "غادر إلى لبنان")
    assert said.speaker == "مسؤول في المحافظة"
    assert (said.speaker_kind, said.stance) == ("party", "confirms")
    near = "وتناقلت صفحات محلية أنباء عن خطف طبيب، مؤكدة أن الطبيب غادر إلى لبنان."
    assert who_says(near, "غادر إلى لبنان").speaker_kind == "social"


def test_a_sheikh_of_a_tribe_calling_to_arms_speaks_for_armed_men():
    text = "شيخ البكارة يعلن النفير العام ضد الميليشيات"
    said = who_says(text, "النفير العام")
    assert (said.speaker, said.speaker_kind) == ("شيخ البكارة", "party")
    near = "شيخ البكارة يطالب بالإفراج عن المعتقلين"
    assert who_says(near, "الإفراج عن المعتقلين").speaker_kind == "local"


def test_a_hedge_on_a_noun_does_not_hedge_the_claim_after_it():
    text = "واستهدفت غارة يُرجح أنها إسرائيلية مستودعاً قرب المطار، ما أدى إلى مقتل أربعة عناصر."
    assert who_says(text, "مستودعاً قرب المطار").stance == "asserts"
    assert who_says(text, "أربعة عناصر").stance == "asserts"
    # a hedge on the claim itself still hedges it
    near = "ويُرجح أن الغارة استهدفت مستودعاً قرب المطار."
    assert who_says(near, "مستودعاً قرب المطار").stance == "hearsay"


# Fourth round (sets 25 and 29 with the others)


def test_a_subject_before_an_anonymity_aside_speaks_for_the_verb_after_it():
    text = "لكن طبيباً في المشفى، طلب عدم ذكر اسمه، قال إن سبعة جرحى وصلوا ليلاً."
    said = who_says(text, "سبعة جرحى")
    assert said.speaker is not None and said.speaker.startswith("طبيباً في المشفى")
    assert said.speaker_kind == "local"
    near = "وقال طبيب في المشفى، طلب عدم ذكر اسمه، إن سبعة جرحى وصلوا ليلاً."
    assert who_says(near, "سبعة جرحى").speaker == "طبيب في المشفى"


def test_a_claim_by_a_so_called_name_is_not_a_nameless_rumour():
    text = 'ويرد هذا على ما يزعمه ما يسمى "المجلس الثوري" من أن القوات "قصفت المدرسة".'
    said = who_says(text, "قصفت المدرسة")
    assert said.speaker is not None and "المجلس الثوري" in said.speaker
    assert said.stance == "hearsay"
    # inside a denial the claim is the denier's (convention B of late 2026-11-30)
    denied = 'ونفت الوزارة ما يزعمه ما يسمى "المجلس الثوري" من أن قواتها "قصفت المدرسة".'
    assert (who_says(denied, "قصفت المدرسة").speaker, who_says(denied, "قصفت المدرسة").stance) == (
        "الوزارة",
        "denies",
    )
    near = 'ونفت الوزارة ما يزعم من أن قواتها "قصفت المدرسة".'
    assert who_says(near, "قصفت المدرسة").speaker == "الوزارة"


def test_a_monitors_byline_with_a_date_after_a_dash_gives_the_texts_voice():
    text = (
        "حمص: ثلاثة قتلى بقصف على حي الخالدية\n\n"
        "لجان التنسيق المحلية في سوريا - 3 نيسان 2012\n\nقُتل ثلاثة أشخاص اليوم."
    )
    assert who_says(text, "ثلاثة أشخاص").speaker_kind == "monitor"
    near = (
        "حمص: ثلاثة قتلى بقصف على حي الخالدية\n\nعنب بلدي - 3 نيسان 2012\n\nقُتل ثلاثة أشخاص اليوم."
    )
    assert who_says(near, "ثلاثة أشخاص").speaker_kind == "outlet"


def test_what_a_speaker_called_something_is_no_new_speaker():
    text = 'واستنكرت الحكومة ما وصفته بـ"المجزرة"، مؤكدة أن "الجناة سيحاسبون".'
    said = who_says(text, "الجناة سيحاسبون")
    assert said.speaker == "الحكومة"
    near = "واستنكرت الحكومة ما تتناقله بعض الصفحات عن المجزرة."
    assert who_says(near, "المجزرة").speaker == "بعض الصفحات"


def test_a_region_before_a_headlines_colon_names_no_speaker():
    text = "سهل الغاب: قصف مدفعي يقتل خمسة مدنيين\n\nقُتل خمسة مدنيين اليوم."
    assert who_says(text, "قصف مدفعي").speaker is None
    near = "الدفاع المدني: قصف مدفعي يقتل خمسة مدنيين\n\nقُتل خمسة مدنيين اليوم."
    assert who_says(near, "قصف مدفعي").speaker == "الدفاع المدني"


# Fifth round (sentences of our own, ordinary forms the sets had not shown read wrong)


def test_a_surname_that_folds_like_a_preposition_stays_in_the_speaker():
    text = "وقال الطبيب محمد العلي إن المشفى استقبل 14 جريحاً."
    assert who_says(text, "14 جريحاً").speaker == "الطبيب محمد العلي"
    near = "وقال الطبيب محمد على الهاتف إن المشفى استقبل 14 جريحاً."
    assert who_says(near, "14 جريحاً").speaker == "الطبيب محمد"


def test_a_journalist_on_his_own_page_is_a_social_media_voice():
    text = "وكتب الصحفي أحمد الخالد على صفحته في فيسبوك أن القصف استمر طوال الليل."
    assert who_says(text, "القصف استمر").speaker_kind == "social"
    near = "وكتبت وزارة الدفاع على صفحتها في فيسبوك أن القصف استمر طوال الليل."
    assert who_says(near, "القصف استمر").speaker_kind == "party"


def test_leaders_and_organisers_of_protests_are_local_sources():
    text = "وقال أحد قادة الحراك إن المتظاهرين سيواصلون الاعتصام أمام المبنى."
    assert who_says(text, "سيواصلون الاعتصام").speaker_kind == "local"
    near = "وقال أحد قادة الفصيل إن المقاتلين سيواصلون الهجوم على المبنى."
    assert who_says(near, "سيواصلون الهجوم").speaker_kind == "party"


def test_a_statement_issued_by_someone_as_subject_speaks_for_its_issuer():
    text = "وأفاد بيان صادر عن قيادة الشرطة بأن دورية ضبطت مستودعاً للأسلحة."
    said = who_says(text, "ضبطت مستودعاً")
    assert said.speaker == "قيادة الشرطة"
    assert said.speaker_kind == "party"
    near = "وأفاد بيان للشرطة بأن دورية ضبطت مستودعاً للأسلحة."
    assert who_says(near, "ضبطت مستودعاً").speaker == "بيان للشرطة"


def test_expecting_with_a_known_speaker_after_it_reports():
    text = "وتوقع المرصد ارتفاع عدد القتلى بسبب وجود جرحى في حالات خطرة."
    said = who_says(text, "ارتفاع عدد القتلى")
    assert (said.speaker, said.speaker_kind) == ("المرصد", "monitor")
    near = "وقصفت الطائرات السوق في غارات توقع عشرات القتلى كل أسبوع."
    assert who_says(near, "عشرات القتلى").speaker is None


def test_an_unverified_according_to_source_passes_the_claim_on_as_hearsay():
    text = "وقتل أربعة عناصر في الهجوم، بحسب تقارير غير مؤكدة."
    assert who_says(text, "أربعة عناصر").stance == "hearsay"
    near = "وقتل أربعة عناصر في الهجوم، بحسب تقارير محلية."
    assert who_says(near, "أربعة عناصر").stance == "asserts"


def test_conflicting_reports_are_hearsay():
    text = "وتضاربت الأنباء حول مصير الطيار بعد سقوط الطائرة."
    assert who_says(text, "مصير الطيار").stance == "hearsay"
    near = "وأكدت الأنباء الواردة من المنطقة مصير الطيار بعد سقوط الطائرة."
    assert who_says(near, "مصير الطيار").stance != "hearsay"


def test_an_appeal_names_its_subject_first_and_whom_it_addresses_after():
    text = "وناشد المجلس المحلي المنظمات الدولية إرسال مساعدات عاجلة إلى البلدة."
    said = who_says(text, "إرسال مساعدات")
    assert (said.speaker, said.speaker_kind) == ("المجلس المحلي", "local")
    near = "وناشد المجلس المحلي في البلدة إرسال مساعدات عاجلة."
    assert (who_says(near, "إرسال مساعدات").speaker or "").startswith("المجلس المحلي")


def test_answering_reports_only_with_what_is_said():
    text = "وأجاب المتحدث عن سؤال حول القصف بالقول إن الطائرات استهدفت مقرات للتنظيم."
    assert who_says(text, "استهدفت مقرات").speaker == "المتحدث"
    near = "وأجاب الطلاب عن أسئلة الامتحان، فيما استهدفت مقرات للتنظيم بغارات."
    assert who_says(near, "استهدفت مقرات").speaker is None


def test_a_verb_with_an_object_pronoun_after_a_clause_opener_still_reports():
    text = "ونفت الحكومة قصف المدارس، بينما تتهمها منظمات حقوقية بقصف مشفى في المدينة."
    said = who_says(text, "بقصف مشفى")
    assert (said.speaker, said.speaker_kind) == ("منظمات حقوقية", "monitor")
    # a verb carrying the pronoun of a noun before it describes that noun
    near = "وظهر في مقطع مصور نشرته منظمات حقوقية قصف مشفى في المدينة."
    assert who_says(near, "قصف مشفى").speaker is None


def test_a_headline_speakers_stance_is_read_over_the_whole_claim():
    text = "قائد الفصيل: مقاتلونا سيواصلون القتال حتى استعادة القرى\n\nقال قائد الفصيل في بيان."
    said = who_says(text, "مقاتلونا سيواصلون القتال")
    assert (said.speaker, said.stance) == ("قائد الفصيل", "intends")
    near = "قائد الفصيل: مقاتلونا واصلوا القتال حتى استعادة القرى\n\nقال قائد الفصيل في بيان."
    assert who_says(near, "مقاتلونا واصلوا القتال").stance == "asserts"


def test_a_speaking_verb_closing_its_sentence_after_a_comma_says_what_came_before():
    text = "وقتل تسعة مدنيين في القصف على السوق، قال الدفاع المدني."
    said = who_says(text, "تسعة مدنيين")
    assert (said.speaker, said.speaker_kind) == ("الدفاع المدني", "monitor")
    also = "وانسحبت الدبابات من الحي فجراً، كما قال أحد السكان لعنب بلدي."
    assert who_says(also, "انسحبت الدبابات").speaker == "أحد السكان"
    # a verb going on with an object or a clause of its own is no closing speaker
    near = "وقتل تسعة مدنيين في القصف على السوق، وأعلنت المحافظة الحداد ثلاثة أيام."
    assert who_says(near, "تسعة مدنيين").speaker is None


def test_a_speakers_place_and_name_running_on_to_that_stay_in_the_speaker():
    text = "وأكد نائب رئيس المجلس المحلي في مدينة دوما أبو خالد أن المياه مقطوعة منذ أسبوع."
    said = who_says(text, "المياه مقطوعة")
    assert "أبو خالد" in (said.speaker or "") and said.speaker_kind == "local"
    long_office = (
        "وقال مدير المكتب الإعلامي في مجلس محافظة حلب الحرة محمد الحلبي إن القصف طال المشفى."
    )
    assert "محمد الحلبي" in (who_says(long_office, "القصف طال").speaker or "")
    # where he said it is no part of him
    near = "وقال مسؤول في المجلس المحلي في تصريح لعنب بلدي إن المياه مقطوعة منذ أسبوع."
    assert who_says(near, "المياه مقطوعة").speaker == "مسؤول في المجلس المحلي"


def test_plural_plans_of_the_speakers_own_side_are_intentions():
    text = "وقال قائد الفصيل إن مقاتليه يستعدون لاقتحام المدينة."
    assert who_says(text, "لاقتحام المدينة").stance == "intends"
    # another's plan, reported, is asserted
    near = "وقال ناشطون إن عناصر الميليشيا يستعدون لاقتحام المدينة."
    assert who_says(near, "لاقتحام المدينة").stance == "asserts"


def test_describing_the_reports_as_mere_rumours_denies_them():
    text = "ووصف المتحدث الأنباء عن مقتل القائد بأنها مجرد شائعات."
    said = who_says(text, "مقتل القائد")
    assert (said.speaker, said.stance) == ("المتحدث", "denies")
    near = "ووصف المتحدث الأنباء عن مقتل القائد بأنها مؤلمة."
    assert who_says(near, "مقتل القائد").stance != "denies"


def test_a_persons_name_after_a_quoted_group_stays_in_the_speaker():
    text = 'وقال الناطق باسم "لواء الفتح" سامر العمر، في تصريحات صحفية، إن مقاتليه صدوا الهجوم.'
    assert "سامر العمر" in (who_says(text, "صدوا الهجوم").speaker or "")
    near = 'وقالت شبكة "الرقة 24" المحلية، نقلاً عن مصادر طبية، إن مقاتليه صدوا الهجوم.'
    assert "المحلية" not in (who_says(near, "صدوا الهجوم").speaker or "")


def test_a_monitors_own_activists_report_for_the_monitor():
    text = "ورصد نشطاء المرصد السوري استهداف الطائرات لأطراف البلدة."
    assert who_says(text, "أطراف البلدة").speaker_kind == "monitor"
    near = "ورصد نشطاء من البلدة استهداف الطائرات لأطراف البلدة."
    assert who_says(near, "أطراف البلدة").speaker_kind == "local"
