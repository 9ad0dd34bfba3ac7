"""The event form driven through the real widgets, read back from the database."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reviewer.importing.corpus_import import import_paths
from reviewer.project import open_project
from reviewer.storage import open_database
from reviewer.storage.events import events_for_article, get_event, today, update_event
from reviewer.storage.evidence import list_evidence
from reviewer.ui.evidence_link import EVIDENCE_LAYER, FOCUS_LAYER

from .conftest import type_text

SHOTS = "/tmp/shots-evform"


def _ready(qtbot, window):
    """Make the window active, so its shortcuts fire (waitActive alone is a context manager)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.event_form


def _pick(qtbot, picker, typed: str, row: int = 0) -> list[str]:
    """Type into a picker's field and choose a suggestion with the keyboard."""
    picker.line_edit.setFocus()
    qtbot.waitUntil(picker.line_edit.hasFocus)
    type_text(picker.line_edit, typed)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = picker.candidates()
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    return shown


def _select(view, words: str, occurrence: int = 0) -> tuple[int, int]:
    text = view.text()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    view.select_span(start, start + len(words))
    return start, start + len(words)


def _attach_with_shortcut(qtbot, window, field: str, words: str) -> tuple[int, int]:
    window.event_form.focus_field(field)
    span = _select(window.article_view, words)
    window.article_view.setFocus()  # selecting with the mouse moves focus to the article
    qtbot.keyClick(window.article_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return span


def _window_on(make_window, tmp_path, db_path, text: str):
    """A window on a project holding one article with ``text``."""
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    db = open_project(db_path, seed_sample=False)
    import_paths(db, [source])
    db.close()
    return make_window(db_path, seed=False)


def _menu_action(menu, text):
    for action in menu.actions():
        if action.menu():
            found = _menu_action(action.menu(), text)
            if found:
                return found
        elif action.text() == text:
            return action
    return None


def test_complete_event_coded_through_the_widgets(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    article_id = window.current_article_id()
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    form.event_type.setCurrentText("Battles")
    form.sub_event_type.setCurrentText("Non-state actor overtakes territory")
    assert form.disorder_type.text() == "Political violence"
    form.event_date.setDate(QDate(2024, 12, 5))
    form.time_precision.setCurrentIndex(1)

    shown = _pick(qtbot, form.location_picker, "حماه")  # the spelling of article 004
    assert shown[0].startswith("Hama — حماة (town")
    assert form.location.text() == "Hama" and form.admin1.text() == "Hama"
    assert form.latitude.text() == "35.1318"
    _pick(qtbot, form.actor1_picker, "هيئة تحرير الشام")
    assert form.actor1.text() == "Hayat Tahrir al-Sham"
    assert form.inter1.currentText() == "Rebel group"  # filled from the actor list
    _pick(qtbot, form.actor2_picker, "الجيش السوري")
    assert form.inter2.currentText() == "State forces"
    assert form.interaction.text() == "State forces-Rebel group"
    form.assoc_actor_1.setFocus()
    type_text(form.assoc_actor_1, "Prisoners (Syria)")
    form.fatalities_low.setValue(0)
    form.fatalities.setValue(0)
    form.fatalities_high.setValue(3)
    form.notes.setFocus()
    type_text(form.notes, "سيطرة الفصائل على مدينة حماة وسجنها المركزي")
    form.tags.setFocus()
    type_text(form.tags, "prison break; Hama offensive")

    actor_span = _attach_with_shortcut(qtbot, window, "actor1", "هيئة تحرير الشام")
    form.focus_field("location")
    place_span = _select(window.article_view, "حماة")
    menu = window.article_view.build_context_menu()
    _menu_action(menu, "Attach selection to Location").trigger()
    figure_span = _select(window.article_view, "3000")
    _menu_action(window.article_view.build_context_menu(), "Low").trigger()
    window.grab().save(f"{SHOTS}/complete-event.png")
    window.close()  # flushes what is still pending

    db = open_database(db_path)
    [event] = events_for_article(db, article_id)
    expected = {
        "event_date": "2024-12-05", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Non-state actor overtakes territory",
        "actor1": "Hayat Tahrir al-Sham", "inter1": "Rebel group",
        "assoc_actor_1": "Prisoners (Syria)",
        "actor2": "Military Forces of Syria (2000-2024)", "inter2": "State forces",
        "civilian_targeting": 0, "iso": 760, "country": "Syria",
        "admin1": "Hama", "admin2": "Hama", "admin3": "Hama", "location": "Hama",
        "location_ar": "حماة", "geonames_id": 170017, "latitude": 35.1318,
        "longitude": 36.7578, "geo_precision": 1,
        "notes": "سيطرة الفصائل على مدينة حماة وسجنها المركزي",
        "tags": "prison break; Hama offensive",
        "fatalities_low": 0, "fatalities": 0, "fatalities_high": 3,
    }  # fmt: skip
    assert {key: event[key] for key in expected} == expected
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    spans = {(e.field, e.start, e.end, e.quote) for e in list_evidence(db, event["id"])}
    assert spans == {
        ("actor1", *actor_span, "هيئة تحرير الشام"),
        ("location", *place_span, "حماة"),
        ("fatalities_low", *figure_span, "3000"),
    }
    assert all(text[start:end] == quote for _, start, end, quote in spans)
    db.close()


def test_evidence_offsets_across_a_non_bmp_character(qtbot, make_window, tmp_path, db_path):
    window = _window_on(
        make_window, tmp_path, db_path, "عاجل 🚨 من حماة\nدخلت 🚨🚨 الفصائل إلى مدينة حماة اليوم"
    )
    form = _ready(qtbot, window)
    form.new_event()
    _attach_with_shortcut(qtbot, window, "location", "الفصائل")
    [evidence] = list_evidence(window._db, form.current_event_id())
    text = window.article_view.text()
    assert (evidence.start, evidence.end) == (text.index("الفصائل"), text.index("الفصائل") + 7)
    assert evidence.quote == "الفصائل" == text[evidence.start : evidence.end]
    # The highlight covers the same words on screen (UTF-16 positions inside Qt).
    window.suggestions.clear()  # only the evidence layers stay drawn
    selections = window.article_view.extraSelections()
    assert len(selections) == 2  # the event's evidence, and the focused field's on top
    assert {s.cursor.selectedText() for s in selections} == {"الفصائل"}


def test_field_evidence_is_highlighted_and_a_click_shows_the_field(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    view = window.article_view
    form.new_event()
    _attach_with_shortcut(qtbot, window, "actor2", "الجيش السوري")
    place = _attach_with_shortcut(qtbot, window, "location", "حماة")
    assert len(view.highlights(EVIDENCE_LAYER)) == 2
    assert [(h.start, h.end) for h in view.highlights(FOCUS_LAYER)] == [place]

    form.focus_field("notes")
    assert view.highlights(FOCUS_LAYER) == []
    view.setFocus()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view._offsets.cp_to_utf16(place[0] + 2))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center()
    )
    qtbot.waitUntil(form.location.hasFocus)
    assert form.current_field() == "location"
    assert [(h.start, h.end) for h in view.highlights(FOCUS_LAYER)] == [place]
    window.grab().save(f"{SHOTS}/evidence-focus.png")


@pytest.mark.parametrize(
    "action, field, words",
    [
        ("date", "event_date", "in the future"),
        ("published", "event_date", "after article"),
        ("fatalities", "fatalities", "low <= best <= high"),
        ("latitude", "latitude", "outside Syria"),
    ],
)
def test_refused_value_is_explained_at_its_field(qtbot, make_window, db_path, action, field, words):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    if action == "published":  # article 003 states its publication date
        window.select_row(window.article_model.row_of(4))
    event_id = form.new_event()
    before = get_event(window._db, event_id)
    if action == "date":
        form.event_date.setDate(
            QDate.fromString((today() + timedelta(days=3)).isoformat(), "yyyy-MM-dd")
        )
    elif action == "published":
        form.event_date.setDate(QDate(2024, 12, 9))
    elif action == "fatalities":
        form.fatalities_low.setValue(10)
        form.fatalities.setValue(4)
    else:
        form.latitude.setFocus()
        type_text(form.latitude, "39.93")
    form.flush()
    assert words in form.field_error(field)
    assert form.errors[field].isVisible()
    stored = get_event(window._db, event_id)
    assert stored[field] == before[field]
    qtbot.wait(50)  # let the layout make room for the message
    window.grab().save(f"{SHOTS}/error-{action}.png")


def test_undo_and_redo_survive_switching_article(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    first = window.current_article_id()
    event_id = form.new_event()
    form.tags.setFocus()
    type_text(form.tags, "سلمية")
    form.event_type.setCurrentText("Riots")
    window.next_article()
    assert window.current_article_id() != first

    window.undo_action.trigger()
    assert get_event(window._db, event_id)["event_type"] is None
    window.undo_action.trigger()
    assert get_event(window._db, event_id)["tags"] is None
    window.redo_action.trigger()
    assert get_event(window._db, event_id)["tags"] == "سلمية"

    window.previous_article()
    assert form.tags.text() == "سلمية" and form.event_type.currentText() == ""
    form.tags.setFocus()
    qtbot.waitUntil(form.tags.hasFocus)
    qtbot.keyClick(form.tags, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.tags.text() == ""  # the window's undo, not the line edit's own
    assert get_event(window._db, event_id)["tags"] is None


def test_typing_a_word_is_one_undo_step(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    event_id = form.new_event()
    form.notes.setFocus()
    type_text(form.notes, "سيطرة")
    form.flush()
    type_text(form.notes, " الفصائل")
    form.flush()
    window.undo_action.trigger()
    assert get_event(window._db, event_id)["notes"] is None
    assert form.notes.toPlainText() == ""


def test_edit_of_an_event_changed_elsewhere_is_refused_and_reloaded(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    event_id = form.new_event()
    other = open_database(db_path)
    update_event(other, event_id, {"location": "Homs"})
    other.close()
    form.notes.setFocus()
    type_text(form.notes, "ملاحظة")
    assert not form.flush()
    assert form.stale_banner.isVisible()
    assert "changed elsewhere" in form.stale_banner.text()
    assert form.location.text() == "Homs"  # reloaded with the stored values
    assert get_event(window._db, event_id)["notes"] is None
    form.notes.setFocus()
    type_text(form.notes, "ملاحظة")
    assert form.flush()  # after the reload, edits go through again
    window.grab().save(f"{SHOTS}/stale.png")


def test_link_this_article_to_an_existing_event(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    first = window.current_article_id()
    event_id = form.new_event()
    form.event_date.setDate(QDate(2024, 12, 5))
    _pick(qtbot, form.location_picker, "حماة")
    window.select_row(window.article_model.row_of(5))  # also about Hama
    second = window.current_article_id()
    qtbot.mouseClick(form.link_button, Qt.MouseButton.LeftButton)
    dialog = window.event_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.list.item(0).text().startswith(f"RVW{event_id} ")
    assert "place named in this article" in dialog.list.item(0).text()
    dialog.grab().save(f"{SHOTS}/link-dialog.png")
    dialog.accept()
    assert form.current_event_id() == event_id
    reports = [form.report_list.item(i).text() for i in range(form.report_list.count())]
    assert len(reports) == 2 and any("(this article)" in r for r in reports)
    assert {e["id"] for e in events_for_article(window._db, second)} == {event_id}
    form.report_list.setCurrentRow(0)
    form.report_list.itemActivated.emit(form.report_list.item(0))
    assert window.current_article_id() == first  # the list opens the other report

    window.undo_action.trigger()
    assert events_for_article(window._db, second) == []


def test_analyst_adds_a_place_from_the_picker(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    event_id = form.new_event()
    form.location.setFocus()
    type_text(form.location, "سجن حماة المركزي")
    shown = form.location_picker.candidates()
    assert shown[-1] == "+ Add “سجن حماة المركزي” as a new place…"
    form.location_picker.choose(len(shown) - 1)
    dialog = form.add_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name_ar.text() == "سجن حماة المركزي"
    dialog.name_en.setText("Hama Central Prison")
    dialog.admin1.setCurrentText("Hama")
    dialog.latitude.setValue(35.14)
    dialog.longitude.setValue(36.75)
    dialog.grab().save(f"{SHOTS}/add-place.png")
    dialog.accept()
    stored = get_event(window._db, event_id)
    assert (stored["location"], stored["location_ar"]) == (
        "Hama Central Prison",
        "سجن حماة المركزي",
    )
    assert (stored["latitude"], stored["admin1"]) == (35.14, "Hama")
    form.location.clear()
    form.location.setFocus()
    type_text(form.location, "سجن حماه")
    assert form.location_picker.candidates()[0].startswith("Hama Central Prison")


def test_analyst_adds_an_actor_with_its_inter(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    event_id = form.new_event()
    form.actor1.setFocus()
    type_text(form.actor1, "عشائر البدو")
    form.actor1_picker.choose(form.actor1_picker.model.rowCount() - 1)
    dialog = form.add_dialog
    dialog.name.setText("Bedouin Tribal Militia (Syria)")
    dialog.inter.setCurrentText("Identity militia")
    dialog.accept()
    stored = get_event(window._db, event_id)
    assert (stored["actor1"], stored["inter1"]) == (
        "Bedouin Tribal Militia (Syria)",
        "Identity militia",
    )


def test_group_shortcuts_and_the_shortcuts_sheet(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    form.new_event()
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.location.hasFocus)
    qtbot.keyClick(form.location, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.actor1.hasFocus)
    sheet = window.show_shortcuts()
    rows = [
        tuple(sheet.table.item(r, c).text() for c in range(3))
        for r in range(sheet.table.rowCount())
    ]
    keys = {row[1] for row in rows}
    assert {"Ctrl+E", "Alt+1", "Alt+3", "Ctrl+N"} <= keys
    assert any(row[2] == "Undo" for row in rows)
    sheet.grab().save(f"{SHOTS}/shortcuts.png")


def test_evidence_offsets_across_latin_runs_and_arabic_indic_digits(
    qtbot, make_window, tmp_path, db_path
):
    window = _window_on(
        make_window,
        tmp_path,
        db_path,
        "خبر عاجل\nقالت وكالة Reuters إن ٣٠٠٠ سجين 🚨 خرجوا من سجن حمص المركزي (Homs) مساء السبت",
    )
    form = _ready(qtbot, window)
    form.new_event()
    text = window.article_view.text()
    for field, words in (("location", "حمص"), ("fatalities", "٣٠٠٠"), ("notes", "Reuters")):
        _attach_with_shortcut(qtbot, window, field, words)
    spans = {e.field: e for e in list_evidence(window._db, form.current_event_id())}
    for field, words in (("location", "حمص"), ("fatalities", "٣٠٠٠"), ("notes", "Reuters")):
        start = text.index(words)
        assert (spans[field].start, spans[field].end) == (start, start + len(words)), field
        assert spans[field].quote == words


def test_new_event_and_save_keys(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = _ready(qtbot, window)
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    event_id = form.current_event_id()
    assert event_id is not None
    form.notes.setFocus()
    type_text(form.notes, "ملاحظة")
    qtbot.keyClick(form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_event(window._db, event_id)["notes"] == "ملاحظة"


def test_creating_and_deleting_an_event_are_undone(qtbot, make_window, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from reviewer.storage import claims as claim_store

    window = make_window(db_path)
    form = window.event_form
    db = window._db
    article = window.current_article_id()
    event_id = form.new_event()
    form.event_type.setCurrentText("Battles")
    form.flush()
    text = window.article_view.text()
    start = text.index("3000")
    claim_store.add_claim(
        db, event_id, article, "prisoners_released", "3000", start=start, end=start + 4
    )
    _ready(qtbot, window)
    _attach_with_shortcut(qtbot, window, "location", "حماة")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.confirm_delete()
    assert events_for_article(db, article) == []

    window.event_actions.undo()  # the delete: back with its claim and evidence, same id
    [restored] = events_for_article(db, article)
    assert (restored["id"], restored["event_type"]) == (event_id, "Battles")
    assert len(claim_store.list_claims(db, event_id)) == 1
    assert len(list_evidence(db, event_id)) == 1
    assert form.current_event_id() == event_id

    while window.undo_stack.canUndo():  # evidence, the type, then the creation itself
        window.event_actions.undo()
    assert events_for_article(db, article) == []
    window.event_actions.redo()  # creating it again gives the same event back
    assert [e["id"] for e in events_for_article(db, article)] == [event_id]
