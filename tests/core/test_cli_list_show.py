"""``reviewer list`` and ``reviewer show``: readable Arabic on a terminal, true text in a pipe."""

import subprocess
import sys

import pytest

from reviewer.arabic import display_for_terminal
from reviewer.cli import EXIT_ERROR, EXIT_OK, main
from reviewer.storage.articles import get_article, list_article_summaries
from reviewer.storage.events import create_event
from reviewer.terminal import ENV_VAR


@pytest.fixture(autouse=True)
def _auto_mode(monkeypatch):
    for var in (ENV_VAR, "VTE_VERSION", "KONSOLE_VERSION", "MLTERM"):
        monkeypatch.delenv(var, raising=False)


def _seeded(sample_db, db_path):
    sample_db.close()
    return str(db_path)


def test_list_piped_prints_every_article_in_logical_order(sample_db, db_path, capsys):
    articles = list_article_summaries(sample_db)
    assert main(["list", "--db", _seeded(sample_db, db_path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "date", "outlet", "status", "title"]
    assert len(lines) == 1 + len(articles) == 6
    for line, article in zip(lines[1:], articles, strict=True):
        assert line.lstrip().startswith(f"{article.id}  ")
        assert line.endswith(article.title)
        assert article.status in line
    assert "الأيام المصرية" in "\n".join(lines)
    assert "2024-12-08" in "\n".join(lines)


def test_list_visual_when_asked_and_raw_wins(sample_db, db_path, capsys, monkeypatch):
    path = _seeded(sample_db, db_path)
    monkeypatch.setenv(ENV_VAR, "visual")
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["list", "--db", path]) == EXIT_OK
    out = capsys.readouterr().out
    assert display_for_terminal("الأيام المصرية") in out
    assert "الأيام المصرية" not in out
    assert main(["list", "--db", path, "--raw"]) == EXIT_OK
    assert "الأيام المصرية" in capsys.readouterr().out


def test_show_piped_prints_the_stored_text_verbatim(sample_db, db_path):
    article = get_article(sample_db, 2)
    event_id = create_event(sample_db, 2, event_type="Battles", location="Hama")
    path = _seeded(sample_db, db_path)
    completed = subprocess.run(
        [sys.executable, "-m", "reviewer", "show", "--db", path, "2"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"},
    )
    assert completed.returncode == 0, completed.stderr
    head, body = completed.stdout.split("\n\n", 1)
    assert body == article.text + "\n"
    assert f"title: {article.title}" in head.splitlines()
    assert f"event {event_id}: - · Battles · Hama · draft" in head


def test_show_visual_wraps_and_shapes(sample_db, db_path, capsys, monkeypatch):
    path = _seeded(sample_db, db_path)
    monkeypatch.setenv(ENV_VAR, "visual")
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["show", "--db", path, "2"]) == EXIT_OK
    body = capsys.readouterr().out.split("\n\n", 1)[1]
    assert "حماة" not in body and display_for_terminal("حماة") in body
    assert max(len(line) for line in body.splitlines()) <= 60


def test_show_unknown_article_is_one_line_error(sample_db, db_path, capsys):
    assert main(["show", "--db", _seeded(sample_db, db_path), "99"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err == "reviewer: article 99: no such article\n"


def test_hidden_render_command_draws_an_article_offscreen(tmp_path):
    out = tmp_path / "article.png"
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    project = str(tmp_path / "new.sqlite")
    completed = subprocess.run(
        [sys.executable, "-m", "reviewer", "render", "--db", project, "1", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert completed.returncode == 0, completed.stderr
    assert "project has 5 articles" in completed.stdout  # a new project gets the sample
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 20_000
    usage = subprocess.run(
        [sys.executable, "-m", "reviewer", "--help"], capture_output=True, text=True, env=env
    ).stdout
    assert " list " in usage and " render " not in usage
