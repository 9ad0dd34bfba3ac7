"""Acceptance: Ctrl+Z undoes each kind of edit the README lists, one by one.

Field edits, evidence, links, creating and deleting events, grades, claims,
conflict decisions and accepted suggestions: each is made with the mouse and
keyboard, then Ctrl+Z (or Edit → Undo) takes it back, and the database says so.
"""

from PySide6.QtWidgets import QMessageBox

from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage.events import articles_reporting, events_for_article, get_event
from reviewer.storage.evidence import list_evidence
from reviewer.storage.reports import get_credibility
from reviewer.storage.sources import source_for_article

from .conftest import (
    answer_dialog,
    article_with,
    back_to,
    caret_point,
    choose,
    click,
    click_row,
    key,
    menu_item,
    open_article,
    search_combo,
    select_words,
    type_text,
    wait_for_suggestions,
)

HUNDREDS = "مئات المعتقلين"


def _new_event(qtbot, window) -> int:
    key(qtbot, window.article_view, "N", "Ctrl")
    return window.event_form.current_event_id()


def _undo(qtbot, window) -> None:
    key(qtbot, window.article_view, "Z", "Ctrl")


def _claim(qtbot, window, words, field_keys="Pr", occurrence=0) -> None:
    select_words(qtbot, window.article_view, words, occurrence)
    key(qtbot, window.article_view, "K", "Ctrl")
    search_combo(qtbot, window.side.claims.field, field_keys)
    key(qtbot, window.side.claims.field, "Return")


def test_undo_a_field_edit_chosen_and_typed(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    form = window.event_form
    choose(qtbot, form.event_type, "Riots")
    assert get_event(window._db, event_id)["event_type"] == "Riots"
    click(qtbot, form.notes)
    type_text(form.notes, "سيطرة")
    key(qtbot, form.notes, "S", "Ctrl")  # Event → Save now
    assert get_event(window._db, event_id)["notes"] == "سيطرة"
    _undo(qtbot, window)
    assert get_event(window._db, event_id)["notes"] is None
    assert form.notes.toPlainText() == ""
    _undo(qtbot, window)
    assert get_event(window._db, event_id)["event_type"] is None
    assert form.event_type.currentText() == ""


def test_undo_evidence(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    click(qtbot, window.event_form.notes)
    select_words(qtbot, window.article_view, HUNDREDS)
    key(qtbot, window.article_view, "E", "Ctrl")
    [evidence] = list_evidence(window._db, event_id)
    assert (evidence.field, evidence.quote) == ("notes", HUNDREDS)
    _undo(qtbot, window)
    assert list_evidence(window._db, event_id) == []


def test_undo_a_link(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    click(qtbot, window.event_form.event_date.line_edit)
    qtbot.keyClicks(window.event_form.event_date.line_edit, "2024-12-05")
    pick = window.event_form.location_picker
    click(qtbot, pick.line_edit)
    type_text(pick.line_edit, "حماة")
    qtbot.waitUntil(pick.completer.popup().isVisible)
    key(qtbot, pick.completer.popup(), "Down")
    key(qtbot, pick.completer.popup(), "Return")
    other = article_with(window, "أقر الجيش السوري في بيان")
    open_article(qtbot, window, other)
    key(qtbot, window.article_view, "L", "Ctrl")
    dialog = window.event_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible)
    key(qtbot, dialog.list, "Return")
    back_to(qtbot, window)
    assert other in articles_reporting(window._db, event_id)
    _undo(qtbot, window)
    assert other not in articles_reporting(window._db, event_id)


def test_undo_creating_and_deleting_an_event(qtbot, make_window, db_path):
    window = make_window(db_path)
    article_id = window.current_article_id()
    event_id = _new_event(qtbot, window)
    _undo(qtbot, window)
    assert events_for_article(window._db, article_id) == []
    key(qtbot, window.article_view, "Z", "Ctrl", "Shift")  # redo: back, same id
    assert [e["id"] for e in events_for_article(window._db, article_id)] == [event_id]

    click(qtbot, window.event_form.notes)
    select_words(qtbot, window.article_view, HUNDREDS)
    key(qtbot, window.article_view, "E", "Ctrl")
    _claim(qtbot, window, HUNDREDS)
    answer_dialog(qtbot, lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Yes)))
    click(qtbot, window.event_form.delete_button)
    back_to(qtbot, window)
    assert events_for_article(window._db, article_id) == []
    _undo(qtbot, window)
    assert [e["id"] for e in events_for_article(window._db, article_id)] == [event_id]
    assert len(list_evidence(window._db, event_id)) == 1  # with its evidence
    assert len(claim_store.list_claims(window._db, event_id)) == 1  # and its claims


