"""Fuzzing the suggesters: ``suggest()`` reads every article the window opens, so it must
never raise, whatever words, digits, Latin fragments, quotes and line breaks an article
holds, and every span it returns must lie inside the text it was given.

The words are the development sets' own (real Arabic news wording, in any order), so the
rules' cue words meet each other in combinations no labelled text has.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.suggest.engine import suggest

TESTS = Path(__file__).resolve().parents[1]
WORDS = sorted(
    {
        word
        for path in TESTS.glob("suggest_dev*/articles/*.txt")
        for word in re.findall(r"\S+", path.read_text(encoding="utf-8"))
    }
)
ODD = [
    "M4", "2024-12-08", "3,500", "٣٬٥٠٠", "«", "»", '"', "(", ")", ":", "-", "،", ".",
    "\n", "\n\n", "ـ", "%", "1/2", "x",
]  # fmt: skip
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD)), max_size=60).map(" ".join)


def test_the_development_sets_give_words():
    assert len(WORDS) > 5000


@FUZZ
@given(texts, st.one_of(st.none(), st.dates(date(2011, 1, 1), date(2026, 12, 31))))
def test_suggest_never_raises_and_keeps_its_spans_inside_the_text(text: str, published):
    for s in suggest(text, published):
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end]


@FUZZ
@given(texts)
def test_suggest_reads_any_cut_of_a_text(text: str):
    """An article may end anywhere: in the middle of a cue, after a lone digit."""
    for cut in (len(text) // 3, len(text) // 2, len(text) - 1):
        suggest(text[: max(cut, 0)])
