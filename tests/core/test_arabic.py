"""Tests for reviewer.arabic: one fold for search, clitic stems, original-text spans."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.arabic import (
    display_for_terminal,
    normalize_for_search,
    normalize_with_spans,
    strip_clitics,
    tokenize,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("حمـــاة", "حماه"),  # tatweel, ة
        ("حَمَاةُ", "حماه"),  # harakat
        ("مُحَمَّدٌ", "محمد"),  # shadda, tanween
        ("الرَّحْمٰن", "الرحمن"),  # superscript alef U+0670
        ("أحمد إدلب آذار ٱلله", "احمد ادلب اذار الله"),
        ("مصطفى", "مصطفي"),
        ("مؤسسة", "موسسه"),
        ("رئيس", "رييس"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("Hama HAMA", "hama hama"),
        ("Straße", "strasse"),
        ("ﻻ", "لا"),  # presentation-form ligature
        ("\u200fحماة\u200e", "حماه"),  # bidi marks copied from web pages
    ],
)
def test_normalize_examples(raw: str, folded: str) -> None:
    assert normalize_for_search(raw) == folded


def test_quranic_marks_removed() -> None:
    marks = "".join(chr(c) for c in range(0x06D6, 0x06EE))
    assert normalize_for_search("ب" + marks + "ت") == "بت"


def test_precomposed_and_decomposed_agree() -> None:
    for word in ("أحمد", "café", "مؤتمر"):
        nfd = unicodedata.normalize("NFD", word)
        assert normalize_for_search(nfd) == normalize_for_search(word)


@given(st.text())
def test_normalize_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


@given(st.text(alphabet=st.sampled_from("حماةَُِّـأإآ ٣x")))
def test_spans_point_back_into_original(text: str) -> None:
    folded, spans = normalize_with_spans(text)
    assert folded == normalize_for_search(text)
    assert len(spans) == len(folded)
    for (start, end), ch in zip(spans, folded, strict=True):
        assert 0 <= start < end <= len(text)
        assert ch in normalize_for_search(text[start:end])


def test_spans_cover_trailing_harakat() -> None:
    text = "في حَمَاةَ اليوم"
    folded, spans = normalize_with_spans(text)
    a = folded.index("حماه")
    b = a + len("حماه")
    assert text[spans[a][0] : spans[b - 1][1]] == "حَمَاةَ"


@pytest.mark.parametrize(
    ("token", "stem"),
    [
        ("والمدينة", "مدينه"),
        ("بالمدينة", "مدينه"),
        ("للمدينة", "مدينه"),
        ("فالمدينة", "مدينه"),
        ("وبالمدينة", "مدينه"),
        ("كالمدينة", "مدينه"),
        ("وحماة", "حماه"),
        ("بحمص", "حمص"),
        ("لحلب", "حلب"),
        ("فدرعا", "درعا"),
        ("السلمية", "سلميه"),
        ("للاذقية", "لاذقيه"),
    ],
)
def test_strip_clitics_finds_stem(token: str, stem: str) -> None:
    assert stem in strip_clitics(token)


def test_strip_clitics_keeps_token_first_and_min_length() -> None:
    assert strip_clitics("بلد")[0] == "بلد"
    assert strip_clitics("وب") == ["وب"]
    assert strip_clitics("و") == []
    assert all(len(s) >= 2 for s in strip_clitics("وال"))
    assert "ل" not in strip_clitics("بال")


@given(st.text(alphabet=st.sampled_from("والبفكلمدينةحص")))
def test_strip_clitics_never_short(token: str) -> None:
    stems = strip_clitics(token)
    assert all(len(s) >= 2 for s in stems)
    assert len(stems) == len(set(stems))


def test_tokenize_spans_are_original_text() -> None:
    text = "قال: حَمَاةُ، 3500 Hama-City ب٣٠٠٠ 🚨 حماة"
    toks = tokenize(text)
    assert [t for t, _, _ in toks] == [
        "قال",
        "حَمَاةُ",
        "3500",
        "Hama",
        "City",
        "ب٣٠٠٠",
        "حماة",
    ]
    for tok, start, end in toks:
        assert text[start:end] == tok
    assert toks[-1][1] == 37


@given(st.text())
def test_tokenize_spans_property(text: str) -> None:
    last = 0
    for tok, start, end in tokenize(text):
        assert text[start:end] == tok
        assert last <= start < end
        last = end


def test_display_for_terminal_shapes_and_reorders() -> None:
    out = display_for_terminal("مرحبا 123")
    assert out != "مرحبا 123"
    assert "123" in out
    assert "\ufe8e" in out or any(0xFE70 <= ord(c) <= 0xFEFF for c in out)
    assert display_for_terminal("abc") == "abc"


def test_terminal_display_mirrors_brackets_and_quotes():
    shown = display_for_terminal("«حماة» (نص)")
    # Visual order, right to left: the closing bracket of the last word comes first,
    # drawn as an opening one, so the reader sees "(نص) «حماة»" the right way round.
    assert shown.startswith("(") and shown.endswith("»")
    assert ")" in shown and shown.index("(") < shown.index(")")
