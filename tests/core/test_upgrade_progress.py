"""Opening a project older than schema 13 rebuilds its search index: with progress,
and cancellable with the old file (and its index) kept as it was."""

import sqlite3

import pytest

from reviewer.errors import UpgradeCancelled
from reviewer.search import matching_ids
from reviewer.search_index import index_article
from reviewer.storage import open_database
from reviewer.storage.database import open_read_only, schema_version
from reviewer.storage.schema import SCHEMA_VERSION

OLD = "schema_v12.sqlite"  # the last schema before the index was rebuilt (13)


def add_articles(path, count):
    """``count`` more articles in the old file, as version 12 wrote them."""
    db = open_database(path, migrate=False)
    try:
        source = db.execute("SELECT id FROM sources LIMIT 1").fetchone()[0]
        with db.atomic():
            for i in range(count):
                title, text = f"عنوان {i}", f"خبر رقم {i} عن قصف في حماة ومحيطها"
                article = db.execute(
                    "INSERT INTO articles (content_hash, title, text, source_id, status,"
                    " imported_at) VALUES (?, ?, ?, ?, 'new', '2026-01-01T00:00:00Z')",
                    [f"added-{i}", title, text, source],
                ).lastrowid
                index_article(db, article, title, text)  # as version 12 indexed it
    finally:
        db.close()


def indexed(path) -> int:
    db = open_read_only(path)
    try:
        return db.execute("SELECT count(*) FROM article_search_docsize").fetchone()[0]
    finally:
        db.close()


def test_the_rebuild_reports_its_progress_to_the_end(fixture_copy):
    path = fixture_copy(OLD)
    add_articles(path, 3000)
    seen = []
    db = open_database(path, progress=lambda done, total: seen.append((done, total)))
    try:
        total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert schema_version(db) == SCHEMA_VERSION
        assert len(matching_ids(db, "حماه")) >= 3000  # the new index answers
    finally:
        db.close()
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert len(seen) > 3 and [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_cancelled_rebuild_keeps_the_old_file_and_index(fixture_copy):
    path = fixture_copy(OLD)
    add_articles(path, 3000)
    before = indexed(path)
    seen = []
    with pytest.raises(UpgradeCancelled) as raised:
        open_database(
            path,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) > 2,  # once it is under way
        )
    assert "cancelled" in str(raised.value) and str(path) in str(raised.value)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
    conn.close()
    assert indexed(path) == before  # the old index, untouched
    db = open_database(path)  # opened again: the rebuild starts over and completes
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert len(matching_ids(db, "حماه")) >= 3000
    finally:
        db.close()


def test_ctrl_c_cancels_the_rebuild_of_a_command_in_one_line(fixture_copy, capsys):
    import os
    import signal
    import threading
    import time

    from reviewer.cli import main

    path = fixture_copy(OLD)
    add_articles(path, 20_000)
    before = indexed(path)

    def interrupt_once_migrating():
        for _ in range(2000):  # the backup is taken just before the migrations
            if list(path.parent.glob("*.bak.sqlite")):
                time.sleep(0.05)
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.005)

    typist = threading.Thread(target=interrupt_once_migrating)
    typist.start()
    code = main(["--db", str(path), "stats"])
    typist.join()
    err = capsys.readouterr().err
    assert code != 0 and "cancelled" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 12
    conn.close()
    assert indexed(path) == before