def test_undo_grades(qtbot, make_window, db_path):
    window = make_window(db_path)
    with_outlet = article_with(window, "إخراج مئات السجناء")
    open_article(qtbot, window, with_outlet)
    event_id = _new_event(qtbot, window)
    key(qtbot, window.article_view, "G", "Ctrl")
    grade = window.side.grade
    ungraded = grade.code()
    key(qtbot, grade, "B")
    key(qtbot, grade, "3")
    assert source_for_article(window._db, with_outlet)["reliability"] == "B"
    assert get_credibility(window._db, with_outlet, event_id) == 3
    key(qtbot, grade, "Z", "Ctrl")
    assert get_credibility(window._db, with_outlet, event_id) is None
    key(qtbot, grade, "Z", "Ctrl")
    assert source_for_article(window._db, with_outlet)["reliability"] is None
    assert grade.code() == ungraded


def test_undo_a_claim(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    _claim(qtbot, window, HUNDREDS)
    assert len(claim_store.list_claims(window._db, event_id)) == 1
    _undo(qtbot, window)
    assert claim_store.list_claims(window._db, event_id) == []
    assert window.side.claims.tree.topLevelItemCount() == 0


def test_undo_a_conflict_decision(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    _claim(qtbot, window, HUNDREDS)
    _claim(qtbot, window, "عنهم 3000 سجين")
    assert conflict_store.event_has_blocking_conflicts(window._db, event_id)
    key(qtbot, window.article_view, "2", "Ctrl")
    view = window.conflicts
    click_row(qtbot, view.conflict_list, view.conflict_list.item(0))
    click(qtbot, view.rationale)
    qtbot.keyClicks(view.rationale, "two statements say hundreds")
    click(qtbot, view.value)
    type_text(view.value, "مئات")
    click(qtbot, view.resolve_button)
    assert not conflict_store.event_has_blocking_conflicts(window._db, event_id)
    key(qtbot, view, "Z", "Ctrl")
    assert conflict_store.event_has_blocking_conflicts(window._db, event_id)


def test_undo_an_accepted_figure_suggestion(qtbot, make_window, db_path):
    """Issue 12.4: Ctrl+Return on a figure, then Ctrl+Z: the claim goes too."""
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    view = window.article_view
    start = view.text().index("3000")
    wait_for_suggestions(qtbot, window)
    click(qtbot, view.viewport(), caret_point(view, start + 2))
    assert window.suggestions.current() is not None
    key(qtbot, view, "Return", "Ctrl")
    [claim] = claim_store.list_claims(window._db, event_id)
    assert (claim["field"], claim["low"]) == ("prisoners_released", 3000)
    _undo(qtbot, window)
    assert claim_store.list_claims(window._db, event_id) == []
    assert window.suggestions.suggestions() == []  # those from before the undo are gone
    wait_for_suggestions(qtbot, window)  # and the figure is offered again

    click(qtbot, view.viewport(), caret_point(view, start + 2))
    key(qtbot, view, "Return", "Ctrl")
    assert len(claim_store.list_claims(window._db, event_id)) == 1
    menu_item(qtbot, window, "Edit", "Undo")  # Edit → Undo does the same
    assert claim_store.list_claims(window._db, event_id) == []
