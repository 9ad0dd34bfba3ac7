"""The Excel-friendly variant of the export: BOM, and formula injection neutralised.

Rule (also in resources/export_rules.md):

- Files are written as UTF-8 with a byte-order mark (``utf-8-sig``), because
  Excel only reads a CSV as UTF-8 — and so shows Arabic instead of mojibake — when
  the file starts with a BOM. pandas and LibreOffice read the BOM transparently.
- A text cell whose first character is ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is written with a single quote ``'`` in front of it. Excel and
  LibreOffice would otherwise evaluate it as a formula (``=HYPERLINK(...)`` in a
  quoted article or actor name is the classic attack). The quote makes the cell
  plain text; it is visible in the data and is not removed on import.
- Only text columns are neutralised. Numeric columns (coordinates, fatalities,
  codes) are written by the exporter from numbers, so they cannot carry a
  formula, and a negative longitude must stay a number.

Without the Excel option the files are UTF-8 without BOM and every cell is
written exactly as stored: the faithful form for pandas and for re-import.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell that a spreadsheet would run as a formula."""
    return QUOTE + cell if cell.startswith(TRIGGERS) else cell


def encoding(excel: bool) -> str:
    return "utf-8-sig" if excel else "utf-8"
