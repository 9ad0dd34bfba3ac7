"""Attribution rules of development set 22 (issue 18): a speaker-kind lexicon of names and head
nouns (resources/suggest/speaker_lexicon.json), general stance conjugations
(resources/suggest/stance_cues.json), and the forms around them. Each sentence is new text,
not taken from a development set."""

import pytest

from tests.attributing import who_says


@pytest.mark.parametrize(
    ("text", "claim", "speaker", "kind"),
    [
        # names of outlets nobody quoted before, and a head phrase beating the party word هيئة
        ("وقالت يديعوت أحرونوت إن الغارة استهدفت مستودعاً.", "استهدفت", "يديعوت", "outlet"),
        ("وذكرت فضائية الحدث أن الغارة استهدفت مستودعاً.", "استهدفت", "فضائية", "outlet"),
        ("وذكرت هيئة البث العامة أن الغارة استهدفت شحنة أسلحة.", "استهدفت", "هيئة البث", "outlet"),
        # a monitor known by name, and monitors by their head noun
        ("وقالت مجموعة إيروورز إن 12 مدنياً قتلوا في الغارة.", "12 مدنياً", "إيروورز", "monitor"),
        ("وتحدثت المراصد عن إقلاع مروحيتين من مطار الشعيرات.", "إقلاع", "المراصد", "monitor"),
        ("وقال فريق محلي لرصد الانتهاكات إن 4 مدنيين قتلوا.", "4 مدنيين", "فريق", "monitor"),
        # official bodies of foreign parties with no keyword of their own
        ("وقال مركز المصالحة في حميميم إن المسلحين قصفوا بلدة كسب.", "قصفوا", "مركز", "party"),
        ("وأكد الجانب التركي أن الدورية المشتركة سيرت كالمعتاد.", "سيرت", "الجانب", "party"),
        # local sources by their head phrase
        ("وقالت لجنة أهلية في البلدة إن سبعة شبان اعتقلوا.", "سبعة شبان", "لجنة أهلية", "local"),
    ],
)
def test_the_lexicon_gives_unseen_speakers_their_kind(text, claim, speaker, kind):
    found = who_says(text, claim)
    assert speaker in (found.speaker or ""), found
    assert found.speaker_kind == kind, found


def test_an_outlet_owned_by_a_party_speaks_for_it():
    text = 'ونقلت وكالة "ثبات" التابعة لهيئة تحرير الشام أن مقاتلي الهيئة دمروا مدرعة.'
    found = who_says(text, "دمروا مدرعة")
    assert (found.speaker_kind, found.stance) == ("party", "asserts")
    # accounts owned by a party are that party's voice, not social media
    accounts = "ونشرت حسابات تابعة لفرقة السلطان مراد أن مقاتليها صدوا الهجوم."
    assert who_says(accounts, "صدوا الهجوم").speaker_kind == "party"
    # an outlet merely described, with no party after the affiliation word, stays an outlet
    free = who_says("وقالت صحيفة الحياة اللندنية إن مدرعة دمرت.", "مدرعة دمرت")
    assert free.speaker_kind == "outlet"


def test_channels_loyal_to_a_party_on_telegram_are_social_media():
    text = "وتناقلت قنوات موالية للتنظيم على تلغرام صوراً لجثث قالت إنها لعناصر من الجيش."
    found = who_says(text, "لجثث")
    assert (found.speaker_kind, found.stance) == ("social", "hearsay")
    # the party's own account stays the party
    own = who_says("ونشر المكتب الإعلامي للفصيل على تلغرام أن مقاتليه صدوا الهجوم.", "صدوا")
    assert own.speaker_kind == "party"


