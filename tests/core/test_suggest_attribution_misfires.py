"""Misfires of the attribution rules of 2026-12-01 (precision review): sentences of Syrian
news written to catch each rule firing where it should not, each with a true case of the
rule that still passes."""

from tests.attributing import who_says


def test_raising_a_toll_needs_the_toll_as_the_verbs_object():
    banners = (
        "خرج المئات في مظاهرة في مدينة السويداء، ورفع المحتجون لافتات تطالب بالإفراج عن عدد "
        "من المعتقلين، واعتقلت قوات الأمن 4 من المتظاهرين عند دوار المشنقة."
    )
    assert who_says(banners, "اعتقلت قوات الأمن 4 من المتظاهرين").speaker is None
    checkpoints = (
        "رفعت قوات النظام عدد الحواجز في محيط مدينة الصنمين إلى 14 حاجزاً، "
        "واعتقلت ثلاثة شبان من أبناء المدينة."
    )
    assert who_says(checkpoints, "اعتقلت ثلاثة شبان").speaker is None
    # true case: a monitor raising the count of victims reports it
    toll = "ورفع الدفاع المدني عدد الضحايا في أريحا إلى 11 قتيلاً."
    found = who_says(toll, "11 قتيلاً")
    assert (found.speaker, found.speaker_kind, found.stance) == (
        "الدفاع المدني",
        "monitor",
        "asserts",
    )


def test_a_threat_told_by_a_noun_ends_where_another_event_opens():
    after = "وجاء تهديد الفرقة الرابعة باقتحام البلدة بعد مقتل 3 من عناصرها بكمين قرب المزيريب."
    found = who_says(after, "مقتل 3 من عناصرها")
    assert (found.speaker, found.stance) == (None, "asserts")
    rising = (
        "وتصاعدت تهديدات تنظيم داعش بشكل لافت في البادية خلال الأسابيع الماضية "
        "مع مقتل 9 رعاة برصاص مجهولين."
    )
    assert who_says(rising, "مقتل 9 رعاة").stance == "asserts"
    # true case: the threat's own ب-object is the speaker's threat
    threat = "وجاء تهديد الفرقة الرابعة باقتحام البلدة وتهجير 200 عائلة منها."
    found = who_says(threat, "اقتحام البلدة")
    assert (found.speaker, found.stance) == ("الفرقة الرابعة", "intends")


def test_a_participle_goes_with_the_one_shown_only_right_after_it():
    scene = (
        "وبثت قناة الإخبارية السورية مقطعاً تظهر فيه آثار الدمار في حي جوبر مشيرة إلى أن "
        "الجيش استعاد السيطرة على الحي بالكامل."
    )
    found = who_says(scene, "الجيش استعاد السيطرة على الحي بالكامل")
    assert found.speaker == "قناة الإخبارية السورية"
    # true case: the participle right after the one shown is his
    shown = "ونشرت وكالة أعماق تسجيلاً يظهر فيه أحد عناصر التنظيم متوعداً بذبح الأسرى."
    assert who_says(shown, "ذبح الأسرى").speaker == "أحد عناصر التنظيم"


def test_a_first_line_naming_a_monitor_as_the_news_is_no_monitors_own_text():
    interview = (
        'المرصد السوري لـ"الشرق الأوسط": 90 قتيلاً في معارك ريف حماة\n\n'
        'قال مدير المرصد السوري لحقوق الإنسان لـ"الشرق الأوسط" إن 90 مقاتلاً قتلوا في '
        "المعارك، وإن المرصد وثق مقتل 31 من عناصر النظام."
    )
    found = who_says(interview, "90 قتيلاً")
    assert (found.speaker, found.speaker_kind) == ("المرصد السوري", "monitor")
    subject = (
        "الدفاع المدني تحت القصف: مقتل متطوعين في خان شيخون\n\n"
        "قتل متطوعان في الدفاع المدني السوري بغارة روسية على مركز في خان شيخون."
    )
    assert who_says(subject, "قتل متطوعان").speaker_kind == "outlet"
    blamed = (
        "المرصد السوري في مرمى الاتهامات: ناشطون يتهمونه بتضخيم الأرقام\n\n"
        "اتهم ناشطون في حلب المرصد السوري لحقوق الإنسان بتضخيم أعداد القتلى. "
        "وقتل خمسة مدنيين في قصف على حي الشعار."
    )
    assert who_says(blamed, "خمسة مدنيين").speaker_kind == "outlet"
    # true cases: the monitor's name, perhaps with where it is, heads its own report
    own = (
        "لجان التنسيق المحلية في حمص: قصف على حي الخالدية\n\n"
        "قتل خمسة مدنيين في قصف على حي الخالدية، ووثقت لجان التنسيق أسماءهم."
    )
    assert who_says(own, "خمسة مدنيين").speaker_kind == "monitor"
    headline = (
        "المرصد السوري: 12 قتيلاً في قصف على ريف إدلب\n\n"
        "وقال المرصد السوري لحقوق الإنسان إن الطيران قصف البلدة. "
        "وقتل خمسة مدنيين في قصف آخر على بلدة مجاورة."
    )
    assert who_says(headline, "12 قتيلاً").speaker is None


