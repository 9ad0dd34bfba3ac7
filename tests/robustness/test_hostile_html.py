"""Saved web pages: text through a real parser, no markup interpreted, no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from reviewer.importing.corpus_import import import_paths, read_article
from reviewer.importing.decoding import RejectedFile
from reviewer.importing.html_reader import extract_text
from reviewer.storage.articles import get_article

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>موقع الأخبار | سقوط حماة</title>
<style>p { color: red } /* <p>not text</p> */</style>
<script>document.write("<p>سكربت</p>"); var s = '</div>';</script>
<link rel="stylesheet" href="http://tracker.example/style.css">
</head>
<body>
<!-- <p>تعليق مخفي</p> -->
<nav><a href="/">الرئيسية</a></nav>
<h1>سقوط   حماة
  بيد الفصائل</h1>
<img src="http://tracker.example/pixel.gif" alt="">
<p>أعلنت هيئة <b>تحرير</b> الشام السيطرة على <a href="x">سجن حماة</a> المركزي.<br>
وأُطلق سراح مئات المعتقلين &amp; السجناء.</p>
<noscript><p>فعّل جافاسكربت</p><img src="http://tracker.example/noscript.gif"></noscript>
<p>نص يذكر الوسم &lt;b&gt; والرمز &lt;script&gt;alert(1)&lt;/script&gt; كنص.</p>
<iframe src="http://tracker.example/frame"><p>إطار</p></iframe>
<pre>سطر أول
  سطر ثان</pre>
<template><p>قالب</p></template>
</body></html>
"""


def test_text_is_extracted_with_blocks_as_lines_and_non_content_dropped():
    headline, text = extract_text(PAGE)
    assert headline == "سقوط حماة بيد الفصائل"
    assert text.split("\n") == [  # the main content: the menu is left out
        "أعلنت هيئة تحرير الشام السيطرة على سجن حماة المركزي.",
        "وأُطلق سراح مئات المعتقلين & السجناء.",
        "نص يذكر الوسم <b> والرمز <script>alert(1)</script> كنص.",
        "سطر أول",
        "  سطر ثان",  # <pre> keeps its spaces
    ]
    for hidden in ("سكربت", "تعليق", "جافاسكربت", "إطار", "قالب", "color", "موقع الأخبار"):
        assert hidden not in text


