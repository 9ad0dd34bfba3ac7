"""Importing an existing ACLED-format dataset (CSV) as events to review.

Reads ACLED's columns and, when present, the project's ``x_`` columns, keeping
each row's ``event_id_cnty``. Each row is checked on its own; a bad row is
rejected with its row number (the header is row 1, as a spreadsheet shows it)
and the reason, and the others are imported in short batches (see
``import_events_csv`` for resuming an interrupted import). Rows pass the same rules as an
event typed in the form (storage.events.event_problems): valid type pairs, no
future dates, low <= best <= high, coordinates inside the country.

Derived columns are not stored: ``year``, ``disorder_type`` and ``interaction``
are recomputed on export. Columns this project derives from its own articles
(``source``, ``source_scale``, grades, report counts) are kept as the dataset
gave them (export.carried). ``timestamp`` becomes the event's last-change time.
Without ``x_status`` an imported event is "coded": coded elsewhere, awaiting
review here. A row claiming "coded" or "reviewed" must be as complete as the
window requires (reviewer.completeness; "reviewed" also names its reviewer in
``x_reviewer``), or it is rejected with what is missing. The quotes the safe
export puts before formula-like cells are removed again (importing.csv_source).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils

from reviewer import completeness
from reviewer.errors import ReviewerError
from reviewer.export import acled
from reviewer.export.carried import CARRIED_COLUMNS, save_carried
from reviewer.importing.csv_source import CsvSource, open_csv
from reviewer.messages import Listed, Message, Terms
from reviewer.storage.clock import now_iso
from reviewer.storage.events import event_problems, free_event_code, next_event_id
from reviewer.storage.inserted import inserted_id
from reviewer.storage.project_settings import get_setting, set_setting
from reviewer.storage.review import acting_as
from reviewer.vocab import event_types

REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type")
EVENT_STATUSES = ("draft", "coded", "reviewed")

# CSV column -> events column, for values stored as text after stripping.
_TEXT = {
    "actor1": "actor1", "actor2": "actor2", "country": "country", "admin1": "admin1",
    "admin2": "admin2", "admin3": "admin3", "location": "location", "notes": "notes",
    "x_coded_by": "coded_by", "x_reviewer": "reviewed_by", "x_reviewed_at": "reviewed_at",
    "x_location_ar": "location_ar",
}  # fmt: skip


class RowError(ValueError):
    """Why one row cannot be imported."""


@dataclass
class EventImportResult:
    imported: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    # Set when this run continued an interrupted import of the same file:
    # the row it started from, and what the interrupted run(s) had done.
    resumed_at: int | None = None
    imported_before: int = 0
    rejected_before: int = 0

    def summary(self) -> Message:
        """One line (a ``Message``) for the command line and, translated, for the window."""
        if self.resumed_at is None:
            return Message(
                "events_csv.summary", imported=self.imported, rejected=len(self.rejected)
            )
        return Message(
            "events_csv.summary_resumed",
            imported=self.imported,
            rejected=len(self.rejected),
            row=self.resumed_at,
            imported_before=self.imported_before,
            rejected_before=self.rejected_before,
        )


# Rows are written in batches, each its own transaction, so that a window
# editing the same project waits at most about BATCH_SECONDS for the lock.
BATCH_ROWS = 2000
BATCH_SECONDS = 0.5
# project_settings key of an import under way, by the SHA-256 of its file.
_RESUME_KEY = "import-events-resume:"


def import_events_csv(
    db: sqlite_utils.Database,
    path: str | Path,
    *,
    user: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EventImportResult:
    """Import the events of an ACLED-format CSV file into ``db``, batch by batch.

    Each batch commits together with a note of the next row to read (in
    ``project_settings``, keyed by the file's SHA-256), and the note is removed
    with the last batch. So an import that is interrupted — killed, a full
    disk, a power cut — keeps the batches it finished, and running it again on
    the same file resumes after them (``result.resumed_at``) instead of
    importing rows twice or rejecting them as already present.
    """
    source = open_csv(path)
    missing = [name for name in REQUIRED_COLUMNS if name not in source.header]
    if missing:
        raise ReviewerError(
            Message("events_csv.not_acled", path=source.path, columns=", ".join(missing))
        )
    key = _RESUME_KEY + source.sha256
    result = EventImportResult()
    start = 2
    note = get_setting(db, key)
    if note is not None:
        done = json.loads(note)
        start = result.resumed_at = int(done["next_row"])
        result.imported_before, result.rejected_before = done["imported"], done["rejected"]
    rows = (item for item in source.rows() if item[0] >= start)
    finished = False
    while not finished:
        # Parsing and checking (most of the time) happen before the transaction:
        # the lock is held only for the inserts, and between two batches a
        # waiting writer (whose busy handler retries every 100 ms) gets its turn.
        batch, finished, next_row = _prepare_batch(db, source, rows, progress)
        with acting_as(db, user), db.atomic():
            for number, checked in batch:
                reason = checked if isinstance(checked, str) else _insert_checked(db, checked, user)
                if reason is None:
                    result.imported += 1
                else:
                    result.rejected.append((number, reason))
            if finished:
                db.execute("DELETE FROM project_settings WHERE key = ?", [key])
            else:
                progress_note = {
                    "file": source.path.name,
                    "next_row": next_row,
                    "imported": result.imported_before + result.imported,
                    "rejected": result.rejected_before + len(result.rejected),
                }
                set_setting(db, key, json.dumps(progress_note))
    return result


_Checked = tuple[dict[str, Any], dict[str, str]]  # (event columns, carried values)


def _prepare_batch(
    db: sqlite_utils.Database,
    source: CsvSource,
    rows: Iterator[tuple[int, list[str]]],
    progress: Callable[[int, int], None] | None,
) -> tuple[list[tuple[int, _Checked | str]], bool, int]:
    """Parse and check rows until the batch is full.

    Returns ``(batch, file finished, next row number)``; each batch entry is
    the row number and either its checked values or why it is rejected.
    """
    batch: list[tuple[int, _Checked | str]] = []
    deadline = time.monotonic() + BATCH_SECONDS
    for count, (number, cells) in enumerate(rows, start=1):
        if progress is not None:
            progress(number - 1, source.rows_total)
        if any(cell.strip() for cell in cells):
            batch.append((number, _check_row(db, source.header, cells)))
        if count >= BATCH_ROWS or time.monotonic() > deadline:
            return batch, False, number + 1
    return batch, True, 0


def _check_row(db: sqlite_utils.Database, header: list[str], cells: list[str]) -> _Checked | str:
    """One row's checked values, or the reason it is rejected."""
    try:
        if len(cells) != len(header):
            raise RowError(Message("row.cells", cells=len(cells), header=len(header)))
        event, carried = parse_row(dict(zip(header, cells, strict=True)))
        problems = event_problems(db, event, article_ids=[])
        if problems:
            raise RowError(
                Message("row.field", column=problems[0].field, reason=problems[0].message)
            )
    except RowError as exc:
        return exc.args[0]  # a Message: the window can say it in Arabic
    return event, carried


def _insert_checked(db: sqlite_utils.Database, checked: _Checked, user: str | None) -> str | None:
    """Insert one checked row (inside the batch's transaction); why not, or None."""
    event, carried = checked
    cnty = event.get("event_id_cnty")
    if cnty and db.execute("SELECT 1 FROM events WHERE event_id_cnty = ?", [cnty]).fetchone():
        return Message("row.code_exists", code=cnty)
    try:
        with db.atomic():
            cnty = _insert(db, event, user)
            save_carried(db, cnty, carried)
    except sqlite3.IntegrityError as exc:
        return str(exc)
    except OverflowError:
        return Message("row.number_too_large")
    return None


def parse_row(record: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Checked event columns and carried values of one CSV row; RowError if bad."""
    cell = {name: value.strip() for name, value in record.items()}
    event: dict[str, Any] = {}
    for column, target in _TEXT.items():
        if column in cell:
            event[target] = cell[column] or None
    event["event_id_cnty"] = cell.get("event_id_cnty") or None
    status = cell.get("x_status") or "coded"
    if status not in EVENT_STATUSES:
        raise RowError(Message("row.bad_status", value=status, values=", ".join(EVENT_STATUSES)))
    event["status"] = status
    event["event_date"] = _date(cell.get("event_date", ""), required=status != "draft")
    if cell.get("year") and event["event_date"] and cell["year"] != event["event_date"][:4]:
        raise RowError(Message("row.year_mismatch", year=cell["year"], date=event["event_date"]))
    event["time_precision"] = _choice(cell, "time_precision", (1, 2, 3))
    event["geo_precision"] = _choice(cell, "geo_precision", (1, 2, 3))
    event.update(_types(cell.get("event_type", ""), cell.get("sub_event_type", "")))
    for side in ("1", "2"):
        event[f"inter{side}"] = _inter(cell, f"inter{side}")
        event[f"assoc_actor_{side}"] = acled.multi(cell.get(f"assoc_actor_{side}")) or None
    event["tags"] = acled.multi(cell.get("tags")) or None
    event["civilian_targeting"] = _civilians(cell.get("civilian_targeting", ""))
    event["iso"] = _int(cell, "iso")
    event["latitude"] = _coordinate(cell, "latitude", 90)
    event["longitude"] = _coordinate(cell, "longitude", 180)
    event["geonames_id"] = _int(cell, "x_geonames_id")
    event.update(_fatalities(cell))
    stamp = _timestamp(cell.get("timestamp", ""))
    event["created_at"] = event["updated_at"] = stamp
    _check_complete(event, given=bool(cell.get("x_status")))
    if status == "reviewed" and cell.get("x_conflict_status") == "open":
        raise RowError(Message("row.open_conflict"))
    carried = {name: record[name] for name in CARRIED_COLUMNS if record.get(name)}
    return event, carried


def _check_complete(event: dict[str, Any], *, given: bool) -> None:
    """The window's rules for 'coded' and 'reviewed' (reviewer.completeness), per row."""
    gaps = completeness.missing(event, event["status"])
    if gaps:
        column = {target: name for name, target in _TEXT.items()}
        named = Listed(
            Message(
                "row.gap",
                label=Terms("requirement", (gap.label,)),
                columns=", ".join(column.get(c, c) for c in gap.columns),
            )
            for gap in gaps
        )
        status = (
            Message("row.status_given", status=event["status"])
            if given
            else Message("row.status_default")
        )
        raise RowError(Message("row.missing", status=status, missing=named))


def _insert(db: sqlite_utils.Database, event: dict[str, Any], user: str | None) -> str:
    columns = ["id", *event, "created_by"]
    event_id = inserted_id(
        db.execute(
            f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [next_event_id(db), *event.values(), user],
        )
    )
    cnty = event["event_id_cnty"]
    if not cnty:
        cnty = free_event_code(db, event_id)
        db.execute("UPDATE events SET event_id_cnty = ? WHERE id = ?", [cnty, event_id])
    return cnty


def _date(text: str, *, required: bool) -> str | None:
    if not text:
        if required:
            raise RowError(Message("row.date_empty"))
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise RowError(Message("row.bad_date", value=text)) from None


def _int(cell: dict[str, str], name: str) -> int | None:
    text = cell.get(name, "")
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise RowError(Message("row.not_whole", column=name, value=text)) from None
    if not _SQLITE_INT_MIN <= value <= _SQLITE_INT_MAX:
        raise RowError(Message("row.too_large", column=name, value=_shorten(text)))
    return value


# SQLite stores integers in 8 bytes; a larger one would fail the whole file at insert.
_SQLITE_INT_MIN, _SQLITE_INT_MAX = -(2**63), 2**63 - 1


def _shorten(text: str, limit: int = 30) -> str:
    return (
        text if len(text) <= limit else Message("row.digits", start=text[:limit], count=len(text))
    )


def _choice(cell: dict[str, str], name: str, allowed: tuple[int, ...]) -> int | None:
    value = _int(cell, name)
    if value is not None and value not in allowed:
        raise RowError(
            Message("row.not_one_of", column=name, value=value, values=", ".join(map(str, allowed)))
        )
    return value


def _types(event_type: str, sub_event_type: str) -> dict[str, str | None]:
    vocab = event_types()
    if event_type and event_type not in vocab.subtypes:
        raise RowError(Message("row.bad_type", value=event_type))
    if sub_event_type and not vocab.is_valid_pair(event_type, sub_event_type):
        raise RowError(Message("row.bad_sub_type", value=sub_event_type, event_type=event_type))
    return {"event_type": event_type or None, "sub_event_type": sub_event_type or None}


def _inter(cell: dict[str, str], name: str) -> str | None:
    text = cell.get(name, "")
    if not text:
        return None
    label = acled.inter_label(text)
    if not acled.is_inter_label(label):
        raise RowError(Message("row.bad_inter", column=name, value=text))
    return label


def _civilians(text: str) -> int:
    if not text:
        return 0
    if text.casefold() == acled.CIVILIANS_TARGETED.casefold():
        return 1
    raise RowError(Message("row.bad_civilians", value=text, expected=acled.CIVILIANS_TARGETED))


def _coordinate(cell: dict[str, str], name: str, limit: float) -> float | None:
    text = cell.get(name, "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(Message("row.not_number", column=name, value=text)) from None
    if not -limit <= value <= limit:
        raise RowError(Message("row.outside", column=name, value=value, limit=f"{limit:g}"))
    return value


def _fatalities(cell: dict[str, str]) -> dict[str, int | None]:
    figures = {
        name: _int(cell, name)
        for name in ("fatalities", "x_fatalities_low", "x_fatalities_best", "x_fatalities_high")
    }
    for name, value in figures.items():
        if value is not None and value < 0:
            raise RowError(Message("row.negative", column=name, value=value))
    fatalities, best = figures["fatalities"], figures["x_fatalities_best"]
    if fatalities is not None and best is not None and fatalities != best:
        raise RowError(Message("row.best_differs", best=best, fatalities=fatalities))
    best = fatalities if fatalities is not None else best
    low, high = figures["x_fatalities_low"], figures["x_fatalities_high"]
    ordered = [v for v in (low, best, high) if v is not None]
    if ordered != sorted(ordered):
        raise RowError(Message("row.fatalities_order", low=low, best=best, high=high))
    return {"fatalities": best, "fatalities_low": low, "fatalities_high": high}


def _timestamp(text: str) -> str:
    if not text:
        return now_iso()
    try:
        return acled.iso_from_unix(text)
    except (ValueError, OverflowError, OSError):
        raise RowError(Message("row.bad_timestamp", value=text)) from None
