"""ACLED's export format: the 31 columns in ACLED's order and how each is written.

The column list and formats follow ACLED's codebook as summarised in the shared
reference (coding-standards.md): dates ``YYYY-MM-DD``, multi-valued cells joined
with "; ", coordinates with 4 decimals, ``iso`` numeric, inter codes as text
labels, ``interaction`` as the two labels in code order ("State forces-Rebel
group", or "Rebel group only" for a one-sided event), ``timestamp`` the Unix
time of the event's last change. Code lists come from resources/ (reviewer.codes)
and the derived fields from storage.events, so the form and the export agree.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from reviewer.codes import Country, countries, inter_codes
from reviewer.storage import events

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# source_scale values in ACLED's order, used to write combinations consistently.
SCALES = ("Local", "Subnational", "National", "Regional", "International", "Other")

SEPARATOR = "; "
CIVILIANS_TARGETED = "Civilians targeted"


def inter_label(value: Any) -> str:
    """A stored inter value (code 1-8 or label, any case) as ACLED's text label."""
    if value is None or value == "":
        return ""
    text = str(value).strip()
    by_code = {code: label for label, code in inter_codes().codes.items()}
    if text.isdigit() and int(text) in by_code:
        return by_code[int(text)]
    by_fold = {label.casefold(): label for label in inter_codes().codes}
    return by_fold.get(text.casefold(), text)


def is_inter_label(label: str) -> bool:
    return label in inter_codes().codes


def interaction(inter1: Any, inter2: Any) -> str:
    """The two inter labels joined in code order; "X only" when there is one side."""
    return events.interaction(inter_label(inter1) or None, inter_label(inter2) or None) or ""


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    return events.disorder_type(event_type, sub_event_type) or ""


def country_of(iso: Any, name: str | None) -> Country:
    """The event's country: by iso, else by name, else the project's default country."""
    known = countries()
    if iso not in (None, "") and int(iso) in known.by_iso:
        return known.by_iso[int(iso)]
    for country in known.by_iso.values():
        if name and country.name.casefold() == name.strip().casefold():
            return country
    return known.default


def multi(value: Any) -> str:
    """A multi-valued cell: a JSON list or a ";"-separated string, joined with "; "."""
    if value is None:
        return ""
    items: list[str]
    text = str(value).strip()
    if text.startswith("["):
        try:
            items = [str(item) for item in json.loads(text)]
        except (ValueError, TypeError):
            items = text.split(";")
    else:
        items = text.split(";")
    return SEPARATOR.join(item.strip() for item in items if item.strip())


def join(values: list[str]) -> str:
    return SEPARATOR.join(values)


def join_aligned(values: list[str]) -> str:
    """Values aligned with another list (one per report): empty when none is known."""
    return SEPARATOR.join(values) if any(values) else ""


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";")] if cell.strip() else []


def iso_date(value: Any) -> str:
    """``YYYY-MM-DD`` from a stored date (tolerates a time part)."""
    if not value:
        return ""
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return text


def integer(value: Any) -> str:
    return "" if value is None or value == "" else str(int(value))


def coordinate(value: Any) -> str:
    return "" if value is None or value == "" else f"{float(value):.4f}"


def unix_time(stamp: str | None) -> str:
    """Unix seconds of an ISO timestamp (naive ones are UTC)."""
    if not stamp:
        return ""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return str(int(moment.timestamp()))


def iso_from_unix(cell: str) -> str:
    """The inverse of ``unix_time``, as stored timestamps are written."""
    return datetime.fromtimestamp(int(cell), UTC).isoformat(timespec="seconds")


def source_scale(scales: list[str]) -> str:
    """Distinct scales of an event's outlets, in ACLED's order, joined with "-"."""
    distinct = list(dict.fromkeys(scale.strip() for scale in scales if scale and scale.strip()))
    distinct.sort(key=lambda s: SCALES.index(s) if s in SCALES else len(SCALES))
    return "-".join(distinct)
