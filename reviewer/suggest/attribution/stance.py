"""How a speaker says a claim: the cue's stance (asserts, denies, confirms), turned into
"intends" by a future or intention word (or a negated vow, 'لا ثأر') in the claim's clause
and into "hearsay" by a hedge or a passed-on report there ('قيل', 'يُعتقد', 'أنباء عن'); an
outlet's caveat after the claim ('وهو ما لم يتسن التحقق منه') leaves the speaker's stance
(convention E of 2026-12-01).
"""

from __future__ import annotations

from reviewer.quantities import find_quantities
from reviewer.suggest.attribution.records import Cue
from reviewer.suggest.attribution.speaker_lexicon import stance_word_list
from reviewer.suggest.attribution.speakers import SpeakerResolver
from reviewer.suggest.text import Tok, fold

_FUTURE_STARTS = ("سي", "ست", "سن")  # س + the prefix of an imperfect verb


class Stances(SpeakerResolver):
    """The stance of a claim under its cue."""

    def _first_person(self, sentence: int) -> bool:
        words = {
            s
            for k, t in enumerate(self.toks)
            if self.sentence[k] == sentence
            for _, s, _ in t.readings
        }
        return bool(words & self.rules.first_person)

    def _stance(self, cue: Cue | None, first: int, last: int) -> str:
        stance = cue.stance if cue is not None else "asserts"
        if stance == "hearsay" and cue is not None and self._reason_after_hedge(cue, first):
            stance = "asserts"  # 'مرجحة ارتفاع الحصيلة بسبب وجود عشرات الجرحى': a given reason
        if cue is not None and not cue.according and cue.first < first:
            start = cue.stop
            if cue.speaker is not None and cue.stop <= cue.speaker[0] and cue.speaker[1] <= first:
                start = cue.speaker[1]  # 'قال المتحدث ستيفان دوجاريك': no word of a name
            for k in range(first - 1, start, -1):  # '... "ستعيد الأمن"، وإن المسلحين هم من'
                norm = self.toks[k].norm
                if norm[:1] == "و" and norm[1:] in self.rules.speech_markers:
                    start = k  # a new reported clause: the intention before it is not this one's
                    break
                if self.breaks[k] and self.rules.openers.match(self.toks, k) is not None:
                    start = k  # '... سيخرجون إلى إدلب، فيما يخرج قرابة أربعة آلاف مدني'
                    break
            scope = range(start, last + 1)
        else:
            k = first
            while k > 0 and not self.breaks[k] and self.sentence[k - 1] == self.sentence[first]:
                k -= 1
            scope = range(k, last + 1)
        if stance in ("asserts", "confirms") and any(
            self._future(k) or self.rules.vows.match(self.toks, k) is not None for k in scope
        ):
            return "intends"
        if stance in ("asserts", "confirms") and self._counted_ahead(first, last, scope):
            return "intends"
        if stance in ("asserts", "confirms") and self._count_before_future(first, last):
            return "intends"
        calls = stance_word_list("calls_to_arms")  # 'أعلن المجلس النفير العام': a plan
        if stance in ("asserts", "confirms") and any(
            self.toks[k].stems() & calls for k in range(first, last + 1)
        ):
            return "intends"
        if stance in ("asserts", "confirms") and self._called(cue, first, last):
            return "intends"
        if (
            stance in ("asserts", "confirms")
            and cue is not None
            and self._obliges(scope, last)
            and not self._count_in(first, last)  # 'يجب التحقيق في مقتل 12 مدنياً': a fact
        ):
            return "intends"  # 'وتابعت المنظمة أن على التحالف أن يفتح تحقيقاً': a call
        if stance == "asserts" and (cue is None or cue.speaker is not None):
            end = last + 1  # 'قال مصدر إن الأنباء عن انسحاب القوات عارية عن الصحة'
            while end < len(self.toks) and not self.breaks[end]:
                end += 1
            opens = next(  # 'لا توجد أدلة ...، مقدّراً عدد من خرجوا بنحو 3500': not this one's
                (k for k in range(first, scope.start, -1) if self.breaks[k]), scope.start
            )
            if any(
                self.rules.untrue.match(self.toks, k) and not self._describes_counted(k)
                for k in range(opens, end)
            ):
                return "denies"
        if stance not in ("denies", "confirms") and any(  # 'أكد صحة الأنباء عن': confirmed
            self.rules.hearsay.match(self.toks, k) is not None and not self._hedge_behind(k, first)
            for k in scope
        ):
            return "hearsay"
        if stance == "confirms" and self._heard_before(cue, first):
            return "hearsay"
        if stance not in ("denies", "confirms") and any(self._disputed(k, first) for k in scope):
            return "hearsay"
        if stance == "asserts" and self._unconfirmed_after(last):
            return "hearsay"
        reported = stance in ("asserts", "confirms") and cue is not None and not cue.according
        if reported and self._rejects_act(first, last):
            return "denies"  # 'وقال مصدر إن فصائله "لم تشن أي هجوم"': a quoted denial
        if reported and self._negates_rumour(first, last):
            return "denies"  # 'إن فرقه "لم تعثر على أي أقسام"، مرجحاً أن الأخبار المتداولة
        if reported and cue is not None and self._denial_goes_on(cue, first, last):
            return "denies"  # 'نفى حزب الله أي علاقة، مؤكداً أنه "غير معني"'
        negation = self.toks[first].norm  # 'مشيراً إلى أن الجيش "ليس له أي انتشار"': denies
        not_act = negation not in stance_word_list("act_negations")
        if reported and stance == "asserts" and negation in self.rules.denial_particles and not_act:
            return "denies" if self._own_negation(first) else stance
        return stance

    def _heard_before(self, cue: Cue | None, first: int) -> bool:
        """'أكد الناشط أنه سمع من جيرانه أن قوات الأمن اعتقلت 7 شبان': what a speaker confirms
        he heard from others he passes on (convention E's 'سمعوا أن'), unlike 'أكد صحة
        الأنباء عن' (the report confirmed); a hearsay phrase opening with a verb of hearing
        (stance_cues.json 'heard_verbs') between the cue and the claim."""
        if cue is None or cue.according:
            return False
        heard = stance_word_list("heard_verbs")
        return any(
            self.toks[k].norm in heard and self.rules.hearsay.match(self.toks, k) is not None
            for k in range(cue.stop, first)
        )

    def _denial_goes_on(self, cue: Cue, first: int, last: int) -> bool:
        """'نفى حزب الله أي علاقة له بالأحداث، مؤكداً أنه "غير معني"', 'وهو ما نفاه شهود
        عيان، مؤكدين أن "أحداً لم يقترب من الحرس"', 'يفنّد المجلس ما يزعمه ...، ويؤكد أن أبناء
        العشائر لا يتبعون لأي جهة': a claim negated in its first words, told by a cue that
        follows the same speaker's denial in the sentence, goes on rejecting the charge
        (convention F of 2026-12-01)."""
        negations = stance_word_list("charge_negations")
        after_subject = negations - {fold("غير")}  # 'مجموعات غير منضبطة': an adjective
        opening = self._bare(self.toks[first].norm) in negations
        second = first < last and self._bare(self.toks[first + 1].norm) in after_subject
        if not (opening or second):
            return False
        if self._count_in(first, last):
            return False  # 'مؤكداً أن خسائر قواته "لم تتجاوز أربعة جرحى"': its own toll
        return any(
            other.stance == "denies"
            and other.first < cue.first
            and self.sentence[other.first] == self.sentence[cue.first]
            and (other.speaker == cue.speaker or cue.speaker is None)
            for other in self.cues
        )

    def _rejects_act(self, first: int, last: int) -> bool:
        """'إن "سلاح الجو الروسي لم ينفذ أي طلعات"', 'مؤكداً أنها "لم تنفذ أي طلعة"', 'إن
        القوات "لا تنفذ مهام قتالية"': a claim opening with (or, after its subject, going on
        with) a negated act of force rejects that act: the speaker denies it (convention F of
        2026-12-01). A negation of anything else states a fact nobody claimed ('لم يترك فترة
        هدوء', 'لم تدفع أي مبلغ', 'لم يسفر عن إصابات') and keeps the cue's stance."""
        negations = stance_word_list("act_negations")
        acts = stance_word_list("denied_acts")
        for k in (first, first + 1):
            if k + 1 > last or (k > first and self.breaks[k]):
                return False
            if self._bare(self.toks[k].norm) in negations:
                j = k + 1
                if j < last and self.toks[j].norm in stance_word_list("kana_forms"):
                    j += 1  # 'لم يكونوا يحملون أي سلاح', 'لم يكونوا يطلقون النار'
                return self._bare(self.toks[j].norm) in acts or self._carries_arms(j, last)
        return False

    def _negates_rumour(self, first: int, last: int) -> bool:
        """'إن فرقه "لم تعثر على أي أقسام مخفية"، مرجحاً أن تكون الأخبار المتداولة "غير
        دقيقة"': a claim opening with a negation (لم, لا) in a sentence that also speaks of
        circulating reports or calls a report untrue rejects that report: the speaker denies
        it (convention F); a negation with no report in its sentence ('لم تسجل إصابات')
        states a fact."""
        if first > last or self._bare(self.toks[first].norm) not in stance_word_list(
            "act_negations"
        ):
            return False
        rumours = stance_word_list("rumour_words")
        sentence = self.sentence[first]
        k = first
        while k > 0 and self.sentence[k - 1] == sentence:
            k -= 1
        while k < len(self.toks) and self.sentence[k] == sentence:
            if self.toks[k].forms() & rumours or self.rules.untrue.match(self.toks, k):
                return True
            k += 1
        return False

    def _carries_arms(self, j: int, last: int) -> bool:
        """'يحملون أي سلاح', 'يحمل سلاحاً': carrying arms, a charge a negation rejects."""
        if self.toks[j].norm not in stance_word_list("carry_verbs"):
            return False
        arms = stance_word_list("arms_nouns")
        return any(  # 'سلاحاً': the accusative's alif is no letter of the noun
            (self.toks[m].stems() | {self.toks[m].norm.removesuffix("ا")}) & arms
            for m in range(j + 1, min(j + 3, last + 1))
        )

    def _reason_after_hedge(self, cue: Cue, first: int) -> bool:
        """'مرجحاً ارتفاع الحصيلة بسبب وجود عشرات الجرحى': a hedging participle weighs its
        own object; the reason it gives after 'بسبب' is told as a fact, in the speaker's
        voice before the hedge."""
        if cue.according or cue.first >= first or self._stem_of(cue) not in self.rules.participles:
            return False
        reasons = stance_word_list("reason_words")
        return any(
            self.toks[k].norm in reasons and not any(self.breaks[j] for j in range(cue.stop, k))
            for k in range(cue.stop + 1, first)
        )

    def _obliges(self, scope: range, last: int) -> bool:
        """'يجب على الحكومة أن تفتح', 'أن على التحالف أن يفتح تحقيقاً': what the speaker says
        must be done (stance_cues obligation_words, or على + a definite noun + أن + a verb)."""
        must = stance_word_list("obligation_words")
        on, that = fold("على"), {fold("أن"), fold("ان")}
        for k in scope:
            tok = self.toks[k]
            if self._with_and(tok.norm) & must:
                return True
            if tok.norm not in (on, "و" + on) or k + 2 > last:
                continue
            if not self.toks[k + 1].norm.startswith(("ال", "لل")):
                continue  # 'أكد على أن': على opens what is said, no one who must act
            ahead = range(k + 2, min(k + 5, last))
            if any(self.toks[j].norm in that and self._verb_after(j) for j in ahead):
                return True
        return False

    def _verb_after(self, j: int) -> bool:
        """An imperfect verb right after 'أن' ('أن يفتح', 'أن تتحمل')."""
        nxt = self.toks[j + 1].norm if j + 1 < len(self.toks) else ""
        return len(nxt) > 2 and nxt[0] in "يتن"

    def _called(self, cue: Cue | None, first: int, last: int) -> bool:
        """A call for what is not yet done is the caller's plan (convention A of late
        2026-11-30): the claim's cue is a call ('دعا ناشطون إلى إضراب عام', 'مطالباً بـ"حماية
        دولية"'), unless the claim holds a count, a fact the call reports ('دعا إلى التحقيق في
        مقتل 12 مدنياً'); or the claim opens with a present call ('إن واشنطن "تدعو إلى وقف
        التصعيد"'), the speaker's side calling now, where a past one ('بأن متظاهرين طالبوا
        بوقف الاقتتال') is an event another tells."""
        if self.toks[first].stems() & stance_word_list("present_calls") and cue is not None:
            return True  # (told in the text's own voice, protesters' demand is an event)
        if self._call_governs(cue, first) and not self._count_in(first, last):
            return True
        if cue is None and self._own_call(first) and not self._count_in(first, last):
            return True  # 'ونناشد المراقبين الدوليين زيارة المدينة': the text's own call
        if cue is None or cue.according or cue.first >= first:
            return False
        if self._stem_of(cue) not in stance_word_list("call_verbs"):
            return False
        return not self._count_in(first, last)

    def _own_call(self, first: int) -> bool:
        """A first-person present call ('نناشد', 'ندعو', 'نطالب') earlier in the claim's
        clause: a statement's own voice calling for what is not yet done (convention A)."""
        calls = stance_word_list("present_calls")
        k = first
        while k > 0 and not self.breaks[k] and first - k < self.rules.max_words:
            k -= 1
            bare = self._bare(self.toks[k].norm)
            if bare[:1] == "ن" and bare in calls:
                return True
        return False

    def _call_governs(self, cue: Cue | None, first: int) -> bool:
        """'...، داعية الحكومة إلى الكشف عن مصيرهم', '...، مطالبة موسكو بالضغط على دمشق',
        'بحسب المجلس المحلي، الذي ناشد المنظمات التدخل لفتح ممر آمن': a call's participle
        opening a clause (after a comma) or a call verb in a relative clause about the
        speaker governs what follows it, with no break up to the claim: what it calls for is
        not yet done, the caller's plan (convention A), whatever verb reported before it."""
        if first == 0 or (self.breaks[first] and not self._break_is_quote(first)):
            return False  # ('مطالبة بـ"حماية المدنيين"': the quotation opens what is called for)
        if cue is None or cue.first >= first:
            return False  # 'خرج المئات ...، مطالبين بإسقاط النظام': protesters' demand, told
        calls = stance_word_list("call_verbs")
        lowest = max(0, first - self.rules.max_words)
        if cue is not None and cue.first < first:
            lowest = max(lowest, cue.stop)
        for k in range(first - 1, lowest - 1, -1):
            if not self.toks[k].stems() & calls and self._bare(self.toks[k].norm) not in calls:
                if self.breaks[k]:
                    return False  # a clause of its own before the claim: no call governs it
                continue
            opens = self.breaks[k] or (k > 0 and self.toks[k - 1].norm in self.rules.relatives)
            return opens and self.sentence[k] == self.sentence[first]
        return False

    def _disputed(self, k: int, first: int) -> bool:
        """'تضاربت الأنباء حول مصير الطيار', 'حول عدد القتلى': conflicting reports at token k
        make the claim hearsay only where it is what they disagree on: right after the
        phrase and its link (حول، عن), perhaps after a noun of a count; not a count told
        later ('حول الجهة المسؤولة عن التفجير الذي أودى بحياة 11 شخصاً')."""
        hit = self.rules.conflicting.match(self.toks, k)
        if hit is None:
            return False
        j = hit.stop
        if (
            j < len(self.toks)
            and not self.breaks[j]
            and self.toks[j].norm in self.rules.disputed_links
        ):
            j += 1
        if first == j:
            return True
        while j < first and not self.breaks[j] and self.toks[j].norm in self.rules.disputed_counts:
            j += 1
        return first == j

    def _hedge_behind(self, k: int, first: int) -> bool:
        """'استهدفت طائرة مسيرة يُعتقد أنها أمريكية سيارة تقل قياديين': a passive hedge right
        after a noun ('طائرات يرجح أنها روسية') describes that noun; it hedges 'أنها' and the
        word after it, not a claim that starts after them."""
        end = self._attribute_hedge_end(k)
        return end is not None and first >= end

    def _attribute_hedge_end(self, k: int) -> int | None:
        """The token after a noun's hedge 'يُعتقد أنها X' starting at token k, else None."""
        if k == 0 or k + 2 >= len(self.toks) or self.breaks[k] or self.breaks[k + 1]:
            return None
        if self._bare(self.toks[k].norm) not in self.rules.passive_hearsay:
            return None
        if self.toks[k + 1].norm not in self.rules.pronoun_thats:
            return None
        before = self.toks[k - 1]
        if before.norm in self.rules.that_words or before.norm in self.rules.speech_markers:
            return None
        if self._verb_stem(before) is not None or self._cue_at(k - 1) is not None:
            return None
        return k + 3

    def _counted_ahead(self, first: int, last: int, scope: range) -> bool:
        """'حذر المرصد من أن القصف سيؤدي إلى نزوح الآلاف', 'قد يؤدي إلى وفاة عشرات الأطفال':
        a count inside a future clause (س + verb, قد + imperfect) is what may come, never an
        asserted toll, even where the future is a forecast rather than an intention.
        The future is looked for first: most claims have none, and only where one is
        found are the claim's quantities parsed (``_count_in``)."""
        return self._future_before(first, scope) and self._count_in(first, last)

    def _count_before_future(self, first: int, last: int) -> bool:
        """'أعلنت الحركة أن نحو مئتي عنصر من أبنائها سيتولون حماية الساحات': a count of the
        speaker's own men (a possessive between the count and its verb) that is the subject
        of a future verb is the speaker's plan; 'إن نحو 700 مقاتل سيخرجون' told by a
        bystander is what he reports will happen, in the cue's stance."""
        own = False
        for j in range(last + 1, min(last + 5, len(self.toks))):
            if self.breaks[j]:
                return False
            if self._future(j):
                return own and self._count_in(first, last)
            own = own or self._own_subject(j)
        return False

    def _future_before(self, first: int, scope: range) -> bool:
        """A future (س + a forecast verb, قد + imperfect) in ``scope`` before token ``first``."""
        may = fold("قد")
        for k in scope:
            if k >= first:
                return False
            tok = self.toks[k]
            if self._forecast_form(self._bare_stems(tok)):
                return True
            nxt = self.toks[k + 1].norm
            if tok.norm == may and (nxt[:1] == "ي" or nxt in self.rules.forecast_verbs):
                return True
        return False

    def _describes_counted(self, k: int) -> bool:
        """'اعتقلت 15 شاباً لا علاقة لهم بالاحتجاجات': a phrase of no link right after a count
        and its noun is a clause describing the people counted, not the speaker denying."""
        if k < 2 or self.breaks[k] or self.breaks[k - 1]:
            return False
        return self._count_in(k - 2, k - 1)

    def _count_in(self, first: int, last: int) -> bool:
        """A quantity among tokens first..last, read from the text's own tokens (no second
        tokenisation of the article's words)."""
        spans = [(t.start, t.end) for t in self.toks[first : last + 1]]
        return bool(find_quantities(self.text, spans))

    def _own_negation(self, first: int) -> bool:
        """'إن فصائله "لم تشن"', 'إنه لم', '"لم نطلق"': a negation of the speaker's own side or
        opening what is said; 'إن قوات "أندوف" التابعة للأمم المتحدة لم تتدخل' negates what
        another party did and asserts it."""
        if first == 0 or self.breaks[first]:
            return True
        prev = first - 1
        return self.toks[prev].norm in self.rules.speech_markers or self._own_subject(prev)

    def _unconfirmed_after(self, last: int) -> bool:
        """'إن التنظيم أعدم سبعة أسرى، لكنه لم يتأكد من ذلك بعد': the speaker says, later in
        the claim's sentence, that he has not confirmed what he passes on. The outlet's own
        caveat ('وهو ما لم يتسن التحقق منه') is no such word and leaves the speaker's stance
        (convention E of 2026-12-01)."""
        k = last + 1
        starts = {cue.first for cue in self.cues if cue.speaker is not None}
        while k < len(self.toks) and self.sentence[k] == self.sentence[last]:
            if k in starts:
                return False  # 'بينما تحدثت مصادر عن قصف آخر لم نتأكد منه': theirs
            if self.rules.unconfirmed.match(self.toks, k) is not None:
                return True
            k += 1
        return False

    def _forecast(self, k: int, stems: set[str]) -> bool:
        """'سيبقى', 'ستكون' of anything but the speaker itself ('أنه سيبقى', 'قواته ستبقى'
        and 'سنبقى' are its own intention): a forecast keeps the cue's stance; but one that
        repeats the word just before it ('الحراك سلمي وسيبقى سلمياً', 'كانت حرة وستبقى حرة')
        is a pledge, an intention."""
        if not self._forecast_form(stems):
            return False
        return (k == 0 or not self._own_subject(k - 1)) and not self._pledge(k)

    def _pledge(self, k: int) -> bool:
        """The word after the future verb at k repeats one of the two words before it."""
        if k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return False
        after = self._plain(self.toks[k + 1].norm)
        return len(after) > 2 and any(
            self._plain(self._bare(self.toks[j].norm)) == after for j in range(max(0, k - 2), k)
        )

    @staticmethod
    def _plain(norm: str) -> str:
        """'سلمياً' as 'سلمي', 'حرةً' as 'حرة': an adjective without its accusative alif."""
        return norm[:-1] if norm.endswith("ا") and len(norm) > 3 else norm

    def _forecast_form(self, stems: set[str]) -> bool:
        """'سيبقى', 'ستكون': one of a word's stems is س + a forecast verb."""
        return bool({stem[1:] for stem in stems if stem[:1] == "س"} & self.rules.forecast_verbs)

    @staticmethod
    def _bare_stems(tok: Tok) -> set[str]:
        """A word's fold and the stems of its readings that take no article (a verb's)."""
        return {tok.norm} | {s for _, s, art in tok.readings if not art}

    def _own_subject(self, k: int) -> bool:
        """'أنه', 'وإنها', 'قواته', 'قواتنا': the word before the verb is the speaker's side."""
        norm = self.toks[k].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
        if bare in self.rules.own_subjects:
            return True
        text = self.toks[k].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        possessive = text.endswith(("ه", "ها", "هم", "نا")) and len(text) > 4
        return possessive and not bare.startswith("ال")

    def _future(self, k: int) -> bool:
        rules = self.rules
        tok = self.toks[k]
        # Asked of every word of a claim's clause: a word none of whose forms is a future
        # word or begins like a future verb (سي، ست، سن) is none (most words), whatever
        # the tests below say of plans and forecasts (they only ever answer no).
        forms = tok.forms()
        if rules.future.isdisjoint(forms) and not any(f[:2] in _FUTURE_STARTS for f in forms):
            return False
        stems = self._bare_stems(tok)
        before = k - 1  # 'أنه لا ينوي البقاء': a negated plan is the speaker's plan too
        if before > 0 and self.toks[before].norm in stance_word_list("plan_negations"):
            before -= 1
        if stems & rules.plan_verbs and k > 0 and not self._own_subject(before):
            return False  # 'أن خلايا التنظيم تخطط لعمليات': another's plan, reported
        if stems & rules.future:
            return True
        if self._forecast(k, stems):
            return False  # 'انفلات السلاح سيبقى التهديد الأكبر': a forecast, no intention
        # 'وإنها ستشن هجوماً': a short future verb right after the speaker's own subject
        gap = self.text[self.toks[k - 1].end : tok.start].strip() if k > 0 else ""
        opens = gap[-1:] in ("«", '"', "“") or k == 0  # '«سنرد على أي اعتداء»': direct speech
        own = k > 0 and self._own_subject(k - 1)
        shortest = rules.future_min - 1 if own or opens else rules.future_min
        for stem in stems:
            # 'وسنصد أي هجوم': a first-person future joined by و/ف is the speaker's own vow,
            # however short ('دير سنبل', a place, takes no و on its second word)
            ours = stem[:2] == "سن" and tok.norm[:3] in ("وسن", "فسن")
            least = rules.future_min - 1 if ours else shortest
            if (
                len(stem) >= least
                and stem[0] == "س"
                and stem[1] in "يتن"
                and not any(stem.startswith(w) for w in rules.not_future)
            ):
                return True
        return False