def test_a_source_of_another_body_named_with_the_networks_self_noun_is_not_the_network():
    campaign = (
        "حملة أمنية في طفس\n\nدرعا - تجمع أحرار حوران\n\n"
        "بدأت قوات النظام صباح اليوم حملة أمنية في مدينة طفس. "
        "وقال مصدر من الحملة الأمنية إن 12 مطلوباً اعتقلوا في الساعات الأولى."
    )
    assert who_says(campaign, "12 مطلوباً").speaker_kind != "outlet"
    monitor = (
        "اعتقالات في الرقة\n\nالرقة تذبح بصمت\n\n"
        "اعتقل عناصر الحسبة 5 شبان في حي الرميلة. وقال مصدر من الشبكة السورية لحقوق "
        "الإنسان إن الشبان اقتيدوا إلى سجن النقطة 11."
    )
    assert who_says(monitor, "الشبان اقتيدوا").speaker_kind == "monitor"
    # true case: a source of the campaign in the campaign's own text speaks for it
    own = (
        "اعتقالات في الرقة\n\nالرقة تذبح بصمت\n\n"
        "اعتقل عناصر الحسبة 5 شبان في حي الرميلة. وقال مصدر من الحملة إن الشبان "
        "اقتيدوا إلى سجن النقطة 11."
    )
    assert who_says(own, "الشبان اقتيدوا").speaker_kind == "outlet"


def test_in_right_after_a_correspondent_names_where_he_works():
    state = "وقال مراسل في قناة الإخبارية السورية إن وحدات الجيش سيطرت على قرية الهبيط."
    assert who_says(state, "وحدات الجيش سيطرت").speaker_kind == "party"
    # true cases: after the outlet's name, 'في' is where he reports from
    outlet = "وقال مراسل عنب بلدي في المحافظة إن 3 عناصر من الجيش قتلوا."
    assert who_says(outlet, "3 عناصر من الجيش").speaker_kind == "outlet"
    place = "وقال مراسل في محافظة درعا إن 3 عناصر من الجيش قتلوا."
    assert who_says(place, "3 عناصر من الجيش").speaker_kind == "outlet"


def test_a_deck_line_telling_a_statement_is_no_statements_title():
    deck = (
        "قصف تركي على ريف تل تمر\n\n"
        "بيان للمكتب الإعلامي لقسد يتهم الجيش التركي بقصف قرى مأهولة\n\n"
        "الحسكة - قصفت المدفعية التركية صباح اليوم قرى عدة في ريف تل تمر، "
        "ما أدى إلى مقتل ثلاثة مدنيين."
    )
    assert who_says(deck, "مقتل ثلاثة مدنيين").speaker_kind == "outlet"
    # true case: the statement's own title line
    title = (
        "صد هجوم لقوات النظام على محاور ريف إدلب الجنوبي\n\n"
        "بيان صادر عن القيادة العامة لهيئة تحرير الشام\n\n"
        "تمكن المجاهدون من صد الهجوم وقتلوا عشرين عنصراً من قوات النظام."
    )
    assert who_says(title, "عشرين عنصراً").speaker_kind == "party"


def test_a_link_at_the_end_of_a_speakers_name_opens_the_object():
    doubt = "وشككت مصادر محلية في رواية النظام حول مقتل 12 مسلحاً في الاشتباك."
    found = who_says(doubt, "مقتل 12 مسلحاً")
    assert (found.speaker, found.stance) == ("مصادر محلية", "denies")
    # true case: a link inside the name stays ('ناشطون في محافظة القنيطرة')
    inside = "وقال ناشطون في محافظة القنيطرة إن قوات إسرائيلية توغلت في قرية جباتا الخشب."
    assert who_says(inside, "قوات إسرائيلية توغلت").speaker == "ناشطون في محافظة القنيطرة"


