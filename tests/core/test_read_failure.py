"""``read_failure``: SQLite failing to read a project, said naming the file.

The window's search and suggestion workers read the project afresh long after
it opened; what they meet there (a file replaced, truncated) SQLite says without
the file's name. Real files and real SQLite connections.
"""

from __future__ import annotations

import os
import sqlite3

from reviewer.errors import DatabaseError
from reviewer.messages import Message
from reviewer.storage.database import open_read_only, read_failure


def _failure_reading(path) -> Exception:
    reader = open_read_only(path)
    try:
        reader.execute("SELECT count(*) FROM articles").fetchone()
    except Exception as exc:
        return exc
    finally:
        reader.close()
    raise AssertionError("the read did not fail")


def test_a_project_truncated_under_a_reader_is_named(sample_db, db_path):
    sample_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.truncate(db_path, 4096 * 3)  # cut off, as a copy interrupted midway leaves it
    error = read_failure(db_path, _failure_reading(db_path))
    assert isinstance(error, DatabaseError) and isinstance(error.__cause__, sqlite3.DatabaseError)
    assert isinstance(error.text, Message) and error.text.id == "db.read_failed"
    assert str(error) == (
        f"{db_path}: the project file cannot be read (database disk image is malformed)"
    )


def test_only_sqlite_errors_are_reworded(db_path):
    misuse = sqlite3.ProgrammingError("Incorrect number of bindings supplied")
    other = ValueError("a bug")
    assert read_failure(db_path, misuse) is misuse  # a bug, kept as it is for its report
    assert read_failure(db_path, other) is other


def test_the_named_failure_survives_the_trip_from_the_worker_process(db_path):
    """The suggestion worker pickles its errors back to the window."""
    import pickle

    error = read_failure(db_path, sqlite3.OperationalError("disk I/O error"))
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, DatabaseError) and back.text.id == "db.read_failed"
    assert back.text.params == {"path": db_path, "reason": "disk I/O error"}
