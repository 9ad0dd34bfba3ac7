"""Keeping the full-text index in step with the articles.

The index (``article_search``, FTS5, contentless) holds each article's title and
body after ``reviewer.arabic.normalize_for_search``, so that حماه finds حماة and
a vowelled word finds the bare one. Every word is indexed together with its
clitic-stripped stems (بحماة -> بحماه حماه), so a query for the bare word
matches the prefixed one without wildcard queries.
"""

from __future__ import annotations

import sqlite_utils

from reviewer.arabic import normalize_for_search, strip_clitics, tokenize


def index_terms(text: str) -> str:
    """The text as the index sees it: normalised words, each followed by its stems."""
    terms: list[str] = []
    for token, _start, _end in tokenize(text):
        normalised = normalize_for_search(token)
        terms.extend(dict.fromkeys([normalised, *strip_clitics(normalised)]))
    return " ".join(terms)


def index_article(db: sqlite_utils.Database, article_id: int, title: str, text: str) -> None:
    db.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)",
        [article_id, index_terms(title), index_terms(text)],
    )


def rebuild_index(db: sqlite_utils.Database) -> int:
    """Drop and refill the index from the stored articles; returns the count."""
    with db.atomic():
        db.execute("INSERT INTO article_search (article_search) VALUES ('delete-all')")
        count = 0
        for article_id, title, text in db.execute("SELECT id, title, text FROM articles"):
            index_article(db, article_id, title, text)
            count += 1
    return count
