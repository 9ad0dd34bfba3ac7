"""Figures in forms found on the development sets in the night round of 2026-11-30 (issue 18)."""

from reviewer.suggest.engine import suggest


def _figures(text: str) -> list[tuple[str, tuple]]:
    return [(s.text, s.value) for s in suggest(text, kinds=("figure",)) if s.kind == "figure"]


def test_a_fatha_before_the_ending_marks_an_oblique_dual():
    assert _figures("وأكدت الخارجية مقتل مستشارَين عسكريين في الغارة.") == [("مستشارَين", (2, 2))]
    assert _figures("أفرج عن ثلاثة فيما لا يزال مصير الآخرَين مجهولاً.")[-1] == (
        "الآخرَين",
        (2, 2),
    )
    assert _figures("قتل مستشارَيْن إيرانيين") == [("مستشارَيْن", (2, 2))]  # a sukun on the ي
    assert _figures("والتقى الوزير المستشارين في مكتبه.") == []  # the plural, no vowel written


def test_one_of_the_two_counts_nothing():
    assert _figures("وهددت عائلة أحد المعتقلَين باتخاذ الإجراءات المناسبة.") == []
