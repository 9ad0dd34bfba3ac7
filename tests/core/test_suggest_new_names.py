"""New places and actors proposed from the noun before them, their extent, and adoption."""

import pytest

from reviewer.romanize import romanize
from reviewer.storage.custom_vocab import custom_actors, custom_places
from reviewer.suggest.adopt import adopt_new, resolve_custom
from reviewer.suggest.apply import acceptance_for
from reviewer.suggest.engine import suggest
from reviewer.suggest.figures import find_figures
from reviewer.suggest.quality import Gold, _matches


def new(text, kind):
    return [(s.text, s.extra.get("admin1") if kind == "place" else s.extra["inter"])
            for s in suggest(text, kinds=[kind]) if s.extra.get("new")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف استهدف قرية الدويرينة بريف حلب الشرقي", [("الدويرينة", "Aleppo")]),
        ("اشتباكات في بلدة كفر عويد قرب مدينة إدلب", [("كفر عويد", "Idleb")]),
        ("دوريات في حي صلاح الدين، وسط المدينة", [("صلاح الدين", None)]),
        ("سقطت قذائف على قريتي الحويز والعنكاوي.", [("الحويز", None), ("العنكاوي", None)]),
        (
            "قصف قرى الدوير، الزعفرانة والحويز بريف حمص",
            [("الدوير", "Homs"), ("الزعفرانة", "Homs"), ("الحويز", "Homs")],
        ),
        ("قصف قرى الدوير، حيث قتل مدنيان", [("الدوير", None)]),  # no list: no و closes it
        ("في ريف حلب الشرقي، قصفت الطائرات قرية الدويرينة.", [("الدويرينة", "Aleppo")]),
        (
            "سيطرت الفصائل على تل الحارة",
            [("تل الحارة", None)],
        ),  # a hill position: test_suggest_place_contexts
        ("نزح سكان بمخيم الركبان في البادية", [("مخيم الركبان", None)]),
        ("قصف قرية الدوير الشرقي بريف حمص", [("الدوير الشرقي", "Homs")]),  # part of the name
        ("دوريات في حي الأشرفية القديم", [("الأشرفية", None)]),  # the old quarter
    ],
)
def test_a_name_after_a_place_noun_is_a_new_place_with_its_governorate(text, expected):
    assert new(text, "place") == expected


