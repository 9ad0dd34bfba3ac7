"""Attribution forms of development set 37 (issue 18): calls in participles and relative
clauses, plans, relatives and town councils as speakers, the accused after an accuser, a
recording's medium, an elided subject, a relative clause between a subject and its verb,
state TV's correspondent, 'لكنه', 'أما ...، فقد', an outlet told. Each rule with a sentence
of its own and a near miss."""

from tests.attributing import who_says


def test_a_call_in_a_participle_governs_what_follows_it_after_another_verb():
    text = (
        "وأعربت منظمة أطباء بلا حدود عن قلقها على الجرحى في المشفى، "
        "داعية الأطراف إلى فتح ممر لإجلائهم."
    )
    found = who_says(text, "فتح ممر لإجلائهم")
    assert (found.speaker_kind, found.stance) == ("monitor", "intends")
    # near miss: what it said before the call stays asserted
    assert who_says(text, "الجرحى في المشفى").stance == "asserts"
    # near miss: a call that reports a count reports it
    counted = "وأعربت المنظمة عن قلقها، داعية إلى التحقيق في مقتل 12 مدنياً."
    assert who_says(counted, "12 مدنياً").stance == "asserts"
    # near miss: protesters' demand told in the text's own voice is asserted (convention A)
    told = "وخرج المئات في المدينة، مطالبين بإسقاط النظام والإفراج عن المعتقلين."
    assert who_says(told, "والإفراج عن المعتقلين").stance == "asserts"


def test_a_call_in_a_relative_clause_about_the_source_is_its_plan():
    text = "وتعيش 300 عائلة بلا مأوى، بحسب لجنة الأهالي، التي ناشدت الهلال الأحمر إرسال قافلة."
    assert who_says(text, "إرسال قافلة").stance == "intends"
    # near miss: a relative clause that reports is no call
    miss = "وتعيش 300 عائلة بلا مأوى، بحسب لجنة الأهالي، التي وثقت مقتل ثلاثة مدنيين."
    assert who_says(miss, "ثلاثة مدنيين").stance == "asserts"


def test_in_preparation_for_is_a_plan():
    text = "وأعلن فصيل جيش العزة أن مقاتليه انسحبوا من التلال تمهيداً لشن هجوم معاكس."
    assert who_says(text, "لشن هجوم معاكس").stance == "intends"
    # near miss: what was done before the plan is asserted
    assert who_says(text, "انسحبوا من التلال").stance == "asserts"


def test_relatives_speak_for_themselves_whoever_they_are_kin_to():
    text = "وقال أحد أقارب القيادي في الفصيل إن الرجل اختطف من منزله."
    found = who_says(text, "اختطف من منزله")
    assert found.speaker == "أحد أقارب القيادي في الفصيل"
    assert found.speaker_kind == "local"
    # near miss: the commander himself is a party
    own = "وقال القيادي في الفصيل إن الرجل اختطف من منزله."
    assert who_says(own, "اختطف من منزله").speaker_kind == "party"


def test_a_towns_council_is_a_local_council():
    text = "وقال رئيس مجلس بلدة الكرامة إن عشرين عائلة نزحت من القرى المجاورة."
    assert who_says(text, "عشرين عائلة").speaker_kind == "local"
    # near miss: a council of the administration itself is a party
    party = "وقال مجلس سوريا الديمقراطية إن عشرين عائلة نزحت من القرى المجاورة."
    assert who_says(party, "عشرين عائلة").speaker_kind == "party"


def test_a_quoted_party_accused_before_the_charge_is_no_part_of_the_accuser():
    text = 'واتهمت لجنة الأهالي في البلدة "مجموعات تابعة للفرقة الرابعة" بسرقة المحاصيل.'
    found = who_says(text, "بسرقة المحاصيل")
    assert found.speaker is not None and found.speaker.startswith("لجنة الأهالي")
    assert "الفرقة" not in found.speaker
    assert found.speaker_kind == "local"
    # near miss: a quoted name followed by another party (no charge) is the accuser's own
    named = 'واتهم قائد "لواء شهداء الإسلام" قوات النظام بقصف البلدة.'
    assert "لواء شهداء الإسلام" in (who_says(named, "بقصف البلدة").speaker or "")


def test_a_recording_put_on_a_medium_is_no_new_speaker():
    text = (
        "وأعلن قائد فصيل أحرار الشرقية في تسجيل مصور نشر على تلغرام "
        '"الاستنفار العام" في صفوف مقاتليه.'
    )
    found = who_says(text, "الاستنفار العام")
    assert found.speaker is not None and found.speaker.startswith("قائد فصيل")
    assert found.speaker_kind == "party"
    # near miss: a verb with a subject of its own after it speaks
    own = "ونشر ناشطون على تلغرام صوراً قالوا إنها لقصف السوق."
    assert who_says(own, "لقصف السوق").speaker_kind in ("local", "social")


