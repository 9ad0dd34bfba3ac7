"""Attribution forms the night review (2026-11-30) found read wrong: the reviewer's own
sentence and a fresh near-miss of ordinary Syrian news Arabic for each rule."""

from tests.attributing import who_says


def test_the_outlet_a_speaker_spoke_to_between_commas_is_no_part_of_the_speaker():
    text = "وقال مصدر في وزارة الداخلية، لوكالة رويترز، إن 6 عناصر قتلوا"
    assert who_says(text, "6 عناصر").speaker == "مصدر في وزارة الداخلية"
    assert who_says("وقال قائد اللواء، لعنب بلدي، إن 4 مقاتلين قتلوا", "4 مقاتلين").speaker == (
        "قائد اللواء"
    )
    fresh = "وقال عضو في لجنة المصالحة، لشبكة السويداء 24، إن 9 أشخاص أصيبوا بجروح."
    assert who_says(fresh, "9 أشخاص").speaker == "عضو في لجنة المصالحة"
    # a name between commas is still the speaker, even one opening with ل or ب
    named = "وقال قائد الفوج، لؤي الحمد، إن ثلاثة عناصر قتلوا."
    assert who_says(named, "ثلاثة عناصر").speaker == "قائد الفوج، لؤي الحمد"