def test_casting_doubt_takes_its_object_with_b():
    doubt = "وشكك ناشطون في حلب بأرقام المرصد، وقالوا إن 40 مدنياً قتلوا."
    found = who_says(doubt, "40 مدنياً قتلوا")
    assert (found.speaker, found.speaker_kind) == ("ناشطون في حلب", "local")
    # true case: the doubt still denies what it doubts
    report = "وشكك ناشطون في حلب برواية النظام عن مقتل 12 مسلحاً."
    found = who_says(report, "مقتل 12 مسلحاً")
    assert (found.speaker, found.stance) == ("ناشطون في حلب", "denies")


def test_a_verb_of_speech_after_la_reports_nothing():
    nobody = "ولا يشكك أحد من أهالي البلدة في أن عناصر الأمن العسكري قتلوا الشاب تحت التعذيب."
    found = who_says(nobody, "عناصر الأمن العسكري قتلوا الشاب")
    assert (found.speaker, found.stance) == (None, "asserts")
    # true case: the doubt itself still denies
    doubt = "وشكك أحد أهالي البلدة في أن عناصر الأمن العسكري قتلوا الشاب تحت التعذيب."
    assert who_says(doubt, "عناصر الأمن العسكري قتلوا الشاب").stance == "denies"


def test_a_toll_is_no_speaker_of_its_own_raise():
    own = "وكان المرصد قد وثق مقتل 30 شخصاً، فرفع حصيلته إلى 45 بعد ساعات."
    assert who_says(own, "45").speaker == "المرصد"
    # true case: the subject after the verb raises the toll
    named = "ورفع المرصد السوري الحصيلة إلى 45 قتيلاً بعد وفاة جرحى."
    assert who_says(named, "45 قتيلاً").speaker == "المرصد السوري"


def test_thumma_is_no_subject_of_the_verb_after_it():
    then = "ووثق المرصد السوري مقتل 30 شخصاً في الغارات، ثم رفع الحصيلة إلى 45 قتيلاً."
    assert who_says(then, "45 قتيلاً").speaker == "المرصد السوري"
    # true case: a named subject after the verb still speaks
    other = "وقال المرصد إن الطائرات قصفت البلدة، ثم قال الدفاع المدني إن 5 مدنيين قتلوا."
    assert who_says(other, "5 مدنيين").speaker == "الدفاع المدني"


def test_the_correspondent_refers_to_the_last_correspondent_with_a_pronoun_too():
    text = (
        "حمص - عنب بلدي\n\nقال مراسل عنب بلدي في حمص إن دورية للأمن العام تعرضت لهجوم. "
        "ونقلت قناة الإخبارية عن مراسلها أن 3 عناصر قتلوا، وأضاف المراسل أن المهاجمين فروا."
    )
    assert who_says(text, "المهاجمين فروا").speaker_kind == "party"
    # true case: with only the outlet's own correspondent before, it is his
    own = (
        "حمص - عنب بلدي\n\nقال مراسل عنب بلدي في حمص إن دورية للأمن العام تعرضت لهجوم، "
        "وأضاف المراسل أن المهاجمين فروا."
    )
    assert who_says(own, "المهاجمين فروا").speaker_kind == "outlet"


def test_a_sheikh_goes_on_fighting_only_with_fighting_as_what_goes_on():
    warns = (
        "وقال شيخ قبيلة العكيدات إن 11 مدنياً قتلوا في ذيبان، محذراً من الاستمرار في "
        "المعارك التي تدفع ثمنها العائلات."
    )
    assert who_says(warns, "11 مدنياً قتلوا").speaker_kind == "local"
    stop = (
        "وقال شيخ قبيلة العكيدات إن 11 مدنياً قتلوا في ذيبان، داعياً إلى وقف القتال "
        "وعدم الاستمرار في التصعيد."
    )
    assert who_says(stop, "11 مدنياً قتلوا").speaker_kind == "local"
    other = (
        "وقال شيخ عشيرة البكير إن 11 مدنياً قتلوا في ذيبان، مؤكداً أن الأهالي سيواصلون "
        "المطالبة بخروج قسد بعد انتهاء المعارك."
    )
    assert who_says(other, "11 مدنياً قتلوا").speaker_kind == "local"
    # true cases: going on with the fight, or the fight that will not stop
    vow = "وقال شيخ قبيلة العكيدات إن أبناء القبيلة سيواصلون القتال حتى طرد قسد من قراهم."
    assert who_says(vow, "سيواصلون القتال").speaker_kind == "party"
    stops = 'وقال شيخ قبيلة البكارة في تسجيل صوتي إن المعركة "لن تتوقف قبل خروج قسد".'
    assert who_says(stops, "لن تتوقف").speaker_kind == "party"


