"""Attribution when a statement noun is typed without tanween (issue 18, night round):
'وأصدرت قيادة الشرطة بيانا أعلنت فيه ...' has the police command as speaker; 'بيانا' is the
statement it issued, no part of the speaker's name, as 'بياناً' already was. Each sentence is
new text, not taken from a development set."""

from tests.attributing import who_says


def test_a_statement_noun_without_tanween_ends_the_speaker():
    text = "وأصدرت مديرية أمن الحسكة تقريرا أعلنت فيه توقيف 17 مطلوباً في حي غويران."
    found = who_says(text, "17 مطلوباً")
    assert (found.speaker, found.speaker_kind) == ("مديرية أمن الحسكة", "party"), found


def test_a_name_ending_in_alif_stays_in_the_speaker():
    # near-miss: 'سوريا' ends in alif but is no statement noun
    text = "وقالت مديرية أمن سوريا الشمالية إن دورياتها أوقفت 17 مطلوباً في حي غويران."
    found = who_says(text, "17 مطلوباً")
    assert found.speaker == "مديرية أمن سوريا الشمالية", found
