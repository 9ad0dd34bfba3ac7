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

import contextlib
import ctypes
import hashlib
import json
import os
import pickle
import queue
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import sqlite_utils

from reviewer.errors import ReviewerError
from reviewer.importing.bulk_import import KnownHashes, deferred_indexes
from reviewer.importing.decoding import RejectedFile
from reviewer.importing.document import Document, describe
from reviewer.importing.long_articles import LONG_BYTES, pack_terms, store_long
from reviewer.importing.manifest import MANIFEST_NAME, ArticleMeta, read_manifest
from reviewer.importing.readers import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    read_documents,
    with_inferred_metadata,
)
from reviewer.messages import Message
from reviewer.search_index import index_prepared, index_terms_utf8
from reviewer.storage.audit_chain import batch_digest
from reviewer.storage.clock import now_iso
from reviewer.storage.sources import get_or_create_source

MAX_FILE_BYTES = 20 * 1024 * 1024
BATCH_SIZE = 2000
BATCH_SECONDS = 0.5
# Decoded text per batch (characters): bounds memory, and the time the batch's
# inserts hold the write lock (about 0.06 s per million characters).
BATCH_CHARS = 4_000_000
# The limits above are the first batch's; each later one may be twice the one
# before, up to this many times (8,000 files, 2 s; characters only up to twice,
# 8 million, as up to three batches are in memory at once: the one written and
# one waiting from each worker): the first batch comes soon (the writing starts
# early), and in a large import every batch
# rewrites the pages of the random-order indexes (content hash, date, outlet) it
# touches, nearly all of them at a million articles, so fewer, larger batches
# keep the import's time linear (issue 19). A batch holds the write lock about
# half a second at most, well under a window's 5 s busy timeout.
BATCH_GROWTH = 4
# From this many files on, worker processes read and index the next batches
# while this one writes; below, starting them (~0.2 s) would cost more than it saves.
PARALLEL_MIN_FILES = 1000
# From this many bytes on, a cancellable import (the window's) prepares in the
# worker too: reading and indexing 4 MB takes about half a second.
WORKER_MIN_BYTES = 4 * 1024 * 1024
# Imported articles described one by one in the import report (kind, title,
# date, outlet); past this the summary counts them, so memory stays bounded.
MAX_REPORTED = 500
IMPORT_CACHE_KIB = 64 * 1024

Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why), named
    cancelled: bool = False
    # What was taken from each imported file (the first MAX_REPORTED of them).
    reports: list[tuple[Path, str]] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{len(self.imported)} imported",
            f"{len(self.duplicates)} already present",
            f"{len(self.rejected)} rejected",
        ]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
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
            reason = Message("import.broken_link" if path.is_symlink() else "import.missing")
            result.rejected.append((path, reason))
            continue
        except OSError as exc:
            result.rejected.append((path, Message("import.unreadable", reason=exc.strerror or exc)))
            continue
        if stat.S_ISDIR(mode):
            found.extend(_walk(path, result))
        elif stat.S_ISREG(mode):
            found.append(path)
        else:
            result.rejected.append((path, _NOT_REGULAR))
    return found


_NOT_REGULAR = Message("import.not_regular")
_PAGE_FOLDER = Message("import.page_folder")


def _not_article(path: Path) -> Message:
    """Why a file in a folder was left out: its kind is not one reviewer reads."""
    kind = path.suffix.lower() or Message("import.no_suffix")
    return Message("import.not_article", kind=kind, kinds=" ".join(ARTICLE_SUFFIXES))


