"""Attribution forms of development set 34 (issue 18): a bulletin's bullet lines, activists
of a monitoring body, a call in a participle, a verb inside a quotation. Each rule with a
sentence of its own and a near miss."""

from tests.attributing import who_says

BULLETIN = (
    "🔴 عاجل | درعا\n"
    "- انفجار عبوة ناسفة قرب دوار البريد في مدينة درعا.\n"
    "- مصادر طبية: المشفى استقبل خمسة جرحى بينهم طفل.\n"
    "- نوى: دوريات تداهم منازل في الحي الغربي وتعتقل شابين.\n"
)


def test_a_bulletins_line_names_its_speaker_before_the_colon():
    found = who_says(BULLETIN, "خمسة جرحى")
    assert found.speaker == "مصادر طبية"
    assert (found.speaker_kind, found.stance) == ("local", "asserts")
    # near miss: a place before the colon is where, not who
    assert who_says(BULLETIN, "وتعتقل شابين").speaker is None
    # near miss: a line with no bullet mark is body text, not a headline
    plain = BULLETIN.replace("- مصادر طبية:", "مصادر طبية:")
    assert who_says(plain, "خمسة جرحى").speaker is None


def test_activists_of_a_monitoring_body_report_for_it():
    text = "وخرج المئات في حي الوعر، بحسب نشطاء في تنسيقية الحي."
    found = who_says(text, "المئات")
    assert found.speaker == "نشطاء في تنسيقية الحي"
    assert found.speaker_kind == "monitor"
    # near miss: activists of a place are local sources
    miss = who_says("وخرج المئات في حي الوعر، بحسب ناشطين في المدينة.", "المئات")
    assert miss.speaker_kind == "local"


def test_a_call_in_a_participle_is_the_callers_plan():
    text = "وقال رئيس المجلس المحلي إن القصف لم يتوقف، داعياً المنظمات إلى إرسال فرق إسعاف."
    assert who_says(text, "إرسال فرق إسعاف").stance == "intends"
    # near miss: what he said before the call is asserted
    assert who_says(text, "القصف لم يتوقف").stance == "asserts"


def test_a_verb_inside_a_quotation_is_no_new_speaker_for_what_follows():
    text = (
        'ونقلت القناة عن الطبيب سامر الحلبي قوله إن "القصف يهدد حياة المرضى". '
        "وتابع أن سبعة من الجرحى نقلوا إلى تركيا."
    )
    assert who_says(text, "سبعة من الجرحى").speaker == "الطبيب سامر الحلبي"
    # near miss: outside any quotation the verb has its own subject
    out = "وقال الطبيب سامر الحلبي إن المشفى امتلأ. وحذرت منظمة الصحة العالمية من انتشار الكوليرا."
    assert who_says(out, "انتشار الكوليرا").speaker == "منظمة الصحة العالمية"


def test_a_bulletin_speakers_link_after_its_adjective_goes_on_with_it():
    text = "عاجل | حمص\n• مصادر أهلية في حي الوعر: الأمن اعتقل تسعة شبان عند الحاجز.\n"
    found = who_says(text, "تسعة شبان")
    assert found.speaker == "مصادر أهلية في حي الوعر"
    assert found.speaker_kind == "local"
    # near miss: an event and its place before the colon name nobody
    miss = "عاجل | حمص\n• اشتباكات في حي الوعر: الأمن اعتقل تسعة شبان عند الحاجز.\n"
    assert who_says(miss, "تسعة شبان").speaker is None


def test_an_outlet_carrying_a_named_sources_count_gives_the_source():
    text = "ونقلت صحيفة الغارديان أن الشبكة السورية لحقوق الإنسان وثقت 58 قتيلاً في الحملة."
    found = who_says(text, "58 قتيلاً")
    assert found.speaker == "الشبكة السورية لحقوق الإنسان"
    assert found.speaker_kind == "monitor"
    # near miss: a monitor's member adding that a party acts reports the act himself
    miss = "وأكد عضو في الشبكة أن النظام يطالب بتهجير 58 عائلة من الحي."
    assert who_says(miss, "58 عائلة").speaker == "عضو في الشبكة"


def test_dant_condemns():
    text = 'ودانت وزارة الخارجية الأردنية "القصف العشوائي" على الأحياء في ريف درعا.'
    found = who_says(text, "القصف العشوائي")
    assert (found.speaker, found.speaker_kind) == ("وزارة الخارجية الأردنية", "party")
    # near miss: a verb of debt or faith is no cue where no speaker follows
    miss = "وشهدت الأحياء التي تدين بالولاء للحكومة هدوءاً، وقتل 3 مدنيين في القصف."
    assert who_says(miss, "3 مدنيين").speaker is None


