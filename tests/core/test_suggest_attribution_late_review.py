"""Attribution rules fixed after the late review of 2026-12-01 (/work/review/late_review.md,
items 6 and 8): the reviewer's sentence (written for the review, not one of a development
set) and a near-miss the rule was made for."""

from tests.attributing import who_says


def test_a_country_blamed_after_the_speaker_is_no_part_of_him():
    text = "وحمّل الائتلاف الوطني روسيا مسؤولية مقتل 40 مدنياً في المدينة."
    found = who_says(text, "40 مدنياً")
    assert (found.speaker, found.speaker_kind) == ("الائتلاف الوطني", "party")
    text = "وحمّلت الخارجية السورية تركيا مسؤولية مقتل 12 مدنياً في القصف."
    assert who_says(text, "12 مدنياً").speaker == "الخارجية السورية"
    # near-miss: a country in construct stays in the speaker; a force blamed after activists
    text = "وحمّل وزير خارجية تركيا روسيا مسؤولية مقتل 33 جندياً."
    assert who_says(text, "33 جندياً").speaker == "وزير خارجية تركيا"
    text = "وحمل ناشطون في المدينة الطيران الروسي مسؤولية مقتل 40 مدنياً."
    found = who_says(text, "40 مدنياً")
    assert (found.speaker, found.speaker_kind) == ("ناشطون في المدينة", "local")


def test_conflicting_reports_make_hearsay_only_of_what_they_disagree_on():
    text = "تضاربت الأنباء حول الجهة المسؤولة عن التفجير الذي أودى بحياة 11 شخصاً في سوق المدينة."
    assert who_says(text, "11 شخصاً").stance == "asserts"
    assert who_says("تضاربت الأنباء حول مصير 7 مختطفين من أبناء البلدة.", "7 مختطفين").stance == (
        "asserts"
    )
    # near-miss: the disputed thing itself, or the count after 'the number of', is hearsay
    text = "وتضاربت الأنباء حول مصير الطيار بعد سقوط الطائرة."
    assert who_says(text, "مصير الطيار").stance == "hearsay"
    text = "وتضاربت الروايات حول عدد 20 قتيلاً أعلنته الصفحات الموالية."
    assert who_says(text, "20 قتيلاً").stance == "hearsay"
    text = "وتضاربت الأنباء عن مقتل 15 عنصراً من قوات النظام في الكمين."
    assert who_says(text, "15 عنصراً").stance == "hearsay"
