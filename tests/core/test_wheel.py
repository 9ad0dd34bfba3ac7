"""A wheel (not an editable install) must carry resources/ and corpus/ inside it."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("reviewer-*.whl")
    return built


def test_wheel_contains_resources_and_corpus(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "reviewer/resources/event_types.json",
        "reviewer/resources/fonts/NotoNaskhArabic-Regular.ttf",
        "reviewer/resources/fonts/OFL.txt",
        "reviewer/corpus/manifest.csv",
        "reviewer/corpus/000_bea7393187fab270.txt",
        "reviewer/storage/database.py",
        "reviewer/importing/corpus_import.py",
        "reviewer/ui/main_window.py",
    ):
        assert required in names, required
    assert len([n for n in names if n.startswith("reviewer/corpus/") and n.endswith(".txt")]) == 5


def test_installed_wheel_finds_its_files(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), wheel],
        check=True,
        capture_output=True,
    )
    code = (
        "import reviewer, json\n"
        "from reviewer.paths import corpus_dir, resources_dir\n"
        "from reviewer.vocab import event_types\n"
        "print(json.dumps([reviewer.__file__, str(resources_dir()), str(corpus_dir()),"
        " len(event_types().event_types), len(list(corpus_dir().glob('*.txt')))]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr
    import json

    module_file, resources, corpus, n_types, n_articles = json.loads(completed.stdout)
    for located in (module_file, resources, corpus):
        assert Path(located).is_relative_to(site), located
    assert (n_types, n_articles) == (6, 5)
