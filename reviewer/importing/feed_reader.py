"""A saved RSS or Atom feed (``.rss``, ``.atom``, ``.xml``): each item an article.

Read with feedparser from the saved bytes (never a URL, so nothing is
fetched; relative links are not resolved against anything). Each item gives
its title, link, publication date and the feed's title as outlet; its text is
the item's content, else its summary, turned from HTML into plain text by the
same linear-time parser as web pages. Items already present are skipped by the
importer (same text, or same link).
"""

from __future__ import annotations

import contextlib
import email.utils
import io
import time
from datetime import datetime

from reviewer.importing.decoding import RejectedFile, normalize_text
from reviewer.importing.document import Document
from reviewer.importing.html_extract import parse_page, visible_text
from reviewer.messages import Message


def read_feed(data: bytes) -> list[Document]:
    """One Document per item of a saved feed, or RejectedFile saying why there is none."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version"):
        raise RejectedFile(Message("import.not_a_feed"))
    outlet = _clean(parsed.feed.get("title"))
    language = _language(parsed.feed.get("language"))
    documents = []
    for entry in parsed.entries:
        text = _entry_text(entry)
        if not text:
            continue
        documents.append(
            Document(
                kind="feed",
                title=normalize_text(_clean(entry.get("title")) or text.split("\n", 1)[0]),
                text=text,
                encoding=parsed.get("encoding") or "utf-8",
                published=_date(entry),
                outlet=outlet,
                url=_clean(entry.get("link")),
                language=language,
                author=_clean(entry.get("author")),
            )
        )
    if not documents:
        raise RejectedFile(Message("import.feed_without_text"))
    return documents


def _entry_text(entry) -> str:
    """The item's content (else summary) as plain text, or "" when it has none."""
    contents = entry.get("content") or []
    markup = contents[0].get("value", "") if contents else ""
    markup = markup or entry.get("summary", "") or ""
    if not markup.strip():
        return ""
    try:
        text = visible_text(parse_page(f"<div>{markup}</div>"))
    except RejectedFile:
        return ""
    return normalize_text(text) if text.strip() else ""


def _date(entry) -> str | None:
    """The item's publication (else update) date, as the feed wrote it.

    Read from the feed's own text, in the time zone it states: feedparser's
    parsed dates are in UTC, which moves a late-evening item to the next day.
    """
    for key in ("published", "updated"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        with contextlib.suppress(TypeError, ValueError, IndexError):
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(raw).date().isoformat()
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _language(value: str | None) -> str | None:
    value = (value or "").strip()
    return value.replace("_", "-").split("-")[0].lower() or None


def _clean(value: str | None) -> str | None:
    return " ".join((value or "").split()) or None