def test_title_is_the_headline_when_there_is_no_h1():
    assert extract_text("<title> عنوان\nالصفحة </title><p>نص</p>") == ("عنوان الصفحة", "نص")
    assert extract_text("<p>السطر الأول</p><p>الثاني</p>")[0] == "السطر الأول"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to resolve a name or open a connection fails the test."""
    attempts: list[str] = []

    def refuse(name):
        def fail(*args, **kwargs):
            attempts.append(name)
            raise AssertionError(f"network access during import: {name}{args!r}")

        return fail

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_importing_a_page_with_remote_images_makes_no_network_access(db, tmp_path, no_network):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "other.htm").write_text(
        '<p>خبر آخر</p><img src="https://tracker.example/a.png">'
        '<object data="http://tracker.example/x.swf"></object>'
        '<video src="http://tracker.example/v.mp4" poster="http://tracker.example/p.jpg"></video>',
        encoding="utf-8",
    )
    result = import_paths(db, [tmp_path])
    assert result.rejected == []
    assert len(result.imported) == 2
    assert no_network == []
    # The fixture really catches an attempt (so the assertion above can fail).
    with pytest.raises(AssertionError, match="network access"):
        socket.create_connection(("tracker.example", 80))
    assert no_network == ["create_connection"]


def test_stored_page_is_plain_text_and_the_viewer_shows_markup_as_text(db, tmp_path, qtbot):
    from reviewer.ui.article_view import ArticleView

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [(_, article_id)] = import_paths(db, [tmp_path]).imported
    article = get_article(db, article_id)
    assert article.title == "سقوط حماة بيد الفصائل"
    assert "<script>alert(1)</script>" in article.text  # the page's own words, kept as text

    view = ArticleView()
    qtbot.addWidget(view)
    view.show_text(article.text + '\n<b>bold?</b> <img src="http://tracker.example/v.gif">')
    shown = view.toPlainText()
    assert "<script>alert(1)</script>" in shown
    assert '<b>bold?</b> <img src="http://tracker.example/v.gif">' in shown
    assert "tracker.example" not in view.document().toHtml().split("<body", 1)[0]
    assert "<img" not in view.document().toHtml().replace("&lt;img", "")


def test_declared_charset_is_used(tmp_path):
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    body = "<body><h1>سقوط حماة</h1><p>أعلنت هيئة تحرير الشام</p></body></html>"
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("ascii") + body.encode("cp1256"))
    title, text, encoding = read_article(path)
    assert (title, encoding) == ("سقوط حماة", "cp1256")
    assert text == "سقوط حماة\nأعلنت هيئة تحرير الشام"


def test_page_labelled_latin_1_is_read_as_windows_1252_like_a_browser(tmp_path):
    path = tmp_path / "english.html"
    path.write_bytes(b'<meta charset="ISO-8859-1"><p>\x93Hama\x94 \x96 caf\xe9</p>')
    assert read_article(path)[1:] == ("\u201cHama\u201d \u2013 caf\u00e9", "cp1252")


def test_undeclared_windows_1256_page_is_recognised_by_its_text(tmp_path):
    path = tmp_path / "legacy.htm"
    path.write_bytes(
        "<html><body><p>أعلنت هيئة تحرير الشام السيطرة</p></body></html>".encode("cp1256")
    )
    assert read_article(path)[1:] == ("أعلنت هيئة تحرير الشام السيطرة", "windows-1256")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"<html><head><title></title></head><body><script>x()</script></body></html>", "empty"),
        (b'<meta charset="klingon"><p>x</p>', "unknown charset 'klingon'"),
        (b'<meta charset="unicode_escape"><p>\\u0041</p>', "unknown charset 'unicode_escape'"),
        (b'<meta charset="rot13"><p>x</p>', "unknown charset 'rot13'"),
        (b'<meta charset="utf-8"><p>\xff\xfe broken</p>', "not valid utf-8"),
        (b"<p>text</p>\x00\x01\x02", "binary"),
        ("<p>Résumé à Hamâ</p>".encode("latin-1"), "undecodable"),
    ],
    ids=["empty", "no-text", "unknown", "codec", "rot13", "bad-declared", "nul", "latin1"],
)
def test_bad_pages_are_rejected_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(RejectedFile, match=reason):
        read_article(path)


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 100_000 + "عمق" + "</div>" * 100_000,  # nesting deeper than any stack
        "<p>نص</p><![foo[ bar ]]><p>بعده</p>",  # a declaration html.parser refuses
        "<p>نص</p><![ ]]><!DOCTYPE x [<!ELEMENT y>]><p>بعده</p>",
        "<p>نص</p><!-- never closed <p>hidden</p>",
        "<p>نص</p><script>never closed <p>hidden</p>",
        "<p a='unterminated>نص</p><p>بعده</p>",
        "</p></div></body></html><p>نص</p>",
        "<p>نص" + "<b>" * 10_000,
        "&#0;&#xD800;&#x110000;&#99999999999;<p>نص</p>",
    ],
    ids=[
        "deep",
        "marked-section",
        "bad-declarations",
        "open-comment",
        "open-script",
        "open-attribute",
        "stray-end-tags",
        "many-open",
        "bad-charrefs",
    ],
)
def test_broken_markup_never_crashes(markup):
    try:
        _headline, text = extract_text(markup)
    except RejectedFile:
        return
    assert "hidden" not in text
    assert "\x00" not in text


def test_html_files_in_folders_are_imported_others_skipped(db, tmp_path):
    tmp_path = tmp_path / "pages"
    tmp_path.mkdir()
    (tmp_path / "a.html").write_text("<h1>خبر</h1><p>نص الخبر</p>", encoding="utf-8")
    (tmp_path / "b.HTM").write_text("<h1>خبر ثان</h1><p>نص آخر</p>", encoding="utf-8")
    (tmp_path / "c.xhtml").write_text("<p>x</p>", encoding="utf-8")
    result = import_paths(db, [tmp_path])
    assert sorted(Path(p).name for p, _ in result.imported) == ["a.html", "b.HTM"]
    assert [p.name for p, _ in result.skipped] == ["c.xhtml"]
