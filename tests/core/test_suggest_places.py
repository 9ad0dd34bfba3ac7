"""Places found in Arabic text: clitics, spelling variants, cues, near-misses."""

from reviewer.suggest.places import find_places


def places(text):
    return [(s.text, s.value) for s in find_places(text)]


def test_clitics_are_stripped_and_the_span_is_the_name_alone():
    text = "اشتباكات بحماة وحمص ثم لمدينة درعا"
    found = find_places(text)
    assert [s.value for s in found] == ["Hama", "Homs", "Daraa"]
    assert [text[s.start : s.end] for s in found] == ["حماة", "حمص", "درعا"]
    assert found[2].extra["place_kind"] == "town"  # مدينة is a town cue


def test_spelling_variant_ta_marbuta_as_ha():
    assert places("دخلت الفصائل حماه") == [("حماه", "Hama")]


def test_cue_word_picks_the_governorate():
    (found,) = find_places("معارك في ريف حماة الشمالي")
    assert found.value == "Hama"
    assert found.extra["place_kind"] == "governorate"
    assert found.extra["cue"] == "governorate"
    assert any(alt["place_kind"] == "town" for alt in found.extra["alternatives"])


def test_result_carries_admin1_and_coordinates():
    (found,) = find_places("في مدينة الميادين")
    assert found.value == "Al Mayadin"
    assert found.extra["admin1"] == "Deir ez-Zor"
    assert 34 < found.extra["latitude"] < 36 and 40 < found.extra["longitude"] < 41


def test_one_letter_transposition_is_tolerated_when_unambiguous():
    (found,) = find_places("دخلت تلك الفصائل مدينة السملية")
    assert found.text == "السملية"
    assert found.value == "Salamiyah"
    assert found.extra["match"] == "transposition"


def test_transposition_is_not_applied_to_short_names():
    # حلب with two letters swapped (لحب) must not become Aleppo.
    assert places("لحب كبير") == []


def test_the_article_never_attaches_to_a_name_that_has_none():
    # الصدد ("the matter") is not the town صدد.
    assert places("وبهذا الصدد أكدت مصادر") == []


def test_everyday_words_need_a_cue():
    assert places("قد يفتح هذا التصعيد الباب أمام عملية") == []
    assert places("قصف على مدينة الباب") == [("الباب", "Al Bab")]
    assert places("أرسل ورقة إلى الوزارة") == []  # و + رقة is not Raqqa


def test_coordination_shares_the_cue():
    assert places("في مدينتي نوى وجاسم") == [("نوى", "Nawa"), ("جاسم", "Jasim")]


def test_multiword_names_match_longest():
    assert places("في ريف دمشق الغربي") == [("ريف دمشق", "Rural Damascus")]
    assert places("وصلت إلى معرة النعمان") == [("معرة النعمان", "Maarrat an Numan")]


def test_a_dual_cue_covers_both_coordinated_names():
    from reviewer.suggest.places import find_places

    found = [(s.value, s.extra.get("place_kind")) for s in find_places("في ريفي حلب وإدلب")]
    assert found == [("Aleppo", "governorate"), ("Idleb", "governorate")]
    single = [(s.value, s.extra.get("place_kind")) for s in find_places("في ريف حلب وإدلب")]
    assert single == [("Aleppo", "governorate"), ("Idlib", "town")]
