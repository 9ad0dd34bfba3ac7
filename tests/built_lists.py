"""The one check every generated word list makes, written once: the file in resources/ is what
its build script in packaging/ writes, with the same wordfreq (a dev extra: skipped without it,
or where another version is installed than the one the file records)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest


def assert_built_by(words: Path, build: Path, tmp_path: Path) -> None:
    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        pytest.skip("wordfreq (dev extra) not installed")
    recorded = json.loads(words.read_text(encoding="utf-8"))["meta"]["wordfreq"]
    if version != recorded:
        pytest.skip(f"wordfreq {version} installed, {recorded} recorded")
    out = tmp_path / "words.json"
    subprocess.run(
        [sys.executable, str(build), "--out", str(out)], check=True, cwd=build.parent.parent
    )
    assert out.read_bytes() == words.read_bytes()
