"""Every failure is one line on stderr and exit code 2 (1 when some input was rejected).

The attacks: numbers too large for SQLite in a dataset, a full disk under an
export or an import, a project in a read-only folder, and a mistyped ``--db``
given to a command that only reads (which must not create anything).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reviewer.paths import corpus_dir
from reviewer.storage import open_database
from tests.robustness.sandbox import (
    complete_event,
    one_line_error,
    run_in_read_only,
    run_on_full_disk,
    run_reviewer,
    write_events_csv,
)

HUGE = "9" * 40


def _events_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    return write_events_csv(path, rows)


def _row(cnty: str, **cells: str) -> dict[str, str]:
    return complete_event(cnty, **cells)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("project") / "x.sqlite"
    assert run_reviewer("import", "--db", path, corpus_dir()).returncode == 0
    return path


def test_huge_integers_reject_their_row_and_keep_the_others(tmp_path):
    source = _events_csv(
        tmp_path / "huge.csv",
        [
            _row("SYR1", fatalities="3"),
            _row("SYR2", fatalities=HUGE),
            _row("SYR3", x_fatalities_low=HUGE),
            _row("SYR4", x_fatalities_high=HUGE),
            _row("SYR5", x_geonames_id=HUGE),
            _row("SYR6", x_geonames_id="-" + HUGE),
            _row("SYR7", fatalities="4"),
        ],
    )
    project = tmp_path / "x.sqlite"
    completed = run_reviewer("import-events", source, "--db", project)
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    rejected = completed.stderr.strip().splitlines()
    assert [line.split(": row ")[1].split(":")[0] for line in rejected] == ["3", "4", "5", "6", "7"]
    assert all(str(source) in line and "too large" in line for line in rejected)
    db = open_database(project)
    try:
        assert db.execute("SELECT event_id_cnty FROM events ORDER BY id").fetchall() == [
            ("SYR1",),
            ("SYR7",),
        ]
    finally:
        db.close()


READING_COMMANDS = [
    ("list",),
    ("show", "1"),
    ("stats",),
    ("search", "حماة"),
    ("export", "--out", "{out}"),
    ("report", "--out", "{out}"),
    ("check",),
    ("backup", "{out}/copy.sqlite"),
    ("suggest", "1"),
    ("reindex", "--check"),
]


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_reading_commands_refuse_a_missing_project_and_create_nothing(tmp_path, command):
    missing = tmp_path / "mistyped" / "projet.sqlite"
    out = tmp_path / "out"
    args = [part.format(out=out) for part in command]
    error = one_line_error(run_reviewer(*args, "--db", missing))
    assert str(missing) in error
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("list",),
        ("show", "1"),
        ("export", "--out", "{out}"),
        ("backup", "{out}/b.sqlite"),
    ],
    ids=lambda c: c[0],
)
def test_a_project_in_a_read_only_folder_opens_read_only(project, tmp_path, command):
    folder = tmp_path / "readonly"
    folder.mkdir()
    copy = Path(shutil.copy(project, folder / "x.sqlite"))
    out = tmp_path / "out"
    args = [part.format(out=out) for part in command]
    completed = run_in_read_only(folder, *args, "--db", copy)
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert "damaged" not in completed.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["x.sqlite"]


def test_writing_to_a_project_in_a_read_only_folder_is_one_line(project, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    copy = Path(shutil.copy(project, folder / "x.sqlite"))
    error = one_line_error(run_in_read_only(folder, "import", corpus_dir(), "--db", copy))
    assert str(copy) in error and "read-only" in error


def test_export_onto_a_full_disk_is_one_line_naming_the_file(project, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    copy = tmp_path / "big.sqlite"
    shutil.copy(project, copy)
    completed = run_on_full_disk(
        64,
        disk,
        f"head -c 40000 /dev/zero > {disk}/filler",
        "export", "--all", "--out", disk / "out", "--db", copy,
    )  # fmt: skip
    error = one_line_error(completed)
    assert str(disk / "out") in error


def test_import_into_a_project_on_a_full_disk_is_one_line(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    completed = run_on_full_disk(
        96, disk, "true", "import", corpus_dir(), "--db", disk / "x.sqlite"
    )
    error = one_line_error(completed)
    assert str(disk / "x.sqlite") in error


def test_import_events_into_a_project_on_a_full_disk_is_one_line(project, tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    source = _events_csv(
        tmp_path / "many.csv", [_row(f"SYR{n}", notes="ملاحظة " * 40) for n in range(2000)]
    )
    completed = run_on_full_disk(
        4000,  # the sample project (about 3 MB in 32 kB pages) fits; the 2000 rows do not
        disk,
        f"cp {project} {disk}/x.sqlite",
        "import-events", source, "--db", disk / "x.sqlite",
    )  # fmt: skip
    error = one_line_error(completed)
    assert str(disk / "x.sqlite") in error
