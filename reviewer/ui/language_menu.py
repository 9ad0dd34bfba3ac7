"""View → Language: the interface language and the digits, remembered in settings.

A new language applies from the next start (every label is built translated
once); the digit style applies to what is drawn from now on.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from reviewer.ui.language import (
    DIGITS_KEY,
    current_language,
    remember_language,
    remembered_language,
    set_arabic_digits,
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
    digits.toggled.connect(lambda on: _set_digits(settings, on))
    languages.addAction(digits)
    return languages


def _choose(parent: QWidget, settings: QSettings, language: str | None) -> None:
    remember_language(settings, language)
    if language != current_language():
        QMessageBox.information(
            parent,
            translate("LanguageMenu", "Language"),
            translate("LanguageMenu", "The new language is used from the next start of reviewer."),
        )


def _set_digits(settings: QSettings, on: bool) -> None:
    settings.setValue(DIGITS_KEY, on)
    set_arabic_digits(on)
