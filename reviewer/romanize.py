"""A rough Latin spelling of an Arabic name, to propose an ACLED English name.

A place or actor found only by the word before it (قرية الدوير, لواء السلطان مراد) has
no English name in any list; ACLED writes such names in a plain transliteration ("Al
Duwayr", "Liwa al-Sultan Murad"). Unvowelled Arabic does not say its short vowels, so
this is only a starting point: long vowels are written, short ones guessed as "a" after
a word's first consonant. Good enough to tell two new names apart in an export; the
analyst renames the custom entry where the true spelling is known.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["romanize"]

_LETTERS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ى": "a", "ء": "", "ئ": "", "ؤ": "", "پ": "p", "چ": "ch", "گ": "g",
}  # fmt: skip
_ALIFS = "اأإآٱ"
_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}


@lru_cache(maxsize=8192)
def _word(word: str) -> str:
    """One word's spelling; cached: the new-name finders spell every candidate they weigh,
    and the same words come back in candidate after candidate."""
    word = "".join(ch for ch in word if ch not in _MARKS)
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "Al ", word[2:]
    out: list[str] = []
    for k, ch in enumerate(word):
        first = k == 0
        if ch in _ALIFS or (first and ch == "ع"):
            out.append("i" if ch == "إ" else "a")
        elif ch == "و":
            out.append("w" if first or (out and out[-1] in "aiu") else "u")
        elif ch == "ي":
            out.append("y" if first or (out and out[-1] in "aiu") else "i")
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
            # the short vowel after a word's first consonant, when none is written
            nxt = word[k + 1] if k + 1 < len(word) else ""
            if first and nxt and nxt not in _ALIFS + "وي" and _LETTERS.get(ch, "a"):
                out.append("a")
        elif ch.isascii():
            out.append(ch)
    latin = "".join(out)
    return prefix + (latin[:1].upper() + latin[1:]) if latin else prefix.strip()


def romanize(arabic: str) -> str:
    """'الطيبة الغربية' -> 'Al Tiba Al Gharbia' (a proposal, not a standard)."""
    return " ".join(w for w in (_word(part) for part in arabic.split()) if w)
