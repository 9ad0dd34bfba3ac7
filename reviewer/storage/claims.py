"""Claims: one reported value for one field of one event, from one article.

Every claim is kept (Airwars practice: an incident is the aggregate of its claims),
with the article's own words and their span, so that a reader can always go back
to what was said. Numeric claims keep the full range the words allow (مئات is
200..999); the conservative ACLED figure is derived, never stored in their place.

A claim's credibility is NULL when it simply follows its report's grade; listing
functions return the effective value (``credibility``) and the claim's own one
(``own_credibility``), so regrading a report regrades its claims.

Every change re-runs conflict detection for the event in the same transaction, so
the conflicts table never lags behind the claims.
"""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from reviewer.errors import ReviewerError, StaleEdit, ValidationError
from reviewer.messages import Message
from reviewer.quantities import parse_quantity
from reviewer.reliability import validate_credibility
from reviewer.storage.claim_fields import (
    CUSTOM_PREFIX,
    FieldSpec,
    claim_acled_value,
    claim_fields,
    describe_value,
    field_label,
    field_spec,
)
from reviewer.storage.clock import now_iso
from reviewer.storage.conflicts import detect_conflicts
from reviewer.storage.database import current_user
from reviewer.storage.inserted import inserted_id

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUALIFIERS = ("about", "at_least", "more_than", "fewer_than", "at_most", "range")


__all__ = [
    "CUSTOM_PREFIX", "QUALIFIERS", "FieldSpec", "add_claim", "claim_acled_value",
    "claim_fields", "delete_claim", "describe_value", "field_label", "field_spec",
    "find_same_claim", "get_claim", "list_claims", "update_claim",
]  # fmt: skip


def add_claim(
    db: sqlite_utils.Database,
    event_id: int,
    article_id: int,
    field: str,
    verbatim: str,
    *,
    start: int | None = None,
    end: int | None = None,
    value_text: str | None = None,
    low: int | None = None,
    best: int | None = None,
    high: int | None = None,
    qualifier: str | None = None,
    credibility: int | None = None,
    speaker: str | None = None,
    speaker_kind: str | None = None,
    stance: str | None = None,
    user: str | None = None,
) -> int:
    """Record a claim and return its id.

    For a numeric field with no figures given, low/best/high and the qualifier
    are parsed from ``verbatim`` by :func:`reviewer.quantities.parse_quantity`.
    With a span, ``verbatim`` must be exactly ``article.text[start:end]``; who says
    it (speaker, kind, stance), when none of it is given, is suggested from the
    text around the span (reviewer.suggest.attribution) and can be edited later.
    """
    row = _validated(
        db,
        {
            "event_id": event_id,
            "article_id": article_id,
            "field": field,
            "verbatim": verbatim,
            "start": start,
            "end": end,
            "value_text": value_text,
            "low": low,
            "best": best,
            "high": high,
            "qualifier": qualifier,
            "credibility": credibility,
            "speaker": speaker,
            "speaker_kind": speaker_kind,
            "stance": stance,
        },
        parse=True,
    )
    if row["start"] is not None and not (speaker or speaker_kind or stance):
        row.update(_suggested_attribution(db, row["article_id"], row["start"], row["end"]))
    same = find_same_claim(db, event_id, article_id, row["field"], row["start"], row["end"])
    if same is not None:
        raise ValidationError(
            "claim",
            Message(
                "claim.same_words",
                claim=same,
                start=row["start"],
                end=row["end"],
                field=row["field"],
            ),
        )
    row["created_by"] = user or current_user(db)
    row["created_at"] = now_iso()
    columns = list(row)
    with db.atomic():
        insert = (
            f"INSERT INTO claims ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        claim_id = inserted_id(db.execute(insert, list(row.values())))
        _redetect(db, event_id, user)
    return claim_id


def find_same_claim(
    db: sqlite_utils.Database,
    event_id: int,
    article_id: int,
    field: str,
    start: int | None,
    end: int | None,
) -> int | None:
    """The claim already made on this span for this field of this event, if any.

    A suggestion accepted twice (or words selected again) must not make a second
    claim: it would count the same report twice and open conflicts with itself.
    """
    if start is None or end is None:
        return None
    row = db.execute(
        "SELECT id FROM claims WHERE event_id = ? AND article_id = ? AND field = ?"
        ' AND start = ? AND "end" = ? ORDER BY id LIMIT 1',
        [event_id, article_id, field, start, end],
    ).fetchone()
    return row[0] if row else None


_EDITABLE = (
    "field", "verbatim", "start", "end", "value_text", "low", "best", "high", "qualifier",
    "credibility", "speaker", "speaker_kind", "stance",
)  # fmt: skip


def _suggested_attribution(
    db: sqlite_utils.Database, article_id: int, start: int, end: int
) -> dict[str, Any]:
    from reviewer.suggest.attribution import attribute

    (text,) = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    found = attribute(text, start, end)
    return {"speaker": found.speaker, "speaker_kind": found.speaker_kind, "stance": found.stance}


def update_claim(
    db: sqlite_utils.Database,
    claim_id: int,
    user: str | None = None,
    *,
    based_on: dict[str, Any] | None = None,
    **changes: Any,
) -> None:
    """Change a claim. Figures are not re-parsed: the analyst's numbers win.

    ``based_on`` is the claim as the editor read it (``get_claim``): when any of
    its stored values has changed since, the edit is refused with ``StaleEdit``
    rather than replacing the other analyst's (storage.optimistic).
    """
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], Message("claim.not_a_field"))
    with db.atomic():
        current = _raw_claim(db, claim_id)
        if based_on is not None:
            _check_unchanged(current, based_on)
        merged = _validated(db, {**current, **changes}, parse=False)
        assignments = {k: merged[k] for k in changes}
        if assignments:
            sets = ", ".join(f"{k} = ?" for k in assignments)
            db.execute(f"UPDATE claims SET {sets} WHERE id = ?", [*assignments.values(), claim_id])
        _redetect(db, current["event_id"], user)


