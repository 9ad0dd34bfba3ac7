"""Saved news pages: the article body alone is stored, with the page's own metadata.

Three page structures built like real Arabic news sites (tests/fixtures/pages):
a portal with OpenGraph metadata, cookie banner, menu, share buttons, related
links and comments; a newspaper with JSON-LD, top bar, "most read" sidebar,
newsletter box and readers' comments; a blog with its date in ``<time>``,
archive widgets, a comment form and a footer.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reviewer.importing.corpus_import import import_paths
from reviewer.storage.articles import get_article

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"

# Words of the page that are not the article: menus, banners, related, comments, footers.
NOT_ARTICLE = {
    "opengraph_portal.html": (
        "ملفات تعريف الارتباط", "الرئيسية", "رياضة", "عاجل", "فيسبوك", "أخبار ذات صلة",
        "مجلس الأمن", "التعليقات", "يحمي أهل حماة", "من نحن", "جميع الحقوق", "إعلان",
        "نص من سكربت",
    ),
    "jsonld_newspaper.html": (
        "تسجيل الدخول", "اشترك", "الشأن السوري", "الأكثر قراءة", "أسعار الذهب",
        "النشرة البريدية", "اقرأ أيضاً", "آراء القراء", "متى نعود", "شارع الكورنيش",
        "جميع الحقوق",
    ),
    "time_element_blog.html": (
        "الأرشيف", "تصنيفات", "الوسوم", "اترك تعليقاً", "بريدك الإلكتروني", "الحمد لله",
        "ووردبريس", "تشرين الثاني",
    ),
}  # fmt: skip
EXPECTED = {
    "opengraph_portal.html": dict(
        title="الفصائل تدخل حماة وتطلق سراح مئات السجناء", published="2024-12-05",
        outlet="شبكة الشام الإخبارية", language="ar",
        url="https://sham-news.example/news/2024/12/05/hama-prison",
        first="أعلنت فصائل المعارضة المسلحة مساء الخميس", last="يربط حلب بدمشق.",
    ),
    "jsonld_newspaper.html": dict(
        title="المعارضة السورية تسيطر على مدينة حمص", published="2024-12-08",
        outlet="صحيفة الفرات", language="ar", url="https://alfurat.example/syria/homs-2024-12-08",
        first="تمكنت فصائل المعارضة السورية", last="بالساحل والشمال.",
    ),
    "time_element_blog.html": dict(
        title="فصائل محلية تسيطر على مركز مدينة درعا", published="2024-12-06",
        outlet="درعا اليوم", language="ar",
        url="https://daraa-today.example/2024/12/daraa-center",
        first="بسطت فصائل المعارضة المحلية", last="منذ عام 2018.",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_stores_the_article_body_alone_with_its_metadata(db, tmp_path, name):
    shutil.copy(PAGES / name, tmp_path / name)
    result = import_paths(db, [tmp_path / name])
    assert result.rejected == []
    [(_, article_id)] = result.imported
    article = get_article(db, article_id)
    want = EXPECTED[name]
    assert (article.title, article.published, article.outlet, article.language, article.url) == (
        want["title"], want["published"], want["outlet"], want["language"], want["url"],
    )  # fmt: skip
    lines = [line for line in article.text.split("\n") if line != want["title"]]
    assert lines[0].startswith(want["first"])
    assert lines[-1].endswith(want["last"])
    assert len(lines) in (3, 4)  # the article's paragraphs, nothing else
    for words in NOT_ARTICLE[name]:
        assert words not in article.text, words
    [(_, report)] = result.reports
    assert report.startswith(f"html, «{want['title']}», {want['published']}, {want['outlet']}")


def test_page_without_main_content_keeps_its_visible_text_and_says_so(db, tmp_path):
    page = tmp_path / "short.html"
    page.write_text("<html><body><footer><p>حقوق النشر محفوظة</p></footer></body></html>", "utf-8")
    result = import_paths(db, [page])
    [(_, article_id)] = result.imported
    assert get_article(db, article_id).text == "حقوق النشر محفوظة"
    [(_, report)] = result.reports
    assert "no main content found: the whole visible text was kept" in report


def test_saved_pages_files_folder_is_not_imported(db, tmp_path):
    shutil.copy(PAGES / "opengraph_portal.html", tmp_path / "hama.html")
    assets = tmp_path / "hama_files"
    assets.mkdir()
    (assets / "ad-frame.html").write_text("<p>إعلان ممول: اربح جائزة</p>", "utf-8")
    (assets / "notes.txt").write_text("ملف مساعد", "utf-8")
    result = import_paths(db, [tmp_path])
    assert [Path(path).name for path, _ in result.imported] == ["hama.html"]
    assert (assets, "skipped: a saved page's own folder (its images and scripts)") in result.skipped
