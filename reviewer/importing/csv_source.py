"""Reading a dataset CSV in one streaming pass per use, with what import-events needs.

A million-row file must not be held in memory, nor read while the write lock
is held. ``open_csv`` therefore reads the file once up front — checking that it
decodes and parses, counting its rows for the progress bar and taking its
SHA-256 (which identifies it when an interrupted import is resumed) — and
``rows()`` then streams it again.

A file that starts with a byte-order mark is read as this project's safe
export (reviewer.export.excel): the quote put in front of formula-like cells
is removed again, so the values read are the values exported. A file without
one (``export --raw``, or a plain ACLED download) is read exactly as it is.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.export import excel
from reviewer.messages import Message

_CHUNK = 1 << 20


@dataclass(frozen=True)
class CsvSource:
    path: Path
    header: list[str]
    rows_total: int  # records after the header
    sha256: str
    neutralised: bool  # starts with a BOM: cells are unquoted on reading

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """``(row number, cells)`` after the header; the header is row 1, as in a spreadsheet."""
        with _text(self.path) as handle:
            reader = csv.reader(handle)
            next(reader, None)
            for number, cells in enumerate(reader, start=2):
                yield number, [excel.restore(c) for c in cells] if self.neutralised else cells


def open_csv(path: str | Path) -> CsvSource:
    """Check, count and hash the CSV at ``path``; ReviewerError naming it if unusable."""
    path = Path(path)
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as raw:
            neutralised = raw.read(3) == codecs.BOM_UTF8
            raw.seek(0)
            while chunk := raw.read(_CHUNK):
                digest.update(chunk)
        with _text(path) as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            count = sum(1 for _ in reader)
    except FileNotFoundError:
        raise ReviewerError(Message("csv.missing", path=path)) from None
    except IsADirectoryError:
        raise ReviewerError(Message("csv.is_folder", path=path)) from None
    except UnicodeDecodeError as exc:
        raise ReviewerError(Message("csv.not_utf8", path=path, reason=exc.reason)) from None
    except csv.Error as exc:
        raise ReviewerError(Message("csv.bad_csv", path=path, reason=str(exc))) from None
    except OSError as exc:
        raise ReviewerError(
            Message("csv.unreadable", path=path, reason=exc.strerror or str(exc))
        ) from None
    if header is None:
        raise ReviewerError(Message("csv.empty", path=path))
    return CsvSource(
        path, [name.strip() for name in header], count, digest.hexdigest(), neutralised
    )


def _text(path: Path):
    return open(path, encoding="utf-8-sig", newline="")