def _walk(folder: Path, result: ImportResult) -> Iterator[Path]:
    """Article files under ``folder``, depth first, sorted by name.

    An explicit stack rather than ``os.walk``, whose recursion fails on a few
    thousand nested folders; symbolic links to folders are never followed, so
    a link loop cannot send the walk round forever. A saved page's ``X_files``
    folder (its images, scripts and ad frames, beside ``X.html``) is skipped.
    """
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            reason = Message("import.unreadable_folder", reason=exc.strerror or exc)
            result.rejected.append((current, reason))
            continue
        subfolders = []
        page_folders = _saved_page_folders(entry.name for entry in entries)
        for entry in entries:
            path = Path(entry.path)
            real_folder, linked_folder = _folder_kind(entry)
            if real_folder and entry.name in page_folders:
                result.skipped.append((path, _PAGE_FOLDER))
            elif real_folder:
                subfolders.append(path)
            elif linked_folder or entry.name == MANIFEST_NAME:
                continue
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                yield path
            else:
                result.skipped.append((path, _not_article(path)))
        stack.extend(reversed(subfolders))


def _saved_page_folders(names: Iterable[str]) -> set[str]:
    """``X_files`` for every saved page ``X.html``/``X.htm`` among ``names``."""
    return {
        f"{name.rsplit('.', 1)[0]}_files" for name in names if name.lower().endswith(HTML_SUFFIXES)
    }


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
    limits = _Limits(BATCH_SIZE, BATCH_CHARS, BATCH_SECONDS)

    def tick(done: int) -> None:
        if progress:
            progress(done, len(files))

    if _use_worker(files, should_cancel):
        batches = _batches_in_worker(files, limits, tick, should_cancel)
    else:
        batches = _prepare(files, limits, tick)
    with (
        _bulk_writing(db),
        deferred_indexes(db, len(files), result.imported) as known,
        contextlib.closing(batches) as prepared,  # workers stopped before the indexes are built
    ):
        for batch in _cancellable(prepared, should_cancel, result):
            result.rejected.extend(batch.rejected)
            if batch.articles:
                _store_batch(db, files, batch.articles, result, known)
    return result


@contextlib.contextmanager
def _bulk_writing(db: sqlite_utils.Database) -> Iterator[None]:
    """The connection set for writing batches during the import, then set back.

    A larger page cache: the default 2 MB holds little of the indexes that every
    batch adds to, so each batch reread and rewrote their pages; 64 MB keeps
    them. And ``synchronous = NORMAL``: a batch's commit is not fsynced on its
    own (the write-ahead log is at the next checkpoint), so a power cut can lose
    the last batches — never damage the file — and importing the same files
    again brings them back (the ones present are skipped). A crash of the
    program loses nothing committed, as with FULL. Edits keep FULL.
    """
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    synchronous = db.execute("PRAGMA synchronous").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    db.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous = {synchronous}")
        db.execute(f"PRAGMA cache_size = {cache}")


def _use_worker(files: list[Path], should_cancel: Callable[[], bool] | None) -> bool:
    """Prepare in a worker process: for many files (speed), or for big ones when the
    import can be cancelled (a cancel then stops a file in the middle: the worker is
    killed, while reading and indexing in this process could not be interrupted)."""
    if getattr(sys, "frozen", False):
        return False
    if len(files) >= PARALLEL_MIN_FILES:
        return True
    return should_cancel is not None and _total_size(files) >= WORKER_MIN_BYTES


def _total_size(files: list[Path]) -> int:
    total = 0
    for path in files:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _cancellable(
    batches: Iterator[_Batch], should_cancel: Callable[[], bool] | None, result: ImportResult
) -> Iterator[_Batch]:
    """``batches``, asking ``should_cancel`` once before each (the first included)."""
    while not (should_cancel and should_cancel()):
        try:
            batch = next(batches, None)
        except _CancelledInFile:
            break
        if batch is None:
            return
        yield batch
    result.cancelled = True


class _CancelledInFile(Exception):
    """The worker was stopped in the middle of preparing a batch (a cancel)."""


@dataclass(frozen=True)
class _Limits:
    """When a batch ends: after ``size`` files, ``chars`` characters or ``seconds``."""

    size: int
    chars: int
    seconds: float


