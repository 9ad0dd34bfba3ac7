"""Review actions through the real widget: the core decides, the widget shows its words."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reviewer.storage.events import create_event, get_event
from reviewer.storage.project_settings import set_require_distinct_reviewer
from reviewer.storage.review import article_status
from tests.coding import complete_event

SHOTS = Path("/tmp/shots-review")


@pytest.fixture
def actions(qtbot, sample_db):
    from reviewer.ui.review_actions import ReviewActions

    event_id = complete_event(sample_db, 1)
    flushed = []
    widget = ReviewActions(sample_db, "amal", before_change=lambda: flushed.append(True))
    widget.flushed = flushed
    qtbot.addWidget(widget)
    widget.set_article(1)
    widget.set_event(event_id)
    widget.resize(560, 110)
    widget.show()
    return widget, event_id


def test_mark_coded_then_reviewed_by_someone_else(qtbot, sample_db, actions):
    widget, event_id = actions
    assert widget.mark_coded_button.isEnabled() and not widget.mark_reviewed_button.isEnabled()
    with qtbot.waitSignal(widget.event_status_changed) as signal:
        qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    assert signal.args == [event_id]
    assert widget.flushed == [True]  # pending form edits are written first
    assert get_event(sample_db, event_id)["coded_by"] == "amal"
    assert "coded by amal" in widget.status_label.text()
    widget.set_user(lambda: "bassam")
    qtbot.mouseClick(widget.mark_reviewed_button, Qt.MouseButton.LeftButton)
    event = get_event(sample_db, event_id)
    assert (event["status"], event["reviewed_by"]) == ("reviewed", "bassam")
    assert widget.reopen_button.isEnabled() and not widget.mark_reviewed_button.isEnabled()
    assert article_status(sample_db, 1) == "reviewed"


def test_four_eyes_refusal_is_shown_in_the_cores_words(qtbot, sample_db, actions):
    widget, event_id = actions
    set_require_distinct_reviewer(sample_db, True)
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.mark_reviewed_button, Qt.MouseButton.LeftButton)
    assert "four-eyes" in widget.message()
    assert widget.message_label.isVisible()
    assert get_event(sample_db, event_id)["status"] == "coded"
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "review_actions_refused.png"))


def test_open_conflict_blocks_the_review_button(qtbot, sample_db, actions):
    widget, event_id = actions
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    sample_db.execute(
        "INSERT INTO conflicts (event_id, field, origin, created_at)"
        " VALUES (?, 'fatalities', 'detected', 'x')",
        [event_id],
    )
    widget.set_user("bassam")
    qtbot.mouseClick(widget.mark_reviewed_button, Qt.MouseButton.LeftButton)
    assert "open conflicts" in widget.message()
    assert get_event(sample_db, event_id)["status"] == "coded"


def test_an_incomplete_event_is_refused_with_what_is_missing(qtbot, sample_db, actions):
    widget, _event_id = actions
    empty = create_event(sample_db, 1, user="amal", actor1="Hayat Tahrir al-Sham")
    widget.set_event(empty)
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    message = widget.message()
    assert message.startswith(f"event RVW{empty}: cannot be marked coded; missing: event type")
    assert "actor 1's inter code" in message and "actor 1," not in message
    assert widget.message_label.isVisible()
    assert get_event(sample_db, empty)["status"] == "draft"


def test_reject_article(qtbot, sample_db, actions):
    widget, _event_id = actions
    qtbot.mouseClick(widget.reject_button, Qt.MouseButton.LeftButton)
    assert "reports 1 event" in widget.message()
    widget.set_article(3)
    with qtbot.waitSignal(widget.article_status_changed):
        qtbot.mouseClick(widget.reject_button, Qt.MouseButton.LeftButton)
    assert article_status(sample_db, 3) == "rejected"
    assert not widget.reject_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "review_actions.png"))


def test_without_a_name_nothing_is_marked(qtbot, sample_db, actions):
    widget, event_id = actions
    widget.set_user(lambda: "")
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    assert "name" in widget.message()
    assert get_event(sample_db, event_id)["status"] == "draft"


def _answer_dialog(name: str | None) -> None:
    """Type ``name`` into the analyst-name dialog when it opens (None: cancel it)."""
    from reviewer.ui.analyst_name import AnalystNameDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AnalystNameDialog)
        if name is None:
            dialog.reject()
            return
        dialog.name_edit.setText(name)
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "analyst_name.png"))
        dialog.accept()

    QTimer.singleShot(50, answer)


def test_analyst_name_is_asked_once_and_kept(qtbot, settings):
    from reviewer.ui.analyst_name import ensure_analyst_name

    _answer_dialog("  أمل   حداد ")
    assert ensure_analyst_name(settings, None) == "أمل حداد"
    assert settings.value("analyst/name") == "أمل حداد"
    assert ensure_analyst_name(settings, None) == "أمل حداد"  # no dialog the second time


def test_cancelling_the_name_dialog_stores_nothing(qtbot, settings):
    from reviewer.ui.analyst_name import AnalystNameDialog, ensure_analyst_name

    _answer_dialog(None)
    assert ensure_analyst_name(settings, None) == ""
    assert settings.value("analyst/name") is None
    dialog = AnalystNameDialog()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
