"""Attributing one claim span: which cue covers it (the nearest before it in its sentence,
an according-to phrase after it, a quotation's verb, a headline, a tally before it) and
when a clause opener, a result clause or a relay moves it to another cue or back to the
text's own voice. ``Attributor`` is the finished class; it reads the text once so many
claims in one text are cheap.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reviewer.suggest.attribution.forms import (
    QUOTES,
)
from reviewer.suggest.attribution.headlines import Headlines
from reviewer.suggest.attribution.records import Attribution, Cue
from reviewer.suggest.attribution.speaker_lexicon import (
    affiliation_words,
    lexicon_word_list,
    not_apposition,
    stance_word_list,
    tally_nouns,
)
from reviewer.suggest.text import Tok, fold


def announcing() -> frozenset[str]:
    """'أعلن المجلس رفع الجاهزية، فيما وصل آلاف النازحين': verbs of announcing, whose act
    (no speech marker) does not reach past a clause opener."""
    return lexicon_word_list("announce_verbs")


def _followers() -> frozenset[str]:
    """After an apposition's closing comma, or a closing verb's speaker: where or to whom the
    speaker said it ('في تصريح', 'أمام الصحفيين')."""
    return lexicon_word_list("apposition_followers")


class Attributor(Headlines):
    """Attribution for any span of one text; the text is read once, claims are cheap."""

    def __init__(self, text: str, toks: list[Tok] | None = None) -> None:
        super().__init__(text, toks)
        self.header = self._header()  # read by the own kind, own names and party voice
        self.own_kind = self._own_kind()
        self.own_names = self._own_names()
        self.own_network = self._own_network()
        self.party_voice = self._party_voice()
        self._carriers = {}
        self.cues = self._find_cues()
        self._cue_by_token = {cue.first: cue for cue in self.cues}
        self._resolve_speakers()
        self.relatives = self._relative_cues()

    def _token_at(self, position: int) -> int:
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].end <= position:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, len(self.toks) - 1)

    def attribute(self, start: int, end: int) -> Attribution:
        """The attribution of the claim at code points ``start..end``."""
        if not self.toks:
            return Attribution(None, "outlet", "asserts")
        first = self._token_at(start)
        last = max(first, self._token_at(max(start, end - 1)))
        sentence = self.sentence[first]
        near = [
            c
            for c in self.cues
            if self.sentence[c.first] == sentence
            and c.start < end
            and not self._within(c, first, last)
            and not self._hedge_behind(c.first, first)  # 'طائرة يُعتقد أنها أمريكية سيارة تقل'
        ]
        before = [c for c in near if c.start <= start]
        told = self._told_of_tally(sentence, first)  # 'وهي حصيلة قالت مصادر في الوزارة إنها'
        if told is not None and (not before or before[-1].first < told.first):
            return self._attribution(told, first, last)
        if len(before) > 1 and self._hedge_left_behind(before[-1], first):
            before = before[:-1]  # 'قالت مصادر إن طائرات يرجح أنها أردنية ...، ما أدى إلى مقتل'
        cue: Cue | None = before[-1] if before else (near[0] if near else None)
        if cue is not None and not before and self._own_subject_after(cue, last):
            cue = None  # 'عشرات القتلى و"داعش" يتبنى': a later clause with its own subject
        if cue is not None and self._threat_noun_elsewhere(cue, start, end):
            cue = None  # 'ورغم تهديد الجيش بقصف المواقع، قتل خمسة مدنيين': not its threat
        if cue is not None and self._opener_between(cue.stop, first):
            after = self._according_after(sentence, last)  # 'بحسب الأمم المتحدة، فيما ...
            if after is not None and after.speaker is not None:  # وفق X'
                cue = after
            elif self._postposed(cue) and not self._others(first, last):
                cue = None  # '... بحسب لجان التنسيق، فيما خرج آلاف': the outlet's clause
            elif self._says_nothing_before(cue, first) and not self._others(first, last):
                cue = None  # 'وطالب الجيش التركي الفصائل بوقف القتال، بينما خرج مئات المدنيين'
        elif cue is not None and not cue.according and self._result_between(cue.stop, first):
            after = self._according_after(sentence, last)  # 'أفادت سبوتنيك بأن ...، ما أسفر
            if after is not None and after.speaker is not None and not self._carrier(after):
                cue = after  # عن مقتل ستة، وفق الدفاع المدني'; 'وفق ما نقلته X' only carries
        if cue is not None and not cue.according:
            relay = self._according_after(sentence, last)  # 'ذكر المرصد أن ...، نقلاً عن أقارب'
            if relay is not None and relay.speaker is not None and self._relayed(cue, relay, last):
                cue = relay
            elif (
                relay is not None
                and relay.speaker is not None
                and self._own_clause_source(cue, relay, first, last)
            ):
                cue = relay  # '...، والتي قتل فيها 9 مدنيين بحسب الدفاع المدني'
        if cue is not None and self.sentence[cue.first] == 0:
            clause = self._colon_clause_speaker(first, cue.start)  # 'وموسكو: "..."'
            if clause is not None:
                return clause
        if cue is None:
            cue = self._quoting_cue(start)
        if cue is None:
            cue = self._speaker_after_quote(sentence, end)
        if cue is None:
            cue = self._speaker_closing(sentence, last)  # '..., قال المرصد.', '..., كما قال'
        if cue is None:
            cue = self._according_after(sentence, last)
            if (
                cue is not None
                and not self.breaks[cue.first]
                and self._opener_between(last + 1, cue.first)
            ):
                cue = None  # 'قتل 11 مدنياً، فيما دارت اشتباكات قتل فيها تسعة وفق مصادر في
                # الفصيل': with no comma before it the source covers only its own clause
            elif (
                cue is not None
                and self._result_between(last + 1, cue.first, tolls=True)
                and not self._count_in(first, last)
            ):
                cue = None  # 'انفجار عبوة ...، ما أسفر عن مقتل شخصين، وفق مصدر': the source
                # gives the toll; the event before the result clause (no count) is the text's own
        if cue is not None and cue.own and cue.speaker is None:
            named = self._according_after(sentence, last)
            if named is not None and named.speaker is not None:
                return self._attribution(named, first, last, stance=self._stance(cue, first, last))
            kind = "party" if self.party_voice or self._first_person(sentence) else self.own_kind
            return Attribution(None, kind, self._stance(cue, first, last), None, None)
        if cue is not None and cue.speaker is not None:
            return self._attribution(self._named_in_sentence(cue), first, last)
        headline = self._headline_speaker(first, last)
        if headline is not None:
            return headline
        tally = self._tally_before(sentence)
        if tally is not None:
            return self._attribution(tally, first, last)
        kind = "party" if self.party_voice or self._first_person(sentence) else self.own_kind
        return Attribution(None, kind, self._stance(None, first, last))

    def _threat_noun_elsewhere(self, cue: Cue, start: int, end: int) -> bool:
        """A threat told by a noun ('تهديد الجيش بقصف المواقع') covers its own ب-object
        only: a claim after a comma from it, before it, or after a word that opens another
        event (stance_cues.json threat_object_ends: 'بعد مقتل', 'مع مقتل') is not the threat."""
        if cue.stance != "intends" or self._verb_stem(self.toks[cue.first]) is not None:
            return False  # 'وتوعد شيخ القبيلة ...، في تسجيل، بمواصلة القتال': a verb's threat
        if not self._threat_noun(cue.word):
            return False
        if end <= cue.start:
            return True
        if re.search(r"[،,;؛.]", self.text[cue.end : start]):
            return True
        ends = stance_word_list("threat_object_ends")  # 'تهديد الفرقة باقتحام البلدة بعد
        return any(  # مقتل 3 من عناصرها': 'بعد' opens another event, no part of the threat
            cue.end <= t.start < start and self._with_and(t.norm) & ends for t in self.toks
        )

    def _own_subject_after(self, cue: Cue, last: int) -> bool:
        """A cue after the claim whose subject stands between the claim and the verb
        ('تفجيرات طرطوس: عشرات القتلى و"داعش" يتبنى') opens a clause of its own; it says
        nothing of the words before its subject."""
        speaker = cue.speaker
        return (
            speaker is not None
            and not cue.according
            and last < speaker[0]
            and speaker[1] <= cue.first
        )

    def _named_in_sentence(self, cue: Cue) -> Cue:
        """'وبحسب مكتب التوثيق في التجمع، فقد وثق المكتب ...': a bare anaphor speaker of a verb
        resuming (فـ) an according-to phrase that named its referent speaks under that name."""
        if cue.speaker is None or cue.speaker[1] - cue.speaker[0] != 1 or cue.first == 0:
            return cue
        if not (cue.word.startswith("ف") or self.toks[cue.first - 1].norm.startswith("ف")):
            return cue
        word = self.toks[cue.speaker[0]].norm
        if word not in self.rules.anaphors:
            return cue
        head = word[2:]
        for other in reversed(self.cues):
            if other.first >= cue.first or self.sentence[other.first] != self.sentence[cue.first]:
                continue
            named = other.speaker is not None and self.toks[other.speaker[0]].stems() & {head, word}
            if named and other.according:
                return replace(cue, speaker=other.speaker)
        return cue

    def _within(self, cue: Cue, first: int, last: int) -> bool:
        """'الفرقة الرابعة تهدد' as the claim: a subject and its verb ending the claim are what
        is claimed (whoever reports it speaks); a claim going on with what the verb says ('كان
        الجيش قد نفى صحة ما ...') keeps the verb as its cue."""
        speaker = cue.speaker
        return (
            speaker is not None
            and cue.first == last
            and first <= speaker[0]
            and speaker[1] - 1 <= last
        )

    def _relayed(self, cue: Cue, relay: Cue, last: int) -> bool:
        """'ذكر المرصد أن مسلحين قتلوا ثلاثة مدنيين، نقلاً عن أقارب الضحايا': a verb's report
        that names, after the claim and before any other cue, whom it passes on: they speak."""
        if not relay.word.startswith(self.rules.relay_according) or cue.speaker is None:
            return False
        return not any(last < other.first < relay.first for other in self.cues)

    def _others(self, first: int, last: int) -> bool:
        """'بينما أصيب 7 آخرون': 'others' goes on with the count of the clause before."""
        return any(
            self._bare(self.toks[k].norm) in self.rules.others for k in range(first, last + 1)
        )

    def _says_nothing_before(self, cue: Cue, first: int) -> bool:
        """A demand or warning that reports no speech (no أن/إن, colon or quotation before the
        clause opener: 'طالب X الفصائل بوقف القتال، بينما ...') does not reach past the opener."""
        if cue.according or cue.speaker is None:
            return False
        acts = self.rules.demand_verbs | self.rules.two_party_verbs | announcing()
        if self._stem_of(cue) not in acts:
            return False  # 'وثق المكتب مقتل 27، فيما أفرجت ...': a tally goes on past it
        opener = next(
            (
                k
                for k in range(cue.stop, first)
                if self.breaks[k] and self.rules.openers.match(self.toks, k) is not None
            ),
            first,
        )
        for k in range(cue.stop, opener):
            gap = self.text[self.toks[k - 1].end : self.toks[k].start]
            if (
                self.toks[k].norm in self.rules.speech_markers
                or ":" in gap
                or gap.strip() in QUOTES
            ):
                return False
        return True

    def _postposed(self, cue: Cue) -> bool:
        """'قتل 23 شخصاً ...، بحسب ما أفادت لجان التنسيق': an according-to phrase after the
        words it sources (not opening its sentence, 'وبحسب المرصد، قتل ...')."""
        k = cue.first
        if not cue.according:  # 'بحسب ما أفادت لجان ...': the verb of an according-to phrase
            while k > 0 and self.toks[k - 1].norm in self.rules.according_skip:
                k -= 1
            head = self._cue_at(k - 1) if k > 0 else None
            if head is None or not head.according or k == cue.first:
                return False
            k -= 1
        return k > 0 and self.sentence[k - 1] == self.sentence[k]

    def _hedge_left_behind(self, cue: Cue, first: int) -> bool:
        """'يرجح أنها أردنية استهدفت مزرعة، ما أدى إلى مقتل أربعة': a hedge with no speaker
        inside another's report hedges its own clause; the result it is followed by ('ما أدى
        إلى', 'ما أسفر عن') is the reporting speaker's again."""
        if not (cue.own and cue.speaker is None and cue.stance == "hearsay"):
            return False
        return any(
            self.breaks[k]
            and self.toks[k].norm in self.rules.result_openers
            and k + 1 < first
            and self.toks[k + 1].norm in self.rules.result_verbs
            for k in range(cue.stop, first)
        )

    def _own_clause_source(self, cue: Cue, after: Cue, first: int, last: int) -> bool:
        """'نشرت الوزارة بياناً عن الغارات، والتي قتل فيها 9 مدنيين بحسب الدفاع المدني': an
        according-to phrase in the claim's own clause names its source over a speaker whose
        clause ended before the claim; the speaker's own clause ('قال المرصد إن 5 قتلوا بحسب
        مصادره') keeps him."""
        if any(self.breaks[k] for k in range(last + 1, after.first + 1)):
            return False
        if not any(self.breaks[k] for k in range(cue.stop, first + 1)):
            return False
        return not any(
            self.toks[k].norm in self.rules.speech_markers for k in range(cue.stop, first)
        )

    def _carrier(self, cue: Cue) -> bool:
        """'وفق ما نقلته الوكالة الوطنية': an according-to phrase naming only a carrier."""
        stop = cue.speaker[0] if cue.speaker is not None else cue.stop
        return any(
            (self._verb_stem(self.toks[k]) or "").endswith(self.rules.relay)
            for k in range(cue.first, stop)
        )

    def _result_between(self, start: int, stop: int, *, tolls: bool = False) -> bool:
        """'...، ما أسفر عن مقتل ستة مدنيين': a result clause between a cue and the claim;
        with ``tolls``, also a toll joined by 'و' after a comma ('مسيّرة تستهدف سيارة ...،
        ومقتل عنصرين، بحسب مصدر طبي': the source after it gives the toll, not the event)."""
        tolls_words = stance_word_list("toll_openers") if tolls else frozenset()
        return any(
            self.breaks[k]
            and (
                self.toks[k].norm in tolls_words
                or (
                    self.toks[k].norm in self.rules.result_openers
                    and k + 1 < len(self.toks)
                    and bool(self.toks[k + 1].stems() & self.rules.result_verbs)
                )
            )
            for k in range(start, stop)
        )

    def _opener_between(self, start: int, stop: int) -> bool:
        """A clause opener ('فيما', 'بينما') between a cue and the claim: a new clause."""
        return any(
            self.breaks[k] and self.rules.openers.match(self.toks, k) is not None
            for k in range(start, stop)
        )

    def _tally_before(self, sentence: int) -> Cue | None:
        """'وتوزعت حصيلة المدنيين بين 96 ...' right after 'وثق المرصد مقتل 268 مدنياً':
        a sentence opening with a tally word goes on with the monitor's tally before it."""
        opening = next((k for k, s in enumerate(self.sentence) if s == sentence), None)
        if opening is None or sentence == 0:
            return None
        word = self.toks[opening].norm
        stems = {word, word[1:] if word[:1] in ("و", "ف") else word}
        if not stems & self.rules.tally_openers:
            return None
        before = [c for c in self.cues if self.sentence[c.first] == sentence - 1 and c.speaker]
        if not before or before[-1].speaker_kind != "monitor":
            return None
        speaker = before[-1].speaker
        own = speaker is not None and self._names_own_source(speaker, at_start=True)
        if self.own_kind == "monitor" and not own:
            return None  # 'ووفقاً لمصادر المرصد ...' then 'كما قُتل راعيان' in the monitor's own
            # report: its own voice again, not its sources' (the text naming itself goes on)
        return before[-1]

    def _according_after(self, sentence: int, last: int) -> Cue | None:
        """'ويُقدّر عدد ... وفق أرقام المفوضية': the according-to phrase after the claim."""
        after = [
            c
            for c in [*self.cues, *self.relatives]
            if c.according and self.sentence[c.first] == sentence and c.first > last
        ]
        return min(after, key=lambda c: c.first) if after else None

    def _told_of_tally(self, sentence: int, first: int) -> Cue | None:
        """'وهي حصيلة قالت مصادر في وزارة الصحة إنها "أقل بكثير من الواقع"', 'وهي أرقام وصفها
        مصدر بأنها "غير دقيقة"': a reporting verb right after a tally noun names, after it, a
        speaker whose 'إنها' (right before the claim) opens what he says of the tally."""
        if first < 3 or self.toks[first - 1].norm not in self.rules.speech_markers:
            return None
        for k in range(first - 3, max(0, first - 3 - self.rules.max_words), -1):
            if self.sentence[k] != sentence or self.breaks[k + 1]:
                return None
            if not self.toks[k - 1].stems() & (self.rules.count_nouns | tally_nouns()):
                continue
            if self._verb_stem(self.toks[k]) is None or not self._no_report(k):
                continue
            phrase = self._phrase_after(k + 1, len(self.cues))
            if phrase is None or phrase[1] != first - 1:
                return None
            tok = self.toks[k]
            cue = Cue(k, k + 1, tok.start, tok.end, "asserts", False, tok.norm, speaker=phrase)
            cue.speaker_kind = self._kind(phrase, len(self.cues))
            return cue
        return None

    def _relative_cues(self) -> list[Cue]:
        """'قتل 5 مدنيين في حصيلة أولية نشرها الدفاع المدني': a reporting verb describing a
        statement or tally noun just before it names, after it, the source of the claim
        before it (used only for a claim before it; it opens no new report)."""
        found = []
        nouns = self.rules.statement_nouns | self.rules.count_nouns
        for k, tok in enumerate(self.toks):
            stem = self._verb_stem(tok)
            if stem is None or stem == tok.norm or not self._no_report(k):
                continue
            back = [j for j in (k - 1, k - 2) if j >= 0 and not self.breaks[j + 1]]
            relative = (
                bool(back) and self.toks[k - 1].norm in self.rules.relatives
            )  # 'الذين وثقهم المرصد'
            if not relative and not any(self.toks[j].stems() & nouns for j in back):
                continue
            phrase = self._phrase_after(k + 1, len(self.cues))
            if phrase is None:
                continue
            cue = Cue(k, k + 1, tok.start, tok.end, "asserts", True, tok.norm, speaker=phrase)
            cue.speaker_kind = self._kind(phrase, len(self.cues))
            found.append(cue)
        return found

    def _attribution(
        self, cue: Cue, first: int, last: int, stance: str | None = None
    ) -> Attribution:
        """The attribution a cue with a speaker gives the claim at tokens first..last."""
        if cue.speaker is None:
            raise ValueError("a cue without a speaker")
        a, b = cue.speaker
        if a < first < b:
            b = first  # 'أكدت مصادر ميدانية مقتل ...': the claim is no part of the speaker
        b = self._apposition_end(a, b, first)  # 'المتحدث باسم الوزارة، إيغور كوناشينكوف،'
        speaker_start, speaker_end = self.toks[a].start, self.toks[b - 1].end
        lam = self.toks[a].norm
        takes_lam = cue.according and bool(
            {cue.word, self._bare(cue.word)} & self.rules.lam_according
        )
        if takes_lam and lam.startswith("ل") and not lam.startswith(("لل", "ال")):
            speaker_start += 1  # 'وفقاً لمصادر محلية': the speaker is 'مصادر محلية'
        if (
            self.text[speaker_start:speaker_end].count("(")
            > self.text[speaker_start:speaker_end].count(")")
            and self.text[speaker_end : speaker_end + 1] == ")"
        ):
            speaker_end += 1  # 'وكالة الأنباء السورية (سانا)': the bracket closes the name
        stance = stance or self._stance(cue, first, last)
        word = cue.word
        if word[:1] in ("و", "ف") and word not in self.rules.verbs:
            word = word[1:]
        return Attribution(
            self.text[speaker_start:speaker_end],
            cue.speaker_kind or self.rules.default_kind,
            stance,
            speaker_start,
            speaker_end,
            cue.start,
            cue.end,
            admits=not cue.according and word in self.rules.admissions,
        )

    def _apposition_end(self, a: int, b: int, first: int) -> int:
        """'وقال المتحدث باسم الوزارة، إيغور كوناشينكوف، إن': a name between commas right
        after a speaker named by a role is the same speaker; its span takes it in, so that
        either is found ('أحمد العودة، قائد اللواء الثامن،' stays the name: the role gives
        its kind). ``b`` itself where no such apposition follows."""
        if self._classify((a, b), 0) is None:
            return b
        end = self._appositive(self._past_affiliation(b, first), first)
        return end if end is not None else b

    def _appositive(self, b: int, first: int) -> int | None:
        """The end of a name between commas starting at token ``b``, else None."""
        if (
            b >= min(first, len(self.toks))
            or "،" not in self.text[self.toks[b - 1].end : self.toks[b].start]
        ):
            return None
        if self.toks[b].norm[:1] == "و" and self.toks[b].norm not in self.rules.verbs:
            return None  # 'قال المرصد، والدفاع المدني، إن': a list, not one speaker
        if self._told(b):
            return None  # '، لوكالة رويترز،': to whom the speaker said it, not who he is
        called = lexicon_word_list("called_words")  # '، يُدعى أبو خالد الإدلبي،'
        j = b + 1 if self.toks[b].norm in called else b
        while j < min(b + self.rules.max_words, first):
            gap = self.text[self.toks[j - 1].end : self.toks[j].start]
            if j > b and "،" in gap:  # the closing comma, then what the speaker said
                follow = self.toks[j].norm
                said = follow in self.rules.speech_markers or follow in _followers()
                return j if said or (follow[:1] == "ل" and not follow.startswith("ال")) else None
            if j > b and gap.strip(" ()"):
                return None
            through = self._name_through_stop(j)
            if through is not None:
                j = through  # 'بان كي مون': a known name with a stop word inside
                continue
            if self._is_stop(j) or self._cue_at(j) is not None or self.toks[j].norm.isdigit():
                return None
            if self._verb_stem(self.toks[j]) or self.toks[j].stems() & not_apposition():
                return None  # '، طلب عدم ذكر اسمه،': how he spoke, not who he is
            if self.rules.according.match(self.toks, j) is not None:
                return None  # '، بحسب محافظ طرطوس،': another source, not the same speaker
            if self.rules.time.match(self.toks, j) is not None:
                return None  # 'هيئة تحرير الشام، اليوم الخميس،': when, not who
            j += 1
        return None

    def _told(self, k: int) -> bool:
        """'لوكالة رويترز', 'لعنب بلدي', 'لقناة الجزيرة': an outlet, or a source's name or kind
        noun, glued to the preposition ل or ب names whom the speaker spoke to."""
        tok = self.toks[k]
        if self._addressee(tok):
            return True
        if tok.norm[:1] not in ("ل", "ب") or tok.norm.startswith("ال"):
            return False
        for index in (self.rules.names, self.rules.kinds):
            hit = index.match(self.toks, k)
            if hit is not None and hit.start > tok.start:
                return True
        return False

    def _past_affiliation(self, b: int, first: int) -> int:
        """The comma after an affiliation tail ('التابع للجيش السوري الحر') that follows a
        speaker, so that the name after it is found; ``b`` where none follows."""
        if b >= first or not self.toks[b].stems() & affiliation_words():
            return b
        for j in range(b + 1, min(b + self.rules.max_words, first)):
            if "،" in self.text[self.toks[j - 1].end : self.toks[j].start]:
                return j
            if self._is_stop(j) or self._cue_at(j) is not None:
                return b
        return b

    def _speaker_closing(self, sentence: int, last: int) -> Cue | None:
        """'قتل 20 شخصاً في القصف، قال المرصد.', '...، كما قال ناشطون لرويترز.': a speaking
        verb after a comma that closes its sentence with its speaker alone (nothing said
        after it: no أن/إن, colon or quotation) says the sentence before it."""
        after = [c for c in self.cues if self.sentence[c.first] == sentence and c.first > last]
        if not after or after[0].according or after[0].own:
            return None
        cue = after[0]
        k = cue.first
        speaker = cue.speaker
        if speaker is None:
            return None
        if cue.word[:1] in ("و", "ف") and cue.word not in self.rules.verbs:
            return None  # 'وأعلنت الوزارة ...', 'وطالبت ...': a clause of its own
        gap = self.text[self.toks[k - 1].end : self.toks[k].start]
        kama = self.toks[k - 1].norm == fold("كما") and k - 1 > last
        if kama:
            gap = self.text[self.toks[k - 2].end : self.toks[k - 1].start]
        if "،" not in gap and "," not in gap:
            return None
        if speaker[0] < k:
            return None  # a subject before its verb opens a clause of its own
        rest = [j for j in range(speaker[1], len(self.toks)) if self.sentence[j] == sentence]
        if len(rest) > 3:
            return None  # the verb goes on with what it says or does
        if rest and not (
            self._addressee(self.toks[rest[0]])
            or self._told_outlet(rest[0])
            or self.toks[rest[0]].norm in _followers()
        ):
            return None  # only whom he told or where ('لرويترز', 'في بيان') may follow
        return cue

    def _speaker_after_quote(self, sentence: int, end: int) -> Cue | None:
        """'"رأيت خمسة مدنيين يسقطون"، قال شاهد عيان': a quotation, then its speaker."""
        after = [c for c in self.cues if self.sentence[c.first] == sentence and c.start >= end]
        if not after or after[0].according or after[0].speaker is None:
            return None
        gap = self.text[end : after[0].start]
        closing = max(gap.rfind(q) for q in '"»”')
        if closing < 0 or gap[closing + 1 :].strip(" ،,") != "":
            return None
        if gap[:closing].count('"') % 2 or any(q in gap[:closing] for q in "«“"):
            return None  # 'عشرات القتلى و"داعش" يتبنى': the quotes close a name after the claim
        return after[0]


def attribute(text: str, start: int, end: int) -> Attribution:
    """The attribution of one claim span; use :class:`Attributor` for many in one text."""
    return Attributor(text).attribute(start, end)
