"""File → Sync in the real window, by its shortcut, against the real server."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reviewer.project import open_project
from reviewer.server.sync import sync
from reviewer.storage.database import close_database, set_user

from .test_team_sync import _coded_event


def amal_synced_then_bassams_window(server, tmp_path, monkeypatch, qtbot, settings):
    """Amal codes an event and syncs; Bassam's project, synced once from the command
    line (so the server is remembered for F5), opens in a window as Bassam, with his
    password in the environment. Returns amal, bassam, Amal's project, her event's id,
    Bassam's connection and the window."""
    amal, bassam = server.analyst("amal"), server.analyst("bassam")
    a = open_project(tmp_path / "amal.sqlite", seed_sample=True)
    set_user(a, amal)
    event_id = _coded_event(a, amal)
    monkeypatch.setenv("PGPASSWORD", f"pw-{amal}")
    sync(a, server.url_for(amal))

    monkeypatch.setenv("PGPASSWORD", f"pw-{bassam}")
    path = tmp_path / "bassam.sqlite"
    b = open_project(path, seed_sample=True)
    set_user(b, bassam)
    sync(b, server.url_for(bassam))
    close_database(b)

    from reviewer.ui.main_window import MainWindow

    db = open_project(path)
    window = MainWindow(db, settings, user=bassam)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return amal, bassam, a, event_id, db, window


def test_f5_pulls_a_colleagues_event_and_the_status_bar_says_so(
    server, tmp_path, monkeypatch, qtbot, settings
):
    amal, bassam, a, uid_code, db, window = amal_synced_then_bassams_window(
        server, tmp_path, monkeypatch, qtbot, settings
    )
    uid = a.execute("SELECT uid FROM events WHERE id = ?", [uid_code]).fetchone()[0]
    label = window.sync.label
    assert "last sync" in label.text()
    table = window.article_table  # the analyst clicks into the window first
    rect = table.visualRect(window.article_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    from reviewer.storage.events import update_event

    update_event(a, uid_code, {"notes": "من النافذة"})
    monkeypatch.setenv("PGPASSWORD", f"pw-{amal}")
    sync(a, server.url_for(amal))
    monkeypatch.setenv("PGPASSWORD", f"pw-{bassam}")

    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert done.args[0].startswith("synced with")
    assert db.execute("SELECT notes FROM events WHERE uid = ?", [uid]).fetchone()[0] == "من النافذة"
    assert "0 to send" in label.text() and "error" not in label.text()

    monkeypatch.setenv("PGPASSWORD", "wrong")  # offline / refused: one line, nothing lost
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as failed:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "cannot connect" in failed.args[0] and "\n" not in failed.args[0]
    assert "error" in label.text()
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    window.close()


def test_a_sync_conflict_is_decided_on_the_conflicts_page_by_clicks(
    server, tmp_path, monkeypatch, qtbot, settings
):
    from .test_team_sync import adjudicators_in_conflict

    team = {
        "amal": server.analyst("amal"),
        "adil": server.analyst("adil", role="adjudicator"),
        "hadi": server.analyst("hadi", role="adjudicator"),
    }
    case = adjudicators_in_conflict(server, team, tmp_path, monkeypatch)
    d2, uid = case.second_project, case.uid
    path = tmp_path / f"{team['hadi']}.sqlite"
    close_database(d2)

    from reviewer.ui.main_window import MainWindow

    db = open_project(path)
    window = MainWindow(db, settings, user=team["hadi"])
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.sync_conflicts
    assert panel.isVisible() and panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "30" and panel.table.item(0, 3).text() == "12"
    cell = panel.table.visualItemRect(panel.table.item(0, 0)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    with qtbot.waitSignal(window.sync.finished, timeout=30_000) as done:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert done.args[0].startswith("synced with")
    assert db.execute("SELECT fatalities FROM events WHERE uid = ?", [uid]).fetchone()[0] == 12
    window.close()
