"""Reading a saved web page (``.html``/``.htm``): its bytes decoded, its tree parsed.

The page is parsed once by lxml (libxml2's HTML parser, written in C): its cost
is linear in the input, with ``huge_tree`` off, so nesting is capped (at 256
levels) and a single text node or attribute cannot grow without bound. Nothing
is fetched: the parser only builds a tree (``no_network``), comments and
processing instructions are dropped, and no image, stylesheet, frame or script
is ever loaded or run, whatever its address.

``visible_text`` is the whole page as a reader sees it, the fallback when the
main-content extractor (``html_reader``) finds no article: scripts, styles,
``noscript`` and other non-content elements dropped, block elements as line
breaks, runs of white space collapsed as a browser would (except in ``<pre>``).
The result is plain text: an escaped ``&lt;b&gt;`` becomes the three characters
``<b>`` and is shown as such, because the viewer never interprets markup.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree, html

from reviewer.importing.decoding import (
    RejectedFile,
    check_not_binary,
    legacy_arabic_ratio,
    mostly_utf8,
)
from reviewer.messages import Message

# Elements whose content is never article text (none of them is a void element,
# so each has an end tag that ends the skipping).
_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
     "select", "button", "map", "title"}
)  # fmt: skip
# Elements that start a new line (HTML's block-level and line-breaking elements).
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
     "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol",
     "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
     "ul", "br", "head"}
)  # fmt: skip
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
# Charsets a page may declare (Python codec names). Only real text encodings of
# the web: a declared "unicode_escape" or "rot13" must not run a strange codec.
_PAGE_ENCODINGS = frozenset(
    {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859-6", "cp720", "cp1252",
     "mac-arabic"}
)  # fmt: skip
# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are Windows-1252.
_WEB_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_html(data: bytes) -> tuple[str, str]:
    """Return ``(markup, encoding)``: BOM, else the page's declared charset, else UTF-8.

    Failing those, Windows-1256 is tried, accepted only if the page's letters
    outside tags read as Arabic (as for plain-text files).
    """
    if not data.strip():
        raise RejectedFile(Message("import.empty"))
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, name, Message("import.bad_bom_page", encoding=name)), name
    if b"\x00" in data:
        raise RejectedFile(Message("import.binary"))
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = ""
        name = _WEB_ALIASES.get(name, name)
        if name not in _PAGE_ENCODINGS:
            raise RejectedFile(Message("import.unknown_charset", charset=label))
        return _decode(data, name, Message("import.not_declared_charset", charset=name)), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if mostly_utf8(data):
            raise RejectedFile(Message("import.bad_utf8", byte=exc.start)) from None
        markup = data.decode("cp1256", errors="replace")
    if legacy_arabic_ratio(re.sub(r"<[^>]*>", " ", markup)) < 0.5:
        raise RejectedFile(Message("import.undecodable_html"))
    return markup, "windows-1256"


def _decode(data: bytes, encoding: str, reason: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeError:
        raise RejectedFile(reason) from None


# One parser for every page: no network, no huge trees, no comments.
_PARSER = html.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, huge_tree=False, collect_ids=False
)


def parse_page(markup: str) -> html.HtmlElement:
    """The page's tree, or RejectedFile when lxml finds no document in it."""
    check_not_binary(markup)
    try:
        return html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise RejectedFile(Message("import.bad_html", reason=exc)) from None


def element_count(tree: html.HtmlElement) -> int:
    """How many elements the page has: the measure of its cost to the extractor."""
    return sum(1 for _ in tree.iter())


def first_heading(tree: html.HtmlElement) -> str:
    """The first ``<h1>``, else ``<title>``, with its white space collapsed; or ""."""
    for tag in ("h1", "title"):
        for element in tree.iter(tag):
            words = _SPACES.sub(" ", element.text_content()).strip()
            if words:
                return words
    return ""


def visible_text(tree: html.HtmlElement) -> str:
    """All the text a browser would show, blocks as lines (one linear walk)."""
    pieces: list[str] = []
    dropped = 0  # open dropped elements
    pre = 0
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _DROPPED:
                dropped += 1
            if tag in _BLOCKS:
                pieces.append("\n")
            if tag == "pre":
                pre += 1
            if element.text and not dropped:
                pieces.append(element.text if pre else _SPACES.sub(" ", element.text))
            continue
        if tag in _DROPPED:
            dropped -= 1
        if tag in _BLOCKS:
            pieces.append("\n")
        if tag == "pre":
            pre -= 1
        if element.tail and not dropped:
            pieces.append(element.tail if pre else _SPACES.sub(" ", element.tail))
    lines = (line.strip() for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
