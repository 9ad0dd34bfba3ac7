"""What a claim can be about, and how its value reads: no database here.

Both the claims store and conflict detection need the field vocabulary
(``resources/claim_fields.json``) and a claim's figures; keeping them in this
module lets ``claims`` call ``conflicts`` without ``conflicts`` calling back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reviewer.errors import ValidationError
from reviewer.messages import Message
from reviewer.paths import load_resource_json
from reviewer.quantities import parse_quantity

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # numeric | categorical | date | text | custom
    label: str
    values: tuple[str, ...] = ()
    contradicts: frozenset[frozenset[str]] = frozenset()

    @property
    def numeric(self) -> bool:
        return self.kind == "numeric"


@cache
def claim_fields() -> dict[str, FieldSpec]:
    """The field vocabulary from ``resources/claim_fields.json``, in file order."""
    raw = load_resource_json("claim_fields.json")
    out = {}
    for name, spec in raw["fields"].items():
        out[name] = FieldSpec(
            name=name,
            kind=spec["kind"],
            label=spec.get("label", name),
            values=tuple(spec.get("values", ())),
            contradicts=frozenset(frozenset(p) for p in spec.get("contradicts", ())),
        )
    return out


def field_spec(field: str) -> FieldSpec:
    """The spec of ``field``; 'custom:<name>' fields are accepted with any name."""
    if field in claim_fields():
        return claim_fields()[field]
    if field.startswith(CUSTOM_PREFIX) and field[len(CUSTOM_PREFIX) :].strip():
        return FieldSpec(field, "custom", field[len(CUSTOM_PREFIX) :].strip())
    known = ", ".join(claim_fields())
    raise ValidationError("field", Message("claim.bad_field", value=field, known=known))


def field_label(name: str) -> str:
    """'Prisoners released'; 'Force movement / Date' for a manual conflict across fields."""
    specs = claim_fields()
    labels = []
    for part in name.split(" / "):
        if part in specs:
            labels.append(specs[part].label)
        elif part.startswith(CUSTOM_PREFIX):
            labels.append(part[len(CUSTOM_PREFIX) :])
        else:
            labels.append(part)
    return " / ".join(labels)


def claim_acled_value(claim: dict[str, Any]) -> int | None:
    """ACLED's conservative figure for a numeric claim ('hundreds' -> 100).

    Derived from the verbatim words by the quantity rules when they still give the
    claim's range; otherwise (figures typed by the analyst) the claim's low, then best.
    """
    parsed = parse_quantity(claim["verbatim"]) if claim.get("verbatim") else None
    if parsed is not None and (parsed.low, parsed.high) == (claim["low"], claim["high"]):
        return parsed.acled_value
    return claim["low"] if claim["low"] is not None else claim["best"]


def describe_value(claim: dict[str, Any]) -> str:
    """A short English rendering of a claim's value: '200–999', '≥ 3500', 'denied_entry'."""
    if claim.get("value_text") and claim["low"] is None and claim["high"] is None:
        return claim["value_text"]
    low, high, best = claim["low"], claim["high"], claim["best"]
    if low is None and high is None:
        return claim.get("value_text") or ""
    if low == high:
        return str(low)
    if high is None:
        text = f"≥ {low}"
    elif low is None:
        text = f"≤ {high}"
    else:
        text = f"{low}–{high}"
    return f"{text} (best {best})" if best is not None else text
