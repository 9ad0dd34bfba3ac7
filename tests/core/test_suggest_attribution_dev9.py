"""Attribution rules of the one convention for development sets 1-9 (issue 18, see
tests/suggest_labels/README.md), one test per rule (reviewer.suggest.attribution)."""

from tests.attributing import who_says


def test_a_network_named_before_its_headlines_colon_is_the_outlet():
    text = (
        "تجمع أحرار حوران: مقتل عنصرين بانفجار عبوة ناسفة\n"
        "قُتل عنصران من قوات النظام مساء الاثنين.\n"
        "وقال مراسل تجمع أحرار حوران إن السيارة تتبع للفرقة الرابعة."
    )
    assert who_says(text, "مقتل عنصرين").speaker_kind == "outlet"
    assert who_says(text, "تتبع للفرقة الرابعة").speaker_kind == "outlet"
    quoted = "درعا - وكالات\nاغتال مسلحون قيادياً، وفق ما ذكر موقع تجمع أحرار حوران."
    assert who_says(quoted, "اغتال مسلحون").speaker_kind == "local"


def test_a_network_names_itself_with_a_generic_noun_in_its_own_text():
    text = "درعا 24\nوقتل المسلحون أربعة من عناصر الخلية، وفق ما رصدته الشبكة."
    said = who_says(text, "أربعة من عناصر الخلية")
    assert (said.speaker, said.speaker_kind) == ("الشبكة", "outlet")
    text = (
        "درعا 24\nوثقت الشبكة السورية لحقوق الإنسان مقتل 12 مدنياً. "
        "وأضافت الشبكة أن 5 أطفال بين القتلى."
    )
    assert who_says(text, "5 أطفال").speaker_kind == "monitor"  # headed by an earlier speaker


def test_a_notable_is_a_local_source_unless_he_threatens_force():
    text = 'وقال أحد وجهاء جرمانا إن الاتفاق يقضي بتسليم المعتدين، مهدداً بـ"الدفاع عن المدينة".'
    assert who_says(text, "بتسليم المعتدين").speaker_kind == "party"
    assert who_says(text, "الدفاع عن المدينة").speaker_kind == "party"
    text = (
        'وأكد الشيخ حكمت الهجري أن "الحراك سلمي"، وحذر الأجهزة الأمنية من أي محاولة لاقتحام الساحة.'
    )
    assert who_says(text, "الحراك سلمي").speaker_kind == "local"


def test_a_forecast_is_an_intention_only_of_the_speakers_own_side():
    text = 'وقال مدير المرصد إن "انفلات السلاح سيبقى التهديد الأكبر".'
    assert who_says(text, "سيبقى التهديد").stance == "asserts"
    text = "وقال الجيش الإسرائيلي في بيان إنه سيبقى في المنطقة العازلة."
    assert who_says(text, "سيبقى في المنطقة").stance == "intends"
    text = 'وقال وزير الدفاع الإسرائيلي إن قواته "ستبقى في المنطقة العازلة".'
    assert who_says(text, "ستبقى في المنطقة").stance == "intends"


def test_official_tv_naming_itself_as_the_source_is_a_partys_own_voice():
    text = "حلب – الإخبارية السورية\nقُتل عنصر من الأمن العام وأصيب ثلاثة مدنيين بجروح."
    said = who_says(text, "ثلاثة مدنيين")
    assert (said.speaker, said.speaker_kind) == (None, "party")


def test_a_datelines_place_is_no_part_of_the_outlets_name():
    text = "سكاي نيوز عربية - السويداء\nوتحدثت شبكة السويداء 24 المحلية عن اختطاف نحو ثلاثين امرأة."
    said = who_says(text, "نحو ثلاثين امرأة")
    assert (said.speaker_kind, said.stance) == ("local", "asserts")


def test_a_passive_verb_after_a_recording_describes_it():
    text = 'وتوعد التنظيم في تسجيل صوتي نُشر على حسابات مؤيدة له بـ"اقتحام المدينة خلال أيام".'
    said = who_says(text, "اقتحام المدينة")
    assert (said.speaker, said.speaker_kind, said.stance) == ("التنظيم", "party", "intends")


def test_a_verb_after_an_indefinite_object_describes_it_and_a_party_keeps_its_account():
    text = (
        "ونشرت جبهة النصرة على حساب تابع لها على تويتر صوراً قالت إنها للجنود المحتجزين، "
        'وأعلنت أنهم "بخير".'
    )
    said = who_says(text, "للجنود المحتجزين")
    assert said.speaker is not None and said.speaker.startswith("جبهة النصرة")
    assert (said.speaker_kind, said.stance) == ("party", "asserts")
    assert who_says(text, "بخير").speaker_kind == "party"
    text = "لكن مصدراً عسكرياً سورياً نفى ذلك، وقال إن الوضع تحت السيطرة."
    assert who_says(text, "تحت السيطرة").speaker_kind == "party"  # an accusative subject


def test_the_latest_tally_of_a_monitor_names_the_monitor():
    text = "ارتفعت الحصيلة إلى 221 قتيلاً، وفق آخر حصيلة للمرصد السوري لحقوق الإنسان."
    said = who_says(text, "221 قتيلاً")
    assert said.speaker is not None and "مرصد" in said.speaker
    assert said.speaker_kind == "monitor"


