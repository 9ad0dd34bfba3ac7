"""The bundled Arabic font, registered once per application.

Without it Qt falls back to DejaVu Sans, which has Arabic glyphs but is poor for
reading long articles.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from reviewer.paths import resource_path

FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
ARTICLE_FAMILY = "Noto Naskh Arabic"
DEFAULT_POINT_SIZE = 14

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register the fonts in ``resources/fonts`` (needs a QGuiApplication)."""
    if not _registered:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id < 0:
                raise RuntimeError(f"could not load bundled font {name}")
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(dict.fromkeys(_registered))


def article_font(point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    register_bundled_fonts()
    font = QFont()
    font.setFamilies([ARTICLE_FAMILY, "DejaVu Sans"])
    font.setPointSize(point_size)
    return font