def test_an_accusing_verb_with_its_object_pronoun_keeps_the_speaker_before_it():
    text = (
        "وزعمت وكالة سانا أن المسلحين منعوا الأهالي من المغادرة، "
        "واتهمتهم بقصف حي الميدان، ما أدى إلى مقتل طفلين."
    )
    found = who_says(text, "مقتل طفلين")
    assert found.speaker == "وكالة سانا"
    assert found.speaker_kind == "party"
    # near miss: an accuser named after the verb speaks
    named = "واتهم الأهالي الفصيل بقصف حي الميدان، ما أدى إلى مقتل طفلين."
    assert who_says(named, "مقتل طفلين").speaker == "الأهالي"


def test_a_relative_clause_between_a_quoted_name_and_its_verb():
    text = (
        "وقالت الوزارة إن الغارة استهدفت مستودعاً. غير أن شبكة «نهر ميديا»، "
        "التي يديرها صحفيون من الميادين، أفادت بأن الغارة قتلت ثلاثة مدنيين."
    )
    found = who_says(text, "ثلاثة مدنيين")
    assert "نهر ميديا" in (found.speaker or "")
    assert found.speaker_kind == "local"
    # near miss: the ministry's own claim before stays the ministry's
    assert who_says(text, "استهدفت مستودعاً").speaker == "الوزارة"


def test_state_tvs_correspondent_speaks_for_a_party():
    text = "وذكر مراسل الإخبارية أن الدورية اعتقلت شابين من البلدة."
    assert who_says(text, "شابين").speaker_kind == "party"
    # near miss: an independent channel's correspondent speaks for an outlet
    other = "وذكر مراسل الجزيرة أن الدورية اعتقلت شابين من البلدة."
    assert who_says(other, "شابين").speaker_kind == "outlet"


def test_but_it_said_speaks_for_the_subject_before():
    text = (
        "ولم تعلق وزارة الدفاع التركية على الغارة، "
        "لكنها قالت في بيان سابق إن قواتها تستهدف مواقع المسلحين فقط."
    )
    found = who_says(text, "تستهدف مواقع المسلحين")
    assert found.speaker == "وزارة الدفاع التركية"
    assert found.speaker_kind == "party"
    # near miss: 'لكن' with a subject of its own
    other = "ولم تعلق الوزارة على الغارة، لكن مصدراً محلياً قال إن القصف طال السوق."
    assert who_says(other, "القصف طال السوق").speaker_kind == "local"


def test_a_source_inside_a_ministry_accusing_a_party():
    text = "واتهم مصدر في وزارة الداخلية خلايا تنظيم داعش بتنفيذ التفجير."
    found = who_says(text, "بتنفيذ التفجير")
    assert found.speaker == "مصدر في وزارة الداخلية"
    assert found.speaker_kind == "party"
    # near miss: activists accusing the security forces end before them
    other = "واتهم ناشطون قوات الأمن بقتل المتظاهرين."
    assert who_says(other, "بقتل المتظاهرين").speaker == "ناشطون"


def test_amma_topic_before_faqad():
    text = (
        "وقالت مصادر محلية إن القصف استهدف السوق. "
        "أما الدفاع المدني في إدلب، فقد أعلن أن فرقه انتشلت سبع جثث."
    )
    found = who_says(text, "سبع جثث")
    assert found.speaker == "الدفاع المدني في إدلب"
    assert found.speaker_kind == "monitor"
    # near miss: the sentence before keeps its own source
    assert who_says(text, "القصف استهدف السوق").speaker == "مصادر محلية"


def test_an_outlet_told_after_the_speaker_is_no_part_of_him():
    text = "وقال مسعف من المدينة لأورينت نت إن المشفى استقبل تسعة جرحى."
    found = who_says(text, "تسعة جرحى")
    assert found.speaker == "مسعف من المدينة"
    assert found.speaker_kind == "local"
    # near miss: the outlet's own editor speaks for it
    own = "وقال مدير تحرير أورينت نت إن المشفى استقبل تسعة جرحى."
    assert who_says(own, "تسعة جرحى").speaker_kind == "outlet"


