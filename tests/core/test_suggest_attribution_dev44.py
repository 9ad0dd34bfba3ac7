"""Attribution forms of the attribution round on development set 44 (issue 18): who says it
in long pieces with many speakers. Each rule with a sentence of its own and a near miss."""

from tests.attributing import who_says


def test_go_on_with_a_quotation_reports_what_the_earlier_speaker_says():
    text = (
        'وقال أحد الجرحى إن "الدورية أطلقت النار علينا من السطح". '
        'وتابع "كنا نسير في الشارع بلا سلاح. أصيب ثلاثة من رفاقنا أمامي".'
    )
    found = who_says(text, "أصيب ثلاثة من رفاقنا")
    assert (found.speaker, found.speaker_kind) == ("أحد الجرحى", "local")
    named = (
        'وقال طبيب في المشفى الميداني إن المشفى "يعمل بلا كهرباء". '
        'وتابع الطبيب "استقبلنا عشرات الجرحى منذ الفجر. توفي اثنان منهم بسبب نقص الدم".'
    )
    assert who_says(named, "توفي اثنان منهم").speaker_kind == "local"
    # near miss: 'تابع' of a quoted name goes on its way ('followed'), it reports nothing
    road = 'وقال أحد الجرحى إن الدورية انسحبت. وتابعت "الحسبة" طريقها نحو البلدة واعتقلت شابين.'
    assert who_says(road, "اعتقلت شابين").speaker is None


def test_a_sites_dot_before_a_quotation_ends_no_sentence():
    text = (
        "حمص - العربية.نت\n\n"
        'وقال الناشط أبو سامر، عضو تنسيقية الحي، لـ"العربية.نت" عبر سكايب: "كنا نحو ألف متظاهر. '
        'أطلقوا الرصاص علينا. شاهدت شاباً يسقط أمامي".'
    )
    found = who_says(text, "شاهدت شاباً يسقط")
    assert found.speaker is not None and "أبو سامر" in found.speaker
    # near miss: a real sentence end between the verb and the quotation
    ended = (
        "حمص - العربية.نت\n\n"
        "وقال الناشط أبو سامر إن الأمن حاصر الحي. ونقلت العربية.نت صوراً للمظاهرة، "
        'وكُتب على لافتة: "كنا نحو ألف متظاهر. شاهدت شاباً يسقط أمامي".'
    )
    assert who_says(ended, "شاهدت شاباً يسقط").speaker != found.speaker


def test_deploying_its_own_men_publishes_nothing():
    text = (
        "وقال الناشط سامر حمدان إن المظاهرة انطلقت ظهراً، "
        "وأشار حمدان إلى أن فصائل محلية، بينها حركة رجال الكرامة، نشرت عناصرها في محيط الساحة."
    )
    found = who_says(text, "في محيط الساحة")
    assert found.speaker == "حمدان"
    # near miss: a page publishing its own pictures is a publication with its speaker
    published = "وقال الناشط سامر حمدان إن المظاهرة انطلقت، ونشرت الشبكة صورها من الساحة."
    assert who_says(published, "صورها من الساحة").speaker == "الشبكة"


def test_a_name_said_again_keeps_the_role_given_after_it():
    resident = (
        "درعا - وكالات\n\nوقال أبو خالد، أحد سكان الحي، إن المئات خرجوا. "
        "وأشار أبو خالد إلى أن عناصر اعتقلوا شابين في محيط الساحة."
    )
    assert who_says(resident, "اعتقلوا شابين").speaker_kind == "local"
    monitor = (
        "درعا - وكالات\n\nوقال فضل عبد الغني، مدير الشبكة السورية لحقوق الإنسان، إن المئات "
        "قتلوا. وأشار عبد الغني إلى أن عناصر اعتقلوا شابين في محيط الساحة."
    )
    assert who_says(monitor, "اعتقلوا شابين").speaker_kind == "monitor"
    # near miss: a role before the name, where it first appeared, gives the kind as before
    before = (
        "درعا - وكالات\n\nوقال مدير المرصد رامي عبد الرحمن إن المئات قتلوا. "
        "وأشار عبد الرحمن إلى أن عناصر اعتقلوا شابين."
    )
    assert who_says(before, "اعتقلوا شابين").speaker_kind == "monitor"


