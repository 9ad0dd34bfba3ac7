"""Attribution rules found on development set 8 (who says what: agencies, party media,
local pages, monitors, notables), one test per rule (reviewer.suggest.attribution)."""

from tests.attributing import who_says


def test_a_media_office_speaks_for_its_party():
    text = 'نشر المكتب الإعلامي لـ"ولاية الرقة" صوراً، وتوعد في بيان كل من يتجسس بالمصير نفسه.'
    said = who_says(text, "كل من يتجسس")
    assert said.speaker is not None and said.speaker.startswith("المكتب الإعلامي")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_an_information_centre_and_a_documentation_office_are_monitors():
    text = "وبحسب إحصائية لمركز معلومات روج آفا، فإن عدد الضحايا ارتفع إلى 26 شخصاً."
    assert who_says(text, "26 شخصاً").speaker_kind == "monitor"
    text = "ووثق مكتب توثيق الشهداء في درعا مقتل 37 شخصاً خلال الشهر."
    assert who_says(text, "37 شخصاً").speaker_kind == "monitor"


def test_a_participle_of_likelihood_passes_on_hearsay():
    text = "وقالت مصادر خاصة إن المسلحين فروا نحو البادية، مرجحة وقوف خلايا التنظيم وراء العملية."
    said = who_says(text, "وقوف خلايا التنظيم")
    assert said.speaker == "مصادر خاصة"
    assert (said.speaker_kind, said.stance) == ("local", "hearsay")


def test_a_feminine_participle_of_promise_intends():
    text = "وأكدت اللجنة أنها استمعت إلى شهود، متعهدة بإحالة كل من يثبت تورطه إلى القضاء."
    said = who_says(text, "بإحالة كل من يثبت")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_naming_the_next_target_is_an_intention():
    text = 'وقال القائد العسكري للمعركة إن "الوجهة التالية هي حماة".'
    said = who_says(text, "الوجهة التالية هي حماة")
    assert (said.speaker_kind, said.stance) == ("party", "intends")


def test_what_a_denial_denies_is_no_speaker():
    text = "وأكد المركز الإعلامي لقسد أن قواته أعادت الأمن، ونفى وجود أي انتفاضة عشائرية."
    said = who_says(text, "أي انتفاضة عشائرية")
    assert said.speaker == "المركز الإعلامي لقسد"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_the_report_speaks_for_the_monitor_that_issued_it():
    text = (
        "أصدرت الشبكة السورية لحقوق الإنسان تقريرها الشهري اليوم.\n"
        "وأوضح التقرير أن محافظتي اللاذقية وطرطوس شهدتا الحصيلة الأكبر."
    )
    said = who_says(text, "شهدتا الحصيلة الأكبر")
    assert (said.speaker, said.speaker_kind) == ("التقرير", "monitor")


def test_a_hawar_dateline_is_party_media_in_its_own_voice():
    text = "قامشلو – هاوار\nاستشهد أربعة مدنيين جراء قصف تركي على قرية تل جمعة."
    said = who_says(text, "أربعة مدنيين")
    assert (said.speaker, said.speaker_kind, said.stance) == (None, "party", "asserts")


def test_a_statement_of_a_group_takes_the_groups_kind():
    text = (
        "تجمع أحرار حوران: خطف شابين في بصرى الشام\n"
        "وقال مصدر من عائلة أحد المخطوفين إن الخاطفين طالبوا بفدية.\n"
        "وبحسب إحصائية للتجمع وثقت خطف تسعة أشخاص في بلدات طفس."
    )
    assert who_says(text, "تسعة أشخاص").speaker_kind == "monitor"
