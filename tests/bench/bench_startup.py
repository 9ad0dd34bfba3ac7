"""Benchmark 5: cold start to the first painted window on an N-article database.

Target: 1.0 s at 100k articles, 1.2 s at 1M.

A fresh interpreter each time (imports, Qt, fonts, opening the file, the lazy
list, the first article); timed from process launch to the first paint event.
The median of three runs is reported, the slowest beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench._common import emit

TARGET_S = 1.0  # 1.2 above 100k articles: set by tests.bench.__main__
CHILD = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from reviewer.ui.fonts import register_bundled_fonts
from reviewer.project import open_project
from reviewer.ui.main_window import MainWindow
register_bundled_fonts()
db = open_project(sys.argv[1], defer_full_check=True)  # as the app opens it
window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            os._exit(0)
        return False

painted = FirstPaint()
app.installEventFilter(painted)
window.show()
app.exec()
"""


def run(db_file: Path, workdir: Path, runs: int = 3) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times = []
    for i in range(runs):
        settings = workdir / f"startup-{i}.ini"
        settings.unlink(missing_ok=True)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(db_file), str(settings)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        elapsed = time.perf_counter() - start
        if "painted" not in done.stdout:
            return emit("cold_start", None, "s", TARGET_S, skipped=done.stderr[-300:])
        times.append(elapsed)
    times.sort()
    return emit("cold_start", times[len(times) // 2], "s", TARGET_S, slowest=round(times[-1], 3))
