"""The companion files' cells made in SQL (export.sql_cells) match what Python wrote.

claims.csv, conflicts.csv and sources.csv stream from one query each (issue 19):
the formula guard, integer cells and grades run in SQLite. These tests put a
formula-like value in every text column of those files and check the safe export
guards each one exactly as ``excel.neutralise`` does while ``--raw`` keeps it, and
that a grade is ``format_grade``'s for every pair of grades.
"""

import csv
import itertools

import pytest

from reviewer.export import ExportOptions, export_dataset, sql_cells
from reviewer.export.excel import neutralise
from reviewer.export.tables import CLAIM_COLUMNS, CONFLICT_COLUMNS, SOURCE_COLUMNS
from reviewer.reliability import credibility_labels, format_grade, reliability_labels
from tests.core.test_export import build_project

HOSTILE = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR", "'=quoted", "''-twice", "'plain"]
# Text columns stored as such (the others are derived from them or from numbers).
STORED = {
    "claims": ("claims", "claim_id", ["field", "value_text", "verbatim", "qualifier", "speaker",
                                      "created_by", "created_at"]),
    "conflicts": ("conflicts", "conflict_id", ["resolution_value", "rationale", "resolved_by",
                                               "resolved_at", "created_by", "created_at"]),
    "sources": ("sources", "source_id", ["name", "name_en", "name_ar", "url"]),
}  # fmt: skip
COLUMNS = {"claims": CLAIM_COLUMNS, "conflicts": CONFLICT_COLUMNS, "sources": SOURCE_COLUMNS}


def read(path, encoding):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def hostile(sample_db):
    """The export test project with a hostile value in each stored text column."""
    db = sample_db
    build_project(db)
    for n, (table, _key, columns) in enumerate(STORED.values()):
        for k, column in enumerate(columns):
            value = HOSTILE[(n + k) % len(HOSTILE)] + column
            if column == "field":  # a claim keeps its conflict through the field
                db.execute("UPDATE conflicts SET field = ?", [value])
            suffix = " || id" if column == "name" else ""  # source names are unique
            db.execute(f"UPDATE {table} SET {column} = ?{suffix}", [value])
    return db


@pytest.mark.parametrize("name", list(STORED))
def test_every_text_cell_of_a_companion_file_is_guarded_as_neutralise_does(hostile, tmp_path, name):
    export_dataset(hostile, tmp_path / "raw", ExportOptions(include_all=True, raw=True))
    export_dataset(hostile, tmp_path / "safe", ExportOptions(include_all=True))
    raw = read(tmp_path / "raw" / f"{name}.csv", "utf-8")
    safe = read(tmp_path / "safe" / f"{name}.csv", "utf-8-sig")
    assert raw and len(raw) == len(safe)
    text = [column for column, kind in COLUMNS[name] if kind == "string"]
    for plain, guarded in zip(raw, safe, strict=True):
        for column in text:
            assert guarded[column] == neutralise(plain[column]), (column, plain[column])
    _table, _key, stored = STORED[name]
    for column in stored:
        assert raw[0][column][:1] in "=+-@\t\r'"  # the hostile value was really exported
        assert safe[0][column].startswith("'")


def test_the_claims_cells_keep_their_values(hostile, tmp_path):
    hostile.execute("UPDATE claims SET low = 3.5, credibility = NULL")
    hostile.execute("UPDATE reports SET credibility = NULL")
    export_dataset(hostile, tmp_path, ExportOptions(include_all=True))
    claims = read(tmp_path / "claims.csv", "utf-8-sig")
    assert {c["low"] for c in claims} == {"3"}  # as str(int(3.5)) wrote it
    assert {c["credibility"] for c in claims} == {""}
    assert {c["grade"] for c in claims} == {"B–", "A–"}
    (conflict,) = read(tmp_path / "conflicts.csv", "utf-8-sig")
    assert conflict["n_claims"] == "2"
    assert conflict["claim_ids"] == "; ".join(sorted(c["claim_id"] for c in claims))


def test_a_conflict_without_claims_has_none_listed(hostile, tmp_path):
    hostile.execute("DELETE FROM conflict_claims")
    export_dataset(hostile, tmp_path, ExportOptions(include_all=True))
    (conflict,) = read(tmp_path / "conflicts.csv", "utf-8-sig")
    assert (conflict["n_claims"], conflict["claim_ids"]) == ("0", "")


def test_the_sql_grade_is_format_grade_for_every_pair(db):
    sql_cells.register(db.conn)
    letters = [None, *reliability_labels()]
    numbers = [None, *credibility_labels()]
    for letter, number in itertools.product(letters, numbers):
        sql = f"SELECT {sql_cells.grade('?1', '?2')}"
        assert db.execute(sql, [letter, number]).fetchone()[0] == format_grade(letter, number)
    # An empty letter is "not graded" too (by the Python fallback).
    assert db.execute(f"SELECT {sql_cells.grade('?1', '?2')}", ["", 2]).fetchone()[0] == "–2"
