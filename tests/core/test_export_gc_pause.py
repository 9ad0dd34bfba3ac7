"""The export pauses Python's cyclic collector only on the main thread (the command
line): the pause is process-wide, and from the window's worker thread it would stop
collection for the GUI thread too."""

import gc
import threading

from reviewer.export import export_dataset
from reviewer.storage.database import open_read_only


def test_an_export_on_a_worker_thread_leaves_the_collector_running(sample_db, db_path, tmp_path):
    seen: list[bool] = []

    def export() -> None:  # as the window's ProjectTask does: a connection of its own
        db = open_read_only(db_path)
        try:
            export_dataset(db, tmp_path / "out", progress=lambda d, t: seen.append(gc.isenabled()))
        finally:
            db.close()

    worker = threading.Thread(target=export)
    worker.start()
    worker.join()
    assert seen and all(seen)
    assert (tmp_path / "out" / "events.csv").exists()


def test_an_export_on_the_main_thread_pauses_it_and_restores_it(sample_db, tmp_path):
    seen: list[bool] = []
    export_dataset(
        sample_db, tmp_path / "out", progress=lambda done, total: seen.append(gc.isenabled())
    )
    assert seen and not any(seen)
    assert gc.isenabled()
