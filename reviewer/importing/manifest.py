"""Optional per-folder metadata: ``manifest.csv`` beside the article files.

One row per article file, matched by file name (relative to the manifest's
folder). Columns: ``file, outlet, url, published, language, title``; every
column but ``file`` may be empty, and empty means unknown. ``published`` is
``YYYY-MM-DD``. ``title`` overrides the first line as headline, for pages whose
first line is a site header rather than the headline.
A CSV rather than sidecar files so that an analyst can fill it in a spreadsheet.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.messages import Message

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "outlet", "url", "published", "language", "title")


@dataclass(frozen=True)
class ArticleMeta:
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    title: str | None = None


def read_manifest(path: Path) -> dict[str, ArticleMeta]:
    """Read a manifest, raising a ReviewerError that names the file, row and column."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("file",) if c not in (reader.fieldnames or [])]
            if missing:
                raise ReviewerError(
                    Message("manifest.missing_column", path=path, column=missing[0])
                )
            unknown = set(reader.fieldnames or []) - set(COLUMNS)
            if unknown:
                raise ReviewerError(
                    Message("manifest.unknown_column", path=path, column=sorted(unknown)[0])
                )
            return {
                row["file"].strip(): _meta(path, number, row)
                for number, row in enumerate(reader, start=2)
            }
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReviewerError(Message("manifest.unreadable", path=path, reason=str(exc))) from exc


def _meta(path: Path, line: int, row: dict[str, str | None]) -> ArticleMeta:
    values = {key: (row.get(key) or "").strip() or None for key in COLUMNS[1:]}
    if values["published"]:
        try:
            date.fromisoformat(values["published"])
        except ValueError:
            raise ReviewerError(
                Message("manifest.bad_published", path=path, line=line, value=values["published"])
            ) from None
    return ArticleMeta(**values)
