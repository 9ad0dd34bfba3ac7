"""Which way a piece of text reads, by the Unicode bidi rule of the first strong letter.

The UI aligns list cells and labels with it; reports and terminal output use it
to decide whether a line needs visual reordering.
"""

import unicodedata


def is_right_to_left(text: str) -> bool:
    """True when the first strongly-directional character is Arabic or Hebrew (P2/P3 of UAX #9)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
