"""Tests for reviewer.quantities: Arabic quantity claims -> ranges + ACLED value."""

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.paths import resource_path
from reviewer.quantities import Quantity, find_quantities, parse_quantity


def q(text: str) -> tuple[int | None, int | None, int | None, int | None, str | None]:
    got = parse_quantity(text)
    assert got is not None, text
    return got.low, got.high, got.best, got.acled_value, got.qualifier


def test_rules_file_found() -> None:
    assert resource_path("quantity_rules.json").is_file()


def test_quantity_is_frozen() -> None:
    got = parse_quantity("3500")
    assert isinstance(got, Quantity)
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.low = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3500", 3500),
        ("٣٠٠٠", 3000),
        ("۳۰۰۰", 3000),
        ("3,500", 3500),
        ("٣٬٥٠٠", 3500),
        ("1,250,000", 1250000),
        ("3 آلاف", 3000),
        ("2.5 مليون", 2500000),
        ("٢٫٥ مليون", 2500000),
        ("عشرة", 10),
        ("عشرين", 20),
        ("عشرون", 20),
        ("ثلاثة", 3),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("خمسة عشر", 15),
        ("خمسة وعشرون", 25),
        ("مئة", 100),
        ("مائة", 100),
        ("مئتين", 200),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("مئة وخمسون", 150),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ألفان", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("خمسة وعشرون ألفا", 25000),
        ("مئتي ألف", 200000),
        ("ألف و500", 1500),
        ("ألفين وخمسمئة", 2500),
        ("ثلاثة آلاف وخمسمئة وخمسة وعشرون", 3525),
        ("مليون وخمسمئة ألف", 1500000),
        ("بثلاثة", 3),
    ],
)
def test_exact(text: str, value: int) -> None:
    assert q(text) == (value, value, value, value, None)
    assert parse_quantity(text).verbatim == text


@pytest.mark.parametrize(
    ("text", "low", "high", "acled"),
    [
        ("عشرات", 20, 99, 10),
        ("مئات", 200, 999, 100),
        ("آلاف", 2000, 9999, 1000),
        ("ملايين", 2000000, 9999999, 1000000),
        ("عشرات الآلاف", 20000, 99999, 10000),
        ("مئات الآلاف", 200000, 999999, 100000),
        ("والمئات", 200, 999, 100),
        ("بمئات", 200, 999, 100),
        ("المئات", 200, 999, 100),
        ("لعشرات", 20, 99, 10),
        ("بضع", 3, 9, 3),
        ("بضعة", 3, 9, 3),
        ("عدة", 3, 9, 3),
        ("عدد من", 3, None, 3),
        ("العديد من", 3, None, 10),
        ("بضع مئات", 300, 999, 300),
        ("عدة آلاف", 3000, 9999, 3000),
        ("عدة عشرات", 30, 99, 30),
    ],
)
def test_vague_words(text: str, low: int, high: int | None, acled: int) -> None:
    assert q(text) == (low, high, None, acled, None)


@pytest.mark.parametrize("word", ["نحو", "قرابة", "حوالي", "حوالى", "زهاء", "ما يقارب", "بنحو"])
def test_about(word: str) -> None:
    assert q(f"{word} 3500") == (3150, 3850, 3500, 3500, "about")


def test_about_rounds_outward_and_keeps_vague_range() -> None:
    assert q("نحو 5") == (4, 6, 5, 5, "about")
    assert q("نحو ثلاثين") == (27, 33, 30, 30, "about")
    assert q("3500 تقريبا") == (3150, 3850, 3500, 3500, "about")
    assert q("نحو مئات") == (200, 999, None, 100, "about")


@pytest.mark.parametrize(
    ("text", "qual"),
    [
        ("أكثر من 3500", "more_than"),
        ("ما يزيد عن 3500", "more_than"),
        ("ما يزيد على 3500", "more_than"),
        ("أزيد من 3500", "more_than"),
        ("ما يربو على 3500", "more_than"),
        ("لأكثر من 3500", "more_than"),
        ("ما لا يقل عن 3500", "at_least"),
        ("3500 على الأقل", "at_least"),
        ("3500 سجين على الأقل", "at_least"),
    ],
)
def test_at_least_more_than(text: str, qual: str) -> None:
    assert q(text) == (3500, None, 3500, 3500, qual)
    assert parse_quantity(text).verbatim == text


def test_more_than_vague_and_words() -> None:
    assert q("أكثر من مئة") == (100, None, 100, 100, "more_than")
    assert q("أكثر من مئات") == (200, None, None, 100, "more_than")


def test_fewer_than_and_at_most() -> None:
    assert q("أقل من 10") == (None, 9, None, None, "fewer_than")
    assert q("ما لا يزيد عن 10") == (None, 10, None, None, "at_most")
    assert q("ما لا يزيد على عشرة") == (None, 10, None, None, "at_most")
    assert q("لا يتجاوز 10") == (None, 10, None, None, "at_most")
    assert q("أقل من 0") == (None, 0, None, None, "fewer_than")


