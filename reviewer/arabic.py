"""Arabic text folding and tokenising shared by search, gazetteer/actor matching and pickers.

Everything that compares Arabic strings must go through :func:`normalize_for_search`, so
that a place typed as ``حماه`` finds ``حماةَ`` in an article and the gazetteer, the actor
picker and the full-text search agree on what "the same word" means. Keeping a single
fold avoids the classic bug where two subsystems normalise slightly differently and a
match found in one cannot be found in the other.

The fold is deliberately lossy (it is never shown to the user, never stored as the
article text, and never used to compute offsets into the article). Where a caller needs
to map a match in folded text back to the original, :func:`normalize_with_spans` yields
the same folded string plus per-character source spans.

No Qt imports here: this module is used by storage, export and tests without a GUI.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "display_for_terminal",
    "normalize_for_search",
    "normalize_with_spans",
    "split_clitics",
    "strip_clitics",
    "tokenize",
]

TATWEEL = "\u0640"

# Diacritics the brief names explicitly. Every other nonspacing/enclosing mark (Mn/Me) is
# dropped too, so Latin accents fold the same whether typed precomposed or decomposed.
_DROP_RANGES = ((0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640))

# Letter folds applied after compatibility decomposition. Hamza-carrying letters
# (أ إ آ ؤ ئ) already lose their hamza mark through NFKD + mark removal; they are listed
# anyway so the table documents the whole policy in one place.
_LETTER_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",  # alef wasla
    "ٲ": "ا",  # alef with wavy hamza above
    "ٳ": "ا",  # alef with wavy hamza below
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",  # Farsi yeh, common in text typed on Persian keyboards
    "ک": "ك",  # keheh, same reason
}


def _dropped(ch: str) -> bool:
    cp = ord(ch)
    if any(lo <= cp <= hi for lo, hi in _DROP_RANGES):
        return True
    # Mn/Me: combining marks; Cf: invisible format controls (ZWNJ, RLM, bidi embeddings,
    # BOM, soft hyphen) that copy-pasted news is full of and that would break matching.
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Fold one source code point to zero or more search characters."""
    if _dropped(ch):
        return ""
    out = []
    # NFKD first (presentation forms, ligatures like ﻻ, fullwidth), casefold, and NFKD
    # again because casefold can produce characters that decompose further.
    for c in unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", ch).casefold()):
        if _dropped(c):
            continue
        c = _LETTER_FOLD.get(c, c)
        dec = unicodedata.decimal(c, None)
        out.append(str(dec) if dec is not None else c)
    # Recompose what survives (e.g. Hangul) so the fold is idempotent.
    return unicodedata.normalize("NFC", "".join(out))


def normalize_for_search(text: str) -> str:
    """Fold ``text`` into the canonical search form.

    Removes tatweel, harakat and other combining marks and invisible format controls;
    folds alef forms (أ إ آ ٱ) to ا, ة to ه, ى to ي, ؤ to و, ئ to ي (plus Farsi ی/ک);
    applies compatibility decomposition (presentation forms, ligatures); casefolds; maps
    every decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, ...) to ASCII 0-9.
    Idempotent: ``normalize_for_search(normalize_for_search(s)) == normalize_for_search(s)``.
    """
    return "".join(_fold_char(ch) for ch in text)


def normalize_with_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Fold ``text`` like :func:`normalize_for_search` and keep where each char came from.

    ``spans[i]`` is the ``(start, end)`` code-point range in ``text`` that produced folded
    char ``i``; the range extends over any following dropped marks, so highlighting a match
    ``folded[a:b]`` as ``text[spans[a][0]:spans[b - 1][1]]`` keeps a word's trailing harakat.
    """
    folded: list[str] = []
    spans: list[tuple[int, int]] = []
    pending: list[int] = []  # indices into spans whose end is not known yet
    for i, ch in enumerate(text):
        piece = _fold_char(ch)
        if not piece:
            continue
        for j in pending:
            spans[j] = (spans[j][0], i)
        pending = []
        for c in piece:
            pending.append(len(spans))
            folded.append(c)
            spans.append((i, i + 1))
    for j in pending:
        spans[j] = (spans[j][0], len(text))
    return "".join(folded), spans


# Proclitics: optional conjunction, optional preposition, optional article. ل + ال is
# written لل (the article's alef is elided), so that combination gets its own spelling.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {c + ("لل" if p == "ل" and a else p + a) for c in _CONJ for p in _PREP for a in ("", "ال")},
        key=len,
    )
)
_MIN_STEM = 2


def split_clitics(token: str) -> list[tuple[str, str]]:
    """All ``(proclitics, stem)`` readings of a token, shortest proclitic first.

    The unstripped reading ``("", token)`` comes first. Exposed so callers that must know
    *which* clitic was removed (the quantity parser only accepts و inside a number) can
    share the grammar with :func:`strip_clitics`.
    """
    token = normalize_for_search(token)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for prefix in _PREFIXES:
        if token.startswith(prefix):
            stem = token[len(prefix) :]
            if len(stem) >= _MIN_STEM and stem not in seen:
                seen.add(stem)
                out.append((prefix, stem))
    return out


def strip_clitics(token: str) -> list[str]:
    """Candidate stems of a (normalised) token: itself, then with و ف ب ك ل / ال removed.

    Over-generates on purpose (``باب`` also yields ``اب``): callers look every candidate up
    in a closed vocabulary (gazetteer, actor list, number words), where a spurious stem
    simply finds nothing. Matching a name is best done by intersecting the candidate sets
    of both sides, so ``للمدينة`` meets ``المدينة`` at ``مدينة``. Stems shorter than two
    letters are never returned, so a one-letter token yields ``[]``.
    """
    return [stem for _, stem in split_clitics(token)]


_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
_TOKEN_RE = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens as ``(token, start, end)`` code-point spans into the ORIGINAL text.

    Tokens are runs of letters/digits together with any harakat, tatweel and ZWJ/ZWNJ
    inside them, so a span covers the whole visible word. The token is the original
    substring (not folded); fold it with :func:`normalize_for_search` to compare.
    Spans are Python code-point offsets; convert with :mod:`reviewer.offsets` for Qt.
    """
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def display_for_terminal(text: str) -> str:
    """Shape and reorder Arabic for output devices without a bidi/shaping engine.

    For terminals, log lines and chart libraries only. The result is *visual order*
    presentation-form text: NEVER feed it to Qt (QLabel, QTextDocument, models...),
    which shapes and reorders itself and would display it reversed and mis-joined, and
    never store it. We use python-bidi's pure-Python ``bidi.algorithm.get_display``:
    the Rust ``bidi.get_display`` of python-bidi 0.6 does not mirror brackets (rule
    L4), so "(الخميس)" came out as ")الخميس(".
    """
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text)))
