"""Word files, PDFs and feeds: the article's own words in reading order, with their metadata.

Fixtures in tests/fixtures/documents (made by make_documents.py, see the README
there) and tests/fixtures/feeds.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from reviewer.importing.arabic_order import order_scores, to_logical
from reviewer.importing.corpus_import import import_paths
from reviewer.importing.decoding import RejectedFile
from reviewer.storage.articles import get_article
from tests.fixtures.make_documents import LINES

FIXTURES = Path(__file__).parents[1] / "fixtures"
DOCUMENTS = FIXTURES / "documents"
FEEDS = FIXTURES / "feeds"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def imported(db, tmp_path, *names, folder=DOCUMENTS):
    for name in names:
        shutil.copy(folder / name, tmp_path / name)
    return import_paths(db, [tmp_path / name for name in names])


def test_word_file_gives_its_paragraphs_in_order_and_its_properties(db, tmp_path):
    result = imported(db, tmp_path, "article.docx")
    [(_, article_id)] = result.imported
    article = get_article(db, article_id)
    assert article.title == "الجيش السوري ينسحب من حماة"
    assert article.published == "2024-12-05"
    assert article.language == "ar"
    assert article.text.split("\n") == [*LINES[1:], "المصدر: مراسلنا", "حماة", "انتهى الخبر."]
    assert result.reports[0][1].startswith("docx, «الجيش السوري ينسحب من حماة», 2024-12-05")


@pytest.mark.parametrize(
    ("name", "repair"),
    [
        # Drawn in logical order: pypdf reads it backwards, the order check turns it round.
        ("arabic_logical.pdf", "Arabic in visual order put back in reading order"),
        # Shaped glyphs stored in visual order: presentation forms become base letters.
        ("arabic_visual.pdf", "presentation forms turned into base letters"),
        # Base letters in visual order, which pypdf already reverses.
        ("arabic_visual_base.pdf", None),
    ],
)
def test_arabic_pdf_is_stored_in_reading_order_with_base_letters(db, tmp_path, name, repair):
    result = imported(db, tmp_path, name)
    assert result.rejected == []
    [(_, article_id)] = result.imported
    article = get_article(db, article_id)
    assert article.text.split("\n") == LINES
    assert article.title == LINES[0]
    assert not PRESENTATION_FORMS.search(article.text)
    logical, visual = order_scores(article.text)
    assert logical > 10 and visual == 0
    [(_, report)] = result.reports
    assert report.startswith(f"pdf, «{LINES[0]}»")
    assert (repair in report) if repair else ("order" not in report and "forms" not in report)


def test_scanned_pdf_is_refused_with_a_reason(db, tmp_path):
    result = imported(db, tmp_path, "scanned.pdf")
    assert result.imported == []
    [(path, reason)] = result.rejected
    assert path.name == "scanned.pdf"
    assert "no text layer" in reason and "OCR" in reason


@pytest.mark.parametrize("name", ["ascii.pdf", "ascii-named.txt", "ascii-no-suffix"])
def test_ascii_pdf_imports_its_text_not_its_bytes(db, tmp_path, name):
    shutil.copy(DOCUMENTS / "ascii.pdf", tmp_path / name)
    [(_, article_id)] = import_paths(db, [tmp_path / name]).imported
    article = get_article(db, article_id)
    assert article.title == "Hama falls to opposition factions"
    assert article.text == "Hama falls to opposition factions\nArmed factions took Hama."


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n%broken", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>"],
)
def test_damaged_pdf_is_refused_with_a_reason(db, tmp_path, data):
    (tmp_path / "bad.pdf").write_bytes(data)
    [(_, reason)] = import_paths(db, [tmp_path / "bad.pdf"]).rejected
    assert "PDF" in reason


def test_not_a_word_file_is_refused_with_a_reason(db, tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    [(_, reason)] = import_paths(db, [tmp_path / "bad.docx"]).rejected
    assert "not a Word .docx file" in reason


MIXED = [
    "سيطرت الفصائل على مدينة حماة في وسط سوريا",
    "وقال المرصد إن الجيش انسحب من المدينة بعد المعارك",
]


def test_visual_order_with_numbers_and_latin_is_repaired_line_by_line():
    from bidi.algorithm import get_display

    lines = ["قتل 20 شخصا في مدينة New York يوم 5 كانون الأول (ديسمبر) 2024 على يد المسلحين.",
             "وأطلق سراح 3,500 سجين من السجن المركزي في حمص."]  # fmt: skip
    text, note = to_logical("\n".join(get_display(line) for line in lines))
    assert text.split("\n") == lines
    assert note == "Arabic in visual order put back in reading order"


def test_mixed_order_is_refused_never_stored_reversed():
    from bidi.algorithm import get_display

    half_reversed = "\n".join([MIXED[0], get_display(MIXED[1]), MIXED[0], get_display(MIXED[1])])
    with pytest.raises(RejectedFile, match="mixed or unclear order"):
        to_logical(half_reversed)


def test_presentation_forms_become_base_letters_after_the_order_is_fixed():
    from arabic_reshaper import reshape
    from bidi.algorithm import get_display

    line = "لا إله إلا الله والسلام على الفصائل في المدينة"
    text, note = to_logical(get_display(reshape(line)))
    assert text == line  # the lam-alef ligatures (لا) come out as lam then alef
    assert "presentation forms" in note and "visual order" in note


def test_rss_and_atom_items_are_articles_and_items_seen_before_are_skipped(db, tmp_path):
    result = imported(db, tmp_path, "syria.rss", "south.atom", folder=FEEDS)
    assert result.rejected == []
    articles = [get_article(db, article_id) for _, article_id in result.imported]
    assert [(a.title, a.published, a.outlet, a.url, a.language) for a in articles] == [
        ("الفصائل تسيطر على مدينة حماة", "2024-12-05", "وكالة أنباء الشمال",
         "https://north-news.example/2024/12/05/hama", "ar"),
        ("المعارضة تدخل حمص", "2024-12-07", "وكالة أنباء الشمال",
         "https://north-news.example/2024/12/07/homs", "ar"),
        ("فصائل محلية تسيطر على مركز درعا", "2024-12-06", "مرصد الجنوب",
         "https://south-monitor.example/daraa-center", "ar"),
        ("قوات النظام تنسحب من السويداء", "2024-12-07", "مرصد الجنوب",
         "https://south-monitor.example/suwayda", "ar"),
    ]  # fmt: skip
    assert articles[0].text == (
        "أعلنت الفصائل المسلحة السيطرة على مدينة حماة بعد انسحاب الجيش السوري.\n"
        "وأطلق سراح مئات المعتقلين من السجن المركزي."
    )
    assert "alert" not in articles[0].text
    # The feed saved again later: its items are already present, one with an edited text.
    later = (
        (FEEDS / "syria.rss").read_text("utf-8").replace("مساء السبت", "مساء السبت 7 كانون الأول")
    )
    (tmp_path / "syria-later.rss").write_text(later, "utf-8")
    again = import_paths(db, [tmp_path / "syria-later.rss", tmp_path / "south.atom"])
    assert again.imported == [] and len(again.duplicates) == 4


def test_xml_that_is_not_a_feed_is_refused(db, tmp_path):
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>', "utf-8")
    [(_, reason)] = import_paths(db, [tmp_path / "sitemap.xml"]).rejected
    assert reason == "not an RSS or Atom feed"


def test_word_file_that_unpacks_to_hundreds_of_megabytes_is_refused_unread(db, tmp_path):
    """A small .docx whose document.xml inflates to 210 MB (a zip bomb) never reaches memory."""
    import zipfile

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * 1_048_576
            for _ in range(210):
                member.write(chunk)
    assert bomb.stat().st_size < 1_048_576
    [(_, reason)] = import_paths(db, [bomb]).rejected
    assert reason == "Word file unpacks to 210 MB (the limit is 200 MB)"
