"""Attribution conventions A-C decided late on 2026-11-30 (issue 18,
`tests/suggest_labels/README.md`): a sentence of ordinary Syrian news Arabic written for each
rule, not copied from any set, and a near-miss."""

from tests.attributing import who_says


def test_a_call_for_an_act_not_yet_done_is_the_callers_plan():
    text = "ودعت نقابة المعلمين إلى إضراب شامل في مدارس المدينة يوم الأحد."
    said = who_says(text, "إضراب شامل")
    assert said.speaker == "نقابة المعلمين"
    assert said.stance == "intends"
    # a call's participle after a speaker calls too
    text = "وقال رئيس المجلس المحلي إن الغارات دمرت المخبز، مطالباً بإدخال قافلة إغاثة إلى البلدة."
    said = who_says(text, "إدخال قافلة إغاثة")
    assert (said.speaker, said.stance) == ("رئيس المجلس المحلي", "intends")
    # a count inside the call is a fact the call reports: it keeps the cue's stance
    near = "ودعت المنظمة إلى التحقيق في مقتل 14 مدنياً في القصف."
    assert who_says(near, "14 مدنياً").stance == "asserts"
    # a call of someone else's, told inside another's report, keeps the report's stance
    near = "وطالب الأهالي بالإفراج عن أبنائهم، وقال أحدهم إن 12 شاباً اعتقلوا."
    assert who_says(near, "12 شاباً").stance == "asserts"


def test_a_claim_opening_with_a_present_call_is_the_speakers_side_calling_now():
    text = 'وقال المتحدث باسم الحكومة إن دمشق "تطالب بوقف فوري للتوغل".'
    said = who_says(text, "تطالب بوقف فوري")
    assert said.speaker == "المتحدث باسم الحكومة"
    assert said.stance == "intends"
    # a past call inside a report is an event the reporter tells
    near = "وأفاد مراسل الموقع بأن محتجين طالبوا بوقف القصف عن القرى."
    assert who_says(near, "طالبوا بوقف القصف").stance == "asserts"


def test_a_denial_of_what_named_spreaders_say_is_the_deniers_claim():
    text = "وكذّبت قيادة الشرطة ما تناقلته حسابات على تلغرام عن مقتل سبعة عناصر في الكمين."
    said = who_says(text, "سبعة عناصر")
    assert (said.speaker, said.speaker_kind, said.stance) == ("قيادة الشرطة", "party", "denies")
    text = "ونفت الإدارة الذاتية ما تداوله ناشطون عن إعدام أربعة سجناء في سجن غويران."
    said = who_says(text, "أربعة سجناء")
    assert (said.speaker, said.stance) == ("الإدارة الذاتية", "denies")
    # the spreaders' version in a clause of its own stays theirs
    near = (
        "وتناقلت حسابات على تلغرام أنباء عن مقتل سبعة عناصر في الكمين، وهو ما كذبته قيادة الشرطة."
    )
    said = who_says(near, "سبعة عناصر")
    assert (said.speaker_kind, said.stance) == ("social", "hearsay")


def test_himself_after_a_verb_is_no_speaker():
    """'الشيخ إبراهيم الهفل، أعلن بنفسه النفير العام ودعا ...' (convention A's caller):
    'بنفسه' after a verb says its subject did it himself; the subject stood before it."""
    text = "وقال محافظ درعا إن الانفجار وقع قرب السوق، وأعلن بنفسه أن 9 أشخاص قتلوا."
    assert who_says(text, "9 أشخاص").speaker == "محافظ درعا"
    near = "وأعلن محافظ درعا بنفسه أن 9 أشخاص قتلوا في الانفجار."
    assert who_says(near, "9 أشخاص").speaker == "محافظ درعا"


def test_what_a_speaker_confirms_he_heard_is_hearsay():
    """Misfire review of 2026-12-01: 'أكد أنه سمع من جيرانه أن' passes on what he heard
    (convention E's 'سمعوا أن'), as 'قال إنه سمع من' already did."""
    text = "وأكد الناشط أنه سمع من جيرانه أن قوات الأمن اعتقلت 7 شبان."
    assert (who_says(text, "7 شبان").speaker, who_says(text, "7 شبان").stance) == (
        "الناشط",
        "hearsay",
    )
    # near miss: hearing told after the claim leaves the confirmed claim confirmed
    near = "وأكد الناشط أن قوات الأمن اعتقلت 7 شبان، وسمع من جيرانه أن آخرين اعتقلوا."
    assert who_says(near, "7 شبان").stance == "confirms"
    # near miss: confirming the reports is no hearing
    assert who_says("وأكد مصدر محلي صحة الأنباء عن اعتقال 5 شبان.", "5 شبان").stance == "confirms"


def test_an_object_noun_after_the_subject_ends_the_speaker():
    """Misfire review of 2026-12-01: 'ونفى المجلس العسكري الاتهامات' named the speaker
    'المجلس العسكري الاتهامات'; the object noun after a definite word or a nisba adjective
    is the verb's object."""
    text = "ونفى المجلس العسكري الاتهامات، وقال إن أحداً من عناصره لم يدخل القرية."
    assert who_says(text, "لم يدخل القرية").speaker == "المجلس العسكري"
    said = who_says("وأكد مصدر محلي صحة الأنباء عن اعتقال 5 شبان في البلدة.", "5 شبان")
    assert said.speaker == "مصدر محلي"
    # near miss: after a bare noun the object noun is its genitive, part of the name
    near = "وذكرت وكالة الأنباء التابعة للنظام أن 3 أشخاص قتلوا."
    assert who_says(near, "3 أشخاص").speaker == "وكالة الأنباء التابعة للنظام"
