"""In Arabic, no visible piece of the window is left in English.

Walks every widget of the main window (both pages, every tab, hidden ones too),
the conflicts page and each dialog, collecting what the analyst reads: labels,
buttons, titles, tabs, placeholders, tooltips, menus, column headers, choice
lists. Any text made of Latin words without an Arabic letter fails, unless it is
data (article text, outlet names, codes such as B2 or RVW1, formats such as
YYYY-MM-DD, key names such as Ctrl+N).
"""

import re

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from reviewer.storage.events import create_event
from tests.coding import complete_event

ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Latin that is data or notation, the same in every language.
ALLOWED = re.compile(
    r"""^(
      ACLED | reviewer | GeoNames | OCHA | ISO | CSV | UTF-8 | BOM | HTML | PNG | JSON
    | Excel | LibreOffice | pandas | Frictionless | SQLite | Qt | PySide6 | Python
    | MIT | SIL | OFL | CC | BY | LGPL | GPL | Noto | Naskh | Arabic | DejaVu | Sans
    | YYYY | MM | DD | Ctrl | Shift | Alt | Meta | PgUp | PgDown | Return | Backspace | Del
    | F\d+ | [A-F] | x_\w+ | Syria | SYR | RVW\d* | Up | Down | Left | Right | Esc | Tab
    | Enter | Space | Home | End | Ins | Delete | PgUp | PgDown | Page | Hama | Homs
    | BY-SA | LGPLv\d | OFL-1\.1 | GeoNames\.org | geonames | org | www | http | https
    | English | Hayat | Tahrir | al | Sham | Reuters
    )$""",
    re.VERBOSE,
)


def _latin_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    if ARABIC.search(plain):
        return []
    return [word for word in LATIN_WORD.findall(plain) if not ALLOWED.match(word)]


def _model_headers(model: QAbstractItemModel) -> list[str]:
    out = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model (combo box popups, completers): no headers
        return out
    for column in range(columns):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if value:
            out.append(str(value))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of interface text under ``root``."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str | None) -> None:
        if text and text.strip():
            name = widget.objectName() or type(widget).__name__
            found.append((f"{type(widget).__name__}#{name}.{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("interfaceData"):  # shows data (a title, an outlet), not words
            continue
        add(widget, "toolTip", widget.toolTip())
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit) or (
            isinstance(widget, QTextEdit) and not widget.isReadOnly()
        ):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, "specialValue", widget.specialValueText())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, f"tab{index}", widget.tabText(index))
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for index in range(widget.count()):
                add(widget, f"item{index}", widget.itemText(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for header in _model_headers(widget.model()):
                add(widget, "header", header)
        if isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        for action in widget.actions():
            if not action.isSeparator():
                add(widget, f"action:{action.objectName()}", action.text())
                add(widget, f"actionTip:{action.objectName()}", action.toolTip())
    return found


def untranslated(root: QWidget) -> list[str]:
    return sorted(
        {f"{where}: {text!r}" for where, text in visible_texts(root) if _latin_words(text)}
    )


def _assert_arabic(root: QWidget) -> None:
    problems = untranslated(root)
    assert not problems, f"{len(problems)} English texts left:\n" + "\n".join(problems)


@pytest.fixture
def window(arabic, make_window, db_path):
    window = make_window(db_path)
    db = window._db
    complete_event(db, window.current_article_id() or 1)
    create_event(db, window.current_article_id() or 1)
    window.event_form.set_article(window.current_article_id())
    return window


def test_main_window_in_arabic(window):
    _assert_arabic(window)


def test_conflicts_page_in_arabic(window):
    window.show_page(1)
    _assert_arabic(window.conflicts)


def test_dialogs_in_arabic(qtbot, window, settings):
    from reviewer.ui.about_dialog import AboutDialog
    from reviewer.ui.analyst_name import AnalystNameDialog
    from reviewer.ui.article_metadata_bar import MetadataDialog
    from reviewer.ui.export_dialog import ExportDialog
    from reviewer.ui.link_dialog import LinkEventDialog
    from reviewer.ui.pickers import AddActorDialog, AddPlaceDialog
    from reviewer.ui.shortcuts_sheet import ShortcutsSheet

    dialogs: list[QDialog] = [
        AboutDialog(window),
        AnalystNameDialog(window),
        ExportDialog(window._db, settings, window),
        AddPlaceDialog("حماة", lambda **_: None, window),
        AddActorDialog("هيئة", lambda **_: None, window),
        ShortcutsSheet(window.menuBar(), window),
        LinkEventDialog(window._db, window.current_article_id() or 1, window),
        MetadataDialog(window._db, window.current_article_id() or 1, "amal", window),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        problems += untranslated(dialog)
    assert not problems, f"{len(problems)} English texts left:\n" + "\n".join(problems)
