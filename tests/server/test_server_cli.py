"""The server commands as a team uses them: set up, add analysts, import, sync, export."""

from __future__ import annotations

import csv

import psycopg
import pytest

from reviewer.cli import main
from reviewer.paths import corpus_dir
from reviewer.project import open_project
from reviewer.storage.database import close_database, set_user
from reviewer.storage.review import mark_event_coded, mark_event_reviewed

from .test_team_sync import _coded_event


def test_a_team_from_an_empty_database_to_an_exported_dataset(
    pg_cluster, tmp_path, monkeypatch, capsys
):
    database = "cliteam"
    with psycopg.connect(pg_cluster.admin_url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database}")
    admin = pg_cluster.admin_url(database)
    assert main(["server", "init", admin]) == 0
    assert "team server ready" in capsys.readouterr().out
    for name, role in (("cli_amal", "coder"), ("cli_rana", "reviewer"), ("cli_boss", "admin")):
        monkeypatch.setenv("REVIEWER_NEW_ANALYST_PASSWORD", f"pw-{name}")
        assert main(["server", "add-analyst", name, "--role", role, "--server", admin]) == 0

    def url(login: str) -> str:
        monkeypatch.setenv("PGPASSWORD", f"pw-{login}")
        return pg_cluster.login_url(login, database)

    # The shared corpus, imported once; a second import adds nothing.
    assert main(["import", "--server", url("cli_boss"), str(corpus_dir())]) == 0
    assert "5 articles added" in capsys.readouterr().out
    assert main(["import", "--server", url("cli_boss"), str(corpus_dir())]) == 0
    assert "0 articles added" in capsys.readouterr().out

    amal_db = tmp_path / "amal.sqlite"
    db = open_project(amal_db, seed_sample=True)
    set_user(db, "cli_amal")
    event = _coded_event(db, "cli_amal")
    mark_event_coded(db, event, "cli_amal")
    close_database(db)
    assert main(["--db", str(amal_db), "sync", "--server", url("cli_amal")]) == 0
    assert "pushed" in capsys.readouterr().out
    assert main(["--db", str(amal_db), "sync"]) == 0  # the server is remembered
    capsys.readouterr()

    rana_db = tmp_path / "rana.sqlite"
    assert main(["--db", str(rana_db), "sync", "--server", url("cli_rana")]) == 0
    db = open_project(rana_db)
    set_user(db, "cli_rana")
    local = db.execute("SELECT id FROM events").fetchone()[0]
    mark_event_reviewed(db, local, "cli_rana")
    close_database(db)
    assert main(["--db", str(rana_db), "sync"]) == 0

    out = tmp_path / "published"
    assert main(["export", "--server", url("cli_rana"), "--out", str(out)]) == 0
    with open(out / "events.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and rows[0]["location"] == "Hama"


@pytest.mark.parametrize(
    "argv",
    [
        ["sync", "--server", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"],
        ["server", "init", "postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"],
    ],
)
def test_an_unreachable_server_is_one_line_without_the_password(argv, tmp_path, capsys):
    argv = ["--db", str(tmp_path / "p.sqlite"), *argv]
    argv[-1] = argv[-1].replace("nobody@", "nobody:secret@")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reviewer:" in err
    assert "secret" not in err and "Traceback" not in err
