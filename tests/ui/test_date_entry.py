"""Issue 12.3: the event date is typed into an empty field, or picked from a calendar
that opens at the article's publication date (else today)."""

import pytest
from PySide6.QtCore import QDate

from reviewer.storage.articles import get_article
from reviewer.storage.events import get_event

from .conftest import article_with, click, key, open_article


def _new_event(qtbot, window) -> int:
    key(qtbot, window.article_view, "N", "Ctrl")
    return window.event_form.current_event_id()


@pytest.mark.parametrize("typed", ["2024-12-05", "5/12/2024", "05.12.2024", "٥/١٢/٢٠٢٤"])
def test_a_date_typed_into_the_empty_field_is_saved(qtbot, make_window, db_path, typed):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    field = window.event_form.event_date
    line = field.line_edit
    assert line.text() == "" and "not set" in line.placeholderText()
    click(qtbot, line)
    key(qtbot, line, "A", "Ctrl")
    if typed.isascii():
        qtbot.keyClicks(line, typed)
    else:
        from .conftest import type_text

        type_text(line, typed)
    key(qtbot, line, "Tab")
    assert get_event(window._db, event_id)["event_date"] == "2024-12-05"
    assert line.text() == "2024-12-05"
    key(qtbot, window.article_view, "Z", "Ctrl")
    assert get_event(window._db, event_id)["event_date"] is None
    assert line.text() == ""


def test_text_that_is_no_date_is_refused_at_the_field(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    line = window.event_form.event_date.line_edit
    click(qtbot, line)
    qtbot.keyClicks(line, "5 December")
    key(qtbot, line, "Tab")
    assert "Not a date" in window.event_form.field_error("event_date")
    assert line.text() == "5 December"  # what was typed stays, to be corrected
    assert get_event(window._db, event_id)["event_date"] is None
    click(qtbot, line)
    key(qtbot, line, "A", "Ctrl")
    qtbot.keyClicks(line, "2024-12-05")
    key(qtbot, line, "Tab")
    assert window.event_form.field_error("event_date") == ""
    assert get_event(window._db, event_id)["event_date"] == "2024-12-05"


def test_the_calendar_opens_at_the_publication_date(qtbot, make_window, db_path):
    window = make_window(db_path)
    homs = article_with(window, "3500")
    published = get_article(window._db, homs).published
    assert published == "2024-12-08"
    open_article(qtbot, window, homs)
    event_id = _new_event(qtbot, window)
    field = window.event_form.event_date
    click(qtbot, field.button)
    qtbot.waitUntil(field.calendar.isVisible)
    assert field.calendar.selectedDate() == QDate(2024, 12, 8)
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2024, 12)
    key(qtbot, field.calendar.focusWidget() or field.calendar, "Left")  # the day before
    key(qtbot, field.calendar.focusWidget() or field.calendar, "Return")
    qtbot.waitUntil(lambda: not field.calendar.isVisible())
    assert field.line_edit.text() == "2024-12-07"
    window.event_form.flush()
    assert get_event(window._db, event_id)["event_date"] == "2024-12-07"


def test_without_a_publication_date_the_calendar_opens_today(qtbot, make_window, db_path):
    window = make_window(db_path)
    assert get_article(window._db, window.current_article_id()).published is None
    _new_event(qtbot, window)
    field = window.event_form.event_date
    click(qtbot, field.button)
    qtbot.waitUntil(field.calendar.isVisible)
    assert field.calendar.selectedDate() == QDate.currentDate()
    assert field.calendar.selectedDate().year() != 1900
