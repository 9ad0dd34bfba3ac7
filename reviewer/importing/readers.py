"""Which reader a file goes to, by its name's suffix: the one format dispatch.

Each reader turns a file's bytes into ``Document`` records (a feed gives one per
item, every other format one) or raises RejectedFile with a reason; see the
README's "Formats" section for what is taken from each.
"""

from __future__ import annotations

from dataclasses import replace
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
    """A plain text file: the headline is its first line.

    Its date and outlet are left to ``with_inferred_metadata``, which the
    importer calls only for what the manifest does not give.
    """
    text, encoding = decode_bytes(data)
    del data
    text = normalize_text(text)
    return Document(kind="text", title=split_title(text), text=text, encoding=encoding)


def with_inferred_metadata(document: Document, known: tuple[str, ...]) -> Document:
    """A plain text's date and outlet as its own words state them (``text_metadata``),
    for the fields not in ``known``; stored as inferred, for the analyst to confirm."""
    wanted = tuple(name for name in ("published", "outlet") if name not in known)
    if document.kind != "text" or not wanted:
        return document
    from reviewer.importing.text_metadata import infer_metadata

    inferred = infer_metadata(document.text, wanted)
    values = {item.field: item.value for item in inferred}
    return replace(
        document,
        published=values.get("published", document.published),
        outlet=values.get("outlet", document.outlet),
        inferred=inferred,
    )


__all__ = ["ARTICLE_SUFFIXES", "RejectedFile", "read_documents"]