def test_a_description_with_b_names_no_speaker():
    text = 'وأعلن المجلس العسكري مقتل 12 مسلحاً ممن وصفهم بـ"خلايا التنظيم"، وأسر أربعة آخرين.'
    assert who_says(text, "أربعة آخرين").speaker == "المجلس العسكري"
    # near miss: a describing verb with its own subject still names it
    own = "ووصف مدير المرصد الهجوم بأنه الأعنف، وقال إن أربعة آخرين قتلوا."
    assert who_says(own, "أربعة آخرين").speaker.startswith("مدير المرصد")


def test_a_denied_occurrence_is_the_deniers_object():
    text = "وقال الجيش الأردني في بيان إنه قصف مستودعاً للمهربين ونفى وقوع ضحايا مدنيين."
    found = who_says(text, "ضحايا مدنيين")
    assert (found.speaker, found.stance) == ("الجيش الأردني", "denies")
    # near miss: a denial with its own subject names that subject
    other = "وقال الجيش الأردني إنه قصف مستودعاً ونفى ناشطون وقوع ضحايا مدنيين."
    assert who_says(other, "ضحايا مدنيين").speaker == "ناشطون"


def test_flight_spotters_are_local_observers():
    text = "وقالت مراصد محلية تتابع حركة الطيران إن الطائرات أقلعت من مطار حماة العسكري."
    assert who_says(text, "أقلعت من مطار").speaker_kind == "local"
    # near miss: a monitoring group named by its own name stays a monitor
    miss = "وقال المرصد السوري لحقوق الإنسان إن الطائرات أقلعت من مطار حماة العسكري."
    assert who_says(miss, "أقلعت من مطار").speaker_kind == "monitor"


def test_the_source_with_no_source_named_is_the_last_speaker():
    text = (
        "وقال العميد أحمد الدالاتي، قائد الأمن الداخلي في المحافظة، إن الدورية تعرضت لكمين. "
        "وبحسب المصدر، فإن الهجوم أسفر عن مقتل 4 عناصر."
    )
    assert who_says(text, "4 عناصر").speaker_kind == "party"
    # near miss: a source named before is the one 'the source' refers to
    named = text.replace("وقال العميد", "وقال مصدر محلي إن العميد").replace(
        "قائد الأمن الداخلي في المحافظة، إن", "قائد الأمن الداخلي في المحافظة، أبلغهم أن"
    )
    assert who_says(named, "4 عناصر").speaker_kind == "local"


def test_a_health_director_is_an_official_and_a_free_office_is_local():
    text = "وقال مدير صحة اللاذقية الدكتور هاني شمس إن المشفى استقبل 6 جرحى."
    assert who_says(text, "6 جرحى").speaker_kind == "party"
    # near miss: the opposition's 'free' directorate is a local body
    free = "وقالت مديرية صحة حلب الحرة إن المشفى استقبل 6 جرحى."
    assert who_says(free, "6 جرحى").speaker_kind == "local"
    # and an armed group named with 'free' stays a party
    fsa = "وقال قائد في الجيش السوري الحر إن المشفى استقبل 6 جرحى."
    assert who_says(fsa, "6 جرحى").speaker_kind == "party"


def test_a_member_of_the_texts_own_campaign_speaks_for_it():
    text = (
        "الرقة تذبح بصمت: التنظيم يعتقل خمسة شبان\n\n"
        "اعتقل عناصر التنظيم خمسة شبان في حي الدرعية، وقال الناشط أبو عمر الرقاوي، أحد أعضاء"
        " الحملة، إن العناصر صادروا هواتف الأهالي."
    )
    assert who_says(text, "صادروا هواتف").speaker_kind == "outlet"
    # near miss: a resident of the quarter is a local source
    miss = text.replace("أحد أعضاء الحملة", "أحد سكان الحي")
    assert who_says(miss, "صادروا هواتف").speaker_kind == "local"


def test_an_agency_beside_a_partys_outlet_in_the_dateline_makes_a_wire():
    text = (
        "قصف تركي على ريف عين العرب\n\n"
        "عين العرب – (رويترز) / (هاوار)\n"
        "قُتل أربعة مدنيين بقصف مدفعي تركي على قرية زور مغار."
    )
    assert who_says(text, "أربعة مدنيين").speaker_kind == "outlet"
    # near miss: the party's outlet alone in the dateline is the party's voice
    alone = text.replace("(رويترز) / (هاوار)", "هاوار")
    assert who_says(alone, "أربعة مدنيين").speaker_kind == "party"


def test_the_reason_a_hedge_gives_is_told_as_a_fact():
    text = "وقال الدفاع المدني إن 14 شخصاً قتلوا، مرجحاً ارتفاع العدد بسبب وجود 30 مصاباً تحت الأنقاض."
    assert who_says(text, "30 مصاباً").stance == "asserts"
    # near miss: what the hedge weighs stays hearsay
    assert who_says(text, "ارتفاع العدد").stance == "hearsay"
