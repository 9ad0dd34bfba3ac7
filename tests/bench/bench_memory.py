"""Benchmark 6: peak RSS with the database open in the window and 1,000 articles visited.

Run in a fresh process (the main window, offscreen), visiting 1,000 articles
spread over the whole list, as an analyst paging through would: each one is
selected, queried, rendered. Peak RSS must stay <= 400 MB (300 MB at 100k). The
peak is the child's own high-water mark (VmHWM), not ``ru_maxrss``: Linux carries
``ru_maxrss`` over fork and exec, so the child would report the benchmark
process's peak (a million-article import: about 680 MB) instead of the window's.

The window is not the program's only process: the suggestion worker
(``reviewer/suggestion_worker.py``, started after the first paint) holds its
own interpreter and suggesters, about 40 MB. The figure held to the target is
therefore the window's and its live children's RSS summed, sampled after every
visit and once more when the last suggestions have come (a high-water mark per
process would add two peaks that may never coincide, and a worker restarted
meanwhile takes its high-water mark with it). The window's own VmHWM and the
worker's VmHWM are reported beside it.

The child pads None's reference count first: PySide6 6.12 on Python 3.11
decrements it on every call of a void method (setPosition, setBlockFormat,
unblock...), so without this the window aborts ("none_dealloc") after a few
hundred articles. PySide6 6.11 and Python >= 3.12 (immortal None) do not.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.bench._common import emit

TARGET_MB = 400.0
CHILD = r"""
import json, sys
import ctypes
# PySide6 6.12 on Python 3.11 drops a reference to None on every call of a
# void method (None is not immortal before 3.12), so a long session aborts with
# "none_dealloc". Pad None's count so that 1,000 visits can be measured at all.
ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from reviewer.ui.fonts import register_bundled_fonts
from reviewer.project import open_project
from reviewer.ui.main_window import MainWindow
register_bundled_fonts()
db = open_project(sys.argv[1])
window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.resize(1400, 860)
window.show()
app.processEvents()
import glob, time

def status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return 0  # ended meanwhile

def children():
    found = set()
    for path in glob.glob("/proc/self/task/*/children"):
        try:
            found.update(int(pid) for pid in open(path).read().split())
        except OSError:
            pass
    return found

peak_sum_kb, worker_hwm_kb, most_children = 0, 0, 0

def sample():
    global peak_sum_kb, worker_hwm_kb, most_children
    kids = children()
    most_children = max(most_children, len(kids))
    now_kb = status_kb("self", "VmRSS") + sum(status_kb(p, "VmRSS") for p in kids)
    peak_sum_kb = max(peak_sum_kb, now_kb)
    for pid in kids:
        worker_hwm_kb = max(worker_hwm_kb, status_kb(pid, "VmHWM"))

rows = window.article_model.rowCount()
visits = int(sys.argv[3])
for i in range(visits):
    window.select_row(i * rows // visits)
    app.processEvents()
    sample()
deadline = time.monotonic() + 60
while window.suggestion_fetcher.busy() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
sample()
window_kb = status_kb("self", "VmHWM")
print(json.dumps({"peak_mb": peak_sum_kb / 1024, "window_mb": window_kb / 1024,
                  "worker_mb": worker_hwm_kb / 1024, "children": most_children,
                  "rows": rows, "visited": visits}))
"""


def run(db_file: Path, workdir: Path, visits: int = 1000) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    settings = workdir / "memory.ini"
    settings.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_file), str(settings), str(visits)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return emit("peak_rss", None, "MB", TARGET_MB, skipped=done.stderr[-300:])
    return emit(
        "peak_rss",
        result["peak_mb"],
        "MB",
        TARGET_MB,
        counted="window + live children (the suggestion worker), RSS summed",
        window_hwm_mb=round(result["window_mb"], 1),
        worker_hwm_mb=round(result["worker_mb"], 1),
        children=result["children"],
        rows=result["rows"],
        visited=visits,
    )
