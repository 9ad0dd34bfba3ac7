"""Wanted persons and suspects arrested are detainees, Civilians (actor convention 19 of
2026-12-01; reviewer/suggest/counted_victims_wanted.py): fresh sentences and near-misses."""

from datetime import date

from reviewer.suggest.actors import find_actors

NEW = date(2025, 4, 9)


def arrested(text):
    found = find_actors(text, published=NEW)
    return [(s.text, s.value) for s in found if s.kind == "actor" and s.extra.get("arrested")]


def test_wanted_persons_arrested_are_civilians():
    text = "وأعلنت مديرية الأمن الداخلي أنها اعتقلت 19 مطلوباً خلال حملة في ريف حمص الشمالي."
    assert arrested(text) == [("19 مطلوباً", "Civilians (Syria)")]
    text = "وتمكنت الدورية من إلقاء القبض على ثلاثة مطلوبين بجرائم خطف في مدينة جرمانا."
    assert arrested(text) == [("ثلاثة مطلوبين", "Civilians (Syria)")]
    text = "حملة أمنية في أحياء حماة وتوقيف مطلوب بقضايا سرقة."
    assert arrested(text) == [("مطلوب", "Civilians (Syria)")]
    # past the force between verb and object (the noun alone where no figure counts it)
    text = "واعتقلت قوات الأمن العام أربعة مطلوبين في بلدة القدموس."
    assert [v for t, v in arrested(text) if t.endswith("مطلوبين")] == ["Civilians (Syria)"]


def test_near_misses_stay_out():
    # no arrest; a definite re-mention; members of a named group
    assert arrested("ونشرت الوزارة قائمة بأسماء 40 مطلوباً للقضاء.") == []
    assert arrested("وأوضح البيان أن الدورية اعتقلت المشتبه بهما بعد مطاردة.") == []
    text = "واعتقلت القوات خمسة مطلوبين من تنظيم الدولة الإسلامية في البادية."
    assert arrested(text) == []


def test_persons_counted_by_their_origin_arrested_are_civilians():
    text = "وقال ناشطون إن قوات الأمن اعتقلت العشرات من أبناء الحراك خلال حملة دهم."
    assert arrested(text) == [("العشرات من أبناء", "Civilians (Syria)")]
    text = "وأضاف أن «الأمن العسكري اعتقل خمسة من شبابنا على الحاجز»."
    assert [v for t, v in arrested(text) if t.endswith("شبابنا")] == ["Civilians (Syria)"]


def test_origin_near_misses_stay_out():
    # no arrest (a protest of them); the origin of persons already named
    assert arrested("وتظاهر العشرات من أبناء بلدة الحراك أمام مبنى البلدية.") == []
    text = "واعتقلت الدورية إعلاميين اثنين من أبناء مدينة الطبقة."
    assert [t for t, _ in arrested(text) if "أبناء" in t] == []


def _generic(text, published):
    found = find_actors(text, published=published)
    return [(s.text, s.value) for s in found if s.kind == "actor" and "Syria)" in s.value]


def test_detainees_led_away_after_the_arrest_are_civilians():
    text = (
        "داهم عناصر التنظيم حي المشلب واعتقلوا عدداً من الشبان، "
        "ثم اقتادوا المعتقلين إلى سجن الملعب البلدي."
    )
    assert ("المعتقلين", "Civilians (Syria)") in _generic(text, date(2015, 6, 1))


def test_detainees_held_in_a_prison_stay_prisoners():
    # near miss: no leading away, a prison named near them
    text = "واعتقلت الدوريات عشرات الشبان، فيما يبقى مصير مئات المعتقلين في سجن تدمر مجهولاً."
    assert ("المعتقلين", "Prisoners (Syria)") in _generic(text, date(2015, 6, 1))


def test_persons_counted_by_the_singular_after_hundreds_and_arrested():
    text = "وقال ناشطون إن قوات النظام احتجزت نحو 300 رجل في مدرسة الأندلس."
    assert [v for t, v in arrested(text) if "رجل" in t] == ["Civilians (Syria)"]


