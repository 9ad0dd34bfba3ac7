"""Importing article files and folders into a project.

Each file stands alone: a bad one is rejected with a one-line reason naming it,
and the good ones around it are still imported and committed. Re-importing a
text already present is a no-op, recognised by the hash of the stored text.
Work is committed in batches, so a cancelled or crashed import keeps every
batch it finished.

Hostile input is expected: devices, pipes and sockets named ``*.txt`` are
refused without being opened for long (a pipe would block, ``/dev/zero`` would
never end), reads are capped at the size limit even if a file grows meanwhile,
symbolic links to folders are not followed (no loops), folders are walked with
an explicit stack (no recursion limit, however deep), and any file name — any
script, newlines, bytes that are not UTF-8 — is handled.

Files of a batch are read and decoded *before* its transaction starts, and a
batch ends after ``BATCH_SECONDS`` as well as after ``BATCH_SIZE`` files, so
the write lock is held briefly: a window editing the same project meanwhile
waits well under its busy timeout.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.importing.decoding import RejectedFile, decode_bytes, normalize_text, split_title
from reviewer.importing.html_extract import HTML_SUFFIXES, decode_html, extract_text
from reviewer.importing.manifest import MANIFEST_NAME, ArticleMeta, read_manifest
from reviewer.search_index import index_article
from reviewer.storage.clock import now_iso
from reviewer.storage.sources import get_or_create_source

TEXT_SUFFIXES = (".txt", ".text")
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES)
MAX_FILE_BYTES = 20 * 1024 * 1024
BATCH_SIZE = 200
BATCH_SECONDS = 0.5
# Decoded text per batch (characters): bounds memory, and the time the batch's
# indexing holds the write lock (about 1 s per million characters).
BATCH_CHARS = 2_000_000

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
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            result.rejected.append((path, reason))
            continue
        except OSError as exc:
            result.rejected.append((path, f"unreadable ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(mode):
            found.extend(_walk(path, result))
        elif stat.S_ISREG(mode):
            found.append(path)
        else:
            result.rejected.append((path, _NOT_REGULAR))
    return found


_NOT_REGULAR = "not a regular file (a device, pipe or socket)"


def _walk(folder: Path, result: ImportResult) -> Iterator[Path]:
    """Article files under ``folder``, depth first, sorted by name.

    An explicit stack rather than ``os.walk``, whose recursion fails on a few
    thousand nested folders; symbolic links to folders are never followed, so
    a link loop cannot send the walk round forever.
    """
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            result.rejected.append((current, f"unreadable folder ({exc.strerror or exc})"))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            real_folder, linked_folder = _folder_kind(entry)
            if real_folder:
                subfolders.append(path)
            elif linked_folder or entry.name == MANIFEST_NAME:
                continue
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path
            else:
                result.skipped.append(path)
        stack.extend(reversed(subfolders))


def _folder_kind(entry: os.DirEntry) -> tuple[bool, bool]:
    """(is a folder, is a symbolic link to a folder); a broken entry is neither."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return True, False
        return False, entry.is_symlink() and entry.is_dir()
    except OSError:
        return False, False


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
    while done < len(files):
        if should_cancel and should_cancel():
            result.cancelled = True
            break
        batch: list[_Article] = []
        chars, deadline = 0, time.monotonic() + BATCH_SECONDS
        for path in files[done : done + BATCH_SIZE]:
            article = _read_one(path, _meta_for(path, manifests, result), result)
            done += 1
            if article is not None:
                batch.append(article)
                chars += len(article.text)
            if progress:
                progress(done, len(files))
            if chars > BATCH_CHARS or time.monotonic() > deadline:
                break
        if batch:
            _store_batch(db, batch, result)
    return result


