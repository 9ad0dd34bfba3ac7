"""Issue 12.1: a claim is made from words selected in the article, for every claim field.

Everything here is done with the mouse and keyboard on the real window: select
words (drag, double-click + Shift+Ctrl+Left, or the keyboard), the claim form
fills, one action adds the claim, Ctrl+Z takes it back.
"""

import pytest
from PySide6.QtCore import Qt

from reviewer.storage import claims as claim_store

from .conftest import caret_point, choose, click, context_menu, key, select_words

HUNDREDS = "مئات المعتقلين"


def _new_event(qtbot, window) -> int:
    key(qtbot, window.article_view, "N", "Ctrl")
    event_id = window.event_form.current_event_id()
    assert event_id is not None
    return event_id


def _claims(window, event_id):
    return claim_store.list_claims(window._db, event_id)


def test_a_mouse_drag_fills_the_claim_form_and_one_click_adds_it(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    panel = window.side.claims
    assert not panel.add_button.isEnabled()

    start, end = select_words(qtbot, window.article_view, HUNDREDS)
    assert panel.verbatim.text() == HUNDREDS
    key(qtbot, window.article_view, "G", "Ctrl")  # Grade & claims
    choose(qtbot, panel.field, "Pr")  # Prisoners released
    assert (panel.low.text(), panel.high.text()) == ("200", "999")
    assert panel.add_button.isEnabled()
    click(qtbot, panel.add_button)

    assert (panel.verbatim.text(), panel.low.text(), panel.high.text()) == ("", "", "")
    [claim] = _claims(window, event_id)
    assert (claim["field"], claim["verbatim"], claim["start"], claim["end"]) == (
        "prisoners_released", HUNDREDS, start, end,
    )  # fmt: skip
    assert (claim["low"], claim["high"]) == (200, 999)

    key(qtbot, window.article_view, "Z", "Ctrl")
    assert _claims(window, event_id) == []
    key(qtbot, window.article_view, "Z", "Ctrl", "Shift")
    assert len(_claims(window, event_id)) == 1


def test_double_click_and_shift_ctrl_left_select_the_words(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    view, panel = window.article_view, window.side.claims
    start = view.text().index(HUNDREDS)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=caret_point(view, start + 2))
    assert panel.verbatim.text() == "مئات"
    key(qtbot, view, "Left", "Shift", "Ctrl")  # in an Arabic line, left is forward
    key(qtbot, view, "Left", "Shift", "Ctrl")
    assert panel.verbatim.text() == HUNDREDS  # the trailing space is not part of the quote
    key(qtbot, view, "K", "Ctrl")  # Event → Add selection as claim…
    qtbot.waitUntil(panel.field.hasFocus, timeout=3000)
    qtbot.keyClicks(panel.field, "Pr")
    key(qtbot, panel.field, "Return")  # Enter adds
    [claim] = _claims(window, event_id)
    assert (claim["verbatim"], claim["start"]) == (HUNDREDS, start)


def test_the_keyboard_alone_selects_words_for_a_claim(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    view, panel = window.article_view, window.side.claims
    click(qtbot, view.viewport(), caret_point(view, 0))
    key(qtbot, view, "Home", "Ctrl")
    for _ in range(2):
        key(qtbot, view, "Left", "Shift", "Ctrl")
    words = panel.verbatim.text()
    assert "بعد" in words and view.text().startswith(words)  # the first words, by keys alone
    key(qtbot, view, "K", "Ctrl")
    qtbot.keyClicks(panel.field, "Pl")  # Place: the value starts from the words
    assert panel.value.currentText() == panel.verbatim.text()
    key(qtbot, panel.field, "Return")
    [claim] = _claims(window, event_id)
    assert claim["field"] == "place" and claim["value_text"] == claim["verbatim"]


def test_add_as_claim_in_the_context_menu(qtbot, make_window, db_path):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    view, panel = window.article_view, window.side.claims
    start, _end = select_words(qtbot, view, "الجيش السوري")
    context_menu(qtbot, view, start + 2, "Add as claim…")
    assert window.side.tabs.currentIndex() == 1
    qtbot.waitUntil(panel.field.hasFocus, timeout=3000)  # once the menu has closed
    qtbot.keyClicks(panel.field, "Force")
    choose(qtbot, panel.value, "withdrew")
    click(qtbot, panel.add_button)
    [claim] = _claims(window, event_id)
    assert (claim["field"], claim["value_text"], claim["verbatim"]) == (
        "force_movement", "withdrew", "الجيش السوري",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("field_keys", "words", "value_keys", "expected"),
    [
        ("Fa", "عنهم 3000 سجين", None, ("fatalities", None, 3000, 3000)),
        ("Pr", HUNDREDS, None, ("prisoners_released", None, 200, 999)),
        ("Te", "سيطرة الفصائل", "opp", ("territorial_control", "opposition", None, None)),
        ("Fo", "الجيش السوري", "den", ("force_movement", "denied_entry", None, None)),
        ("Da", "الخميس", "typed:2024-12-05", ("date", "2024-12-05", None, None)),
        ("Pl", "حماة", None, ("place", "حماة", None, None)),
        ("Cu", "سجن المركزي", "typed:prison", ("custom:site", "prison", None, None)),
    ],
)
def test_every_claim_field_from_a_selection(
    qtbot, make_window, db_path, field_keys, words, value_keys, expected
):
    window = make_window(db_path)
    event_id = _new_event(qtbot, window)
    view, panel = window.article_view, window.side.claims
    if words not in view.text():
        pytest.skip(f"{words} not in the first article")
    select_words(qtbot, view, words)
    key(qtbot, view, "K", "Ctrl")
    qtbot.keyClicks(panel.field, field_keys)
    if expected[0].startswith("custom:"):
        click(qtbot, panel.custom_name)
        qtbot.keyClicks(panel.custom_name, "site")
    if value_keys and value_keys.startswith("typed:"):
        line = panel.value.lineEdit()
        click(qtbot, line)
        key(qtbot, line, "A", "Ctrl")
        qtbot.keyClicks(line, value_keys.removeprefix("typed:"))
    elif value_keys:
        choose(qtbot, panel.value, value_keys)
    click(qtbot, panel.add_button)
    [claim] = _claims(window, event_id)
    assert (claim["field"], claim["value_text"], claim["low"], claim["high"]) == expected
    assert view.text()[claim["start"] : claim["end"]] == claim["verbatim"]
    key(qtbot, view, "Z", "Ctrl")
    assert _claims(window, event_id) == []


def test_without_an_event_the_window_says_what_to_do(qtbot, make_window, db_path):
    window = make_window(db_path)
    select_words(qtbot, window.article_view, HUNDREDS)
    key(qtbot, window.article_view, "K", "Ctrl")
    assert "event first" in window.statusBar().currentMessage()


def test_a_refusal_goes_when_other_words_are_selected(qtbot, make_window, db_path):
    window = make_window(db_path)
    _new_event(qtbot, window)
    view, panel = window.article_view, window.side.claims
    select_words(qtbot, view, "هيئة تحرير الشام")
    key(qtbot, view, "K", "Ctrl")
    qtbot.keyClicks(panel.field, "Pr")  # a number field, but no number in these words
    key(qtbot, panel.field, "Return")
    assert "no figure" in panel.status.text()
    select_words(qtbot, view, HUNDREDS)
    assert panel.status.text() == ""
