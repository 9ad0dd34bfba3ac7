"""The files ``reviewer export`` writes by default open in a spreadsheet with no live formula.

Article quotes, notes and actor names come from untrusted text. The attack: a
notes cell ``=HYPERLINK("http://…","click")`` becomes a live formula when the
CSV is opened. Every CSV of a default export is opened in LibreOffice
(headless, formulas evaluated, as a user opening the file gets) and converted
to ODS, whose XML marks every formula cell: there must be none, while numbers
(a negative longitude) stay numbers. The byte-exact ``--raw`` export keeps the
formula (which shows the check can fail), and ``import-events`` reads both
forms back to the very values that were exported.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from reviewer.storage import open_database
from tests.robustness.sandbox import complete_event, run_reviewer, write_events_csv

HOSTILE = [
    '=HYPERLINK("http://evil.example/","click")',
    "+1+2",
    "-3+4",
    "@SUM(1)",
    "\t=1+1",
    "'=already quoted",
    "''-twice",
    "'plain quote",
    "- a dash bullet",
    "حماة =1+1",
]
COMPARED = "event_id_cnty, notes, actor1, location, admin2, latitude, longitude, fatalities"


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    rows = [
        complete_event(
            f"SYR{n}", notes=text, actor1=f"Hayat Tahrir al-Sham {n}", admin2=text,
            fatalities=str(n),
        )
        for n, text in enumerate(HOSTILE, start=1)
    ]  # fmt: skip
    rows.append(complete_event("SYR99", notes="ordinary", actor1='=HYPERLINK("http://x")'))
    source = write_events_csv(folder / "source.csv", rows)
    project = folder / "project.sqlite"
    completed = run_reviewer("import-events", source, "--db", project)
    assert completed.returncode == 0, completed.stderr
    return project


def _with_a_negative_number(project: Path, folder: Path) -> Path:
    """A copy whose SYR99 has longitude -3.5 (past the country check on purpose)."""
    folder.mkdir()
    copy = Path(shutil.copy(project, folder / project.name))
    db = open_database(copy)
    try:
        db.execute("UPDATE events SET longitude = -3.5 WHERE event_id_cnty = 'SYR99'")
    finally:
        db.close()
    return copy


def _export(project: Path, out: Path, *options: str) -> Path:
    completed = run_reviewer("export", "--all", "--out", out, "--db", project, *options)
    assert completed.returncode == 0, completed.stderr
    return out


def _events(project: Path) -> list[tuple]:
    db = open_database(project)
    try:
        return db.execute(f"SELECT {COMPARED} FROM events ORDER BY event_id_cnty").fetchall()
    finally:
        db.close()


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    return found


def _cells_in_libreoffice(csv_path: Path, work: Path) -> list[str]:
    """The ODS cell elements LibreOffice makes of ``csv_path``, formulas evaluated."""
    # CSV filter options: comma, double quote, UTF-8, from line 1, no column types,
    # default language, quoted fields not forced to text, detect special numbers,
    # ..., and the 13th: evaluate formulas — the worst case, as a user gets it.
    options = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true"
    profile = (work / "profile").resolve().as_uri()
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", f"--infilter={options}",
         "--convert-to", "ods", "--outdir", str(work), str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with zipfile.ZipFile(work / f"{csv_path.stem}.ods") as ods:
        content = ods.read("content.xml").decode("utf-8")
    return re.findall(r"<table:table-cell [^>]*>", content)


def test_default_export_has_no_live_formula_in_libreoffice(hostile_project, tmp_path):
    project = _with_a_negative_number(hostile_project, tmp_path / "negative")
    out = _export(project, tmp_path / "out")
    for name in ("events.csv", "claims.csv", "conflicts.csv", "sources.csv"):
        cells = _cells_in_libreoffice(out / name, tmp_path / name)
        formulas = [cell for cell in cells if "table:formula" in cell]
        assert formulas == [], (name, formulas)
        if name == "events.csv":
            assert any('office:value="-3.5"' in c and "float" in c for c in cells), "not a number"


def test_raw_export_keeps_the_formula_so_the_check_can_fail(hostile_project, tmp_path):
    out = _export(hostile_project, tmp_path / "raw", "--raw")
    cells = _cells_in_libreoffice(out / "events.csv", tmp_path / "lo")
    assert any("HYPERLINK" in cell for cell in cells if "table:formula" in cell)


@pytest.mark.parametrize("form", [(), ("--raw",)], ids=["default", "raw"])
def test_import_events_reads_either_export_back_to_the_same_values(hostile_project, tmp_path, form):
    out = _export(hostile_project, tmp_path / "out", *form)
    copy = tmp_path / "copy.sqlite"
    completed = run_reviewer("import-events", out / "events.csv", "--db", copy)
    assert completed.returncode == 0, completed.stderr
    assert _events(copy) == _events(hostile_project)
    notes = {row[1] for row in _events(copy)}
    assert {text.strip() for text in HOSTILE} <= notes  # import-events strips cells
