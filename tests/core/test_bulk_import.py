"""A large import into a small project builds its random-order indexes once, at the end.

The content-hash, date and filter indexes are dropped while the batches are
written (issue 19: at a million articles their upkeep made the import grow
faster than the corpus) and built when the import ends, however it ends; the
duplicates are meanwhile found in memory. What must hold: the same project as
the usual import, no duplicate ever stored, and never a project left without
its indexes once no import is running.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.importing import bulk_import
from reviewer.importing.corpus_import import import_paths
from reviewer.storage import open_database
from reviewer.storage.deferred_indexes import DEFERRED_INDEXES, BulkImportLock, missing_indexes
from reviewer.storage.integrity import check
from tests.core.test_import import _imported_state, _mixed_corpus


def _indexes(db) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'"
        " ORDER BY name"
    ).fetchall()


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of 3 files in this process, so a small corpus spans many batches."""
    monkeypatch.setattr("reviewer.importing.corpus_import.BATCH_SIZE", 3)
    monkeypatch.setattr("reviewer.importing.corpus_import.PARALLEL_MIN_FILES", 10**9)


def _import(path: Path, paths, *, bulk: bool, monkeypatch, should_cancel=None):
    """Import into a new project at ``path``; the state, the indexes, and whether the
    deferred indexes were missing while batches were written."""
    monkeypatch.setattr(bulk_import, "BULK_MIN_FILES", 0 if bulk else 10**9)
    db = open_database(path)
    seen_missing: list[list[str]] = []

    def watch() -> bool:  # asked before each batch is written
        seen_missing.append(missing_indexes(db.conn))
        return bool(should_cancel and should_cancel(db))

    try:
        result = import_paths(db, paths, should_cancel=watch)
        return _imported_state(db, result), _indexes(db), seen_missing, check(db)
    finally:
        db.close()


def test_a_bulk_import_ends_as_the_usual_one(tmp_path, monkeypatch, small_batches):
    paths = _mixed_corpus(tmp_path / "corpus")
    usual = _import(tmp_path / "usual.sqlite", paths, bulk=False, monkeypatch=monkeypatch)
    bulk = _import(tmp_path / "bulk.sqlite", paths, bulk=True, monkeypatch=monkeypatch)
    state, indexes, seen_missing, problems = bulk
    assert seen_missing[1] == list(DEFERRED_INDEXES)  # the bulk mode was taken
    assert all(missing == [] for missing in usual[2])
    assert problems == []  # integrity, the audit chain of its batches, and the indexes
    imported, duplicates, *_ = state
    assert len(imported) == 23 - 1 + 9 and len(duplicates) == 7 + 5  # across batches too
    assert (state, indexes) == (usual[0], usual[1])
    assert not BulkImportLock(tmp_path / "bulk.sqlite").path.exists()


def test_articles_stored_before_are_duplicates_in_a_bulk_import(
    tmp_path, monkeypatch, small_batches
):
    paths = _mixed_corpus(tmp_path / "corpus")
    first = tmp_path / "corpus" / "a_good"
    db_path = tmp_path / "project.sqlite"
    monkeypatch.setattr(bulk_import, "BULK_MIN_FILES", 10**9)
    db = open_database(db_path)
    before = import_paths(db, [first / "00.txt", first / "01.txt", first / "23.txt"])
    assert len(before.imported) == 2  # 23 repeats 0
    db.close()
    again = _import(db_path, paths, bulk=True, monkeypatch=monkeypatch)
    (imported, duplicates, *_), _indexes_after, seen_missing, problems = again
    assert seen_missing[1] == list(DEFERRED_INDEXES)
    assert problems == []
    assert len(imported) == 23 - 1 + 9 - 2 and len(duplicates) == 7 + 5 + 2


def test_an_article_another_program_stores_meanwhile_is_a_duplicate(
    tmp_path, monkeypatch, small_batches
):
    """Read before each batch, in its transaction: the index is not there to refuse it."""
    paths = _mixed_corpus(tmp_path / "corpus")
    text = (tmp_path / "corpus" / "a_good" / "20.txt").read_text(encoding="utf-8")
    db_path = tmp_path / "project.sqlite"

    def another_program_imports(db) -> bool:
        if db.execute("SELECT count(*) FROM articles").fetchone()[0] and not other.imported:
            other_db = open_database(db_path)
            (tmp_path / "other.txt").write_text(text, encoding="utf-8")
            other.imported = import_paths(other_db, [tmp_path / "other.txt"]).imported
            other_db.close()
        return False

    other = type("Other", (), {"imported": []})()
    state, _indexes_after, seen_missing, problems = _import(
        db_path, paths, bulk=True, monkeypatch=monkeypatch, should_cancel=another_program_imports
    )
    assert len(other.imported) == 1 and seen_missing[1] == list(DEFERRED_INDEXES)
    assert problems == []
    imported, duplicates, _rejected, _skipped, rows, *_ = state
    assert len(imported) == 23 - 1 + 9 - 1
    assert [path.name for path in duplicates].count("20.txt") == 1
    assert len({content_hash for _id, content_hash, *_ in rows}) == len(rows) == 31


