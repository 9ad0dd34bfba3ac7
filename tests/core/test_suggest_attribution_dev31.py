"""Speaker kinds of speakers no list names (issue 18, development set 31): a quoted name
inside a speaker's phrase, a foreign state's body, a facility's name, a municipality's head,
a negated plan. Each rule with a sentence of its own and a near miss."""

from tests.attributing import who_says


def test_a_quoted_name_inside_a_role_between_commas_gives_the_role():
    text = "وقال أبو عمر الشامي، المتحدث الرسمي باسم «لواء الفرقان»، إن مقاتليه أسروا سبعة جنود."
    found = who_says(text, "سبعة جنود")
    assert found.speaker == "أبو عمر الشامي"
    assert (found.speaker_kind, found.stance) == ("party", "asserts")
    # near miss: no role between the commas, a resident is local
    miss = who_says(
        text.replace("المتحدث الرسمي باسم «لواء الفرقان»", "من سكان «حي القصور»"), "سبعة جنود"
    )
    assert miss.speaker_kind == "local"


def test_a_channel_named_in_quotes_on_a_platform_is_social_media():
    text = "وقالت قناة «حمص الآن» على تلغرام إن ثلاثة عناصر أصيبوا في الكمين."
    found = who_says(text, "ثلاثة عناصر")
    assert found.speaker.startswith("قناة «حمص الآن")
    assert found.speaker_kind == "social"
    # near miss: a satellite channel in quotes, on no platform, is an outlet
    miss = who_says("وقالت قناة «الحدث» إن ثلاثة عناصر أصيبوا في الكمين.", "ثلاثة عناصر")
    assert miss.speaker_kind == "outlet"


def test_amma_before_a_quoted_name_makes_the_name_the_speaker():
    text = (
        "قال المرصد إن ستة مدنيين قتلوا.\n"
        "أما وكالة «ثبات» التابعة للتنظيم فادعت أن مقاتليه قتلوا تسعة عناصر."
    )
    found = who_says(text, "تسعة عناصر")
    assert found.speaker.startswith("وكالة «ثبات")
    assert (found.speaker_kind, found.stance) == ("party", "hearsay")
    assert who_says(text, "ستة مدنيين").speaker == "المرصد"


def test_a_body_named_by_a_foreign_states_adjective_is_a_party():
    text = "وأعلنت القاعدة الإيرانية في البوكمال أن أربعة من عناصرها قتلوا في الغارة."
    found = who_says(text, "أربعة من عناصرها")
    assert found.speaker_kind == "party"
    # near miss: the adjective of a place, not of the body
    miss = who_says("وقالت مصادر في قرى الجليل اللبناني إن أربعة مقاتلين قتلوا.", "أربعة مقاتلين")
    assert miss.speaker_kind == "local"


def test_the_word_after_a_hospital_is_its_name_not_a_kind():
    text = "وقالت مصادر طبية في مستشفى البيان الجراحي إن 19 جريحاً وصلوا."
    assert who_says(text, "19 جريحاً").speaker_kind == "local"
    # near miss: a statement that is no hospital's name still speaks for its issuer
    miss = who_says("وقال مصدر في وزارة الصحة في بيان إن 19 جريحاً وصلوا.", "19 جريحاً")
    assert miss.speaker_kind == "party"


def test_a_municipality_head_is_a_local_council():
    text = "وقال رئيس بلدية جاسم إن دورية اعتقلت خمسة شبان من البلدة."
    assert who_says(text, "خمسة شبان").speaker_kind == "local"
    # near miss: a governor is an official, a party
    miss = who_says("وقال محافظ درعا إن دورية اعتقلت خمسة شبان من البلدة.", "خمسة شبان")
    assert miss.speaker_kind == "party"


def test_a_negated_plan_after_the_speakers_own_subject_is_its_plan():
    text = "وقالت الوزارة التركية إن قواتها انتشرت قرب الحدود، مؤكدة أنها لا تنوي التوغل أكثر."
    assert who_says(text, "لا تنوي التوغل").stance == "intends"
    # near miss: another's plan, negated, is reported
    miss = who_says("وأكد المرصد أن الفصائل لا تنوي الانسحاب من المدينة.", "لا تنوي الانسحاب")
    assert miss.stance == "confirms"


def test_a_volunteer_team_and_the_un_humanitarian_coordinator_are_monitors():
    team = who_says("وقال فريق الإنقاذ التطوعي في جسر الشغور إن ستة مدنيين قتلوا.", "ستة مدنيين")
    assert team.speaker_kind == "monitor"
    un = who_says("وقال منسق الشؤون الإنسانية إن ستة مدنيين قتلوا في القصف.", "ستة مدنيين")
    assert un.speaker_kind == "monitor"
    # near miss: a team's member who is a resident speaks as a local source
    miss = who_says("وقال أحد سكان جسر الشغور إن ستة مدنيين قتلوا.", "ستة مدنيين")
    assert miss.speaker_kind == "local"


def test_an_official_of_a_government_is_a_party_but_sources_close_to_it_are_local():
    text = "وقال مسؤول إعلامي في حكومة الإنقاذ إن ثمانية مدنيين قتلوا في الغارة."
    assert who_says(text, "ثمانية مدنيين").speaker_kind == "party"
    near = who_says("وقالت مصادر مقربة من حكومة الإنقاذ إن ثمانية مدنيين قتلوا.", "ثمانية مدنيين")
    assert near.speaker_kind == "local"
    province = "وقالت مصادر مقربة من محافظة حمص إن ثمانية مدنيين قتلوا."
    assert who_says(province, "ثمانية مدنيين").speaker_kind == "local"


