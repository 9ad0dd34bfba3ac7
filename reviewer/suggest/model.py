"""The one record every suggester returns, and how it is keyed and serialised.

A suggestion is a span of the stored article text (code-point offsets, like evidence)
plus what it means: a place or actor's canonical English name, a figure's range, an ISO
date or a sub-event type. ``extra`` carries what the coder needs to accept it without
looking anything up again (coordinates, admin1, counted noun, qualifier, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Suggestion"]

# Order matters only for ties (two suggestions on the same span): the more specific first.
KINDS = ("place", "actor", "figure", "date", "hint", "source")

Range = tuple[int | None, int | None]


@dataclass(frozen=True)
class Suggestion:
    """One thing found in the text. ``value`` is str for every kind except figures,
    whose value is the claimed ``(low, high)`` range (either end may be None: "more
    than 300" has no high). ``date`` values are ISO ``YYYY-MM-DD`` or None when the
    text gives a weekday but no anchor date is known."""

    kind: str
    start: int
    end: int
    text: str
    value: str | Range | None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def value_key(self) -> str:
        """The value as one string: what a rejection stores to recognise it again."""
        if isinstance(self.value, tuple):
            low, high = self.value
            return f"{'' if low is None else low}..{'' if high is None else high}"
        return "" if self.value is None else str(self.value)

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.kind, self.start, self.end, self.value_key)

    def contains(self, position: int) -> bool:
        """True when code point ``position`` (a cursor between characters) touches it."""
        return self.start <= position <= self.end

    def to_json(self) -> dict[str, Any]:
        value: Any = list(self.value) if isinstance(self.value, tuple) else self.value
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": value,
            **({"extra": self.extra} if self.extra else {}),
        }
