"""The main window's menu bar, built from the window's parts.

Kept apart from main_window.py so that the window wires widgets together and
this module lists what the analyst can do, with its keys, in one place (the
shortcuts sheet reads it back from the menu bar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from reviewer.ui.article_view import ADD_CLAIM_KEYS
from reviewer.ui.event_fields import group_title
from reviewer.ui.event_form import GROUPS
from reviewer.ui.language import translate
from reviewer.ui.language_menu import add_language_menu

Keys = list[str] | QKeySequence.StandardKey


class MenuHost(Protocol):
    """What the menus need of the window (MainWindow), named here so that this
    module does not import main_window, which imports it."""

    article_view: Any
    event_form: Any
    event_actions: Any
    evidence: Any
    side: Any
    suggestions: Any
    undo_action: QAction
    redo_action: QAction
    show_suggestions_action: QAction
    four_eyes_action: QAction

    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def import_articles(self) -> None: ...
    def correct_article_metadata(self) -> None: ...
    def export_dataset(self) -> None: ...
    def change_name(self) -> None: ...
    def focus_search(self) -> None: ...
    def suggestions_shown(self) -> bool: ...
    def set_suggestions_shown(self, shown: bool) -> None: ...
    def show_page(self, page: int) -> None: ...
    def show_claims(self) -> None: ...
    def show_history(self) -> None: ...
    def next_article(self) -> None: ...
    def previous_article(self) -> None: ...
    def add_claim_from_selection(self) -> None: ...
    def four_eyes(self) -> bool: ...
    def set_four_eyes(self, on: bool) -> None: ...
    def show_shortcuts(self) -> Any: ...
    def write_report(self) -> None: ...
    def show_about(self) -> None: ...


def add_action(window: MenuHost, menu: QMenu, text: str, keys: Keys, slot: Callable) -> QAction:
    action = QAction(text, window)
    if isinstance(keys, list):
        action.setShortcuts([QKeySequence(key) for key in keys])
    else:
        action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(w: MenuHost) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("WindowMenus", "&File"))
    file_menu.setObjectName("fileMenu")
    add_action(
        w, file_menu, translate("WindowMenus", "&Import articles…"), ["Ctrl+I"], w.import_articles
    )
    add_action(
        w,
        file_menu,
        translate("WindowMenus", "&Export dataset…"),
        ["Ctrl+Shift+E"],
        w.export_dataset,
    )
    add_action(w, file_menu, translate("WindowMenus", "Change your &name…"), [], w.change_name)
    file_menu.addSeparator()
    add_action(
        w, file_menu, translate("WindowMenus", "&Quit"), QKeySequence.StandardKey.Quit, w.close
    )

    edit_menu = bar.addMenu(translate("WindowMenus", "&Edit"))
    edit_menu.setObjectName("editMenu")
    w.undo_action = add_action(
        w, edit_menu, translate("WindowMenus", "&Undo"), QKeySequence.StandardKey.Undo, w.undo
    )
    w.redo_action = add_action(
        w, edit_menu, translate("WindowMenus", "&Redo"), QKeySequence.StandardKey.Redo, w.redo
    )
    edit_menu.addSeparator()
    add_action(
        w,
        edit_menu,
        translate("WindowMenus", "&Find in articles"),
        QKeySequence.StandardKey.Find,
        w.focus_search,
    )

    view_menu = bar.addMenu(translate("WindowMenus", "&View"))
    view_menu.setObjectName("viewMenu")
    add_action(
        w,
        view_menu,
        translate("WindowMenus", "Zoom &in"),
        ["Ctrl+=", "Ctrl++"],
        w.article_view.zoom_in,
    )
    add_action(
        w, view_menu, translate("WindowMenus", "Zoom &out"), ["Ctrl+-"], w.article_view.zoom_out
    )
    w.show_suggestions_action = add_action(
        w, view_menu, translate("WindowMenus", "Show &suggestions"), ["Ctrl+Shift+S"],
        lambda: w.set_suggestions_shown(w.show_suggestions_action.isChecked()),
    )  # fmt: skip
    w.show_suggestions_action.setCheckable(True)
    w.show_suggestions_action.setChecked(w.suggestions_shown())
    view_menu.addSeparator()
    add_action(
        w, view_menu, translate("WindowMenus", "&Coding"), ["Ctrl+1"], lambda: w.show_page(0)
    )
    add_action(
        w, view_menu, translate("WindowMenus", "Con&flicts"), ["Ctrl+2"], lambda: w.show_page(1)
    )
    add_action(
        w, view_menu, translate("WindowMenus", "&Grade and claims"), ["Ctrl+G"], w.show_claims
    )
    add_action(w, view_menu, translate("WindowMenus", "Event &history"), ["Ctrl+H"], w.show_history)
    view_menu.addSeparator()
    add_language_menu(w, view_menu, w._settings)

    go_menu = bar.addMenu(translate("WindowMenus", "&Go"))
    go_menu.setObjectName("goMenu")
    add_action(
        w,
        go_menu,
        translate("WindowMenus", "&Next article"),
        ["Ctrl+PgDown", "Alt+Down"],
        w.next_article,
    )
    add_action(
        w,
        go_menu,
        translate("WindowMenus", "&Previous article"),
        ["Ctrl+PgUp", "Alt+Up"],
        w.previous_article,
    )
    go_menu.addSeparator()
    for number, (title, _fields) in enumerate(GROUPS, start=1):
        add_action(
            w, go_menu,
            translate("WindowMenus", "Field group {number}: {title}").format(
                number=number, title=group_title(title)
            ),
            [f"Alt+{number}"],
            lambda number=number: w.event_form.focus_group(number),
        )  # fmt: skip

    event_menu = bar.addMenu(translate("WindowMenus", "&Event"))
    event_menu.setObjectName("eventMenu")
    add_action(
        w, event_menu, translate("WindowMenus", "&New event"), ["Ctrl+N"], w.event_form.new_event
    )
    add_action(
        w,
        event_menu,
        translate("WindowMenus", "&Save now"),
        QKeySequence.StandardKey.Save,
        w.event_form.flush,
    )
    add_action(
        w, event_menu, translate("WindowMenus", "&Attach selection to current field"), ["Ctrl+E"],
        w.evidence.attach_selection,
    )  # fmt: skip
    add_action(
        w,
        event_menu,
        translate("WindowMenus", "Add selection as &claim…"),
        [ADD_CLAIM_KEYS],
        w.add_claim_from_selection,
    )
    add_action(
        w, event_menu,
        translate("WindowMenus", "&Link this article to an existing event…"), ["Ctrl+L"],
        w.event_actions.open_link_dialog,
    )  # fmt: skip
    add_action(
        w, event_menu, translate("WindowMenus", "Article's &date and outlet…"), [],
        w.correct_article_metadata,
    )  # fmt: skip
    event_menu.addSeparator()
    review = w.side.review
    for action, keys in (
        (review.mark_coded_action, "Ctrl+Shift+C"),
        (review.mark_reviewed_action, "Ctrl+Shift+R"),
        (review.reopen_action, None),
        (review.reject_article_action, None),
    ):
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        w.addAction(action)
        event_menu.addAction(action)
    w.four_eyes_action = add_action(
        w, event_menu, translate("WindowMenus", "Require a second &reviewer (four eyes)"), [],
        lambda: w.set_four_eyes(w.four_eyes_action.isChecked()),
    )  # fmt: skip
    w.four_eyes_action.setCheckable(True)
    w.four_eyes_action.setChecked(w.four_eyes())
    event_menu.addSeparator()
    event_menu.addAction(w.suggestions.accept_action)
    event_menu.addAction(w.suggestions.reject_action)

    help_menu = bar.addMenu(translate("WindowMenus", "&Help"))
    help_menu.setObjectName("helpMenu")
    add_action(
        w, help_menu,
        translate("WindowMenus", "&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents,
        w.show_shortcuts,
    )  # fmt: skip
    add_action(w, help_menu, translate("WindowMenus", "&Report…"), [], w.write_report)
    add_action(w, help_menu, translate("WindowMenus", "&About reviewer"), [], w.show_about)