def test_an_unverified_note_belongs_to_the_speaker_just_before_it():
    text = (
        "وأحصى المرصد مقتل 23 عنصراً من الميليشيات، بينما تحدثت مصادر محلية عن أعداد أكبر "
        "لم يتسن التحقق منها."
    )
    assert who_says(text, "23 عنصراً").stance == "asserts"
    # convention E of 2026-12-01: the caveat is the outlet's, the sources assert
    assert who_says(text, "أعداد أكبر").stance == "asserts"
    text = "ونقلت صفحات محلية أن عشرات العائلات نزحت، دون أن يتسنى التأكد من أعدادها."
    assert who_says(text, "عشرات العائلات").stance == "hearsay"


def test_a_governor_and_an_army_staff_are_parties_and_holding_responsible_accuses():
    text = "قُتل 33 جندياً تركياً في غارة جوية، بحسب ما أعلن والي هاتاي رحمي دوغان."
    said = who_says(text, "33 جندياً")
    assert said.speaker is not None and said.speaker.startswith("والي هاتاي")
    assert said.speaker_kind == "party"
    text = 'وقالت رئاسة الأركان التركية في بيان إن "49 إرهابياً حُيّدوا".'
    assert who_says(text, "49 إرهابياً").speaker_kind == "party"
    text = "وحمّلت أنقرة قوات النظام مسؤولية الغارة."
    said = who_says(text, "مسؤولية الغارة")
    assert (said.speaker_kind, said.stance) == ("party", "asserts")
    assert said.speaker is not None and said.speaker.startswith("أنقرة")


def test_a_networks_correspondents_in_the_plural_speak_for_it():
    text = "عين الفرات\nوبحسب مراسلي الشبكة، استهدفت الغارات مقرات لكتائب حزب الله."
    assert who_says(text, "مقرات لكتائب").speaker_kind == "outlet"


def test_a_plan_is_an_intention_only_of_the_speakers_own_side():
    text = 'وأضاف الناطق، مؤكداً أن "خلايا التنظيم تخطط لعمليات تهريب جماعية من المخيم".'
    assert who_says(text, "تخطط لعمليات تهريب").stance == "confirms"
    text = "وأعلنت الفصائل أنها تستعد لاقتحام المدينة."
    assert who_says(text, "تستعد لاقتحام").stance == "intends"


def test_what_a_monitor_goes_on_to_announce_after_talking_of_a_toll_is_asserted():
    text = (
        "وكان المرصد قد تحدث صباح السبت عن نحو ستمئة قتيل، قبل أن يعلن مساءً أن العدد تجاوز الألف."
    )
    said = who_says(text, "تجاوز الألف")
    assert (said.speaker_kind, said.stance) == ("monitor", "asserts")


def test_the_committees_named_again_are_the_coordination_committees():
    text = (
        "وقالت لجان التنسيق المحلية إن القصف استمر طوال الليل. "
        "وأضافت اللجان أن 92 شهيداً سقطوا في البلدة."
    )
    said = who_says(text, "92 شهيداً")
    assert (said.speaker, said.speaker_kind) == ("اللجان", "monitor")


def test_no_word_of_a_speakers_name_sets_the_stance():
    text = 'وقال المتحدث باسم المنظمة ستيفان دوجاريك إن 81 جندياً "محاصرون في موقعين".'
    assert who_says(text, "81 جندياً").stance == "asserts"  # 'ستيفان' is no future verb


def test_taken_to_a_hospital_names_no_source():
    text = (
        "وأفاد مراسل سانا بأن قوات الاحتلال أقامت حاجزاً.\n"
        "وأطلقت قوات الاحتلال النار على رعاة، ما أدى إلى إصابة راعيين اثنين نقلا إلى مشفى."
    )
    assert who_says(text, "راعيين اثنين").speaker is None
    text = "وقُتل خمسة مدنيين، نقلاً عن مصادر طبية."
    assert who_says(text, "خمسة مدنيين").speaker == "مصادر طبية"


def test_a_relative_clause_keeps_the_speaker_it_describes():
    text = (
        "وارتفع عدد المعتقلين إلى 86 شخصاً، بحسب إحصائية لصوت العاصمة، "
        "التي كانت قد وثقت 52 حالة اعتقال حتى نهاية الأسبوع."
    )
    said = who_says(text, "52 حالة اعتقال")
    assert said.speaker is not None and "صوت العاصمة" in said.speaker


def test_a_source_after_the_claim_wins_over_one_before_a_clause_opener():
    text = (
        "وفر أكثر من 186 ألف شخص إلى تركيا، بحسب الأمم المتحدة، فيما لا يزال بضعة آلاف "
        "من المدنيين داخل المدينة، وفق ناشطين أكراد."
    )
    said = who_says(text, "بضعة آلاف")
    assert (said.speaker, said.speaker_kind) == ("ناشطين أكراد", "local")
    assert who_says(text, "186 ألف شخص").speaker_kind == "monitor"


def test_a_decimal_point_ends_no_sentence():
    text = (
        "ويقدر عدد اللاجئين بأكثر من ستة ملايين، يقيم نحو 2.9 مليون منهم في تركيا، "
        "وفق أرقام المفوضية."
    )
    said = who_says(text, "أكثر من ستة ملايين")
    assert (said.speaker, said.speaker_kind) == ("أرقام المفوضية", "monitor")


def test_a_quoted_phrase_after_a_verb_is_its_object_not_a_speaker():
    text = (
        'وقالت القيادة العامة للجيش في بيان إن قواتها قتلت المئات، قبل أن تعلن "إعادة انتشار" '
        'لقواتها. واعترف البيان بمقتل "عشرات" من عناصر الجيش.'
    )
    said = who_says(text, '"عشرات"')
    assert (said.speaker, said.speaker_kind, said.stance) == ("البيان", "party", "confirms")
