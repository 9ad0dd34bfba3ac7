"""How the attributor reads a text before looking for anyone speaking: its tokens, where
sentences and clauses break, and the word tests every later layer asks (is this a reporting
verb, a stop word, a speaker head, an open quote?).

The attributor is one class built in layers, one module each, every layer reading what the
layers below it found: reading (here) -> source_lines -> speaker_kind -> speaker_phrase ->
cues -> speakers -> stance -> headlines -> claims (``Attributor``). A layer calls only
layers below it, so each can be read without the ones above.
"""

from __future__ import annotations

from reviewer.suggest.attribution.forms import (
    CLAUSE_BREAK,
    QUOTES,
    SENTENCE_END,
    VERB_PREFIXES,
)
from reviewer.suggest.attribution.lexicon import Rules, load_rules
from reviewer.suggest.attribution.records import Cue
from reviewer.suggest.attribution.speaker_lexicon import stance_word_list
from reviewer.suggest.text import Tok, fold, tokens

_VerbStems = dict[tuple[str, bool], str | None]
_VERB_STEM_MEMO: tuple[Rules, _VerbStems] | None = None
_VERB_STEM_MEMO_MAX = 65536


def _verb_stem_memo(rules: Rules) -> _VerbStems:
    """Verb stems already read, shared by every text read with these rules.

    A word form's verb stem depends on the form and the rules alone, and most forms
    recur from article to article: reading them once per process instead of once per
    article spares the attributor's set-up a few hundred readings. The memo belongs to
    the rules object it was read with (new rules, new memo) and is emptied when it grows
    past a bound, whatever a long import feeds it.
    """
    global _VERB_STEM_MEMO
    memo = _VERB_STEM_MEMO
    if memo is None or memo[0] is not rules or len(memo[1]) > _VERB_STEM_MEMO_MAX:
        memo = _VERB_STEM_MEMO = (rules, {})
    return memo[1]


