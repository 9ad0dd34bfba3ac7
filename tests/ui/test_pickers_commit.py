"""Issue 12.9: a picker saves only a chosen entry, never the text typed to find it."""

from reviewer.storage.audit import event_history
from reviewer.storage.events import get_event

from .conftest import click, key, pick, type_text


def _values_written(db, event_id, field):
    return [
        change.new
        for entry in event_history(db, event_id)
        for change in entry.changes
        if change.field == field
    ]


def _new_event(qtbot, window) -> int:
    key(qtbot, window.article_view, "N", "Ctrl")
    return window.event_form.current_event_id()


def test_search_text_is_never_saved_only_the_chosen_entry(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)

    shown = pick(qtbot, form.actor1_picker, "hay'at")
    assert shown[0].startswith("Hayat Tahrir al-Sham")
    shown = pick(qtbot, form.location_picker, "حماه")
    assert shown[0].startswith("Hama")
    form.flush()

    event = get_event(window._db, event_id)
    assert (event["actor1"], event["inter1"]) == ("Hayat Tahrir al-Sham", "Rebel group")
    assert (event["location"], event["admin1"]) == ("Hama", "Hama")
    assert _values_written(window._db, event_id, "actor1") == ["Hayat Tahrir al-Sham"]
    assert _values_written(window._db, event_id, "location") == ["Hama"]


def test_unmatched_text_stays_unresolved_and_add_is_offered(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)
    line = form.actor1
    click(qtbot, line)
    type_text(line, "Unknown militia xyz")
    popup = form.actor1_picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert form.actor1_picker.candidates()[-1] == "+ Add “Unknown militia xyz” as a new actor…"
    qtbot.wait(600)
    key(qtbot, line, "Tab")  # leave the field without choosing

    assert get_event(window._db, event_id)["actor1"] is None
    assert _values_written(window._db, event_id, "actor1") == []
    assert line.text() == "Unknown militia xyz"  # still there, to resolve
    message = form.field_error("actor1")
    assert message.startswith("Not saved") and "+ Add" in message


def test_typing_the_whole_name_chooses_it(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    event_id = _new_event(qtbot, window)
    click(qtbot, form.actor2)
    type_text(form.actor2, "hayat tahrir al-sham")
    key(qtbot, form.actor2, "Tab")
    form.flush()
    event = get_event(window._db, event_id)
    assert (event["actor2"], event["inter2"]) == ("Hayat Tahrir al-Sham", "Rebel group")


def test_the_list_is_wide_enough_to_read_every_entry(qtbot, make_window, db_path):
    window = make_window(db_path)
    _new_event(qtbot, window)
    picker = window.event_form.actor2_picker
    click(qtbot, picker.line_edit)
    type_text(picker.line_edit, "syrian army")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.width() >= popup.sizeHintForColumn(0)
    assert popup.width() > picker.line_edit.width()  # these names are longer than the field
