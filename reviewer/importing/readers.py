"""Which reader a file goes to, by its name's suffix: the one format dispatch.

Each reader turns a file's bytes into ``Document`` records (a feed gives one per
item, every other format one) or raises RejectedFile with a reason; see the
README's "Formats" section for what is taken from each.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.importing.decoding import RejectedFile, decode_bytes, normalize_text, split_title
from reviewer.importing.document import Document

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
FEED_SUFFIXES = (".rss", ".atom")
# Files a folder import takes. ``.xml`` is read as a feed only when given by
# name: folders hold many XML files that are not feeds.
ARTICLE_SUFFIXES = (
    *TEXT_SUFFIXES, *HTML_SUFFIXES, *DOCX_SUFFIXES, *PDF_SUFFIXES, *FEED_SUFFIXES
)  # fmt: skip
_PDF_MAGIC = b"%PDF-"


def read_documents(path: Path, data: bytes) -> list[Document]:
    """The articles in one file's bytes; the name's suffix picks the reader.

    A PDF is recognised by its first bytes whatever its name, so that one
    named ``.txt`` (or given by name without suffix) is not stored as text
    titled "%PDF-1.4". Readers are imported when first needed: a text-only
    import does not pay for trafilatura, pypdf or python-docx.
    """
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data[:1024].lstrip().startswith(_PDF_MAGIC):
        from reviewer.importing.pdf_reader import read_pdf

        return [read_pdf(data)]
    if suffix in HTML_SUFFIXES:
        from reviewer.importing.html_reader import read_html

        return [read_html(data)]
    if suffix in DOCX_SUFFIXES:
        from reviewer.importing.docx_reader import read_docx

        return [read_docx(data)]
    if suffix in (*FEED_SUFFIXES, ".xml"):
        from reviewer.importing.feed_reader import read_feed

        return read_feed(data)
    return [read_text(data)]


def read_text(data: bytes) -> Document:
    """A plain text file: the headline is its first line; date and outlet as the text states.

    Those two are inferred (``text_metadata``): stored as such, with the words
    that say them, for the analyst to confirm or correct.
    """
    from reviewer.importing.text_metadata import infer_metadata

    text, encoding = decode_bytes(data)
    del data
    text = normalize_text(text)
    inferred = infer_metadata(text)
    values = {item.field: item.value for item in inferred}
    return Document(
        kind="text",
        title=split_title(text),
        text=text,
        encoding=encoding,
        published=values.get("published"),
        outlet=values.get("outlet"),
        inferred=inferred,
    )


__all__ = ["ARTICLE_SUFFIXES", "RejectedFile", "read_documents"]
