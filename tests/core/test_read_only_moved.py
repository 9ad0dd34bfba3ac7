"""A read-only connection and a project file renamed while it is open.

The window's search worker, its suggestion worker and its background tasks
read the project through ``open_read_only`` while the window's own connection
keeps the write-ahead log open. SQLite opens a reader's log only at its first
read, finding it by the file's name: a file renamed between the opening and
that read failed with a bare "disk I/O error" (a flaky window test showed it).
Real files and real SQLite connections; the rename is real too.
"""

from __future__ import annotations

import pytest

from reviewer.errors import DatabaseError
from reviewer.storage import database
from reviewer.storage.database import open_read_only


def test_a_project_renamed_after_opening_is_still_read(db, db_path):
    db["notes"].insert({"text": "in the log"})  # the window's connection: the log holds it
    reader = open_read_only(db_path)
    moved = db_path.with_name("moved.sqlite")
    db_path.rename(moved)
    try:
        assert reader.execute("SELECT text FROM notes").fetchall() == [("in the log",)]
    finally:
        moved.rename(db_path)
        reader.close()


def test_a_project_renamed_while_being_opened_is_named(db, db_path, monkeypatch):
    db["notes"].insert({"text": "in the log"})
    moved = db_path.with_name("moved.sqlite")
    connect = database._connect_read_only

    def connect_then_rename(path):
        conn = connect(path)
        db_path.rename(moved)  # after SQLite has the file, before its first read
        return conn

    monkeypatch.setattr(database, "_connect_read_only", connect_then_rename)
    try:
        with pytest.raises(DatabaseError) as raised:
            open_read_only(db_path)
    finally:
        moved.rename(db_path)
    text = str(raised.value)
    assert str(db_path) in text and "\n" not in text, text
