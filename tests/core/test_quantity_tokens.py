"""Quantities read the article's one word tokenisation: the tokens derived from it are
exactly those of the number grammar's own regular expression (kept here as the reference)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.arabic import tokenize
from reviewer.quantities import _MARKS, _tokens, find_quantities

_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_REFERENCE = re.compile(
    rf"(?P<skip>{_D}+(?:[/:\-]{_D}+)+)"
    rf"|(?P<num>{_D}+(?:[,\u066c]{_D}{{3}}(?!{_D}))*(?:[.\u066b]{_D}+)?)"
    rf"|(?P<word>[^\W\d_](?:[^\W\d_]|[{_MARKS}])*)"
)


def _reference(text):
    return [(m.lastgroup, m.start(), m.end()) for m in _REFERENCE.finditer(text)]


def _derived(text):
    """A "range" token (20-30) is one of the reference's skipped digit runs, read as a range."""
    return [("skip" if t.kind == "range" else t.kind, t.start, t.end) for t in _tokens(text)]


_ALPHABET = st.sampled_from(
    list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲/:-,.٬٫ \n،")
    + list("قتلىمئاتعشرحماةوبال")
    + ["\u064e", "\u064b", "\u0640", "\u0610", "\u200c", "\u0966", "a", "Z", "_", "²", "½"]
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_derived_tokens_match_the_number_grammar(text):
    derived = [(k, s, e) for k, s, e in _derived(text)]
    reference = [(k, s, e) for k, s, e in _reference(text)]
    assert [(s, e) for _, s, e in derived] == [(s, e) for _, s, e in reference]
    big = {(s, e) for k, s, e in reference if k == "num" and len(text[s:e]) > 15}
    for (kind, s, e), (ref_kind, _, _) in zip(derived, reference, strict=True):
        assert kind == ref_kind or (s, e) in big


def test_given_word_spans_give_the_same_quantities():
    text = "قتل 3,500 شخص في 12/01/2025 و٢٠ آخرون، ونحو ثلاثة آلاف ونصف نازح"
    spans = [(s, e) for _, s, e in tokenize(text)]
    assert find_quantities(text, spans) == find_quantities(text)
    assert [q.low for q, _, _ in find_quantities(text)] == [3500, 20, 3150]


def test_suggesting_tokenises_an_article_once(monkeypatch):
    import reviewer.arabic
    import reviewer.quantities
    import reviewer.suggest.text
    from reviewer.suggest.engine import suggest

    calls = []

    def counting(text):
        calls.append(len(text))
        return tokenize(text)

    for module in (reviewer.arabic, reviewer.quantities, reviewer.suggest.text):
        monkeypatch.setattr(module, "tokenize", counting)
    text = "المرصد: مقتل خمسة مدنيين بقصف على حماة أمس، وقال الدفاع المدني إن 12 آخرين أصيبوا."
    found = suggest(text)
    assert {s.kind for s in found} >= {"place", "figure", "date"}
    assert calls == [len(text)]
