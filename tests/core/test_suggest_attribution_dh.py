"""Attribution conventions D-H of 2026-12-01 (issue 18; tests/suggest_labels/README.md, third
batch): an outlet's own member speaks for it, an outlet's caveat leaves the speaker's stance,
a negation rejecting an act denies, a monitor's own text is its voice, military sources are
parties."""

from tests.attributing import who_says


def test_an_outlets_caveat_leaves_what_its_speaker_said():
    text = (
        "وأفاد سكان من قرية الزيارة بأن مسلحين أحرقوا ثلاثة منازل ليلاً، "
        "دون أن يتسنى التحقق من ذلك من مصدر مستقل."
    )
    assert who_says(text, "أحرقوا ثلاثة منازل").stance == "asserts"
    # near miss: rumours the speaker passes on stay hearsay
    text = "وقال أحد الأهالي إن الأنباء المتداولة عن إعدام رعاة قرب البلدة لم نتأكد منها بعد."
    assert who_says(text, "إعدام رعاة").stance == "hearsay"
    text = "وقال أحد السكان إن الناس يتحدثون عن اعتقال شبان عند الحاجز."
    assert who_says(text, "اعتقال شبان").stance == "hearsay"


def test_a_negated_act_of_force_is_denied_a_negated_fact_is_told():
    text = (
        "ونفت وزارة الدفاع الروسية مشاركة طائراتها في الغارات، مؤكدةً أنها "
        '"لم تقصف أي منطقة سكنية" في ريف إدلب.'
    )
    assert who_says(text, "لم تقصف أي منطقة").stance == "denies"
    text = 'وقال المتحدث العسكري إن الطيران الحربي "لا يستهدف إلا مواقع المسلحين".'
    assert who_says(text, "لا يستهدف إلا").stance == "denies"
    # near misses: a negation of no act states a fact in the cue's stance
    text = 'وقال أحد المسعفين إن القصف "لم يترك لنا وقتاً لإسعاف الجرحى".'
    assert who_says(text, "لم يترك لنا").stance == "asserts"
    text = 'وقال والد المخطوف إن العائلة "لم تجمع مبلغ الفدية بعد".'
    assert who_says(text, "لم تجمع مبلغ").stance == "asserts"


def test_a_report_opening_with_a_monitor_documenting_is_the_monitors_own_voice():
    text = (
        "مقتل ستة مدنيين بقصف على ريف إدلب\n\n"
        "وثّق المرصد السوري لحقوق الإنسان مقتل 6 مدنيين بقصف مدفعي على بلدة كفرنبل."
    )
    said = who_says(text, "ستة مدنيين")
    assert (said.speaker, said.speaker_kind) == (None, "monitor")
    # near miss: an outlet telling what the monitor said keeps its own voice
    text = text.replace(
        "وثّق المرصد السوري لحقوق الإنسان مقتل", "قال المرصد السوري لحقوق الإنسان إن"
    )
    said = who_says(text, "ستة مدنيين")
    assert (said.speaker, said.speaker_kind) == (None, "outlet")


def test_an_activist_of_the_texts_own_campaign_speaks_as_the_outlet():
    text = (
        "الرقة تذبح بصمت\n\n"
        "أعدم تنظيم داعش ثلاثة شبان في دوار النعيم.\n"
        "وقال ناشط من الحملة إن عناصر الحسبة اعتقلوا عشرة شبان من حي الرميلة."
    )
    said = who_says(text, "عشرة شبان")
    assert (said.speaker, said.speaker_kind) == ("ناشط من الحملة", "outlet")
    # near miss: the campaign's activists quoted in another outlet's text are local sources
    text = (
        "عنب بلدي\n\n"
        "أعدم تنظيم داعش ثلاثة شبان في دوار النعيم.\n"
        'وقال ناشطون من حملة "الرقة تذبح بصمت" إن عناصر الحسبة اعتقلوا عشرة شبان.'
    )
    assert who_says(text, "عشرة شبان").speaker_kind == "local"


