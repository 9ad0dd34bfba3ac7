"""Attribution forms of the attribution round on development set 43 (issue 18): a monitor's
name heading the first line makes the text its own, a correspondent's 'في X' is where he
reports from, two sources ('مصدرين') head a speaker, raising a toll reports it. Each rule
with a sentence of its own and a near miss."""

from tests.attributing import who_says


def test_a_first_line_headed_by_a_monitors_name_makes_the_text_the_monitors():
    text = (
        "لجان التنسيق المحلية في سوريا - تنسيقية معضمية الشام\n"
        "عاجل | ريف دمشق\n\n"
        "- قصف بالهاون على الأحياء الغربية أدى إلى سقوط ثلاثة شهداء بينهم طفل."
    )
    found = who_says(text, "ثلاثة شهداء")
    assert (found.speaker, found.speaker_kind) == (None, "monitor")
    headline = (
        "المرصد السوري: 12 قتيلاً في قصف على ريف إدلب\n\n"
        "وقال المرصد السوري لحقوق الإنسان إن الطيران قصف البلدة. "
        "وقتل خمسة مدنيين في قصف آخر على بلدة مجاورة."
    )
    assert who_says(headline, "خمسة مدنيين").speaker_kind == "monitor"
    # near miss: a monitor's headline over a report that never names it again is quoted
    quoted = "المرصد السوري: 12 قتيلاً في قصف على ريف إدلب\n\nوقتل خمسة مدنيين في قصف على البلدة."
    assert who_says(quoted, "خمسة مدنيين").speaker_kind == "outlet"
    # near miss: an outlet's dateline under the monitor's headline makes the headline quoted
    outlet = (
        "المرصد السوري: 12 قتيلاً في قصف على ريف إدلب\n\nإدلب – عنب بلدي\n\n"
        "وقال المرصد السوري لحقوق الإنسان إن الطيران قصف البلدة. "
        "وقتل خمسة مدنيين في قصف آخر على بلدة مجاورة."
    )
    assert who_says(outlet, "خمسة مدنيين").speaker_kind == "outlet"
    # near miss: a headline sentence opening with the monitor's verb names no source line
    sentence = "المرصد السوري يوثق مقتل 12 شخصاً في ريف إدلب\n\nوقتل خمسة مدنيين في قصف على البلدة."
    assert who_says(sentence, "خمسة مدنيين").speaker_kind == "outlet"


def test_a_correspondents_place_is_no_office_of_a_party():
    text = "وقتل أربعة مدنيين في القصف، بحسب ما أفاد به مراسل عنب بلدي في المحافظة."
    found = who_says(text, "أربعة مدنيين")
    assert found.speaker.startswith("مراسل عنب بلدي")
    assert found.speaker_kind == "outlet"
    # near miss: a source in the governorate's administration is still a party
    office = "وقتل أربعة مدنيين في القصف، بحسب ما أفاد به مصدر في محافظة ريف دمشق."
    assert who_says(office, "أربعة مدنيين").speaker_kind == "party"


def test_two_sources_head_a_speaker_phrase():
    text = "وذكرت رويترز نقلاً عن مصدرين في الجيش السوري أن عشرات الجنود قتلوا في المعارك."
    found = who_says(text, "عشرات الجنود")
    assert "الجيش السوري" in found.speaker
    assert found.speaker_kind == "party"
    # near miss: two local sources stay local
    local = "وذكرت رويترز نقلاً عن مصدرين محليين أن عشرات الجنود قتلوا في المعارك."
    assert who_says(local, "عشرات الجنود").speaker_kind == "local"


def test_raising_a_toll_reports_it():
    text = "ورفعت الشبكة السورية لحقوق الإنسان عدد الضحايا إلى 30 مدنياً بينهم ثمانية أطفال."
    found = who_says(text, "30 مدنياً")
    assert found.speaker == "الشبكة السورية لحقوق الإنسان"
    assert (found.speaker_kind, found.stance) == ("monitor", "asserts")
    after = "أما المرصد فأكد أن الطائرات أقلعت من قاعدة حميميم، ورفع حصيلة القتلى إلى 16 شخصاً."
    assert who_says(after, "16 شخصاً").stance == "asserts"
    own = (
        "أما المرصد السوري فرفع حصيلته إلى أكثر من ألف قتيل، "
        "وهي أرقام وصفها مصدر رسمي بالمبالغ فيها."
    )
    assert who_says(own, "أكثر من ألف قتيل").speaker == "المرصد السوري"
    # near miss: lifting a siege reports nothing
    lifted = "ورفعت قوات النظام الحصار عن البلدة بعد مقتل 16 شخصاً."
    assert who_says(lifted, "16 شخصاً").speaker is None
    # near miss: a toll raised inside what is said keeps the sayer
    said = "وقال المرصد إن هذه العملية ترفع عدد الهجمات إلى 512، أسفرت عن مقتل 354 شخصاً."
    assert who_says(said, "354 شخصاً").speaker == "المرصد"


