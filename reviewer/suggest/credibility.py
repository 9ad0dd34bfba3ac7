"""A report's credibility suggested from who says its claims and how.

ACLED and the Admiralty scale both ask how far a report can be believed; who speaks is
the first answer. A party to the fighting speaking of its own side (its gains, the
enemy's losses) or announcing an intention is never "confirmed": its claims suggest 3
(possibly true) or 6 (cannot be judged yet). A party admitting what goes against it
(أقر الجيش بخسارة المدينة) suggests 2. Monitors and the outlet's own voice suggest 2,
local sources 3, social media and hearsay 4 or 5. Only an independent speaker agreeing
in another report of the same event suggests 1 (confirmed by other sources).

The grades are data (resources/suggest/attribution.json, ``credibility``); the analyst
decides, this only suggests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reviewer.suggest import _data
from reviewer.suggest.attribution import Attributor

__all__ = [
    "CredibilitySuggestion",
    "attribution_labels",
    "claim_credibility",
    "describe_attribution",
    "suggest_report",
]


@dataclass(frozen=True)
class CredibilitySuggestion:
    grade: int
    reason: str


def attribution_labels() -> dict[str, str]:
    """English labels of the speaker kinds and stances, for pickers and lists."""
    return dict(_data.rules("attribution")["labels"])


def describe_attribution(claim: dict[str, Any]) -> str:
    """'المرصد السوري — a monitoring group, asserts'; '' when nothing is recorded."""
    labels = _data.rules("attribution")["labels"]
    kind, stance = claim.get("speaker_kind"), claim.get("stance")
    if not (claim.get("speaker") or kind or stance):
        return ""
    who = claim.get("speaker") or labels.get(kind or "", "")
    parts = [labels[k] for k in (kind, stance) if k in labels and labels[k] != who]
    return " — ".join([who, ", ".join(parts)]) if who and parts else who or ", ".join(parts)


def claim_credibility(
    speaker_kind: str | None, stance: str | None, *, admits: bool = False
) -> CredibilitySuggestion | None:
    """The credibility one claim suggests by its speaker's kind and its stance."""
    rules = _data.rules("attribution")
    table, reasons = rules["credibility"], rules["credibility_reasons"]
    if speaker_kind not in table or stance not in table.get(speaker_kind, {}):
        return None
    if speaker_kind == "party" and stance == "confirms" and admits:
        return CredibilitySuggestion(int(table["party_admits"]), reasons["party.admits"])
    grade = int(table[speaker_kind][stance])
    reason = (
        reasons.get(f"{speaker_kind}.{stance}")
        or reasons.get(stance)
        or reasons.get(speaker_kind)
        or f"{_data.rules('attribution')['labels'][speaker_kind]}, {stance}"
    )
    return CredibilitySuggestion(grade, reason)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["field"] != b["field"]:
        return False
    if a.get("value_text") or b.get("value_text"):
        return bool(a.get("value_text")) and a.get("value_text") == b.get("value_text")
    lo_a, hi_a = a["low"], a["high"] if a["high"] is not None else a["low"]
    lo_b, hi_b = b["low"], b["high"] if b["high"] is not None else b["low"]
    if lo_a is None or lo_b is None:
        return False
    return lo_a <= (hi_b if hi_b is not None else lo_b) and lo_b <= (
        hi_a if hi_a is not None else lo_a
    )


def suggest_report(
    db: sqlite_utils.Database, article_id: int, event_id: int
) -> CredibilitySuggestion | None:
    """The credibility the claims of ``article_id`` about ``event_id`` suggest, if any.

    The best-supported claim decides; it becomes 1 when an independent speaker (another
    kind) in another report of the event agrees with it and neither is a party's
    account of itself, an intention or hearsay.
    """
    from reviewer.storage.articles import get_article
    from reviewer.storage.claims import list_claims

    claims = list_claims(db, event_id)
    mine = [c for c in claims if c["article_id"] == article_id and c.get("speaker_kind")]
    if not mine:
        return None
    text = get_article(db, article_id).text
    attributor = Attributor(text) if any(c["start"] is not None for c in mine) else None
    best: CredibilitySuggestion | None = None
    graded: list[tuple[dict[str, Any], CredibilitySuggestion]] = []
    for claim in mine:
        admits = False
        if attributor is not None and claim["start"] is not None:
            found = attributor.attribute(claim["start"], claim["end"])
            admits = found.admits and found.stance == claim["stance"]
        suggestion = claim_credibility(claim["speaker_kind"], claim["stance"], admits=admits)
        if suggestion is None:
            continue
        graded.append((claim, suggestion))
        if best is None or suggestion.grade < best.grade:
            best = suggestion
    rules = _data.rules("attribution")
    for claim, suggestion in graded:
        if suggestion.grade > 2:
            continue
        for other in claims:
            if other["article_id"] == article_id or not other.get("speaker_kind"):
                continue
            theirs = claim_credibility(other["speaker_kind"], other["stance"])
            independent = other["speaker_kind"] != claim["speaker_kind"] or (
                other.get("speaker") != claim.get("speaker")
            )
            if theirs and theirs.grade <= 2 and independent and _overlap(claim, other):
                grade = int(rules["credibility"]["corroborated"])
                return CredibilitySuggestion(grade, rules["credibility_reasons"]["corroborated"])
    return best