def test_range() -> None:
    assert q("بين 200 و300") == (200, 300, None, 200, "range")
    assert q("ما بين 300 و 200") == (200, 300, None, 200, "range")
    assert q("بين عشرين وثلاثين") == (20, 30, None, 20, "range")


def test_not_quantities() -> None:
    for text in ("نحو العاصمة", "يوم الأحد", "لست أدري", "عام 2011", "", "   ", "حماة"):
        assert parse_quantity(text) is None, text
    assert parse_quantity("2.5") is None  # a count is an integer


def test_find_spans_example_from_brief() -> None:
    text = "أكد قيادي تحرير أكثر من 3500 سجين"
    [(got, start, end)] = find_quantities(text)
    assert text[start:end] == "أكثر من 3500" == got.verbatim
    assert (got.low, got.high, got.qualifier) == (3500, None, "more_than")


def test_find_several_and_dates_skipped() -> None:
    text = (
        "قتل ١٢ شخصاً على الأقل في 5 كانون الثاني 2024، وأصيب نحو ثلاثين آخرين، "
        "وأطلق سراح مئات المعتقلين عام 2011، 3/12/2024"
    )
    found = find_quantities(text)
    assert [text[s:e] for _, s, e in found] == ["١٢ شخصاً على الأقل", "نحو ثلاثين", "مئات"]
    for got, s, e in found:
        assert got.verbatim == text[s:e]


def test_conjoined_digits_are_separate_figures() -> None:
    assert [g.best for g, _, _ in find_quantities("قتل 5 و3 جرحى")] == [5, 3]


def test_corpus_claims_found() -> None:
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    verbatims = {
        g.verbatim for f in corpus.glob("*.txt") for g, _, _ in find_quantities(f.read_text())
    }
    if not verbatims:
        pytest.skip("no corpus")
    assert {"مئات", "نحو 3500", "أكثر من 3500", "ما لا يقل عن 300"} <= verbatims


def _check_invariants(got: Quantity) -> None:
    vals = [v for v in (got.low, got.best, got.high) if v is not None]
    assert vals == sorted(vals)
    assert all(v >= 0 for v in vals)
    assert got.qualifier in (
        None,
        "about",
        "at_least",
        "more_than",
        "fewer_than",
        "at_most",
        "range",
    )


@settings(max_examples=300)
@given(st.text())
def test_fuzz_arbitrary_text(text: str) -> None:
    got = parse_quantity(text)
    if got is not None:
        _check_invariants(got)
        assert got.verbatim and got.verbatim in text
    for found, start, end in find_quantities(text):
        _check_invariants(found)
        assert text[start:end] == found.verbatim


_VOCAB = [
    "نحو",
    "أكثر",
    "من",
    "ما",
    "لا",
    "يقل",
    "عن",
    "يزيد",
    "على",
    "أقل",
    "بين",
    "و",
    "إلى",
    "الأقل",
    "تقريبا",
    "عشرات",
    "مئات",
    "آلاف",
    "الآلاف",
    "بضع",
    "عدة",
    "عدد",
    "العديد",
    "ثلاثة",
    "عشر",
    "عشرين",
    "مئة",
    "مئتي",
    "ألف",
    "ألفين",
    "مليون",
    "خمسمئة",
    "أحد",
    "اثنا",
    "والمئات",
    "بمئات",
    "عام",
    "كانون",
    "3500",
    "٣٬٥٠٠",
    "2.5",
    "0",
    "،",
    ".",
    "-",
    "/",
]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_VOCAB), max_size=12).map(" ".join))
def test_fuzz_vocabulary_soup(text: str) -> None:
    for found, start, end in find_quantities(text):
        _check_invariants(found)
        assert text[start:end] == found.verbatim


def test_construct_state_duals_count_two_thousand():
    # ألفي / مليوني: the dual before a counted noun ("ألفي شخص"), as news text writes it.
    q = parse_quantity("أكثر من ألفي شخص")
    assert (q.low, q.high, q.qualifier) == (2000, None, "more_than")
    assert parse_quantity("مليوني نازح").best == 2_000_000


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ثلاثة آلاف نازح", 3000),
        ("ثلاثة آلاف ونصف نازح", 3500),
        ("3 آلاف ونصف", 3500),
        ("ألف ونصف", 1500),
        ("ألفين ونصف", 2500),
        ("مليون ونصف نازح", 1500000),
        ("نصف مليون شخص", 500000),
        ("ربع مليون نازح", 250000),
        ("الخمسين قتيلا", 50),
        ("القتلى الثلاثة", 3),
        ("ثلاثمئة وخمسين شخصاً", 350),
        ("اثنين وخمسين مشتبهاً", 52),
    ],
)
def test_number_words_and_fractions_of_scales(words, value):
    quantity = parse_quantity(words)
    assert (quantity.low, quantity.high) == (value, value)


@pytest.mark.parametrize("words", ["نصف السكان", "لليوم العاشر", "الأول", "الخمسينات"])
def test_fractions_of_no_scale_and_ordinals_are_no_counts(words):
    assert find_quantities(words) == []


def test_a_half_after_a_small_number_is_not_added():
    (quantity, _, _) = find_quantities("عشرة ونصف")[0]
    assert quantity.low == 10