@dataclass
class _Batch:
    """Files read, decoded and indexed, ready to be written in one transaction."""

    articles: list[_Article] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    done: int = 0  # files of the whole import consumed once this batch is stored
    # Positions in ``rejected`` of a folder's bad manifest: reported by every process
    # that met the folder, kept once (``_ManifestErrors``).
    manifest_errors: list[int] = field(default_factory=list)


def _prepare(
    files: list[Path], limits: _Limits, tick: Callable[[int], None], start: int = 0
) -> Generator[_Batch, None, None]:
    """Read, decode and compute the index terms of ``files[start:]``, batch by batch.

    Everything slow happens here, before a batch's transaction starts, so the
    write lock is held only for the inserts.
    """
    manifests: dict[Path, dict[str, ArticleMeta]] = {}
    done, growth = start, 1
    while done < len(files):
        end = done + limits.size * growth
        batch = _next_batch(files, done, end, limits, growth, manifests, tick)
        done = batch.done
        growth = min(BATCH_GROWTH, growth * 2)
        yield batch


def _next_batch(
    files: list[Path],
    done: int,
    end: int,
    limits: _Limits,
    growth: int,
    manifests: dict[Path, dict[str, ArticleMeta]],
    tick: Callable[[int], None] = lambda _done: None,
) -> _Batch:
    """One batch of ``files[done:end]``: it ends there, or earlier at the limits of ``growth``."""
    batch = _Batch()
    chars, deadline = 0, time.monotonic() + limits.seconds * growth
    for path in files[done:end]:
        known = len(batch.rejected)
        meta = _meta_for(path, manifests, batch.rejected)
        if len(batch.rejected) > known:
            batch.manifest_errors.append(known)
        articles = _read_one(done, path, meta, batch.rejected)
        done += 1
        batch.articles.extend(articles)
        chars += sum(article.chars for article in articles)
        tick(done)
        if chars > limits.chars * min(growth, 2) or time.monotonic() > deadline:
            break
    batch.done = done
    return batch


def _chunks(count: int, limits: _Limits) -> list[tuple[int, int, int]]:
    """``(start, end, growth)`` of the file ranges the workers take in turn: each as
    long as the in-process batch at that point (``_prepare``), so batches grow alike."""
    chunks, done, growth = [], 0, 1
    while done < count:
        end = min(count, done + limits.size * growth)
        chunks.append((done, end, growth))
        done, growth = end, min(BATCH_GROWTH, growth * 2)
    return chunks


def _prepare_chunks(
    files: list[Path], limits: _Limits, chunks: list[tuple[int, int, int]]
) -> Generator[_Batch, None, None]:
    """A worker's batches: those of each of its chunks, in order, none spanning two."""
    manifests: dict[Path, dict[str, ArticleMeta]] = {}
    for done, end, growth in chunks:
        while done < end:
            batch = _next_batch(files, done, end, limits, growth, manifests)
            done = batch.done
            yield batch


_WORKER = "from reviewer.importing.corpus_import import _worker_main; _worker_main()"
_POLL_SECONDS = 0.1


