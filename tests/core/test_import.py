import codecs
import os
import unicodedata
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.importing.corpus_import import MAX_FILE_BYTES, import_paths
from reviewer.importing.manifest import read_manifest
from reviewer.paths import corpus_dir
from reviewer.search import search
from reviewer.storage import open_database
from reviewer.storage.articles import get_article

ARABIC = "سيطرة الفصائل على حماة\nأعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي 3000 سجين."


def _stored_texts(db) -> list[str]:
    return [row["text"] for row in db.query("SELECT text FROM articles ORDER BY id")]


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", ARABIC.encode("utf-8")),
        ("utf-8-sig", codecs.BOM_UTF8 + ARABIC.encode("utf-8")),
        ("utf-16", codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le")),
        ("utf-16", codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be")),
        ("windows-1256", ARABIC.encode("cp1256")),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "windows-1256"],
)
def test_each_encoding_is_decoded(db, tmp_path, encoding, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = import_paths(db, [path])
    assert result.rejected == []
    [(_, article_id)] = result.imported
    article = get_article(db, article_id)
    assert article.text == ARABIC
    assert article.title == "سيطرة الفصائل على حماة"
    stored = db.execute("SELECT encoding FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    assert stored == encoding


def test_text_is_nfc_with_unified_line_endings(db, tmp_path):
    decomposed = unicodedata.normalize("NFD", "آخر الأنباء") + "\r\nسطر\rسطر آخر\r\n"
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    path = tmp_path / "a.txt"
    path.write_bytes(decomposed.encode("utf-8"))
    [(_, article_id)] = import_paths(db, [path]).imported
    text = get_article(db, article_id).text
    assert text == unicodedata.normalize("NFC", "آخر الأنباء\nسطر\nسطر آخر")
    assert "\r" not in text


def _bad_files(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return name -> expected reason fragment."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\r\n  ")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin1.txt").write_bytes("Résumé des événements à Hamâ".encode("latin-1"))
    (folder / "broken-bom.txt").write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa")
    (folder / "dangling.txt").symlink_to(folder / "does-not-exist.txt")
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "latin1.txt": "undecodable",
        "broken-bom.txt": "invalid utf-8-sig",
        "dangling.txt": "unreadable",
    }


def test_bad_files_are_rejected_one_by_one_and_good_ones_kept(db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _bad_files(folder)
    (folder / "good.txt").write_text(ARABIC, encoding="utf-8")
    db = open_database(db_path)
    result = import_paths(db, [folder])
    db.close()

    reasons = {path.name: reason for path, reason in result.rejected}
    assert set(reasons) == set(expected)
    for name, fragment in expected.items():
        assert fragment in reasons[name], (name, reasons[name])
    assert [path.name for path, _ in result.imported] == ["good.txt"]
    reopened = open_database(db_path)
    assert _stored_texts(reopened) == [ARABIC]
    reopened.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_rejected(db, tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    path.chmod(0)
    [(rejected, reason)] = import_paths(db, [path]).rejected
    assert rejected == path and "unreadable" in reason


def test_oversized_file_is_rejected_without_reading_it(db, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    [(_, reason)] = import_paths(db, [path]).rejected
    assert "too large" in reason


def test_missing_path_is_named(db, tmp_path):
    missing = tmp_path / "nope"
    [(path, reason)] = import_paths(db, [missing]).rejected
    assert path == missing and reason == "no such file or folder"


def test_reimport_is_a_no_op(db):
    first = import_paths(db, [corpus_dir()])
    second = import_paths(db, [corpus_dir()])
    assert len(first.imported) == 5
    assert second.imported == [] and len(second.duplicates) == 5
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


def test_folders_are_walked_recursively_and_other_files_skipped(db, tmp_path):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("حمص\nنص", encoding="utf-8")
    (tmp_path / "a" / "top.txt").write_text("درعا\nنص", encoding="utf-8")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (deep / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    result = import_paths(db, [tmp_path / "a"])
    assert sorted(p.name for p, _ in result.imported) == ["deep.txt", "top.txt"]
    assert [p.name for p, _ in result.skipped] == ["photo.jpg"]
    [(_, reason)] = result.skipped
    assert str(reason).startswith("skipped: not an article file (.jpg; reviewer reads .txt")
    assert result.summary().endswith("1 skipped")


def test_sample_manifest_metadata_is_applied(sample_db):
    rows = {
        Path(r["origin_path"]).name[:3]: r
        for r in sample_db.query(
            "SELECT a.origin_path, a.published, a.language, a.title, s.name AS outlet"
            " FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
        )
    }
    assert rows["003"]["published"] == "2024-12-08"
    assert rows["003"]["title"].startswith("إطلاق نحو 3500 سجين")
    assert rows["004"]["outlet"] == "الأيام المصرية"
    assert rows["000"]["outlet"] is None and rows["000"]["published"] is None
    assert {row["language"] for row in rows.values()} == {"ar"}


def test_bad_manifest_is_reported_with_file_and_line(tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published\na.txt,2024-12-05\nb.txt,5/12/2024\n", encoding="utf-8")
    with pytest.raises(ReviewerError, match=r"manifest.csv, line 3: published '5/12/2024'"):
        read_manifest(manifest)


def test_bad_manifest_does_not_stop_the_import(db, tmp_path):
    (tmp_path / "manifest.csv").write_text("file,colour\na.txt,red\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    result = import_paths(db, [tmp_path])
    assert len(result.imported) == 1
    assert any("unknown manifest column 'colour'" in reason for _, reason in result.rejected)


@pytest.mark.parametrize("in_worker", [False, True], ids=["in-process", "worker"])
def test_cancelled_import_keeps_finished_batches(db, tmp_path, monkeypatch, request, in_worker):
    if in_worker:
        request.getfixturevalue("worker_always")
    monkeypatch.setattr("reviewer.importing.corpus_import.BATCH_SIZE", 2)
    for number in range(6):
        (tmp_path / f"{number}.txt").write_text(f"خبر {number}\nنص", encoding="utf-8")

    def cancel_after_first_batch() -> bool:
        # Asked between batches and, with a worker, while waiting for one too.
        return db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 2

    result = import_paths(db, [tmp_path], should_cancel=cancel_after_first_batch)
    assert result.cancelled
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


@pytest.fixture
def worker_always(monkeypatch):
    """Large imports prepare batches in a worker process; force it on for small ones.

    Preparing in this process is made to fail, so a test passes only if the worker
    really did the reading (it runs its own, unpatched copy of the module).
    """
    monkeypatch.setattr("reviewer.importing.corpus_import.PARALLEL_MIN_FILES", 0)

    def not_here(*_args, **_kwargs):
        raise AssertionError("batches were prepared in-process, not by the worker")

    monkeypatch.setattr("reviewer.importing.corpus_import._prepare", not_here)


def test_worker_import_gives_the_same_result(db, tmp_path, worker_always):
    expected = _bad_files(tmp_path)
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    result = import_paths(db, [tmp_path, corpus_dir()])
    assert {p.name for p, _ in result.rejected} == set(expected)
    assert len(result.imported) == 6
    again = import_paths(db, [corpus_dir()])
    assert again.imported == [] and len(again.duplicates) == 5
    assert ARABIC in _stored_texts(db)


def test_an_import_sets_the_connection_back_as_it_found_it(db, tmp_path):
    """Batches are written with a larger cache and synchronous=NORMAL (issue 19); edits
    made on the same connection afterwards are fsynced again (FULL)."""
    folder = tmp_path / "few"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان\nنص الخبر", encoding="utf-8")
    before = [db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "cache_size")]
    assert before[0] == 2  # FULL
    assert len(import_paths(db, [folder]).imported) == 1
    after = [db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "cache_size")]
    assert after == before


def test_batches_grow_after_the_first_up_to_four_times_its_size(tmp_path):
    """The first batch comes soon; later ones are larger, so that a large import rewrites
    its random-order index pages less often (issue 19: linear time to a million)."""
    from reviewer.importing.corpus_import import _Limits, _prepare

    files = []
    for number in range(40):
        path = tmp_path / f"{number:02}.txt"
        path.write_text(f"خبر {number}\nنص", encoding="utf-8")
        files.append(path)
    batches = list(_prepare(files, _Limits(2, 10**9, 3600.0), lambda _done: None))
    assert [len(batch.articles) for batch in batches] == [2, 4, 8, 8, 8, 8, 2]
    assert batches[-1].done == 40


def _mixed_corpus(folder: Path) -> list[Path]:
    """Two folders whose files span several workers' ranges: one with a manifest giving
    outlets and dates, one with a bad manifest (to be reported once), duplicates
    within a range and across ranges, and a rejected file."""
    good, bad = folder / "a_good", folder / "b_bad"
    good.mkdir(parents=True)
    bad.mkdir()
    rows = ["file,outlet,published"]
    for number in range(30):
        text = f"خبر رقم {number % 23}\nنص الخبر {number % 23} عن حماة"  # 23..29 repeat 0..6
        (good / f"{number:02}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{number:02}.txt,منفذ {number % 3},2024-12-{number % 28 + 1:02}")
    (good / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (good / "15.txt").write_bytes(b"")  # rejected
    (bad / "manifest.csv").write_text("file,colour\n00.txt,red\n", encoding="utf-8")
    for number in range(14):
        (bad / f"{number:02}.txt").write_text(f"خبر آخر {number % 9}\nنص", encoding="utf-8")
    return [folder]


def _imported_state(db, result) -> tuple:
    rows = db.execute(
        "SELECT a.id, a.content_hash, a.title, a.published, s.name, a.origin_path"
        " FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id"
    ).fetchall()
    metadata = db.execute("SELECT * FROM article_metadata ORDER BY article_id, field").fetchall()
    found = search(db, "حماة", limit=100)
    hits = (found.total, sorted(hit.summary.id for hit in found.results))
    return (
        result.imported,
        result.duplicates,
        [(path, str(reason)) for path, reason in result.rejected],
        result.skipped,
        rows,
        metadata,
        hits,
    )


def _import_in_process(tmp_path, paths, monkeypatch) -> tuple:
    monkeypatch.setattr("reviewer.importing.corpus_import.PARALLEL_MIN_FILES", 10**9)
    db = open_database(tmp_path / "in_process.sqlite")
    try:
        return _imported_state(db, import_paths(db, paths))
    finally:
        db.close()


@pytest.fixture
def two_workers(monkeypatch):
    """Workers for a small import, in ranges of 3 files; the workers started are listed."""
    from reviewer.importing import corpus_import

    monkeypatch.setattr(corpus_import, "PARALLEL_MIN_FILES", 0)
    monkeypatch.setattr(corpus_import, "BATCH_SIZE", 3)
    started: list = []

    class Listed(corpus_import._Worker):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(corpus_import, "_Worker", Listed)
    return started


def test_two_workers_give_the_rows_and_ids_of_one_process(tmp_path, monkeypatch, two_workers):
    paths = _mixed_corpus(tmp_path / "corpus")
    expected = _import_in_process(tmp_path, paths, monkeypatch)
    monkeypatch.setattr("reviewer.importing.corpus_import.PARALLEL_MIN_FILES", 0)

    def not_here(*_args, **_kwargs):
        raise AssertionError("batches were prepared in-process, not by the workers")

    monkeypatch.setattr("reviewer.importing.corpus_import._prepare", not_here)
    db = open_database(tmp_path / "workers.sqlite")
    try:
        in_workers = _imported_state(db, import_paths(db, paths))
    finally:
        db.close()
    assert len(two_workers) == 2
    imported, duplicates, rejected, _skipped, rows, _metadata, _hits = in_workers
    assert len(imported) == 23 - 1 + 9 and len(duplicates) == 7 + 5
    assert sum("colour" in reason for _, reason in rejected) == 1  # the bad manifest, once
    assert {outlet for *_, outlet, _origin in rows} == {"منفذ 0", "منفذ 1", "منفذ 2", None}
    assert in_workers == expected


def test_a_worker_killed_mid_import_leaves_the_rest_to_this_process(
    tmp_path, monkeypatch, two_workers
):
    paths = _mixed_corpus(tmp_path / "corpus")
    db = open_database(tmp_path / "workers.sqlite")

    def kill_the_second_worker() -> bool:  # asked before each batch is written
        if db.execute("SELECT count(*) FROM articles").fetchone()[0] > 0:
            process = two_workers[1].process
            if process.poll() is None:
                process.kill()
                process.wait()
        return False

    try:
        result = import_paths(db, paths, should_cancel=kill_the_second_worker)
        in_workers = _imported_state(db, result)
    finally:
        db.close()
    assert two_workers[1].process.returncode == -9
    assert not result.cancelled
    assert in_workers == _import_in_process(tmp_path, paths, monkeypatch)
