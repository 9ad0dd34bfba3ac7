"""Writing an export folder: all files complete, or none touched.

Every file is first written to a hidden temporary file in the target folder and
only renamed over its final name (``os.replace``, atomic on one file system)
once *all* files are written and flushed to disk. A failure or a cancel at any
point removes the temporary files, so a failed export never leaves a half file
under a final name, and an earlier export in the folder stays as it was.

The CLI (``reviewer export``) and the window (File > Export) both call
``export_dataset``; ``progress(done, total)`` and ``cancel()`` let each show and
stop the work its own way.
"""

from __future__ import annotations

import csv
import gc
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, cast

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.export import datapackage, excel, sql_cells, tables
from reviewer.export.events import (
    EVENT_COLUMNS,
    EVENT_TYPES,
    EventFilter,
    event_rows,
    event_where,
)
from reviewer.export.events import select_events as _select_events
from reviewer.messages import Message

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PROGRESS_EVERY = 500  # rows between progress/cancel checks (and rows per csv writerows batch)


class ExportCancelled(ReviewerError):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportOptions:
    include_all: bool = False
    raw: bool = False  # byte-exact, no BOM, formulas NOT neutralised: for pipelines
    date_from: str | None = None
    date_to: str | None = None
    admin1: str | None = None

    def event_filter(self) -> EventFilter:
        return EventFilter(self.include_all, self.date_from, self.date_to, self.admin1)

    def describe(self) -> str:
        parts = ["all events" if self.include_all else "reviewed events only"]
        if self.date_from or self.date_to:
            parts.append(f"dates {self.date_from or '...'} to {self.date_to or '...'}")
        if self.admin1:
            parts.append(f"admin1 {self.admin1}")
        if self.raw:
            parts.append("byte-exact (no BOM, formula-like cells not neutralised)")
        else:
            parts.append("spreadsheet-safe (UTF-8 BOM, formula-like cells quoted)")
        return "; ".join(parts)


@dataclass
class ExportResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    # Wall time per file (events: selecting them too), for the benchmark and for anyone
    # asking "why so slow"; the counts for progress and datapackage.json are not in it.
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        counts = ", ".join(f"{n} {name}" for name, n in self.rows.items())
        return f"exported {counts} to {self.folder}"