def _batches_in_worker(
    files: list[Path],
    limits: _Limits,
    tick: Callable[[int], None],
    should_cancel: Callable[[], bool] | None = None,
) -> Generator[_Batch, None, None]:
    """Batches prepared by worker processes while this one writes the previous batch.

    Reading and indexing (Python) and writing (SQLite) then use several cores;
    threads would not, as the writer would wait for the GIL after every row.
    Preparing costs more than writing (about 100 µs an article against 60), so
    two workers take the file ranges of ``_chunks`` in turn (the first worker
    ranges 0, 2, 4…, the second 1, 3, 5…) and this process writes their batches
    strictly in file order: ids, duplicates (found when writing, against the
    database and the batch) and results are those of one process.

    A worker is a plain ``python -c`` child, not ``multiprocessing``: that would
    fork a possibly threaded Qt program, or re-run the caller's script. Batches
    arrive pickled through a pipe, and a worker's next batch is read only once
    its last was taken, so memory stays bounded. If a worker cannot start or
    dies, the workers are stopped and the rest is prepared here from the first
    file not yet received (where a real error is then raised as usual). Closing
    this generator (the import ends, is cancelled or fails) stops the workers.

    ``should_cancel`` is asked while waiting for a worker, so a cancel stops
    them in the middle of a long file. Workers also die with this process (see
    ``_worker_main``): their stdin stays open as a lifeline.
    """
    chunks = _chunks(len(files), limits)
    count = max(1, min(_WORKERS, len(chunks)))
    workers = [_Worker(files, limits, chunks[number::count]) for number in range(count)]
    errors = _ManifestErrors()
    done, cancelled = 0, False
    try:
        for number, (_start, end, _growth) in enumerate(chunks):
            worker = workers[number % count]
            while done < end:
                batch = worker.next_batch(tick, done, should_cancel)
                if batch is _CANCELLED:
                    cancelled = True
                if batch is None or batch is _CANCELLED:
                    break
                done = batch.done
                tick(done)
                yield errors.kept_once(batch)
            if done < end:
                break
    finally:
        for worker in workers:
            worker.stop()
    if cancelled:
        raise _CancelledInFile
    if done < len(files):  # a worker failed: carry on here
        for batch in _prepare(files, limits, tick, start=done):
            yield errors.kept_once(batch)


# Preparing takes about 1.7 times as long as writing: two workers keep the writer busy.
_WORKERS = 2
_CANCELLED = _Batch()


class _ManifestErrors:
    """A bad manifest reported once, as one process would, though several met its folder."""

    def __init__(self) -> None:
        self.seen: set[Path] = set()

    def kept_once(self, batch: _Batch) -> _Batch:
        repeated = set()
        for position in batch.manifest_errors:
            path = batch.rejected[position][0]
            if path in self.seen:
                repeated.add(position)
            self.seen.add(path)
        if repeated:
            batch.rejected = [
                item for position, item in enumerate(batch.rejected) if position not in repeated
            ]
            batch.manifest_errors = []
        return batch


