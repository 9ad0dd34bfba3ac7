"""The Admiralty (NATO) grading system: source reliability A-F, information credibility 1-6.

Two independent grades, because a usually reliable outlet can still carry a doubtful
report, and an unknown one can carry a confirmed fact. They are shown together as
"B2". The labels and the source scales are data (``resources/admiralty.json``) so that
a methodologist can translate or adjust them without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reviewer.errors import ValidationError
from reviewer.messages import Message
from reviewer.paths import load_resource_json

__all__ = [
    "Grade",
    "credibility_labels",
    "describe_grade",
    "format_grade",
    "is_credible",
    "parse_grade",
    "reliability_labels",
    "source_scales",
    "validate_credibility",
    "validate_reliability",
    "validate_scale",
]

UNGRADED = "–"  # en dash: a grade not given yet, distinct from F / 6 ("cannot be judged")


@cache
def _data() -> dict[str, Any]:
    return load_resource_json("admiralty.json")


def reliability_labels() -> dict[str, str]:
    """Letter -> label, A first."""
    return dict(_data()["reliability"])


def credibility_labels() -> dict[int, str]:
    """Number -> label, 1 first."""
    return {int(k): v for k, v in _data()["credibility"].items()}


def source_scales() -> list[str]:
    return list(_data()["scales"])


def not_graded_label() -> str:
    return _data()["not_graded"]


def validate_reliability(value: str | None) -> str | None:
    """Return the upper-case letter, or None; reject anything that is not A-F."""
    if value is None or value == "":
        return None
    letter = str(value).strip().upper()
    if letter not in reliability_labels():
        raise ValidationError("reliability", Message("grade.bad_reliability", value=value))
    return letter


def validate_credibility(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number not in credibility_labels():
        raise ValidationError("credibility", Message("grade.bad_credibility", value=value))
    return number


def validate_scale(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    for scale in source_scales():
        if scale.lower() == str(value).strip().lower():
            return scale
    raise ValidationError(
        "scale", Message("grade.bad_scale", value=value, scales=", ".join(source_scales()))
    )


def is_credible(credibility: int | None) -> bool:
    """Whether a report of this credibility counts for conservative figures.

    Doubtful (4) and improbable (5) reports are left out; ungraded reports and
    "cannot be judged" (6) count, since leaving them out would hide most claims.
    """
    return credibility not in _data()["not_credible"]


@dataclass(frozen=True, slots=True)
class Grade:
    reliability: str | None
    credibility: int | None

    @property
    def code(self) -> str:
        return format_grade(self.reliability, self.credibility)

    @property
    def description(self) -> str:
        return describe_grade(self.reliability, self.credibility)


def format_grade(reliability: str | None, credibility: int | None) -> str:
    """'B2'; a missing half is shown as an en dash ('–2', 'B–')."""
    letter = validate_reliability(reliability) or UNGRADED
    number = validate_credibility(credibility)
    return f"{letter}{number if number is not None else UNGRADED}"


def describe_grade(reliability: str | None, credibility: int | None) -> str:
    """'B2 — Usually reliable / Probably true'."""
    letter = validate_reliability(reliability)
    number = validate_credibility(credibility)
    left = reliability_labels()[letter] if letter else f"Source {not_graded_label().lower()}"
    right = credibility_labels()[number] if number else f"Report {not_graded_label().lower()}"
    return f"{format_grade(letter, number)} — {left} / {right}"


def parse_grade(text: str) -> Grade:
    """'B2', 'b 2', 'B–', '-3' -> Grade. Raises ValidationError naming the field 'grade'."""
    compact = "".join(str(text).split()).replace("-", UNGRADED)
    if len(compact) != 2:
        raise ValidationError("grade", Message("grade.bad_grade", value=text))
    letter, number = compact[0], compact[1]
    try:
        reliability = None if letter == UNGRADED else validate_reliability(letter)
        credibility = None if number == UNGRADED else validate_credibility(number)
    except ValidationError as exc:
        raise ValidationError(
            "grade", Message("grade.in_grade", value=text, problem=exc.message)
        ) from exc
    return Grade(reliability, credibility)
