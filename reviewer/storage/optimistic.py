"""Writing a shared value only if it is still what the editor saw (compare-and-set).

Grades and claims carry no version number; the value the edit was based on
serves as one. The write is a single ``UPDATE … WHERE column IS expected``, so
it is atomic: of two analysts grading the same outlet at once, the second is
told the grade "changed elsewhere" instead of silently replacing the first.
The same value written back (A → B → A) is accepted: nothing is lost then.
"""

from __future__ import annotations

from enum import Enum


class _Unchecked(Enum):
    UNCHECKED = "unchecked"


UNCHECKED = _Unchecked.UNCHECKED
"""``expected=UNCHECKED``: write whatever is stored (scripts, imports, the CLI)."""

Unchecked = _Unchecked