def test_an_agencys_dateline_or_credit_under_a_monitors_headline_makes_an_outlets_text():
    wire = (
        "الدفاع المدني - انتشال 12 جثة من تحت الأنقاض في أريحا\n\n"
        "إدلب (الأناضول) - انتشلت فرق الدفاع المدني السوري 12 جثة من تحت أنقاض مبنى "
        "دمرته غارة روسية. وقتل طفلان بقصف مدفعي على بلدة مجاورة.\n"
    )
    assert who_says(wire, "قتل طفلان").speaker_kind == "outlet"
    credit = (
        "المرصد السوري: 27 قتيلاً بغارات على ريف إدلب\n\n"
        "قال المرصد السوري لحقوق الإنسان إن 27 مدنياً قتلوا بغارات روسية على ريف إدلب. "
        "وقتل طفلان بقصف مدفعي على بلدة مجاورة.\n\nالمصدر: الجزيرة + وكالات\n"
    )
    assert who_says(credit, "قتل طفلان").speaker_kind == "outlet"
    # true case: the same headline over the monitor's own report, a date in brackets
    own = (
        "الدفاع المدني - انتشال 12 جثة من تحت الأنقاض في أريحا\n\n"
        "أريحا (3 آذار 2020) - انتشلت فرقنا في الدفاع المدني السوري 12 جثة من تحت الأنقاض. "
        "وقتل طفلان بقصف مدفعي على بلدة مجاورة.\n"
    )
    assert who_says(own, "قتل طفلان").speaker_kind == "monitor"


def test_an_obligation_keeps_the_stance_of_a_count_it_reports():
    probe = "وقالت منظمة العفو الدولية إنه يجب التحقيق في مقتل 12 مدنياً بالغارة على السوق."
    assert who_says(probe, "مقتل 12 مدنياً").stance == "asserts"
    # true case: what must be done is the speaker's call
    call = "وقالت المنظمة إنه يجب على الحكومة أن تفتح تحقيقاً في الهجوم."
    assert who_says(call, "تفتح تحقيقاً في الهجوم").stance == "intends"


def test_a_tribesman_serving_in_a_party_speaks_for_it():
    council = "وقال مصدر من قبيلة العكيدات في المجلس العسكري إن 4 مقاتلين قتلوا."
    assert who_says(council, "4 مقاتلين").speaker_kind == "party"
    # true cases: a source of the tribe, also where it lives, is a tribal source
    tribe = "وقال مصدر من قبيلة العكيدات في ريف دير الزور الشرقي إن 4 مقاتلين قتلوا."
    assert who_says(tribe, "4 مقاتلين").speaker_kind == "local"
    bare = "وقال مصدر من عشيرة البكير إن 4 مقاتلين قتلوا."
    assert who_says(bare, "4 مقاتلين").speaker_kind == "local"


def test_a_relative_saying_verb_is_said_by_its_antecedent_alone():
    held = "واعتقلت دورية للأمن العسكري الناشطة التي قالت إن 3 من أقاربها اعتقلوا قبل شهر."
    found = who_says(held, "3 من أقاربها اعتقلوا")
    assert (found.speaker, found.speaker_kind) == ("الناشطة", "local")
    council = "واستهدفت الغارة مقر المجلس المحلي الذي أعلن أن 7 من موظفيه قتلوا."
    assert who_says(council, "7 من موظفيه قتلوا").speaker == "المجلس المحلي"
    # true case: the antecedent after a preposition says it
    opposition = "وتأتي الخطوة وسط انتقادات من المعارضة التي تقول إن البعثة تمنح النظام مهلاً."
    assert who_says(opposition, "تمنح النظام").speaker_kind == "party"


def test_a_relative_inside_the_subject_of_kana_is_no_report():
    page = "وكانت الصفحة التي تقول إن لديها مراسلين في المدينة قد نشرت صوراً لمقتل 4 أطفال."
    assert who_says(page, "مقتل 4 أطفال").speaker_kind == "social"
    # true case: the UN that said it
    un = "ويأتي ذلك بعد تقرير للأمم المتحدة التي قالت إن 200 ألف شخص نزحوا."
    assert who_says(un, "200 ألف شخص").speaker_kind == "monitor"


def test_a_that_ending_the_sentence_before_does_not_stop_a_toll_raise():
    text = (
        "وشكك ناشطون في رواية الوزارة، مؤكدين أن المبنى سكني.\n"
        "ورفع الدفاع المدني في وقت لاحق حصيلة الضحايا إلى 17 قتيلاً."
    )
    assert who_says(text, "17 قتيلاً").speaker == "الدفاع المدني"
    # true case: a raise inside what is said keeps the sayer
    said = "وقال المرصد إن هذه العملية ترفع عدد الهجمات إلى 512، أسفرت عن مقتل 354 شخصاً."
    assert who_says(said, "354 شخصاً").speaker == "المرصد"