def test_a_monitors_headline_over_its_own_report_is_its_own_voice():
    text = (
        "الشبكة السورية لحقوق الإنسان: مقتل 18 مدنياً في ريف حلب خلال أسبوع\n\n"
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 18 مدنياً بينهم خمسة أطفال في ريف حلب."
    )
    found = who_says(text, "مقتل 18 مدنياً في ريف حلب خلال")
    assert (found.speaker, found.speaker_kind) == (None, "monitor")
    # near miss: the same headline over an outlet's report quotes the monitor
    quoted = (
        "الشبكة السورية لحقوق الإنسان: مقتل 18 مدنياً في ريف حلب خلال أسبوع\n\n"
        "حلب – عنب بلدي\n\n"
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 18 مدنياً بينهم خمسة أطفال في ريف حلب."
    )
    said = who_says(quoted, "مقتل 18 مدنياً في ريف حلب خلال")
    assert (said.speaker, said.speaker_kind) == ("الشبكة السورية لحقوق الإنسان", "monitor")


def test_a_source_of_the_networks_own_text_speaks_for_the_network():
    text = (
        "الرقة تذبح بصمت: غارات على مقرات التنظيم\n\n"
        "وقال مصدر من الحملة إن غارة استهدفت مقراً للتنظيم، ما أدى إلى مقتل ستة عناصر منه."
    )
    found = who_says(text, "ستة عناصر")
    assert (found.speaker_kind, found.speaker) == ("outlet", "مصدر من الحملة")
    # near miss: a source of the same campaign quoted in another outlet's text is local
    quoted = "وقال مصدر من حملة الرقة تذبح بصمت إن غارة قتلت ستة عناصر من التنظيم."
    assert who_says(quoted, "ستة عناصر").speaker_kind == "local"


def test_a_statement_title_under_the_headline_is_a_partys_voice():
    text = (
        "صد هجوم واسع لقوات النظام على محاور ريف إدلب الجنوبي وتكبيدها خسائر كبيرة\n\n"
        "بيان صادر عن القيادة العامة لهيئة تحرير الشام\n\n"
        "تمكن المجاهدون من صد الهجوم وقتلوا عشرين عنصراً من قوات النظام."
    )
    assert who_says(text, "عشرين عنصراً").speaker_kind == "party"
    agency = "وكالة إباء\n\nقتل عشرون عنصراً من قوات النظام بعملية للمجاهدين في ريف حلب."
    assert who_says(agency, "عشرون عنصراً").speaker_kind == "party"
    # near miss: a statement told in a sentence of the report is no title line
    told = (
        "صد هجوم واسع لقوات النظام على محاور ريف إدلب الجنوبي وتكبيدها خسائر كبيرة\n\n"
        "وبحسب بيان صادر عن القيادة العامة للفصائل، قتل عشرون عنصراً. "
        "وقتل خمسة مدنيين في قصف على البلدة."
    )
    assert who_says(told, "خمسة مدنيين").speaker_kind == "outlet"


def test_a_participle_after_someone_a_recording_shows_is_the_one_shown():
    text = (
        "ونشرت معرفات التنظيم تسجيلاً مصوراً يظهر فيه أحد قادة التنظيم متوعداً "
        "«بقطع رؤوس المرتدين» في ريف دير الزور."
    )
    found = who_says(text, "بقطع رؤوس المرتدين")
    assert found.speaker == "أحد قادة التنظيم"
    assert (found.speaker_kind, found.stance) == ("party", "intends")
    # near miss: with nobody shown, the participle keeps the publisher
    plain = "ونشرت معرفات التنظيم تسجيلاً مصوراً، متوعدة «بقطع رؤوس المرتدين» في ريف دير الزور."
    assert who_says(plain, "بقطع رؤوس المرتدين").speaker != "أحد قادة التنظيم"


def test_a_threat_told_by_a_noun_is_its_genitives_threat():
    text = "وجاء ذلك بعد وعيد قائد الفصيل باقتحام البلدة إذا لم يفرج عن المعتقلين."
    found = who_says(text, "باقتحام البلدة")
    assert (found.speaker, found.speaker_kind, found.stance) == ("قائد الفصيل", "party", "intends")
    quoted = 'بعد أيام من تهديد "والي الرقة" في كلمة مصورة بـ"قطع رأس كل من يتعاون".'
    assert who_says(quoted, "قطع رأس").speaker == "والي الرقة"
    # near miss: the main clause after the threat's phrase is the text's own
    after = "ورغم تهديد الجيش بقصف المواقع، قتل خمسة مدنيين في البلدة."
    assert who_says(after, "خمسة مدنيين").speaker is None
    # near miss: a threat to something names no speaker
    other = "ويشكل انتشار السلاح تهديداً للأمن في المدينة التي قتل فيها خمسة مدنيين."
    assert who_says(other, "خمسة مدنيين").speaker is None


