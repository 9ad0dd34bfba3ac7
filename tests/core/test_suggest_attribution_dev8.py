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


def test_a_monitors_own_text_speaks_as_the_monitor():
    text = "حمص - لجان التنسيق المحلية\nخرج آلاف المتظاهرين اليوم الجمعة في أحياء المدينة."
    said = who_says(text, "آلاف المتظاهرين")
    assert (said.speaker, said.speaker_kind) == (None, "monitor")
    text = "صوت العاصمة - خاص\nاعتقلت دورية 11 شاباً من أبناء الحي."
    assert who_says(text, "11 شاباً").speaker_kind == "outlet"


def test_activists_of_a_campaign_are_local_sources():
    text = 'وقال ناشطون من "الرقة تذبح بصمت" إن التنظيم اعتقل 23 شاباً.'
    said = who_says(text, "23 شاباً")
    assert (said.speaker_kind, said.stance) == ("local", "asserts")


def test_a_dateline_before_a_colon_is_no_speaker():
    text = "قامشلو - هاوار: استشهد مدنيان اثنان جراء استهداف طائرة مسيرة سيارة مدنية."
    said = who_says(text, "مدنيان اثنان")
    assert (said.speaker, said.speaker_kind) == (None, "outlet")


def test_an_official_body_after_a_sources_link_is_a_party():
    text = "ونفى مصدر في محافظة ريف دمشق وجود أي حملة اعتقالات."
    said = who_says(text, "أي حملة اعتقالات")
    assert said.speaker == "مصدر في محافظة ريف دمشق"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_a_spokesman_after_a_quoted_name_keeps_the_names_denial():
    text = 'ونفت "هيئة تحرير الشام" على لسان المسؤول في جهازها الإعلامي أي صلة لها بالهجوم.'
    said = who_says(text, "أي صلة لها بالهجوم")
    assert said.speaker == "هيئة تحرير الشام"
    assert (said.speaker_kind, said.stance) == ("party", "denies")


def test_what_could_not_be_verified_later_in_the_sentence_is_hearsay():
    text = (
        "وذكرت مصادر عسكرية في الجبهة الوطنية للتحرير أن مقاتليها قتلوا 15 عنصراً، "
        "وهو ما لم يتسن التحقق منه من مصدر مستقل."
    )
    assert who_says(text, "15 عنصراً").stance == "hearsay"
    text = "وبحسب المرصد، وثق مقتل 3960 شخصاً، وهو رقم لا يشمل من لم يتسن توثيق مقتلهم."
    assert who_says(text, "3960 شخصاً").stance == "asserts"


def test_a_bracketed_alias_belongs_to_the_speaker():
    text = "وذكرت وكالة الأنباء السورية (سانا) أن عبوة ناسفة انفجرت بحافلة تقل عسكريين."
    said = who_says(text, "انفجرت بحافلة")
    assert said.speaker == "وكالة الأنباء السورية (سانا)"
    assert said.speaker_kind == "party"
    text = (
        "نقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر مسؤول في وزارة الداخلية أن شرطيين قتلا."
    )
    assert who_says(text, "شرطيين قتلا").speaker == "مصدر مسؤول في وزارة الداخلية"


def test_the_author_of_a_statistic_is_no_addressee():
    text = "قال مصدر للتجمع إن القصف مستمر.\nوبحسب التقرير الشهري للتجمع، قتل 14 مدنياً."
    said = who_says(text, "14 مدنياً")
    assert said.speaker == "التقرير الشهري للتجمع"


def test_an_outlet_naming_itself_speaks_as_an_outlet():
    text = (
        "فرات بوست\nاغتال مسلحون مجهولون عضواً في المجلس المحلي.\n"
        "وبحسب إحصائية لفرات بوست، فإن 37 شخصاً قُتلوا منذ بداية العام."
    )
    said = who_says(text, "37 شخصاً")
    assert (said.speaker, said.speaker_kind) == ("إحصائية لفرات بوست", "outlet")
