"""Importing a folder full of bad files: each is rejected with a reason, the rest imported.

Every case is a real file on disk (or a real pipe, device link, symlink loop,
deep folder tree) and goes through ``import_paths`` or the ``reviewer import``
command, as an analyst's folder would.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import tracemalloc
from pathlib import Path

import pytest

from reviewer.importing.corpus_import import (
    MAX_FILE_BYTES,
    display_path,
    import_paths,
    printable_path,
    read_article,
)
from reviewer.storage import open_database

REPO = Path(__file__).resolve().parents[2]
ARABIC = "سيطرة الفصائل على حماة\nأعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي."


def _good(folder: Path, name: str, number: int = 0) -> Path:
    path = folder / name
    path.write_text(f"{ARABIC} {name} {number}", encoding="utf-8")
    return path


def _reasons(result) -> dict[str, str]:
    return {path.name: reason for path, reason in result.rejected}


def test_each_bad_file_is_rejected_with_its_reason_and_the_others_imported(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = {
        "empty.txt": (b"", "empty"),
        "spaces.txt": (b" \n\t\r\n ", "empty"),
        "png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        "nul.txt": (ARABIC.encode() + b"\x00" + ARABIC.encode(), "binary"),
        "controls.txt": (b"abc\x01\x02\x03\x04\x05\x06\x07\x08" * 10, "binary"),
        "latin1.txt": ("Résumé des événements à Hamâ".encode("latin-1"), "undecodable"),
        "cut-utf8.txt": (ARABIC.encode()[:-1] + b"\xd8", "invalid UTF-8 at byte"),
        "bad-bom.txt": (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "invalid utf-8-sig"),
        "odd-utf16.txt": (codecs.BOM_UTF16_LE + b"\x00\xd8A", "invalid utf-16"),
        "random.txt": (random.Random(6).randbytes(4096), ""),
    }
    for name, (data, _reason) in bad.items():
        (folder / name).write_bytes(data)
    good = [_good(folder, f"good-{n}.txt", n) for n in range(3)]

    result = import_paths(db, [folder])

    reasons = _reasons(result)
    assert set(reasons) == set(bad)
    for name, (_data, expected) in bad.items():
        assert expected in reasons[name], (name, reasons[name])
    assert sorted(p.name for p, _ in result.imported) == [p.name for p in good]


def test_fifo_and_device_named_txt_are_refused_without_blocking_or_reading(db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would block forever
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    good = _good(folder, "good.txt")

    outcome: dict = {}

    def run() -> None:  # in a thread, so that a blocking read fails the test, not hangs it
        db = open_database(db_path)
        outcome["r"] = import_paths(db, [folder])
        db.close()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "import blocked on a pipe"
    result = outcome["r"]
    reasons = _reasons(result)
    assert "not a regular file" in reasons["pipe.txt"]
    assert "not a regular file" in reasons["zero.txt"]
    assert [p for p, _ in result.imported] == [good]


def test_50_mb_single_line_is_rejected_and_memory_stays_bounded(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    huge = folder / "one-line.txt"
    line = ("سيطرة الفصائل على حماة " * 1000).encode()
    with huge.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)  # no line break anywhere
    good = _good(folder, "good.txt")

    tracemalloc.start()
    try:
        result = import_paths(db, [folder])
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too large" in _reasons(result)["one-line.txt"]
    assert [p for p, _ in result.imported] == [good]
    assert peak < 200 * 1024 * 1024


def test_reading_a_file_near_the_limit_costs_a_small_multiple_of_its_size(tmp_path):
    """Decoding and normalising are bounded: ~4x the file, whatever its shape."""
    path = tmp_path / "near-limit.txt"
    unit = "سيطرة الفصائل على حماة ".encode()
    path.write_bytes(unit * ((MAX_FILE_BYTES - 1024) // len(unit)))
    tracemalloc.start()
    try:
        _title, text, _encoding = read_article(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(text) > 10_000_000
    assert peak < 5 * MAX_FILE_BYTES


def test_file_growing_past_the_limit_is_never_read_past_it(tmp_path, monkeypatch):
    """The size is checked on the bytes read, not only on what stat() claimed."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    real_stat = os.stat

    def stale_stat(target, *args, **kwargs):
        result = real_stat(target, *args, **kwargs)
        if Path(target) == path:  # the file grows after stat() looked at it
            with path.open("ab") as handle:
                handle.truncate(MAX_FILE_BYTES + 10)
        return result

    monkeypatch.setattr("reviewer.importing.corpus_import.os.stat", stale_stat)
    from reviewer.importing.decoding import RejectedFile

    with pytest.raises(RejectedFile, match="too large"):
        read_article(path)


def test_deep_folders_are_walked_and_too_long_paths_rejected(db, tmp_path):
    root = tmp_path / "deep"
    current = root
    for _ in range(200):
        current = current / "d"
    current.mkdir(parents=True)
    bottom = _good(current, "bottom.txt")

    # Deeper than PATH_MAX (4096 bytes): made with paths relative to an open folder.
    too_long = tmp_path / "long"
    too_long.mkdir()
    fd = os.open(too_long, os.O_RDONLY)
    try:
        for _ in range(20):
            os.mkdir("x" * 250, dir_fd=fd)
            inner = os.open("x" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)

    result = import_paths(db, [root, too_long])
    assert [p for p, _ in result.imported] == [bottom]
    [(path, reason)] = result.rejected
    assert "unreadable folder" in reason and str(path).startswith(str(too_long))


