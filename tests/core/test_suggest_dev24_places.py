"""Places in the forms of development set 24 (issue 18): hills, suburbs and villages whose
name after its head is an everyday word, a head's name of two words, ordinals ending a
name, a first list item no rule reads, and an everyday-word town after a checkpoint."""

from reviewer.suggest.engine import suggest


def _places(text: str) -> list[tuple[str, bool]]:
    return [
        (s.text, bool(s.extra.get("new")))
        for s in suggest(text, kinds=("place",))
        if s.kind == "place"
    ]


def test_after_an_open_head_any_content_word_may_name_the_place():
    found = _places("إضافة إلى قرى الهبيط وعابدين ومعرزيتا وتل النار، وإن فرقه انتشلت")
    assert ("تل النار", True) in found
    found = _places("الفرار عبر نهر الفرات باتجاه قرية كسرة شيخ الجمعة، بعدما استهدف")
    assert ("كسرة شيخ الجمعة", True) in found
    found = _places("تستمر الاشتباكات على جبهة حي الراشدين وضاحية الأسد.")
    assert ("ضاحية الأسد", True) in found
    # a function word or a noun of places still ends the name
    assert _places("وتمركزوا فوق تل في القرية المجاورة.") == []


def test_a_hill_named_by_a_head_and_a_name_with_its_direction():
    found = _places("قرب تلة النبي يونس وقرية اليمضية.")
    assert ("تلة النبي يونس", True) in found
    found = _places("وجرّفت أراضي زراعية قرب تل أحمر الغربي وتلة الحمرية، قبل أن تنسحب")
    assert ("تل أحمر الغربي", True) in found
    assert ("تلة الحمرية", True) in found


def test_an_ordinal_after_a_new_place_belongs_to_its_name():
    found = _places("جراء سقوط قذيفتين على حي الزراعة ومنطقة المشروع السابع.")
    assert ("المشروع السابع", True) in found


def test_a_name_starting_like_the_clitic_ka_is_a_name_before_a_function_word():
    found = _places("كما قُتل عنصران بقصف مدفعي على محور كبانة في ريف اللاذقية الشمالي.")
    assert ("كبانة", True) in found
    assert _places("وصلوا إلى بلدة كالمدينة الكبيرة.") == []  # 'like the city'


def test_an_everyday_word_town_after_a_checkpoint_or_crossing():
    found = _places("وتعرضتا لقصف بالمدفعية من حاجز القبو.")
    assert ("القبو", False) in found
    assert _places("نزلوا إلى القبو هرباً من القصف.") == [("القبو", False)]  # 'to' cues it too
    assert _places("اختبأت العائلة القبو") == []


def test_a_list_goes_on_after_a_first_item_no_rule_reads():
    found = _places("شنوا حملة دهم واعتقال في أحياء جنوب الملعب والفراية وطريق حلب، واعتقلوا")
    assert ("الفراية", True) in found
    # no list: nothing joined by و follows the unread item
    assert _places("انتشرت الدوريات في أحياء جنوب المدينة منذ الصباح.") == []


def test_after_a_title_ali_is_a_given_name_not_the_preposition():
    found = _places("قرب مدينة القصير وقرية حوش السيد علي الحدودية مع لبنان")
    assert ("حوش السيد علي", True) in found
    found = _places("وداهموا مزرعة على أطراف بلدة ببيلا")
    assert [t for t, _ in found] == ["ببيلا"]  # 'a farm on the outskirts': no title before على


def test_a_market_named_after_a_town_the_article_names_is_that_town():
    text = "23 قتيلاً بغارات على سوق دوما.\nقصفت الطائرات سوقاً شعبياً وسط مدينة دوما."
    assert [t for t, _ in _places(text)] == ["دوما", "دوما"]
    # a market named after a place the article does not name stays no place mention
    assert _places("تجمع المحتجون في سوق الحميدية وسط العاصمة.") == []


def test_a_list_goes_on_past_a_later_item_no_rule_reads():
    found = _places("خرجت مظاهرات في أحياء الحاضر وجنوب الملعب والقصور بمدينة حماة، بحسب ناشطين")
    assert ("القصور", True) in found
    # the item after the unread one must end the list
    found = _places("في أحياء الحاضر وجنوب الملعب والقصور المدمرة تماماً منذ سنوات")
    assert ("القصور", True) not in found


def test_the_front_of_a_village_names_the_village_not_a_group():
    found = _places("صدوا محاولة تقدم لقوات النظام على جبهة حوش الضواهرة شرقي مدينة دوما")
    assert ("حوش الضواهرة", True) in found
    assert ("المرج", True) in _places("وفي جبهة المرج، قال المتحدث باسم جيش الإسلام")
    assert _places("اشتباكات بين جبهة النصرة وجبهة ثوار سوريا في الريف.") == []


