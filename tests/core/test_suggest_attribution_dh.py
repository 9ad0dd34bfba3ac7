"""Attribution conventions D-H of 2026-12-01 (issue 18; tests/suggest_labels/README.md, third
batch): an outlet's own member speaks for it, an outlet's caveat leaves the speaker's stance,
a negation rejecting an act denies, a monitor's own text is its voice, military sources are
parties."""

from tests.attributing import who_says


def test_an_outlets_caveat_leaves_what_its_speaker_said():
    text = (
        "وأفاد سكان من قرية الزيارة بأن مسلحين أحرقوا ثلاثة منازل ليلاً، "
        "دون أن يتسنى التحقق من ذلك من مصدر مستقل."
    )
    assert who_says(text, "أحرقوا ثلاثة منازل").stance == "asserts"
    # near miss: rumours the speaker passes on stay hearsay
    text = "وقال أحد الأهالي إن الأنباء المتداولة عن إعدام رعاة قرب البلدة لم نتأكد منها بعد."
    assert who_says(text, "إعدام رعاة").stance == "hearsay"
    text = "وقال أحد السكان إن الناس يتحدثون عن اعتقال شبان عند الحاجز."
    assert who_says(text, "اعتقال شبان").stance == "hearsay"
