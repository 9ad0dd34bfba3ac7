"""Child process that keeps a project open, as a window would, until it is killed.

Usage: hold_child.py DB_PATH [NOTES]
Opens the project; with NOTES, first creates an event on its first article
with those notes (committed, so it lives in the write-ahead log). Prints
"ready" and then waits, holding the connection, until it is killed.
"""

from __future__ import annotations

import sys
import time

from reviewer.storage import open_database
from reviewer.storage.events import create_event


def main(path: str, notes: str | None) -> None:
    db = open_database(path, user="holder")
    if notes is not None:
        db.execute("PRAGMA wal_autocheckpoint = 0")  # keep the edit in -wal, like a busy app
        article_id = db.execute("SELECT min(id) FROM articles").fetchone()[0]
        create_event(db, article_id, notes=notes)
    db.execute("SELECT count(*) FROM events").fetchone()
    print("ready", flush=True)
    while True:
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
