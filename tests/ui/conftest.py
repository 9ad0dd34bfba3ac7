import time

import pytest
from PySide6.QtCore import QSettings

# Qt joins letters typed into a list within its keyboard interval (400 ms) into one search,
# so "Pl" picks Place. A test process that pauses longer than that between two synthetic
# key presses (a garbage collection in a loaded CI run did) turned "Pl" into "P" then "l":
# the wrong field. The tests give that pause room; a search meant to start afresh still waits
# out the interval (search_combo), as a person's pause between two choices does.
KEYBOARD_INTERVAL_MS = 3000
PERSONS_PAUSE_MS = 450  # before typing into a list: Qt's own interval and a little
_last_search: dict[int, float] = {}  # id of a combo or list -> when a test last typed in it


@pytest.fixture(autouse=True)
def _patient_type_ahead(qapp):
    from PySide6.QtWidgets import QApplication

    QApplication.setKeyboardInputInterval(KEYBOARD_INTERVAL_MS)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def show_window(qtbot, db, settings, user=None):
    """A main window on ``db``, shown at the size the tests draw in, and active."""
    from reviewer.ui.main_window import MainWindow

    window = MainWindow(db, settings, user=user)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


@pytest.fixture
def make_window(qtbot, settings):
    """Open a main window on a project file, as the app does."""
    from reviewer.project import open_project

    opened = []

    def make(db_path, *, seed=True, user=None):
        """``user``: the analyst's name, as the app passes it after asking once."""
        db = open_project(db_path, seed_sample=seed)
        opened.append(db)
        return show_window(qtbot, db, settings, user)

    yield make
    for db in opened:
        db.close()


def type_text(widget, text: str) -> None:
    """Type any Unicode text as real key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


# --- input helpers: the acceptance tests work the window only through these --------------


def caret_point(view, cp: int):
    """Where code point ``cp`` of the article starts on ``view``'s viewport (reads only)."""
    from PySide6.QtGui import QTextCursor

    from reviewer.offsets import OffsetMap

    cursor = QTextCursor(view.document())
    cursor.setPosition(OffsetMap(view.text()).cp_to_utf16(cp))
    return view.cursorRect(cursor).center()


def scroll_to(qtbot, view, cp: int) -> None:
    """Turn the mouse wheel over the article until code point ``cp`` is on screen."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.viewport()
    for _ in range(200):
        y = caret_point(view, cp).y()
        if 10 < y < viewport.height() - 10:
            return
        step = -120 if y >= viewport.height() - 10 else 120
        centre = QPointF(viewport.width() / 2, viewport.height() / 2)
        event = QWheelEvent(
            centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, step),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)
        qtbot.wait(5)
    raise AssertionError(f"could not scroll code point {cp} into view")


def drag_select(qtbot, view, start: int, end: int) -> None:
    """Press the mouse just before code point ``start`` of the article, drag to ``end``.

    Glyph hit-testing in joined Arabic is not exact to the pixel, so the press and
    release points sit in the gap outside the words (mid-space, or past the line's
    edge); a selection taking the space next to a word is what a person makes too.
    """
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    scroll_to(qtbot, view, start)
    viewport = view.viewport()
    begin = _gap(view, start, outside=start - 1, inside=start + 1)
    finish = _gap(view, end, outside=end + 1, inside=end - 1)

    def send(kind, point, button, buttons):
        local = QPointF(point)
        event = QMouseEvent(
            kind, local, viewport.mapToGlobal(local), button, buttons,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, begin, left, left)
    send(QEvent.Type.MouseMove, (begin + finish) / 2, none, left)
    send(QEvent.Type.MouseMove, finish, none, left)
    send(QEvent.Type.MouseButtonRelease, finish, left, none)


def _gap(view, cp: int, *, outside: int, inside: int):
    """A point in the gap at boundary ``cp``: mid-way to the ``outside`` caret on the
    same line, else 3 px beyond the boundary, away from the ``inside`` caret."""
    from PySide6.QtCore import QPoint

    edge = caret_point(view, cp)
    text = view.text()
    if 0 <= outside <= len(text):
        other = caret_point(view, outside)
        if abs(other.y() - edge.y()) <= 2:
            between = text[min(cp, outside)]
            if between.isspace():
                return QPoint((edge.x() + other.x()) // 2, edge.y())
            return QPoint(edge.x() + (1 if other.x() > edge.x() else -1), edge.y())
    towards = caret_point(view, inside)
    return QPoint(edge.x() + (-3 if towards.x() > edge.x() else 3), edge.y())


def select_words(qtbot, view, words: str, occurrence: int = 0) -> tuple[int, int]:
    """Drag over ``words`` in the article shown in ``view``; returns their span."""
    text = view.text()
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    drag_select(qtbot, view, start, start + len(words))
    return start, start + len(words)


def key(qtbot, widget, name: str, *modifiers: str) -> None:
    """Press one key on ``widget``: key(qtbot, view, "K", "Ctrl")."""
    from PySide6.QtCore import Qt

    mods = Qt.KeyboardModifier.NoModifier
    for modifier in modifiers:
        mods |= {
            "Ctrl": Qt.KeyboardModifier.ControlModifier,
            "Shift": Qt.KeyboardModifier.ShiftModifier,
            "Alt": Qt.KeyboardModifier.AltModifier,
        }[modifier]
    qtbot.keyClick(widget, getattr(Qt.Key, f"Key_{name}"), mods)


def click(qtbot, widget, point=None) -> None:
    from PySide6.QtCore import Qt

    if point is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)


def search_combo(qtbot, combo, typed: str) -> None:
    """Type the start of an entry into a focused combo box, after a pause as a person
    makes (typed letters within Qt's keyboard interval add up to one search)."""
    searched = combo.view() if hasattr(combo, "view") else combo  # a combo searches in its list
    pause = PERSONS_PAUSE_MS  # an open list settles before the letters come
    last = _last_search.get(id(searched))
    if last is not None:  # a new search in the same list: past the interval, or letters join
        pause = max(pause, int(KEYBOARD_INTERVAL_MS + 50 - (time.monotonic() - last) * 1000))
    qtbot.wait(pause)
    qtbot.keyClicks(combo, typed)
    _last_search[id(searched)] = time.monotonic()


def choose(qtbot, combo, typed: str) -> None:
    """Pick an entry of a combo box as a person does: click it, type its start, Enter."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    search_combo(qtbot, view, typed)
    key(qtbot, view, "Return")
    qtbot.waitUntil(lambda: not view.isVisible())


def context_menu(qtbot, view, cp: int, action_text: str) -> None:
    """Right-click code point ``cp`` of the article and choose ``action_text`` by keyboard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    chosen = []

    def in_menu():
        menu = QApplication.activePopupWidget()
        if menu is None or not menu.isVisible():  # a loaded machine: not shown yet
            QTimer.singleShot(20, in_menu)
            return
        actions = [a for a in menu.actions() if not a.isSeparator()]
        texts = [a.text().split("\t")[0] for a in actions]
        assert action_text in texts, texts
        for _ in range(texts.index(action_text) + 1):
            key(qtbot, menu, "Down")
        key(qtbot, menu, "Return")
        chosen.append(action_text)

    QTimer.singleShot(50, in_menu)
    point = caret_point(view, cp)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
        ),
    )
    assert chosen == [action_text]


