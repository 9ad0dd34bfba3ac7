"""Attribution when a speaker is described as talking to an outlet (issue 18, night round):
'قال مسؤول، تحدث لراديو روزنة شريطة عدم الكشف عن اسمه، إن ...' is the official's claim; the clause
'تحدث لـ...' describes the speaker and names the outlet he spoke to, not a new speaker. A verb
after 'فإنه' has the pronoun as subject ('وإذ يدين المجلس ...، فإنه يطالب قوات التحالف'): the
speaker is the subject of the clause before, not the party called on. Each sentence is new
text, not taken from a development set."""

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


def test_a_verb_after_fa_innahu_speaks_for_the_pronoun_not_its_object():
    text = (
        "وقال مجلس عشائر الرقة إن المنظمات تجاهلت الضحايا. "
        "وبينما يستنكر المجلس صمت المنظمات، فإنه يطالب القوات التركية بوقف القصف، "
        "ويتوعد بأن أبناءه سيدافعون عن قراهم حتى النهاية."
    )
    found = who_says(text, "سيدافعون عن قراهم")
    assert "القوات التركية" not in (found.speaker or ""), found
    assert "مجلس" in (found.speaker or "") or "المجلس" in (found.speaker or ""), found


def test_a_verb_with_its_subject_after_it_keeps_that_subject():
    # near-miss: no pronoun before 'يطالب', the noun after it is its subject
    text = (
        "وقال مجلس عشائر الرقة إن المنظمات تجاهلت الضحايا. وفي المقابل يطالب الأهالي "
        "بوقف القصف ويتوعدون بأنهم سيدافعون عن قراهم حتى النهاية."
    )
    found = who_says(text, "سيدافعون عن قراهم")
    assert found.speaker == "الأهالي", found
