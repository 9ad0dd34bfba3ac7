"""Where bundled files and the user's data live.

``resources/`` and ``corpus/`` sit at the top of the repository but are installed
inside the package (``reviewer/resources``, ``reviewer/corpus``) by the wheel, so
both layouts are tried: a source checkout and an installed wheel find the same files.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "reviewer"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder '{name}' not found next to {_PACKAGE_DIR}")


@cache
def resources_dir() -> Path:
    return _bundled_dir("resources")


@cache
def corpus_dir() -> Path:
    return _bundled_dir("corpus")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_resource_json(*parts: str) -> Any:
    """A bundled JSON file, parsed once per process and shared by every reader.

    Callers treat the result as read-only (copy before changing it).
    """
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The project file used when ``--db`` is not given."""
    return user_data_dir() / "reviewer.sqlite"
