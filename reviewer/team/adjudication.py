"""Adjudication: one event from several coders' matched events, field by field.

For a group of matched events (``reviewer.matching``), each field either has
one value every coder gave — taken as it is — or differs; for each difference
the adjudicator picks one coder's value or enters another, always with a
rationale. The result is a new event, created by the adjudicator, that is the
one reviewed and exported (with ``x_coders`` and ``x_adjudicated_by``); the
coders' events stay as they were, marked as its sources, and leave the export.

Claims and evidence of every coder are carried to the adjudicated event, still
credited to their coders, without duplicates: the same span of the same
article for the same field is one (a claim without a span: the same words).
Figures are not decided here: when coders disagree about a figure and their
claims are carried, the adjudicated figure is left to the claims — the
conflicting-claims view decides it (a pair of differing claims is marked as a
conflict when automatic detection found none), and the export follows the
resolution. Every choice is stored in ``adjudication_choices`` and, through its
triggers, in the audit log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError, ValidationError
from reviewer.matching import EventGroup
from reviewer.messages import Message
from reviewer.project import Project
from reviewer.storage.claims import add_claim
from reviewer.storage.clock import now_iso
from reviewer.storage.conflicts import mark_conflict
from reviewer.storage.events import (
    EDITABLE_FIELDS,
    articles_reporting,
    create_event,
    delete_event,
    link_report,
)
from reviewer.storage.evidence import attach_evidence
from reviewer.storage.reports import set_credibility
from reviewer.team.coding import coder_of

# The fields compared, in form order; the report's credibility grade is one too.
FIELDS = (*(f for f in EDITABLE_FIELDS if f != "status"), "credibility")
FIGURE_FIELDS = ("fatalities", "fatalities_low", "fatalities_high")
SHARED, ENTERED, TO_CONFLICTS = "shared", "entered", "conflicts"


@dataclass(frozen=True)
class FieldComparison:
    """One field across the coders of a group."""

    field: str
    values: dict[str, Any]  # coder -> value ("" and None both mean coded empty)

    @property
    def agreed(self) -> bool:
        return len({_key(v) for v in self.values.values()}) <= 1

    @property
    def value(self) -> Any:
        """The shared value (only meaningful when ``agreed``)."""
        return next(iter(self.values.values()), None)

    @property
    def figure(self) -> bool:
        return self.field in FIGURE_FIELDS


@dataclass(frozen=True)
class Choice:
    """The adjudicator's decision on one differing field."""

    value: Any
    chosen_from: str  # a coder's name, ENTERED, or TO_CONFLICTS
    rationale: str


def _key(value: Any) -> Any:
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def compare(group: EventGroup) -> list[FieldComparison]:
    """Every compared field of the group's events, coders in name order."""
    return [
        FieldComparison(name, {c: group.members[c].get(name) for c in group.coders})
        for name in FIELDS
    ]


def figures_to_conflicts(db: sqlite_utils.Database, group: EventGroup) -> set[str]:
    """Differing figure fields that go to the conflicts view: coders made figure claims."""
    ids = group.event_ids()
    marks = ",".join("?" * len(ids))
    claimed = db.execute(
        f"SELECT count(*) FROM claims WHERE event_id IN ({marks}) AND field = 'fatalities'", ids
    ).fetchone()[0]
    if not claimed:
        return set()
    return {c.field for c in compare(group) if c.figure and not c.agreed}


def adjudicate(
    project: Project, article_id: int, group: EventGroup, choices: dict[str, Choice]
) -> int:
    """Create the adjudicated event of ``group`` and return its id (all or nothing)."""
    if len(group.members) < 2:
        raise ReviewerError(Message("adjudication.too_few"))
    db = project.db
    to_conflicts = figures_to_conflicts(db, group)
    values: dict[str, Any] = {}
    decided: list[tuple[str, Any, str, str | None]] = []
    for comparison in compare(group):
        name = comparison.field
        if comparison.agreed:
            if _key(comparison.value) is not None:
                values[name] = comparison.value
                decided.append((name, comparison.value, SHARED, None))
            continue
        if name in to_conflicts:
            decided.append((name, None, TO_CONFLICTS, "figures are decided on the claims"))
            continue
        choice = choices.get(name)
        if choice is None:
            raise ValidationError(name, Message("adjudication.pick_value"))
        if not choice.rationale or not choice.rationale.strip():
            raise ValidationError(name, Message("adjudication.rationale"))
        if _key(choice.value) is not None:
            values[name] = choice.value
        decided.append((name, choice.value, choice.chosen_from, choice.rationale.strip()))
    credibility = values.pop("credibility", None)
    with db.atomic():
        event_id = create_event(db, article_id, user=project.analyst, **values)
        adjudication = db.execute(
            "INSERT INTO adjudications (event_id, article_id, coders, adjudicated_by,"
            " adjudicated_at) VALUES (?, ?, ?, ?, ?)",
            [event_id, article_id, "; ".join(group.coders), project.analyst, now_iso()],
        ).lastrowid
        for coder in group.coders:
            db.execute(
                "INSERT INTO adjudication_sources (adjudication_id, event_id, coder)"
                " VALUES (?, ?, ?)",
                [adjudication, group.members[coder]["id"], coder],
            )
        for name, value, source, rationale in decided:
            db.execute(
                "INSERT INTO adjudication_choices (adjudication_id, event_id, field, value,"
                " chosen_from, rationale) VALUES (?, ?, ?, ?, ?, ?)",
                [adjudication, event_id, name, json.dumps(value, ensure_ascii=False), source,
                 rationale],
            )  # fmt: skip
        _carry_reports(db, group, event_id, article_id, credibility)
        _carry_evidence(db, group, event_id)
        _carry_claims(db, group, event_id, project.analyst, to_conflicts)
    return event_id


