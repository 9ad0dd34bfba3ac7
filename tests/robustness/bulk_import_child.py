"""Child process of test_bulk_import_kill: a bulk import that waits, after its first
batches, to be killed.

It prints ``written N`` once N articles are stored (the deferred indexes are then
dropped and its lock held), and waits for its SIGKILL.

Usage: bulk_import_child.py DB_PATH FOLDER
"""

from __future__ import annotations

import sys
import time

from reviewer.importing import bulk_import, corpus_import
from reviewer.storage import open_database


def main(path: str, folder: str) -> None:
    bulk_import.BULK_MIN_FILES = 0  # a small folder, imported as a large one would be
    corpus_import.BATCH_SIZE = 3
    corpus_import.PARALLEL_MIN_FILES = 10**9
    db = open_database(path)

    def wait_for_the_kill() -> bool:
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        if stored >= 9:
            print(f"written {stored}", flush=True)
            time.sleep(600)
        return False

    corpus_import.import_paths(db, [folder], should_cancel=wait_for_the_kill)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