def test_singular_counts_near_misses():
    # a sub-count of an arrest; no arrest (displaced)
    text = "واعتقلت القوات 230 شخصاً، بينهم 120 رجل من أبناء الحي."
    assert [t for t, _ in arrested(text) if "رجل" in t] == []
    assert arrested("ونزح نحو 300 رجل وامرأة من القرية.") == []


def test_persons_counted_right_after_an_arrest_or_abduction():
    text = "واعتقلت دورية للحسبة نحو خمس عشرة امرأة في سوق الرقة بتهمة مخالفة اللباس."
    assert [v for t, v in arrested(text) if "امرأة" in t] == ["Civilians (Syria)"]
    text = "وتحدثت مصادر محلية عن اختطاف التنظيم نحو أربعين امرأة من قرية الشبكي."
    assert [v for t, v in arrested(text) if "امرأة" in t] == ["Civilians (Syria)"]


def test_persons_counted_with_no_arrest_stay_out():
    # near miss: a count of women who fled, no arrest word before them
    assert arrested("ووصلت نحو خمس عشرة امرأة إلى مخيم الهول أمس.") == []


def test_a_headlines_bare_count_after_an_arrest_word_is_detainees():
    text = (
        "قوات الأمن تعتقل المئات في حمص وتفرق مظاهرة بالرصاص\n\n"
        "اعتقلت قوات الأمن صباح اليوم مئات الشبان."
    )
    assert ("المئات", "Civilians (Syria)") in arrested(text)


def test_near_misses_a_bare_count_that_a_noun_or_pronoun_names_or_in_the_body():
    # the noun after the count is the mention, not the count
    text = "الأمن يعتقل العشرات من طلاب الجامعة\n\nاعتقلت قوات الأمن عشرات الطلاب."
    assert "العشرات" not in [t for t, _ in arrested(text)]
    # no arrest word before it: a crowd that protests
    text = "المئات في ساحة الكرامة\n\nتجمع المئات في الساحة."
    assert ("المئات", "Civilians (Syria)") not in arrested(text)


def test_persons_arrested_past_words_of_time():
    text = (
        "وتخشى العائلات حملة جديدة بعد أن اعتقل فرع الأمن العسكري في حمص، الشهر الماضي، "
        "خمسة من أبناء الحي على خلفية مشاركتهم في المظاهرات."
    )
    assert any(t.startswith("خمسة من أبناء") for t, _ in arrested(text))


def test_near_miss_an_arrest_word_too_far_before():
    text = "واعتقلت دورية للأمن العام شاباً في السوق، وتظاهر بعد ذلك ثلاثة من أبناء البلدة."
    assert not any("أبناء البلدة" in t for t, _ in arrested(text))


def test_wanted_men_arrested_by_a_verb_in_the_dual():
    text = "وداهمت دوريتان للأمن العام حي الوعر، واعتقلتا خمسة مطلوبين بتهم جنائية."
    assert ("خمسة مطلوبين", "Civilians (Syria)") in arrested(text)


def test_near_miss_wanted_men_only_searched_for():
    text = "وداهمت دوريتان للأمن العام حي الوعر، وفتشتا منازل خمسة مطلوبين بتهم جنائية."
    assert ("خمسة مطلوبين", "Civilians (Syria)") not in arrested(text)


def test_a_headlines_bare_count_killed_by_a_means():
    text = "مقتل العشرات بقصف جوي على أحياء دوما\n\nقتل 35 مدنياً بقصف جوي على دوما أمس."
    assert ("العشرات", "Civilians (Syria)") in arrested(text)


def test_near_miss_a_headlines_bare_count_killed_by_a_mine():
    text = "مقتل العشرات بانفجار لغم في ريف حماة\n\nقتل خمسة أشخاص بانفجار لغم."
    assert ("العشرات", "Civilians (Syria)") not in arrested(text)
