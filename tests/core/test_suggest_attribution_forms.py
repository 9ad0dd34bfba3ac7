"""Speaker and stance in the forms news texts use beyond 'قال X إن' (issue 18, dev set 3)."""

from pathlib import Path

from reviewer.suggest.quality import evaluate_attribution
from tests.attributing import who_says

ROOT = Path(__file__).resolve().parents[2]


def test_a_participle_continues_the_speaker_and_its_object_is_no_speaker():
    text = "وأكد القائد أن الحملة مستمرة، متوعداً كل من يعبث بأمن المحافظة بالملاحقة."
    found = who_says(text, "بالملاحقة")
    assert found.speaker == "القائد"
    assert found.stance == "intends"
    text = "وأعلنت الشرطة أنها فتحت تحقيقاً، متهمة مندسين بإثارة الفوضى."
    assert who_says(text, "بإثارة الفوضى").speaker == "الشرطة"


def test_denying_and_confirming_participles_in_the_plural():
    text = "ونفى ذوو الموقوفين أي صلة لأبنائهم بالخلية، مؤكدين أنهم اعتقلوا من منازلهم."
    assert who_says(text, "أي صلة").stance == "denies"
    confirmed = who_says(text, "اعتقلوا من منازلهم")
    assert confirmed.speaker.startswith("ذوو الموقوفين")
    assert (confirmed.speaker_kind, confirmed.stance) == ("local", "confirms")


def test_a_party_statement_denies_and_threatens_in_the_first_person():
    text = (
        "بيان صادر عن المكتب الإعلامي\n"
        "قتل مجاهدونا 18 عنصراً.\n"
        "كما ننفي ما تروجه وسائل إعلام النظام عن مقتل العشرات من مقاتلينا.\n"
        "ونتوعد العدو بمزيد من العمليات."
    )
    denial = who_says(text, "مقتل العشرات")
    assert (denial.speaker, denial.speaker_kind, denial.stance) == (None, "party", "denies")
    threat = who_says(text, "بمزيد من العمليات")
    assert (threat.speaker, threat.stance) == (None, "intends")


def test_a_relative_clause_or_a_negated_verb_is_no_new_speaker():
    text = "وقال قائد الأمن الداخلي، في تصريح نقلته الوزارة، إن الخلية قتلت أربعة من عناصرنا."
    assert who_says(text, "أربعة من عناصرنا").speaker.startswith("قائد الأمن الداخلي")
    text = "وقال ناشط من الرقة، طلب عدم ذكر اسمه، إن أكثر من 200 شخص محتجزون."
    assert who_says(text, "أكثر من 200").speaker == "ناشط من الرقة"
    text = "ولم يعلن التحالف مسؤوليته عن الغارة، فيما قدّر ناشطون حصيلة القتلى بخمسة."
    found = who_says(text, "بخمسة")
    assert found.speaker.startswith("ناشطون") and found.speaker_kind == "local"


def test_a_threat_stops_at_its_object_and_a_governorate_speaks_as_an_official():
    text = "وهددت محافظة القنيطرة بتقديم شكوى إلى الأمم المتحدة."
    found = who_says(text, "بتقديم شكوى")
    assert found.speaker == "محافظة القنيطرة"
    assert (found.speaker_kind, found.stance) == ("party", "intends")


def test_a_spokesman_after_the_speaker_keeps_the_speaker_and_the_threat():
    text = "وتوعدت عشيرة البوشعبان على لسان أحد وجهائها بالتصعيد."
    found = who_says(text, "بالتصعيد")
    assert found.speaker == "عشيرة البوشعبان"
    assert (found.speaker_kind, found.stance) == ("party", "intends")


def test_social_media_stays_in_the_speaker_and_passive_hearsay_has_none():
    text = "ويتداول ناشطون على مواقع التواصل أن الخاطفين ينتمون إلى عصابة."
    found = who_says(text, "ينتمون إلى عصابة")
    assert (found.speaker_kind, found.stance) == ("social", "hearsay")
    text = "وتداولت مصادر أهلية أنباء عن انفجارات، فيما يُرجّح أن تكون الطائرة تابعة للتحالف."
    found = who_says(text, "تابعة للتحالف")
    assert (found.speaker, found.speaker_kind, found.stance) == (None, "outlet", "hearsay")


def test_state_media_dateline_and_own_correspondent():
    text = "اللاذقية-سانا\nتصدت وحدات من الجيش لهجوم شنته مجموعات إرهابية."
    assert who_says(text, "لهجوم شنته").speaker_kind == "party"
    text = "وأفاد مراسلنا في ريف حماة بأن عشرات العائلات نزحت."
    assert who_says(text, "عشرات العائلات").speaker_kind == "outlet"


def test_the_speaker_before_a_verb_may_carry_a_quoted_name():
    text = 'قال مصدر إن الجيش قتل 3.\nوكانت غرفة عمليات "الفتح المبين" قد توعدت في بيان بالرد.'
    found = who_says(text, "بالرد")
    assert found.speaker is not None and "الفتح المبين" in found.speaker
    assert found.stance == "intends"


