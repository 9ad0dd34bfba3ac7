"""A saved web page as an article: the main content and the page's own metadata.

trafilatura (the standard main-content extractor) keeps the article body and
leaves out menus, related links, comments, cookie banners and footers; it also
reads the title, publication date, site name, URL and author from OpenGraph,
JSON-LD, ``<meta>`` and ``<time>``. Its date search is limited to that markup
(no "extensive" search of the text, which picks up crawl and copyright dates).

Cost. trafilatura's optional fallbacks (readability, jusText) are turned off
(``fast``): jusText's neighbour search is quadratic in the paragraphs (a 50 KB
page of ``<li>`` took 15 s). What remains is roughly linear but costs about
5 s and 150 MB per million elements, so pages with more than
``MAX_EXTRACTED_ELEMENTS`` elements (real news pages have a few thousand) skip
it: their whole visible text is kept from lxml's linear parse and the import
report says so. ``tests/robustness/test_html_cost.py`` bounds time and memory
on hostile pages; ``tests/bench/bench_html.py`` measures them.

When the extractor finds no main content, the whole visible text is kept, and
the report says that too. Nothing is fetched: the page is parsed from memory
and trafilatura is given the tree, never a URL.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date

from lxml import etree, html

from reviewer.importing.decoding import RejectedFile, normalize_text, split_title
from reviewer.importing.document import Document
from reviewer.importing.html_extract import (
    decode_html,
    element_count,
    first_heading,
    parse_page,
    visible_text,
)
from reviewer.messages import Message

MAX_EXTRACTED_ELEMENTS = 30_000
WHOLE_TEXT = "no main content found: the whole visible text was kept"
TOO_COMPLEX = (
    "page too complex for main-content extraction ({count} elements, more than {limit}):"
    " the whole visible text was kept"
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
# Never article text, yet trafilatura keeps some (a <noscript> "enable JavaScript"):
# removed before extraction. <title> and scripts stay, as metadata reads them.
_NOT_CONTENT = (
    "noscript", "template", "iframe", "frame", "object", "embed", "canvas", "svg", "math",
    "select", "button", "map", "style",
)  # fmt: skip
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")

# trafilatura logs every page it finds nothing in; the import report says it instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(data: bytes) -> Document:
    """The article in a page's bytes, or RejectedFile saying why there is none."""
    markup, encoding = decode_html(data)
    del data
    tree = parse_page(markup)
    del markup
    language = _language(tree)
    count = element_count(tree)
    if count > MAX_EXTRACTED_ELEMENTS:
        note = TOO_COMPLEX.format(count=count, limit=MAX_EXTRACTED_ELEMENTS)
        return _whole_page(tree, encoding, language, note)
    stated_url = _json_ld_url(tree)  # read before the scripts are stripped
    extracted = _extract(_without_non_content(tree))
    text = (extracted.text or "").strip() if extracted is not None else ""
    if not text:
        return _whole_page(tree, encoding, language, WHOLE_TEXT, extracted)
    text = normalize_text(text)
    title = _clean(extracted.title) or first_heading(tree) or split_title(text)
    return Document(
        kind="html",
        title=normalize_text(title),
        text=text,
        encoding=encoding,
        published=_iso_date(extracted.date),
        outlet=_clean(extracted.sitename),
        url=_clean(extracted.url) or stated_url,
        language=language,
        author=_clean(extracted.author),
    )


def _json_ld_url(tree: html.HtmlElement) -> str | None:
    """The article's address as its JSON-LD states it (``mainEntityOfPage``, else ``url``).

    trafilatura reads the canonical link and OpenGraph but not JSON-LD's page
    address, which is where many newspapers put it. Only parsed, never fetched.
    """
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            page = item.get("mainEntityOfPage")
            found = page.get("@id") or page.get("url") if isinstance(page, dict) else page
            found = found or item.get("url")
            if isinstance(found, str) and found.startswith(("http://", "https://")):
                return found.strip()
    return None


def extract_text(markup: str) -> tuple[str, str]:
    """``(headline, text)`` of a page given as text: what ``read_html`` stores."""
    document = read_html(markup.encode("utf-8"))
    return document.title, document.text


def _extract(tree: html.HtmlElement):  # -> trafilatura Document | None
    from trafilatura import bare_extraction  # imported on first page: it takes ~0.5 s

    try:
        return bare_extraction(
            tree,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except (ValueError, TypeError, RecursionError):  # trafilatura's "nothing usable here"
        return None


def _without_non_content(tree: html.HtmlElement) -> html.HtmlElement:
    """``tree`` without the elements that are never article text.

    In place: ``visible_text`` drops them too, so the fallback is unchanged.
    """
    etree.strip_elements(tree, *_NOT_CONTENT, with_tail=False)
    return tree


def _whole_page(tree, encoding: str, language: str | None, note: str, extracted=None) -> Document:
    """The fallback: every visible line of the page, with what metadata was found."""
    text = visible_text(tree)
    if not text.strip():
        raise RejectedFile(Message("import.empty_page"))
    text = normalize_text(text)
    title = (_clean(extracted.title) if extracted is not None else None) or first_heading(tree)
    return Document(
        kind="html",
        title=normalize_text(title) if title else split_title(text),
        text=text,
        encoding=encoding,
        published=_iso_date(extracted.date) if extracted is not None else None,
        outlet=_clean(extracted.sitename) if extracted is not None else None,
        url=_clean(extracted.url) if extracted is not None else None,
        language=language,
        author=_clean(extracted.author) if extracted is not None else None,
        note=note,
    )


def _language(tree: html.HtmlElement) -> str | None:
    """The page's declared language (``<html lang>``), as its primary subtag."""
    match = _LANGUAGE.match((tree.get("lang") or "").strip())
    return match.group(1).lower() if match else None


def _iso_date(value: str | None) -> str | None:
    try:
        return date.fromisoformat(value).isoformat() if value else None
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


__all__ = ["RejectedFile", "extract_text", "read_html"]