class _Worker:
    """One worker process preparing its chunks, and the thread receiving its batches."""

    def __init__(self, files: list[Path], limits: _Limits, chunks: list[tuple[int, int, int]]):
        self.received: queue.Queue[_Batch | None] = queue.Queue(maxsize=1)
        self.taken = threading.Event()
        self.stopping = threading.Event()
        self.reader: threading.Thread | None = None
        try:
            self.process: subprocess.Popen | None = subprocess.Popen(
                [sys.executable, "-c", _WORKER, str(os.getpid())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.process = None
            self.received.put(None)
            return
        # Names rather than paths: a path list takes seconds to unpickle at a million.
        job = (len(files), limits, [(*chunk, _names(files, *chunk[:2])) for chunk in chunks])
        self.reader = threading.Thread(target=self._receive, args=(job,), daemon=True)
        self.reader.start()

    def next_batch(
        self, tick: Callable[[int], None], done: int, should_cancel: Callable[[], bool] | None
    ) -> _Batch | None:
        """The worker's next batch, ``None`` if it ended or died, or ``_CANCELLED``."""
        while True:
            try:
                batch = self.received.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if self.reader is not None and not self.reader.is_alive() and self.received.empty():
                    return None
                tick(done)  # keeps a window's event loop turning while it waits
                if should_cancel is not None and should_cancel():
                    return _CANCELLED
                continue
            self.taken.set()
            return batch

    def stop(self) -> None:
        self.stopping.set()
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        with contextlib.suppress(queue.Empty):
            self.received.get_nowait()  # frees a reader waiting to put
        if self.reader is not None:
            self.reader.join()
        self.process.wait()

    def _receive(self, job: tuple) -> None:
        """Reader thread: send the worker its job, pass on each batch, then ``None``.

        The next batch is read from the pipe only once the last one was taken: a
        worker keeps at most one batch waiting here besides the one it prepares.
        """
        worker, received, stopping = self.process, self.received, self.stopping
        assert worker is not None and worker.stdin is not None and worker.stdout is not None
        try:
            pickle.dump(job, worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            worker.stdin.flush()  # and kept open: the worker's lifeline (see _worker_main)
            while not stopping.is_set():
                batch = pickle.load(worker.stdout)
                self.taken.clear()
                while not stopping.is_set():
                    with contextlib.suppress(queue.Full):
                        received.put(batch, timeout=_POLL_SECONDS)
                        break
                del batch
                while not stopping.is_set() and not self.taken.wait(_POLL_SECONDS):
                    pass
        except Exception:  # EOF (done, or the worker died) or a broken pipe
            pass
        finally:
            while not stopping.is_set():  # the end mark must not be lost on a full queue
                with contextlib.suppress(queue.Full):
                    received.put(None, timeout=_POLL_SECONDS)
                    break


def _names(files: list[Path], start: int, end: int) -> list[str]:
    return [os.fspath(path) for path in files[start:end]]


def _worker_main() -> None:
    """The worker process: prepare every batch of the job on stdin, pickled to stdout.

    It must not outlive the importing process (a killed window or CLI). On
    Linux the kernel kills it when its parent dies (``PR_SET_PDEATHSIG``);
    everywhere, a thread waits for the end of stdin, which the parent keeps
    open until the import ends, and exits at once when it comes.
    """
    _die_with_parent(int(sys.argv[1]) if len(sys.argv) > 1 else None)
    count, limits, job = pickle.load(sys.stdin.buffer)
    threading.Thread(target=_exit_at_end_of_stdin, daemon=True).start()
    files = [Path()] * count  # only this worker's chunks are filled in
    for start, end, _growth, names in job:
        files[start:end] = map(Path, names)
    chunks = [(start, end, growth) for start, end, growth, _names in job]
    out = sys.stdout.buffer
    for batch in _prepare_chunks(files, limits, chunks):
        pickle.dump(batch, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


def _die_with_parent(parent: int | None) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:  # it died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _exit_at_end_of_stdin() -> None:
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(65536):
            pass
    os._exit(0)


def _store_batch(
    db: sqlite_utils.Database,
    files: list[Path],
    batch: list[_Article],
    result: ImportResult,
    known: KnownHashes | None = None,
) -> None:
    kept, present, reported = len(result.imported), len(result.duplicates), len(result.reports)
    try:
        with db.atomic():
            _store(db, files, batch, result, known)
    except sqlite3.OperationalError as exc:  # e.g. locked by another program past the timeout
        del result.imported[kept:], result.duplicates[present:], result.reports[reported:]
        raise ReviewerError(Message("import.write_failed", reason=exc, kept=kept)) from exc


def _meta_for(
    path: Path, manifests: dict[Path, dict[str, ArticleMeta]], rejected: list[tuple[Path, str]]
) -> ArticleMeta:
    folder = path.parent
    if folder not in manifests:
        manifest = folder / MANIFEST_NAME
        manifests[folder] = {}
        if manifest.is_file():
            try:
                manifests[folder] = read_manifest(manifest)
            except ReviewerError as exc:
                rejected.append((manifest, exc.text))
    return manifests[folder].get(path.name, ArticleMeta())


# An article_metadata row before the article has an id: field, value, origin, evidence span.
_Provenance = tuple[str, str, str, int | None, int | None]


class _Article(NamedTuple):
    """One article ready to insert: its texts as UTF-8, which is how SQLite stores them.

    UTF-8 bytes because the hash needs them anyway, and because bytes cross
    the worker's pipe and reach SQLite without decoding and re-encoding
    (inserted with ``CAST(? AS TEXT)``, which stores the very same text).
    A tuple, so pickling it is cheap; ``index`` points into the file list.
    ``meta`` is the manifest's metadata completed by what the file itself
    says; ``report`` is the import report's line for it.
    """

    index: int  # type: ignore[assignment]  # the field shadows tuple.index, never called
    meta: ArticleMeta
    title: bytes
    text: bytes
    chars: int
    encoding: str
    content_hash: str
    origin_path: str
    title_terms: bytes
    text_terms: bytes  # packed when the text is long (importing.long_articles)
    report: str
    kind: str
    provenance: tuple[_Provenance, ...]


def _read_one(
    index: int, path: Path, meta: ArticleMeta, rejected: list[tuple[Path, str]]
) -> list[_Article]:
    try:
        documents = read_documents(path, read_capped(path, MAX_FILE_BYTES))
    except RejectedFile as exc:
        rejected.append((path, exc.text))
        return []
    return [_prepared(index, path, meta, document) for document in documents]


def _prepared(index: int, path: Path, meta: ArticleMeta, document: Document) -> _Article:
    """A document as a row to insert; the manifest (the analyst's word) wins over the file."""
    original = meta
    known = tuple(name for name in ("published", "outlet") if getattr(meta, name))
    document = with_inferred_metadata(document, known)
    meta = ArticleMeta(
        outlet=meta.outlet or document.outlet,
        url=meta.url or document.url,
        published=meta.published or document.published,
        language=meta.language or document.language,
        title=meta.title or document.title,
    )
    title, text = meta.title or "", document.text
    inferred = tuple(item for item in document.inferred if not getattr(original, item.field))
    report = describe(
        document.kind, title, meta.published, meta.outlet, inferred, document.note
    )  # what replace(document, title=…, …).describe() says, without the copy
    provenance: list[_Provenance] = [
        (item.field, item.value, "inferred", item.start, item.end) for item in inferred
    ]
    if document.author:
        provenance.append(("author", document.author, "file", None, None))
    # Terms before the text's bytes, and packed when long: the terms being
    # built never meet the text twice over (bounded memory).
    text_terms = pack_terms(text)
    data = text.encode("utf-8")
    return _Article(
        index, meta, title.encode("utf-8"), data, len(text), document.encoding,
        hashlib.sha256(data).hexdigest(), printable_path(path),
        index_terms_utf8(title), text_terms,
        report, document.kind, tuple(provenance),
    )  # fmt: skip


def _store(
    db: sqlite_utils.Database,
    files: list[Path],
    batch: list[_Article],
    result: ImportResult,
    known: KnownHashes | None = None,
) -> None:
    """Insert a batch's new articles and their index rows; call inside a transaction.

    Duplicates (of a stored article or of one earlier in the batch) are found
    first, so the new rows can be inserted with ``executemany``; their ids are
    the ones SQLite would have given them one by one (the largest id plus one).
    ``known`` holds the stored hashes while the content-hash index is away
    (``bulk_import``).
    """
    conn = db.conn
    present = _present(conn, batch, known)
    linked = _feed_links_present(conn, batch)
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]
    stamp = now_iso()
    sources: dict[str, int] = {}
    rows, terms = [], []
    provenance: list[tuple[int, *_Provenance]] = []
    long: list[tuple[int, int]] = []  # (article id, position in batch) of long texts
    for position, article in enumerate(batch):
        path = files[article.index]
        link = article.meta.url if article.kind == "feed" else None
        if article.content_hash in present or (link and link in linked):
            result.duplicates.append(path)
            continue
        present.add(article.content_hash)
        if known is not None:
            known.add(article.content_hash, next_id)
        if link:
            linked.add(link)
        meta = article.meta
        source_id = None
        if meta.outlet:
            if meta.outlet not in sources:
                sources[meta.outlet] = get_or_create_source(db, meta.outlet)
            source_id = sources[meta.outlet]
        rows.append(
            (
                next_id, article.content_hash, article.title, article.text, source_id, meta.url,
                meta.published, meta.language, article.origin_path, article.encoding, stamp,
                article.content_hash,  # text_sha256: the content hash is the text's sha256
            )
        )  # fmt: skip
        if len(article.text) > LONG_BYTES:
            long.append((next_id, position))  # its index row is written below
        else:
            terms.append((next_id, article.title_terms, article.text_terms))
        provenance.extend((next_id, *row) for row in article.provenance)
        result.imported.append((path, next_id))
        if len(result.reports) < MAX_REPORTED:
            result.reports.append((path, article.report))
        next_id += 1
    if rows:  # logged as one audit row, before its articles (their own trigger then skips)
        conn.execute(
            "INSERT INTO import_batches (first_article, last_article, articles_sha256,"
            " imported_at) VALUES (?, ?, ?, ?)",
            [rows[0][0], rows[-1][0], batch_digest((row[0], row[-1]) for row in rows), stamp],
        )
    conn.executemany(
        """INSERT INTO articles
           (id, content_hash, title, text, source_id, url, published, language,
            origin_path, encoding, imported_at, text_sha256)
           VALUES (?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows,
    )
    conn.executemany(
        """INSERT INTO article_metadata
           (article_id, field, value, origin, evidence_start, evidence_end)
           VALUES (?, ?, ?, ?, ?, ?)""",
        provenance,
    )
    index_prepared(db, terms)
    rows.clear()  # the texts are stored: let them go before the long index rows
    for article_id, position in long:
        article = batch[position]
        batch[position] = article._replace(text=b"", text_terms=b"")
        store_long(conn, article_id, article.title_terms, article.text_terms)
    batch[:] = [article._replace(text=b"") for article in batch]


def _present(
    conn: sqlite3.Connection, batch: list[_Article], known: KnownHashes | None
) -> set[str]:
    """The content hashes of the batch's articles that are stored already."""
    if known is not None:
        known.catch_up(conn)  # what other programs stored since the last batch
        hashes = (article.content_hash for article in batch)
        return {content_hash for content_hash in hashes if known.stored(conn, content_hash)}
    rows = conn.execute(
        "SELECT content_hash FROM articles WHERE content_hash IN (SELECT value FROM json_each(?))",
        [json.dumps([article.content_hash for article in batch])],
    )
    return {row[0] for row in rows}


def _feed_links_present(conn: sqlite3.Connection, batch: list[_Article]) -> set[str]:
    """Links of the batch's feed items already stored: an item seen before is skipped
    even when its text changed since (feeds repeat their latest items)."""
    links = [article.meta.url for article in batch if article.kind == "feed" and article.meta.url]
    if not links:
        return set()
    query = "SELECT url FROM articles WHERE url IN (SELECT value FROM json_each(?))"
    return {row[0] for row in conn.execute(query, [json.dumps(links)])}


def read_article(path: Path) -> tuple[str, str, str]:
    """Read, decode and extract one file: ``(headline, text, encoding)``.

    The first article of a file that holds several (a feed). Every failure
    becomes a RejectedFile with a reason.
    """
    document = read_documents(path, read_capped(path, MAX_FILE_BYTES))[0]
    return document.title, document.text, document.encoding


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
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise RejectedFile(_NOT_REGULAR)
            data = _read_up_to(fd, limit + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        raise RejectedFile(Message("import.unreadable", reason=exc.strerror or exc)) from exc
    _check_size(len(data), limit)
    return data


def _read_up_to(fd: int, size: int) -> bytes:
    """At most ``size`` bytes of an open file, to its end (plain ``os.read`` calls: no
    buffered file object for a file read once)."""
    pieces = []
    while size > 0 and (piece := os.read(fd, size)):
        pieces.append(piece)
        size -= len(piece)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def _check_size(size: int, limit: int) -> None:
    if size > limit:
        raise RejectedFile(
            Message("import.too_large", size=f"{size / 1_048_576:.1f}", limit=limit // 1_048_576)
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
