"""Benchmark 1: importing N article files, as a ratio to a stdlib-sqlite3 baseline.

The baseline reads the same files, inserts them with the stdlib ``sqlite3`` module
in one transaction and builds a plain FTS5 index over the raw text (no Arabic
folding). ``reviewer`` does more per file (encoding detection, NFC, hashing for
duplicates, manifest metadata, the Arabic-folded index with clitic stems, WAL with
an fsync per batch) and must stay within 1.5x of it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.bench._common import emit

TARGET_RATIO = 1.5


def baseline_import(corpus: Path, db_file: Path) -> float:
    """Seconds for the stdlib baseline to load ``corpus`` into ``db_file``."""
    db_file.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='')")
    with conn:
        for path in sorted(corpus.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            title = text.split("\n", 1)[0]
            cursor = conn.execute("INSERT INTO articles (title, text) VALUES (?, ?)", (title, text))
            conn.execute(
                "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                (cursor.lastrowid, title, text),
            )
    conn.close()
    return time.perf_counter() - start


def reviewer_import(corpus: Path, db_file: Path) -> tuple[float, int]:
    """Seconds for ``reviewer``'s own importer, and how many articles it stored."""
    from reviewer.importing.corpus_import import import_paths
    from reviewer.storage import open_database

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    db = open_database(db_file)
    result = import_paths(db, [corpus])
    db.close()
    return time.perf_counter() - start, len(result.imported)


def run(corpus: Path, workdir: Path, db_file: Path) -> dict:
    base = baseline_import(corpus, workdir / "baseline.sqlite")
    ours, count = reviewer_import(corpus, db_file)
    return emit(
        "import_ratio",
        ours / base,
        "x baseline",
        TARGET_RATIO,
        articles=count,
        seconds=round(ours, 2),
        baseline_seconds=round(base, 2),
    )
