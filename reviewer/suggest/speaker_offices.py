"""Offices quoted as speakers ('قالت وزارة الدفاع التركية'): actors.json's ``speaker_offices``.

Two suggesters ask it: the actor suggester (an office right after a speaking cue is the
claim's source, not a party) and the bare-name rules (a name right after a speaking cue
speaks, it does not act). It is read once, here, so the two can never read it apart.
"""

from __future__ import annotations

from functools import cache

from reviewer.suggest import _data
from reviewer.suggest.text import fold

__all__ = ["speaker_offices", "speaking_after"]


@cache
def speaker_offices() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded (heads, cues, links): the office nouns ('وزارة'), the words that quote them
    ('قالت', 'بحسب', 'متحدث') and the words between the two ('باسم', 'من')."""
    raw = _data.rules("actors").get("speaker_offices", {})
    return (
        frozenset(fold(w) for w in raw.get("heads", [])),
        frozenset(fold(w) for w in raw.get("cues", [])),
        frozenset(fold(w) for w in raw.get("links", [])),
    )


@cache
def speaking_after() -> tuple[frozenset[str], frozenset[str]]:
    """Folded (verbs_after, between_after): a verb of speech right after the office, perhaps
    after 'قد' ('وكانت وزارة الدفاع التركية قد أعلنت'), makes the office its subject."""
    raw = _data.rules("actors").get("speaker_offices", {})
    return (
        frozenset(fold(w) for w in raw.get("verbs_after", [])),
        frozenset(fold(w) for w in raw.get("between_after", [])),
    )