def _carry_reports(
    db: sqlite_utils.Database,
    group: EventGroup,
    event_id: int,
    article_id: int,
    credibility: int | None,
) -> None:
    for member in group.members.values():
        for other in articles_reporting(db, member["id"]):
            if other != article_id:
                link_report(db, other, event_id)
    if credibility is not None:
        set_credibility(db, article_id, event_id, int(credibility))


def _carry_evidence(db: sqlite_utils.Database, group: EventGroup, event_id: int) -> None:
    ids = group.event_ids()
    marks = ",".join("?" * len(ids))
    for span in db.query(
        f"SELECT * FROM evidence WHERE event_id IN ({marks}) ORDER BY id", ids
    ):  # attach_evidence is idempotent on (article, field, span): duplicates collapse
        attach_evidence(
            db, event_id, span["article_id"], span["field"], span["start"], span["end"],
            user=span["created_by"],
        )  # fmt: skip


_CLAIM_COPIED = (
    "value_text", "low", "best", "high", "qualifier", "credibility", "speaker",
    "speaker_kind", "stance",
)  # fmt: skip


def _carry_claims(
    db: sqlite_utils.Database,
    group: EventGroup,
    event_id: int,
    adjudicator: str | None,
    to_conflicts: set[str],
) -> None:
    ids = group.event_ids()
    marks = ",".join("?" * len(ids))
    columns = {row[1] for row in db.execute("PRAGMA table_info(claims)")}
    seen: dict[tuple, int] = {}
    by_coder: dict[str, list[tuple[int, Any]]] = {}
    for claim in db.query(f"SELECT * FROM claims WHERE event_id IN ({marks}) ORDER BY id", ids):
        key: tuple[Any, ...]
        if claim["start"] is not None:
            key = (claim["article_id"], claim["field"], claim["start"], claim["end"])
        else:
            key = (claim["article_id"], claim["field"], claim["verbatim"])
        if key in seen:
            continue
        extra = {c: claim[c] for c in _CLAIM_COPIED if c in columns}
        seen[key] = add_claim(
            db, event_id, claim["article_id"], claim["field"], claim["verbatim"],
            start=claim["start"], end=claim["end"], user=claim["created_by"], **extra,
        )  # fmt: skip
        if claim["field"] == "fatalities":
            by_coder.setdefault(claim["created_by"] or "", []).append(
                (seen[key], claim["best"] if claim["best"] is not None else claim["low"])
            )
    if to_conflicts and len(by_coder) >= 2:
        _mark_figure_disagreement(db, event_id, by_coder, adjudicator)


def _mark_figure_disagreement(
    db: sqlite_utils.Database,
    event_id: int,
    by_coder: dict[str, list[tuple[int, Any]]],
    adjudicator: str | None,
) -> None:
    """Make sure the coders' differing figures stand as a conflict to decide."""
    open_ = db.execute(
        "SELECT count(*) FROM conflicts WHERE event_id = ? AND field = 'fatalities'"
        " AND status = 'open'",
        [event_id],
    ).fetchone()[0]
    if open_:
        return
    coders = sorted(by_coder)
    first, second = by_coder[coders[0]][0], by_coder[coders[1]][0]
    if first[1] != second[1]:
        mark_conflict(
            db, first[0], second[0], user=adjudicator,
            rationale=f"coders differ on the figure: {coders[0]} {first[1]}, "
            f"{coders[1]} {second[1]} (adjudication)",
        )  # fmt: skip


def undo_adjudication(db: sqlite_utils.Database, event_id: int) -> None:
    """Take an adjudicated event back: it, its choices and carried claims go; sources stay."""
    if not db.execute("SELECT 1 FROM adjudications WHERE event_id = ?", [event_id]).fetchone():
        raise ReviewerError(Message("adjudication.not_adjudicated", event=event_id))
    delete_event(db, event_id)


def adjudicated_event_for(db: sqlite_utils.Database, event_ids: list[int]) -> int | None:
    """The adjudicated event made from any of ``event_ids``, if there is one."""
    if not event_ids:
        return None
    marks = ",".join("?" * len(event_ids))
    row = db.execute(
        f"SELECT a.event_id FROM adjudication_sources s JOIN adjudications a"
        f" ON a.id = s.adjudication_id WHERE s.event_id IN ({marks}) LIMIT 1",
        event_ids,
    ).fetchone()
    return row[0] if row else None


def coders_label(group: EventGroup) -> str:
    return ", ".join(coder_of(group.members[c]) for c in group.coders)


_INTEGER_FIELDS = {
    "time_precision", "geo_precision", "iso", "geonames_id", "fatalities", "fatalities_low",
    "fatalities_high", "credibility", "civilian_targeting",
}  # fmt: skip
_REAL_FIELDS = {"latitude", "longitude"}


def parse_value(field: str, text: str) -> Any:
    """A value the adjudicator typed, as the field stores it ("" is empty)."""
    text = text.strip()
    if not text:
        return None
    try:
        if field in _INTEGER_FIELDS:
            return int(text)
        if field in _REAL_FIELDS:
            return float(text)
    except ValueError:
        wanted = "adjudication.not_whole" if field in _INTEGER_FIELDS else "adjudication.not_number"
        raise ValidationError(field, Message(wanted, value=text)) from None
    return text


def show_value(value: Any) -> str:
    return "" if value is None else str(value)
