"""Changing the interface language while the window is open.

Qt's translations apply to text set after a translator is installed, so a
window built in one language must set all its text again to show another.
Every label, menu, vocabulary list and layout of this window is made in its
constructor, in the interface language of that moment; rather than keep a
second copy of every constructor as a ``retranslateUi``, the switch installs
the new catalogues (Qt then sends every widget a ``LanguageChange`` and
mirrors the layout direction) and builds the window again on the same
project, in place: same article, event, page, panel, search, selection in
the article, and the text typed into a claim or a conflict decision that was
not added yet.

Nothing unsaved is lost: every edit is written before the switch, and the
switch waits while edits wait for the file (they are retried) or a sync or
other background work on the file runs. The edit history (undo) starts again
in the new window: its commands belong to the old window's panels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QThread
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QTextEdit, QWidget

from reviewer.ui.language import (
    DIGITS_KEY,
    current_language,
    install_language,
    installed_language,
    set_arabic_digits,
    translate,
)

if TYPE_CHECKING:
    from reviewer.ui.main_window import MainWindow


# Said by the new window, so translated only once the new catalogue is in place.
LANGUAGE_CHANGED = QT_TRANSLATE_NOOP(
    "LanguageSwitch", "Language changed. Every edit is saved; the undo history starts again."
)
DIGITS_CHANGED = QT_TRANSLATE_NOOP(
    "LanguageSwitch", "Digits changed. Every edit is saved; the undo history starts again."
)


@dataclass
class _Place:
    """Where the analyst was in the window, to be there again after the switch."""

    page: int
    article_id: int | None
    event_id: int | None
    side_tab: int
    search: str
    selection: tuple[int, int] | None
    drafts: dict[str, Any] = field(default_factory=dict)  # objectName -> typed text / choice


def switch_language(window: MainWindow, language: str) -> MainWindow | None:
    """Show ``window`` again in ``language``; the new window, or None if it must wait.

    The caller has remembered the choice in settings already.
    """
    if language == current_language():
        return window
    if not _can_switch(window):
        return None
    settings: QSettings = window._settings

    def install() -> None:
        previous = installed_language()
        if previous is not None:
            previous.remove()
        install_language(language, arabic_digits=settings.value(DIGITS_KEY, False, type=bool))

    return _rebuild(window, install, LANGUAGE_CHANGED)


def switch_digits(window: MainWindow, arabic_indic: bool) -> MainWindow | None:
    """Show ``window`` again with Arabic-Indic or Latin digits (spin boxes take theirs
    from the locale they were made in); None if it must wait."""
    if not _can_switch(window):
        return None
    return _rebuild(window, lambda: set_arabic_digits(arabic_indic), DIGITS_CHANGED)


def _rebuild(window: MainWindow, change: Callable[[], None], said: str) -> MainWindow:
    """Make ``change`` (to the language or digits), then build the window again in place."""
    place = _where(window)
    window.save_layout()
    change()

    # The window's own class, not an import of main_window: that module imports this one.
    new = type(window)(window._db, window._settings, user=window.user)
    new.setGeometry(window.geometry())  # exactly where the old one was, frame aside
    new.setWindowState(window.windowState())
    new.show()
    _go_back(new, place)
    window.replaced.emit(new)
    window.close()
    window.deleteLater()
    new.event_actions.show_message(translate("LanguageSwitch", said))  # in the new language
    return new


def _can_switch(window: MainWindow) -> bool:
    """Write what is pending; refuse (saying why) while the file is still busy."""
    window.event_form.flush()
    reason = None
    if window.event_form.has_unsaved():
        reason = translate(
            "LanguageSwitch",
            "Some edits are waiting to be written to the project file. The language "
            "changes once they are saved; choose it again then.",
        )
    elif any(thread.isRunning() for thread in window.findChildren(QThread)):
        reason = translate(
            "LanguageSwitch",
            "The project file is busy (a sync or another task is running). Choose the "
            "language again when it has finished.",
        )
    if reason is None:
        return True
    QMessageBox.information(window, translate("LanguageSwitch", "Language"), reason)
    return False


# The typed text of the forms that keep a draft until the analyst adds it: the claim
# form and the conflict decision. Keyed by objectName, which both windows share.
def _draft_widgets(window: MainWindow) -> list[QWidget]:
    roots = [window.side.claims, window.conflicts]
    found: list[QWidget] = []
    for root in roots:
        for kind in (QLineEdit, QTextEdit, QComboBox):
            found += [w for w in root.findChildren(kind) if w.objectName()]
    return found


def _draft(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        return widget.text() or None
    if isinstance(widget, QTextEdit) and not widget.isReadOnly():
        return widget.toPlainText() or None
    if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
        return ("combo", widget.currentData(), widget.currentIndex())
    return None


def _where(window: MainWindow) -> _Place:
    drafts = {}
    for widget in _draft_widgets(window):
        value = _draft(widget)
        if value is not None:
            drafts[widget.objectName()] = value
    return _Place(
        page=window.pages.currentIndex(),
        article_id=window.current_article_id(),
        event_id=window.event_form.current_event_id(),
        side_tab=window.side.tabs.currentIndex(),
        search=window.filter_bar.search_box.text(),
        selection=window.article_view.selected_span(),
        drafts=drafts,
    )


def _go_back(window: MainWindow, place: _Place) -> None:
    if place.search:
        window.filter_bar.search_box.setText(place.search)
        window.filter_bar.apply()  # setText is no edit: the query is run, not just shown
    if place.article_id is not None:
        window.open_article(place.article_id)
    if place.event_id is not None:
        window.event_form.show_event(place.event_id)
    window.side.show_tab(place.side_tab)
    if place.selection is not None:
        window.article_view.select_span(*place.selection)
        window._on_article_selection(*place.selection)  # offered to the claim form again
    by_name = {w.objectName(): w for w in _draft_widgets(window)}
    # Combo boxes first: choosing a claim field decides which of its inputs show.
    for name, value in sorted(
        place.drafts.items(), key=lambda item: not isinstance(item[1], tuple)
    ):
        widget = by_name.get(name)
        if isinstance(widget, QComboBox) and isinstance(value, tuple):
            index = widget.findData(value[1]) if value[1] is not None else value[2]
            widget.setCurrentIndex(index if index >= 0 else value[2])
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QTextEdit):
            widget.setPlainText(value)
    window.pages.setCurrentIndex(place.page)
