"""When an event is complete enough to carry a status ("coded", "reviewed").

ACLED cannot use a row without a type, a date, an actor and a place, so an event
that lacks them must not be called coded, let alone reviewed. The rules are data
(``resources/completeness.json``) and are read only here, so the window, the
``reviewer review`` command and ``import-events`` refuse the same events with
the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from reviewer.messages import Message, Terms
from reviewer.paths import load_resource_json


@dataclass(frozen=True)
class Requirement:
    """Columns that must all be filled, and how a refusal names them."""

    columns: tuple[str, ...]
    label: str


@cache
def requirements(status: str) -> tuple[Requirement, ...]:
    """Everything ``status`` needs, its included statuses' needs first; () if none."""
    statuses = load_resource_json("completeness.json")["statuses"]
    spec = statuses.get(status)
    if spec is None:
        return ()
    out: list[Requirement] = []
    for included in spec.get("includes", ()):
        out.extend(requirements(included))
    out.extend(Requirement(tuple(r["columns"]), r["label"]) for r in spec["requires"])
    return tuple(out)


def missing(event: Mapping[str, Any], status: str) -> list[Requirement]:
    """The requirements of ``status`` that ``event`` (a row of events) does not meet."""
    return [r for r in requirements(status) if not all(_filled(event.get(c)) for c in r.columns)]


def refusal(label: str, status: str, gaps: list[Requirement]) -> str:
    """One line: 'event RVW1: cannot be marked coded; missing: date, actor 1'."""
    missing_labels = Terms("requirement", tuple(r.label for r in gaps))
    return Message("review.incomplete", subject=label, target=status, missing=missing_labels)


def _filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")
