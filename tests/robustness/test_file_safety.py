"""The project file itself: damage is reported and never made worse; copies are sound.

Covers opening damaged and foreign files (refused with a clear message, left
byte-for-byte as they were), ``reviewer check`` (finds planted bad evidence and
claim spans), ``reviewer backup`` while another process writes, the rotating
automatic backups, and migrating every old fixture to the schema a new project has.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.errors import DatabaseError
from reviewer.storage import SCHEMA_VERSION, open_database
from reviewer.storage.audit_chain import register_functions
from reviewer.storage.backups import (
    AUTO_BACKUP_KEEP,
    AutoBackup,
    BackupFailed,
    backup_dir_for,
    backup_on_start,
    copy_database,
    list_backups,
    make_rotating_backup,
)
from reviewer.storage.database import DatabaseDamaged
from reviewer.storage.events import create_event
from reviewer.storage.integrity import check

HERE = Path(__file__).parent
REPO = HERE.parents[1]
FIXTURES = REPO / "tests" / "fixtures"
TEXT = "سيطرة الفصائل على حماة\nأعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي."
HAMA = (TEXT.index("حماة"), TEXT.index("حماة") + len("حماة"))


def _filled_project(path: Path, articles: int = 400) -> Path:
    """A real project of many small rows (every page a b-tree page), checkpointed."""
    db = open_database(path)
    with db.atomic():
        for number in range(articles):
            article = db.execute(
                "INSERT INTO articles (content_hash, title, text, imported_at)"
                " VALUES (?, ?, ?, 'now')",
                [f"hash-{number}", f"خبر {number}", f"{TEXT} {number}"],
            ).lastrowid
            event = create_event(db, article, notes=f"حدث {number}")
            db.execute(
                'INSERT INTO evidence (event_id, article_id, field, start, "end", quote,'
                " created_at) VALUES (?, ?, 'location', ?, ?, 'حماة', 'now')",
                [event, article, *HAMA],
            )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _sidecars(path: Path) -> list[Path]:
    """Journals left holding data (the read-only check may leave an empty WAL file)."""
    candidates = (Path(f"{path}-wal"), Path(f"{path}-journal"))
    return [p for p in candidates if p.exists() and p.stat().st_size > 0]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    return _filled_project(tmp_path_factory.mktemp("filled") / "project.sqlite")


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


def _damage(path: Path, rng: random.Random) -> None:
    """Random bytes over a few pages in the middle of the file."""
    data = bytearray(path.read_bytes())
    page = 4096
    first = (len(data) // page // 2) * page
    data[first : first + 3 * page] = rng.randbytes(3 * page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(3))
def test_random_bytes_in_the_middle_are_reported_and_the_file_untouched(filled, tmp_path, seed):
    path = _copy(filled, tmp_path / "damaged.sqlite")
    _damage(path, random.Random(seed))
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match=r"damaged\.sqlite: the project file is damaged"):
        open_database(path)
    assert path.read_bytes() == before
    assert _sidecars(path) == []


def test_truncated_file_is_reported_and_untouched(filled, tmp_path):
    path = tmp_path / "cut.sqlite"
    path.write_bytes(filled.read_bytes()[: filled.stat().st_size // 2])
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"cut\.sqlite: .*damaged.*left untouched"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(5000),
        bytes(8192),
        b"SQLite format 3\x00" + random.Random(1).randbytes(8000),
        "ملاحظات المحلل\n".encode() * 300,
    ],
    ids=["png", "zeros", "sqlite-header-then-garbage", "arabic-notes"],
)
def test_non_project_files_are_refused_with_a_message_and_untouched(tmp_path, content):
    path = tmp_path / "project.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=r"project\.sqlite: .*(left untouched|not changed)"):
        open_database(path)
    assert path.read_bytes() == content


def test_damage_message_points_to_the_newest_backup(filled, tmp_path):
    path = _copy(filled, tmp_path / "p.sqlite")
    db = open_database(path)
    made = make_rotating_backup(db, path)
    db.close()
    _damage(path, random.Random(7))
    with pytest.raises(DatabaseDamaged, match="newest automatic backup is .*" + made.name):
        open_database(path)
    assert open_database(made).execute("SELECT count(*) FROM articles").fetchone()[0] == 400


# --- reviewer check ---------------------------------------------------------------


def test_check_passes_a_sound_project(filled, capsys):
    assert main(["check", "--db", str(filled)]) == 0
    assert "ok" in capsys.readouterr().out


def test_check_reports_planted_bad_spans(filled, tmp_path, capsys):
    path = _copy(filled, tmp_path / "planted.sqlite")
    db = open_database(path)
    length = len(TEXT + " 0")
    db.execute(  # outside its article
        'INSERT INTO evidence (id, event_id, article_id, field, start, "end", quote, created_at)'
        " VALUES (9001, 1, 1, 'location', ?, ?, 'حماة', 'now')",
        [length - 2, length + 2],
    )
    db.execute(  # inside, but the quote is not what the text says there
        'INSERT INTO evidence (id, event_id, article_id, field, start, "end", quote, created_at)'
        " VALUES (9002, 1, 1, 'location', ?, ?, 'حمص', 'now')",
        HAMA,
    )
    db.execute(
        'INSERT INTO claims (id, event_id, article_id, field, verbatim, start, "end", created_at)'
        " VALUES (9003, 1, 1, 'fatalities', '3000 سجين', 0, 5, 'now')"
    )
    db.close()

    db = open_database(path)
    problems = [str(p) for p in check(db)]
    db.close()
    assert len(problems) == 3, problems
    assert (
        "evidence 9001" in problems[0] and "ends after the article's last character" in problems[0]
    )
    assert "evidence 9002" in problems[1] and "'حمص' does not match" in problems[1]
    assert "claims 9003" in problems[2] and "does not match" in problems[2]

    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "evidence 9001" in out and "evidence 9002" in out and "claims 9003" in out
    assert "3 problem(s) found" in out


def test_check_reports_broken_foreign_keys_and_schema_version(filled, tmp_path, capsys):
    path = _copy(filled, tmp_path / "fk.sqlite")
    conn = sqlite3.connect(path)  # another tool, foreign keys off by default,
    register_functions(conn, lambda: "tool")  # mimicking the app's audit functions
    conn.execute("DELETE FROM articles WHERE id = 2")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "foreign key: reports row" in out
    assert "evidence span: evidence 2 (article 2" in out and "does not exist" in out
    assert f"schema: version {SCHEMA_VERSION - 1} is older" in out


def test_check_on_a_damaged_file_reports_instead_of_crashing(filled, tmp_path, capsys):
    path = _copy(filled, tmp_path / "damaged.sqlite")
    _damage(path, random.Random(3))
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == 1
    assert "integrity:" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_check_of_a_missing_file_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    assert "no such project file" in capsys.readouterr().err
    assert not missing.exists()


# --- reviewer backup ----------------------------------------------------------------


def test_backup_while_another_process_writes(filled, tmp_path):
    path = _copy(filled, tmp_path / "busy.sqlite")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen(  # keeps writing until it is stopped below
        [sys.executable, str(HERE / "edit_child.py"), str(path), "1", "1000000", "writer"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    copies = []
    try:
        for number in range(4):
            target = tmp_path / f"copy-{number}.sqlite"
            completed = subprocess.run(
                [sys.executable, "-m", "reviewer", "backup", str(target), "--db", str(path)],
                capture_output=True,
                text=True,
                env=env,
                cwd=REPO,
                timeout=60,
            )
            assert completed.returncode == 0, completed.stderr
            assert f"backed up {path} to {target}" in completed.stdout
            copies.append(target)
        assert writer.poll() is None, writer.stderr.read()  # it wrote all along
    finally:
        writer.kill()
        writer.communicate(timeout=60)

    counts = []
    for target in copies:
        db = open_database(target)
        assert check(db) == []
        # A consistent snapshot: every event has its report, events match the log.
        events = db.execute("SELECT count(*) FROM events").fetchone()[0]
        inserts = db.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'events' AND action = 'insert'"
        ).fetchone()[0]
        reports = db.execute("SELECT count(DISTINCT event_id) FROM reports").fetchone()[0]
        assert events == inserts == reports
        counts.append(events)
        db.close()
    assert counts == sorted(set(counts))  # each copy a later state: taken while edits went on


def test_backup_never_overwrites_and_accepts_a_folder(filled, tmp_path, capsys):
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"precious")
    assert main(["backup", str(existing), "--db", str(filled)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_bytes() == b"precious"

    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["backup", str(folder), "--db", str(filled)]) == 0
    [made] = folder.iterdir()
    assert made.name.startswith("project-") and made.suffix == ".sqlite"
    assert list(folder.glob(".*")) == []  # no partial file left behind


def test_backup_of_a_non_database_fails_cleanly(tmp_path):
    source = tmp_path / "notes.sqlite"
    source.write_bytes(b"not a database" * 100)
    conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    with pytest.raises(BackupFailed, match="backup failed"):
        copy_database(conn, tmp_path / "copy.sqlite")
    conn.close()
    assert list(tmp_path.iterdir()) == [source]


# --- automatic rotating backups -------------------------------------------------------


def test_rotating_backups_keep_at_most_the_documented_count(filled, tmp_path):
    path = _copy(filled, tmp_path / "p.sqlite")
    db = open_database(path)
    made = [make_rotating_backup(db, path) for _ in range(AUTO_BACKUP_KEEP + 3)]
    kept = list_backups(path)
    assert AUTO_BACKUP_KEEP == 10
    assert kept == made[-AUTO_BACKUP_KEEP:]
    assert all(p.parent == backup_dir_for(path) for p in kept)
    db.close()


def test_auto_backup_waits_for_the_interval_and_for_changes(filled, tmp_path):
    path = _copy(filled, tmp_path / "p.sqlite")
    db = open_database(path)
    now = [0.0]
    auto = AutoBackup.for_database(db, interval=600, clock=lambda: now[0])
    assert auto.db_path == path
    assert auto.tick() is None  # nothing changed, interval not reached

    create_event(db, 1, notes="edit")
    now[0] = 599
    assert auto.tick() is None  # changed, but too soon
    now[0] = 601
    first = auto.tick()
    assert first is not None and list_backups(path) == [first]

    now[0] = 1300
    assert auto.tick() is None  # interval passed, but nothing changed since

    other = open_database(path)  # an edit through another connection counts too
    create_event(other, 1, notes="from the other window")
    other.close()
    second = auto.tick()
    assert second is not None and len(list_backups(path)) == 2
    restored = open_database(second)
    assert restored.execute("SELECT count(*) FROM events").fetchone()[0] == 402
    restored.close()
    db.close()


def test_backup_on_start_only_when_the_file_changed(filled, tmp_path):
    path = _copy(filled, tmp_path / "p.sqlite")
    db = open_database(path)
    assert backup_on_start(db, path) is not None
    db.close()
    db = open_database(path)
    assert backup_on_start(db, path) is None  # opened again, nothing changed
    create_event(db, 1, notes="new work")
    db.close()
    db = open_database(path)
    assert backup_on_start(db, path) is not None
    db.close()
    assert len(list_backups(path)) == 2


# --- migrations -----------------------------------------------------------------------


def _schema(db) -> list[tuple[str, str, str]]:
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    return [(kind, name, " ".join(sql.split())) for kind, name, sql in rows]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_migrated_fixture_has_exactly_the_schema_of_a_new_project(tmp_path, version):
    fixture = FIXTURES / f"schema_v{version}.sqlite"
    assert fixture.exists(), f"keep a fixture for every old schema version: {fixture.name}"
    fresh = open_database(tmp_path / "new.sqlite")
    migrated = open_database(_copy(fixture, tmp_path / fixture.name))
    assert _schema(migrated) == _schema(fresh)
    assert check(migrated) == []
    fresh.close()
    migrated.close()