@pytest.mark.parametrize(
    "text",
    [
        "قرية صغيرة مجاورة خلت من سكانها",  # adjectives, not names
        "عدة قرى بريف القنيطرة الجنوبي",  # a cue word with a clitic is no name
        "تنتشر الفصائل داخل أحياء المدينة الواقعة شمالا",  # a common noun
        "قصف قرية تقع على الطريق",  # a verb after an indefinite noun
        "قصف على قرى سهل الغاب",  # a natural region
        "وصل الوفد إلى مدينة حماة",  # a known town: the gazetteer's, not new
        "في قرية 5 حزيران",  # digits
    ],
)
def test_no_new_place_where_no_name_follows(text):
    assert new(text, "place") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اشتباكات بين فرقة السلطان عثمان ولواء الوقاص في الباب",
         [("فرقة السلطان عثمان", "Rebel group"), ("لواء الوقاص", "Rebel group")]),
        ("مسلحون من عشيرة البوعساف هاجموا حاجزا", [("عشيرة البوعساف", "Identity militia")]),
        ("قال مجلس الباب العسكري إن", [("مجلس الباب العسكري", "Rebel group")]),
        ("عناصر ميليشيا لواء أسود الشرقية الموالية للنظام",
         [("لواء أسود الشرقية", "Political militia")]),
        ("تبنى لواء صقور الباب الهجوم", [("لواء صقور الباب", "Rebel group")]),
        ("أعلنت حركة أحرار الساحل", [("حركة أحرار الساحل", "Rebel group")]),
        ("سيطرت فصائل التسوية على البلدة", [("فصائل التسوية", "Rebel group")]),
    ],
)  # fmt: skip
def test_a_name_after_a_group_noun_is_a_new_actor_with_a_guessed_inter(text, expected):
    assert new(text, "actor") == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتسببت حركة النزوح في اكتظاظ المخيمات",
        "اعتقلت قوات الأمن شابين",
        "حاول فصيل مسلح اقتحام البلدة",
        "اعتقلت قوات خاصة شابين",
        "قال مجلس المحافظة إن",  # a council that is not a military one
        "قصفت جيش الاحتلال مواقع",
        "قالت فرقة الإطفاء إنها أخمدت الحريق",
        "أعلنت هيئة تحرير الشام",  # known: the actor list's, not new
        "أعلنت حركة أحرار الشام",  # known since issue 18's named groups
        "اشتبكت جماعة مسلحة مع دورية",
        "توقفت حركة الملاحة في الميناء",
        "بهدف تنظيم الانتخابات المحلية",
        "انتشرت قوات حفظ السلام",
        "سيطرت الفصائل على كتيبة الرادار",
        "تجمع المئات أمام المبنى",  # a gathering, and a count
    ],
)
def test_no_new_actor_for_generic_groups(text):
    assert new(text, "actor") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل 7 بينهم 3 أطفال", [("7", (7, 7)), ("3 أطفال", (3, 3))]),
        ("قتل 3 وجرح 5", [("3", (3, 3)), ("5", (5, 5))]),
        ("أسفر القصف عن مقتل العشرات.", [("العشرات", (20, 99))]),
        ("أخرجت فرق الإنقاذ مدنيين اثنين", [("مدنيين اثنين", (2, 2))]),
        ("أصيب بعدة طلقات نارية", []),  # the number counts bullets
        ("خرج المئات في مظاهرة وسط المدينة", [("المئات", (200, 999))]),
        ("شارك الآلاف في المظاهرة", [("الآلاف", (2000, 9999))]),
        ("مقتل 3 من الشرطة", [("3", (3, 3))]),  # after a killing "N من" counts people
        ("خرج 3 من المستشفى", []),  # but not after a verb of going out
        ("مقتل ثلاثة أشقاء وشقيقين آخرين", [("ثلاثة أشقاء", (3, 3)), ("شقيقين", (2, 2))]),
        ("خلال 3 أيام", []),
        ("ارتفع عدد القتلى من 12 إلى 20", [("القتلى من 12 إلى 20", (20, 20))]),
        ("ما يناهز 100 معتقل", [("ما يناهز 100 معتقل", (90, 110))]),
        ("سقط العشرات بين قتيل وجريح", [("العشرات بين قتيل", (20, 99))]),
    ],
)
def test_figures_counted_by_what_happened_and_two_after_a_noun(text, expected):
    assert [(f.text, f.value) for f in find_figures(text)] == expected


def test_category_of_a_bare_count_is_the_event_and_not_the_next_verbal_noun():
    [killed] = find_figures("ما أسفر عن مقتل 9 وإصابة آخرين")
    assert (killed.text, killed.extra["category"]) == ("9", "fatalities")


def test_a_camp_is_named_with_its_noun_and_called_a_camp_in_english():
    [camp] = suggest("وصلت قافلة إلى مخيم الركبان", kinds=["place"])
    assert (camp.text, camp.value) == ("مخيم الركبان", "Al Rakban Camp")


def test_a_foreign_city_is_never_a_new_place():
    assert new("هجوم استهدف مدينة كلس التركية", "place") == []
    assert new("التقى الوفد بوالي مدينة غازي عنتاب", "place") == []
    assert new("لجأ نازحون إلى بلدة عرسال اللبنانية", "place") == []


def test_romanized_english_name_is_a_plain_transliteration():
    assert romanize("كفر زيتا") == "Kafr Zita"
    assert romanize("عين عيسى") == "Ayn Aysa"
    assert romanize("تل الحارة") == "Tal Al Hara"