def delete_claim(db: sqlite_utils.Database, claim_id: int, user: str | None = None) -> None:
    """Remove a claim; its conflicts go with it (the audit log keeps both)."""
    with db.atomic():
        event_id = _raw_claim(db, claim_id)["event_id"]
        db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
        _redetect(db, event_id, user)


_LIST_SQL = """
    SELECT c.id, c.event_id, c.article_id, c.field, c.value_text, c.verbatim, c.low, c.best,
           c.high, c.qualifier, c.start, c.end, c.created_by, c.created_at,
           c.speaker, c.speaker_kind, c.stance,
           c.credibility AS own_credibility,
           COALESCE(c.credibility, r.credibility) AS credibility,
           a.title AS article_title, a.published, s.name AS outlet, s.reliability
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN reports r ON r.article_id = c.article_id AND r.event_id = c.event_id
"""


def get_claim(db: sqlite_utils.Database, claim_id: int) -> dict[str, Any]:
    """A claim with its effective credibility, article title/date, outlet and reliability."""
    rows = list(db.query(_LIST_SQL + " WHERE c.id = ?", [claim_id]))
    if not rows:
        raise ReviewerError(Message("not_found.claim", claim=claim_id))
    return rows[0]


def list_claims(
    db: sqlite_utils.Database,
    event_id: int,
    field: str | None = None,
    article_id: int | None = None,
) -> list[dict[str, Any]]:
    sql, params = _LIST_SQL + " WHERE c.event_id = ?", list[Any]([event_id])
    if field is not None:
        sql, params = sql + " AND c.field = ?", [*params, field]
    if article_id is not None:
        sql, params = sql + " AND c.article_id = ?", [*params, article_id]
    return list(db.query(sql + " ORDER BY c.field, c.article_id, c.start, c.id", params))


def _check_unchanged(current: dict[str, Any], based_on: dict[str, Any]) -> None:
    seen = dict(based_on)
    if "own_credibility" in seen:  # get_claim's raw value; its "credibility" is derived
        seen["credibility"] = seen["own_credibility"]
    changed = [
        name
        for name in ("event_id", "article_id", *_EDITABLE)
        if name in seen and seen[name] != current[name]
    ]
    if changed:
        raise StaleEdit(
            Message("claim.changed_elsewhere", claim=current["id"], fields=", ".join(changed))
        )


# --- validation --------------------------------------------------------------------------


