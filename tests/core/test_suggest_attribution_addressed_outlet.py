"""Attribution when a speaker is described as talking to an outlet (issue 18, night round):
'قال مسؤول، تحدث لراديو روزنة شريطة عدم الكشف عن اسمه، إن ...' is the official's claim; the clause
'تحدث لـ...' describes the speaker and names the outlet he spoke to, not a new speaker. Each
sentence is new text, not taken from a development set."""

from tests.attributing import who_says


def test_a_speaker_who_talked_to_an_outlet_keeps_the_claim():
    text = (
        "وقال ضابط في الشرطة العسكرية، تحدث لراديو روزنة شريطة عدم الكشف عن اسمه، "
        "إن دوريات روسية انسحبت من بلدة تل رفعت."
    )
    found = who_says(text, "دوريات روسية انسحبت")
    assert (found.speaker, found.speaker_kind) == ("ضابط في الشرطة العسكرية", "party"), found


def test_talking_to_an_outlet_at_the_start_of_a_sentence_still_reports():
    # near-miss: 'وتحدث لـ...' opening its own sentence is the main verb, its subject speaks
    text = "وتحدث لراديو روزنة ناشط من البلدة عن انسحاب دوريات روسية من تل رفعت."
    found = who_says(text, "انسحاب دوريات روسية")
    assert "ناشط" in (found.speaker or ""), found