@pytest.mark.parametrize(
    ("text", "claim", "stance"),
    [
        ("والأهالي ينفون أن يكون أبناؤهم قد شاركوا في الهجوم.", "شاركوا", "denies"),
        ("وقال المرصد إن الطائرات قصفت السوق، وفندت الوزارة ذلك.", "ذلك", "denies"),
        ("والمتحدثان باسم الفصيلين أكدا أن الطريق أعيد فتحه.", "أعيد فتحه", "confirms"),
        ("وقادة الفصائل يتوعدون بهجوم واسع على المدينة.", "بهجوم واسع", "intends"),
        ("وأنذرت القوات التركية الفصائل بإخلاء المواقع.", "بإخلاء المواقع", "intends"),
        ("والناشطون يزعمون أن الغارة استهدفت مستودعاً للذخيرة.", "مستودعاً", "hearsay"),
    ],
)
def test_stance_verbs_in_their_conjugations(text, claim, stance):
    assert who_says(text, claim).stance == stance


def test_dual_and_plural_spokesmen_are_parties():
    text = "والمتحدثان باسم الفصيلين أكدا أن الطريق أعيد فتحه."
    assert who_says(text, "أعيد فتحه").speaker_kind == "party"


def test_a_participle_of_refutation_continues_its_speaker_and_denies():
    text = "وقالت وزارة الدفاع إن قواتها صدت الهجوم، مفندة أن تكون طائراتها قصفت القرية."
    found = who_says(text, "طائراتها قصفت")
    assert (found.speaker_kind, found.stance) == ("party", "denies")
    assert "وزارة الدفاع" in found.speaker


def test_a_passive_fear_passes_the_claim_on_as_hearsay():
    text = "ويُخشى أن تكون الدورية قد اعتقلت عشرة شبان من القرية."
    found = who_says(text, "عشرة شبان")
    assert (found.speaker, found.speaker_kind, found.stance) == (None, "outlet", "hearsay")


def test_according_to_a_plan_names_no_speaker():
    text = "أنقرة: العملية تسير وفق الخطة المرسومة"
    found = who_says(text, "تسير")
    assert found.speaker == "أنقرة"
    assert found.speaker_kind == "party"


def test_a_quoted_name_before_a_headlines_verb_is_its_subject():
    text = 'شيخ العشيرة يعلن النفير و"الأسايش" تنفي اقتحام القرية\n\nنص الخبر.'
    found = who_says(text, "اقتحام القرية")
    assert found.speaker == "الأسايش"
    assert (found.speaker_kind, found.stance) == ("party", "denies")


def test_a_dot_inside_a_sites_name_ends_no_sentence():
    text = 'وقال مصدر طبي لـ"العربية.نت" إن المشفى استقبل 40 جريحاً خلال ساعات.'
    found = who_says(text, "40 جريحاً")
    assert (found.speaker, found.speaker_kind) == ("مصدر طبي", "local")


def test_a_name_quoted_after_its_description_is_the_verbs_subject():
    text = 'ولم يعلق الجيش على الغارة، غير أن القناة العبرية "آي 24" قالت إن الغارة استهدفت مخزناً.'
    found = who_says(text, "استهدفت مخزناً")
    assert "القناة العبرية" in found.speaker
    assert found.speaker_kind == "outlet"


def test_a_headlines_place_and_its_direction_name_no_speaker():
    text = "ريف حلب الشمالي: مقتل ثلاثة مدنيين بقصف مدفعي\n\nقتل ثلاثة مدنيين أمس."
    found = who_says(text, "ثلاثة مدنيين بقصف")
    assert (found.speaker, found.speaker_kind) == (None, "outlet")


def test_the_name_before_a_headlines_colon_says_what_follows_it():
    text = 'أنقرة تتوعد بالرد وطهران: "لن نسمح بعدوان جديد"\n\nنص الخبر.'
    found = who_says(text, "لن نسمح")
    assert "طهران" in found.speaker
    assert found.speaker_kind == "party"


def test_a_relay_with_no_subject_names_its_inner_source():
    text = "ونفت الوكالة الرسمية سقوط البلدة، ونقلت عن مصدر ميداني أن المعارك مستمرة في محيطها."
    found = who_says(text, "المعارك مستمرة")
    assert (found.speaker, found.speaker_kind) == ("مصدر ميداني", "local")


def test_a_carrier_described_at_length_relays_its_inner_source():
    text = 'ونقلت صحيفة "الوطن" المقربة من الحكومة السورية عن مصدر أمني أن خلية اعتقلت في المدينة.'
    found = who_says(text, "خلية اعتقلت")
    assert (found.speaker, found.speaker_kind) == ("مصدر أمني", "party")