def test_a_body_of_a_town_appealing_to_organisations():
    text = "وناشد المجلس المحلي لبلدة كفرنبل المنظمات الإنسانية إرسال مساعدات عاجلة."
    found = who_says(text, "إرسال مساعدات عاجلة")
    assert found.speaker == "المجلس المحلي لبلدة كفرنبل"
    assert (found.speaker_kind, found.stance) == ("local", "intends")
    # near miss: the council alone before them
    bare = "وناشد المجلس المحلي المنظمات الإنسانية إرسال مساعدات عاجلة."
    assert who_says(bare, "إرسال مساعدات عاجلة").speaker == "المجلس المحلي"


def test_a_call_whose_object_opens_a_quotation():
    text = 'ووثقت الشبكة مقتل خمسة مدنيين في القصف، مطالبة بـ"فتح تحقيق مستقل".'
    assert who_says(text, "فتح تحقيق مستقل").stance == "intends"
    # near miss: the count it documented before the call is asserted
    assert who_says(text, "خمسة مدنيين").stance == "asserts"


def test_a_committee_of_residents_is_local():
    text = "وأكدت لجنة من أهالي المخطوفين أن الخاطفين طلبوا فدية."
    assert who_says(text, "طلبوا فدية").speaker_kind == "local"
    # near miss: a security committee is a party's
    party = "وأكدت اللجنة الأمنية أن الخاطفين طلبوا فدية."
    assert who_says(party, "طلبوا فدية").speaker_kind == "party"


def test_a_hedged_nationality_inside_the_claim_is_hearsay():
    text = "وأشار المرصد إلى أن طائرات يرجح أنها روسية قصفت البلدة."
    assert who_says(text, "طائرات يرجح أنها روسية").stance == "hearsay"
    # near miss: what the aircraft did, after the hedge, is asserted
    assert who_says(text, "قصفت البلدة").stance == "asserts"


def test_a_coordinated_demand_names_whom_the_speaker_calls_on():
    text = "ودانت وزارة الخارجية في بيان القصف، وطالبت الأمم المتحدة بالتحرك الفوري."
    found = who_says(text, "بالتحرك الفوري")
    assert found.speaker == "وزارة الخارجية"
    assert (found.speaker_kind, found.stance) == ("party", "intends")
    # near miss: in a sentence of its own the phrase after the verb is its subject
    own = "ودانت وزارة الخارجية في بيان القصف. وطالبت الأمم المتحدة بالتحرك الفوري."
    assert who_says(own, "بالتحرك الفوري").speaker == "الأمم المتحدة"


def test_a_relay_in_the_present_names_its_source():
    text = "ويدين البيان القصف، وينقل عن شهود عيان أن الطائرات استهدفت السوق."
    found = who_says(text, "استهدفت السوق")
    assert found.speaker == "شهود عيان"
    assert found.speaker_kind == "local"
    # near miss: carrying people somewhere is no relay
    moved = "وينقل الأهالي الجرحى إلى تركيا."
    assert who_says(moved, "إلى تركيا").speaker is None


def test_what_a_protest_demands_is_part_of_the_event():
    text = "وخرجت مظاهرة في البلدة تطالب بالإفراج عن المعتقلين."
    assert who_says(text, "بالإفراج عن المعتقلين").speaker is None
    # near miss: protesters named as the subject of the demand speak
    said = "وطالب المتظاهرون بالإفراج عن المعتقلين."
    assert who_says(said, "بالإفراج عن المعتقلين").speaker == "المتظاهرون"


def test_an_announced_act_does_not_reach_past_a_clause_opener():
    text = "أعلن المجلس العسكري رفع الجاهزية، فيما وصل آلاف النازحين إلى المدينة."
    assert who_says(text, "آلاف النازحين").speaker is None
    # near miss: what it announced is its own
    assert who_says(text, "رفع الجاهزية").speaker == "المجلس العسكري"


def test_a_director_of_a_port_or_district_is_an_official():
    text = "وقال مدير المرفأ إن العمل توقف بعد القصف."
    assert who_says(text, "العمل توقف").speaker_kind == "party"
    # near miss: a hospital's director is a local source
    other = "وقال مدير المشفى إن العمل توقف بعد القصف."
    assert who_says(other, "العمل توقف").speaker_kind == "local"


def test_a_name_after_a_quoted_group_and_before_whom_he_told():
    text = 'وقال القيادي في "جيش العزة" أبو حسن الحموي لعنب بلدي إن مقاتليهم قتلوا سبعة عناصر.'
    found = who_says(text, "سبعة عناصر")
    assert "أبو حسن الحموي" in (found.speaker or "")
    assert found.speaker_kind == "party"
    # near miss: with no name, whom he told is no part of him
    bare = 'وقال القيادي في "جيش العزة" لعنب بلدي إن مقاتليهم قتلوا سبعة عناصر.'
    assert "عنب" not in (who_says(bare, "سبعة عناصر").speaker or "")


