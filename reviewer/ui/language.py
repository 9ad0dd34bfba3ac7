"""The interface language: which one, and putting it in place the way Qt expects.

The choice comes from ``--lang`` if given, else the one remembered in settings,
else the system locale (``LANG=ar_SY.UTF-8`` gives Arabic). Putting Arabic in
place means three things Qt does for any language: our own ``.qm`` catalogue
and Qt's ``qtbase_ar`` (standard buttons and dialogs) are installed as
translators, and the whole application runs right to left. Digits stay Latin
unless the analyst asks for Arabic-Indic ones in display.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reviewer.paths import resource_path

LANGUAGES = ("en", "ar")  # English is the source language: no catalogue needed
LANGUAGE_KEY = "ui/language"
DIGITS_KEY = "ui/arabicDigits"
CATALOGUE = "reviewer"  # resources/translations/reviewer_<lang>.qm
QT_CATALOGUES = ("qtbase",)

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_LRI, _PDI = "\u2066", "\u2069"  # left-to-right isolate ... pop directional isolate
_state: dict[str, object] = {"arabic_digits": False, "language": "en"}
_installed: list[InstalledLanguage] = []  # the catalogues now in place (a switch removes them)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``, under the one name pyside6-lupdate also reads.

    Call it with literal strings — ``translate("EventForm", "Event type")`` — so
    lupdate finds them; methods of QObject classes may use ``self.tr("...")``.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    """'ar' when the system locale is Arabic (any country), else 'en'."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def choose_language(settings: QSettings, requested: str | None = None) -> str:
    """The language for this session; an explicit choice (``--lang``) is remembered."""
    if requested in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, requested)
        return requested
    stored = settings.value(LANGUAGE_KEY)
    if stored in LANGUAGES:
        return stored
    return system_language()


def remember_language(settings: QSettings, language: str | None) -> None:
    """Store the analyst's choice from the menu; None means follow the system again."""
    if language in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)


def remembered_language(settings: QSettings) -> str | None:
    stored = settings.value(LANGUAGE_KEY)
    return stored if stored in LANGUAGES else None


def translations_dir() -> str:
    return str(resource_path("translations"))


@dataclass
class InstalledLanguage:
    """What ``install_language`` changed, so that tests can put English back."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)  # the default before install

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        _state["arabic_digits"] = False
        _state["language"] = "en"
        _installed[:] = [other for other in _installed if other is not self]
        if isinstance(app, QApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def install_language(language: str, *, arabic_digits: bool = False) -> InstalledLanguage:
    """Install the catalogues for ``language`` on the running application.

    Raises nothing for a missing catalogue of Qt's own (a trimmed Qt may lack
    it): the window is then only partly translated, which beats not starting.
    """
    app = QCoreApplication.instance()
    installed = InstalledLanguage(language)
    _installed.append(installed)
    _state["language"] = language
    if language == "en":
        set_arabic_digits(arabic_digits)
        return installed
    locale = QLocale(language)
    sources = [(CATALOGUE, translations_dir())]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources += [(name, qt_dir) for name in QT_CATALOGUES]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
    # qtbase_ar already says RTL (its QT_LAYOUT_DIRECTION entry); say it ourselves
    # too so the direction never depends on Qt's catalogue being present.
    if isinstance(app, QApplication) and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    set_arabic_digits(arabic_digits)
    return installed


def installed_language() -> InstalledLanguage | None:
    """What the last ``install_language`` put in place (None once removed)."""
    return _installed[-1] if _installed else None


def set_arabic_digits(on: bool) -> None:
    """Arabic-Indic digits in display (spin boxes, counts), or Latin ones (the default).

    Qt reads both kinds of digits back whatever the locale, so input is unaffected.
    In Arabic the default locale also names months and days (the calendar):
    ar_AE writes Latin digits, ar_EG Arabic-Indic ones, both with the Modern
    Standard month names (يناير ...).
    """
    _state["arabic_digits"] = on
    if _state["language"] == "ar":
        QLocale.setDefault(QLocale("ar_EG" if on else "ar_AE"))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def arabic_digits() -> bool:
    return bool(_state["arabic_digits"])


def current_language() -> str:
    """The interface language installed for this session ('en' until one is)."""
    return str(_state["language"])


def isolate(text: str) -> str:
    """``text`` kept in its own left-to-right order inside a right-to-left sentence.

    A code, date, figure or path put into an Arabic label could otherwise be
    reordered by the bidi algorithm ("B2", "2024-12-05", "RVW12", "10..20");
    in a left-to-right interface it is returned unchanged.
    """
    if not text or not interface_is_rtl():
        return text
    return f"{_LRI}{text}{_PDI}"


def display_digits(text: str) -> str:
    """``text`` with its digits as the analyst chose to read them (stored values untouched)."""
    return text.translate(_ARABIC_INDIC) if _state["arabic_digits"] else text


def interface_is_rtl() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft
