"""A Word file (``.docx``) as an article, read with python-docx.

The body's paragraphs in document order (a table's cells row by row, one line
each); the title and the creation date from the document's core properties,
else the first paragraph as headline. A ``.docx`` is a zip: before python-docx
opens it, its declared sizes are checked, so a small file that unpacks to
gigabytes (a zip bomb) is refused instead of filling memory.
"""

from __future__ import annotations

import io
import zipfile

from reviewer.importing.decoding import RejectedFile, check_not_binary, normalize_text, split_title
from reviewer.importing.document import Document
from reviewer.messages import Message

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> Document:
    """The article in a ``.docx`` file's bytes, or RejectedFile saying why not."""
    _check_package(data)
    import docx  # python-docx; imported here so that text imports do not pay for it

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise RejectedFile(
            Message("import.bad_docx", reason=f"{type(exc).__name__}: {exc}")
        ) from None
    text = "\n".join(_lines(word))
    if not text.strip():
        raise RejectedFile(Message("import.empty_docx"))
    check_not_binary(text)
    text = normalize_text(text)
    properties = word.core_properties
    title = " ".join((properties.title or "").split())
    when = properties.created or properties.modified
    return Document(
        kind="docx",
        title=normalize_text(title) if title else split_title(text),
        text=text,
        encoding="docx",
        published=when.date().isoformat() if when else None,
        language=_language(properties.language),
        author=" ".join((properties.author or "").split()) or None,
    )


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = {info.filename for info in package.infolist()}
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise RejectedFile(
            Message("import.not_docx", reason=Message("import.docx_not_zip"))
        ) from None
    if "word/document.xml" not in names:
        raise RejectedFile(Message("import.not_docx", reason=Message("import.docx_no_document")))
    if unpacked > MAX_UNPACKED_BYTES:
        size, limit = f"{unpacked / 1_048_576:.0f}", MAX_UNPACKED_BYTES // 1_048_576
        raise RejectedFile(Message("import.docx_too_large", size=size, limit=limit))


def _lines(word) -> list[str]:
    """Paragraph texts in body order, tables included (each cell's paragraphs)."""
    lines: list[str] = []
    for block in word.element.body.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(_paragraph_text(block))
        elif block.tag == f"{_W}tbl":
            lines.extend(_paragraph_text(p) for p in block.iter(f"{_W}p"))
    return [line.strip() for line in lines if line.strip()]


def _paragraph_text(paragraph) -> str:
    """A ``w:p`` element's text: its runs, tabs and line breaks."""
    pieces = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        else:
            pieces.append("\n")
    return "".join(pieces)


def _language(value: str | None) -> str | None:
    value = (value or "").strip()
    return value.split("-")[0].lower() or None if value else None
