"""Run every benchmark and print one JSON line per figure.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench --articles 100000

Generates N synthetic articles (tests/bench/generate.py) into ``--workdir``
(reused by later runs with the same N), then: 1 import ratio, 2 open-article
p95, 3 search p95, 4 export ratio, 5 cold start, 6 peak RSS, 8 the longest
GUI stall in a scripted session; the suggesters' precision/recall on the
hand-labelled set (issue 8); and the cost of reading hostile 1 and 5 MB web
pages (``--only html``, issue 13). Each line reads
``{"name", "value", "unit", "target", "ok", ...}``. Not part of the test suite
(pytest collects test_*.py only; these are bench_*.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import time
from pathlib import Path

from tests.bench import (
    bench_export,
    bench_html,
    bench_import,
    bench_memory,
    bench_open,
    bench_search,
    bench_stall,
    bench_startup,
    bench_suggest,
    bench_sync,
)
from tests.bench.generate import generate

ALL = (
    "import", "open", "search", "export", "startup", "memory", "stall", "suggest", "html", "sync",
)  # fmt: skip


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"name": "machine", "cpus": os.cpu_count(), "cpu": model or platform.processor(),
            "python": platform.python_version(), "system": platform.platform()}  # fmt: skip


def file_size_ratio(corpus: Path, db_file: Path) -> dict:
    """The project file right after the import, against the raw article files it holds."""
    from reviewer.storage import open_database
    from reviewer.storage.database import close_database
    from tests.bench._common import emit

    close_database(open_database(db_file))  # checkpointed: the whole project is one file
    raw = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    size = db_file.stat().st_size
    return emit("file_size_ratio", size / raw, "x raw text", 1.8, mb=round(size / 2**20),
                raw_mb=round(raw / 2**20))  # fmt: skip


def use_targets_for(articles: int) -> None:
    """Issue 19's table has one column at 100k and one at 1M: the 1M column applies
    above 100k, so a run prints the target its own scale is held to."""
    large = articles > 100_000
    bench_startup.TARGET_S = 1.2 if large else 1.0
    bench_search.TARGET_MS = 100.0 if large else 50.0
    bench_memory.TARGET_MB = 400.0 if large else 300.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--analysts", type=int, default=20, help="sync benchmark")
    parser.add_argument("--events", type=int, default=1000, help="sync: events per analyst")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/reviewer-bench"))
    parser.add_argument("--only", nargs="+", choices=ALL, default=list(ALL))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_targets_for(args.articles)
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.articles}"
    db_file = work / f"project-{args.articles}.sqlite"
    print(json.dumps({**machine(), "articles": args.articles}, ensure_ascii=False), flush=True)
    if "suggest" in args.only:  # needs no corpus: the hand-labelled set
        bench_suggest.main()
    if "html" in args.only:  # needs no corpus: hostile pages made on the fly
        bench_html.main()
    if "sync" in args.only:  # needs no corpus: its own server and projects
        bench_sync.run(args.analysts, args.events)
    if set(args.only) <= {"suggest", "html", "sync"}:
        return 0
    if not (corpus / "complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        started = time.perf_counter()
        generate(corpus, args.articles)
        (corpus / "complete").touch()
        print(json.dumps({"name": "generate", "seconds": round(time.perf_counter() - started, 1)}))
    if "import" in args.only or not db_file.exists():
        bench_import.run(corpus, work, db_file)
        file_size_ratio(corpus, db_file)

    from reviewer.storage import open_database

    db = open_database(db_file)
    if "open" in args.only:
        bench_open.run(db)
    if "search" in args.only:
        bench_search.run(db)
    db.close()
    # Before the export benchmark adds N events: with events on every article the
    # window trips PySide6 6.12's QSignalBlocker.unblock() refcount bug (event_form).
    if "startup" in args.only:
        bench_startup.run(db_file, work)
    if "memory" in args.only:
        bench_memory.run(db_file, work)
    if "stall" in args.only:
        bench_stall.run(db_file, work)
    if "export" in args.only:
        db = open_database(db_file)
        bench_export.run(db, work, args.articles)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
