"""Inter-coder agreement, field by field: Krippendorff's alpha over matched events.

A **unit** is one field of one matched event (an ``EventGroup``: the events
different coders found for one happening in one article). Each coder who
worked on the article contributes the value they coded; a coder who has no
event in that group did not code the unit, which is *missing* (NaN) — not the
same as coding the field empty. An empty field of a coded event is a value:
at the nominal level it is its own category ("" — one coder left actor2 blank
while another named an actor is a disagreement); at the interval, ratio and
ordinal levels an empty field has no place on the scale, so it is left out of
alpha and counted in ``empty`` instead of being silently dropped.

Levels of measurement (``resources/team.json``): nominal for categories (event
type, sub-type, actors, inter codes, admin1, location), interval for dates (in
days), ratio for counts (fatalities), ordinal for the credibility (1-6) and
reliability (A-F) grades. Alpha comes from the ``krippendorff`` package; its
default level is interval, so the level is always passed. A unit only one
coder coded carries no information and drops out: ``units`` counts pairable
units (two or more values).

Event detection agreement asks a different question: of the events anyone
found, how many did every coder of the article find? It is reported as counts
and as nominal alpha over found (1) / not found (0) per coder and group.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from itertools import combinations
from typing import Any, cast

import sqlite_utils

from reviewer.matching import EventGroup
from reviewer.messages import Message
from reviewer.paths import load_resource_json
from reviewer.reliability import reliability_labels
from reviewer.team.coding import article_coders, article_groups, multi_coded_articles

LEVELS = ("nominal", "ordinal", "interval", "ratio")


@cache
def agreement_fields() -> dict[str, str]:
    """Field -> level of measurement, in report order."""
    return {
        entry["field"]: entry["level"]
        for entry in load_resource_json("team.json")["agreement_fields"]
    }


def alpha(rows: list[list[float | None]], level: str) -> float | None:
    """Krippendorff's alpha of a coders x units matrix (None = not coded).

    None when alpha is undefined: fewer than one pairable unit, or a single
    value in the whole data (no variation to agree or disagree about).
    """
    import krippendorff
    import numpy

    if level not in LEVELS:
        raise ValueError(f"{level!r} is not a level of measurement ({', '.join(LEVELS)})")
    data = numpy.array(
        [[numpy.nan if v is None else float(v) for v in row] for row in rows], dtype=float
    )
    if data.size == 0 or _pairable(data) == 0:
        return None
    try:
        value = krippendorff.alpha(reliability_data=data, level_of_measurement=cast(Any, level))
    except (ValueError, ZeroDivisionError):
        return None
    return None if numpy.isnan(value) else float(value)


def _pairable(data) -> int:
    import numpy

    return int((numpy.sum(~numpy.isnan(data), axis=0) >= 2).sum())


@dataclass(frozen=True)
class PairAgreement:
    coders: tuple[str, str]
    units: int
    alpha: float | None


@dataclass(frozen=True)
class FieldAgreement:
    field: str
    level: str
    alpha: float | None
    units: int  # pairable units: coded by two or more coders
    empty: int  # values coded empty, left out at non-nominal levels
    pairs: tuple[PairAgreement, ...]
    note: str = ""  # why alpha is undefined, when it is


@dataclass(frozen=True)
class DetectionAgreement:
    events: int  # matched groups in articles with two or more coders
    found_by_all: int
    found_by_some: int  # found by at least one coder but not by all
    found_alone: dict[str, int]  # per coder: events only they found
    alpha: float | None


@dataclass(frozen=True)
class AgreementReport:
    coders: tuple[str, ...]
    articles: int
    fields: tuple[FieldAgreement, ...]
    detection: DetectionAgreement
    filters: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Unit:
    coders: list[str]  # who worked on the article
    values: dict[str, Any]  # coder -> raw value (absent: not coded)


def compute_agreement(
    db: sqlite_utils.Database,
    *,
    coders: list[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> AgreementReport:
    """Agreement over every article two or more coders worked on (published in the range)."""
    groups: list[tuple[list[str], EventGroup]] = []
    seen_coders: set[str] = set()
    articles = 0
    for article_id in _articles(db, date_from, date_to):
        worked = [c for c in article_coders(db, article_id) if coders is None or c in coders]
        if len(worked) < 2:
            continue
        articles += 1
        seen_coders.update(worked)
        groups.extend((worked, g) for g in article_groups(db, article_id, worked))
    order = sorted(seen_coders)
    fields = tuple(
        _outlet_agreement(db, name, level, order)
        if name == "reliability"
        else _field_agreement(name, level, order, groups)
        for name, level in agreement_fields().items()
    )
    return AgreementReport(
        coders=tuple(order),
        articles=articles,
        fields=fields,
        detection=_detection(order, groups),
        filters={"coders": coders, "from": date_from, "to": date_to},
    )


def _articles(db: sqlite_utils.Database, date_from: str | None, date_to: str | None) -> list[int]:
    ids = multi_coded_articles(db)
    if not (date_from or date_to) or not ids:
        return ids
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id FROM articles WHERE id IN ({marks})"
    params: list[Any] = list(ids)
    if date_from:
        sql += " AND substr(published, 1, 10) >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND substr(published, 1, 10) <= ?"
        params.append(date_to)
    return [row[0] for row in db.execute(sql + " ORDER BY id", params)]


def _field_agreement(
    name: str, level: str, coders: list[str], groups: list[tuple[list[str], EventGroup]]
) -> FieldAgreement:
    categories: dict[str, int] = {}
    empty = 0
    columns: list[dict[str, float | None]] = []
    for _worked, group in groups:
        column: dict[str, float | None] = {}
        for coder, event in group.members.items():
            value = _number(name, level, event.get(name), categories)
            if value is None:
                empty += 1
            column[coder] = value
        columns.append(column)
    rows = [[column.get(c) for column in columns] for c in coders]
    pairs = []
    for a, b in combinations(coders, 2):
        pair_rows = [rows[coders.index(a)], rows[coders.index(b)]]
        shared = sum(1 for x, y in zip(*pair_rows, strict=True) if x is not None and y is not None)
        pairs.append(PairAgreement((a, b), shared, alpha(pair_rows, level) if shared else None))
    units = sum(1 for column in columns if sum(v is not None for v in column.values()) >= 2)
    value = alpha(rows, level) if rows else None
    note = ""
    if value is None:
        note = Message("agreement.no_variation" if units else "agreement.no_units")
    return FieldAgreement(
        field=name,
        level=level,
        alpha=value,
        units=units,
        empty=empty if level != "nominal" else 0,
        pairs=tuple(pairs),
        note=note,
    )


def _outlet_agreement(
    db: sqlite_utils.Database, name: str, level: str, coders: list[str]
) -> FieldAgreement:
    """Outlet grades: the unit is the outlet, each analyst's value their latest grade.

    A project keeps one grade per outlet, so each analyst's own grade is read from
    the audit log (this project's and the rows merged in from colleagues').
    """
    grades = outlet_grades_by_analyst(db)
    outlets = sorted({outlet for outlet, _ in grades})
    fake = [
        (coders, EventGroup({c: {name: grades[(o, c)]} for c in coders if (o, c) in grades}))
        for o in outlets
    ]
    return _field_agreement(name, level, coders, [g for g in fake if g[1].members])


def outlet_grades_by_analyst(db: sqlite_utils.Database) -> dict[tuple[int, str], str]:
    """(outlet id, analyst) -> the reliability letter that analyst last gave the outlet."""
    import json

    rows = db.execute(
        """SELECT at, user, row_id, old_values, new_values FROM audit_log
           WHERE table_name = 'sources' AND user IS NOT NULL
           UNION ALL
           SELECT at, user, row_id, old_values, new_values FROM merged_audit
           WHERE table_name = 'sources' AND user IS NOT NULL AND row_id IS NOT NULL
           ORDER BY 1"""
    )
    grades: dict[tuple[int, str], str] = {}
    for _at, user, row_id, old_json, new_json in rows:
        old = json.loads(old_json) if old_json else {}
        new = json.loads(new_json) if new_json else {}
        if new.get("reliability") and new.get("reliability") != old.get("reliability"):
            grades[(row_id, user)] = new["reliability"]
    return grades


def _number(name: str, level: str, value: Any, categories: dict[str, int]) -> float | None:
    """The value on its scale; None for an empty value where the scale has no place for it."""
    blank = value is None or (isinstance(value, str) and not value.strip())
    if level == "nominal":
        key = "" if blank else str(value).strip()
        return float(categories.setdefault(key, len(categories)))
    if blank:
        return None
    if name == "reliability":
        letters = list(reliability_labels())
        return float(letters.index(str(value)) + 1) if str(value) in letters else None
    if level == "interval" and name.endswith("date"):
        try:
            return float(date.fromisoformat(str(value)[:10]).toordinal())
        except ValueError:
            return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _detection(coders: list[str], groups: list[tuple[list[str], EventGroup]]) -> DetectionAgreement:
    found_all = found_some = 0
    alone = dict.fromkeys(coders, 0)
    rows: list[list[float | None]] = [[] for _ in coders]
    for worked, group in groups:
        if set(worked) <= set(group.members):
            found_all += 1
        else:
            found_some += 1
            if len(group.members) == 1:
                alone[next(iter(group.members))] += 1
        for index, coder in enumerate(coders):
            rows[index].append(None if coder not in worked else float(coder in group.members))
    return DetectionAgreement(
        events=len(groups),
        found_by_all=found_all,
        found_by_some=found_some,
        found_alone=alone,
        alpha=alpha(rows, "nominal") if groups else None,
    )


def format_alpha(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def format_agreement(report: AgreementReport) -> str:
    """The report as a plain-text table (the CLI's output)."""
    if report.articles == 0:
        return "no article has been coded by two or more coders yet (see reviewer assign)"
    lines = [
        f"coders: {', '.join(report.coders)}; articles coded by two or more: {report.articles}",
        "",
        f"{'field':<16} {'level':<9} {'alpha':>6} {'units':>6}  pairs (alpha, units)",
    ]
    for item in report.fields:
        pairs = "; ".join(
            f"{p.coders[0]}-{p.coders[1]} {format_alpha(p.alpha)} ({p.units})" for p in item.pairs
        )
        empty = f"  [{item.empty} coded empty]" if item.empty else ""
        empty += f"  ({item.note})" if item.note else ""
        lines.append(
            f"{item.field:<16} {item.level:<9} {format_alpha(item.alpha):>6} {item.units:>6}"
            f"  {pairs}{empty}"
        )
    d = report.detection
    alone = ", ".join(f"{c} {n}" for c, n in d.found_alone.items())
    lines += [
        "",
        f"event detection: {d.events} events; found by all coders {d.found_by_all}, "
        f"by some only {d.found_by_some} (alone: {alone}); alpha {format_alpha(d.alpha)}",
    ]
    return "\n".join(lines)