class TextReading:
    """The text as tokens, sentences and clause breaks, and the word tests on them.

    Declares what the upper layers find when the text is read (``Attributor.__init__`` fills
    it in a fixed order), so every layer may read it."""

    # Found by the layers above, in this order, when the text is read (Attributor.__init__):
    header: str
    own_kind: str
    own_names: list[list[str]]
    own_network: bool
    party_voice: bool
    _carriers: dict[tuple[int, int], tuple[int, int]]  # relayed source -> its carrier
    cues: list[Cue]
    _cue_by_token: dict[int, Cue]
    relatives: list[Cue]

    def __init__(self, text: str, toks: list[Tok] | None = None) -> None:
        self.text = text
        self.toks = tokens(text) if toks is None else toks
        self.rules = load_rules()
        # a word's verb stem, asked of every word by several layers: read once per word form
        self._verb_stems = _verb_stem_memo(self.rules)
        n = len(self.toks)
        self.sentence = [0] * n
        self.breaks = [False] * n  # a clause boundary right before token k
        sentence = 0
        prev_end = 0
        for k, tok in enumerate(self.toks):
            gap = text[prev_end : tok.start]
            if gap == " ":  # between most words: no sentence end, no clause break
                self.sentence[k] = sentence
                self.breaks[k] = k == 0
                prev_end = tok.end
                continue
            if (
                k
                and gap in (".", ",", "٫")
                and tok.norm.isdigit()
                and self.toks[k - 1].norm.isdigit()
            ):
                gap = ""  # '2.9 مليون': a decimal point, no sentence end
            elif k and gap == "." and text[prev_end - 1 : prev_end].isalpha():
                gap = ""  # 'العربية.نت', 'الجزيرة.نت': a dot inside a site's name
            if k and SENTENCE_END.search(gap):
                sentence += 1
            self.sentence[k] = sentence
            self.breaks[k] = k == 0 or bool(SENTENCE_END.search(gap) or CLAUSE_BREAK.search(gap))
            prev_end = tok.end
        self.starts = [t.start for t in self.toks]
        self.first_line = text.split("\n", 1)[0]

    def _verb(self, tok: Tok) -> str | None:
        """The stance of a reporting verb, with و/ف before it and a pronoun after it."""
        stem = self._verb_stem(tok)
        return self.rules.verbs[stem] if stem is not None else None

    def _verb_stem(self, tok: Tok) -> str | None:
        key = (tok.norm, "ة" in tok.text[-2:])
        if key not in self._verb_stems:
            self._verb_stems[key] = self._read_verb_stem(*key)
        return self._verb_stems[key]

    def _read_verb_stem(self, norm: str, taa_marbuta: bool) -> str | None:
        verbs = self.rules.verbs
        for prefix in VERB_PREFIXES:
            if not norm.startswith(prefix):
                continue
            stem = norm[len(prefix) :]
            if stem in verbs:
                return stem
            if taa_marbuta:  # folded ة looks like the pronoun ه: حملة is no verb
                continue
            for suffix in self.rules.suffixes:
                bare = stem[: -len(suffix)]
                if stem.endswith(suffix) and bare in verbs:
                    return None if bare in self.rules.no_suffix_verbs else bare
        return None

    @staticmethod
    def _bare(norm: str) -> str:
        return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm

    @staticmethod
    def _with_and(norm: str) -> set[str]:
        """The word, and after a leading 'و' also the word without it ('وبعد', 'ويجب',
        'ومن'): a short word list matches its words joined to 'و' too."""
        return {norm, norm[1:]} if norm[:1] == "و" else {norm}

    def _counts(self, k: int) -> bool:
        """'عدد القتلى', 'ارتفاع حصيلة': a count noun starts a claim; 'عدد من' does not. A
        toll's forms count too ('ثم رفع الحصيلة إلى', 'فرفع حصيلته إلى': no speaker)."""
        tok = self.toks[k]
        if tok.norm not in self.rules.count_nouns and not tok.stems() & stance_word_list(
            "toll_nouns"
        ):
            return False
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return nxt is None or nxt.norm != fold("من")

    def _stem_of(self, cue: Cue) -> str:
        stem = self._verb_stem(self.toks[cue.first])
        if stem is None and self._bare(cue.word) in self.rules.blame_verbs:
            return self._bare(cue.word)  # 'وحمّل' (no verb of any list alone): an accusation
        return stem or cue.word

    def _word(self, k: int) -> str:
        tok = self.toks[k]
        return tok.norm

    def _is_stop(self, k: int) -> bool:
        tok = self.toks[k]
        if tok.norm in self.rules.titles:
            return False  # 'والي هاتاي' is a governor, not 'and to'
        if not tok.forms() & self.rules.stop:
            return False
        # 'أحمد العلي': a stop word read only after stripping the article ('علي' is also
        # 'على' folded) is a name, not the preposition
        return tok.norm in self.rules.stop or any(
            s in self.rules.stop for _, s, art in tok.readings if not art
        )

    def _head_link(self, k: int) -> bool:
        """'قيادي في الجيش الوطني: ...': في/من right after a speaker head is part of it."""
        return k > 0 and self.toks[k].norm in self.rules.inside and self._is_head(k - 1)

    def _is_head(self, k: int) -> bool:
        """'مصدر', 'القيادي' ('وقال القيادي في الإدارة حسن عبد الغني'): a speaker head,
        bare or with the article."""
        norm = self.toks[k].norm
        heads = self.rules.heads
        if norm.endswith("ا") and "ً" in self.toks[k].text[-2:]:
            norm = norm[:-1]  # 'لكن طبيباً في المشفى': the accusative's alif
        return norm in heads or (norm.startswith("ال") and norm[2:] in heads)

    def _open(self, k: int) -> bool:
        """No clause boundary before token k, or only quote marks ('غرفة عمليات "الفتح"')."""
        if not self.breaks[k]:
            return True
        gap = self.text[self.toks[k - 1].end : self.toks[k].start] if k else "."
        return gap.strip() != "" and all(ch in QUOTES or ch.isspace() for ch in gap)

    def _closes_name(self, first: int, k: int) -> bool:
        """Only a closing quote before token k, of a name opened after token ``first``
        ('قناة «دمشق الآن» على تلغرام'): the name ends, the phrase goes on."""
        if k <= first or k >= len(self.toks):
            return False
        gap = self.text[self.toks[k - 1].end : self.toks[k].start].strip()
        if gap not in ('"', "»", "”"):
            return False
        span = self.text[self.toks[first].start : self.toks[k - 1].end]
        return span.count('"') % 2 == 1 or span.count("«") > span.count("»")

    def _break_is_quote(self, k: int) -> bool:
        """An opening quote inside a speaker's name: 'حذر زعيم "هيئة تحرير الشام"'."""
        gap = self.text[self.toks[k - 1].end : self.toks[k].start] if k else ""
        mark = gap.strip()
        return len(mark) == 1 and mark in "\"«“'" and gap.endswith(mark)

    def _cue_at(self, k: int) -> Cue | None:
        return self._cue_by_token.get(k)
