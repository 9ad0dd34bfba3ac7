"""Turning the bytes of an article file into the text we store.

Arabic news text arrives as UTF-8 (with or without BOM), UTF-16 with BOM, or
Windows-1256 from older Windows tools. Windows-1256 maps almost every byte to
some character, so "it decoded" proves nothing: a legacy decode is accepted
only when the result actually reads as Arabic text. Everything else is refused
with a reason rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from reviewer.errors import ReviewerError
from reviewer.messages import Message


class RejectedFile(ReviewerError):
    """This file is not an article we can store; the message says why."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters (Unicode category Cc) other than tab, line feed, form feed
# and carriage return. A regex rather than a per-character loop: a 20 MB file
# is checked in milliseconds without building a list of its characters.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_VALID_MULTIBYTE = re.compile(r"[^\x00-\x7f\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"(?=[\u0600-\u06ff])[^\W\d_]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for an article file's bytes, or raise RejectedFile."""
    if not data or data.isspace():  # not strip(): that copies the whole file
        raise RejectedFile(Message("import.empty"))
    encoding = _bom_encoding(data)
    if encoding is None and b"\x00" in data:
        raise RejectedFile(Message("import.binary"))
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            reason = Message("import.bad_bom_text", encoding=encoding, reason=exc.reason)
            raise RejectedFile(reason) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if mostly_utf8(data):
                raise RejectedFile(Message("import.bad_utf8", byte=exc.start)) from None
            text, encoding = _legacy_arabic(data), "windows-1256"
    check_not_binary(text)
    return text, encoding


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def mostly_utf8(data: bytes) -> bool:
    """True for UTF-8 with a few broken bytes, which must not pass as Windows-1256.

    Arabic UTF-8 read as Windows-1256 still "reads as Arabic" (its lead bytes are
    Arabic letters there), so a truncated download would be stored as mojibake.
    Real Windows-1256 text almost never forms valid multi-byte UTF-8 sequences:
    in the sample corpus about 1 valid sequence per 100 invalid ones, against
    1000 valid per invalid byte in damaged UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    return _count(_VALID_MULTIBYTE, text) > 4 * invalid


def _legacy_arabic(data: bytes) -> str:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if legacy_arabic_ratio(text) < 0.5:
        raise RejectedFile(Message("import.undecodable"))
    return text


def legacy_arabic_ratio(text: str) -> float:
    """Share of the letters in ``text`` that are Arabic (0.0 when it has no letters)."""
    letters = _count(_LETTER, text)
    return _count(_ARABIC_LETTER, text) / letters if letters else 0.0


def _count(pattern: re.Pattern[str], text: str) -> int:
    return pattern.subn("", text)[1]


def check_not_binary(text: str) -> None:
    """Refuse decoded text that is really binary data: NUL, or many control characters."""
    if "\x00" in text:
        raise RejectedFile(Message("import.binary_nul_chars"))
    if _CONTROLS.search(text) is None:  # the usual case, at regex speed
        return
    allowed = max(2, len(text) // 1000)
    for count, _match in enumerate(_CONTROLS.finditer(text), start=1):
        if count > allowed:
            raise RejectedFile(Message("import.binary_controls"))


def normalize_text(text: str) -> str:
    """The one transformation applied at import: NFC, unified line ends, trimmed.

    After this the text is never changed again, because evidence offsets point
    into it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).strip()
    if not unicodedata.is_normalized("NFC", text):
        # Trimming can leave a combining mark at an end that composes differently.
        text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise RejectedFile(Message("import.only_space"))
    return text


def split_title(text: str) -> str:
    """The headline is the first line of the file."""
    end = text.find("\n")  # not split(): that would copy the whole rest of the text
    return (text if end < 0 else text[:end]).strip()