def export_dataset(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    options: ExportOptions | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write events, claims, conflicts, sources CSVs and datapackage.json into ``out_dir``.

    The cyclic garbage collector is paused meanwhile: the export allocates a
    tuple and a list per row and no cycles, and with 100k events the collector's
    repeated passes over the growing heap cost about 0.1 s of 1.7 s. The pause
    is process-wide, which is wanted when the window exports from a worker
    thread: a collection set off by the worker's allocations holds the GIL, and
    with the pause on the main thread only the GUI thread stalled 400 ms.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _export(db, out_dir, options, progress, cancel)
    finally:
        if paused:
            gc.enable()


def _export(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    options: ExportOptions | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportResult:
    options = options or ExportOptions()
    _check_dates(options)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ReviewerError(Message("export.is_a_file", folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReviewerError(
            Message("export.cannot_create", folder=folder, reason=exc.strerror)
        ) from exc

    started = time.perf_counter()
    events = _select_events(db, options.event_filter())
    selecting = time.perf_counter() - started
    where = event_where(options.event_filter())
    guard = not options.raw
    sql_cells.register(db.conn)
    # (file, columns, rows, number of rows, whether the rows still need the formula guard:
    # events.csv's cells are made in Python, the others' in SQL, guarded there).
    plan: list[tuple[str, tuple[tuple[str, str], ...], Callable[[], Iterable[Any]], int, bool]] = [
        (
            "events",
            tuple((name, EVENT_TYPES.get(name, "string")) for name in EVENT_COLUMNS),
            lambda: event_rows(db, events),
            len(events),
            guard,
        ),
        (
            "claims",
            tables.CLAIM_COLUMNS,
            lambda: tables.claim_rows(db, where, guard=guard),
            tables.count(db, "claims", where),
            False,
        ),
        (
            "conflicts",
            tables.CONFLICT_COLUMNS,
            lambda: tables.conflict_rows(db, where, guard=guard),
            tables.count(db, "conflicts", where),
            False,
        ),
        (
            "sources",
            tables.SOURCE_COLUMNS,
            lambda: tables.source_rows(db, guard=guard),
            tables.count(db, "sources"),
            False,
        ),
    ]
    total = sum(n for _name, _columns, _rows, n, _guard in plan)
    ticker = _Ticker(total, progress, cancel)
    encoding = excel.encoding(options.raw)
    staged: list[tuple[Path, Path]] = []
    result = ExportResult(folder)
    result.seconds["events"] = selecting
    try:
        for name, columns, rows, _n, neutralise in plan:
            temp = _temp_file(folder, f"{name}.csv")
            staged.append((temp, folder / f"{name}.csv"))
            started = time.perf_counter()
            result.rows[name] = _write_csv(temp, columns, rows(), options.raw, neutralise, ticker)
            result.seconds[name] = result.seconds.get(name, 0.0) + time.perf_counter() - started
        started = time.perf_counter()
        temp = _temp_file(folder, "datapackage.json")
        staged.append((temp, folder / "datapackage.json"))
        _write_text(temp, json.dumps(_package(options, encoding), ensure_ascii=False, indent=2))
        result.seconds["datapackage"] = time.perf_counter() - started
        ticker.check()
    except OSError as exc:  # a full disk, a removed folder: nothing is left half-written
        _remove(staged)
        failed_at = staged[-1][1] if staged else folder
        raise ReviewerError(
            Message("export.write_failed", file=failed_at, reason=exc.strerror or str(exc))
        ) from exc
    except BaseException:
        _remove(staged)
        raise
    for temp, final in staged:
        os.replace(temp, final)
        result.files.append(final)
    ticker.finish()
    return result


def _remove(staged: list[tuple[Path, Path]]) -> None:
    for temp, _final in staged:
        temp.unlink(missing_ok=True)


def _check_dates(options: ExportOptions) -> None:
    for label, value in (("--from", options.date_from), ("--to", options.date_to)):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ReviewerError(Message("export.bad_date", option=label, value=value)) from None
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ReviewerError(
            Message("export.dates_order", date_from=options.date_from, date_to=options.date_to)
        )


class _Ticker:
    """Counts rows, reports progress and honours cancel every few rows."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel
        self.check()

    def advance(self, rows: int) -> None:
        """``rows`` more written: report and honour cancel."""
        self.done += rows
        self.check()

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled(Message("export.cancelled"))
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def _temp_file(folder: Path, final_name: str) -> Path:
    """A new hidden file beside the final one (same file system, so the rename is atomic).

    Created with ``open(..., "x")`` rather than mkstemp so that it gets the
    user's usual permissions, not mkstemp's owner-only 0600.
    """
    for _attempt in range(100):
        path = folder / f".{final_name}.{secrets.token_hex(6)}.partial"
        try:
            with open(path, "x"):
                return path
        except FileExistsError:
            continue
        except OSError as exc:
            raise ReviewerError(
                Message("export.cannot_write", folder=folder, reason=exc.strerror)
            ) from exc
    raise ReviewerError(Message("export.no_temp_file", folder=folder))


def _write_csv(
    path: Path,
    columns: tuple[tuple[str, str], ...],
    rows: Iterable[Sequence[Any]],
    raw: bool,
    neutralise: bool,
    ticker: _Ticker,
) -> int:
    """Rows (cells in ``columns`` order) in batches of ``PROGRESS_EVERY``.

    A batch goes to ``writerows`` in one call (the loop stays in C) and then
    progress and cancel are checked, so a cancel stops within one batch. The
    file is UTF-8 with the BOM written by hand unless ``raw``: the same bytes as
    the "utf-8-sig" codec, whose encoder is Python code called on every write.
    With ``neutralise`` the text cells of each row (a list) are guarded here.
    """
    text_indexes = [i for i, (_name, kind) in enumerate(columns) if kind == "string"]
    first = excel.FIRST
    written = 0
    every = max(1, PROGRESS_EVERY)
    rows = iter(rows)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if not raw:
            handle.write(excel.BOM)
        writer = csv.writer(handle)
        writer.writerow([name for name, _kind in columns])
        while batch := list(islice(rows, every)):
            if neutralise:
                for row in batch:
                    cells = cast("list[str]", row)  # rows to neutralise are lists
                    for i in text_indexes:
                        cell = cells[i]
                        if cell and cell[0] in first:
                            cells[i] = excel.neutralise(cell)
            writer.writerows(batch)
            written += len(batch)
            ticker.advance(len(batch))
        handle.flush()
        os.fsync(handle.fileno())
    return written


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text + "\n")
        handle.flush()
        os.fsync(handle.fileno())


EVENT_FIELD_NOTES = {
    "x_coders": {
        "description": "who coded the event; for an adjudicated event, the coders whose "
        "events it was adjudicated from ('; '-separated)"
    },
    "x_adjudicated_by": {
        "description": "the analyst who adjudicated the coders' events into this one (empty: "
        "not adjudicated)"
    },
}


def _package(options: ExportOptions, encoding: str) -> dict:
    fk = [datapackage.events_foreign_key()]
    resources = [
        datapackage.resource(
            "events",
            tuple((name, EVENT_TYPES.get(name, "string")) for name in EVENT_COLUMNS),
            encoding=encoding,
            primary_key="event_id_cnty",
            description="ACLED's 31 columns in ACLED's order, then the project's x_ columns",
            field_notes=EVENT_FIELD_NOTES,
        ),
        datapackage.resource(
            "claims",
            tables.CLAIM_COLUMNS,
            encoding=encoding,
            primary_key="claim_id",
            foreign_keys=fk,
            description=(
                "one row per reported value of a field of an exported event, with who says"
                " it (speaker, speaker_kind, stance)"
            ),
            field_notes=tables.CLAIM_FIELD_NOTES,
        ),
        datapackage.resource(
            "conflicts",
            tables.CONFLICT_COLUMNS,
            encoding=encoding,
            primary_key="conflict_id",
            foreign_keys=fk,
            description=(
                "one row per disagreeing field of an exported event: its claims and the"
                " decision that closed it"
            ),
            field_notes=tables.CONFLICT_FIELD_NOTES,
        ),
        datapackage.resource(
            "sources",
            tables.SOURCE_COLUMNS,
            encoding=encoding,
            primary_key="source_id",
            description="outlets with their Admiralty reliability grade and scale",
        ),
    ]
    return datapackage.package(resources, f"Export of {options.describe()}.")
