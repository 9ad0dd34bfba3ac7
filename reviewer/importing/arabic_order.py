"""Arabic from a PDF's text layer, brought to logical order with base letters.

PDFs hold Arabic in three ways: logical order with base letters (what we store),
presentation forms (the shaped glyphs, U+FB50-U+FDFF and U+FE70-U+FEFF, which
compare and search as different characters), or visual order (each line's
characters as drawn, left to right, so every word reads backwards). Extractors
differ too: pypdf reverses right-to-left runs itself, which turns a logical
layer backwards. So the order is judged on the extracted text, by its words:
logical Arabic is full of words that begin with the article "ال" and of short
function words (في، من، على، إلى …), visual Arabic of words that end in "لا"
and of those function words reversed (يف، نم، ىلع …).

``to_logical`` reverses each line (keeping runs of digits and Latin letters
left to right, and mirroring brackets) only when the evidence is clear and the
reversed text reads as logical Arabic; when it is unclear or mixed, it refuses:
reversed Arabic is never stored, as evidence offsets would point into nonsense.
Presentation forms become base letters by compatibility normalisation (NFKC)
of those characters only, after any reversal (a lam-alef ligature is one
character in visual order and two, lam then alef, in logical order).
"""

from __future__ import annotations

import re
import unicodedata

from reviewer.importing.decoding import RejectedFile
from reviewer.messages import Message

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3\ufb50-\ufdff\ufe70-\ufefc]+")
_MARKS = re.compile("[\u064b-\u065f\u0670]")
_FUNCTION_WORDS = frozenset(
    {"في", "من", "على", "إلى", "الى", "عن", "أن", "إن", "التي", "الذي", "مع", "هذا", "هذه",
     "كان", "قد", "بعد", "قبل", "بين", "حتى", "لم", "ما", "كما", "وقال", "قال"}
)  # fmt: skip
_REVERSED_FUNCTION_WORDS = frozenset(word[::-1] for word in _FUNCTION_WORDS) - _FUNCTION_WORDS
# Runs that stay left to right inside a right-to-left line: numbers, Latin words
# (with the spaces and punctuation between them).
_LTR_CHAR = "0-9A-Za-z\u0660-\u0669\u06f0-\u06f9"
_LTR_RUN = re.compile(f"[{_LTR_CHAR}](?:[{_LTR_CHAR} .,:/%+\\-]*[{_LTR_CHAR}])?")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# How clear the evidence must be: this many marker words, and this many times
# more of one order than of the other.
MIN_MARKERS = 3
DOMINANCE = 4


def order_scores(text: str) -> tuple[int, int]:
    """``(logical, visual)``: how many words read as logical and as reversed Arabic."""
    logical = visual = 0
    for match in _WORD.finditer(base_letters(text)):
        word = _MARKS.sub("", match.group())
        if word in _FUNCTION_WORDS or (len(word) >= 4 and word.startswith("ال")):
            logical += 1
        elif word in _REVERSED_FUNCTION_WORDS or (len(word) >= 4 and word.endswith("لا")):
            visual += 1
    return logical, visual


def to_logical(text: str) -> tuple[str, str | None]:
    """``(text, note)``: Arabic in logical order with base letters, or RejectedFile.

    ``note`` says what was repaired (None when nothing was).
    """
    logical, visual = order_scores(text)
    repairs = []
    if _PRESENTATION.search(text):
        repairs.append("presentation forms turned into base letters")
    if visual >= MIN_MARKERS and visual >= DOMINANCE * logical:
        text = "\n".join(_reverse_line(line) for line in text.split("\n"))
        logical, visual = order_scores(text)
        if not (logical >= MIN_MARKERS and logical >= DOMINANCE * visual):
            raise RejectedFile(Message("import.arabic_visual_unrepairable"))
        repairs.insert(0, "Arabic in visual order put back in reading order")
    elif visual >= MIN_MARKERS and logical < DOMINANCE * visual:
        raise RejectedFile(Message("import.arabic_mixed_order", forwards=logical, backwards=visual))
    return base_letters(text), "; ".join(repairs) or None


def base_letters(text: str) -> str:
    """Presentation forms replaced by their base letters; other characters untouched."""
    return _PRESENTATION.sub(_base, text)


def _base(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\ufeff":  # zero-width no-break space (a byte-order mark): nothing to show
        return ""
    normalized = unicodedata.normalize("NFKC", char)
    # The isolated forms of the vowel marks decompose to a space and the mark.
    return normalized[1:] if len(normalized) > 1 and normalized[0] == " " else normalized


def _reverse_line(line: str) -> str:
    if not _WORD.search(line):
        return line  # no Arabic: a Latin or numeric line is already in order
    reversed_line = line[::-1].translate(_MIRRORED)
    return _LTR_RUN.sub(lambda run: run.group()[::-1].translate(_MIRRORED), reversed_line)