def test_symlink_loops_are_rejected_or_not_followed(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "self").symlink_to(folder, target_is_directory=True)
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)
    good = _good(folder, "good.txt")

    result = import_paths(db, [folder, folder / "a.txt"])
    assert [p for p, _ in result.imported] == [good]
    assert {(p.name, "unreadable" in r and "symbolic links" in r) for p, r in result.rejected} == {
        ("a.txt", True),
        ("b.txt", True),
    }
    assert len(result.rejected) == 3  # a.txt in the folder, b.txt, and a.txt given directly


NAMES = [
    "تقرير حماة.txt",
    "🔥 عاجل 🔥.txt",
    "報告書-中文.txt",
    "Ελληνικά.txt",
    "עברית.txt",
    "line\nbreak.txt",
    "tab\tand\rreturn.txt",
    "\u202eevil-rtl-override.txt",
    " leading space.txt",
    "-starts-with-dash.txt",
    "x" * 240 + ".txt",
]


def test_file_names_in_any_script_are_imported(db, tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    for number, name in enumerate(NAMES):
        _good(folder, name, number)
    raw = os.fsencode(folder) + b"/not-utf8-\xff\xfe.txt"  # a name that is not UTF-8 at all
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write(ARABIC + " raw")

    result = import_paths(db, [folder])
    assert result.rejected == []
    assert len(result.imported) == len(NAMES) + 1
    stored = {row[0] for row in db.execute("SELECT origin_path FROM articles")}
    assert {Path(p).name for p in stored} >= set(NAMES)
    assert any(p.endswith("not-utf8-\ufffd\ufffd.txt") for p in stored)


def test_rejection_lines_stay_one_line_whatever_the_name(tmp_path):
    path = tmp_path / "bad\nname\r\u202e.txt"
    shown = display_path(path)
    assert "\n" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "bad\\nname\\r\\u202e.txt" in shown
    weird = Path(os.fsdecode(b"/tmp/\xff.txt"))
    assert printable_path(weird) == "/tmp/\ufffd.txt"
    assert display_path(weird).encode("utf-8")  # printable on any UTF-8 terminal


def test_cli_import_of_a_hostile_folder_never_crashes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin\nary.txt").write_bytes(os.urandom(2048) + b"\x00")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    for number, name in enumerate(NAMES[:5]):
        _good(folder, name, number)
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "reviewer",
            "import",
            str(folder),
            "--db",
            str(tmp_path / "p.sqlite"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert completed.returncode == 1, completed.stderr  # done, with rejections
    assert "Traceback" not in completed.stderr
    assert "5 imported" in completed.stdout
    assert "4 rejected" in completed.stdout


def _import_as_unprivileged_user(folder: Path, db_path: Path) -> dict:
    """Run the import in a forked child that has dropped root (uid/gid 65534).

    Root reads files whatever their mode, so a permission error can only be
    seen honestly by a process without root's privileges.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges for good, import, report, exit
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            db = open_database(db_path)
            result = import_paths(db, [folder])
            db.close()
            report = {
                "imported": [p.name for p, _ in result.imported],
                "rejected": {p.name: r for p, r in result.rejected},
            }
        except BaseException as exc:  # report everything to the parent
            report, code = {"error": repr(exc)}, 1
        os.write(write_end, json.dumps(report).encode())
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def test_unreadable_files_and_folders_are_rejected(tmp_path):
    # A world-writable place the unprivileged child can use (tmp_path is root's only).
    with tempfile.TemporaryDirectory(prefix="reviewer-perm-") as scratch:
        base = Path(scratch)
        base.chmod(0o777)
        folder = base / "in"
        folder.mkdir()
        secret = _good(folder, "secret.txt")
        closed = folder / "closed"
        closed.mkdir()
        _good(closed, "inside.txt")
        _good(folder, "open.txt")
        for path in (folder, *folder.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
        secret.chmod(0)
        closed.chmod(0)

        if os.geteuid() == 0:
            report = _import_as_unprivileged_user(folder, base / "p.sqlite")
            if "error" in report and "Operation not permitted" in report["error"]:
                pytest.skip("cannot drop root privileges here (no CAP_SETUID)")
        else:
            db = open_database(base / "p.sqlite")
            result = import_paths(db, [folder])
            db.close()
            report = {
                "imported": [p.name for p, _ in result.imported],
                "rejected": {p.name: r for p, r in result.rejected},
            }
        closed.chmod(0o755)  # so that the folder can be removed

    assert "error" not in report, report
    assert report["imported"] == ["open.txt"]
    assert report["rejected"]["secret.txt"] == "unreadable (Permission denied)"
    assert report["rejected"]["closed"] == "unreadable folder (Permission denied)"