def test_a_participle_after_a_relative_clause_goes_on_from_the_main_clause():
    text = (
        "وشكك ناشطون في رواية وزارة الدفاع الروسية التي قالت إن طائراتها استهدفت "
        '"مستودعاً للأسلحة"، مؤكدين أن المبنى سكني.'
    )
    found = who_says(text, "المبنى سكني")
    assert (found.speaker, found.speaker_kind) == ("ناشطون", "local")
    # true case: a participle after a main clause goes on from it
    plain = "وقال ناشطون إن الطائرات قصفت السوق، مؤكدين أن 9 مدنيين قتلوا."
    assert who_says(plain, "9 مدنيين قتلوا").speaker == "ناشطون"


def test_a_headlines_first_word_is_no_partys_opening_source():
    pride = (
        "إباء وكرامة.. السويداء تنتفض مجدداً\n\n"
        "خرج مئات المحتجين في ساحة الكرامة، واعتقلت قوات الأمن 3 منهم عند دوار العنقود."
    )
    assert who_says(pride, "اعتقلت قوات الأمن 3 منهم").speaker_kind == "outlet"
    # true cases: the agency after the dateline's place, or after 'وكالة'
    sana = "حمص-سانا\n\nاعتقلت الجهات المختصة 3 إرهابيين في ريف حمص."
    assert who_says(sana, "3 إرهابيين").speaker_kind == "party"
    ibaa = "وكالة إباء\n\nقتل عشرون عنصراً من قوات النظام بعملية للمجاهدين في ريف حلب."
    assert who_says(ibaa, "عشرون عنصراً").speaker_kind == "party"


def test_a_threat_nouns_civilian_genitive_is_the_threatened():
    residents = "وجاءت الحملة بعد تهديد الأهالي بالتهجير القسري إذا لم يسلموا المطلوبين."
    assert who_says(residents, "التهجير القسري").speaker is None
    activists = "ويأتي ذلك بعد تهديد ناشطين إعلاميين بالتصفية في ريف درعا الغربي."
    assert who_says(activists, "التصفية").speaker is None
    # true cases: a force or its commander threatens
    army = "وجاء القصف بعد تهديد الجيش التركي بشن عملية عسكرية في منبج."
    found = who_says(army, "شن عملية عسكرية")
    assert (found.speaker, found.stance) == ("الجيش التركي", "intends")
    chief = "وجاء ذلك بعد وعيد قائد الفصيل باقتحام البلدة."
    assert who_says(chief, "اقتحام البلدة").speaker == "قائد الفصيل"


def test_a_toll_counted_in_construct_is_raised_too():
    text = "ورفع المرصد السوري عدد قتلى قوات النظام في البادية منذ مطلع العام إلى 142."
    assert who_says(text, "إلى 142").speaker == "المرصد السوري"
    # near miss stays: a count of checkpoints is no toll
    checkpoints = "رفعت قوات النظام عدد الحواجز إلى 14 حاجزاً، واعتقلت ثلاثة شبان."
    assert who_says(checkpoints, "اعتقلت ثلاثة شبان").speaker is None


def test_a_monitors_text_quoting_another_monitor_in_its_headline_quotes_it():
    other = (
        "الدفاع المدني: 12 قتيلاً بغارات على أريحا\n\n"
        "إدلب - المرصد السوري لحقوق الإنسان\n\n"
        "قال الدفاع المدني السوري إن 12 مدنياً قتلوا بغارات روسية على أريحا."
    )
    found = who_says(other, "12 قتيلاً")
    assert (found.speaker, found.speaker_kind) == ("الدفاع المدني", "monitor")
    # true case: its own name heading the headline is its own voice
    own = (
        "المرصد: 12 قتيلاً بغارات على أريحا\n\n"
        "إدلب - المرصد السوري لحقوق الإنسان\n\n"
        "وثق المرصد السوري مقتل 12 مدنياً بغارات روسية على أريحا."
    )
    assert who_says(own, "12 قتيلاً").speaker is None


def test_a_threats_adjective_is_no_word_of_the_threatener():
    text = "وقتل راعيان في البادية، وسط تهديد التنظيم المتواصل بشن هجمات جديدة."
    assert who_says(text, "شن هجمات جديدة").speaker == "التنظيم"
    # true case: a head keeps the words it governs
    chief = "وجاء ذلك بعد وعيد قائد الفصيل باقتحام البلدة."
    assert who_says(chief, "اقتحام البلدة").speaker == "قائد الفصيل"
