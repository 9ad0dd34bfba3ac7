"""Turning the bytes of an article file into the text we store.

Arabic news text arrives as UTF-8 (with or without BOM), UTF-16 with BOM, or
Windows-1256 from older Windows tools. Windows-1256 maps almost every byte to
some character, so "it decoded" proves nothing: a legacy decode is accepted
only when the result actually reads as Arabic text. Everything else is refused
with a reason rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata

from reviewer.errors import ReviewerError


class RejectedFile(ReviewerError):
    """This file is not an article we can store; the message says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f"}


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for an article file's bytes, or raise RejectedFile."""
    if not data.strip():
        raise RejectedFile("empty file")
    encoding = _bom_encoding(data)
    if encoding is None and b"\x00" in data:
        raise RejectedFile("binary file (contains NUL bytes)")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            reason = f"invalid {encoding} text after its byte-order mark ({exc.reason})"
            raise RejectedFile(reason) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _legacy_arabic(data), "windows-1256"
    _reject_binary(text)
    return text, encoding


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _legacy_arabic(data: bytes) -> str:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    letters = [ch for ch in text if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if not letters or arabic / len(letters) < 0.5:
        raise RejectedFile("undecodable: not UTF-8, UTF-16 with BOM, or Windows-1256 Arabic text")
    return text


def _reject_binary(text: str) -> None:
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    )
    if "\x00" in text or controls > max(2, len(text) // 1000):
        raise RejectedFile("binary file (control characters in the text)")


def normalize_text(text: str) -> str:
    """The one transformation applied at import: NFC, unified line ends, trimmed.

    After this the text is never changed again, because evidence offsets point
    into it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise RejectedFile("empty file (only white space)")
    return text


def split_title(text: str) -> str:
    """The headline is the first line of the file."""
    return text.split("\n", 1)[0].strip()
