"""Importing article files and folders into a project.

Each file stands alone: a bad one is rejected with a one-line reason naming it,
and the good ones around it are still imported and committed. Re-importing a
text already present is a no-op, recognised by the hash of the stored text.
Work is committed in batches, so a cancelled or crashed import keeps every
batch it finished.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.importing.decoding import RejectedFile, decode_bytes, normalize_text, split_title
from reviewer.importing.manifest import MANIFEST_NAME, ArticleMeta, read_manifest
from reviewer.search_index import index_article
from reviewer.storage.clock import now_iso
from reviewer.storage.sources import get_or_create_source

ARTICLE_SUFFIXES = (".txt", ".text")
MAX_FILE_BYTES = 20 * 1024 * 1024
BATCH_SIZE = 200

Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        parts = [
            f"{len(self.imported)} imported",
            f"{len(self.duplicates)} already present",
            f"{len(self.rejected)} rejected",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped (not article files)")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def find_article_files(paths: Iterable[str | Path], result: ImportResult) -> list[Path]:
    """Expand files and folders (recursively) into the files to import."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_walk(path, result))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            result.rejected.append((path, "not a regular file"))
        else:
            result.rejected.append((path, "no such file or folder"))
    return found


def _walk(folder: Path, result: ImportResult) -> Iterator[Path]:
    def on_error(error: OSError) -> None:
        result.rejected.append(
            (Path(error.filename or folder), f"unreadable folder ({error.strerror})")
        )

    # followlinks=False: a symlink loop cannot send the walk round forever.
    for root, dirs, files in os.walk(folder, onerror=on_error, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            if name == MANIFEST_NAME:
                continue
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path
            else:
                result.skipped.append(path)


def import_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    result = ImportResult()
    files = find_article_files(paths, result)
    manifests: dict[Path, dict[str, ArticleMeta]] = {}
    done = 0
    for start in range(0, len(files), BATCH_SIZE):
        if should_cancel and should_cancel():
            result.cancelled = True
            break
        with db.atomic():
            for path in files[start : start + BATCH_SIZE]:
                _import_one(db, path, _meta_for(path, manifests, result), result)
                done += 1
                if progress:
                    progress(done, len(files))
    return result


def _meta_for(
    path: Path, manifests: dict[Path, dict[str, ArticleMeta]], result: ImportResult
) -> ArticleMeta:
    folder = path.parent
    if folder not in manifests:
        manifest = folder / MANIFEST_NAME
        manifests[folder] = {}
        if manifest.is_file():
            try:
                manifests[folder] = read_manifest(manifest)
            except ReviewerError as exc:
                result.rejected.append((manifest, str(exc)))
    return manifests[folder].get(path.name, ArticleMeta())


def _import_one(db: sqlite_utils.Database, path: Path, meta: ArticleMeta, result: ImportResult):
    try:
        text, encoding = read_article_file(path)
    except RejectedFile as exc:
        result.rejected.append((path, str(exc)))
        return
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = meta.title or split_title(text)
    source_id = get_or_create_source(db, meta.outlet) if meta.outlet else None
    cursor = db.execute(
        """INSERT OR IGNORE INTO articles
           (content_hash, title, text, source_id, url, published, language,
            origin_path, encoding, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            content_hash, title, text, source_id, meta.url,
            meta.published, meta.language, str(path), encoding, now_iso(),
        ],
    )  # fmt: skip
    if cursor.rowcount:
        index_article(db, cursor.lastrowid, title, text)
        result.imported.append((path, cursor.lastrowid))
    else:
        result.duplicates.append(path)


def read_article_file(path: Path) -> tuple[str, str]:
    """Read and decode one file; every failure becomes a RejectedFile with a reason."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RejectedFile(
                f"too large ({size / 1_048_576:.1f} MB; the limit is "
                f"{MAX_FILE_BYTES // 1_048_576} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise RejectedFile(f"unreadable ({exc.strerror or exc})") from exc
    text, encoding = decode_bytes(data)
    return normalize_text(text), encoding