def test_a_reported_claim_opening_with_laysa_denies():
    text = (
        "وقال مصدر في الوزارة إن القوات تراقب الحدود، "
        'مشيراً إلى أن الجيش "ليس له أي وجود" في القرية.'
    )
    found = who_says(text, "ليس له أي وجود")
    assert (found.speaker_kind, found.stance) == ("party", "denies")


def test_describing_with_no_subject_goes_on_with_the_denial():
    text = "ونفت الحكومة أي مسؤولية عن القصف، ووصفت التقارير بأنها ملفقة."
    assert who_says(text, "بأنها ملفقة").stance == "denies"
    own = "ونفت الحكومة الاتهامات، ووصفها الناطق باسم الرئاسة بأنها حملة منظمة."
    found = who_says(own, "حملة منظمة")
    assert "الناطق" in found.speaker
    assert found.stance == "asserts"


def test_a_verb_after_annaha_is_part_of_the_earlier_report():
    text = "وأكدت البعثة الأممية في بيان أنها رصدت خروقات متكررة للهدنة."
    found = who_says(text, "خروقات متكررة")
    assert (found.speaker_kind, found.stance) == ("monitor", "confirms")


def test_an_intention_holds_only_in_its_own_reported_clause():
    text = "وقال المحافظ إن الدولة ستفرض الأمن، وإن المجموعات المسلحة هي من يعرقل الاتفاق."
    assert who_says(text, "ستفرض الأمن").stance == "intends"
    assert who_says(text, "هي من يعرقل").stance == "asserts"


def test_a_monitor_warns_but_a_party_threatens():
    monitor = "وحذرت منظمة الصحة العالمية من تفشي الكوليرا في المخيمات."
    assert who_says(monitor, "تفشي الكوليرا").stance == "asserts"
    party = "وحذرت وزارة الدفاع التركية من أي هجوم على نقاط المراقبة."
    assert who_says(party, "أي هجوم").stance == "intends"


def test_a_notable_calling_to_arms_speaks_for_armed_men():
    text = "وقال أحد وجهاء العشيرة إن أبناءها لن يسكتوا، داعياً إلى النفير العام ضد المهاجمين."
    assert who_says(text, "لن يسكتوا").speaker_kind == "party"
    calm = "وقال أحد وجهاء العشيرة إن الأهالي يطالبون بالإفراج عن أبنائهم."
    assert who_says(calm, "بالإفراج").speaker_kind == "local"


def test_an_event_after_a_headlines_verb_is_its_object():
    text = '"الدولة الإسلامية" يتبنى تفجير حمص\n\nنص الخبر.'
    found = who_says(text, "تفجير حمص")
    assert "الدولة الإسلامية" in found.speaker
    assert found.speaker_kind == "party"


@pytest.mark.parametrize(
    ("text", "claim", "kind"),
    [
        # a known name with a stop word inside it is one speaker ('سي إن إن')
        ("وقالت شبكة سي إن إن إن المسؤولين يدرسون الرد.", "يدرسون الرد", "outlet"),
        # an official known by name writing on a social medium speaks for his side
        ("وكتب أفيخاي أدرعي على منصة إكس أن الجيش دمر مستودعات.", "دمر مستودعات", "party"),
        # documentation and press-freedom groups, relief groups by their head
        (
            "ووثقت مجموعة العمل من أجل فلسطينيي سوريا مقتل لاجئين اثنين.",
            "لاجئين اثنين",
            "monitor",
        ),
        ("وقالت مراسلون بلا حدود إن صحفياً اعتقل في المدينة.", "صحفياً اعتقل", "monitor"),
        ("وقالت مجموعة السلام للإغاثة إن المساعدات وزعت.", "المساعدات وزعت", "monitor"),
        # a defector speaks as a local source, a foreign envoy for his state
        ("وقال ضابط منشق إن الفرقة الرابعة تدير معابر التهريب.", "تدير معابر", "local"),
        ("وقال المبعوث الأمريكي إن واشنطن تدعم الحوار.", "تدعم الحوار", "party"),
    ],
)
def test_more_speakers_by_name_and_head(text, claim, kind):
    assert who_says(text, claim).speaker_kind == kind


