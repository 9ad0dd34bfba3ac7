"""What a reader takes from one file: an article's text and the metadata it found.

Every format (plain text, web page, Word, PDF, feed item) produces the same
record, so the importer, its per-file report and the database see one shape.
The text is already normalised (``decoding.normalize_text``): offsets into it,
such as an inferred value's evidence span, are final.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Inferred:
    """A metadata value read from the article's own words, not from its markup.

    ``start``/``end`` are code-point offsets of the words that say it (the
    evidence) in the stored text; the analyst confirms or corrects the value.
    """

    field: str  # "published" or "outlet"
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One article as a reader found it; ``None`` means the file did not say."""

    kind: str  # "text", "html", "docx", "pdf" or "feed"
    title: str
    text: str
    encoding: str
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None
    note: str | None = None  # how it was read, when that matters ("whole visible text")
    inferred: tuple[Inferred, ...] = ()

    def describe(self) -> str:
        """One line for the import report: kind, title, date, outlet (and a note)."""
        return describe(
            self.kind, self.title, self.published, self.outlet, self.inferred, self.note
        )


def describe(
    kind: str,
    title: str,
    published: str | None,
    outlet: str | None,
    inferred: tuple[Inferred, ...],
    note: str | None,
) -> str:
    """``Document.describe`` of a document with these values (the importer's, without
    copying the document to change them)."""
    parts = [kind, f"«{_short(title)}»"]
    parts.append(published or "date not known")
    parts.append(outlet or "outlet not known")
    fields = sorted({item.field for item in inferred})
    if fields:
        parts.append(f"{' and '.join(fields)} inferred from the text")
    if note:
        parts.append(note)
    return ", ".join(parts)


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
