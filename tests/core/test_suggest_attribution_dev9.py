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
