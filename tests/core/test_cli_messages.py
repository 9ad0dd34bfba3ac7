"""Issue 16: the command line's refusals are core messages with ids, so the window can
translate them; the command line itself still prints them in English."""

import sqlite3

import pytest

from reviewer import cli
from reviewer.errors import database_error_message, os_error_message
from reviewer.messages import Message
from reviewer.project import open_project


@pytest.fixture
def said(monkeypatch):
    """What the command printed on failure, as the object it was given."""
    told: list = []
    real = cli._fail

    def record(message):
        told.append(message)
        return real(message)

    monkeypatch.setattr(cli, "_fail", record)
    return told


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.sqlite"
    open_project(path, seed_sample=True).close()
    return path


def _refused(said, capsys, argv, message_id, english):
    assert cli.main(argv) == cli.EXIT_ERROR
    [message] = said
    assert isinstance(message, Message) and message.id == message_id
    assert english in capsys.readouterr().err  # the command line stays English


def test_a_missing_project(tmp_path, said, capsys):
    missing = tmp_path / "nowhere.sqlite"
    argv = ["--db", str(missing), "list"]
    _refused(said, capsys, argv, "project.missing", "no such project (nothing was created")
    assert not missing.exists()


def test_an_unknown_event_to_review(project, said, capsys):
    argv = ["--db", str(project), "review", "RVW999", "--as", "amal"]
    _refused(said, capsys, argv, "not_found.event", "RVW999: no such event")


def test_a_backup_onto_the_project_itself(project, said, capsys):
    argv = ["--db", str(project), "backup", str(project)]
    _refused(said, capsys, argv, "backup.onto_itself", "is the project file itself")


def test_sync_without_a_server(project, said, capsys):
    argv = ["--db", str(project), "sync"]
    _refused(said, capsys, argv, "sync.no_server", "no team server yet")


def test_a_report_that_cannot_be_written(project, tmp_path, said, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    argv = ["--db", str(project), "report", "--out", str(blocker / "report")]
    _refused(said, capsys, argv, "report.cannot_write", "cannot write the report")


@pytest.mark.parametrize(
    ("error", "message_id"),
    [
        (sqlite3.OperationalError("database or disk is full"), "db.disk_full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "db.read_only"),
        (sqlite3.OperationalError("database is locked"), "db.locked"),
        (sqlite3.DatabaseError("file is not a database"), "db.error"),
    ],
)
def test_database_and_disk_failures_are_messages(error, message_id):
    message = database_error_message(error)
    assert isinstance(message, Message) and message.id == message_id
    full = os_error_message(OSError(28, "No space left on device", "out/events.csv"))
    assert (full.id, str(full)) == ("file.os_error", "out/events.csv: No space left on device")
