"""Finding reporting cues: verbs (قال، نفت، توعد، قيل) and according-to phrases (بحسب،
وفق، نقلا عن), with the forms in which words that also mean something else report
('وتابع أن', 'علمت X من Y', 'نقل عن', 'نشر بيانا') and those that report nothing (negated
verbs, verbal nouns after عدم, relative clauses of a statement noun).
"""

from __future__ import annotations

from reviewer.suggest.attribution.forms import (
    QUOTES,
    with_b,
)
from reviewer.suggest.attribution.records import Cue
from reviewer.suggest.attribution.speaker_lexicon import (
    agent_heads,
    lexicon_word_list,
    not_source_nouns,
    stance_nouns,
    stance_word_list,
)
from reviewer.suggest.attribution.speaker_phrase import SpeakerPhrases
from reviewer.suggest.text import fold


class CueFinder(SpeakerPhrases):
    """The reporting cues of the text, in order."""

    def _no_report(self, k: int) -> bool:
        """'طلب عدم ذكر اسمه', 'لم يعلن', 'في تصريح نقلته الوزارة': a verb form that reports
        nothing here (negated, a verbal noun after عدم, a relative clause of a statement noun)."""
        if self._describes_speaker(k) or self._shows_nothing(k) or self._inscribed(k):
            return True
        if k == 0 or self.breaks[k]:
            return False
        if self._after_protest(k) or self._after_agent(k):
            return True
        prev = self.toks[k - 1]
        stems = prev.forms()
        if prev.norm in self.rules.relatives and self._speaker_relative(k):
            return False  # 'وسط انتقادات من المعارضة التي تقول إن البعثة ...': she says it
        if self._negated_record(k):
            return False  # 'ولم تسجل الشبكة أي احتكاك': the network reports that none was seen
        if prev.norm in self.rules.not_cue_after or prev.norm in self.rules.negations:
            return True  # 'لم يعلن', 'ولم ينف'
        if prev.norm in self.rules.or_words and self._negated_before(k - 1):
            return True  # 'ولم ينف المصدر أو يؤكد': neither denied nor confirmed
        if bool(stems & self.rules.statement_nouns) and not prev.norm.startswith("ال"):
            return True
        described = k > 1 and self.toks[k - 2].stems() & self.rules.statement_nouns
        if described and not self.breaks[k - 1] and (self._passive(k) or self._on_medium(k)):
            return True  # 'في تسجيل صوتي نُشر على حسابات': describes the recording
        # 'في مقطع فيديو مقتضب نشرته الإدارة': a verb carrying the pronoun of a noun before
        # it, inside a clause, describes that noun ('وهو ما نفته الوحدات' still reports)
        norm, stem = self.toks[k].norm, self._verb_stem(self.toks[k])
        suffixed = stem is not None and norm != stem and norm[:1] not in ("و", "ف")
        denial = stem is not None and self.rules.verbs.get(stem) == "denies"  # 'رقم نفاه مصدر'
        return suffixed and prev.norm != fold("ما") and not denial and not self._opened_at(k)

    def _negated_record(self, k: int) -> bool:
        """'ولم تسجل الشبكة': a jussive recording verb no verb list holds, after لم."""
        return k > 0 and self.toks[k - 1].norm in self.rules.negations and self._found_nothing(k)

    def _found_nothing(self, k: int) -> bool:
        """'ولم تسجل الشبكة أي احتكاك', 'لم يوثق المرصد أي إصابات': a negated verb of recording
        (stance_cues.json record_verbs) with a known speaker, or the network's own self noun,
        right after it reports that nothing was recorded: a fact the speaker asserts
        (convention F); with no subject ('لم تسجل إصابات') it reports nothing."""
        if self._bare(self.toks[k].norm) not in stance_word_list("record_verbs"):
            return False
        if self._known_speaker_at(k + 1):
            return True
        nxt = k + 1
        return (
            self.own_network
            and nxt < len(self.toks)
            and not self.breaks[nxt]
            and self.toks[nxt].norm in self.rules.self_nouns
        )

    def _inscribed(self, k: int) -> bool:
        """'ورفعوا لافتات كُتب عليها "..."': a verb of writing with على and a pronoun right
        after it tells what is written on a banner, a wall or a sign; nobody is quoted
        (stance_cues.json inscribe_verbs, inscribed_on)."""
        if k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return False
        if self._bare(self.toks[k].norm) not in stance_word_list("inscribe_verbs"):
            return False
        return self.toks[k + 1].norm in stance_word_list("inscribed_on")

    def _speaker_relative(self, k: int) -> bool:
        """'المعارضة التي تقول إن', 'المرصد الذي أفاد بأن': a verb of saying right after a
        relative whose antecedent, with no break between, is a speaker word (a kind or name),
        followed by what is said (أن/إن), reports in the antecedent's voice; 'الأنباء التي
        تقول إن' (a report's content) and 'الطائرات التي قصفت' do not."""
        if k < 2 or self.breaks[k - 1] or k + 1 >= len(self.toks):
            return False
        if self.toks[k + 1].norm not in self.rules.speech_markers:
            return False
        for j in range(max(0, k - 5), k - 1):
            if j > 0 and self._bare(self.toks[j - 1].norm) in self.rules.kana:
                continue  # 'وكانت الصفحة التي تقول إن ... قد نشرت': the main verb follows
            if self._ends_at(j, k - 1) and not any(self.breaks[i] for i in range(j + 1, k)):
                return True
        return False

    def _after_protest(self, k: int) -> bool:
        """'احتجاجات شبه يومية تطالب بإسقاط النظام': a verb at most three words after a protest
        noun, in its clause, tells what the protest demanded: an event's part, no report."""
        protests = lexicon_word_list("protest_nouns")
        for j in range(k - 1, max(-1, k - 4), -1):
            if self.toks[j].stems() & protests:
                return True
            if self.breaks[j] or self._verb_stem(self.toks[j]) is not None:
                return False
        return False

    def _shows_nothing(self, k: int) -> bool:
        """'أظهر' reports only with a published thing after it ('أظهرت مقاطع مصورة'); 'أظهر
        الجيش قدرته' is no report."""
        stem = self._verb_stem(self.toks[k])
        if stem is None or stem not in lexicon_word_list("show_verbs"):
            return False
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return nxt is None or not nxt.stems() & self.rules.published_things

    def _after_agent(self, k: int) -> bool:
        """'اختطاف طبيب على يد مجموعة مسلحة طالبت ذويه بفدية', 'من قبل مسلحين هددوا': a verb
        right after the indefinite agent of 'على يد' / 'من قبل' describes that agent (what
        the kidnappers did), part of the event reported; it names no speaker."""
        heads = agent_heads()
        j = k - 1
        while j > 0 and k - j <= 3 and not self.breaks[j + 1]:
            tok = self.toks[j]
            if tok.norm in heads:
                return j < k - 1 and self.toks[j - 1].norm == heads[tok.norm]
            if tok.norm.startswith(("ال", "وال")) or self._verb_stem(tok) is not None:
                return False
            if tok.norm in self.rules.speech_markers or self._is_stop(j):
                return False  # 'قبل أن تعلن': 'before', no agent
            j -= 1
        return False

    def _on_medium(self, k: int) -> bool:
        """'في تسجيل مصور نشر على مواقع التواصل': unvocalised, a verb followed straight by
        where it was put (على، عبر) has no subject of its own: it is read as the passive."""
        return (
            k + 1 < len(self.toks)
            and not self.breaks[k + 1]
            and (self.toks[k + 1].norm in {fold("على"), fold("عبر")})
        )

    def _opened_at(self, k: int) -> bool:
        """'بينما تتهمها منظمات حقوقية', 'في حين يتهمه ناشطون': a clause opener right before
        the verb; the pronoun on it is its object, not a noun it describes."""
        for j in (k - 1, k - 2):
            hit = self.rules.openers.match(self.toks, j) if j >= 0 else None
            if hit is not None and hit.stop == k:
                return True
        return False

    def _describes_speaker(self, k: int) -> bool:
        """'قال مسؤول، تحدث للحرة شريطة عدم الكشف عن هويته، إن ...': a speaking verb after a
        comma inside its sentence, with no و/ف and an addressee next (لـ, إلى), tells whom the
        speaker before it talked to; the claim stays that speaker's."""
        if k == 0 or k + 1 >= len(self.toks) or not self.breaks[k] or self.breaks[k + 1]:
            return False
        if self.toks[k].norm not in stance_word_list("addressed_verbs"):
            return False
        if self.text[self.toks[k - 1].end : self.toks[k].start].strip() not in ("،", ","):
            return False  # a new sentence or a quotation opens here
        after = self.toks[k + 1].norm
        return after in (fold("إلى"), fold("الى")) or (after.startswith("ل") and len(after) > 3)

    def _renewed_stance(self, k: int) -> str | None:
        """'جددت الوزارة تأكيدها', 'وجدد نفيه': renewing a confirmation, a denial or a threat
        says it again; the stance noun within the next words gives the stance."""
        if self._bare(self.toks[k].norm) not in stance_word_list("renew_verbs"):
            return None
        nouns = stance_nouns()
        for j in range(k + 1, min(k + 3 + self.rules.max_words, len(self.toks))):
            if self.breaks[j]:
                return None
            stems = self.toks[j].forms()
            found = next((stance for stance, words in nouns.items() if stems & words), None)
            if found is not None:
                return found
        return None

    def _names_no_source(self, k: int) -> bool:
        """The noun after an according-to word is a plan, deal or law ('وفق الخطة')."""
        return k < len(self.toks) and bool(self.toks[k].stems() & not_source_nouns())

    def _negated_before(self, k: int) -> bool:
        """A negated verb ('ولم ينف المصدر') a few words before token ``k`` in its clause."""
        for j in range(k - 1, max(0, k - 2 - self.rules.max_words), -1):
            if self.toks[j - 1].norm in self.rules.negations:
                return True  # 'ينف' (jussive) is in no verb list
            if self.breaks[j]:
                return False
        return False

    def _passive(self, k: int) -> bool:
        """'نُشر', 'بُثّ': a past verb marked passive by a damma on its first letter."""
        text = self.toks[k].text
        start = 1 if text[:1] in ("و", "ف") and len(text) > 2 and text[2:3] == "\u064f" else 0
        return text[start + 1 : start + 2] == "\u064f"

    def _find_cues(self) -> list[Cue]:
        cues: list[Cue] = []
        for k, tok in enumerate(self.toks):
            hit = self.rules.according.match(self.toks, k) if tok.norm else None
            if hit is not None and self._names_no_source(hit.stop):
                continue  # 'تسير وفق الخطة', 'بحسب الاتفاق': a plan or a deal, no speaker
            if hit is not None:
                cues.append(Cue(k, hit.stop, hit.start, hit.end, "asserts", True, tok.norm))
                continue
            stem = self._verb_stem(tok)
            if stem is None and (
                self._goes_on(k)
                or self._learns(k)
                or self._came_in(k)
                or self._blames(k)
                or self._raises_toll(k)
                or self._negated_record(k)
            ):
                cues.append(Cue(k, k + 1, tok.start, tok.end, "asserts", False, tok.norm))
                continue
            if stem is None and self._threatens(k):
                cues.append(Cue(k, k + 1, tok.start, tok.end, "intends", False, tok.norm))
                continue
            renewed = self._renewed_stance(k) if stem is None else None
            if renewed is not None:  # 'وجددت الوزارة تأكيدها أن', 'جدد نفيه'
                cues.append(Cue(k, k + 1, tok.start, tok.end, renewed, False, tok.norm))
                continue
            if stem is not None and stem.endswith(self.rules.relay) and not self._relays(k):
                continue  # 'نقل التنظيم 400 معتقل إلى ...': moved, not reported
            if stem in self.rules.deploy_verbs and not self._publishes(k):
                continue  # 'نشرت الميليشيا حواجز': deployed, not published
            if stem in self.rules.expect_verbs and not (
                self._warns_of_fact(k + 1) or self._known_speaker_at(k + 1)
            ):
                continue  # 'غارات توقع 13 قتيلاً': inflicts; 'وتوقع المرصد أن' reports
            if stem in self.rules.said_participles and not self._says_next(k):
                continue  # 'اقتحموا مقراً للواء': a headquarters, not 'admitting'
            if self._bare(tok.norm) in self.rules.student_verbs and not self._demands(k):
                continue  # 'اعتقلت شابين، أحدهما طالب جامعي': a student, not 'demanded'
            if stem in self.rules.named_forms and tok.text.rstrip("\u064b\u064e").endswith("ى"):
                continue  # 'ويدعى أبو محمد': is named, not 'claims'
            if stem is not None and not self._no_report(k):
                stance = self.rules.verbs[stem]
                if stem in self.rules.warn_verbs and self._warns_of_fact(k + 1):
                    stance = "asserts"
                cue = Cue(k, k + 1, tok.start, tok.end, stance, False, tok.norm)
                passives = self.rules.passive_hearsay | self.rules.passive_verbs
                passive = stem in passives and self._no_subject(k + 1)
                if stance == "hearsay" and self._rumour_denied(k):
                    continue  # 'ننفي ما يشاع عن', 'نفى ما تداولته صفحات عن': the denial's object
                cue.own = stem in self.rules.first_person_verbs or passive
                cues.append(cue)
        return cues

    def _blames(self, k: int) -> bool:
        """'وحمّل التلفزيون الرسمي "الإرهابيين" مسؤولية القصف': the masculine 'حمّل' (also
        'carried', 'حمل السلاح') reports blame only with مسؤولية later in its sentence,
        before any 'that' opening a report."""
        if self._bare(self.toks[k].norm) not in self.rules.blame_verbs:
            return False
        for j in range(k + 1, min(k + 30, len(self.toks))):
            if self.sentence[j] != self.sentence[k] or self.toks[j].norm in self.rules.that_words:
                return False
            if self.toks[j].stems() & self.rules.blame_nouns:
                return True
        return False

    def _threat_noun(self, word: str) -> bool:
        """A noun of threat or pledge (stance_cues.json threat_nouns): 'وعيد' is itself the
        noun, 'وتهديد' the noun after و."""
        return bool({word, self._bare(word)} & stance_word_list("threat_nouns"))

    def _threatens(self, k: int) -> bool:
        """'بعد تهديد "والي الرقة" بـ"قطع رأس ..."', 'بعد وعيد قائد الفصيل باقتحام البلدة':
        a noun of threat or pledge (stance_cues.json threat_nouns) right before a known
        speaker, its genitive, with a ب-object after it reports that speaker's threat."""
        if not self._threat_noun(self.toks[k].norm):
            return False
        nxt = k + 1
        if nxt >= len(self.toks) or self.sentence[nxt] != self.sentence[k]:
            return False
        gap = self.text[self.toks[k].end : self.toks[nxt].start].strip(' "«»“”')
        kind = self.rules.kinds.match(self.toks, nxt)
        if gap or not (
            self.rules.names.match(self.toks, nxt) is not None
            or (kind is not None and "party" in kind.payloads)
            or (kind is None and self.toks[nxt].norm in self.rules.heads)
        ):
            return False  # 'بعد تهديد الأهالي بالتهجير', 'تهديد ناشطين بالتصفية': threatened
        for j in range(nxt + 1, min(nxt + self.rules.max_words + 4, len(self.toks))):
            if self.sentence[j] != self.sentence[k] or self.toks[j].norm in self.rules.that_words:
                return False
            if with_b(self.toks[j]):
                return True
        return False

    def _raises_toll(self, k: int) -> bool:
        """'ورفع المرصد حصيلة القتلى إلى 16 شخصاً', '..., ورفع حصيلة القتلى إلى 16': raising
        a toll reports it; 'رفع' (also 'lifted', 'raised a flag') reports only with a toll
        noun (stance_cues.json toll_nouns) later in its sentence, before any 'that'."""
        if self._bare(self.toks[k].norm) not in stance_word_list("toll_raise_verbs"):
            return False
        if any(
            self.toks[j].norm in self.rules.that_words and self.sentence[j] == self.sentence[k]
            for j in range(max(0, k - 3), k)
        ):  # (a 'that' ending the sentence before, 'مؤكدين أن المبنى سكني.', is not this one's)
            return False  # 'وقال المرصد إن هذه العملية ترفع عدد الهجمات إلى 512': what is said
        nouns = stance_word_list("toll_nouns")
        for j in range(k + 1, min(k + 12, len(self.toks))):
            if self.sentence[j] != self.sentence[k] or self.toks[j].norm in self.rules.that_words:
                return False
            if j > k + 1 and self.breaks[j]:
                return False
            if self.toks[j].stems() & nouns:  # 'فرفع حصيلته إلى': its own toll
                return self._toll_object(k, j)
        return False

    def _toll_object(self, k: int, j: int) -> bool:
        """The toll noun at ``j`` is the object of 'رفع' at ``k``: right after the verb or
        after its subject, a known name or kind ('ورفع المرصد حصيلة'), and a count of people
        ('عدد الضحايا', stance_cues.json toll_people), not 'ورفع المحتجون لافتات تطالب
        بالإفراج عن عدد من المعتقلين' nor 'رفعت قوات النظام عدد الحواجز إلى 14 حاجزاً'."""
        m = k + 1
        while m < j and (hit := self.rules.time.match(self.toks, m)) is not None:
            m = hit.stop
        if m < j and not (self._known_speaker_at(m) and j - m <= self.rules.max_words):
            return False
        if self.toks[j].norm not in stance_word_list("toll_counts"):
            return True  # 'حصيلة', 'حصيلته': a toll by itself
        return j + 1 < len(self.toks) and self.toks[j + 1].norm in stance_word_list("toll_people")

    def _rumour_denied(self, k: int) -> bool:
        """'ننفي ما يشاع عن', 'نفى بشكل قاطع ما يتردد عن', 'نفى مصدر ما تداولته صفحات عن': a
        hearsay verb after ما is the object of a denial a few words before it in its clause, no
        report of its own: the denial governs the claim, the spreaders, named or not, are only
        where the story came from (convention B of late 2026-11-30)."""
        if k < 2 or self.breaks[k] or self.toks[k - 1].norm != fold("ما"):
            return False
        for j in range(k - 2, max(-1, k - 6), -1):
            if self._verb(self.toks[j]) == "denies":
                return True
            if self.breaks[j]:
                return False
        return False

    def _goes_on(self, k: int) -> bool:
        """'وتابع أن ...', 'وتابعت: «...»': a verb that also means 'followed' or 'affiliated'
        reports only when what it says follows at once (أن/إن or a colon)."""
        norm = self.toks[k].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        if bare in self.rules.reply_verbs and k + 1 < len(self.toks):
            return self._replies(k)
        if bare not in self.rules.go_on_verbs or k + 1 >= len(self.toks):
            return False
        if ":" in self.text[self.toks[k].end : self.toks[k + 1].start]:
            return True  # 'وتابع: «...»'
        if self._opens_quotation(k + 1):
            return True  # 'وتابع "جئنا بأيدينا العارية ..."': what is said follows at once
        for j in range(k + 1, min(k + 2 + self.rules.max_words, len(self.toks))):
            said = self.breaks[j] and ":" in self.text[self.toks[j - 1].end : self.toks[j].start]
            if said or (j > k + 1 and self._opens_quotation(j)):
                named = self.toks[k + 1 : j]  # 'وتابع المرصد: «...»', 'وتابع الطبيب "أجرينا ..."',
                # not 'وتابعت الدورية طريقها:'
                return any(self.rules.kinds.scan(named)) or any(self.rules.names.scan(named))
            if self.breaks[j] and not self._break_is_quote(j):
                return False
            if self.toks[j].norm in self.rules.speech_markers:
                return True  # 'وتابع أن', 'وتابعت الوزارة في بيانها أن'
            if self._verb_stem(self.toks[j]) is not None:
                return False
        return False

    def _opens_quotation(self, k: int) -> bool:
        """An opening quotation mark right before token ``k`` whose quotation runs on for
        more than a name's few words ('"جئنا بأيدينا العارية ..."', not '"الدورية" طريقها')."""
        if not self._break_is_quote(k) or k + 4 > len(self.toks):
            return False  # fewer than four words left: no quotation longer than a name
        gaps = (self.text[self.toks[j - 1].end : self.toks[j].start] for j in range(k + 1, k + 4))
        return not any(m in QUOTES for gap in gaps for m in gap)

    def _came_in(self, k: int) -> bool:
        """'وجاء في البيان أن', 'وورد في تقرير للمرصد أن': what a statement says; its issuer
        (or the author after it) speaks."""
        if self._bare(self.toks[k].norm) not in self.rules.came_verbs or k + 2 >= len(self.toks):
            return False
        if self.breaks[k + 1] or self.toks[k + 1].norm != fold("في"):
            return False
        return bool(self.toks[k + 2].stems() & self.rules.statement_nouns)

    def _replies(self, k: int) -> bool:
        """'وردت الخارجية التركية على الاتهامات بالقول إن': replying reports only when
        'بالقول' (or a colon) follows in its clause; 'ردت القوات بقصف' is no report."""
        if ":" in self.text[self.toks[k].end : self.toks[k + 1].start]:
            return True
        for j in range(k + 1, min(k + 3 + self.rules.max_words, len(self.toks))):
            if self.breaks[j] and not self._break_is_quote(j):
                return False
            if self.toks[j].norm in self.rules.reply_markers:
                return True
        return False

    def _learns(self, k: int) -> bool:
        """'وعلمت الحملة من مصادر خاصة أن ...': 'learned from' names a source after من; 'وعلم
        المرصد أن' reports what the learner says (علم alone is also 'a flag': only these forms
        report)."""
        if self._bare(self.toks[k].norm) not in self.rules.learn_verbs:
            return False
        after = k > 0 and self.toks[k - 1].norm in self.rules.learn_after  # 'كما علم المرصد'
        if not (self.breaks[k] or self.toks[k].norm[:1] in ("و", "ف") or after):
            return False  # 'رفع المتظاهرون علم الثورة من ...': a flag inside a clause
        stop = min(k + 2 + self.rules.max_words, len(self.toks))
        for j in range(k + 2, stop):
            quoted = self.text[self.toks[j - 1].end : self.toks[j].start].strip() in QUOTES
            if self.breaks[j] and not quoted:  # 'وعلمت "عنب بلدي" من': the name's quotes
                return False
            if self.toks[j].norm == fold("من") and j + 1 < len(self.toks):
                return not self.breaks[j + 1]
            if self.toks[j].norm in self.rules.that_words:
                return True  # 'وعلم المرصد أن عناصر ...': learned, and reports, that
        return False

    def _learned_from(self, phrase: tuple[int, int], index: int) -> tuple[int, int]:
        """The source after من in 'علمت X من Y': Y speaks."""
        for j in range(phrase[0] + 1, min(phrase[1] + 1, len(self.toks))):
            if self.toks[j].norm == fold("من"):
                return self._phrase_after(j + 1, index) or phrase
        return phrase

    def _relays(self, k: int) -> bool:
        """'نقلت وكالة رويترز عن مسؤول', 'نقل المرصد أن', 'نقلت: "..."': a report names its
        source after عن or goes on with what was said; otherwise نقل moves people or things."""
        gap = self.text[self.toks[k].end : self.toks[k + 1].start] if k + 1 < len(self.toks) else ""
        if any(q in gap for q in (":", *QUOTES)):
            return True
        markers = self.rules.speech_markers | self.rules.relay_markers
        for j in range(k + 1, min(k + 3 + self.rules.max_words, len(self.toks))):
            gap = self.text[self.toks[j - 1].end : self.toks[j].start].strip()
            if self.breaks[j] and not set(gap) <= set('()"«»“”'):
                return False  # '(سانا) عن مصدر': brackets and quote marks go on
            if self.toks[j].norm in markers:
                return True
        return False

    def _publishes(self, k: int) -> bool:
        """'نشر المرصد صوراً', 'نشرت الشبكة حصيلة', 'نشرت في بيان أن': publishing names what it
        publishes or goes on with what was said within its clause; 'نشرت ميليشيا آل بري حواجز'
        and 'نشر الجيش تعزيزات' deploy."""
        gap = self.text[self.toks[k].end : self.toks[k + 1].start] if k + 1 < len(self.toks) else ""
        if any(q in gap for q in (":", *QUOTES)) or k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return True  # 'وفق ما نشرته، ...' or a quotation: a publication
        words = self.rules.statement_nouns | self.rules.count_nouns | self.rules.published_things
        for j in range(k + 1, min(k + 3 + self.rules.max_words, len(self.toks))):
            if self.breaks[j] and not self._break_is_quote(j):
                return True  # its object ends the clause: nothing shows a deployment
            tok = self.toks[j]
            if tok.norm in self.rules.speech_markers or tok.stems() & words:
                return True
            if (tok.stems() | self._unsuffixed(tok.norm)) & self.rules.deployed_things:
                return False  # 'نشرت عناصرها في محيط الساحة': its own men, deployed
        return True

    def _unsuffixed(self, norm: str) -> set[str]:
        """'عناصرها' -> 'عناصر': the word without a possessive pronoun after it."""
        return {
            norm[: -len(s)]
            for s in self.rules.suffixes
            if norm.endswith(s) and len(norm) > len(s) + 2
        }

    def _demands(self, k: int) -> bool:
        """'طالب المحتجون برحيل المحافظ', 'طالب المجلس قوات التحالف بوقف': the verb that is
        also a noun ('طالب', a student) demands only with ب or أن/إن before the next verb of
        its sentence ('وطالب وجهاء، في بيان مصور، بفتح تحقيق'; 'أحدهما طالب جامعي، مضيفاً أن')."""
        for j in range(k + 1, min(k + 8 + self.rules.max_words, len(self.toks))):
            if self.sentence[j] != self.sentence[k] or self._verb_stem(self.toks[j]) is not None:
                return False
            if self.toks[j].norm in self.rules.speech_markers or with_b(self.toks[j]):
                return True
        return False

    def _says_next(self, k: int) -> bool:
        """'مقراً بأن', 'مقراً بمقتل': a participle that is also a noun reports only with its
        object (ب or أن) right after it."""
        if k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return False
        nxt = self.toks[k + 1]
        return nxt.norm in self.rules.speech_markers or with_b(nxt)

    def _warns_of_fact(self, k: int) -> bool:
        """'حذر مسؤولون من أن داعش يسعى': a warning followed, within its clause, by a
        reported clause (أن/إن) states a fact; 'حذر من أي تدخل' threatens."""
        markers = self.rules.speech_markers
        commas = 0  # 'حذر رئيس الائتلاف، جورج صبرا، من أن': the speaker's name between commas
        for j in range(k, min(k + self.rules.max_words + 4, len(self.toks))):
            comma = self.text[self.toks[j - 1].end : self.toks[j].start].strip() == "،"
            commas += comma
            if (self.breaks[j] and not (comma and commas <= 2)) or self._verb_stem(self.toks[j]):
                return False
            if self.toks[j].norm in markers:
                return True
        return False

    def _known_speaker_at(self, k: int) -> bool:
        """'وتوقع المرصد ارتفاع عدد القتلى': a known speaker's name or kind word right after
        the verb is its subject (a count after 'توقع' is what it inflicts)."""
        if k >= len(self.toks) or self.breaks[k]:
            return False
        return (
            self.rules.names.match(self.toks, k) is not None
            or self.rules.kinds.match(self.toks, k) is not None
        )

    def _no_subject(self, k: int) -> bool:
        """'يُرجّح أن' (passive, nobody named) unlike 'يرجح مراقبون أن' and 'ما يزعمه ما يسمى
        "المركز الإعلامي"' (a so-called name follows)."""
        if k < len(self.toks) and self.rules.so_called.match(self.toks, k) is not None:
            return False
        return k >= len(self.toks) or self.breaks[k] or self._is_stop(k) or self._counts(k)
