"""The history panel shows one event's audited changes: when, who, field, before -> after."""

from pathlib import Path

from PySide6.QtCore import Qt

from reviewer.storage.database import set_user
from reviewer.storage.events import create_event, link_report, update_event

SHOTS = Path("/tmp/shots-review")


def test_history_lists_each_field_change_newest_first(qtbot, sample_db):
    from reviewer.ui.history_panel import HistoryPanel

    set_user(sample_db, "amal")
    event_id = create_event(sample_db, 1, event_date="2024-12-05", fatalities=3)
    other = create_event(sample_db, 2, event_date="2024-12-05", notes="other event")
    set_user(sample_db, "bassam")
    update_event(sample_db, event_id, {"fatalities": 100, "location_ar": "حماة"})
    link_report(sample_db, 2, event_id)
    sample_db.execute(
        "UPDATE reports SET credibility = 2 WHERE article_id = 2 AND event_id = ?", [event_id]
    )

    panel = HistoryPanel(sample_db)
    qtbot.addWidget(panel)
    panel.set_event(event_id)
    panel.resize(820, 320)
    panel.show()
    rows = panel.row_texts()
    assert rows[0][1:] == [
        "bassam",
        f"report {rows[0][2].split()[1]} changed",
        "credibility",
        "—",
        "2",
    ]
    fields = {row[3]: row for row in rows if row[2] == "event changed"}
    assert fields["fatalities"][1] == "bassam"
    assert fields["fatalities"][4:] == ["3", "100"]
    assert fields["location_ar"][4:] == ["—", "حماة"]
    assert any(row[2] == "event added" and row[1] == "amal" for row in rows)
    assert not any("other event" in cell for row in rows for cell in row)
    arabic = next(
        panel.table.item(r, 5)
        for r in range(panel.table.rowCount())
        if panel.table.item(r, 5).text() == "حماة"
    )
    assert arabic.textAlignment() & Qt.AlignmentFlag.AlignRight
    assert "RVW" in panel.heading.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(SHOTS / "history_panel.png"))
    panel.set_event(other)
    assert all(row[3] != "credibility" for row in panel.row_texts())
    panel.set_event(None)
    assert panel.table.rowCount() == 0


def test_opening_an_article_reads_its_history_once(qtbot, make_window, db_path, monkeypatch):
    """The form's article change already shows its event on the side panel; the side
    panel's own article change did it again (history, claims and grade read and drawn
    twice per article opened: milliseconds of every switch)."""
    from reviewer.ui.history_panel import HistoryPanel
    from tests.ui.conftest import open_article

    window = make_window(db_path)
    second = window.article_model.article_id_at(1)
    event_id = create_event(window._db, second, notes="x")
    refreshed = []
    real = HistoryPanel.refresh
    monkeypatch.setattr(HistoryPanel, "refresh", lambda self: (refreshed.append(1), real(self)))
    open_article(qtbot, window, second)
    assert window.event_form.current_event_id() == event_id
    assert window.side.history.row_texts()  # its history is shown
    assert len(refreshed) == 1
