"""Fixed forms the attributor's code tests by shape: sentence and clause break marks,
dateline dashes, verb proclitics, bracket and header lengths. Words, even the small closed
classes (negations, relative pronouns, 'أن/إن'), are data in resources/suggest/attribution.json.
"""

from __future__ import annotations

import re

from reviewer.suggest.text import Tok

SENTENCE_END = re.compile(r"[.!?؟\n]")
SITE_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")  # 'العربية.نت': no sentence end
CLAUSE_BREAK = re.compile(r"[،,:;؛\"«»“”()\[\]|–—]|\s-\s")
VERB_PREFIXES = ("", "و", "ف")
QUOTES = frozenset('"«»“”')
#: Finer keyword kinds and the kind they give: our correspondent is the outlet's voice; a
#: local council ('المجلس المحلي') is a civilian body speaking as a local source, not a party.
PUBLIC_KIND = {"own_outlet": "outlet", "local_body": "local", "notable": "local"}
DATELINE_LINES = 4  # a dateline ('ريف دمشق-سانا') may follow the headline on its own line
DATELINE_WORDS = 4
RELAY_GAP = 2  # 'نقلت صحيفة "الوطن" الموالية عن': words between a carrier and its 'عن'
ALIAS_WORDS = 3  # 'الدفاع المدني السوري (الخوذ البيضاء)': a bracketed alias this long
ASIDE_WORDS = 3  # 'أما المرصد، ومقره لندن، فأشار': a clause this short between commas
HEADER_WORDS = 6  # a first line this short before '|' or ':' is a dateline or a source's name
DASHES = re.compile(r"[-–—/]+")
DATELINE_DASH = re.compile(r"\S\s*[-–—]\s*\S")  # 'قامشلو - هاوار', 'حمص-سانا'


def with_b(tok: Tok) -> bool:
    """A word with the preposition ب attached ('بالتصعيد', 'بتقديم', 'بـ')."""
    norm = tok.norm
    if norm in ("ب", "وب"):
        return True
    if not norm.startswith("ب") or len(norm) < 3:
        return False
    return any(stem != norm and norm.endswith(stem) for _, stem, _ in tok.readings)