def test_resolve_is_an_intention_and_a_plural_hedge_hearsay():
    resolve = "وقال القيادي في الفصيل إن مقاتليه عازمون على استعادة القرية."
    assert who_says(resolve, "استعادة القرية").stance == "intends"
    hedge = "وقال ناشطون إنهم يرجحون أن تكون الطائرة أردنية."
    assert who_says(hedge, "أردنية").stance == "hearsay"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("وذكرت الوكالة الرسمية أن وحدات الجيش تقدمت.", "وحدات الجيش تقدمت"),
        ("وقالت صحيفة تشرين الحكومية إن وحدات الجيش تقدمت.", "وحدات الجيش تقدمت"),
        ("وقال التلفزيون الحكومي إن وحدات الجيش تقدمت.", "وحدات الجيش تقدمت"),
        ("وقالت وكالة مهر الإيرانية إن المستشارين عادوا.", "المستشارين عادوا"),
    ],
)
def test_state_media_by_description_speak_for_their_state(text, claim):
    assert who_says(text, claim).speaker_kind == "party"


def test_confirming_reports_is_no_hearsay():
    text = "وأكد المرصد صحة الأنباء عن مقتل القيادي في الغارة."
    assert who_says(text, "مقتل القيادي").stance == "confirms"


@pytest.mark.parametrize(
    ("text", "claim", "stance"),
    [
        ("وجددت الوزارة تأكيدها أن الحدود مغلقة أمام المدنيين.", "الحدود مغلقة", "confirms"),
        ("وجدد المجلس العسكري رفضه دخول القوات إلى المدينة.", "دخول القوات", "denies"),
        ("وجددت أنقرة تهديدها بشن عملية عسكرية.", "بشن عملية", "intends"),
    ],
)
def test_renewing_a_verbal_noun_says_it_again(text, claim, stance):
    assert who_says(text, claim).stance == stance


def test_loyalist_sites_speak_for_their_side():
    text = "ونقلت مواقع موالية أن الجيش استعاد القرية."
    assert who_says(text, "استعاد القرية").speaker_kind == "party"


def test_disowning_denies_and_condemning_asserts():
    disowned = "وتبرأت الفصائل من الهجوم على القرية."
    found = who_says(disowned, "الهجوم على القرية")
    assert (found.speaker_kind, found.stance) == ("party", "denies")
    condemned = "وندد الائتلاف الوطني بالقصف على الأحياء السكنية."
    found = who_says(condemned, "بالقصف على")
    assert (found.speaker_kind, found.stance) == ("party", "asserts")


def test_a_rights_lawyer_is_a_monitor_a_rights_activist_a_local_source():
    lawyer = "وقال المحامي والحقوقي ميشال شماس إن المحاكمات غير عادلة."
    assert who_says(lawyer, "المحاكمات").speaker_kind == "monitor"
    activist = "وقالت الناشطة الحقوقية ريم إن المعتقلات تعرضن للتعذيب."
    assert who_says(activist, "تعرضن").speaker_kind == "local"


def test_a_name_between_commas_after_the_speaker_is_the_same_speaker():
    text = "وقال المتحدث باسم الوزارة، إيغور كوناشينكوف، إن الطائرات دمرت مستودعاً."
    found = who_says(text, "دمرت مستودعاً")
    assert "كوناشينكوف" in found.speaker
    assert "المتحدث باسم الوزارة" in found.speaker
    # a second source between commas is no apposition
    other = "وقال وجهاء من البلدة، بحسب محافظ المدينة، إن الشبان أفرج عنهم."
    assert "بحسب" not in who_says(other, "الشبان أفرج").speaker


def test_saying_people_have_no_link_denies_what_is_said_of_them():
    text = "وقال أحد وجهاء القرية إن المعتقلين رعاة لا علاقة لهم بأي فصيل مسلح."
    found = who_says(text, "رعاة لا علاقة لهم")
    assert (found.speaker_kind, found.stance) == ("local", "denies")
    absent = "وقال مراسل الشبكة إنه لا وجود لأي حاجز أمني في المدينة."
    assert who_says(absent, "لأي حاجز").stance == "asserts"