def _raw_claim(db: sqlite_utils.Database, claim_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM claims WHERE id = ?", [claim_id]))
    if not rows:
        raise ReviewerError(Message("not_found.claim", claim=claim_id))
    return rows[0]


def _validated(db: sqlite_utils.Database, claim: dict[str, Any], *, parse: bool) -> dict[str, Any]:
    spec = field_spec(claim["field"])
    verbatim = claim.get("verbatim") or ""
    if claim.get("start") is None:  # a quote without a span may be trimmed; a span's may not
        verbatim = verbatim.strip()
    if not verbatim:
        raise ValidationError("verbatim", Message("claim.quote_needed"))
    linked = db.execute(
        "SELECT 1 FROM reports WHERE article_id = ? AND event_id = ?",
        [claim["article_id"], claim["event_id"]],
    ).fetchone()
    if not linked:
        raise ValidationError(
            "article",
            Message("claim.not_reporting", article=claim["article_id"], event=claim["event_id"]),
        )
    _check_span(db, claim, verbatim)
    out = {k: claim.get(k) for k in ("event_id", "article_id", "field", "start", "end")}
    out["verbatim"] = verbatim
    out["credibility"] = validate_credibility(claim.get("credibility"))
    out.update(_validated_attribution(claim))
    value_text = (claim.get("value_text") or "").strip() or None
    figures = {k: claim.get(k) for k in ("low", "best", "high")}
    qualifier = claim.get("qualifier") or None
    if spec.numeric or (spec.kind == "custom" and not value_text):
        if parse and all(v is None for v in figures.values()):
            quantity = parse_quantity(verbatim)
            if quantity is not None:
                figures = {"low": quantity.low, "best": quantity.best, "high": quantity.high}
                qualifier = qualifier or quantity.qualifier
        _check_figures(figures, required=spec.numeric)
    elif spec.kind == "categorical":
        if value_text not in spec.values:
            raise ValidationError(
                "value", Message("claim.choose_value", values=", ".join(spec.values))
            )
    elif spec.kind == "date":
        if not value_text or not _DATE_RE.match(value_text):
            raise ValidationError("value", Message("claim.bad_date"))
    elif not value_text:
        raise ValidationError("value", Message("claim.value_needed", label=spec.label.lower()))
    if spec.kind in ("categorical", "date", "text"):
        figures = dict.fromkeys(figures)
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise ValidationError(
            "qualifier",
            Message("claim.bad_qualifier", value=qualifier, qualifiers=", ".join(QUALIFIERS)),
        )
    return {**out, "value_text": value_text, **figures, "qualifier": qualifier}


def _validated_attribution(claim: dict[str, Any]) -> dict[str, Any]:
    from reviewer.suggest.attribution import KINDS, STANCES

    out: dict[str, Any] = {"speaker": (claim.get("speaker") or "").strip() or None}
    for name, allowed in (("speaker_kind", KINDS), ("stance", STANCES)):
        value = claim.get(name) or None
        if value is not None and value not in allowed:
            raise ValidationError(
                name, Message("value.not_one_of", value=value, values=", ".join(allowed))
            )
        out[name] = value
    return out


def _check_span(db: sqlite_utils.Database, claim: dict[str, Any], verbatim: str) -> None:
    start, end = claim.get("start"), claim.get("end")
    if start is None and end is None:
        return
    if start is None or end is None or start < 0 or end <= start:
        raise ValidationError("span", Message("claim.bad_span", start=start, end=end))
    row = db.execute("SELECT text FROM articles WHERE id = ?", [claim["article_id"]]).fetchone()
    if row is None:
        raise ValidationError("article", Message("not_found.article", article=claim["article_id"]))
    if row[0][start:end] != verbatim:
        raise ValidationError(
            "span",
            Message("claim.quote_mismatch", article=claim["article_id"], start=start, end=end),
        )


def _check_figures(figures: dict[str, Any], *, required: bool) -> None:
    for name, value in figures.items():
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValidationError(name, Message("claim.bad_figure", value=value))
    if required and all(v is None for v in figures.values()):
        raise ValidationError("low", Message("claim.no_figure"))
    ordered = [v for v in (figures["low"], figures["best"], figures["high"]) if v is not None]
    if ordered != sorted(ordered):
        raise ValidationError("best", Message("claim.figures_order"))


def _redetect(db: sqlite_utils.Database, event_id: int, user: str | None) -> None:
    detect_conflicts(db, event_id, user=user)