def test_a_student_is_no_demand():
    text = (
        "وقال مصدر أهلي إن دورية اعتقلت شابين، أحدهما طالب جامعي، "
        'مضيفاً أن "الوجهاء يتواصلون مع الفرع للإفراج عنهما".'
    )
    found = who_says(text, "الوجهاء يتواصلون")
    assert found.speaker == "مصدر أهلي"
    # near miss: the verb with its ب-object after a comma still demands
    demand = "وطالب وجهاء من ريف جبلة، في بيان مصور، بفتح تحقيق مستقل."
    found = who_says(demand, "بفتح تحقيق مستقل")
    assert (found.speaker, found.stance) == ("وجهاء من ريف جبلة", "intends")


def test_a_name_between_commas_before_qad_leaves_the_role_the_subject():
    text = (
        "وقال مصدر طبي إن المشفى استقبل جرحى. "
        "وكان قائد اللواء الثامن، أحمد العودة، قد هدد بالتدخل لحماية الأهالي إذا استمر الحصار."
    )
    found = who_says(text, "بالتدخل لحماية الأهالي")
    assert found.speaker == "قائد اللواء الثامن"
    assert (found.speaker_kind, found.stance) == ("party", "intends")
    # near miss: words between the commas that hold a verb are no name of the subject
    clause = (
        "وقال مصدر طبي إن المشفى استقبل جرحى. "
        "وكان الحصار، كما قال الأهالي، قد اشتد على الأحياء الجنوبية."
    )
    assert who_says(clause, "اشتد على الأحياء").speaker != "الحصار"


def test_a_headlines_last_part_names_its_speaker():
    text = "غارات على سوق سراقب.. والمرصد السوري: 12 قتيلاً بينهم أطفال\n\nقصفت طائرات حربية السوق."
    found = who_says(text, "12 قتيلاً")
    assert found.speaker is not None and "المرصد السوري" in found.speaker
    assert found.speaker_kind == "monitor"
    # near miss: a last part that is a toll's label, no speaker
    label = "غارات على سوق سراقب.. وحصيلة أولية: 12 قتيلاً بينهم أطفال\n\nقصفت طائرات حربية السوق."
    assert who_says(label, "12 قتيلاً").speaker is None


def test_a_tribal_sheikh_calling_to_go_on_fighting_speaks_for_armed_men():
    text = "ودعا شيخ قبيلة البكارة، في تسجيل مصور، أبناء القبيلة إلى مواصلة القتال حتى طرد قسد."
    assert who_says(text, "مواصلة القتال").speaker_kind == "party"
    vow = 'وقال شيخ قبيلة البكارة في تسجيل صوتي إن المعركة "لن تتوقف قبل خروج قسد".'
    assert who_says(vow, "لن تتوقف").speaker_kind == "party"
    # near miss: battles that did not stop are a fact he reports, no vow
    fact = "وقال شيخ قبيلة البكارة إن المعارك لم تتوقف منذ أسبوع في ريف دير الزور."
    assert who_says(fact, "لم تتوقف منذ أسبوع").speaker_kind == "local"


def test_a_tribes_notables_stay_local_whatever_they_vow():
    text = (
        "ونفى وجهاء من عشيرة البكير أي صلة للمعتقلين بالتنظيم، "
        "وتوعدوا بالتصعيد في حال عدم الإفراج عنهم."
    )
    assert who_says(text, "بالتصعيد في حال").speaker_kind == "local"
    # near miss: a town's notable threatening to defend it speaks for armed men
    town = "وقال أحد وجهاء جرمانا إن الأهالي خائفون، مهدداً بالدفاع عن المدينة بالسلاح."
    assert who_says(town, "بالدفاع عن المدينة").speaker_kind == "party"