def test_new_names_score_by_their_extent_not_by_an_english_value():
    [village] = [s for s in suggest("قصف قرية الدويرينة", kinds=["place"]) if s.extra["new"]]
    right = Gold("place", village.start, village.end, "الدويرينة", ("Ad Duwayrinah",))
    with_noun = Gold("place", village.start - 5, village.end, "قرية الدويرينة", ("x",))
    wider = Gold("place", village.start, village.end + 4, "الدويرينة الشرقية", ("x",))
    assert _matches(village, right) and _matches(village, with_noun)
    assert not _matches(village, wider)


def test_adopting_creates_one_custom_entry_and_later_mentions_resolve_to_it(db):
    found = suggest("قصف قرية الدويرينة بريف حلب وتبنى لواء صقور الباب القصف")
    village = next(s for s in found if s.kind == "place" and s.extra.get("new"))
    brigade = next(s for s in found if s.kind == "actor" and s.extra.get("new"))

    place = adopt_new(db, village, user="amal")
    [stored] = custom_places(db)
    assert (stored.name_ar, stored.admin1, stored.name_en) == ("الدويرينة", "Aleppo", village.value)
    changes = acceptance_for(place, {}).changes
    assert changes["location"] == stored.name_en and changes["latitude"] is None
    assert changes["geonames_id"] is None and changes["admin1"] == "Aleppo"
    assert adopt_new(db, village).value == stored.name_en and len(custom_places(db)) == 1

    actor = adopt_new(db, brigade, user="amal")
    [added] = custom_actors(db)
    assert added.aliases_ar == ("لواء صقور الباب",) and added.inter == "Rebel group"
    assert acceptance_for(actor, {}).changes == {"actor1": added.name, "inter1": "Rebel group"}

    again = resolve_custom(db, found)
    assert not any(s.extra.get("new") for s in again)
    assert {s.value for s in again if s.extra.get("custom")} == {stored.name_en, added.name}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتجمّع عشرات الأهالي أمام مبنى المحافظة مطالبين بالإفراج عن ذويهم", "الأهالي"),
        ("خرج المئات من أبناء مدينة شهبا في مظاهرة", "أبناء مدينة"),
    ],
)
def test_residents_gathering_or_marching_are_protesters(text, expected):
    actors = [(s.text, s.value) for s in suggest(text, kinds=["actor"])]
    assert (expected, "Protesters (Syria)") in actors


def test_an_everyday_word_after_a_plural_place_noun_is_its_adjective():
    places = suggest("بسط الجيش سيطرته على بلدات جديدة في ريف درعا", kinds=["place"])
    assert [s.text for s in places] == ["درعا"]


def test_a_name_after_a_street_or_market_noun_is_no_place():
    assert [s.text for s in suggest("حريق في سوق الحميدية بدمشق", kinds=["place"])] == ["دمشق"]
    assert [s.text for s in suggest("أسوار سجن حماة المركزي", kinds=["place"])] == ["حماة"]


def test_a_gathering_of_about_fifty_people_is_no_group():
    """'تجمع' is also the verb 'gathered': a quantity after it starts no group's name."""
    assert new("تجمع قرابة خمسين شخصاً من أهالي البلدة أمام مبنى المنطقة", "actor") == []


def test_a_group_or_gang_named_by_its_leader_or_family_is_a_new_actor():
    """'مجموعة' and 'عصابة' name a group only before a leader's or a family's name."""
    assert new("اشتباكات بين مجموعة أبو خالد الرفاعي وعناصر الأمن", "actor") == [
        ("مجموعة أبو خالد الرفاعي", "Political militia")
    ]
    assert new("أقدمت عصابة آل المصري، صباح اليوم، على اختطاف تاجرين", "actor") == [
        ("عصابة آل المصري", "Political militia")
    ]
    for text in (
        "هاجمت مجموعة مسلحة الحاجز",
        "أطلقوا النار على مجموعة من شبان القرية",
        "بحسب تقرير مجموعة الأزمات الدولية",
        "اختطفت عصابة تنشط في المنطقة ثلاثة مدنيين",
    ):
        assert new(text, "actor") == []