def test_whom_a_source_told_is_not_the_source():
    text = "وقال مصدر من العائلة للتجمع إن الخاطفين طالبوا بفدية قدرها خمسون ألف دولار."
    found = who_says(text, "بفدية")
    assert found.speaker == "مصدر من العائلة"
    assert found.stance == "asserts"


def test_development_set_3_is_attributed_well():
    score = evaluate_attribution(ROOT / "tests" / "suggest_dev3" / "labels.json")
    assert score.labelled >= 100
    assert score.accuracy >= 0.95


def test_the_claim_is_no_part_of_the_speaker():
    found = who_says("وأكدت مصادر ميدانية مقتل ثلاثة عناصر.", "مقتل ثلاثة")
    assert (found.speaker, found.speaker_kind, found.stance) == (
        "مصادر ميدانية",
        "local",
        "confirms",
    )
    assert who_says("وأعلنت الفصائل سيطرتها على القرية.", "على القرية").speaker == "الفصائل"


def test_more_ways_of_naming_a_source():
    text = "قتل ثلاثة مدنيين في قصف على البلدة، على حد قول الأهالي."
    assert who_says(text, "ثلاثة مدنيين").speaker == "الأهالي"
    text = 'وقالت مصادر محلية لـ"عنب بلدي" إن القصف طال المدرسة.'
    assert who_says(text, "طال المدرسة").speaker == "مصادر محلية"
    text = "وأكد مدير المستشفى للصحفيين أن عشرة جرحى وصلوا."
    assert who_says(text, "عشرة جرحى").speaker == "مدير المستشفى"
    found = who_says("ونشرت حسابات موالية للنظام صوراً للقتلى.", "صوراً")
    assert found.speaker_kind == "social"
    assert who_says("وذكرت وسائل إعلام رسمية أن الجيش صد الهجوم.", "صد").speaker_kind == "party"


def test_an_active_verb_with_a_subject_is_no_passive():
    found = who_says("ويرجح مراقبون أن يرتفع عدد القتلى.", "يرتفع")
    assert (found.speaker, found.stance) == ("مراقبون", "hearsay")


def test_a_verb_describing_a_video_is_no_new_speaker():
    text = "فيما قال الزعيم في مقطع فيديو مقتضب نشرته الإدارة، إنه: لا ثأر."
    assert who_says(text, "لا ثأر").speaker == "الزعيم"


def test_a_source_close_to_a_party_is_no_party():
    found = who_says("وقالت مصادر مقربة من التنظيم إن ثلاثة قياديين قتلوا.", "ثلاثة قياديين")
    assert (found.speaker, found.speaker_kind) == ("مصادر مقربة من التنظيم", "local")
    found = who_says("وقالت صحيفة الوطن المقربة من الحكومة إن الجيش تقدم.", "تقدم")
    assert found.speaker_kind == "outlet"


def test_a_quotation_over_two_sentences_keeps_its_speaker():
    text = 'وقال المرصد: "استهدف القصف السوق. وقتل 5 مدنيين بينهم أطفال".'
    assert who_says(text, "5 مدنيين").speaker == "المرصد"
    text = 'وقال المرصد إن "القصف استهدف السوق". وقتل 5 مدنيين في قصف آخر.'
    assert who_says(text, "5 مدنيين").speaker is None


def test_an_object_or_a_nested_saying_ends_the_speaker():
    assert who_says("وبث ناشطون مقطعاً مصوراً يظهر 5 جثث.", "5 جثث").speaker == "ناشطون"
    text = "ونقلت وكالة رويترز عن مسؤول أمني قوله إن 10 عناصر قتلوا."
    assert who_says(text, "10 عناصر").speaker == "مسؤول أمني"


def test_a_threat_inside_a_sources_speech_is_what_the_source_reports():
    text = (
        "وقال مصدر من عائلة أحد المخطوفين إن الخاطفين طالبوا بفدية كبيرة، "
        "وهددوا بقتلهما إذا لم تدفع."
    )
    found = who_says(text, "وهددوا بقتلهما")
    assert found.speaker == "مصدر من عائلة أحد المخطوفين"
    assert (found.speaker_kind, found.stance) == ("local", "asserts")


def test_a_plural_threat_takes_the_subject_of_an_earlier_clause():
    text = (
        "وقالت الشبكة إن المخطوفين من أبناء القرية.\n"
        "وردا على ذلك، احتجز مسلحون محليون في المدينة ثمانية ركاب من حافلة، "
        "وهددوا بعدم الإفراج عنهم."
    )
    found = who_says(text, "بعدم الإفراج")
    assert found.speaker == "مسلحون محليون"
    assert (found.speaker_kind, found.stance) == ("party", "intends")


def test_a_negated_vow_is_an_intention():
    text = 'وقال قائد الفصيل في تسجيل مصور إنه: "لا ثأر بعد دخول المدينة".'
    found = who_says(text, "لا ثأر")
    assert found.speaker == "قائد الفصيل"
    assert found.stance == "intends"