def test_a_pledge_repeating_its_word_is_an_intention_a_forecast_is_not():
    text = 'وقال أحد المحتجين إن "الاعتصام سلمي وسيبقى سلمياً حتى تحقيق المطالب".'
    assert who_says(text, "الاعتصام سلمي وسيبقى سلمياً").stance == "intends"
    # near miss: a forecast about something else keeps the cue's stance
    text = 'وقال أحد المحتجين إن "الاعتصام سلمي وسيبقى الطريق مغلقاً".'
    assert who_says(text, "الاعتصام سلمي").stance == "asserts"


def test_a_count_of_the_speakers_own_men_before_a_future_verb_is_its_plan():
    text = "وأعلن الفصيل أن نحو ثلاثمئة مقاتل من عناصره سينتشرون في البلدة."
    assert who_says(text, "نحو ثلاثمئة مقاتل").stance == "intends"
    # near miss: a bystander telling who will leave reports it
    text = "وقال عضو في لجنة المفاوضات إن نحو 400 مسلح سيخرجون إلى الشمال."
    assert who_says(text, "نحو 400 مسلح").stance == "asserts"


def test_heard_from_others_is_hearsay_and_a_protest_demand_told_is_an_event():
    text = 'وقال أحد الباعة إنه سمع من جيرانه أن "مروحية ألقت برميلين قرب السوق".'
    assert who_says(text, "مروحية ألقت برميلين").stance == "hearsay"
    text = "متظاهرون في بلدة الكرامة يقطعون الطريق، ويطالبون بالإفراج عن المعتقلين."
    assert who_says(text, "ويطالبون بالإفراج").stance == "asserts"
    # near miss: a speaker's own present call is his plan
    text = 'وقال بيان الأهالي إننا "نطالب بالإفراج عن المعتقلين فوراً".'
    assert who_says(text, "نطالب بالإفراج").stance == "intends"
    # 'وسيدتان' is no future verb
    text = "ووثقت الشبكة مقتل سبعة مدنيين، بينهم طفلان وسيدتان."
    assert who_says(text, "طفلان").stance == "asserts"


def test_a_page_called_by_its_name_is_a_local_network():
    text = 'وذكرت صفحة "نوى الآن" المحلية أن دورية اعتقلت ثلاثة شبان من المدينة.'
    assert who_says(text, "ثلاثة شبان").speaker_kind == "local"
    # near misses: a page on a platform, and pages unnamed, are social media
    text = 'وذكرت صفحة "نوى الآن" على فيسبوك أن دورية اعتقلت ثلاثة شبان من المدينة.'
    assert who_says(text, "ثلاثة شبان").speaker_kind == "social"
    text = "وذكرت صفحات محلية أن دورية اعتقلت ثلاثة شبان من المدينة."
    assert who_says(text, "ثلاثة شبان").speaker_kind == "social"


def test_the_general_commissions_own_text_is_a_monitors_voice():
    text = (
        "الهيئة العامة للثورة السورية – حماة\n"
        "خرجت مظاهرة حاشدة في حي الحاضر، واعتقلت قوات الأمن عشرين شاباً من المتظاهرين."
    )
    assert who_says(text, "عشرين شاباً").speaker_kind == "monitor"


def test_a_monitors_own_report_goes_back_to_its_own_voice_after_its_sources():
    text = (
        "مقتل سبعة مدنيين بهجوم في بادية حماة\n\n"
        "وثق المرصد السوري لحقوق الإنسان مقتل 7 مدنيين بهجوم لخلايا التنظيم قرب السعن.\n"
        "ووفقاً لمصادر المرصد، فإن المهاجمين أحرقوا سيارتين.\n"
        "كما قُتل راعيان بانفجار لغم قرب بلدة عقيربات."
    )
    said = who_says(text, "راعيان")
    assert (said.speaker, said.speaker_kind) == (None, "monitor")
    # near miss: in an outlet's report the monitor's tally goes on with 'كما'
    text = (
        "مقتل سبعة مدنيين بهجوم في بادية حماة\n\n"
        "حماة (أ ف ب) - قال المرصد السوري لحقوق الإنسان إن 7 مدنيين قتلوا بهجوم قرب السعن.\n"
        "كما قُتل راعيان بانفجار لغم قرب بلدة عقيربات."
    )
    assert who_says(text, "راعيان").speaker is not None