def test_a_collision_of_keys_never_makes_a_new_article_a_duplicate(
    tmp_path, monkeypatch, small_batches
):
    monkeypatch.setattr(bulk_import, "hash", lambda _text: 7, raising=False)  # all collide
    paths = _mixed_corpus(tmp_path / "corpus")
    usual = _import(tmp_path / "usual.sqlite", paths, bulk=False, monkeypatch=monkeypatch)
    bulk = _import(tmp_path / "bulk.sqlite", paths, bulk=True, monkeypatch=monkeypatch)
    assert bulk[2][1] == list(DEFERRED_INDEXES) and bulk[3] == []
    assert bulk[0] == usual[0]


def test_a_cancelled_bulk_import_builds_its_indexes(tmp_path, monkeypatch, small_batches):
    paths = _mixed_corpus(tmp_path / "corpus")

    def after_two_batches(db) -> bool:
        return db.execute("SELECT count(*) FROM import_batches").fetchone()[0] >= 2

    state, indexes, seen_missing, problems = _import(
        tmp_path / "bulk.sqlite", paths, bulk=True, monkeypatch=monkeypatch,
        should_cancel=after_two_batches,
    )  # fmt: skip
    assert seen_missing[-1] == list(DEFERRED_INDEXES) and len(state[0]) == 3 + 6
    assert {name for name, _sql in indexes} >= set(DEFERRED_INDEXES)
    assert problems == []


def test_a_failed_bulk_import_builds_its_indexes(tmp_path, monkeypatch, small_batches):
    paths = _mixed_corpus(tmp_path / "corpus")
    monkeypatch.setattr(bulk_import, "BULK_MIN_FILES", 0)
    db = open_database(tmp_path / "bulk.sqlite")

    def fail_on_third_batch() -> bool:
        if db.execute("SELECT count(*) FROM import_batches").fetchone()[0] >= 2:
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        import_paths(db, paths, should_cancel=fail_on_third_batch)
    assert missing_indexes(db.conn) == [] and check(db) == []
    db.close()


def test_the_content_hash_index_refuses_a_duplicate(db):
    """Schema 15: a named unique index (which an import may drop), no longer the column's
    constraint (whose index cannot be dropped); it still refuses a second copy."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    assert "UNIQUE" not in sql
    columns = "content_hash, title, text, imported_at"
    insert = f"INSERT INTO articles ({columns}) VALUES ('h', 't', ?, 'now')"
    db.execute(insert, ["one"])
    with pytest.raises(sqlite3.IntegrityError, match="content_hash"):
        db.execute(insert, ["two"])
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM articles WHERE content_hash = 'h'")
    assert "idx_articles_content_hash" in str(plan.fetchall())


def test_missing_indexes_are_built_at_opening_unless_an_import_is_building_them(db_path):
    db = open_database(db_path)
    db.execute("DROP INDEX idx_articles_published")
    db.execute("DROP INDEX idx_articles_content_hash")
    lock = BulkImportLock(db_path)
    assert lock.acquire()  # as a running bulk import holds it
    try:
        second = open_database(db_path)
        assert missing_indexes(second.conn) == [
            "idx_articles_content_hash",
            "idx_articles_published",
        ]
        assert [problem.check for problem in check(second)] == ["index", "index"]
        second.close()
    finally:
        lock.release()
    db.close()
    again = open_database(db_path)  # the import is gone (its lock is free): built now
    assert missing_indexes(again.conn) == [] and check(again) == []
    again.close()


def test_an_import_first_builds_the_indexes_an_interrupted_one_left_missing(db, tmp_path):
    """Found missing at resume (the project open since before the interruption): built
    before the first batch, which would otherwise look for duplicates without them."""
    db.execute("DROP INDEX idx_articles_content_hash")
    (tmp_path / "a.txt").write_text("خبر\nنص", encoding="utf-8")
    assert len(import_paths(db, [tmp_path]).imported) == 1
    assert missing_indexes(db.conn) == []


def test_a_project_missing_an_index_still_opens_while_another_program_writes(db_path):
    """The index waits for the next opening; the project is not refused for it."""
    db = open_database(db_path)
    db.execute("DROP INDEX idx_articles_filter")
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        busy = open_database(db_path)  # waits the busy timeout for the write lock, then opens
        assert missing_indexes(busy.conn) == ["idx_articles_filter"]
        busy.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    db.close()
    again = open_database(db_path)
    assert missing_indexes(again.conn) == []
    again.close()
