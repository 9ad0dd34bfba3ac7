"""Running ``reviewer`` as a separate process, in hostile places: read-only folders, full disks.

The commands run as real processes because what is tested happens when a
process ends (closing, checkpointing) or fails (an error reaching the user).
Read-only folders and full disks are real too: a read-only bind mount and a
tiny tmpfs, each inside a private mount namespace (``unshare -m``), which
needs root. Without root, a read-only folder is made with ``chmod``; a full
disk is then not available and those tests are skipped.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
CAN_MOUNT = IS_ROOT and shutil.which("unshare") is not None and shutil.which("mount") is not None


def reviewer_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "reviewer", *map(str, args)]


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "REVIEWER_BIDI": "logical"}


def run_reviewer(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        reviewer_argv(*args), capture_output=True, text=True, env=child_env(), timeout=timeout
    )


def run_in_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """``reviewer ARGS`` while ``folder`` (and everything in it) cannot be written."""
    if CAN_MOUNT:
        script = (
            f"mount --bind {shlex.quote(str(folder))} {shlex.quote(str(folder))} && "
            f"mount -o remount,bind,ro {shlex.quote(str(folder))} && "
            f"exec {shlex.join(reviewer_argv(*args))}"
        )
        return subprocess.run(
            ["unshare", "-m", "sh", "-c", script],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=120,
        )
    if IS_ROOT:
        pytest.skip("root ignores folder permissions and cannot make a private mount here")
    modes = {path: path.stat().st_mode for path in [folder, *folder.iterdir()]}
    try:
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        return run_reviewer(*args)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def run_on_full_disk(size_kb: int, folder: Path, setup: str, *args: str):
    """Mount a ``size_kb`` tmpfs on ``folder``, run the shell ``setup`` there, then ``reviewer``."""
    if not CAN_MOUNT:
        pytest.skip("a full disk is simulated with a private tmpfs mount, which needs root")
    script = (
        f"mount -t tmpfs -o size={size_kb}k tmpfs {shlex.quote(str(folder))} && {setup} && "
        f"exec {shlex.join(reviewer_argv(*args))}"
    )
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )


def one_line_error(completed: subprocess.CompletedProcess, code: int = 2) -> str:
    """Assert the command failed with ``code`` and exactly one line on stderr; return it."""
    assert completed.returncode == code, (completed.returncode, completed.stderr)
    assert "Traceback" not in completed.stderr, completed.stderr
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith("reviewer: "), lines[0]
    return lines[0]


EVENT_HEADER = [
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "time_precision", "fatalities", "x_fatalities_low", "x_fatalities_high",
    "x_geonames_id", "notes",
]  # fmt: skip


def complete_event(cnty: str, **cells: str) -> dict[str, str]:
    """An ACLED row complete enough to be imported as "coded" (reviewer.completeness)."""
    row = dict.fromkeys(EVENT_HEADER, "")
    row.update(
        event_id_cnty=cnty, event_date="2024-12-05", event_type="Battles",
        sub_event_type="Armed clash", actor1="Hayat Tahrir al-Sham", inter1="Rebel group",
        country="Syria", admin1="Hama", location="Hama", latitude="35.1318",
        longitude="36.7578", geo_precision="1", time_precision="1",
    )  # fmt: skip
    row.update(cells)
    return row


def write_events_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENT_HEADER, restval="")
        writer.writeheader()
        writer.writerows(rows)
    return path
