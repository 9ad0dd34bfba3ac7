"""Child process of test_crash: saves edits in a loop until it is killed.

After each edit has been committed it prints one acknowledgement line, exactly
as the window reports an edit as saved only once ``update_event`` returned:

    create EVENT_ID VALUE   a new event (with one evidence span) whose notes are VALUE
    update EVENT_ID VALUE   the event's notes set to VALUE
    delete EVENT_ID         the event deleted

Usage: crash_child.py DB_PATH RUN_NUMBER SEED
"""

from __future__ import annotations

import random
import sys

from reviewer.storage import open_database
from reviewer.storage.events import create_event, delete_event, update_event


def main(path: str, run: int, seed: int) -> None:
    db = open_database(path, user=f"run{run}")
    rng = random.Random(seed)
    article_id, text = db.execute("SELECT id, text FROM articles ORDER BY id LIMIT 1").fetchone()
    print("ready", flush=True)
    sequence = 0
    while True:
        sequence += 1
        value = f"{run}-{sequence}"
        recent = [row[0] for row in db.execute("SELECT id FROM events ORDER BY id DESC LIMIT 30")]
        roll = rng.random()
        if len(recent) < 3 or roll < 0.3:
            start = rng.randrange(len(text) - 10)
            end = start + rng.randint(1, 10)
            with db.atomic():
                event_id = create_event(db, article_id, notes=value)
                db.execute(
                    'INSERT INTO evidence (event_id, article_id, field, start, "end", quote,'
                    " created_at) VALUES (?, ?, 'notes', ?, ?, ?, 'now')",
                    [event_id, article_id, start, end, text[start:end]],
                )
            print(f"create {event_id} {value}", flush=True)
        elif roll < 0.95:
            event_id = rng.choice(recent)
            update_event(db, event_id, {"notes": value})
            print(f"update {event_id} {value}", flush=True)
        else:
            event_id = rng.choice(recent)
            delete_event(db, event_id)
            print(f"delete {event_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
