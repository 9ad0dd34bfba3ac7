import subprocess
import sys
import sysconfig
from pathlib import Path

from reviewer import __version__
from reviewer.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, main
from reviewer.paths import corpus_dir


def test_import_then_stats(db_path, capsys):
    assert main(["import", "--db", str(db_path), str(corpus_dir())]) == EXIT_OK
    assert "5 imported, 0 already present, 0 rejected" in capsys.readouterr().out
    assert main(["stats", "--db", str(db_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "articles: 5 (new 5)" in out
    assert "events: 0 (none)" in out


def test_import_exit_code_says_something_was_rejected(db_path, tmp_path, capsys):
    (tmp_path / "good.txt").write_text("حماة\nنص", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    code = main(["import", "--db", str(db_path), str(tmp_path)])
    captured = capsys.readouterr()
    assert code == EXIT_REJECTED
    assert f"rejected: {tmp_path / 'empty.txt'}: empty file" in captured.err
    assert "1 imported" in captured.out


def test_a_folder_import_names_each_skipped_file_with_its_reason(db_path, tmp_path, capsys):
    tmp_path = tmp_path / "articles"  # apart from the project file
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("حماة\nنص", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "README").write_text("notes", encoding="utf-8")
    assert main(["import", "--db", str(db_path), str(tmp_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"{tmp_path / 'photo.jpg'}: skipped: not an article file (.jpg; reviewer reads" in out
    assert f"{tmp_path / 'README'}: skipped: not an article file (no file extension;" in out
    assert "1 imported, 0 already present, 0 rejected, 2 skipped" in out


def test_unusable_database_is_one_line_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    assert main(["stats", "--db", str(bad)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("reviewer: ") and "Traceback" not in err
    assert err.count("\n") == 1
    assert str(bad) in err


def test_version_and_module_entry_point():
    completed = subprocess.run(
        [sys.executable, "-m", "reviewer", "--version"], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == f"reviewer {__version__}"


def test_console_script_is_installed():
    script = Path(sysconfig.get_path("scripts")) / "reviewer"
    completed = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"reviewer {__version__}"


def test_db_option_works_before_or_after_the_subcommand(tmp_path, capsys):
    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    assert main(["--db", str(before), "import", str(corpus_dir())]) == EXIT_OK
    assert main(["import", "--db", str(after), str(corpus_dir())]) == EXIT_OK
    assert before.exists() and after.exists()
