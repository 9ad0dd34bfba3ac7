"""Places in the contexts of development set 17 (issue 18): Kurdish names, lists, roads,
facilities, hills and regions after a plural noun."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, str, bool]]:
    return [
        (s.text, s.value, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_kurdish_names_of_towns_in_the_north_east_reach_their_records():
    text = "نزح آلاف المدنيين من سري كانيه وكري سبي نحو تربه سبيه وديرك وتل كوجر."
    assert [v for _, v, new in _places(text) if not new] == [
        "Ras al Ayn",
        "Tall Abyad",
        "Al Qahtaniyah",
        "Al Malikiyah",
        "Al Yarubiyah",
    ]


def test_an_agency_in_brackets_after_a_dateline_is_no_other_name_of_the_place():
    found = _places("إدلب (الأناضول)\nقُتل أحد عشر مدنياً في غارات على معرة النعمان.")
    assert [t for t, _, _ in found] == ["إدلب", "معرة النعمان"]
    # a place's other name in brackets still is one
    assert ("أبو راسين", "Abu Rasin", True) in _places("في ناحية زركان (أبو راسين) اليوم")


def test_the_score_accepts_a_place_by_any_english_spelling_of_its_record():
    from reviewer.suggest.quality import Gold, _matches

    (found,) = [s for s in suggest("في مدينة أعزاز", kinds=("place",)) if s.kind == "place"]
    assert found.value == "Izaz"
    assert _matches(found, Gold("place", 0, 20, "أعزاز", ("A'zaz", "Azaz")))
    assert not _matches(found, Gold("place", 0, 20, "أعزاز", ("Aleppo",)))


def test_a_name_of_two_indefinite_words_when_named_again_or_closed_by_a_preposition():
    # (Baba Amr joined the gazetteer on 1 December 2026: Karm Shamsham is a quarter it lacks)
    text = "قصف على حي كرم شمشم بمدينة حمص. وقالت إن الجيش يلاحق مسلحين في كرم شمشم."
    assert [t for t, _, new in _places(text) if new] == ["كرم شمشم", "كرم شمشم"]
    assert ("كرم شمشم", "Karm Shamshm", True) in _places("في حي كرم شمشم لتسوية أوضاعهم")
    # a verb after a one-word name is no second word of it
    assert [t for t, _, _ in _places("قصف حي جوبر. حي جوبر تعرض للقصف")] == ["جوبر", "جوبر"]


def test_everyday_names_listed_after_a_plural_noun_are_places():
    found = _places("وتركزت في مدن نوى وجاسم والصنمين.")
    assert [v for _, v, _ in found] == ["Nawa", "Jasim", "As Sanamayn"]
    assert _places("سيطرت على بلدات جديدة وقرى أخرى") == []
    assert [t for t, _, _ in _places("سيطرت على بلدات جديدة ومعرة النعمان")] == ["معرة النعمان"]


def test_one_unknown_name_after_a_plural_of_villages_is_their_region():
    assert _places('قال إن أهالي قرى المقرن الشرقي "لن يتراجعوا"') == []
    assert _places("اعتقلت مئة شخص من أهالي قرى الجنوب") == []  # a direction: no name
    assert [t for t, _, _ in _places("قصف قرى الدوير، حيث قتل مدنيان")] == ["الدوير"]
    assert _places("قصفت المدفعية قرى متقابلة في المنطقة") == []
    found = _places("سيطرت الفصائل على قرى بيلان وشيخ خورز")
    assert [t for t, _, _ in found] == ["بيلان", "شيخ خورز"]


def test_a_hill_taken_as_a_position_is_no_village():
    assert _places("وأن اللواء الإسرائيلي يتمركز على تل الأحمر قرب الحدود") == []
    assert _places("وسيطرت على تل الحارة الاستراتيجي في ريف درعا")[:1] == [("درعا", "Dar'a", False)]
    assert ("تل الحارة", "Tal Al Hara", True) in _places("قصفت الطائرات قرية تل الحارة")


def test_the_village_an_airbase_crossing_or_base_is_named_after():
    text = "هجوم على مطار كويرس العسكري، وعبرت الشاحنات معبر باب السلامة قرب قاعدة حميميم."
    assert [t for t, _, new in _places(text) if new] == ["كويرس", "باب السلامة"]
    assert ("حميميم", "Hmeimim", False) in _places(text)  # a hand-added gazetteer town (set 20)
    assert _places("خلاف على معبر تجاري وهجوم على قاعدة التحالف وقاعدة البرج 22") == []


def test_the_ends_of_a_road_are_places():
    assert [v for _, v, _ in _places("على طريق حمص-تدمر الشهر الماضي")] == ["Homs", "Tadmur"]
    assert [v for _, v, _ in _places("على أوتوستراد دمشق – عمان الدولي")] == ["Damascus"]
    assert _places("في شارع بغداد وسوق الحميدية") == []  # streets named after places
    found = _places("بكمين على طريق العجمي - المزيريب بريف درعا")
    assert found[0] == ("العجمي", "Al Ajmi", True)
    found = _places("على طريق المزيريب - العجمي")
    assert found[1] == ("العجمي", "Al Ajmi", True)
    assert [t for t, _, _ in _places("دير الزور - نورث برس")] == ["دير الزور"]  # a dateline


def test_unknown_names_listed_with_a_town_after_a_preposition():
    found = _places("تواصل القصف على كفرزيتا ولحايا بريف حماة الشمالي.")
    assert found[:2] == [("كفرزيتا", "Kafr Zayta", False), ("لحايا", "Lahaya", True)]
    found = _places("ولا سيما في كفرلوسين وقاح وسرمدا، وفق منسقي الاستجابة")
    assert [(t, new) for t, _, new in found] == [
        ("كفرلوسين", True),
        ("قاح", True),
        ("سرمدا", False),
    ]
    found = _places("الحاجز الواقع بين مضايا وبلودان قتلوا شابين")
    assert [t for t, _, _ in found] == ["مضايا", "بلودان"]
    assert [t for t, _, _ in _places("غارات على هجين وريفها. وفي سرمدا ومحيطها")] == [
        "هجين",
        "سرمدا",
    ]
    assert [t for t, _, _ in _places("في سرمدا والمناطق المحيطة بها")] == ["سرمدا"]


def test_the_score_compares_spellings_without_hyphens_case_or_diacritics():
    from reviewer.suggest.quality import Gold, _matches

    text = "في محيط بلدة طيبة الإمام وفي منطقة منبج"
    found = [s for s in suggest(text, kinds=("place",)) if s.kind == "place"]
    assert [s.value for s in found] == ["Tayyibat al Imam", "Menbij"]
    assert _matches(found[0], Gold("place", 0, 99, "طيبة الإمام", ("Taybat al-Imam",)))
    assert _matches(found[1], Gold("place", 0, 99, "منبج", ("Manbij",)))  # the seat's name


def test_the_steppe_of_a_village_and_a_new_place_named_again_after_an():
    assert ("الصالحية", "Al Salhia", True) in _places("قصف مواقع في بادية الصالحية، بحسب مصدر")
    assert _places("تنشط الخلايا في بادية الشام") == []
    text = "قصف على حي بابا عمرو اليوم. وطالبوا برفع الحصار عن بابا عمرو."
    assert [t for t, _, _ in _places(text)] == ["بابا عمرو", "بابا عمرو"]


def test_a_refugee_camp_abroad_is_no_syrian_place():
    found = _places("عادت لاجئة من مخيم الزعتري إلى بلدة بصرى الشام")
    assert [t for t, _, _ in found] == ["بصرى الشام"]
    assert ("مخيم الركبان", "Al Rakban Camp", True) in _places("نزح سكان بمخيم الركبان")


def test_unknown_names_shaped_like_villages_after_a_preposition():
    text = "إن الفصائل تقدمت في أورم الكبرى وكفرناها وخان العسل، وباتت على بعد كيلومترات"
    assert [t for t, _, new in _places(text) if new] == ["أورم الكبرى", "كفرناها", "خان العسل"]
    assert [t for t, _, _ in _places("بعد سيطرتها أمس على كفرنبودة. ورصد المرصد")] == ["كفرنبودة"]
    assert _places("في بيان نشرته على قناتها في تلغرام، إن قواتها ردت") == []
    assert _places("في خان العسل والمنطقة المحيطة") == []  # one name, and no list closes


def test_a_place_noun_with_an_adjective_of_its_use_names_nothing():
    for text in ("في مدينة رياضية", "في مدينة الملاهي", "في منطقة صناعية", "في حي سكني"):
        assert _places(text) == [], text
    assert ("مديرا", "Madira", True) in _places("نزوح العائلات نحو بلدة مديرا.")


def test_a_list_never_makes_a_pronoun_or_a_gazetteer_word_a_new_place():
    found = _places("في سراقب وكفرنبل وغيرها")
    assert [t for t, _, _ in found] == ["سراقب", "كفرنبل"]
    # 'نوى' is the gazetteer's Nawa, an everyday word there: no new place of that name
    assert _places("في داعل وإبطع ونوى.") == [("داعل", "Dail", False), ("إبطع", "Ibt", True)]


def test_a_nominative_dual_of_a_place_noun_names_two_places():
    found = _places("وشهدت بلدتا الحويجة وعابدين قصفاً")
    assert [(t, new) for t, _, new in found] == [("الحويجة", True), ("عابدين", True)]


def test_a_place_noun_before_what_happens_there_names_nothing():
    for text in ("في منطقة العمليات", "على خطوط التماس في منطقة التماس", "في منطقة النزاع"):
        assert _places(text) == [], text
    assert _places("في منطقة الحرمون") == []  # a mountain, no village
    assert ("الأكراد", "Al Akrad", True) in _places("في حي الأكراد")


def test_dev18_forms_a_numbered_quarter_a_post_on_a_hill_and_a_name_before_a_direction():
    found = _places("وأفاد سكان في حي المزة 86 وحي كفرسوسة المجاور")
    assert found[0] == ("المزة 86", "Al Maza 86", True)
    assert ("الوعر", "Al Wr", True) in _places("سقطت في حي الوعر 3 قذائف")  # a count after it
    assert _places("واقتادوهم إلى نقطة مستحدثة في تل أحمر الغربي، قبل أن يفرجوا عنهم") == []
    assert _places("قتلا في حندرات شمال المدينة.") == [("حندرات", "Handrat", True)]
    assert _places("اشتباكات في المنطقة شمال المدينة في الصباح شمال المدينة") == []