def _store_batch(db: sqlite_utils.Database, batch: list[_Article], result: ImportResult) -> None:
    kept, present = len(result.imported), len(result.duplicates)
    try:
        with db.atomic():
            for article in batch:
                _store(db, article, result)
    except sqlite3.OperationalError as exc:  # e.g. locked by another program past the timeout
        del result.imported[kept:], result.duplicates[present:]  # rolled back
        raise ReviewerError(
            f"could not write to the project ({exc}); the {kept} articles imported before "
            "this batch are kept, run the import again for the rest"
        ) from exc


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


@dataclass(frozen=True)
class _Article:
    path: Path
    meta: ArticleMeta
    title: str
    text: str
    encoding: str


def _read_one(path: Path, meta: ArticleMeta, result: ImportResult) -> _Article | None:
    try:
        title, text, encoding = read_article(path)
    except RejectedFile as exc:
        result.rejected.append((path, str(exc)))
        return None
    return _Article(path, meta, meta.title or title, text, encoding)


def _store(db: sqlite_utils.Database, article: _Article, result: ImportResult) -> None:
    path, meta, title, text, encoding = (
        article.path, article.meta, article.title, article.text, article.encoding
    )  # fmt: skip
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source_id = get_or_create_source(db, meta.outlet) if meta.outlet else None
    cursor = db.execute(
        """INSERT OR IGNORE INTO articles
           (content_hash, title, text, source_id, url, published, language,
            origin_path, encoding, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            content_hash, title, text, source_id, meta.url,
            meta.published, meta.language, printable_path(path), encoding, now_iso(),
        ],
    )  # fmt: skip
    if cursor.rowcount:
        index_article(db, cursor.lastrowid, title, text)
        result.imported.append((path, cursor.lastrowid))
    else:
        result.duplicates.append(path)


def read_article(path: Path) -> tuple[str, str, str]:
    """Read, decode and extract one file: ``(headline, text, encoding)``.

    Every failure becomes a RejectedFile with a reason.
    """
    data = read_capped(path, MAX_FILE_BYTES)
    if path.suffix.lower() in HTML_SUFFIXES:
        markup, encoding = decode_html(data)
        del data
        title, text = extract_text(markup)
        del markup
        text = normalize_text(text)
        return normalize_text(title) if title.strip() else split_title(text), text, encoding
    text, encoding = decode_bytes(data)
    del data
    text = normalize_text(text)
    return split_title(text), text, encoding


def read_article_file(path: Path) -> tuple[str, str]:
    """Read and decode one file: ``(text, encoding)``; see ``read_article``."""
    _title, text, encoding = read_article(path)
    return text, encoding


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or RejectedFile.

    The type is checked before opening (opening a pipe blocks), opened
    non-blocking and checked again on the open file (it may have been swapped
    meanwhile), and the read stops at ``limit + 1`` bytes whatever the size
    claimed, so memory is bounded even for a file that grows while being read.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise RejectedFile(_NOT_REGULAR)
        _check_size(info.st_size, limit)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise RejectedFile(_NOT_REGULAR)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise RejectedFile(f"unreadable ({exc.strerror or exc})") from exc
    _check_size(len(data), limit)
    return data


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise RejectedFile(
            f"too large ({size / 1_048_576:.1f} MB; the limit is {limit // 1_048_576} MB)"
        )


def printable_path(path: Path) -> str:
    """``path`` as valid text: bytes that are not UTF-8 in a name become U+FFFD.

    Such names reach Python as lone surrogates, which SQLite (and a terminal)
    cannot store; the file itself is still read by its real name.
    """
    return os.fsencode(path).decode("utf-8", errors="replace")


# Characters that would break a one-line message or reorder it on screen:
# C0/C1 controls (a newline in a file name), bidi controls (U+202E flips text).
_UNSHOWABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def display_path(path: Path) -> str:
    """``path`` for a one-line message: controls and bidi controls shown as escapes."""
    return _UNSHOWABLE.sub(
        lambda match: match.group().encode("unicode_escape").decode("ascii"), printable_path(path)
    )