def test_a_states_mission_at_the_un_is_a_party_not_the_un():
    text = "وقالت البعثة التركية لدى الأمم المتحدة إن عشرة مدنيين قتلوا في الهجوم."
    assert who_says(text, "عشرة مدنيين").speaker_kind == "party"
    # near miss: the UN's own mission is a monitor
    miss = who_says("وقالت بعثة الأمم المتحدة إن عشرة مدنيين قتلوا في الهجوم.", "عشرة مدنيين")
    assert miss.speaker_kind == "monitor"


def test_a_network_closed_by_a_foreign_states_adjective_is_an_outlet():
    text = "وقالت شبكة سكاي البريطانية إن عشرة مدنيين قتلوا في الهجوم."
    assert who_says(text, "عشرة مدنيين").speaker_kind == "outlet"
    # near miss: a local network quoted by another outlet stays local
    miss = who_says("وقالت شبكة نهر ميديا إن عشرة مدنيين قتلوا في الهجوم.", "عشرة مدنيين")
    assert miss.speaker_kind == "local"


def test_military_media_are_a_partys_and_a_residents_committee_is_local():
    army = who_says("وقال الإعلام العسكري إن عشرة مسلحين قتلوا في الهجوم.", "عشرة مسلحين")
    assert army.speaker_kind == "party"
    residents = who_says("وقالت لجنة الأهالي في البلدة إن عشرة مدنيين قتلوا.", "عشرة مدنيين")
    assert residents.speaker_kind == "local"
    # near miss: a security committee is an official body, a party
    miss = who_says("وقالت اللجنة الأمنية في البلدة إن عشرة مدنيين قتلوا.", "عشرة مدنيين")
    assert miss.speaker_kind == "party"


def test_a_monitors_directorate_is_the_monitor_not_an_administration():
    text = "وأعلنت مديرية الدفاع المدني في حماة أن أحد عشر مدنياً قتلوا."
    assert who_says(text, "أحد عشر مدنياً").speaker_kind == "monitor"
    source = "وقال مصدر في مديرية الدفاع المدني إن أحد عشر مدنياً قتلوا."
    assert who_says(source, "أحد عشر مدنياً").speaker_kind == "monitor"
    # near miss: a directorate of something else is an administration, a party
    miss = who_says("وأعلنت مديرية التربية في حماة أن أحد عشر مدنياً قتلوا.", "أحد عشر مدنياً")
    assert miss.speaker_kind == "party"


def test_a_verbal_noun_of_the_observed_act_ends_the_observers_name():
    text = "ورصد مراسلنا قيام دوريات «الحسبة» التابعة للتنظيم باعتقال 14 شاباً من السوق."
    found = who_says(text, "14 شاباً")
    assert (found.speaker, found.speaker_kind) == ("مراسلنا", "outlet")
    other = "كما رصدت الشبكة إقدام مجموعة تابعة لفصيل «العمشات» على مصادرة 30 منزلاً."
    assert who_says(other, "30 منزلاً").speaker == "الشبكة"
    # near miss: a name with no such noun goes on to its end
    miss = who_says("ورصد مراسل وكالة سمارت اعتقال 14 شاباً.", "14 شاباً")
    assert miss.speaker == "مراسل وكالة سمارت"


def test_recording_reports_only_with_a_known_speaker_after_it():
    text = "وسجلت الشبكة السورية لحقوق الإنسان اعتقال 27 شخصاً في الحملة."
    found = who_says(text, "27 شخصاً")
    assert found.speaker == "الشبكة السورية لحقوق الإنسان"
    assert found.speaker_kind == "monitor"
    # near misses: a town records cases, a record is a noun
    town = who_says("وسجلت مدينة جبلة 27 حالة تسمم خلال يومين.", "27 حالة")
    assert town.speaker is None
    record = who_says("وأضيف اسمه إلى سجل المفقودين الذي يضم 270 شخصاً.", "270 شخصاً")
    assert record.speaker is None


def test_learning_after_kama_reports_what_the_learner_says():
    text = "كما علمت الشبكة أن دورية للأمن العسكري اعتقلت ستة شبان في السوق."
    found = who_says(text, "ستة شبان")
    assert found.speaker == "الشبكة"
    # near miss: a flag raised, as every Friday, is no learning
    flag = "ورفع المتظاهرون كما في كل جمعة علم الثورة وهتفوا لستة شبان معتقلين."
    assert who_says(flag, "ستة شبان").speaker is None


def test_no_evidence_denies_the_claim_of_its_own_clause_only():
    text = "وقالت اللجنة إنه لا يوجد دليل على مشاركة قوات أجنبية في الهجوم."
    assert who_says(text, "مشاركة قوات أجنبية").stance == "denies"
    # near miss: a count in a later clause of the same sentence is asserted
    later = (
        "وقال المرصد إنه لا توجد أدلة على وجود زنازين سرية، "
        "مقدّراً عدد من خرجوا من السجن بنحو 2800 سجين."
    )
    assert who_says(later, "نحو 2800 سجين").stance == "asserts"