def open_article(qtbot, window, article_id: int) -> None:
    """Click the article's row in the list (it must be listed)."""
    model, table = window.article_model, window.article_table
    row = model.row_of(article_id)
    assert row is not None, f"article {article_id} is not listed"
    click(qtbot, table.viewport(), table.visualRect(model.index(row, 0)).center())
    assert window.current_article_id() == article_id


def wait_for_suggestions(qtbot, window, timeout: int = 30_000) -> None:
    """Wait until the open article's suggestions are worked out and shown (they come from
    the suggestion worker process, never at once): the real condition, not a pause."""
    qtbot.waitUntil(lambda: not window.suggestion_fetcher.busy(), timeout=timeout)


def article_with(window, words: str) -> int:
    """The id of the sample article containing ``words`` (reads the database only)."""
    from reviewer.storage.articles import article_ids, get_article

    for article_id in article_ids(window._db):
        if words in get_article(window._db, article_id).text:
            return article_id
    raise AssertionError(f"no article contains {words}")


def pick(qtbot, picker, typed: str, row: int = 0) -> list[str]:
    """Click a picker's field, type, wait like a person reading, choose row ``row``."""
    click(qtbot, picker.line_edit)
    type_text(picker.line_edit, typed)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(600)  # longer than the form's typing pause: a search must not be saved
    shown = picker.candidates()
    for _ in range(row + 1):
        key(qtbot, popup, "Down")
    key(qtbot, popup, "Return")
    qtbot.waitUntil(lambda: not popup.isVisible())
    return shown


def menu_item(qtbot, window, menu_title: str, item_text: str) -> None:
    """Click a menu in the window's menu bar, then one of its items."""
    bar = window.menuBar()
    [title] = [a for a in bar.actions() if a.text().replace("&", "") == menu_title]
    click(qtbot, bar, bar.actionGeometry(title).center())
    menu = title.menu()
    qtbot.waitUntil(menu.isVisible)
    [item] = [a for a in menu.actions() if a.text().replace("&", "") == item_text]
    click(qtbot, menu, menu.actionGeometry(item).center())


@pytest.fixture
def arabic(qapp):
    """The interface in Arabic (catalogues, right to left) for one test, then English again."""
    from reviewer.ui.language import install_language

    installed = install_language("ar")
    yield installed
    installed.remove()


def answer_dialog(qtbot, answer) -> list:
    """Run ``answer(dialog)`` on the next modal dialog, once it is open (call just before
    the click or key that opens it). Returns a list that gets the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list = []

    def poll(tries=[0]):  # noqa: B006 - a counter shared by the retries
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(50, poll)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(50, poll)
    return seen


def ctrl_click_items(qtbot, tree, items) -> None:
    """Click the first item, Ctrl+click the others (a multiple selection by mouse)."""
    from PySide6.QtCore import Qt

    for number, item in enumerate(items):
        point = tree.visualItemRect(item).center()
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def back_to(qtbot, window) -> None:
    """After a dialog closes, the window manager gives the window focus back; the
    offscreen platform has none, so do what it would do (activation, not a widget value)."""
    from PySide6.QtWidgets import QApplication

    qtbot.wait(20)
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def export_through_window(qtbot, window, out) -> None:
    """File > Export by its shortcut: type ``out`` as the folder, click Export, and wait
    until the dialog has closed and the window is active again."""

    def export(dialog):
        click(qtbot, dialog.folder_edit)
        qtbot.keyClicks(dialog.folder_edit, str(out))
        click(qtbot, dialog.export_button)

    answer_dialog(qtbot, export)
    key(qtbot, window.article_view, "E", "Shift", "Ctrl")  # modal until done
    back_to(qtbot, window)


def click_row(qtbot, view, item) -> None:
    """Click an item of a list or tree widget."""
    rect = view.visualItemRect(item)
    click(qtbot, view.viewport(), rect.center())
