"""Keyboard shortcuts that keep working while an Arabic keyboard layout is active.

Qt matches a shortcut by the key code of the key event. With an Arabic layout
the S key sends ``س`` (Qt key 0x633), so Ctrl+S arrives as Ctrl+س and matches
nothing. Qt finds the Latin key itself only when the keymap also holds a Latin
layout (X11 with "us,ara") or the platform gives Latin virtual keys (Windows);
with Arabic alone, on Wayland setups without a Latin group, or offscreen, the
shortcut is lost. Measured on Xvfb with PySide6 6.11: Ctrl+س triggered nothing.

``ArabicShortcutFilter`` catches such a key press once Qt's own matching has
failed (a shortcut that matched never reaches it as a key press), finds the
Latin key on the same physical key — from the X11/Wayland key code when there
is one, else from the standard Arabic (PC) layout's letters — and triggers the
action bound to that Latin shortcut, respecting the action's shortcut context.

Widgets that read single Latin keys (the grade box: A-F, 1-6) set the dynamic
property ``latinKeys``; their unmodified Arabic letters are handed over as the
Latin key of the same physical key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from shiboken6 import isValid

LATIN_KEYS_PROPERTY = "latinKeys"
_SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

# The Arabic (101, "ara" in xkb, "Arabic (101)" on Windows) layout: the letter
# (or, with Shift, the haraka) on each Latin key. Digits 1-0 stay Latin on that
# layout; the Arabic-Indic digits come from its third level or the "digits" variant.
_ARABIC_101 = {
    "ض": "Q", "ص": "W", "ث": "E", "ق": "R", "ف": "T", "غ": "Y", "ع": "U", "ه": "I",
    "خ": "O", "ح": "P", "ج": "[", "د": "]", "ش": "A", "س": "S", "ي": "D", "ب": "F",
    "ل": "G", "ا": "H", "ت": "J", "ن": "K", "م": "L", "ك": ";", "ط": "'", "ئ": "Z",
    "ء": "X", "ؤ": "C", "ر": "V", "ى": "N", "ة": "M", "و": ",", "ز": ".", "ظ": "/",
    "ذ": "`", "\ufefb": "B", "لا": "B",
    # Shift level: harakat on the top two rows, so Ctrl+Shift+<letter> is found too.
    "\u064e": "Q", "\u064b": "W", "\u064f": "E", "\u064c": "R", "\u0650": "A",
    "\u064d": "S", "\u0652": "X", "\u0651": "`", "إ": "Y", "أ": "H", "ـ": "J",
    "،": "K", "آ": "N", "؛": "P", "؟": "/",
}  # fmt: skip
_ARABIC_INDIC_DIGITS = {chr(0x660 + n): str(n) for n in range(10)}
_EXTENDED_DIGITS = {chr(0x6F0 + n): str(n) for n in range(10)}  # Persian/Urdu forms

# X11 and Wayland (xkb, evdev) key codes of the main block: the key's position,
# whatever the layout. Qt reports them as QKeyEvent.nativeScanCode().
_XKB_KEYCODES = {
    10: "1", 11: "2", 12: "3", 13: "4", 14: "5", 15: "6", 16: "7", 17: "8", 18: "9",
    19: "0", 20: "-", 21: "=", 24: "Q", 25: "W", 26: "E", 27: "R", 28: "T", 29: "Y",
    30: "U", 31: "I", 32: "O", 33: "P", 34: "[", 35: "]", 38: "A", 39: "S", 40: "D",
    41: "F", 42: "G", 43: "H", 44: "J", 45: "K", 46: "L", 47: ";", 48: "'", 49: "`",
    52: "Z", 53: "X", 54: "C", 55: "V", 56: "B", 57: "N", 58: "M", 59: ",", 60: ".",
    61: "/",
}  # fmt: skip


def latin_key(event: QKeyEvent) -> Qt.Key | None:
    """The Latin key on the physical key ``event`` came from, or None when it is Latin."""
    key = event.key()
    if key >= Qt.Key.Key_Escape.value:  # a named key (Return, PgDown, F1): no layout
        return None
    if key < 0x80:
        # Latin already, except the ASCII punctuation the Arabic layout puts on the
        # Shift level of letter keys: Shift+C gives "}" there, so Ctrl+Shift+C does.
        shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if chr(key).isalnum() or not shifted:
            return None
        char = _physical_key(event)
        return Qt.Key(ord(char)) if char is not None and char.isalpha() else None
    char = _physical_key(event)
    if char is not None:
        return Qt.Key(ord(char))
    text = event.text() or chr(key)
    for table in (_ARABIC_101, _ARABIC_INDIC_DIGITS, _EXTENDED_DIGITS):
        for candidate in (text, chr(key)):
            if candidate in table:
                return Qt.Key(ord(table[candidate]))
    return None


def _physical_key(event: QKeyEvent) -> str | None:
    """The US-layout character of the physical key, where the platform reports one."""
    if QGuiApplication.platformName() in ("xcb", "wayland"):
        return _XKB_KEYCODES.get(event.nativeScanCode())
    return None


def _owners(action: QAction, depth: int = 0) -> list[QWidget]:
    """The widgets ``action`` is shown on; for a menu entry, where the menu hangs (menu bar)."""
    found: list[QWidget] = []
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and depth < 8:
            found += _owners(owner.menuAction(), depth + 1)
        elif isinstance(owner, QWidget):
            found.append(owner)
    return found


def _context_allows(action: QAction, focus: QWidget | None, window: QWidget) -> bool:
    """Whether ``action``'s shortcut context covers the focused widget, as Qt's own check."""
    context = action.shortcutContext()
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    for owner in _owners(action):
        if not owner.isVisible():
            continue
        if context == Qt.ShortcutContext.WindowShortcut and owner.window() is window:
            return True
        if context == Qt.ShortcutContext.WidgetShortcut and owner is focus:
            return True
        children = context == Qt.ShortcutContext.WidgetWithChildrenShortcut
        if children and focus is not None and (owner is focus or owner.isAncestorOf(focus)):
            return True
    return False


def find_action(window: QWidget, sequence: QKeySequence) -> QAction | None:
    """The one enabled action of ``window`` whose shortcut is ``sequence`` here."""
    focus = QApplication.focusWidget()
    found = []
    for action in dict.fromkeys([*window.findChildren(QAction), *window.actions()]):
        if not isValid(action):  # a menu's temporary action being deleted
            continue
        if not action.isEnabled() or sequence not in action.shortcuts():
            continue
        if _context_allows(action, focus, window):
            found.append(action)
    return found[0] if len(found) == 1 else None


class ArabicShortcutFilter(QObject):
    """Application-wide event filter; install once with ``install_arabic_shortcuts``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        latin = latin_key(key_event)
        if latin is None:
            return False
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & _SHORTCUT_MODIFIERS:
            action = find_action(watched.window(), QKeySequence(QKeyCombination(modifiers, latin)))
            if action is None:
                return False
            action.trigger()
            return True
        if watched.property(LATIN_KEYS_PROPERTY):
            text = chr(latin.value).lower() if chr(latin.value).isalpha() else chr(latin.value)
            QApplication.sendEvent(watched, QKeyEvent(QEvent.Type.KeyPress, latin, modifiers, text))
            return True
        return False


_filters: list[ArabicShortcutFilter] = []


def install_arabic_shortcuts(app: QApplication) -> ArabicShortcutFilter:
    """Make every shortcut of every window answer to an Arabic layout too (idempotent)."""
    if not _filters:
        _filters.append(ArabicShortcutFilter(app))
        app.installEventFilter(_filters[0])
    return _filters[0]
