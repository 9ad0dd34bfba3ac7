"""Fuzzing the code that meets untrusted input first: the decoder, HTML, quantities.

The decoder may refuse a file (RejectedFile, with a reason) but must never fail
any other way, and what it accepts is stored NFC with ``\\n`` line ends only.
The quantity parser reads whatever an article contains and must never raise.
"""

from __future__ import annotations

import codecs
import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.importing.decoding import RejectedFile, decode_bytes, normalize_text
from reviewer.importing.html_extract import decode_html
from reviewer.importing.html_reader import extract_text
from reviewer.paths import resource_path
from reviewer.quantities import find_quantities, parse_quantity

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARABIC = "سيطرة الفصائل على حماة وأطلقت مئات المعتقلين 3000 سجين"
# Bytes that are interesting to a decoder: BOMs, NUL, UTF-8 lead/continuation
# bytes, Windows-1256 Arabic letters, CR/LF, and whole encoded Arabic words.
SEEDS = [
    codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
    b"\x00", b"\r", b"\n", b"\r\n", b"\xd8", b"\xd9\x85", b"\xef\xbf\xbd", b"\xc3\x28",
    b"\xf4\x90\x80\x80", b"\xed\xa0\x80", b"\xc7\xe1", b"\xe3\xca", b" ", b"\t", b"\x1b",
    ARABIC.encode("utf-8"), ARABIC.encode("cp1256"), ARABIC.encode("utf-16-le"),
    "e\u0301 \u0627\u0653 \ufb01".encode(), b"<p>", b"</p>", b"<!--", b"<![x[", b"&#0;",
]  # fmt: skip
article_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(st.sampled_from(SEEDS), st.binary(max_size=8)), max_size=30).map(b"".join),
)


def _check_stored_text(text: str) -> None:
    assert text
    assert "\r" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert text == text.strip()


@FUZZ
@given(article_bytes)
def test_decoder_refuses_or_returns_normalised_text(data: bytes):
    try:
        text, encoding = decode_bytes(data)
        stored = normalize_text(text)
    except RejectedFile as exc:
        assert str(exc)  # a reason, always
        return
    assert codecs.lookup(encoding)
    _check_stored_text(stored)
    assert "\x00" not in stored


@FUZZ
@given(st.text(max_size=300))
def test_normalize_text_on_any_text(text: str):
    try:
        stored = normalize_text(text)
    except RejectedFile:
        assert not text.strip() or not unicodedata.normalize("NFC", text).strip()
        return
    _check_stored_text(stored)
    assert normalize_text(stored) == stored  # idempotent: stored text never changes again


@FUZZ
@given(article_bytes)
def test_html_decoder_and_extractor_refuse_or_return_plain_text(data: bytes):
    try:
        markup, _encoding = decode_html(data)
        _headline, text = extract_text(markup)
        stored = normalize_text(text)
    except RejectedFile as exc:
        assert str(exc)
        return
    _check_stored_text(stored)


MARKUP_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->",
    "<![CDATA[", "]]>", "<![", "<!", "<?", "<h1>", "</h1>", "<title>", "</title>", "<pre>",
    "</pre>", "&amp;", "&#x627;", "&#0;", "&", "<", ">", "'", '"', "=", "<a href='",
    "<img src=http://x/>", "<noscript>", "</noscript>", "\n", " ",
]  # fmt: skip
markup = st.lists(st.one_of(st.sampled_from(MARKUP_PIECES), st.text(max_size=10)), max_size=40).map(
    "".join
)


@FUZZ
@given(markup)
def test_extractor_never_fails_on_broken_markup(page: str):
    try:
        headline, text = extract_text(page)
    except RejectedFile:
        return
    assert isinstance(headline, str)
    assert "\n\n" not in text and text == text.strip()


def _vocabulary() -> list[str]:
    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)

    rules = json.loads(resource_path("quantity_rules.json").read_text(encoding="utf-8"))
    return sorted({s for s in strings(rules) if any("\u0600" <= c <= "\u06ff" for c in s)})


VOCAB = _vocabulary()
PUNCTUATION = ["٬", "٫", ",", ".", "،", "%", "+", "\u0640", "\u064b", "\u200f", "9" * 5000]
quantity_text = st.lists(
    st.one_of(
        st.sampled_from(VOCAB),
        st.sampled_from(["قتيلا", "قتيل", "جريح", "معتقل", "سجين", "و", "أو", "إلى", "-", "–"]),
        st.integers(min_value=0, max_value=10**30).map(str),
        st.integers(min_value=0, max_value=10**9).map(
            lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        ),
        st.sampled_from(
            ["٬", "٫", ",", ".", "،", "%", "+", "\u0640", "\u064b", "\u200f", "9" * 5000]
        ),
        st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=6),
        st.text(max_size=4),
    ),
    max_size=15,
).map(" ".join)


@FUZZ
@given(quantity_text)
def test_quantity_parser_never_raises_on_arabic_soup(text: str):
    found = parse_quantity(text)
    if found is not None:
        assert found.verbatim and found.verbatim in text
    for quantity, start, end in find_quantities(text):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quantity.verbatim
