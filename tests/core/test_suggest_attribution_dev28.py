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
    assert who_says(near, "المشفى استقبل").speaker == "شبكة شام"


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