def test_a_speakers_name_given_as_called_between_commas():
    text = "وقال ناشط من المدينة، يُدعى أبو محمد الحلبي، إن القصف استهدف السوق."
    found = who_says(text, "القصف استهدف السوق")
    assert "أبو محمد الحلبي" in (found.speaker or "")
    assert found.speaker_kind == "local"
    # near miss: how he spoke is no name
    hidden = "وقال ناشط من المدينة، طلب عدم ذكر اسمه، إن القصف استهدف السوق."
    assert who_says(hidden, "القصف استهدف السوق").speaker == "ناشط من المدينة"


def test_a_participle_goes_with_its_own_sentences_subject():
    text = (
        "وقال المرصد إن القصف تواصل. "
        "وأطلق الجيش الوطني السوري عملية عسكرية في ريف حلب، معلناً السيطرة على ثلاث قرى."
    )
    found = who_says(text, "السيطرة على ثلاث قرى")
    assert "الجيش الوطني" in (found.speaker or "")
    assert found.speaker_kind == "party"
    # near miss: after a reporting verb in its sentence the participle goes on with it
    said = "وقال المرصد إن الجيش الوطني أطلق عملية، مشيراً إلى السيطرة على ثلاث قرى."
    assert who_says(said, "السيطرة على ثلاث قرى").speaker == "المرصد"


def test_pictures_put_out_by_activists_are_the_source():
    text = "وخرجت مظاهرة حاشدة في الحي، بحسب صور نشرها ناشطون على فيسبوك."
    found = who_says(text, "مظاهرة حاشدة")
    assert (found.speaker or "").startswith("صور نشرها ناشطون")
    assert found.speaker_kind == "social"
    # near miss: the activists named alone
    bare = "وخرجت مظاهرة حاشدة في الحي، بحسب ناشطين في المدينة."
    assert who_says(bare, "مظاهرة حاشدة").speaker == "ناشطين في المدينة"


def test_what_the_agent_of_a_kidnapping_did_names_no_speaker():
    text = (
        "ووثقت الشبكة اختطاف طبيب على يد مجموعة مسلحة طالبت ذويه بفدية، "
        "ومقتل ثلاثة مدنيين بقصف على البلدة."
    )
    found = who_says(text, "ثلاثة مدنيين")
    assert found.speaker == "الشبكة"
    # near miss: an indefinite subject opening its clause still speaks
    said = "مصادر طبية قالت إن ثلاثة مدنيين قتلوا بقصف على البلدة."
    assert who_says(said, "ثلاثة مدنيين").speaker == "مصادر طبية"


def test_what_pictures_show_is_reported_by_who_put_them_out():
    text = "وأظهرت صور تداولها ناشطون على تلغرام دماراً واسعاً في السوق."
    found = who_says(text, "دماراً واسعاً")
    assert (found.speaker or "").startswith("صور تداولها ناشطون")
    assert (found.speaker_kind, found.stance) == ("social", "hearsay")
    # near miss: showing with no published thing reports nothing
    other = "وأظهر الجيش قدرة على صد الهجوم."
    assert who_says(other, "صد الهجوم").speaker is None


def test_idh_after_an_amma_topic_speaks_for_the_topic():
    text = (
        "وقالت الوزارة إن القصف توقف. "
        "أما الشبكة السورية لحقوق الإنسان فقدمت حصيلة أعلى، إذ قالت إن 40 شخصاً قتلوا."
    )
    found = who_says(text, "40 شخصاً")
    assert found.speaker == "الشبكة السورية لحقوق الإنسان"
    assert found.speaker_kind == "monitor"
    # near miss: the sentence before keeps its speaker
    assert who_says(text, "القصف توقف").speaker == "الوزارة"


def test_an_agency_passing_on_a_source_after_according_to():
    text = "وقتل 12 شخصاً في الغارات، بحسب ما أفادت وكالة رويترز نقلاً عن مسعفين."
    found = who_says(text, "12 شخصاً")
    assert found.speaker == "مسعفين"
    assert found.speaker_kind == "local"
    # near miss: the agency alone is the source
    alone = "وقتل 12 شخصاً في الغارات، بحسب ما أفادت وكالة رويترز."
    assert who_says(alone, "12 شخصاً").speaker == "وكالة رويترز"