def test_whoever_claims_an_attack_is_a_party():
    text = (
        'وكانت صفحة على فيسبوك تطلق على نفسها اسم "كتائب الساحل" قد تبنّت تفجير العبوة '
        "على طريق جبلة، وتوعدت بهجمات أخرى."
    )
    assert who_says(text, "تفجير العبوة على طريق جبلة").speaker_kind == "party"
    assert who_says(text, "بهجمات أخرى").speaker_kind == "party"
    # near miss: a correspondent telling that a group claimed it still speaks for his outlet
    text = (
        "وقال مراسل تلفزيون سوريا إن مجموعة مسلحة تطلق على نفسها اسم "
        '"سرايا الساحل" تبنت عبر "تلغرام" قتل شابين في حي النزهة.'
    )
    assert who_says(text, "شابين").speaker_kind == "outlet"


def test_a_toll_joined_after_a_comma_leaves_the_event_to_the_outlet():
    text = (
        "عاجل | مسيّرة تركية تستهدف دراجة نارية قرب قرية خراب عشك، "
        "ومقتل شابين وإصابة ثالث، بحسب مصدر طبي في مشفى كوباني."
    )
    said = who_says(text, "مسيّرة تركية تستهدف دراجة")
    assert (said.speaker, said.speaker_kind) == (None, "outlet")
    assert who_says(text, "شابين").speaker == "مصدر طبي في مشفى كوباني"
    # near miss: the same toll after a speaker's cue stays his
    text = (
        "ووثق مكتب التوثيق مقتل ثمانية مدنيين جراء القصف، وإصابة 20 آخرين، "
        "فيما قُتل أربعة عناصر بحسب صفحات موالية."
    )
    assert who_says(text, "20 آخرين").speaker == "مكتب التوثيق"


def test_a_negated_claim_after_the_speakers_denial_goes_on_denying():
    text = (
        'ونفت الحركة في بيان "أي صلة لها بالهجوم على الحاجز"، مؤكدةً أنها '
        '"غير معنية بما يجري في المدينة".'
    )
    assert who_says(text, "غير معنية بما يجري").stance == "denies"
    # near misses: its own toll, and a negation with no denial before it
    text = 'ونفى المتحدث مقتل 35 من عناصره، مؤكداً أن خسائر قواته "لم تتجاوز أربعة جرحى".'
    assert who_says(text, "لم تتجاوز أربعة جرحى").stance != "denies"
    text = 'وقالت الحركة في بيان، مؤكدةً أنها "غير معنية بما يجري في المدينة".'
    assert who_says(text, "غير معنية بما يجري").stance == "confirms"


def test_a_passive_hedge_opening_its_own_clause_names_nobody():
    text = "وكتب ناشطون محاصرون رسائل على فيسبوك، ويُعتقد أن مئات العائلات ما زالت عالقة."
    said = who_says(text, "مئات العائلات")
    assert (said.speaker, said.speaker_kind, said.stance) == (None, "outlet", "hearsay")
    # near miss: pictures on social media said to show something are the pages' hearsay
    text = "وانتشرت على مواقع التواصل الاجتماعي صور قيل إنها لجثث عناصر من الحرس."
    assert who_says(text, "لجثث عناصر").speaker_kind == "social"


def test_a_short_headline_of_a_toll_is_no_source_name():
    """Misfire review of 2026-12-01: a short verbless headline ('مقتل مدنيين في إدلب') was
    read as the text's source name, so the monitor's own report was an outlet's and its
    tally after 'ووفقاً لمصادر المرصد' stayed the sources'."""
    body = (
        "\n\nوثق المرصد السوري لحقوق الإنسان مقتل 6 مدنيين في ريف إدلب.\n"
        "ووفقاً لمصادر المرصد، فإن الطائرات الروسية نفذت الغارات.\n"
        "كما قُتل طفلان في قصف مدفعي."
    )
    said = who_says("مقتل مدنيين في إدلب" + body, "طفلان")
    assert (said.speaker, said.speaker_kind) == (None, "monitor")
    # near miss: a network's name heading the text is its source, an outlet's report
    assert who_says("فرات بوست" + body, "طفلان").speaker == "مصادر المرصد"