def test_wallati_reports_what_the_speaker_named_before_it_issued():
    text = (
        "ورفض المجلس الحصيلة التي نشرها المرصد السوري لحقوق الإنسان، "
        "والتي تحدث فيها عن مقتل 12 مقاتلاً من العشائر."
    )
    found = who_says(text, "12 مقاتلاً")
    assert found.speaker == "المرصد السوري لحقوق الإنسان"
    assert found.speaker_kind == "monitor"


def test_amma_topic_closed_by_a_comma_is_the_subject():
    text = (
        'ونقلت سانا عن مصدر عسكري أن الجيش "أعاد الأمن". '
        "أما المرصد السوري لحقوق الإنسان، فأفاد بمقتل 14 مدنياً في القصف."
    )
    found = who_says(text, "14 مدنياً")
    assert found.speaker == "المرصد السوري لحقوق الإنسان"
    assert found.speaker_kind == "monitor"


def test_a_bare_council_refers_back_to_the_local_council():
    text = (
        "ونفى المجلس المحلي للبلدة في بيان أي تقدم للقوات. "
        "وأضاف المجلس أن نحو ثلاثة آلاف مدني ما زالوا محاصرين."
    )
    found = who_says(text, "ثلاثة آلاف مدني")
    assert found.speaker_kind == "local"


def test_the_name_after_an_affiliation_tail_or_with_a_stop_word_is_the_speaker():
    tail = (
        'وقال المتحدث باسم "المجلس العسكري في حماة" التابع للجيش الحر، '
        "العقيد مصطفى بكور، إن الفصائل استعادت التلة."
    )
    assert "مصطفى بكور" in who_says(tail, "استعادت التلة").speaker
    known = 'وأعرب الأمين العام للأمم المتحدة، بان كي مون، عن "قلق بالغ" إزاء الحصار.'
    assert "بان كي مون" in who_says(known, "قلق بالغ").speaker


def test_a_warning_of_what_something_will_mean_is_a_forecast():
    text = 'وحذر رئيس الائتلاف الوطني، جورج صبرا، من أن سقوط المدينة "سيعني مجزرة".'
    found = who_says(text, "سيعني مجزرة")
    assert (found.speaker_kind, found.stance) == ("party", "asserts")


def test_a_label_before_a_bar_leaves_the_headlines_speaker():
    text = "عاجل | مصادر محلية: مقتل شابين برصاص مجهولين في البلدة\n\nنص الخبر."
    found = who_says(text, "مقتل شابين")
    assert (found.speaker, found.speaker_kind) == ("مصادر محلية", "local")
    page = "صدى الجبل | حصيلة غير نهائية: مقتل شابين\n\nنص الخبر."
    assert who_says(page, "مقتل شابين").speaker is None


def test_a_headlines_speaker_calling_reports_untrue_denies():
    text = "الخارجية الروسية: لا صحة للأنباء عن انسحاب قواتنا\n\nنص الخبر."
    found = who_says(text, "انسحاب قواتنا")
    assert (found.speaker_kind, found.stance) == ("party", "denies")


@pytest.mark.parametrize(
    ("text", "claim", "kind"),
    [
        ("وقالت سوريا على طول إن الحاجز أغلق.", "الحاجز أغلق", "outlet"),
        ("وقال المنسق المقيم في دمشق إن 8 مدنيين قتلوا.", "8 مدنيين", "monitor"),
    ],
)
def test_outlets_agencies_and_monitors_of_the_region_by_name(text, claim, kind):
    assert who_says(text, claim).speaker_kind == kind


def test_a_relay_with_an_object_pronoun_names_its_inner_source():
    text = "وبحسب ما نقلته رويترز عن مسؤولين أتراك، فإن الرتل عاد أدراجه."
    found = who_says(text, "الرتل عاد")
    assert (found.speaker, found.speaker_kind) == ("مسؤولين أتراك", "party")
