"""Fixed forms the attributor's code tests by shape: sentence and clause break marks,
dateline dashes, and small closed word classes (negations, relative pronouns, 'أن/إن').
"""

from __future__ import annotations

import re

from reviewer.suggest.text import Tok, fold

SENTENCE_END = re.compile(r"[.!?؟\n]")
CLAUSE_BREAK = re.compile(r"[،,:;؛\"«»“”()\[\]|–—]|\s-\s")
VERB_PREFIXES = ("", "و", "ف")
QUOTES = frozenset('"«»“”')
#: Finer keyword kinds and the kind they give: our correspondent is the outlet's voice; a
#: local council ('المجلس المحلي') is a civilian body speaking as a local source, not a party.
PUBLIC_KIND = {"own_outlet": "outlet", "local_body": "local", "notable": "local"}
SOCIAL_ADJ = fold("الاجتماعي")
DATELINE_LINES = 4  # a dateline ('ريف دمشق-سانا') may follow the headline on its own line
DATELINE_WORDS = 4
RELAY = (fold("نقل"), fold("نقلت"))  # 'نقلت X عن Y': Y is the speaker
RELAY_ACCORDING = fold("نقلا")  # 'نقلاً عن': a source passed on
RESULT_OPENERS = frozenset(fold(w) for w in ("ما", "مما"))  # 'ما أدى إلى', 'مما أسفر عن'
SPEECHES = frozenset(fold(w) for w in ("كلمة", "خطاب", "خطابا", "كلمته", "خطابه"))
NEGATIONS = frozenset(fold(w) for w in ("لم", "لن", "ولم", "ولن", "فلم", "فلن"))
OR = frozenset(fold(w) for w in ("أو", "ولا"))
AMMA = frozenset(fold(w) for w in ("أما", "وأما"))  # 'أما المرصد فقال': the topic speaks
KANA = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت"))
RELAY_GAP = 2  # 'نقلت صحيفة "الوطن" الموالية عن': words between a carrier and its 'عن'
THAT = frozenset(fold(w) for w in ("أن", "إن", "بأن", "وأن"))
NETWORK_NUMBERS = frozenset({"24"})  # 'السويداء 24', 'دير الزور 24': local networks
APPOSITION_OPENERS = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
RELATIVES = frozenset({"التي", "الذي", "الذين"})  # 'التي كانت قد وثقت': no subject of its own
SAME = frozenset(fold(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"))
ISSUED = frozenset(fold(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))
OBJECT_PRONOUNS = frozenset({"به", "بها", "بهم"})
ALIAS_WORDS = 3  # 'الدفاع المدني السوري (الخوذ البيضاء)': a bracketed alias this long
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
