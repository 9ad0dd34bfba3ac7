"""Tests for reviewer.offsets: Python code points <-> Qt UTF-16 units."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.offsets import OffsetMap, cp_to_utf16, utf16_to_cp

SAMPLE = "تقرير 🚨 حماة"


def _u16len(s: str) -> int:
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


def test_sample_from_brief() -> None:
    cp = SAMPLE.index("حماة")
    assert cp == 8
    assert cp_to_utf16(SAMPLE, cp) == 9
    assert utf16_to_cp(SAMPLE, 9) == 8
    assert utf16_to_cp(SAMPLE, 6) == 6  # start of the emoji
    with pytest.raises(ValueError, match="surrogate"):
        utf16_to_cp(SAMPLE, 7)  # between the emoji's two halves


def test_bmp_only_is_identity() -> None:
    text = "حماة وحمص ١٢٣"
    m = OffsetMap(text)
    assert [m.cp_to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert m.utf16_length == len(text)


@pytest.mark.parametrize(
    "text",
    ["😀😀😀", "a𝕏b", "𐎀 Ugaritic 𓀀 hieroglyph", "🇸🇾 flag", "👨‍👩‍👧 family", "\U0010ffff"],
)
def test_astral_chars(text: str) -> None:
    m = OffsetMap(text)
    assert m.utf16_length == _u16len(text)
    for i in range(len(text) + 1):
        assert m.cp_to_utf16(i) == _u16len(text[:i])
        assert m.utf16_to_cp(m.cp_to_utf16(i)) == i


def test_out_of_range() -> None:
    m = OffsetMap(SAMPLE)
    for bad in (-1, len(SAMPLE) + 1):
        with pytest.raises(ValueError):
            m.cp_to_utf16(bad)
    for bad in (-1, m.utf16_length + 1):
        with pytest.raises(ValueError):
            m.utf16_to_cp(bad)
    assert m.utf16_to_cp(m.utf16_length) == len(SAMPLE)


def test_spans() -> None:
    m = OffsetMap(SAMPLE)
    start = SAMPLE.index("حماة")
    assert m.span_to_utf16(start, start + 4) == (9, 13)
    assert m.span_to_cp(9, 13) == (start, start + 4)


def test_lone_surrogate_counts_as_one_unit() -> None:
    text = "a\ud83db"
    assert cp_to_utf16(text, 3) == 3


def test_long_article_many_conversions() -> None:
    text = ("خبر 🚨 " * 5000) + "حماة"
    m = OffsetMap(text)
    cp = len(text) - 4
    assert m.cp_to_utf16(cp) == cp + 5000
    assert m.utf16_to_cp(cp + 5000) == cp


@given(st.text(), st.data())
def test_round_trip(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    cp = data.draw(st.integers(0, len(text)))
    u = m.cp_to_utf16(cp)
    assert u == _u16len(text[:cp])
    assert m.utf16_to_cp(u) == cp
    assert cp_to_utf16(text, cp) == u


@given(st.text(alphabet=st.characters(codec="utf-8")), st.data())
def test_every_u16_index_maps_or_splits_a_pair(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    u = data.draw(st.integers(0, m.utf16_length))
    prefix_units = [_u16len(text[:i]) for i in range(len(text) + 1)]
    if u in prefix_units:
        assert m.utf16_to_cp(u) == prefix_units.index(u)
    else:
        with pytest.raises(ValueError):
            m.utf16_to_cp(u)
