"""Arabic must read right-to-left, joined and hugging the right edge: checked from pixels."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QRawFont

from reviewer.paths import corpus_dir, resource_path
from reviewer.ui.article_view import ArticleView

DARK = 128  # lightness below which a pixel is ink


def _ink_extents(image: QImage, top: int, bottom: int) -> tuple[int, int] | None:
    xs = [
        x
        for y in range(max(top, 0), min(bottom, image.height()))
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < DARK
    ]
    return (min(xs), max(xs)) if xs else None


def _paragraph_extents(view: ArticleView) -> list[tuple[str, tuple[int, int] | None]]:
    """Ink extents of each visible paragraph, in viewport pixels."""
    image = view.viewport().grab().toImage()
    layout = view.document().documentLayout()
    offset = view.verticalScrollBar().value()
    result = []
    block = view.document().begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block).translated(0, -offset)
        if rect.bottom() < view.viewport().height():
            result.append(
                (block.text(), _ink_extents(image, int(rect.top()) + 3, int(rect.bottom()) - 3))
            )
        block = block.next()
    return result


@pytest.fixture
def view(qtbot):
    widget = ArticleView()
    qtbot.addWidget(widget)
    widget.resize(900, 1400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_arabic_hugs_the_right_edge_and_latin_the_left(view, tmp_path):
    text = (corpus_dir() / "000_bea7393187fab270.txt").read_text(encoding="utf-8")
    view.show_text(text)
    view.viewport().grab().save(str(tmp_path / "article.png"))
    width = view.viewport().width()
    paragraphs = _paragraph_extents(view)
    assert len(paragraphs) >= 5
    margin = 30
    for paragraph, extents in paragraphs:
        assert extents is not None, paragraph
        left, right = extents
        if paragraph == "ADVERTISEMENT":
            assert left < margin, f"Latin paragraph not at the left edge: {extents}"
            assert right < width / 2, f"Latin paragraph reaches the right: {extents}"
        else:
            assert right > width - margin, f"Arabic paragraph not at the right edge: {extents}"
    short = next(e for p, e in paragraphs if p.startswith("إطلاق سراح مئات المعتقلين"))
    assert short[0] > width / 4, "a short Arabic line should leave the left side empty"


def test_arabic_line_with_digits_and_latin_keeps_logical_order(view):
    view.show_text("عدد السجناء 3000 سجين حسب Reuters اليوم")
    block = view.document().begin()
    line = block.layout().lineAt(0)
    # In a right-to-left paragraph the first logical character is drawn rightmost.
    first = line.cursorToX(0)[0]
    digits = line.cursorToX(block.text().index("3000"))[0]
    latin = line.cursorToX(block.text().index("Reuters"))[0]
    last = line.cursorToX(len(block.text()) - 1)[0]
    assert first > digits > latin > last


def test_bundled_font_covers_every_arabic_letter_of_the_corpus(qapp):
    font = QRawFont(str(resource_path("fonts", "NotoNaskhArabic-Regular.ttf")), 14)
    assert font.isValid()
    letters = {
        char
        for path in corpus_dir().glob("*.txt")
        for char in Path(path).read_text(encoding="utf-8")
        if "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"
    }
    assert len(letters) > 30
    missing = sorted(char for char in letters if not font.supportsCharacter(ord(char)))
    assert missing == []


def test_article_text_uses_the_bundled_font(view):
    assert view.font().families()[0] == "Noto Naskh Arabic"
    from PySide6.QtGui import QFontInfo

    assert QFontInfo(view.font()).family() == "Noto Naskh Arabic"


def test_each_paragraph_carries_its_own_direction(view):
    from PySide6.QtCore import Qt

    view.show_text("خبر عاجل\nADVERTISEMENT\nتقرير 🚨 حماة")
    block = view.document().begin()
    directions = []
    while block.isValid():
        directions.append(block.blockFormat().layoutDirection())
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions == [rtl, ltr, rtl]


def test_highlights_and_selection_use_code_point_offsets_across_non_bmp(view):
    from PySide6.QtGui import QColor, QTextCharFormat

    from reviewer.ui.article_view import Highlight

    text = "تقرير 🚨 حماة\nسطر 𝟘 آخر عن حمص"
    view.show_text(text)
    start = text.index("حماة")
    assert start == 8  # Python code points; Qt counts 9 UTF-16 units here
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("yellow"))
    view.set_highlights("evidence", [Highlight(start, start + 4, fmt)])
    [selection] = view.extraSelections()
    assert selection.cursor.selectedText() == "حماة"

    second = text.index("حمص")
    view.select_span(second, second + 3)
    assert view.textCursor().selectedText() == "حمص"
    assert view.selected_span() == (second, second + 3)

    view.set_highlights("evidence", [])
    assert view.extraSelections() == []
