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