def test_a_partys_own_text_naming_itself_speaks_as_the_party():
    text = (
        "وزارة الداخلية – الجمهورية العربية السورية\n\n"
        "فككت وحدات الأمن العام خلية في ريف جبلة.\n\n"
        "وكانت الوزارة قد أعلنت الإفراج عن 40 موقوفاً."
    )
    assert who_says(text, "40 موقوفاً").speaker_kind == "party"
    # near miss: a network naming itself in its own text is an outlet
    other = "فرات بوست – خاص\n\nقصفت طائرات البلدة.\n\nوكانت الشبكة قد وثقت مقتل 40 شخصاً."
    assert who_says(other, "40 شخصاً").speaker_kind == "outlet"


def test_a_body_line_opening_with_a_source_and_a_colon():
    text = "عاجل\n\nمصادر محلية: السيارة المفخخة انفجرت قرب السوق.\n"
    found = who_says(text, "السيارة المفخخة انفجرت")
    assert found.speaker == "مصادر محلية"
    assert found.speaker_kind == "local"
    # near miss: a place before the colon speaks for nobody
    place = "عاجل\n\nدرعا: السيارة المفخخة انفجرت قرب السوق.\n"
    assert who_says(place, "السيارة المفخخة انفجرت").speaker is None
    # near miss: in a post whose lines carry bullets, only they mark the items
    bulleted = "عاجل\n- انفجار قرب السوق.\nمصادر محلية: السيارة المفخخة انفجرت قرب السوق.\n"
    assert who_says(bulleted, "السيارة المفخخة انفجرت").speaker is None


def test_what_people_heard_is_hearsay():
    text = "ونقل ناشطون عن أهالي أنهم سمعوا أن القذائف أطلقت من الحي."
    assert who_says(text, "القذائف أطلقت").stance == "hearsay"
    # near miss: what they said they saw is asserted
    seen = "ونقل ناشطون عن أهالي أن القذائف أطلقت من الحي."
    assert who_says(seen, "القذائف أطلقت").stance == "asserts"


def test_a_towns_medical_office_is_a_local_source():
    text = "وقتل أحد عشر مدنياً، بحسب إحصائية المكتب الطبي الموحد في الغوطة الشرقية."
    found = who_says(text, "أحد عشر مدنياً")
    assert "المكتب الطبي الموحد" in (found.speaker or "")
    assert found.speaker_kind == "local"
    # near miss: a party's own text names its media office; a medical office is no anaphor of it
    own = (
        "المكتب الإعلامي لجيش الإسلام\n\n"
        "وقتل أحد عشر مدنياً، بحسب إحصائية المكتب الطبي الموحد في الغوطة الشرقية."
    )
    assert who_says(own, "أحد عشر مدنياً").speaker_kind == "local"


def test_a_report_named_again_is_its_authors():
    text = (
        "وقالت الشبكة السورية لحقوق الإنسان في تقريرها اليومي إن القصف تواصل. "
        "وقال ناشطون إن الطرق مقطوعة. "
        "وأشار التقرير إلى أن ثمانمئة مدني ما زالوا عالقين."
    )
    assert who_says(text, "ثمانمئة مدني").speaker_kind == "monitor"
    # near miss: a statement named again with no author before is the last speaker's
    bare = "وقال ناشطون إن الطرق مقطوعة. وأشار التقرير إلى أن ثمانمئة مدني ما زالوا عالقين."
    assert who_says(bare, "ثمانمئة مدني").speaker_kind == "local"


def test_a_network_told_right_after_the_verb_is_no_speaker():
    text = "ونفى مصدر محلي رواية قسد، وقال لعين الفرات إن سبعة من أبناء العشيرة قتلوا."
    found = who_says(text, "سبعة من أبناء العشيرة")
    assert found.speaker == "مصدر محلي"
    assert found.speaker_kind == "local"
    # near miss: a monitor naming itself as the verb's subject in its own text speaks
    own = "لجان التنسيق المحلية – حمص\n\nوقالت لجان التنسيق المحلية إن ثلاثة شبان قتلوا."
    assert who_says(own, "ثلاثة شبان").speaker_kind == "monitor"


def test_a_headline_naming_an_event_and_a_claim_after_it():
    text = 'تفجيرات طرطوس وجبلة: عشرات القتلى و"داعش" يتبنى\n\nانفجرت سيارات مفخخة.'
    found = who_says(text, "عشرات القتلى")
    assert found.speaker is None
    # near miss: a speaker before the headline's colon speaks
    said = "المرصد السوري: عشرات القتلى في تفجيرات طرطوس\n\nانفجرت سيارات مفخخة."
    assert who_says(said, "عشرات القتلى").speaker == "المرصد السوري"
