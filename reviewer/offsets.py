"""Convert between Python code-point offsets and Qt's UTF-16 code-unit positions.

Python indexes ``str`` by code point; Qt (QString, QTextCursor.position(), QTextLayout)
counts UTF-16 code units, where every character above U+FFFF (emoji such as 🚨, some
CJK and symbols) takes two units. Annotations are stored in code points (what Python,
SQLite and the export see), so every hand-over to or from a Qt widget must convert, or
every span after the first emoji is shifted by one per emoji.

Lone surrogates that can sneak into a Python ``str`` (e.g. via ``surrogateescape``)
count as one unit, matching how Qt would hold them.

No Qt imports: this is pure arithmetic, testable without a GUI.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["OffsetMap", "cp_to_utf16", "utf16_to_cp"]

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Precomputed converter for one text; each conversion is O(log k), k = astral chars.

    Build once per article (O(n), a single regex scan) and reuse it for every span;
    the per-call functions below rebuild it and are only meant for one-offs.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "utf16_length")

    def __init__(self, text: str) -> None:
        self._astral_cp = [m.start() for m in _ASTRAL_RE.finditer(text)]
        # UTF-16 position of each astral char's high surrogate.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]
        self.cp_length = len(text)
        self.utf16_length = len(text) + len(self._astral_cp)

    def cp_to_utf16(self, cp_index: int) -> int:
        """UTF-16 position of code-point offset ``cp_index`` (0..len(text) inclusive)."""
        if not 0 <= cp_index <= self.cp_length:
            raise ValueError(f"code-point index {cp_index} out of range 0..{self.cp_length}")
        return cp_index + bisect_left(self._astral_cp, cp_index)

    def utf16_to_cp(self, u16_index: int) -> int:
        """Code-point offset of UTF-16 position ``u16_index``.

        Raises ValueError when the position is out of range or splits a surrogate pair:
        such a position names no character boundary, and silently rounding it would hide
        an offset bug upstream.
        """
        if not 0 <= u16_index <= self.utf16_length:
            raise ValueError(f"UTF-16 index {u16_index} out of range 0..{self.utf16_length}")
        before = bisect_left(self._astral_u16, u16_index)  # astral chars starting before it
        if before and self._astral_u16[before - 1] == u16_index - 1:
            raise ValueError(f"UTF-16 index {u16_index} falls inside a surrogate pair")
        return u16_index - before

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """Convert a code-point ``[start, end)`` span to UTF-16 positions."""
        return self.cp_to_utf16(start), self.cp_to_utf16(end)

    def span_to_cp(self, start: int, end: int) -> tuple[int, int]:
        """Convert a UTF-16 ``[start, end)`` span (e.g. a Qt selection) to code points."""
        return self.utf16_to_cp(start), self.utf16_to_cp(end)


def cp_to_utf16(text: str, cp_index: int) -> int:
    """One-off code-point -> UTF-16 conversion; use :class:`OffsetMap` in loops."""
    return OffsetMap(text).cp_to_utf16(cp_index)


def utf16_to_cp(text: str, u16_index: int) -> int:
    """One-off UTF-16 -> code-point conversion; use :class:`OffsetMap` in loops."""
    return OffsetMap(text).utf16_to_cp(u16_index)
