"""A PDF as an article: its text layer, read with pypdf, in logical order.

Arabic in PDFs is often stored in visual order or as presentation forms;
``arabic_order`` repairs that where it can be done reliably and refuses the
file otherwise (never storing reversed Arabic). A PDF without a text layer (a
scan) is refused: it needs OCR first, which this tool does not do. The
document's title is taken from its information dictionary when present,
otherwise the first line is the headline; its creation date is not taken (it
is when the PDF was made, often printed from a browser, not when the article
was published). Nothing in the PDF is
run (no JavaScript, no forms, no links followed); an encrypted PDF that opens
without a password is read, any other is refused.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Mapping
from typing import Any

from reviewer.importing.arabic_order import to_logical
from reviewer.importing.decoding import RejectedFile, check_not_binary, normalize_text, split_title
from reviewer.importing.document import Document
from reviewer.messages import Message

# Fewer letters than this per page, on average, is a scan, not a text layer.
MIN_LETTERS_PER_PAGE = 20
_LETTER = re.compile(r"[^\W\d_]")

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # the report says what went wrong


def read_pdf(data: bytes) -> Document:
    """The article in a PDF's bytes, or RejectedFile saying why not."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedFile(Message("import.pdf_encrypted"))
        pages = [page.extract_text() or "" for page in reader.pages]
        info: Mapping[str, Any] = reader.metadata or {}
    except RejectedFile:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise RejectedFile(
            Message("import.bad_pdf", reason=f"{type(exc).__name__}: {exc}")
        ) from None
    except Exception as exc:  # pypdf raises many kinds on hostile files
        raise RejectedFile(Message("import.bad_pdf", reason=type(exc).__name__)) from None
    text = "\n".join(pages)
    letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS_PER_PAGE * max(1, len(pages)):
        raise RejectedFile(Message("import.pdf_scanned", letters=letters, pages=len(pages)))
    check_not_binary(text)
    text, note = to_logical(text)
    text = normalize_text("\n".join(line.strip() for line in text.split("\n") if line.strip()))
    title = " ".join(str(info.get("/Title") or "").split())
    return Document(
        kind="pdf",
        title=normalize_text(to_logical(title)[0]) if title else split_title(text),
        text=text,
        encoding="pdf",
        author=" ".join(str(info.get("/Author") or "").split()) or None,
        note=note,
    )
