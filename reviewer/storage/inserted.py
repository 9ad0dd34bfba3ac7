"""The id SQLite gave the row an INSERT just added."""

from __future__ import annotations

import sqlite3


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """``cursor.lastrowid`` after an INSERT, as the int it then always is.

    sqlite3 types ``lastrowid`` as optional (it is None before any INSERT); an
    INSERT that added no row would be a bug here, so it fails loudly.
    """
    rowid = cursor.lastrowid
    if rowid is None:
        raise RuntimeError("the INSERT added no row")
    return rowid