def test_the_media_office_of_a_local_network_speaks_as_that_network():
    text = (
        "درعا (أ ف ب) - قال مدير المكتب الإعلامي في تجمع أحرار حوران، أبو محمود الحوراني، "
        "إن عناصر من الفرقة الرابعة اعتقلوا 14 شاباً."
    )
    assert who_says(text, "14 شاباً").speaker_kind == "local"
    # near miss: the media office of an armed group speaks for the party
    party = (
        "درعا (أ ف ب) - قال مدير المكتب الإعلامي في هيئة تحرير الشام إن مقاتليها أسروا 14 عنصراً."
    )
    assert who_says(party, "14 عنصراً").speaker_kind == "party"


def test_an_activist_named_a_committees_member_speaks_for_the_committee():
    text = "دمشق - وكالات\n\nوقال الناشط أبو سامر، عضو تنسيقية حي الخالدية، إن الأمن اعتقل 12 شاباً."
    assert who_says(text, "12 شاباً").speaker_kind == "monitor"
    # near miss: an activist named a resident of the quarter stays a local source
    resident = (
        "دمشق - وكالات\n\nوقال الناشط أبو سامر، أحد سكان حي الخالدية، إن الأمن اعتقل 12 شاباً."
    )
    assert who_says(resident, "12 شاباً").speaker_kind == "local"


def test_what_must_be_done_is_the_speakers_call():
    text = "وقالت منظمة العفو الدولية إن على الحكومة أن تفرج عن المعتقلين فوراً."
    assert who_says(text, "تفرج عن المعتقلين").stance == "intends"
    must = "وقالت المنظمة إنه يجب فتح تحقيق مستقل في الغارات."
    assert who_says(must, "فتح تحقيق مستقل").stance == "intends"
    # near miss: 'أكد على أن' opens what is said, nobody is told to act
    said = "وأكد المرصد على أن القصف استهدف السوق الشعبي."
    assert who_says(said, "استهدف السوق").stance == "confirms"


def test_a_speaker_before_a_relative_saying_verb_says_it():
    text = "وتأتي الخطوة وسط انتقادات من المعارضة التي تقول إن البعثة تمنح النظام مهلاً."
    found = who_says(text, "تمنح النظام")
    assert found.speaker is not None and "المعارضة" in found.speaker
    assert found.speaker_kind == "party"
    un = "ويأتي ذلك بعد تقرير للأمم المتحدة التي قالت إن 200 ألف شخص نزحوا."
    assert who_says(un, "200 ألف شخص").speaker_kind == "monitor"
    # near miss: a report's content after the relative is the denier's object, no speaker
    denied = "ونفى المرصد الرواية التي تقول إن الجيش انسحب من البلدة."
    found = who_says(denied, "انسحب من البلدة")
    assert (found.speaker, found.stance) == ("المرصد", "denies")


def test_a_speaker_told_of_a_tally_says_what_follows_his_inna():
    text = (
        "وبحسب المرصد، قُتل 910 أشخاص منذ بدء الهجوم، وهي حصيلة قالت مصادر في وزارة الصحة "
        'إنها "أقل بكثير من الواقع".'
    )
    found = who_says(text, "أقل بكثير من الواقع")
    assert found.speaker is not None and "وزارة الصحة" in found.speaker
    described = (
        "ورفع المرصد حصيلته إلى أكثر من ألف قتيل، وهي أرقام وصفها مصدر في وزارة الإعلام "
        'بأنها "غير دقيقة".'
    )
    found = who_says(described, "غير دقيقة")
    assert found.speaker is not None and "وزارة الإعلام" in found.speaker
    # near miss: a statement a channel carried, 'أن' opening what the statement said
    carried = "وأعلن الجيش في بيان نقله التلفزيون الرسمي أن وحداته أعادت الانتشار."
    assert who_says(carried, "أعادت الانتشار").speaker == "الجيش"
