"""The window in Arabic: mirrored layout, Arabic keyboard, the core's refusals translated."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from reviewer.storage.events import create_event, get_event
from reviewer.storage.project_settings import set_require_distinct_reviewer
from tests.coding import complete_event

from .conftest import pick, type_text

DARK = 128
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _left(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _ink_columns(image: QImage, top: int, bottom: int) -> tuple[int, int] | None:
    xs = [
        x
        for y in range(max(top, 0), min(bottom, image.height()))
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < DARK
    ]
    return (min(xs), max(xs)) if xs else None


def _open_row_with(window, words: str) -> None:
    """Click the article whose title holds ``words``, as the analyst would."""
    model, table = window.article_model, window.article_table
    row = next(r for r in range(model.rowCount()) if words in (model.index(r, 0).data() or ""))
    rect = table.visualRect(model.index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _count_events(db) -> int:
    return db.execute("SELECT count(*) FROM events").fetchone()[0]


def test_arabic_mirrors_the_window_but_not_an_english_paragraph(arabic, make_window, db_path):
    window = make_window(db_path)
    _open_row_with(window, "إطلاق سراح")  # the article with an "ADVERTISEMENT" line
    view = window.article_view
    assert "ADVERTISEMENT" in view.text()
    image = window.grab().toImage()
    list_x, view_x, form_x = _left(window.article_table), _left(view), _left(window.side)
    assert list_x > view_x > form_x, "article list right, article centre, form left"
    # From pixels: the list's ink is in the right part of the window, the form's in the left.
    width = image.width()
    table = window.article_table
    assert _left(table) + table.width() / 2 > width / 2
    assert _left(window.side) + window.side.width() / 2 < width / 2
    # The English paragraph still hugs the view's left edge; Arabic ones its right edge.
    document = view.document()
    offset = view.verticalScrollBar().value()
    shot = view.viewport().grab().toImage()
    block = document.begin()
    seen = {"latin": False, "arabic": False}
    while block.isValid():
        rect = document.documentLayout().blockBoundingRect(block).translated(0, -offset)
        if rect.top() >= 0 and rect.bottom() < shot.height() and block.text().strip():
            ink = _ink_columns(shot, int(rect.top()) + 3, int(rect.bottom()) - 3)
            if block.text() == "ADVERTISEMENT":
                assert ink[0] < 30 and ink[1] < shot.width() / 2, ink
                seen["latin"] = True
            elif ink is not None:
                assert ink[1] > shot.width() - 30, (block.text()[:30], ink)
                seen["arabic"] = True
        block = block.next()
    assert seen == {"latin": True, "arabic": True}


def test_offsets_are_the_same_in_a_mirrored_window(arabic, make_window, db_path):
    window = make_window(db_path)
    view = window.article_view
    start = view.text().index("حماة")
    view.select_span(start, start + 4)
    assert view.selected_span() == (start, start + 4)
    assert view.textCursor().selectedText() == "حماة"


def test_shortcuts_fire_with_arabic_key_events(qtbot, make_window, db_path):
    """Ctrl+N typed on an Arabic layout arrives as Ctrl+ى (the N key); Ctrl+Z as Ctrl+ئ."""
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    db = window._db
    before = _count_events(db)
    window.article_view.setFocus()
    QTest.sendKeyEvent(QTest.KeyAction.Click, window.article_view, Qt.Key(ord("ى")), "ى", CTRL)
    assert _count_events(db) == before + 1, "Ctrl+N on an Arabic layout made no event"
    focus = QWidget.focusWidget(window) or window
    QTest.sendKeyEvent(QTest.KeyAction.Click, focus, Qt.Key(ord("ئ")), "ئ", CTRL)
    assert _count_events(db) == before, "Ctrl+Z on an Arabic layout undid nothing"
    QTest.sendKeyEvent(QTest.KeyAction.Click, window.article_view, Qt.Key(ord("ب")), "ب", CTRL)
    assert window.filter_bar.search_box.hasFocus(), "Ctrl+F on an Arabic layout"


def test_grade_keys_from_an_arabic_layout(qtbot, sample_db):
    """The grade box reads A-F: on an Arabic layout the D key sends ي and still grades D."""
    from reviewer.storage.articles import article_ids
    from reviewer.ui.arabic_keys import install_arabic_shortcuts
    from reviewer.ui.grade_widget import GradeWidget

    install_arabic_shortcuts(QApplication.instance())
    article = article_ids(sample_db)[4]  # names its outlet
    widget = GradeWidget(sample_db)
    qtbot.addWidget(widget)
    widget.set_report(article, create_event(sample_db, article))
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord("ي")), "ي", NO_MODIFIER)
    assert widget.code() == "D–"
    QTest.keyClick(widget, Qt.Key.Key_2)  # digits are Latin on the Arabic layout
    assert widget.code() == "D2"


def test_typing_arabic_in_the_search_box_filters_the_list(qtbot, arabic, make_window, db_path):
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    total = window.article_model.rowCount()
    QTest.keyClick(window, Qt.Key.Key_F, CTRL)
    type_text(window.filter_bar.search_box, "معتقلين")
    qtbot.waitUntil(lambda: window.article_model.rowCount() < total, timeout=3000)
    assert window.article_model.rowCount() >= 1


def _review_widget(qtbot, db, event_id):
    from reviewer.ui.review_actions import ReviewActions

    widget = ReviewActions(db, "amal", before_change=lambda: None)
    qtbot.addWidget(widget)
    widget.set_article(1)
    widget.set_event(event_id)
    widget.show()
    return widget


def test_a_core_refusal_is_shown_in_arabic(qtbot, arabic, sample_db):
    event_id = complete_event(sample_db, 1, user="amal")
    set_require_distinct_reviewer(sample_db, True)
    widget = _review_widget(qtbot, sample_db, event_id)
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.mark_reviewed_button, Qt.MouseButton.LeftButton)
    message = widget.message()
    assert "مبدأ العيون الأربع" in message, message
    assert "four-eyes" not in message
    code = get_event(sample_db, event_id)["event_id_cnty"]
    assert f"\u2066{code}\u2069" in message  # the event code keeps its order
    assert get_event(sample_db, event_id)["status"] == "coded"


def test_missing_fields_are_named_in_arabic(qtbot, arabic, sample_db):
    event_id = create_event(sample_db, 1, user="amal", event_date="2024-12-05")
    widget = _review_widget(qtbot, sample_db, event_id)
    qtbot.mouseClick(widget.mark_coded_button, Qt.MouseButton.LeftButton)
    message = widget.message()
    assert "لا يمكن تعليمه" in message and "نوع الحدث" in message and "الفاعل الأول" in message
    assert "missing" not in message and "event type" not in message
    assert get_event(sample_db, event_id)["status"] == "draft"


def _choose_arabic(qtbot, combo, typed: str) -> None:
    """Open the combo box by a click, type the start of an Arabic label, press Enter."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    type_text(view, typed)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_vocabularies_are_shown_in_arabic_and_stored_in_english(
    qtbot, arabic, make_window, db_path
):
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.event_form
    labels = [form.event_type.itemText(i) for i in range(form.event_type.count())]
    assert "معارك" in labels and "Battles" not in labels
    _choose_arabic(qtbot, form.event_type, "معارك")
    _choose_arabic(qtbot, form.sub_event_type, "سيطرة")
    _choose_arabic(qtbot, form.inter1, "جماعة")
    assert form.disorder_type.text() == "عنف سياسي"
    assert form.interaction.text() == "جماعة متمردة فقط"
    form.flush()
    row = window._db.execute("SELECT event_type, sub_event_type, inter1 FROM events").fetchone()
    assert tuple(row) == ("Battles", "Non-state actor overtakes territory", "Rebel group")


