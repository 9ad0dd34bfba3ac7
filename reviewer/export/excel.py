"""The safe form of the export (the default): BOM, and formula injection neutralised.

Rule (also in resources/export_rules.md):

- Files are written as UTF-8 with a byte-order mark (``utf-8-sig``), because
  Excel only reads a CSV as UTF-8 — and so shows Arabic instead of mojibake — when
  the file starts with a BOM. pandas reads the BOM transparently.
- A text cell whose first character is ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is written with a single quote ``'`` in front of it. Excel and
  LibreOffice would otherwise evaluate it as a formula (``=HYPERLINK(...)`` in a
  quoted article or actor name is the classic attack). The quote makes the cell
  plain text. A text cell that already begins with quotes followed by one of
  those characters gets one more quote, so that the rule can be undone exactly:
  ``import-events`` removes one quote from such cells in a file with a BOM
  (``restore``), and reads back the very values that were exported.
- Only text columns are neutralised. Numeric columns (coordinates, fatalities,
  codes) are written by the exporter from numbers, so they cannot carry a
  formula, and a negative longitude must stay a number.

With ``--raw`` the files are UTF-8 without BOM and every cell is written
exactly as stored: the byte-exact form for pipelines (not for spreadsheets).
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell that a spreadsheet would run as a formula."""
    if cell.startswith(TRIGGERS) or (
        cell.startswith(QUOTE) and cell.lstrip(QUOTE).startswith(TRIGGERS)
    ):
        return QUOTE + cell
    return cell


def restore(cell: str) -> str:
    """The cell as stored, from its neutralised form: ``restore(neutralise(x)) == x``."""
    if cell.startswith(QUOTE) and cell.lstrip(QUOTE).startswith(TRIGGERS):
        return cell[1:]
    return cell


# First characters after which ``neutralise`` may change a cell: a cheap pre-test.
FIRST = frozenset("=+-@\t\r'")


def encoding(raw: bool) -> str:
    return "utf-8" if raw else "utf-8-sig"
