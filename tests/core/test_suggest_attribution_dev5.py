"""Who says what in longer articles with several disagreeing sources (issue 18, dev set 5)."""

from pathlib import Path

from reviewer.suggest.quality import evaluate_attribution
from tests.attributing import who_says

ROOT = Path(__file__).resolve().parents[2]


def _who(text: str, claim: str) -> tuple[str | None, str, str]:
    found = who_says(text, claim)
    return found.speaker, found.speaker_kind, found.stance


def test_a_correspondent_speaks_for_an_outlet_also_a_local_networks():
    text = "وأفاد مراسل العربية بأن طائرات حربية شنت غارات مكثفة على المدينة."
    assert _who(text, "غارات مكثفة") == ("مراسل العربية", "outlet", "asserts")
    # one convention for sets 1-9: a correspondent speaks for his outlet, a network's too
    text = "وقال مراسل تجمع أحرار حوران إن مسلحين اختطفوا شابين."
    assert who_says(text, "شابين").speaker_kind == "outlet"


def test_a_statement_or_centre_named_again_keeps_its_issuers_kind():
    text = (
        "أعلن المركز الإعلامي لقوات سوريا الديمقراطية صد هجوم. "
        "وقال المركز في بيان إن 37 مهاجماً قتلوا. وأضاف البيان أن ستة مدنيين قتلوا."
    )
    assert _who(text, "37 مهاجماً") == ("المركز", "party", "asserts")
    assert _who(text, "ستة مدنيين") == ("البيان", "party", "asserts")


def test_a_bare_anaphor_prefers_the_speaker_it_heads():
    text = (
        "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن آلاف العائلات نزحت. "
        "وقال مسؤول في مكتب شؤون النازحين إن سبعة آلاف عائلة في العراء. "
        "ويقدر المكتب عدد النازحين بنحو مليون شخص."
    )
    assert who_says(text, "مليون شخص").speaker_kind == "monitor"


def test_counts_and_objects_after_the_verb_are_no_speaker():
    text = "فيما تقدر تقارير أممية عدد مقاتليه بما بين 1500 و3000 مقاتل."
    found = who_says(text, "1500 و3000")
    assert (found.speaker, found.speaker_kind) == ("تقارير أممية", "monitor")
    text = "وأشارت عدد من المصادر المحلية أن 3000 سجين خرجوا."
    assert who_says(text, "3000 سجين").speaker == "عدد من المصادر المحلية"
    text = "وأعلنت القيادة العامة مقتل 400 مسلح، ونفت الأنباء التي تحدثت عن انسحاب قواتها."
    assert _who(text, "انسحاب قواتها") == ("القيادة العامة", "party", "denies")


def test_a_speaker_before_its_verb_after_ama_or_kana():
    text = "أما منظمة الهلال الأحمر الكردي فقد ذكرت أن فرقها ساعدت نحو 9400 عائلة."
    assert _who(text, "نحو 9400") == ("منظمة الهلال الأحمر الكردي", "monitor", "asserts")
    text = "وكانت صدى الجبل قد وثقت مقتل 15 شخصاً خلال الأسبوع الماضي."
    assert who_says(text, "15 شخصاً").speaker == "صدى الجبل"


def test_whom_the_speaker_told_is_no_speaker():
    text = (
        "ونفى مصدر في الجيش الوطني أن تكون فصائله قد هجرت السكان، "
        "وقال لموقع تلفزيون سوريا إن الطريق مفتوح لكل من يرغب في العودة."
    )
    assert who_says(text, "مفتوح لكل").speaker == "مصدر في الجيش الوطني"


def test_a_passive_estimate_takes_the_source_named_after_it():
    text = "ويقدر عدد اللاجئين بأكثر من ستة ملايين، وفق أرقام المفوضية."
    assert _who(text, "ستة ملايين") == ("أرقام المفوضية", "monitor", "asserts")


def test_a_warning_of_a_fact_asserts_and_a_warning_against_threatens():
    text = "وحذر مسؤولون أمريكيون من أن التنظيم يحاول استغلال المرحلة."
    assert who_says(text, "استغلال المرحلة").stance == "asserts"
    text = "وحذرت الهيئة من أي تدخل في شؤون المنطقة."
    assert who_says(text, "أي تدخل").stance == "intends"


def test_more_reporting_verbs_and_a_denial_carried_by_saying():
    assert who_says("في حين أحصى المرصد مقتل 1500 شخص.", "1500 شخص").speaker == "المرصد"
    assert who_says("وشدد محافظ حمص على أن الأمن خط أحمر.", "خط أحمر").speaker == "محافظ حمص"
    text = (
        "وتداولت صفحات أن العدد قد يتجاوز المئة، وهو رقم نفاه مصدر في الدفاع المدني، "
        "قائلاً إن المعطيات لا تشير إلى ذلك."
    )
    assert _who(text, "المعطيات") == ("مصدر في الدفاع المدني", "monitor", "denies")


def test_a_headline_speaks_for_its_whole_line_but_a_label_is_no_speaker():
    text = "الدفاع المدني: طفلان ضحيتا لغم.. وأكثر من مئتي قتيل منذ مطلع العام\nنص الخبر."
    assert who_says(text, "مئتي قتيل").speaker == "الدفاع المدني"
    text = "صدى الجبل | حصيلة غير نهائية: 11 قتيلاً في هجوم\nنص الخبر."
    assert _who(text, "11 قتيلاً") == (None, "outlet", "asserts")


def test_development_set_5_is_attributed_well():
    score = evaluate_attribution(ROOT / "tests" / "suggest_dev5" / "labels.json")
    assert score.labelled >= 200
    assert score.accuracy >= 0.88, score.errors


def test_a_tally_sentence_goes_on_with_the_monitors_count_before_it():
    text = (
        "وثق المرصد السوري مقتل 412 شخصاً خلال الشهر. "
        "وتوزعت حصيلة المدنيين بين 96 شخصاً قتلوا في تصفيات و47 بانفجار ألغام."
    )
    assert _who(text, "96 شخصاً") == ("المرصد السوري", "monitor", "asserts")
    text = "أعلنت وزارة الداخلية القبض على ثمانية أشخاص. وتوزعت المضبوطات بين 5 بنادق."
    assert who_says(text, "5 بنادق").speaker is None  # a party's count is not carried on
