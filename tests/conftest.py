"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The held-out folders' shared checks report their values when they fail, as a test does.
pytest.register_assert_rewrite("tests.frozen_set")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "project.sqlite"


@pytest.fixture
def db(db_path: Path):
    from reviewer.storage import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def sample_db(db_path: Path):
    """A project holding the five bundled sample articles."""
    from reviewer.project import open_project

    database = open_project(db_path, seed_sample=True)
    yield database
    database.close()


@pytest.fixture
def fixture_copy(tmp_path: Path):
    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(FIXTURES / name, target)
        return target

    return copy
