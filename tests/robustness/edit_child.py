"""Child process of test_concurrency: a second "app instance" editing one project.

Usage: edit_child.py DB_PATH EVENT_ID COUNT PREFIX
Sets the event's ``notes`` to PREFIX-0 .. PREFIX-(COUNT-1), one commit each, and
also creates one event of its own per edit (so both processes insert rows).
Prints "done N" when finished; any error ends it with a traceback.
"""

from __future__ import annotations

import sys

from reviewer.storage import open_database
from reviewer.storage.events import create_event, update_event


def main(path: str, event_id: int, count: int, prefix: str) -> None:
    db = open_database(path, user=prefix)
    article_id = db.execute("SELECT min(id) FROM articles").fetchone()[0]
    for number in range(count):
        update_event(db, event_id, {"notes": f"{prefix}-{number}"})
        create_event(db, article_id, notes=f"{prefix}-new-{number}")
    print(f"done {count}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
