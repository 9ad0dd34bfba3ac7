"""Issue 16: View → Language changes the open window at once, and nothing typed is lost."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from reviewer.storage.events import get_event
from reviewer.ui.language import choose_language, current_language, installed_language

from .conftest import click, key, pick, type_text


@pytest.fixture
def english_after(qapp):
    """Whatever a failing test left installed, the next test starts in English."""
    yield
    installed = installed_language()
    if installed is not None and current_language() != "en":
        installed.remove()


def _choose_language(qtbot, window, code: str):
    """View → Language → ``code`` with the mouse; returns the window shown afterwards."""
    bar = window.menuBar()
    view = window.findChild(QMenu, "viewMenu")
    click(qtbot, bar, bar.actionGeometry(view.menuAction()).center())
    qtbot.waitUntil(view.isVisible)
    languages = window.findChild(QMenu, "languageMenu")
    click(qtbot, view, view.actionGeometry(languages.menuAction()).center())
    qtbot.waitUntil(languages.isVisible)
    [item] = [a for a in languages.actions() if a.objectName() == f"language_{code}"]
    with qtbot.waitSignal(window.replaced, timeout=10_000) as replaced:
        click(qtbot, languages, languages.actionGeometry(item).center())
    new = replaced.args[0]
    qtbot.addWidget(new)
    qtbot.waitExposed(new)
    return new


@pytest.fixture
def open_window(qtbot, settings, db_path):
    """A main window the test does not hand to qtbot: the switch closes and deletes it."""
    from reviewer.project import open_project
    from reviewer.ui.main_window import MainWindow

    db = open_project(db_path, seed_sample=True)
    window = MainWindow(db, settings)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    yield window
    db.close()


def _x(widget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).x()


def test_the_language_menu_switches_the_open_window(qtbot, english_after, open_window, settings):
    window = open_window
    form = window.event_form
    key(qtbot, window.article_view, "N", "Ctrl")
    event_id = form.current_event_id()
    article_id = window.current_article_id()
    pick(qtbot, form.location_picker, "Hama")
    pick(qtbot, form.actor1_picker, "hayat tahrir")
    form.flush()
    assert (form.location.text(), window.pages.tabText(0)) == ("Hama", "Coding")
    # A claim being written, not added yet: typed text the file does not hold.
    tabs = window.side.tabs
    click(qtbot, tabs.tabBar(), tabs.tabBar().tabRect(1).center())
    speaker = window.side.claims.speaker
    click(qtbot, speaker)
    type_text(speaker, "مصدر عسكري")
    assert _x(window.article_table) < _x(window.side)

    arabic = _choose_language(qtbot, window, "ar")

    assert current_language() == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.pages.tabText(0) == "الترميز"
    assert arabic.findChild(QMenu, "viewMenu").title().replace("&", "") == "عرض"
    assert _x(arabic.article_table) > _x(arabic.side), "the list moved to the right"
    labels = [arabic.event_form.event_type.itemText(i) for i in range(3)]
    assert "معارك" in labels or any("\u0600" <= c <= "\u06ff" for c in "".join(labels))
    # The same article, event and panel, the places and actors by their Arabic names.
    assert arabic.current_article_id() == article_id
    assert arabic.event_form.current_event_id() == event_id
    assert arabic.event_form.location.text() == "حماة"
    assert arabic.event_form.actor1.text() == "هيئة تحرير الشام"
    assert arabic.side.tabs.currentIndex() == 1
    assert arabic.side.claims.speaker.text() == "مصدر عسكري"  # nothing typed is lost
    event = get_event(arabic._db, event_id)
    assert (event["location"], event["actor1"]) == ("Hama", "Hayat Tahrir al-Sham")
    stored = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert stored.value("ui/language") == "ar" and choose_language(stored) == "ar"  # remembered
    assert not window.isVisible()

    english = _choose_language(qtbot, arabic, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.pages.tabText(0) == "Coding"
    assert english.event_form.location.text() == "Hama"
    assert english.event_form.current_event_id() == event_id
    assert english.side.claims.speaker.text() == "مصدر عسكري"
    assert _x(english.article_table) < _x(english.side)


def test_the_switch_waits_while_edits_wait_for_the_file(
    qtbot, english_after, make_window, db_path, settings, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[-1]))
    window = make_window(db_path)
    monkeypatch.setattr(window.event_form, "has_unsaved", lambda: True)  # the file refused
    languages = window.findChild(QMenu, "languageMenu")
    [item] = [a for a in languages.actions() if a.objectName() == "language_ar"]
    item.trigger()
    assert told and "waiting" in told[0]
    assert current_language() == "en" and window.isVisible()
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("ui/language") is None
    [system] = [a for a in languages.actions() if a.objectName() == "language_system"]
    assert system.isChecked() and not item.isChecked()
    monkeypatch.undo()  # the edits were written after all: the window may close


def test_arabic_indic_digits_apply_at_once(qtbot, english_after, arabic, open_window, settings):
    window = open_window
    qtbot.waitUntil(lambda: "5" in window.filter_bar.progress_label.text(), timeout=3000)
    bar = window.menuBar()
    view = window.findChild(QMenu, "viewMenu")
    click(qtbot, bar, bar.actionGeometry(view.menuAction()).center())
    qtbot.waitUntil(view.isVisible)
    languages = window.findChild(QMenu, "languageMenu")
    click(qtbot, view, view.actionGeometry(languages.menuAction()).center())
    qtbot.waitUntil(languages.isVisible)
    [digits] = [a for a in languages.actions() if a.objectName() == "arabicDigits"]
    with qtbot.waitSignal(window.replaced, timeout=10_000) as replaced:
        click(qtbot, languages, languages.actionGeometry(digits).center())
    new = replaced.args[0]
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: "٥" in new.filter_bar.progress_label.text(), timeout=3000)
    progress = new.filter_bar.progress_label.text()
    assert "٥" in progress and "5" not in progress
    assert new.findChild(QMenu, "languageMenu").findChild(type(digits), "arabicDigits").isChecked()
    stored = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert stored.value("ui/arabicDigits", False, type=bool)


def test_a_search_typed_before_the_switch_still_filters_the_list(qtbot, english_after, open_window):
    """The rebuilt window shows the query in its box, so its list must be that query's hits."""
    from PySide6.QtTest import QTest

    window = open_window
    total = window.article_model.rowCount()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.filter_bar.search_box, "حمص")
    QTest.keyClick(window.filter_bar.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < window.article_model.rowCount() < total, timeout=3000)
    hits = window.article_model.rowCount()

    arabic = _choose_language(qtbot, window, "ar")

    assert arabic.filter_bar.search_box.text() == "حمص"
    qtbot.waitUntil(lambda: arabic.article_model.rowCount() == hits, timeout=3000)
    qtbot.wait(300)  # a full list arriving late would undo the filter
    assert arabic.article_model.rowCount() == hits
    assert "حمص" in arabic.article_model.query().text
