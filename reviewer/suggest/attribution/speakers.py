"""Giving every cue its speaker and speaker kind: the phrase after or before it, the
previous speaker for 'وأضاف' and participles, a relayed source ('نقلت X عن Y'), the accuser
before the accused, the subject of an earlier clause for a plural threat verb, a party's
first-person or passive verb speaking in the text's own voice.
"""

from __future__ import annotations

from typing import Any

from reviewer.suggest.attribution.cues import CueFinder
from reviewer.suggest.attribution.forms import (
    RELAY_GAP,
    SENTENCE_END,
    SITE_DOT,
    with_b,
)
from reviewer.suggest.attribution.records import Cue
from reviewer.suggest.attribution.speaker_lexicon import (
    affiliation_words,
    country_names,
    lexicon_word_list,
    loyal_words,
    stance_word_list,
)
from reviewer.suggest.text import Tok, fold

OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')


class SpeakerResolver(CueFinder):
    """Resolves each cue's speaker, read in text order so a cue can lean on the one before."""

    def _resolve_speakers(self) -> None:
        previous: Cue | None = None
        for index, cue in enumerate(self.cues):
            if cue.own:
                if not self._quoted_first_person(cue):
                    self._own_cue(cue)  # 'وأضاف البيان: "ننفي"': the quotation's speaker
                continue
            if not cue.according and self._reports_inside(cue, previous):
                cue.inner = True  # 'أكدت القوة في بيان أنها رصدت ...': what the force says
                continue
            if not cue.according and self._quoted_verb(cue, previous):
                cue.inner = True  # 'وإن "النقص ... يهدد حياة الجرحى"': the quoted speaker's words
                continue
            if self._spokesman(cue, previous):
                continue
            participle = self._stem_of(cue) in self.rules.participles
            acting = (
                (self._shown_speaking(cue, index) or self._acting_subject(cue))
                if participle
                else None
            )
            if acting is not None:
                # 'كما أطلق "الجيش الوطني السوري" عملية ...، معلناً سيطرته': its own subject
                cue.speaker, cue.speaker_kind = acting, self._kind(acting, index)
                previous = cue
                continue
            if self._stem_of(cue) in self.rules.participles and previous is not None:
                source = self._main_clause_cue(previous, index)
                cue.speaker, cue.speaker_kind = source.speaker, source.speaker_kind
                if self._stem_of(cue) in self.rules.neutral_participles:
                    cue.stance = source.stance  # 'نفاه مصدر، قائلاً إن': still the denial
                continue
            if cue.according:
                k = cue.stop
                relayed = False  # 'وفق ما نقلته وكالة الأناضول عن مصادر محلية'
                while k < len(self.toks) and (
                    self.toks[k].norm in self.rules.according_skip or self._verb(self.toks[k])
                ):
                    relayed |= (self._verb_stem(self.toks[k]) or "").endswith(self.rules.relay)
                    if self._verb(self.toks[k]) in ("confirms", "hearsay"):
                        cue.stance = self._verb(self.toks[k]) or cue.stance  # 'وفق ما أكده'
                    k += 1
                phrase = self._published_by(k, index) or self._phrase_after(
                    k, index, source_noun=True
                )
                if self._unverified_source(phrase):
                    cue.stance = "hearsay"  # 'بحسب تقارير غير مؤكدة': the source is unverified
                issued = phrase is not None and self.toks[phrase[1] - 1].norm in self.rules.issued
                if (relayed or issued) and phrase is not None and self._from_at(phrase[1]):
                    # 'وفق بيان صادر عن وزارة الدفاع': the issuer speaks
                    phrase = self._phrase_after(phrase[1] + 1, index) or phrase
                inner = self._passed_on_from(phrase, index)
                if phrase is not None and inner is not None:
                    # 'بحسب ما أفادت وكالة فرانس برس نقلاً عن الدفاع المدني': the source speaks
                    self._carriers[inner] = phrase
                    phrase = inner
            else:
                before = phrase = self._phrase_before(cue)
                if phrase is not None and self._reported_subject(cue, phrase, previous):
                    cue.inner = True  # 'مضيفاً أن النظام يطالب بتهجير': what he reports
                    continue
                if phrase is not None and self._classify(phrase, index) is not None:
                    inner = (
                        self._relayed_source(cue, index)
                        if self._stem_of(cue).endswith(self.rules.relay)
                        else None
                    )  # 'وكانت سانا قد نقلت عن مصدر في قيادة الشرطة أن': the source speaks
                    if inner is not None:
                        self._carriers[inner] = phrase
                        phrase = inner
                    cue.speaker, cue.speaker_kind = phrase, self._kind(phrase, index)
                    self._passes_on_hearsay(cue, previous)
                    previous = cue
                    continue
                stem = self._stem_of(cue)
                phrase = self._phrase_after(
                    cue.stop + 1 if self._came_in(cue.first) else cue.stop,
                    index,
                    object_with_b=cue.stance == "intends"
                    or stem in self.rules.demand_verbs
                    or stem in stance_word_list("neutral_verbs")  # 'ممن وصفهم بـ"عناصر"'
                    or stem in stance_word_list("doubt_verbs"),  # 'شكك ناشطون بأرقام المرصد'
                    object_with_min=stem in self.rules.warn_verbs,
                )
                if phrase is not None:
                    phrase = self._name_before_that(phrase)  # '... في مدينة دوما أبو خالد أن'
                if phrase is not None and self._verb_stem(self.toks[cue.first]) is None:
                    phrase = self._threatener(cue, phrase)
                shown = self._shown_by(cue, index)
                if shown is not None:
                    phrase = shown  # 'وأظهرت مقاطع مصورة تداولها ناشطون على مواقع التواصل'
                if self._pronoun_subject(cue):
                    # 'وإذ يدين المجلس ...، فإنه يطالب قوات التحالف': whom it calls on
                    phrase = self._pronoun_antecedent(cue, index)
                    if phrase is not None:
                        cue.speaker, cue.speaker_kind = phrase, self._kind(phrase, index)
                        previous = cue
                        continue
                if phrase is not None and self._quoted_object(phrase, index):
                    phrase = None  # 'قبل أن تعلن "إعادة انتشار"': what is announced
                if phrase is not None and self._called_it(cue, phrase):
                    phrase = None  # 'وأدانت الخارجية ما وصفته بـ"الاعتداءات"': what it called it
                issued = phrase is not None and self.toks[phrase[1] - 1].norm in self.rules.issued
                if issued and phrase is not None and self._from_at(phrase[1]):
                    # 'وأفاد بيان صادر عن القيادة العامة بأن': the issuer speaks
                    phrase = self._phrase_after(phrase[1] + 1, index) or phrase
                if phrase is not None and self._accusative(phrase[0]):
                    phrase = None  # 'ونشرت مقطعاً مصوراً': what it published, no subject
                if phrase is not None and self._of_that(phrase[0]):
                    phrase = None  # 'ويحذّر من أن العشائر ستواصل': what it warns of
                if phrase is not None and self._tally_object(phrase):
                    phrase = None  # 'بعدما كان قد أعلن صباحاً حصيلة من 255': what he announced
                if phrase is not None and self._stem_of(cue) in self.rules.accuse_verbs:
                    phrase = self._accuser(cue, phrase, previous)
                elif phrase is not None and self._called_on(cue, phrase, previous):
                    phrase = None  # 'ودانت الخارجية ...، وطالبت قوة أندوف بالتحرك': whom
                elif phrase is not None and self._stem_of(cue) in self.rules.two_party_verbs:
                    phrase = self._first_party(phrase)
                if phrase is None and self._media_link(cue.stop) > cue.stop:
                    phrase = (
                        cue.stop + 1,
                        self._media_link(cue.stop),
                    )  # 'يُتداول على مواقع التواصل'
                if phrase is not None and self._warned(cue, phrase, previous):
                    phrase = None  # 'أكد الهجري ...، وحذر الأجهزة الأمنية من': whom he warned
                elif phrase is None:
                    phrase = before  # 'وكانت صدى الجبل قد وثقت': a name no list knows
                if phrase is not None and phrase[1] < len(self.toks):
                    at = phrase[1]
                    relays = self._stem_of(cue).endswith(self.rules.relay)  # 'نقلته' too
                    if relays:
                        at = self._relayed_from(phrase[1])  # 'نقلت صحيفة "الوطن" الموالية عن'
                    if self.toks[at].norm == fold("عن") and relays:
                        carrier = phrase
                        phrase = self._phrase_after(at + 1, index) or phrase
                        if phrase != carrier:
                            self._carriers[phrase] = carrier  # 'عن مراسلها': the carrier's
                if phrase is None and cue.word.endswith(self.rules.relay):
                    inner = self._relayed_source(cue, index)  # 'ونقلت عن مصدر عسكري أن'
                    if inner is not None and previous is not None and previous.speaker:
                        self._carriers[inner] = previous.speaker
                    phrase = inner
                if phrase is not None and self._bare(cue.word) in self.rules.learn_verbs:
                    phrase = self._learned_from(phrase, index)
            if phrase is None and not cue.according:
                phrase = self._relative_antecedent(cue)  # '...المرصد، والتي تحدث فيها'
            if phrase is None and not cue.according:
                phrase = self._deliverer(cue, index)  # 'ألقى الهجري كلمة أكد فيها'
            if phrase is None and self._reported_threat(cue, previous):
                cue.inner = True
                continue
            if phrase is None and not cue.according:
                phrase = self._where_subject(cue)  # '...، حيث أعلنت': the clause before's
            if phrase is None and not cue.according:
                phrase = self._earlier_subject(cue, previous, index)
            if phrase is None and not cue.according:
                phrase = self._opener_subject(cue, previous, index)
            if phrase is None and previous is not None:
                cue.speaker, cue.speaker_kind = previous.speaker, previous.speaker_kind
                if self._stem_of(cue) in stance_word_list("neutral_verbs"):
                    cue.stance = previous.stance  # 'نفت ... ووصفت التقارير بأنها': still denying
                self._passes_on_hearsay(cue, previous)  # 'تداول ناشطون مقطعاً قالوا إنه'
            elif phrase is not None and self._unnamed_reports(phrase):
                cue.own, cue.stance = True, "hearsay"  # 'وتحدثت أنباء عن': nobody named
            elif phrase is not None and self._unsigned_tally(phrase, index):
                cue.own = True  # 'وكانت حصيلة أولية صدرت أمس قد تحدثت عن': the text's own
                if self._stem_of(cue) in self.rules.social_hearsay:
                    cue.stance = "asserts"
            elif phrase is not None:
                cue.speaker = phrase
                cue.speaker_kind = self._kind(phrase, index)
            if cue.speaker is not None and not self._rumour_denied(cue.first):
                previous = cue  # 'نفى مصدر ما تداولته صفحات عن ...، مؤكداً': still the denier
        self._notables_who_fight()
        self._claimants_are_parties()
        for cue in self.cues:  # 'حذرت منظمة الصحة العالمية من انهيار ...': a warning, no threat
            warns = cue.stance == "intends" and self._stem_of(cue) in self.rules.warn_verbs
            if warns and cue.speaker_kind in ("monitor", "outlet"):
                cue.stance = "asserts"  # a monitor or an outlet warns; it threatens no one
        for cue in self.cues:  # 'تحدثت صفحات' passes on rumours, 'تحدث المرصد عن' reports
            if self._stem_of(cue) not in self.rules.social_hearsay:
                continue
            if cue.speaker_kind not in (None, "social"):
                cue.stance = "asserts"
            elif cue.speaker_kind == "social" and cue.stance == "asserts":
                cue.stance = "hearsay"  # 'نقلت صفحات موالية أن': pages passing a report on
        if any(cue.inner for cue in self.cues):
            self.cues = [cue for cue in self.cues if not cue.inner]
            self._cue_by_token = {cue.first: cue for cue in self.cues}

    def _unverified_source(self, phrase: tuple[int, int] | None) -> bool:
        """'بحسب تقارير غير مؤكدة', 'وفق مصادر لم يتسن التحقق منها': an unverified-report phrase
        right after an according-to source passes what it sources on as hearsay."""
        if phrase is None or phrase[1] >= len(self.toks) or self.breaks[phrase[1]]:
            return False
        return self.rules.hearsay.match(self.toks, phrase[1]) is not None

    def _name_before_that(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """'وأكد نائب رئيس المجلس المحلي في مدينة دوما أبو خالد أن', 'وقال مدير المكتب
        الإعلامي في مجلس محافظة حلب الحرة محمد الحلبي إن': a speaker cut short (at في/من or
        at its length) whose place and person's name run on to the أن/إن that opens what he
        says takes them in; not where he said it ('في بيان', 'لعنب بلدي'), a time, a verb."""
        first, k = phrase
        if k >= len(self.toks) or self.breaks[k]:
            return phrase
        said_in = self.rules.statement_nouns | self.rules.speeches
        for m in range(k, min(k + 7, len(self.toks))):
            tok = self.toks[m]
            if m > k and self.breaks[m]:
                return phrase
            if tok.norm in self.rules.speech_markers:
                named = any(  # not 'حذر مسؤولون من أن'
                    not self._is_stop(j) and self.toks[j].norm not in self.rules.inside
                    for j in range(k, m)
                )
                return (first, m) if named and m - first <= 2 * self.rules.max_words else phrase
            if (
                self._cue_at(m) is not None
                or tok.norm.isdigit()
                or self._verb_stem(tok) is not None
                or tok.stems() & said_in
                or any(tok.norm.startswith(noun) for noun in said_in)  # 'في بيانها أن'
                or self._addressee(tok)
                or self._told_outlet(m)
                or self.rules.time.match(self.toks, m) is not None
                or (self._is_stop(m) and tok.norm not in self.rules.inside)
                or tok.norm in self.rules.self_emphasis  # 'محافظ درعا بنفسه أن': himself
            ):
                return phrase
        return phrase

    def _called_it(self, cue: Cue, phrase: tuple[int, int]) -> bool:
        """'ما وصفته بـ"الاعتداءات"', 'ما سماه بـ': a verb after ما whose words after it open
        with ب names what the thing was called; its subject is the speaker before it."""
        k = cue.first
        word = self.toks[phrase[0]].norm
        named = word == fold("ب") or word.startswith(fold("بال"))  # not 'بعض الحسابات'
        return k > 0 and self.toks[k - 1].norm == fold("ما") and named

    def _pronoun_subject(self, cue: Cue) -> bool:
        """'وإذ يدين المجلس ...، فإنه يطالب قوات التحالف': the verb's subject is the pronoun
        on the إن right before it, so its speaker is whom that pronoun refers back to."""
        k = cue.first
        return k > 0 and self.toks[k - 1].norm in stance_word_list("pronoun_subjects")

    def _pronoun_antecedent(self, cue: Cue, index: int) -> tuple[int, int] | None:
        """'وإذ يدين المجلس الصمت الدولي، فإنه يطالب': the pronoun refers to the subject of
        the clause before it in its sentence, the speaker-like words after that clause's verb."""
        sentence = self.sentence[cue.first]
        start = cue.first - 1
        while start > 0 and self.sentence[start - 1] == sentence:
            start -= 1
        for k in range(start + 1, cue.first - 1):
            if self._verb_stem(self.toks[k - 1]) is None and k - 1 != start + 1:
                continue
            phrase = self._phrase_after(k, index)
            if phrase is not None and phrase[1] < cue.first and self._classify(phrase, index):
                return phrase
        return None

    def _relayed_source(self, cue: Cue, index: int) -> tuple[int, int] | None:
        """'ونقلت عن مصدر عسكري أن': a relay with no subject of its own names its source
        after عن; the carrier is the speaker before it."""
        k = cue.stop
        if k + 1 >= len(self.toks) or self.toks[k].norm != fold("عن") or self.breaks[k]:
            return None
        return self._phrase_after(k + 1, index)

    def _relayed_from(self, k: int) -> int:
        """'نقلت صحيفة "الوطن" الموالية عن مصدر': the 'عن' of a relay after a carrier whose
        name a quotation mark closed, past up to two words describing it (decision 2 of the
        label conventions: the inner source speaks); k itself where no such 'عن' follows."""
        gap = RELAY_GAP
        described = {*loyal_words(), *affiliation_words()}
        if any(self.toks[j].stems() & described for j in range(k, min(k + 2, len(self.toks)))):
            gap += self.rules.max_words  # 'وكالة "تسنيم" المقربة من الحرس الثوري عن مصدر'
        elif any(self.toks[j].norm == fold("في") for j in range(k, min(k + 2, len(self.toks)))):
            gap += RELAY_GAP  # 'نقل المرصد الميداني في جسر الشغور عن': where the carrier is
        for j in range(k, min(k + gap + 1, len(self.toks))):
            tok = self.toks[j]
            if tok.norm == fold("عن"):
                return j
            if (
                self._verb(tok)
                or tok.norm in self.rules.that_words
                or SENTENCE_END.search(self.text[self.toks[j - 1].end : tok.start])
            ):
                break
        return k

    def _claimants_are_parties(self) -> None:
        """'وكانت قناة على تلغرام تطلق على نفسها اسم "درع الساحل" قد تبنّت الهجوم، وتوعدت
        بعمليات أخرى': whoever claims an attack is a party to it, whatever its name calls it
        (a channel, a group, a page); its other cues in the sentence speak as that party."""
        claims = stance_word_list("claim_verbs")
        for cue in self.cues:
            if cue.speaker is None or self._stem_of(cue) not in claims:
                continue
            between = range(cue.speaker[1], cue.first)
            if cue.speaker[1] > cue.first or len(between) > 2 * self.rules.max_words:
                continue  # 'وأضاف أن مجموعة ... تبنت': the claimant is the group, not him
            if any(self.toks[k].norm in self.rules.that_words for k in between):
                continue
            for other in self.cues:
                if (
                    other.speaker == cue.speaker
                    and self.sentence[other.first] == self.sentence[cue.first]
                ):
                    other.speaker_kind = "party"

    def _notables_who_fight(self) -> None:
        """'قال أحد وجهاء جرمانا إن ...، مهدداً بالدفاع عن المدينة': a notable or religious
        leader is a local source, but one who threatens force in his sentence speaks for armed
        men, a party to the fighting ('وحذر الأجهزة الأمنية' is a warning, no threat)."""
        for cue in self.cues:
            if cue.speaker_kind != "local" or cue.speaker is None:
                continue
            words = self.toks[cue.speaker[0] : cue.speaker[1]]
            headed = words[0].norm in lexicon_word_list("notable_heads")  # 'شيخ العكيدات'
            if not headed and not any(
                "notable" in hit.payloads for hit in self.rules.kinds.scan(words)
            ):
                continue
            notables = not headed and self._tribes_notables(words)  # 'وجهاء من عشيرة البكير
            # ... وتوعدوا': a tribe's notables stay local (J) unless they call to arms (النفير)
            # or vow as armed men themselves ('لن نسلم سلاحنا'; not 'أبناء العشائر لن يلقوا')
            same = [
                other
                for other in self.cues
                if other.speaker == cue.speaker
                and self.sentence[other.first] == self.sentence[cue.first]
            ]
            calls = stance_word_list("calls_to_arms")  # 'يعلن "النفير العام"': a call to arms
            in_sentence = [k for k, s in enumerate(self.sentence) if s == self.sentence[cue.first]]
            arms = [k for k in in_sentence if self._keeps_arms(k)]  # 'لن نلقي السلاح'
            ours = any(self.toks[k].norm[:1] == "ن" for k in arms)  # the speakers' own vow
            if (
                any(self.toks[k].stems() & calls for k in in_sentence)
                or ours
                or (
                    not notables
                    and (
                        any(
                            self._stem_of(other) in self.rules.fight_threats
                            and not self._sanction_threat(other)
                            for other in same
                        )
                        or bool(arms)
                        or self._goes_on_fighting(in_sentence)
                    )
                )
            ):
                for other in same:
                    other.speaker_kind = "party"

    def _sanction_threat(self, cue: Cue) -> bool:
        """'وهدد بـ"رفع الغطاء الاجتماعي عن أي فصيل"', 'هددوا بالعصيان المدني': a threat whose
        object, right after its ب, is a civil sanction (stance_cues.json civil_sanctions)
        threatens no force; notables who make it stay local sources."""
        sanctions = stance_word_list("civil_sanctions")
        for k in range(cue.stop, min(cue.stop + 3, len(self.toks))):
            if k > cue.stop and self.breaks[k] and not self._break_is_quote(k):
                return False
            norm = self.toks[k].norm
            if {norm, norm[1:] if norm[:1] == "ب" else norm} & sanctions:
                return True
        return False

    def _tribes_notables(self, words: list[Tok]) -> bool:
        """'أحد وجهاء العشيرة', 'وجهاء من عشيرة البكير': notables of a tribe (a notables word
        and a tribe's noun in the speaker's phrase), local sources (convention J)."""
        notables = lexicon_word_list("notables_words")
        tribes = lexicon_word_list("tribe_nouns")
        head = words[1] if len(words) > 1 and words[0].norm == fold("أحد") else words[0]
        if not head.forms() & notables:
            return False  # 'مجلس شيوخ ووجهاء قبيلة العكيدات': the tribe's council, no notables
        return any(t.stems() & tribes or t.norm[2:] in tribes for t in words)

    def _goes_on_fighting(self, in_sentence: list[int]) -> bool:
        """'دعا أبناء القبيلة إلى مواصلة القتال', 'سيواصلون القتال', 'المعركة لن تتوقف': a
        word of going on with a word of fighting as its object or subject (right after it,
        perhaps after 'في', or right before it), a fighter's vow or call; not going on with
        something else in a sentence that also names battles ('سيواصلون المطالبة بخروج قسد
        بعد انتهاء المعارك'), nor a warning against going on ('محذراً من الاستمرار في
        المعارك', 'عدم الاستمرار في القتال')."""
        go_on, no_stop = stance_word_list("fight_go_on"), stance_word_list("fight_no_stop")
        fight = stance_word_list("fight_nouns")
        will_not, warned = (
            stance_word_list("fight_no_stop_before"),
            stance_word_list("fight_warned_against"),
        )
        last = in_sentence[-1] if in_sentence else -1

        def fighting(j: int) -> bool:
            return 0 <= j <= last and bool(self.toks[j].forms() & fight)

        def against(k: int) -> bool:
            prev = self.toks[k - 1].norm if k > 0 else ""
            return bool(self._with_and(prev) & warned)

        for k in in_sentence:
            forms = self.toks[k].forms()
            stops = bool(forms & no_stop) and k > 0 and self.toks[k - 1].norm in will_not
            if not (forms & go_on or stops) or against(k):
                continue  # 'لن تتوقف', not 'لم تتوقف المعارك'
            before = k - 2 if stops else k - 1
            within = k + 2 if k + 1 <= last and self.toks[k + 1].norm == fold("في") else k + 1
            if fighting(within) or fighting(before) or fighting(before - 1):
                return True
        return False

    def _keeps_arms(self, k: int) -> bool:
        """'لن نلقي السلاح حتى ...': a negated vow not to lay down arms (a fighter's vow)."""
        if k < 1 or k + 1 >= len(self.toks) or self.toks[k - 1].norm not in self.rules.negations:
            return False
        if self._bare(self.toks[k].norm) not in stance_word_list("lay_down_verbs"):
            return False
        return bool(self.toks[k + 1].stems() & stance_word_list("arms_nouns"))

    def _reports_inside(self, cue: Cue, previous: Cue | None) -> bool:
        """'وأكدت القوة في بيان أنها رصدت انتهاكات': a reporting verb right after 'أنها' of an
        earlier speaker's cue in its sentence is part of what that speaker says."""
        k = cue.first
        if k == 0 or not self._same_sentence(cue, previous):
            return False
        if self.breaks[k] and not self._break_is_quote(k):
            return False  # 'أكدت القوة أنها "رصدت تحركات"': an opening quote goes on
        return self.toks[k - 1].norm in stance_word_list("inner_after")

    def _relative_antecedent(self, cue: Cue) -> tuple[int, int] | None:
        """'الحصيلة التي أعلنها المرصد السوري، والتي تحدث فيها عن مقتل 25': a verb with no
        subject after 'والتي' / 'والذي' reports what the nearest named speaker before it in
        its sentence issued."""
        k = cue.first
        if k < 2 or self.toks[k - 1].norm[:1] != "و":
            return None
        if self._bare(self.toks[k - 1].norm) not in self.rules.relatives:
            return None
        start = k - 1
        while start > 0 and self.sentence[start - 1] == self.sentence[k]:
            start -= 1
        before = self.toks[start : k - 1]
        hits = [
            hit
            for hit in (*self.rules.names.scan(before), *self.rules.kinds.scan(before))
            if "local" not in hit.payloads
        ]
        if not hits:
            return None
        last = max(hits, key=lambda hit: (hit.stop, hit.stop - hit.first))
        return (start + last.first, start + last.stop)

    def _same_sentence(self, cue: Cue, previous: Cue | None) -> bool:
        return (
            previous is not None
            and previous.speaker is not None
            and self.sentence[previous.first] == self.sentence[cue.first]
        )

    def _reported_subject(self, cue: Cue, phrase: tuple[int, int], previous: Cue | None) -> bool:
        """'وأكد عضو في اللجنة ...، مضيفاً أن النظام يطالب بتهجير العشرات': a saying verb whose
        subject opens an earlier speaker's 'أن ...' is part of what that speaker reports."""
        if cue.stance != "asserts" or not self._same_sentence(cue, previous) or phrase[0] == 0:
            return False
        if self.toks[phrase[0] - 1].norm not in self.rules.speech_markers:
            return False
        # 'وذكرت وكالة الأنباء الألمانية أن المرصد السوري أحصى 327 قتيلاً': an outlet only
        # carries what a named source says (convention 2); the source speaks
        carried = previous is not None and previous.speaker_kind == "outlet"
        return not (carried and self._classify(phrase, 0) in self.rules.carried_kinds)

    def _passes_on_hearsay(self, cue: Cue, previous: Cue | None) -> None:
        """'تداول ناشطون مقطعاً قالوا إنه يظهر رتلاً': what those passing on a rumour say of it
        is still hearsay."""
        if cue.stance != "asserts" or not self._same_sentence(cue, previous):
            return
        a, b = previous.speaker if previous is not None and previous.speaker else (0, 0)
        c, d = cue.speaker or (0, 0)
        reports = previous is not None and (
            self._stem_of(previous) in self.rules.social_hearsay
            and previous.speaker_kind != "social"
        )  # 'تحدث المرصد عن ... قبل أن يعلن': a monitor's report, no rumour
        if previous is not None and previous.stance == "hearsay" and a < d and c < b:
            cue.stance = "asserts" if reports else "hearsay"

    def _accuser(
        self, cue: Cue, phrase: tuple[int, int], previous: Cue | None
    ) -> tuple[int, int] | None:
        """'اتهم سكان من ناحية راجو عناصر من فرقة الحمزات بـ...': after a verb of accusing the
        accuser comes first and the accused (a party) after it: the speaker ends there. A
        coordinated accusation naming one party before its charge ('واتهمت "هيئة تحرير الشام"
        بقصف ...') in an earlier speaker's sentence names only the accused: no new speaker."""
        if with_b(self.toks[phrase[0]]):
            return None  # 'واتهمتها بقصف حي الحمدانية': the charge; the subject is elided
        phrase = self._before_quoted_accused(self._before_blame(phrase))
        stop = phrase[1]
        split = self._split_parties(phrase)
        if split != phrase:
            return split  # 'فعاليات محلية ميليشيا حزب الله', 'الوزارة الفصائل'
        charged = stop < len(self.toks) and with_b(self.toks[stop])
        coordinated = cue.word[:1] in ("و", "ف") and self._same_sentence(cue, previous)
        return None if charged and coordinated else phrase

    def _threatener(self, cue: Cue, phrase: tuple[int, int]) -> tuple[int, int]:
        """'وسط تهديد التنظيم المتواصل بشن هجمات': after a threat noun, a known name ends
        the threatener; a definite adjective after it describes the threat, not him."""
        if not self._threat_noun(cue.word):
            return phrase
        if self._is_head(phrase[0]) or self.toks[phrase[0]].norm in self.rules.titles:
            return phrase  # 'وعيد قائد الفصيل', 'تهديد والي الرقة': the head governs what follows
        hits = [
            self.rules.names.match(self.toks, phrase[0]),
            self.rules.kinds.match(self.toks, phrase[0]),
        ]
        stop = max((h.stop for h in hits if h is not None), default=phrase[1])
        if stop >= phrase[1] or not self.toks[stop].norm.startswith("ال"):
            return phrase
        return (phrase[0], stop)

    def _main_clause_cue(self, previous: Cue, index: int) -> Cue:
        """The cue a participle goes on from: the one before it, unless that one speaks in a
        relative clause ('وشكك ناشطون في رواية الوزارة التي قالت إن ...، مؤكدين أن': the
        ministry's clause is inside theirs) after a cue of its sentence with a speaker."""
        k = previous.first
        if k == 0 or self.toks[k - 1].norm not in self.rules.relatives:
            return previous
        return next(
            (
                other
                for other in reversed(self.cues[:index])
                if other.first < k
                and other.speaker is not None
                and self.sentence[other.first] == self.sentence[k]
            ),
            previous,
        )

    def _acting_subject(self, cue: Cue) -> tuple[int, int] | None:
        """A participle ('معلناً', 'مؤكداً') in a sentence with no reporting cue before it
        goes with the subject of that sentence's own verb, not with a speaker of an earlier
        sentence: the first party named in the sentence, near its start ('كما أطلق "الجيش
        الوطني السوري" المدعوم من تركيا عملية ...، معلناً سيطرته على ...')."""
        sentence = self.sentence[cue.first]
        start = cue.first
        while start > 0 and self.sentence[start - 1] == sentence:
            start -= 1
        if any(c.first < cue.first and self.sentence[c.first] == sentence for c in self.cues):
            return None
        window = self.toks[start : min(cue.first, start + 4)]
        hits = [*self.rules.names.scan(window), *self.rules.kinds.scan(window)]
        hits = [h for h in hits if "party" in h.payloads and h.first > 0]
        if not hits:
            return None
        hit = min(hits, key=lambda h: (h.first, -h.stop))
        return (start + hit.first, start + hit.stop)

    def _shown_speaking(self, cue: Cue, index: int) -> tuple[int, int] | None:
        """'نشرت الحسابات تسجيلاً يظهر فيه أحد عناصر التنظيم متوعداً «...»': a participle of
        speech right after someone a recording shows goes with the one shown (speaker_lexicon
        appear_verbs and appear_links), not with whoever published the recording; only right
        after the one shown ('تظهر فيه آثار الدمار في حي جوبر مشيرة إلى': the publisher's)."""
        appear, links = lexicon_word_list("appear_verbs"), lexicon_word_list("appear_links")
        k = cue.first - 1
        while k > 0 and cue.first - k <= self.rules.max_words + 2:
            if self.sentence[k] != self.sentence[cue.first] or self.breaks[k + 1]:
                return None
            if self._bare(self.toks[k].norm) in appear:
                j = k + 1
                while j < cue.first and self.toks[j].norm in links:
                    j += 1
                phrase = self._phrase_after(j, index) if j < cue.first else None
                if phrase is None or phrase[1] != cue.first:
                    return None  # 'يظهر فيه الدمار الذي خلفه القصف مؤكدين': not the shown's
                return phrase
            k -= 1
        return None

    def _passed_on_from(self, phrase: tuple[int, int] | None, index: int) -> tuple[int, int] | None:
        """The source after 'نقلاً عن' right after a carrier's phrase, else None."""
        if phrase is None or phrase[1] + 2 >= len(self.toks):
            return None
        k = phrase[1]
        if not self.toks[k].norm.startswith(self.rules.relay_according) or not self._from_at(k + 1):
            return None
        return self._phrase_after(k + 2, index)

    def _shown_by(self, cue: Cue, index: int) -> tuple[int, int] | None:
        """'وأظهرت مقاطع مصورة تداولها ناشطون ... لحظة اقتحام': what a published thing shows
        is reported by the thing and whoever put it out; the verb that put it out gives the
        stance ('تداولها': hearsay, 'نشرها': asserts)."""
        if self._stem_of(cue) not in lexicon_word_list("show_verbs"):
            return None
        shown = self._published_by(cue.stop, index)
        if shown is not None and any(
            self._verb(self.toks[j]) == "hearsay" for j in range(shown[0], shown[1])
        ):
            cue.stance = "hearsay"
        return shown

    def _published_by(self, k: int, index: int) -> tuple[int, int] | None:
        """'بحسب مقاطع نشرها ناشطون على يوتيوب', 'وفق صور بثها ناشطون': after an according-to
        word, a published thing and a verb carrying its pronoun name who put it out; the
        speaker runs from the thing through them and their medium (its kind from both)."""
        if k + 2 >= len(self.toks) or not self.toks[k].stems() & self.rules.published_things:
            return None
        j = k + 1
        if not self.breaks[j] and self._indefinite_adjective(j):
            j += 1  # 'مقاطع مصورة نشرها'
        verb = self._verb_stem(self.toks[j]) if j < len(self.toks) else None
        if verb is None or verb == self.toks[j].norm or self.breaks[j]:
            return None  # the verb must carry the thing's pronoun ('نشرها', 'بثها')
        who = self._phrase_after(j + 1, index)
        return (k, who[1]) if who is not None else None

    def _indefinite_adjective(self, j: int) -> bool:
        """'مصورة' after 'مقاطع': an indefinite word that is no verb describes the noun."""
        tok = self.toks[j]
        return not tok.norm.startswith("ال") and self._verb_stem(tok) is None

    def _called_on(self, cue: Cue, phrase: tuple[int, int], previous: Cue | None) -> bool:
        """'ودانت وزارة الخارجية التوغل، وطالبت قوة الأمم المتحدة (أندوف) بالتحرك': a demand
        coordinated (و) after a comma in an earlier speaker's sentence, its noun phrase followed
        by the demand's ب, names whom the same speaker calls on, as a coordinated accusation
        names the accused: no new speaker."""
        stem = self._stem_of(cue)
        calls = stem not in self.rules.demand_verbs and stem in stance_word_list("call_verbs")
        if cue.word[:1] != "و" or not (calls or stem in self.rules.demand_verbs):
            return False
        if not self.breaks[cue.first] or not self._same_sentence(cue, previous):
            return False
        if previous is None or previous.speaker is None:
            return False
        if calls:  # 'أفاد المجلس المحلي ...، ودعا الأطباء في البلدتين إلى التوجه': whom
            return self._call_object_ends(phrase)
        stop = phrase[1]
        while stop < min(len(self.toks), phrase[1] + 3) and not with_b(self.toks[stop]):
            gap = self.text[self.toks[stop - 1].end : self.toks[stop].start].strip()
            if gap not in ("", "(", ")", ") ("):
                return False  # '(أندوف) بالتحرك': only a short name in brackets before ب
            stop += 1
        return stop < len(self.toks) and with_b(self.toks[stop])

    def _call_object_ends(self, phrase: tuple[int, int]) -> bool:
        """The noun phrase after a coordinated call ('ودعا الأطباء في بلدتي قباسين وبزاعة
        إلى') runs, within its clause, into the call's إلى or على: it is whom the call is
        addressed to."""
        ends = stance_word_list("call_objects")
        for k in range(phrase[0] + 1, min(len(self.toks), phrase[1] + 5)):
            if self.breaks[k]:
                return False
            if self.toks[k].norm in ends:
                return True
        return False

    def _before_quoted_accused(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """'اتهم المجلس المحلي لمدينة منبج "خلايا تابعة لقسد" بالوقوف وراءه': a quotation after
        the accuser, closed right before the charge (ب + a verbal noun), is the party accused,
        no part of the accuser ('اتهم قائد "لواء شهداء الإسلام" قوات النظام بـ' keeps the
        quoted name: the charge does not follow it)."""
        first, stop = phrase
        for k in range(first + 1, min(stop + 1, len(self.toks))):
            if not set(self.text[self.toks[k - 1].end : self.toks[k].start]) & OPENING_QUOTES:
                continue
            j = k + 1
            while (
                j < len(self.toks)
                and not set(self.text[self.toks[j - 1].end : self.toks[j].start]) & CLOSING_QUOTES
            ):
                if self.breaks[j] or j - k > self.rules.max_words:
                    return phrase
                j += 1
            if j < len(self.toks) and with_b(self.toks[j]):
                return (first, k)
            return phrase
        return phrase

    def _before_blame(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """'وحمّل الائتلاف الوطني روسيا مسؤولية مقتل': the blame noun and what follows it are
        the charge, no part of the accuser."""
        first, stop = phrase
        for k in range(first + 1, stop):
            if self.toks[k].stems() & self.rules.blame_nouns:
                return (first, k)
        return phrase

    def _country_after_name(self, k: int, first: int) -> bool:
        """'الائتلاف الوطني | روسيا', 'تركيا | روسيا': a country's name after a definite word
        or another country opens a second noun phrase, the party accused; after an indefinite
        noun it is the construct's ('وزير خارجية تركيا')."""
        if k <= first or self.toks[k].norm not in country_names():
            return False
        before = self.toks[k - 1].norm
        return before.startswith(("ال", "وال")) or before in country_names()

    def _split_parties(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """The subject of a verb with a party as its object: up to where that party starts
        ('فعاليات محلية | ميليشيا حزب الله', 'الوزارة | الفصائل', 'العشائر | قسد', a
        country: 'الائتلاف الوطني | روسيا')."""
        first, stop = phrase
        hits = [
            hit
            for hit in [*self.rules.kinds.scan(self.toks[first:stop]), *self._names_in(phrase)]
            if "party" in hit.payloads
            and not self._governed(first + hit.first, hit.words[0])
            and not self._linked_after_head(first + hit.first, first)
        ]
        starts = sorted(
            {first + hit.first for hit in hits}
            | {k for k in range(first + 1, stop) if self._country_after_name(k, first)}
        )
        construct = not self.toks[first].norm.startswith(("ال", "وال")) and not (
            self.rules.kinds.match(self.toks, first) or self.rules.names.match(self.toks, first)
        )  # 'قيادة الجيش' is one name; 'ناشطون قوات الأمن' a speaker and the party accused
        if starts and starts[0] > first and not (starts[0] == first + 1 and construct):
            return (first, self._noun_phrase_start(starts[0], first))  # ('قيادة الجيش': one)
        lead = first + 1 if starts and starts[0] > first else first
        lead = max((first + h.stop for h in hits if first + h.first == lead), default=lead)
        while lead in starts and not self.toks[lead - 1].norm.startswith(("ال", "وال")):
            # 'وزارة الدفاع الروسية': a noun in construct with the next is one name
            lead = max(first + h.stop for h in hits if first + h.first == lead)
        later = [k for k in starts if k >= lead]
        return (first, self._noun_phrase_start(min(later), first)) if later else phrase

    def _noun_phrase_start(self, k: int, first: int) -> int:
        """'مصدر في وزارة الداخلية | خلايا تنظيم داعش': a bare noun right after a definite
        word, heading the construct whose party name starts at token k, opens the second
        noun phrase with it (a definite word ends the construct before it)."""
        j = k - 1
        if j - 1 < first or self.toks[j].norm.startswith(("ال", "وال")) or self._is_stop(j):
            return k
        if self.breaks[j] or self.breaks[k] or self._cue_at(j) is not None:
            return k
        return j if self.toks[j - 1].norm.startswith(("ال", "وال")) else k

    def _first_party(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """'وأمهلت العشائر قسد 48 ساعة', 'وطالب الجيش التركي الفصائل بـ': a verb of two parties
        names its subject first; a party after a first one is its object."""
        first, stop = phrase
        split = self._split_parties(phrase)
        lead = [h for h in self.rules.kinds.scan(self.toks[first:stop]) if h.first == 0]
        lead += [h for h in self._names_in(phrase) if h.first == 0]
        if lead and any("party" in h.payloads for h in lead):
            return split
        # 'وناشد المجلس المحلي المنظمات الدولية': a second known speaker right after the
        # first, opening with the article, is whom the subject addresses
        hits = sorted(
            [*self.rules.kinds.scan(self.toks[first:stop]), *self._names_in(phrase)],
            key=lambda h: (h.first, -h.stop),
        )
        if hits and hits[0].first == 0:
            end = hits[0].stop
            after = next((h.first for h in hits if h.first >= end), None)
            definite = after is not None and self.toks[first + after].norm[:2] == "ال"
            if (
                after is not None
                and definite
                and (after == end or self._of_complement(first + end, first + after))
            ):
                return (first, first + after)
        return phrase

    def _of_complement(self, start: int, stop: int) -> bool:
        """'المجلس المحلي | لمدينة دوما | المنظمات الدولية': a short ل-complement naming whose
        body it is (a place), no word of it definite, between a speaker and a definite noun:
        that noun opens the next noun phrase, the one addressed."""
        if not 0 < stop - start <= 3 or not self.toks[start].norm.startswith("ل"):
            return False
        if self.toks[start].norm.startswith("ال"):
            return False
        if any(self.breaks[k] for k in range(start + 1, stop + 1)):
            return False
        return not any(self.toks[k].norm.startswith("ال") for k in range(start + 1, stop))

    def _linked_after_head(self, k: int, first: int) -> bool:
        """'مصدر في | وزارة الداخلية': a party word after a speaker head's link (في، من),
        or going on with the indefinite construct begun right after it, is the body the
        speaker belongs to, not a second party ('مصدر في المعارضة | قوات النظام' is)."""
        j = k - 1
        while j > first and not self.toks[j].norm.startswith("ال"):
            if self._head_link(j):
                return True
            j -= 1
        return False

    def _names_in(self, phrase: tuple[int, int]) -> list[Any]:
        return self.rules.names.scan(self.toks[phrase[0] : phrase[1]])

    def _governed(self, k: int, word: str) -> bool:
        """'بالنظام', 'للتنظيم': a party word after a preposition is no noun of its own."""
        norm = self.toks[k].norm
        prefix = norm[: len(norm) - len(word)] if norm.endswith(word) else ""
        prefix = prefix[:-2] if prefix.endswith("ال") else prefix
        return any(p in prefix for p in ("ب", "ل", "ك"))

    def _warned(self, cue: Cue, phrase: tuple[int, int], previous: Cue | None) -> bool:
        """'وحذر الأجهزة الأمنية من أي محاولة': a coordinated warning in an earlier speaker's
        sentence names whom it warns (before من), not a new speaker."""
        word = cue.word
        if word[:1] != "و" or word[1:] not in self.rules.warn_verbs:
            return False
        if not self._same_sentence(cue, previous) or phrase[1] >= len(self.toks):
            return False
        return self.toks[phrase[1]].norm == fold("من")

    def _from_at(self, k: int) -> bool:
        return k < len(self.toks) and self.toks[k].norm == fold("عن")

    def _plural_verb(self, cue: Cue) -> bool:
        """'هددوا', 'توعدوا': a verb in the third person plural."""
        return cue.word.endswith("وا")

    def _reported_threat(self, cue: Cue, previous: Cue | None) -> bool:
        """'وقال مصدر إن الخاطفين طالبوا بفدية وهددوا بقتلهما': a plural threat verb with no
        subject of its own after an earlier speaker's 'إن' in the same sentence is part of
        what that speaker reports (the kidnappers threatened), not the speaker's threat."""
        if cue.stance != "intends" or cue.according or not self._plural_verb(cue):
            return False
        if previous is None or self.sentence[previous.first] != self.sentence[cue.first]:
            return False
        markers = self.rules.speech_markers
        said = [k for k in range(previous.stop, cue.first) if self.toks[k].norm in markers]
        # 'إن الخاطفين طالبوا بفدية وهددوا': the threat goes on a plural verb of the report;
        # 'نفى وجهاء أن يكون للمعتقلين صلة، وتوعدوا': the speakers' own threat
        return bool(said) and any(
            len(self.toks[k].norm) > 3 and self.toks[k].norm.endswith("وا")
            for k in range(said[0] + 1, cue.first)
        )

    def _deliverer(self, cue: Cue, index: int) -> tuple[int, int] | None:
        """'كما ألقى الشيخ حكمت الهجري كلمة ...، أكد فيها أن': a verb speaking 'in it' has the
        subject of the verb that delivered the speech or statement earlier in its sentence."""
        if cue.stop >= len(self.toks) or self.toks[cue.stop].norm not in self.rules.in_it:
            return None
        k = cue.first - 1
        while k >= 0 and self.sentence[k] == self.sentence[cue.first]:
            norm = self.toks[k].norm
            bare = (
                norm[1:]
                if norm[:1] in ("و", "ف") and norm[1:] in self.rules.deliver_verbs
                else norm
            )
            if bare in self.rules.deliver_verbs:
                phrase = self._phrase_after(k + 1, index)
                if phrase is None:
                    return None
                delivered = (
                    self.rules.statement_nouns | self.rules.speeches
                )  # 'ألقى الهجري كلمة': the speech
                end = next(
                    (j for j in range(*phrase) if self.toks[j].stems() & delivered), phrase[1]
                )
                return (phrase[0], end) if end > phrase[0] else None
            k -= 1
        return None

    def _earlier_subject(
        self, cue: Cue, previous: Cue | None, index: int
    ) -> tuple[int, int] | None:
        """'احتجز مسلحون محليون ... ثمانية ركاب، وهددوا بعدم الإفراج عنهم': a coordinated
        plural verb with no subject and no speaker earlier in its sentence has the subject of
        an earlier clause of that sentence (the words after the clause's verb), when those
        words name a kind of speaker."""
        if not self._plural_verb(cue) or not cue.word.startswith(("و", "ف")):
            return None
        sentence = self.sentence[cue.first]
        if previous is not None and self.sentence[previous.first] == sentence:
            return None
        k = cue.first - 1
        while k >= 0 and self.sentence[k] == sentence:
            if self.breaks[k] and k + 1 < cue.first:
                phrase = self._phrase_after(k + 1, index)
                if phrase is not None and self._classify(phrase, index) is not None:
                    return phrase
            k -= 1
        return None

    def _opener_subject(self, cue: Cue, previous: Cue | None, index: int) -> tuple[int, int] | None:
        """'أعلن الشيخ ... التوصل إلى تفاهم، في حين رفض "المجلس العسكري" التفاهم، وتوعد بالرد':
        a coordinated verb with no subject of its own, after a clause opener (في حين, فيما,
        بينما) whose verb has a subject of a speaker's kind, goes on with that subject, not
        with the speaker before the opener."""
        if cue.word[:1] != "و" or previous is None or not self._same_sentence(cue, previous):
            return None
        for k in range(cue.first - 2, previous.stop - 1, -1):
            hit = self.rules.openers.match(self.toks, k)
            if hit is None or hit.stop + 1 >= cue.first:
                continue
            phrase = self._phrase_after(hit.stop + 1, index)
            if phrase is not None and phrase[1] < cue.first and self._classify(phrase, index):
                return phrase
            return None
        return None

    def _quoted_first_person(self, cue: Cue) -> bool:
        """'وأضاف البيان: "ننفي ما ..."', 'وقالت القيادة: "... ونحذر من"': a first-person verb
        inside a quotation another cue opened speaks for that cue's speaker, not the text."""
        if self._stem_of(cue) not in self.rules.first_person_verbs:
            return False
        opener = self._quoting_cue(cue.start)
        if opener is None or opener.speaker is None:
            return False
        cue.own = False
        cue.speaker, cue.speaker_kind = opener.speaker, opener.speaker_kind
        return True

    def _quoted_verb(self, cue: Cue, previous: Cue | None) -> bool:
        """'قوله إن "النقص في الأدوية يهدد حياة الجرحى". وتابع': a third-person verb inside a
        quotation opened after an earlier speaker's cue in its paragraph is part of the quoted
        words, no new speaker; the next 'وتابع' goes on with the earlier speaker."""
        if previous is None or previous.speaker is None or cue.first == 0:
            return False
        if self._stem_of(cue) in self.rules.participles:
            return False
        opened = self._open_quote_before(cue.start)
        if opened is None:
            return False
        line_start, quote_at = opened
        return line_start <= previous.start and previous.end <= quote_at

    def _quoting_cue(self, start: int) -> Cue | None:
        """'وقال المرصد: "استهدف القصف السوق. وقتل 5 مدنيين"': a claim inside a quotation
        that a reporting verb opened, sentences earlier in the same paragraph."""
        opened = self._open_quote_before(start)
        if opened is None:
            return None
        line_start, quote_at = opened
        cues = [c for c in self.cues if line_start <= c.start and c.end <= quote_at]
        if not cues or cues[-1].speaker is None:
            return None
        gap = SITE_DOT.sub("", self.text[cues[-1].end : quote_at])  # 'لـ"العربية.نت" عبر سكايب:'
        return cues[-1] if len(gap) <= 80 and not SENTENCE_END.search(gap) else None

    def _open_quote_before(self, start: int) -> tuple[int, int] | None:
        """The start of ``start``'s line and the quotation mark opened before ``start`` on
        it and not closed by then (« or “, else an odd straight quote), else None."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        opening = max(before.rfind("«"), before.rfind("“"))
        if opening < 0 or max(before.rfind("»"), before.rfind("”")) > opening:
            opening = before.rfind('"') if before.count('"') % 2 else -1
        return None if opening < 0 else (line_start, line_start + opening)

    def _accusative(self, k: int) -> bool:
        """'مقطعاً', 'بياناً': a word marked indefinite accusative (tanween on its alif) right
        after a verb is its object; a subject there is nominative ('مصدرٌ', bare 'مصدر')."""
        return self.toks[k].text.endswith(("اً", "ًا"))

    def _of_that(self, k: int) -> bool:
        """'من أن' right after a verb ('حذر من أن', 'يحذّر من أن'): what is warned of follows;
        a preposition opens no subject."""
        return (
            self.toks[k].norm == fold("من")
            and k + 1 < len(self.toks)
            and self.toks[k + 1].norm in self.rules.speech_markers
        )

    def _own_cue(self, cue: Cue) -> None:
        """'نؤكد': the statement's own voice; 'قيل' / 'يُرجّح': nobody named, unless social media
        is named before it in the sentence ('انتشرت على مواقع التواصل صور قيل إنها')."""
        if cue.stance != "hearsay" or self.breaks[cue.first]:
            return  # '...على تويتر، ويُعتقد أن': a hedge opening its own clause names nobody
        k = cue.first - 1
        while k >= 0 and self.sentence[k] == self.sentence[cue.first]:
            if self.breaks[k] and self.rules.openers.match(self.toks, k) is not None:
                return  # '..., فيما أُفيد بنزوح ...': a new clause, nobody named in it
            hit = self.rules.kinds.match(self.toks, k)
            if hit is not None and "social" in hit.payloads:
                cue.speaker, cue.speaker_kind = (k, hit.stop), "social"
                return
            k -= 1

    def _spokesman(self, cue: Cue, previous: Cue | None) -> bool:
        """'توعدت عشيرة X على لسان أحد وجهائها': على لسان right after a verb's speaker names
        its spokesman; the verb's speaker and stance hold for what follows."""
        if not cue.according or previous is None or previous.according:
            return False
        relay = cue.word.startswith(self.rules.relay_according)
        if relay and (not self.breaks[cue.first] or previous.stance == "asserts"):
            return False  # 'ذكرت وكالة رويترز[،] نقلاً عن الدفاع المدني[،] أن': the inner source
            # speaks; a denial between commas ('نفت الوزارة، نقلاً عن مركز ...،') stays hers
        if previous.speaker is None or previous.speaker[1] != cue.first:
            return False
        if not self._open(cue.first) and not self._aside(cue):
            return False  # 'ونفت "هيئة تحرير الشام" على لسان': a quote mark only
        cue.speaker, cue.speaker_kind = previous.speaker, previous.speaker_kind
        cue.stance = previous.stance
        return True

    def _unnamed_reports(self, phrase: tuple[int, int]) -> bool:
        """'تحدثت أنباء عن', 'بحسب روايات متداولة بين السكان': reports nobody signs are the
        text passing on hearsay, unless a kind of source qualifies them ('أنباء رسمية')."""
        first, stop = phrase
        if not self.toks[first].stems() & self.rules.report_nouns:
            return False
        if first + 1 < stop and self.rules.kinds.match(self.toks, first + 1) is not None:
            return False
        return self.rules.names.match(self.toks, first + 1) is None if first + 1 < stop else True

    def _tally_object(self, phrase: tuple[int, int]) -> bool:
        """'أعلن صباحاً حصيلة من 255 قتيلاً': an indefinite tally right after a verb is its
        object, not its subject."""
        first = phrase[0]
        tok = self.toks[first]
        if not tok.stems() & self.rules.count_nouns or tok.norm.startswith("ال"):
            return False
        # its count follows ('حصيلة من 255'); 'أشارت عدد من المصادر' names the speakers
        return any(t.norm.isdigit() for t in self.toks[first + 1 : first + 3])

    def _unsigned_tally(self, phrase: tuple[int, int], index: int) -> bool:
        """'حصيلة أولية صدرت أمس', 'إحصائية جديدة': a statement or tally naming no author
        is the text's own account."""
        first = phrase[0]
        nouns = self.rules.statement_nouns | self.rules.count_nouns
        if not self.toks[first].stems() & nouns or self.toks[first].norm.startswith("ال"):
            return False
        return self._classify(phrase, index) is None and not self._names_in(phrase)

    def _aside(self, cue: Cue) -> bool:
        """'نفت وزارة الدفاع الروسية، نقلاً عن مركز المصالحة، تنفيذ ...': an according-to
        phrase between commas right after a verb's speaker names that speaker's source; the
        verb's speaker and stance hold for what follows."""
        k = cue.first
        if self.text[self.toks[k - 1].end : self.toks[k].start].strip() not in ("،", ","):
            return False
        k = cue.stop
        while k < len(self.toks) and self.toks[k].norm in self.rules.according_skip:
            k += 1
        phrase = self._phrase_after(k, 0)
        end = phrase[1] if phrase is not None else len(self.toks)
        while end < len(self.toks) and not self.breaks[end]:
            end += 1  # 'مركز المصالحة في قاعدة حميميم': the source's place goes with it
        if end >= len(self.toks) or self.sentence[end] != self.sentence[cue.first]:
            return False
        return self.text[self.toks[end - 1].end : self.toks[end].start].strip() in ("،", ",")
