from PySide6.QtCore import QDate, Qt

from reviewer.storage.events import events_for_article

from .conftest import type_text


def _code_event(qtbot, form):
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    form.event_type.setCurrentText("Battles")
    form.sub_event_type.setCurrentText("Non-state actor overtakes territory")
    form.event_date.setDate(QDate(2024, 12, 5))
    for widget, text in (  # free-text fields (picker fields save only a chosen entry)
        (form.location_ar, "حماة"),
        (form.tags, "هيئة تحرير الشام; الجيش السوري"),
    ):
        widget.setFocus()
        type_text(widget, text)
    form.fatalities.setValue(0)
    form.notes.setFocus()
    type_text(form.notes, "سيطرة الفصائل على مدينة حماة وسجنها المركزي")


def test_sample_corpus_opens_with_first_article(qtbot, make_window, db_path):
    window = make_window(db_path)
    assert window.article_model.rowCount() == 5
    assert window.current_article_id() == window.article_model.article_id_at(0)
    assert window.article_view.toPlainText().startswith("«بعد سيطرة الفصائل المسلحة")
    qtbot.waitUntil(lambda: "5 articles" in window.counts_label.text())


def test_event_coded_in_the_window_is_there_after_reopening(qtbot, make_window, db_path):
    window = make_window(db_path)
    window.select_row(2)
    article_id = window.current_article_id()
    _code_event(qtbot, window.event_form)
    window.close()  # closing flushes the pending edit: no wait for the save timer

    reopened = make_window(db_path)
    reopened.select_row(reopened.article_model.row_of(article_id))
    form = reopened.event_form
    assert form.event_list.count() == 1
    assert form.event_type.currentText() == "Battles"
    assert form.sub_event_type.currentText() == "Non-state actor overtakes territory"
    assert form.event_date.date() == QDate(2024, 12, 5)
    assert form.location_ar.text() == "حماة"
    assert form.tags.text() == "هيئة تحرير الشام; الجيش السوري"
    assert form.fatalities.value() == 0
    assert form.notes.toPlainText() == "سيطرة الفصائل على مدينة حماة وسجنها المركزي"
    summary = reopened.article_model.summary_at(reopened.article_model.row_of(article_id))
    assert summary.status == "in_progress"


def test_switching_article_saves_the_edit_at_once(qtbot, make_window, db_path):
    window = make_window(db_path)
    first = window.current_article_id()
    form = window.event_form
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    form.location_ar.setFocus()
    type_text(form.location_ar, "سلمية")
    window.next_article()
    [event] = events_for_article(window._db, first)
    assert event["location_ar"] == "سلمية"


def test_edit_is_saved_without_any_navigation(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
    form.tags.setFocus()
    type_text(form.tags, "حزب الله")
    qtbot.waitUntil(lambda: form.status.text() == "Saved", timeout=3000)
    [event] = events_for_article(window._db, window.current_article_id())
    assert event["tags"] == "حزب الله"


def test_several_events_per_article(qtbot, make_window, db_path):
    window = make_window(db_path)
    form = window.event_form
    for place in ("حماة", "حمص"):
        qtbot.mouseClick(form.new_button, Qt.MouseButton.LeftButton)
        form.location_ar.setFocus()
        type_text(form.location_ar, place)
    form.flush()
    locations = [
        e["location_ar"] for e in events_for_article(window._db, window.current_article_id())
    ]
    assert locations == ["حماة", "حمص"]
    assert form.event_list.count() == 2


def test_sub_event_list_follows_the_event_type(make_window, db_path):
    form = make_window(db_path).event_form
    form.new_event()
    form.event_type.setCurrentText("Riots")
    items = [form.sub_event_type.itemText(i) for i in range(form.sub_event_type.count())]
    assert items == ["", "Violent demonstration", "Mob violence"]


def test_next_and_previous_article_shortcuts(qtbot, make_window, db_path):
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitActive(window)
    window.event_form.new_event()
    window.event_form.location.setFocus()  # shortcuts work from inside the form too
    qtbot.waitUntil(window.event_form.location.hasFocus)
    first = window.current_article_id()
    qtbot.keyClick(
        window.event_form.location, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_article_id() == window.article_model.article_id_at(1)
    qtbot.keyClick(
        window.event_form.location, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_article_id() == first


def test_zoom_shortcuts_change_the_article_font(qtbot, make_window, db_path):
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.article_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    size = view.point_size()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() == size + 1
    assert view.font().pointSize() == size + 1
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.point_size() == size - 1


def test_splitter_sizes_are_remembered(make_window, db_path):
    window = make_window(db_path)
    window.splitter.setSizes([200, 900, 300])
    wanted = window.splitter.sizes()
    window.close()
    again = make_window(db_path)
    assert again.splitter.sizes() == wanted


def test_article_view_is_read_only_plain_text(qtbot, make_window, db_path):
    window = make_window(db_path)
    view = window.article_view
    before = view.toPlainText()
    view.setFocus()
    type_text(view, "xyz")
    assert view.toPlainText() == before
    assert view.isReadOnly() and not view.acceptRichText()
