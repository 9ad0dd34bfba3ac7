"""Figure rules found on development set 10 (tests/suggest_dev10, issue 18).

Short texts, one behaviour each: tolls corrected in the text, bounds after the counted
noun, counts whose noun is left out."""

from __future__ import annotations

from reviewer.suggest.figures import find_figures


def _figures(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {s.text: s.value for s in find_figures(text)}


def test_a_verb_of_exceeding_before_the_count_noun_makes_a_lower_bound() -> None:
    assert _figures("فيما تجاوز عدد الجرحى 200.") == {"الجرحى 200": (200, None)}
    assert _figures("وبلغ عدد الجرحى 200.") == {"الجرحى 200": (200, 200)}


def test_at_least_after_the_counted_noun_or_its_adjective_is_a_lower_bound() -> None:
    assert _figures("قتل 33 جندياً تركياً على الأقل في الهجوم") == {
        "33 جندياً تركياً على الأقل": (33, None)
    }
    assert _figures("تعرف الأهالي على 67 من الضحايا على الأقل.") == {
        "67 من الضحايا على الأقل": (67, None)
    }
    assert _figures("قتل 33 جندياً تركياً، وخمسة على الأقل من المدنيين")["33 جندياً"] == (33, 33)


def test_a_number_after_was_counts_what_the_corrected_toll_counts() -> None:
    found = _figures("ارتفعت حصيلة الشهداء إلى 52 شهيداً، بعد أن كانت 38 يوم الجمعة.")
    assert found == {"52 شهيداً": (52, 52), "38": (38, 38)}
    assert _figures("وكانت 3 سيارات قد احترقت") == {}


def test_a_number_joined_to_the_figure_before_with_fi_counts_the_same_noun() -> None:
    found = _figures("قتل خمسة مواطنين في غارة على مدينة السفيرة، وأربعة في قصف على بلدة تل عرن")
    assert found["وأربعة"] == (4, 4)
    assert "3" not in _figures("قتل خمسة مواطنين في غارة، و3 في المئة من السكان نزحوا")


def test_the_oblique_dual_of_student_counts_two() -> None:
    assert _figures("ما أدى إلى استشهاد طالبين وإصابة آخرين") == {"طالبين": (2, 2)}
    assert _figures("أقدمت عصابة على اختطاف تاجرين من أبناء مدينة شهبا") == {"تاجرين": (2, 2)}


def test_a_count_word_a_few_words_before_the_number_it_rose_to() -> None:
    text = "قتل ثلاثة، ليرتفع عدد قتلى المواجهات المستمرة منذ الجمعة إلى ثمانية."
    assert _figures(text)["ثمانية"] == (8, 8)
    assert "3" not in _figures("ونقل عدد من الجرحى إلى 3 مستشفيات في المدينة.")


def test_a_vague_count_before_a_plural_present_verb_counts_people() -> None:
    assert _figures('مضيفاً أن "المئات ينتظرون دورهم لمغادرة المخيم".') == {"المئات": (200, 999)}
    assert _figures("وقال إن 5 يعملون في المشفى") == {}


def test_a_bare_count_after_a_count_word_counts_what_the_figure_before_counted() -> None:
    found = _figures("تحدث صباحاً عن نحو ستمئة قتيل فقط، قبل أن يعلن مساءً أن العدد تجاوز الألف.")
    assert found["تجاوز الألف"] == (1000, None)


def test_more_nouns_of_persons_and_a_noun_with_its_possessive_before_its_number() -> None:
    assert _figures("لم تتمكن من دفن قريبين لها قتلا أمس") == {"قريبين": (2, 2)}
    assert _figures("ما أدى إلى مقتل سبعة من المدافعين عن البلدة") == {"سبعة من المدافعين": (7, 7)}
    assert _figures("وإلقاء القبض على أفرادها الأحد عشر بعد عملية")["أفرادها الأحد عشر"] == (11, 11)


def test_a_verb_of_exceeding_a_few_words_before_the_number() -> None:
    found = _figures("إن أعداد النازحين تجاوزت حتى مساء الأربعاء 100 ألف شخص، بعد")
    assert found["100 ألف شخص"] == (100000, None)
    assert _figures("تجاوزت الدورية الحاجز وقتلت 5 مدنيين") == {"5 مدنيين": (5, 5)}


def test_a_count_after_they_are_counts_people() -> None:
    assert _figures("قالت مصادر إن من غادروا هم بضع عشرات فقط.") == {"بضع عشرات": (30, 99)}
    assert _figures("أما الآليات فهي بضع عشرات فقط.") == {}