def test_casting_doubt_on_a_report_denies_it():
    text = "وشككت الحكومة في رواية مقتل خمسة مدنيين في القصف."
    found = who_says(text, "خمسة مدنيين")
    assert (found.speaker, found.stance) == ("الحكومة", "denies")
    # near miss: confirming the same report confirms it
    confirmed = "وأكدت الحكومة رواية مقتل خمسة مدنيين في القصف."
    assert who_says(confirmed, "خمسة مدنيين").stance == "confirms"


def test_the_correspondent_again_is_the_correspondent_named_before():
    text = (
        "حماة-سانا\n\nوذكر مراسل سانا في حماة أن الإرهابيين استهدفوا المدينة بالقذائف. "
        "وأشار المراسل إلى أن وحدات الجيش ردت على مصادر إطلاق القذائف."
    )
    found = who_says(text, "ردت على مصادر")
    assert (found.speaker, found.speaker_kind) == ("المراسل", "party")
    # near miss: an independent outlet's correspondent again speaks for that outlet
    outlet = (
        "إدلب - عنب بلدي\n\nوقال مراسل عنب بلدي إن القصف استهدف البلدة. "
        "وأشار المراسل إلى أن الطيران الحربي استهدف البلدة مرتين."
    )
    assert who_says(outlet, "استهدف البلدة مرتين").speaker_kind == "outlet"


def test_a_negated_carrying_of_arms_rejects_a_charge():
    text = "وقال والد الشاب إن ابنه لم يكن يحمل سلاحاً عندما أطلق عليه الرصاص."
    assert who_says(text, "لم يكن يحمل سلاحاً").stance == "denies"
    quoted = 'مؤكداً أن المحتجين "لم يكونوا يحملون أي سلاح".'
    assert who_says(
        "وقال أحد المحتجين إن الأمن أطلق النار، " + quoted, "لم يكونوا يحملون أي سلاح"
    ).stance == ("denies")
    # near miss: a negated carrying of anything else states a fact
    aid = "وقال مسؤول الإغاثة إن القافلة لم تحمل أي مساعدات طبية."
    assert who_says(aid, "لم تحمل أي مساعدات").stance == "asserts"


def test_a_source_of_its_own_kind_in_the_governorate_is_no_office():
    for speaker in ("ناشطون في المحافظة", "مصادر محلية في المحافظة", "مصدر طبي في المحافظة"):
        text = f"وقال {speaker} إن خمسة مدنيين قتلوا في القصف."
        assert who_says(text, "خمسة مدنيين").speaker_kind == "local", speaker
    # near miss: a bare source in the governorate's office is a party
    office = "وقال مصدر في محافظة ريف دمشق إن خمسة مدنيين قتلوا في القصف."
    assert who_says(office, "خمسة مدنيين").speaker_kind == "party"


def test_a_source_from_a_tribe_is_a_tribal_source():
    text = "وقال مصدر من عشيرة البكير إن خمسة مدنيين قتلوا في القصف."
    assert who_says(text, "خمسة مدنيين").speaker_kind == "local"
    # near miss: a source from the tribes' fighters speaks for a party (H)
    fighters = "وقال مصدر من مقاتلي العشائر إن خمسة عناصر من قسد قتلوا في الهجوم."
    assert who_says(fighters, "خمسة عناصر").speaker_kind == "party"


def test_a_known_source_on_the_dateline_under_the_headline_names_the_text_itself():
    text = (
        "مقتل ثلاثة عناصر من قسد بهجوم لخلايا داعش في ريف الحسكة\n\n"
        "الحسكة - نورث برس\n\n"
        "وبحسب إحصائية لنورث برس، فإن خلايا التنظيم نفذت 14 هجوماً في المنطقة."
    )
    assert who_says(text, "14 هجوماً").speaker_kind == "outlet"
    # near miss: the same source quoted in another outlet's text is a local network
    other = (
        "مقتل ثلاثة عناصر من قسد بهجوم لخلايا داعش في ريف الحسكة\n\n"
        "الحسكة - عنب بلدي\n\n"
        "وبحسب إحصائية لنورث برس، فإن خلايا التنظيم نفذت 14 هجوماً في المنطقة."
    )
    assert who_says(other, "14 هجوماً").speaker_kind == "local"