def test_typing_arabic_in_a_picker_lists_arabic_names_first(qtbot, arabic, make_window, db_path):
    window = make_window(db_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    form = window.event_form
    shown = pick(qtbot, form.location_picker, "حماة")
    assert shown[0].startswith("حماة — Hama ("), shown
    assert "+ إضافة «حماة» موقعاً جديداً…" in shown
    form.flush()
    row = window._db.execute("SELECT location, location_ar, admin1 FROM events").fetchone()
    assert tuple(row) == ("Hama", "حماة", "Hama")


def test_every_letter_shortcut_resolves_from_its_arabic_key(make_window, db_path):
    """For each menu shortcut on a letter or digit, the Arabic layout's key finds that action."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
    from shiboken6 import isValid

    from reviewer.ui.arabic_keys import _ARABIC_101, _ARABIC_INDIC_DIGITS, find_action, latin_key

    window = make_window(db_path)
    window.event_form.new_event()  # so that "mark coded" is enabled
    arabic_for = {latin: arabic for arabic, latin in _ARABIC_101.items() if len(arabic) == 1}
    arabic_for.update({latin: arabic for arabic, latin in _ARABIC_INDIC_DIGITS.items()})
    checked = []
    for action in window.findChildren(QAction):
        if not isValid(action):  # a menu's temporary action, gone since
            continue
        for sequence in action.shortcuts():
            combo = sequence[0]
            char = chr(combo.key().value) if combo.key().value < 0x80 else ""
            mods = combo.keyboardModifiers()
            if not char.isalnum() or not mods or char not in arabic_for:
                continue
            arabic = arabic_for[char]
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(arabic)), mods, arabic)
            latin = latin_key(event)
            assert latin is not None and chr(latin.value) == char, (action.text(), arabic)
            found = find_action(window, QKeySequence(combo))
            if found is not None:  # None: the action is not reachable from here (context)
                assert found is action, (action.text(), sequence.toString())
                checked.append(sequence.toString())
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+E", "Ctrl+L", "Ctrl+G", "Ctrl+H", "Ctrl+I"} <= set(checked)
    assert {"Ctrl+Shift+C", "Ctrl+Shift+E", "Ctrl+Shift+S", "Alt+1", "Ctrl+2"} <= set(checked)


def test_history_reads_in_arabic(qtbot, arabic, sample_db):
    from reviewer.storage.events import update_event
    from reviewer.ui.history_panel import HistoryPanel

    event_id = create_event(sample_db, 1, user="amal")
    update_event(sample_db, event_id, {"event_type": "Battles"})
    panel = HistoryPanel(sample_db)
    qtbot.addWidget(panel)
    panel.set_event(event_id)
    rows = panel.row_texts()
    assert any(row[2] == "الحدث تغيّر" and row[3] == "نوع الحدث" for row in rows), rows
    assert "سجل تغييرات الحدث" in panel.heading.text()
