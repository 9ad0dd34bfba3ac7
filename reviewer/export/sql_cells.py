"""Cells made inside SQLite, so that a companion file streams from the cursor to csv.writer.

``claims.csv``, ``conflicts.csv`` and ``sources.csv`` are one query each. Taking
every row through Python (a dict per row, a list of cells, a test per text cell)
cost twice the query itself for 100k claims (issue 19). Here each cell leaves
SQLite already as csv.writer writes it:

- a text cell of the safe export is guarded in SQL: SQLite compares its first
  character with ``excel.FIRST`` and only a cell that may need it is handed to
  ``excel.neutralise`` itself (registered on the connection), so the rule stays
  in one place and the common cell never enters Python;
- an integer cell is ``CAST(... AS INTEGER)``, as ``str(int(value))`` wrote it;
- a grade is the letter and the number as ``reliability.format_grade`` writes
  them, for the values admiralty.json lists; any other pair goes to
  ``format_grade`` itself, which refuses it as it always did.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reviewer.export import excel
from reviewer.reliability import (
    UNGRADED,
    credibility_labels,
    format_grade,
    reliability_labels,
)

Columns = tuple[tuple[str, str], ...]

NEUTRALISE = "reviewer_export_neutralise"
GRADE = "reviewer_export_grade"


def register(conn: sqlite3.Connection) -> None:
    """Make the two Python fallbacks callable from the export's queries."""
    conn.create_function(NEUTRALISE, 1, _neutralise, deterministic=True)
    conn.create_function(GRADE, 2, format_grade, deterministic=True)


def _neutralise(value: Any) -> str:
    return excel.neutralise(str(value))


def select_list(columns: Columns, expressions: dict[str, str], *, guard: bool) -> str:
    """``expr AS name`` for each column in order; ``expressions`` maps names that are
    not plain ``t.name`` references (``t.`` is the caller's main table alias)."""
    return ", ".join(
        f'{cell(expressions[name], kind, guard=guard)} AS "{name}"' for name, kind in columns
    )


def cell(expression: str, kind: str, *, guard: bool) -> str:
    """The SQL for one cell of the given Frictionless type."""
    if kind == "integer":
        return f"CAST({expression} AS INTEGER)"
    if guard and kind == "string":
        return (
            f"CASE WHEN unicode({expression}) IN ({_FIRST_CODES})"
            f" THEN {NEUTRALISE}({expression}) ELSE {expression} END"
        )
    return expression


def grade(reliability: str, credibility: str) -> str:
    """``format_grade(reliability, credibility)`` as SQL, for the graded values it accepts."""
    letters = ", ".join(f"'{letter}'" for letter in reliability_labels())
    numbers = ", ".join(str(number) for number in credibility_labels())
    return (
        f"CASE WHEN ({reliability} IS NULL OR {reliability} IN ({letters}))"
        f" AND ({credibility} IS NULL OR {credibility} IN ({numbers}))"
        f" THEN coalesce({reliability}, '{UNGRADED}') || coalesce({credibility}, '{UNGRADED}')"
        f" ELSE {GRADE}({reliability}, {credibility}) END"
    )


_FIRST_CODES = ", ".join(str(ord(character)) for character in sorted(excel.FIRST))
