"""View → Language: the interface language and the digits, remembered in settings.

A new language or digit style applies at once: the window is shown again
with it (``reviewer.ui.language_switch``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from reviewer.ui.language import (
    DIGITS_KEY,
    current_language,
    remember_language,
    remembered_language,
    set_arabic_digits,
    system_language,
    translate,
)

# Each language is named in itself, as language menus do, so anyone can find theirs.
LANGUAGE_NAMES = (("ar", "العربية"), ("en", "English"))


def add_language_menu(parent: QWidget, menu: QMenu, settings: QSettings) -> QMenu:
    languages = menu.addMenu(translate("LanguageMenu", "&Language"))
    languages.setObjectName("languageMenu")
    group = QActionGroup(languages)
    chosen = remembered_language(settings)
    system = QAction(translate("LanguageMenu", "Follow the system"), languages, checkable=True)
    system.setObjectName("language_system")
    system.setChecked(chosen is None)
    system.triggered.connect(lambda: _choose(parent, settings, None))
    group.addAction(system)
    languages.addAction(system)
    for code, name in LANGUAGE_NAMES:
        action = QAction(name, languages, checkable=True)
        action.setObjectName(f"language_{code}")
        action.setChecked(chosen == code)
        action.triggered.connect(lambda _checked=False, code=code: _choose(parent, settings, code))
        group.addAction(action)
        languages.addAction(action)
    languages.addSeparator()
    digits = QAction(translate("LanguageMenu", "Arabic-Indic &digits (٠١٢٣)"), languages)
    digits.setCheckable(True)
    digits.setObjectName("arabicDigits")
    digits.setChecked(settings.value(DIGITS_KEY, False, type=bool))
    digits.toggled.connect(lambda on: _set_digits(parent, settings, on))
    languages.addAction(digits)
    return languages


def _choose(parent: QWidget, settings: QSettings, language: str | None) -> None:
    previous = remembered_language(settings)
    remember_language(settings, language)
    wanted = language or system_language()
    if wanted == current_language():
        return
    switch = getattr(parent, "switch_language", None)
    if switch is not None and switch(wanted) is None:  # the file is busy: it said so
        remember_language(settings, previous)
        _check(parent, previous)


def _check(parent: QWidget, language: str | None) -> None:
    """Tick ``language`` (None: follow the system) again after a switch that waited."""
    menu = parent.findChild(QMenu, "languageMenu")
    if menu is None:
        return
    name = f"language_{language or 'system'}"
    for action in menu.actions():
        if action.isCheckable() and action.objectName() != "arabicDigits":
            action.setChecked(action.objectName() == name)


def _set_digits(parent: QWidget, settings: QSettings, on: bool) -> None:
    """Remember the digits, then show the window again with them (or, while the file is
    busy, in what is drawn from now on)."""
    settings.setValue(DIGITS_KEY, on)
    switch = getattr(parent, "switch_digits", None)
    if switch is None or switch(on) is None:
        set_arabic_digits(on)
