"""Facts about the rule data that the suggesters' speed-ups rely on.

A speed-up that reads a word's forms as a set (``Tok.forms``) instead of building the set
anew in a fixed order returns the same answer only while the data keep these facts; a rule
change that breaks one fails here, not as a suggestion that depends on hash order."""

from __future__ import annotations

from reviewer.arabic import split_clitics
from reviewer.suggest.places import _cues


def test_no_place_cue_is_a_clitic_reading_of_another_of_a_different_kind() -> None:
    """places._cue_before returns the kind of the first cue among a word's forms: a word
    may have one cue among its forms, or several of one kind ('ريف' in 'بريف')."""
    cues = _cues()
    clashes = [
        (word, stem)
        for word, kind in cues.items()
        for _, stem in split_clitics(word)
        if stem != word and stem in cues and cues[stem] != kind
    ]
    assert clashes == []