def test_a_list_with_a_new_place_the_article_names_elsewhere():
    # (Barzeh and Qaboun joined the gazetteer in set 38's round, Jobar on 1 December: three
    # quarters it lacks here)
    text = (
        "حملة اعتقالات في العسالي والتضامن وركن الدين\n\n"
        "وقال المراسل إن الدوريات انتقلت إلى حي ركن الدين واعتقلت ستة أشخاص."
    )
    assert [t for t, new in _places(text) if new] == [
        "العسالي",
        "التضامن",
        "ركن الدين",
        "ركن الدين",
    ]
    # without a place of the article among them, the words are no list of places
    text = "حملة اعتقالات في العسالي والتضامن وركن الدين\n\nوقال المراسل إن الدوريات انسحبت."
    assert _places(text) == []


def test_the_words_of_a_hashtag_are_joined_by_underscores():
    found = [
        (s.text, s.value)
        for s in suggest("قصف مدفعي على ريف #دير_الزور الشرقي")
        if s.kind == "place"
    ]
    assert found == [("دير_الزور", "Deir ez-Zor")]
    # an outlet's hashtag is a speaker, never a new group
    actors = [s for s in suggest("وقال #تجمع_أحرار_حوران إن القصف توقف.") if s.kind == "actor"]
    assert actors == []


def test_a_dual_names_two_places_and_no_third():
    found = _places("توغلت في بلدتي الحميدية والصمدانية الغربية وأقامت حاجزاً مؤقتاً.")
    assert [t for t, _ in found] == ["الحميدية", "الصمدانية الغربية"]


def test_no_place_noun_read_after_like():
    assert _places("أحكمت السيطرة على كتلة الأبنية المطلة على الأوتوستراد.") == []
    assert ("تلة الحمرية", True) in _places("وجرفت أراضي قرب تلة الحمرية.")


def test_zones_lines_and_idioms_are_no_places():
    assert _places("رصدت تحركات للجيش الإسرائيلي في منطقة الفصل، دون تفاصيل.") == []
    assert _places("ونزحت عشرات العائلات من قرى خط التماس نحو المدينة.") == []
    assert _places("دام أربعين عاماً، في إشارة إلى أحداث عام 1982.") == []


def test_a_list_with_two_towns_needs_no_preposition():
    text = "قصف لقوات النظام اليوم يستهدف كفرنبل وحاس والهبيط وعابدين ومعرة حرمة وكفرسجنة."
    found = [t for t, new in _places(text) if new]
    assert found == ["حاس", "عابدين", "معرة حرمة"]
    # one town and a noun joined to it is no list
    assert [t for t, new in _places("يستهدف كفرنبل وبيوت المدنيين.") if new] == []


def test_event_nouns_are_no_list_items():
    text = "دمشق وريفها: اشتباكات في جوبر والمليحة وقنص في مخيم اليرموك"
    assert ("قنص", True) not in _places(text)
    assert ("غارات", True) not in _places("مجزرة في كفرنبودة وغارات على اللطامنة")


def test_a_quarter_named_after_a_person_and_his_father():
    found = _places("أعلنت القوات تقدمها في حي هشام بن عبد الملك جنوبي المدينة، بدعم من")
    assert ("هشام بن عبد الملك", True) in found
    assert ("خالد بن الوليد", True) in _places("وتمركز القناصة في حي خالد بن الوليد ومحيطه")


def test_a_town_with_the_article_added_or_dropped_after_a_noun_of_towns():
    found = [
        (s.text, s.value) for s in suggest("قصفت مدينة التلبيسة وبلدة ميادين.") if s.kind == "place"
    ]
    assert found == [("التلبيسة", "Tallbisah"), ("ميادين", "Al Mayadin")]
    # not after a quarter's noun, and not through a variant that is not the town's own name
    assert _places("في حي العباسية") == [("العباسية", True)]
    assert _places("في قرية العجمي") == [("العجمي", True)]


def test_the_front_of_fighting_is_no_place():
    assert _places("وتستمر المعارك على جبهة المواجهة مع قوات النظام.") == []


def test_a_hospitals_adjective_does_not_hide_its_town():
    found = [
        (s.text, s.value)
        for s in suggest("نُقل معظمهم إلى مستشفى الباب العام، وسط توقعات.")
        if s.kind == "place"
    ]
    assert found == [("الباب", "Al Bab")]
    assert _places("أغلق الباب الرئيسي للمبنى.") == []  # 'the main door'
