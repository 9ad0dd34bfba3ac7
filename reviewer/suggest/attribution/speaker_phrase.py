"""Where a speaker's phrase begins and ends around a reporting cue: the words after a
verb (verb-subject order) up to a clause opener, whom the speaker told ('لعنب بلدي'), a
medium ('على مواقع التواصل') or a bracketed alias; else the subject before the verb
('المرصد يوثق', 'أما المرصد فقال', 'كان X قد ...').
"""

from __future__ import annotations

from reviewer.suggest.attribution.forms import (
    ALIAS_WORDS,
    ASIDE_WORDS,
    HEADER_WORDS,
    QUOTES,
    with_b,
)
from reviewer.suggest.attribution.records import Cue
from reviewer.suggest.attribution.speaker_kind import SpeakerKinds
from reviewer.suggest.attribution.speaker_lexicon import lexicon_word_list, not_apposition
from reviewer.suggest.text import Tok, fold


class SpeakerPhrases(SpeakerKinds):
    """The token range of a speaker around a cue."""

    def _phrase_after(
        self,
        k: int,
        cue_index: int,
        object_with_b: bool = False,
        source_noun: bool = False,
        object_with_min: bool = False,
    ) -> tuple[int, int] | None:
        """Token range of the speaker phrase starting at token ``k`` (None if empty).

        ``object_with_b``: the verb takes its object with ب (توعد بالتصعيد، طالب بالتحقيق),
        which ends it; ``object_with_min``: with من (حذر من كارثة)."""
        rules = self.rules
        n = len(self.toks)
        while k < n and not self.breaks[k] and (hit := rules.time.match(self.toks, k)):
            k = hit.stop
        if k < n and not self.breaks[k] and self.toks[k].norm in self.rules.object_pronouns:
            k += 1  # 'وفق ما أفاد به مراسلنا': the verb's object pronoun, then its subject
        if k < n and not self.breaks[k] and self.toks[k].norm in self.rules.self_emphasis:
            return None  # 'الهفل، أعلن بنفسه النفير العام': 'himself', the subject was before
        called = rules.so_called.match(self.toks, k) if k < n and not self.breaks[k] else None
        if called is not None and called.stop < n:
            k = called.stop  # 'توعد ما يسمى "المجلس العسكري"': the name is the speaker
        first = k
        if k < n and not self.breaks[k] and self._addressee(self.toks[k]) and not source_noun:
            return None  # 'وقال لموقع تلفزيون سوريا إن': whom he told ('وفقاً للمرصد': the source)
        if k < n and not self.breaks[k] and not source_noun and self._told_network(k):
            k = self._told_name_end(k)  # 'وتحدث لراديو روزنة ناشط من البلدة': after whom
            first = k
            if k >= n or self.breaks[k] or self.toks[k].norm in rules.speech_markers:
                return None  # 'وقال لعين الفرات إن': no subject after whom he told
        if k < n and self.toks[k].norm in rules.object_nouns:
            return None  # 'ونفت الأنباء التي تحدثت عن': the object of the verb
        while k < n and k - first < rules.max_words:
            if self.breaks[k] and not self._break_is_quote(k) and not self._title_after(first, k):
                break
            through = self._name_through_stop(k)
            if through is not None:
                k = through  # 'شبكة سي إن إن': a known name with a stop word inside it
                continue
            tok = self.toks[k]
            inside = k > first and tok.norm in rules.inside and self._headed(first, k)
            inside = inside or self._sent_to(first, k)
            if not inside and (self._is_stop(k) or self._cue_at(k) is not None):
                break
            if self._counts(k) and not (source_noun and k == first):
                break  # 'وثق ارتفاع حصيلة'; but 'بحسب حصيلة للدفاع المدني' names its source
            if tok.norm.isdigit() and not (k > first and tok.norm in self.rules.network_numbers):
                break  # a count starts the claim; 'درعا 24' is a network's name
            if rules.time.match(self.toks, k) is not None and not self._in_quoted_name(first, k):
                break  # 'صفحة "جرمانا اليوم"': a time word inside a quoted name is the name's
            if tok.norm in rules.self_emphasis:
                break  # 'وأعلن محافظ درعا بنفسه أن': 'himself' ends the name
            if object_with_b and with_b(tok) and not (k > first and tok.norm == fold("باسم")):
                break  # 'توعد المتحدث باسم الفصيل بالرد': 'in the name of' is the spokesman's
            if object_with_min and k > first and tok.norm == fold("من"):
                break  # 'وحذرت الأمم المتحدة من كارثة': what it warns of
            if k > first and self._object_after_subject(k):
                break  # 'ونفى المجلس العسكري الاتهامات': the verb's object after its subject
            if k > first and self._reported_object(k):
                break  # 'تناقلت وسائل إعلام محلية أنباء عن': what they pass on
            if k > first and self._indefinite_object(tok):
                break  # 'بث ناشطون مقطعاً', 'أصدرت القيادة بيانا': the verb's object, no name
            if k > first and self._object_after_plural(k):
                break  # 'وصف ناشطون الهجوم الذي ...': the verb's object, no part of them
            told = self._addressee(tok) or self._told_outlet(k)
            if k > first and told and not self._statement_before(first, k):
                break  # 'إحصائية للتجمع', 'التقرير الشهري للتجمع': the author, not an addressee
            k += 1
        while k > first + 1 and self.toks[k - 1].norm in rules.inside:
            k -= 1  # 'وشككت مصادر محلية في رواية النظام': the link opens the object, no name
        if k == first:
            return None
        name = rules.names.match(self.toks, first)
        if name is not None and name.stop < k:
            k = name.stop
        return (first, self._parenthesis(self._media_link(k, first)))

    def _in_quoted_name(self, first: int, k: int) -> bool:
        """Token k sits inside a quotation opened after the phrase's first token ('صفحة
        "جرمانا اليوم"', 'قناة «سوريا اليوم»'), the quotation still open before it."""
        if k <= first:
            return False
        span = self.text[self.toks[first].end : self.toks[k].start]
        return span.count('"') % 2 == 1 or span.count("«") > span.count("»")

    def _object_after_subject(self, k: int) -> bool:
        """'ونفى المجلس العسكري الاتهامات', 'وأكد مصدر محلي صحة الأنباء': an object noun
        (attribution.json 'object_nouns') after a definite word or a nisba adjective is the
        verb's object, the subject ended before it; after a bare noun it is that noun's
        genitive ('وكالة الأنباء')."""
        tok, before = self.toks[k], self.toks[k - 1].norm
        if tok.norm not in self.rules.object_nouns or tok.norm == fold("أي"):
            return False
        return before.startswith("ال") or before.endswith("ي")

    def _sent_to(self, first: int, k: int) -> bool:
        """'المبعوث الأممي إلى سوريا ستيفان دي ميستورا': إلى after an envoy (ambassador,
        representative) names where he is sent, inside the speaker; not 'إلى أن'."""
        if k <= first or k + 1 >= len(self.toks) or self.toks[k].norm not in (fold("إلى"), "الى"):
            return False
        if self.breaks[k + 1] or self.toks[k + 1].norm in self.rules.that_words:
            return False
        return any(self.toks[j].norm in self.rules.envoy_heads for j in range(first, k))

    def _title_after(self, first: int, k: int) -> bool:
        """'قائد "لواء شهداء الإسلام" النقيب أبو جمال': a person's title right after the
        closing quote of a name the phrase opened goes on with the same speaker."""
        if not self._closes_name(first, k):
            return False
        return self.toks[k].norm in self.rules.person_titles or self._name_then_said(k)

    def _name_then_said(self, k: int) -> bool:
        """'الناطق باسم "جيش الإسلام" حمزة بيرقدار، في تصريحات': up to three words of a name
        after the quotes, closed by a comma, by أن/إن or by whom he told ('للجزيرة نت', set
        35); a definite word there describes the
        name ('شبكة "دير الزور 24" المحلية،'), no person follows."""
        if self.toks[k].norm.startswith(("ال", "وال")):
            return False
        for j in range(k, min(k + 4, len(self.toks))):
            if j > k and self.breaks[j]:
                gap = self.text[self.toks[j - 1].end : self.toks[j].start].strip()
                return gap in ("،", ",")
            tok = self.toks[j]
            if j > k and tok.norm in self.rules.speech_markers:
                return True
            if j > k and (self._addressee(tok) or self._told_outlet(j)):
                return True  # '"الجبهة الوطنية للتحرير" أبو محمد الشامي للجزيرة نت إن'
            if (
                self._is_stop(j)
                or self._cue_at(j) is not None
                or self._verb_stem(tok) is not None
                or tok.norm.isdigit()
                or self.rules.time.match(self.toks, j) is not None
                or self._addressee(tok)
            ):
                return False
        return False

    def _indefinite_object(self, tok: Tok) -> bool:
        """'مقطعاً', 'بياناً': an indefinite accusative (tanween on its alif); also a statement
        noun typed with its alif but no tanween ('بيانا', 'تقريرا'), as many outlets write it."""
        if tok.text.endswith(("ً", "اً")):
            return True
        return tok.norm.endswith("ا") and tok.norm[:-1] in self.rules.statement_nouns

    def _object_after_plural(self, k: int) -> bool:
        """'وصف ناشطون الهجوم', 'اعتبر مسعفون القصف': a definite word right after an
        indefinite plural in -ون cannot belong to it (its construct drops the ن, 'ناشطو
        المدينة', and its adjectives are indefinite), so it opens the verb's object; an
        outlet's noun in -ون ('تلفزيون الدولة') is no plural."""
        prev = self.toks[k - 1].norm
        if not self.toks[k].norm.startswith("ال") or prev.startswith(("ال", "وال")):
            return False
        if not prev.endswith("ون") or len(prev) < 5:
            return False
        kind = self.rules.kinds.match(self.toks, k - 1)
        return kind is None or "outlet" not in kind.payloads

    def _name_through_stop(self, k: int) -> int | None:
        """The end of a known speaker's name starting at token k that has a stop word in it
        ('سي إن إن', 'مجموعة العمل من أجل فلسطينيي سوريا', 'بان كي مون'), else None."""
        hits = [self.rules.kinds.match(self.toks, k), self.rules.names.match(self.toks, k)]
        stop = max((hit.stop for hit in hits if hit is not None), default=k)
        if stop - k < 2 or any(self.breaks[j] for j in range(k + 1, stop)):
            return None
        return stop if any(self._is_stop(j) for j in range(k, stop)) else None

    def _headed(self, first: int, k: int) -> bool:
        """'مصدر في الأمن العام', 'مسؤول برنامج إزالة الذخائر في المنظمة': في/من after a
        speaker head, or after the words its head governs, goes on with the speaker."""
        if self._is_head(k - 1):
            return True
        medium = k + 1 < len(self.toks) and self.toks[k + 1].stems() & self.rules.statement_nouns
        return (
            self._is_head(first)
            and not medium  # 'قائد الفصيل في تسجيل مصور': where he spoke, not whom he serves
            and not any(self.toks[j].norm in self.rules.inside for j in range(first + 1, k))
        )

    def _parenthesis(self, k: int) -> int:
        """'وكالة الأنباء السورية (سانا)', 'قوى الأمن الداخلي (الأسايش)': a short name in
        brackets right after a speaker is that speaker's other name."""
        if k == 0 or k >= len(self.toks):
            return k
        if self.text[self.toks[k - 1].end : self.toks[k].start].strip() != "(":
            return k
        for j in range(k, min(k + ALIAS_WORDS, len(self.toks))):
            after = self.text[
                self.toks[j].end : self.toks[j + 1].start
                if j + 1 < len(self.toks)
                else len(self.text)
            ]
            if ")" in after:
                return j + 1
            if self.breaks[j + 1] if j + 1 < len(self.toks) else True:
                return k
        return k

    def _told_outlet(self, k: int) -> bool:
        """'قال أحد أقاربهما لعنب بلدي': ل + a news outlet's name is whom the speaker told."""
        tok = self.toks[k]
        if not tok.norm.startswith("ل") or tok.norm.startswith("ال"):
            return False
        if tok.stems() & self.rules.correspondents:
            return True  # 'قالت المصادر لمراسل الأناضول'
        if self._names_own_source((k, min(k + HEADER_WORDS, len(self.toks))), at_start=True):
            return True  # 'قال مصدر محلي لفرات بوست' in Furat Post's own text
        hit = self.rules.names.match(self.toks, k)
        if hit is not None and "outlet" in hit.payloads:
            return True
        return self._told_network(k)

    def _told_name_end(self, k: int) -> int:
        """The token after the outlet's or network's name told at token k."""
        network = self.rules.networks.match(self.toks, k)
        if network is not None:
            return network.stop  # 'لعين الفرات'
        hit = self.rules.kinds.match(self.toks, k)
        k = hit.stop if hit is not None else k + 1
        while k < len(self.toks) and not self.breaks[k] and self._unknown_name(k):
            k += 1  # 'لراديو روزنة': the name after the medium's noun
        return k

    def _unknown_name(self, k: int) -> bool:
        """A word no index knows (a medium's own name after its noun, 'روزنة')."""
        return (
            not self._is_stop(k)
            and self.toks[k].norm not in self.rules.speech_markers
            and self.rules.kinds.match(self.toks, k) is None
            and self.rules.names.match(self.toks, k) is None
            and self._verb_stem(self.toks[k]) is None
            and not self._is_head(k)
        )

    def _told_network(self, k: int) -> bool:
        """'لأورينت نت', 'وقال لعين الفرات إن': ل glued to an outlet's or a local network's
        name (the name starting after the ل) is whom the speaker told."""
        tok = self.toks[k]
        if not tok.norm.startswith("ل") or tok.norm.startswith("ال"):
            return False
        hit = self.rules.kinds.match(self.toks, k)
        if hit is not None and hit.start > tok.start and hit.payloads == ("outlet",):
            return True
        hit = self.rules.networks.match(self.toks, k)
        return hit is not None and hit.start > tok.start

    def _statement_before(self, first: int, k: int) -> bool:
        return any(self.toks[j].stems() & self.rules.statement_nouns for j in range(first, k))

    def _addressee(self, tok: Tok) -> bool:
        """'قال مصدر للتجمع', 'لوكالة رويترز', 'لـ"عنب بلدي"': ل + a news outlet (or ل alone
        before a quoted name) is whom the speaker told."""
        if tok.norm == "ل":
            return True
        if not tok.norm.startswith("ل"):
            return False
        told = self.rules.addressees
        return any(
            where > tok.start and (stem in told or "ال" + stem in told)
            for where, stem, _ in tok.readings
        )

    def _media_link(self, k: int, first: int | None = None) -> int:
        """'ناشطون على مواقع التواصل': the medium after على/عبر belongs to the speaker; a
        body's own account ('أفادت الحملة عبر حسابها على تويتر') is only where it spoke,
        an activist's own page ('كتب ناشط على صفحته') makes him a social-media voice."""
        if k + 1 >= len(self.toks) or self.toks[k].norm not in self.rules.media_links:
            return k
        persons = self.rules.activists | lexicon_word_list("page_persons")
        person = first is not None and bool(self.toks[first].forms() & persons)
        if self.toks[k + 1].norm in self.rules.own_media and not person:
            return k
        closed = first is not None and self._closes_name(first, k)  # '«دمشق الآن» على تلغرام'
        if (self.breaks[k] and not closed) or self.breaks[k + 1]:
            return k
        hit = self.rules.kinds.match(self.toks, k + 1)
        missed = hit is None or "social" not in hit.payloads
        if missed and k + 2 < len(self.toks) and self._open(k + 2):
            hit = self.rules.kinds.match(self.toks, k + 2)  # 'على مجموعات "واتساب"
        if hit is None or "social" not in hit.payloads:
            return k
        end = hit.stop
        if (
            end < len(self.toks)
            and not self.breaks[end]
            and self.toks[end].norm == self.rules.social_adjective
        ):
            end += 1  # 'مواقع التواصل الاجتماعي'
        return end

    def _quoted_object(self, phrase: tuple[int, int], index: int) -> bool:
        """A phrase opening with a quotation mark right after the verb, naming no known
        kind of speaker, is the quoted object ('تعلن "إعادة انتشار"'), not a speaker."""
        k = phrase[0]
        if k == 0 or self._after_so_called(k):
            return False  # 'توعد ما يسمى "جيش الساحل"': a name follows 'so-called'
        gap = self.text[self.toks[k - 1].end : self.toks[k].start]
        return any(q in gap for q in QUOTES) and self._classify(phrase, index) is None

    def _after_so_called(self, k: int) -> bool:
        """'ما يسمى' ('so-called') ends right before token k."""
        for j in range(max(0, k - 4), k):
            hit = self.rules.so_called.match(self.toks, j)
            if hit is not None and hit.stop == k:
                return True
        return False

    def _describes_object(self, k: int) -> bool:
        """'صوراً قالت إنها', 'مقطعاً مصوراً قالوا إنه': a verb right after an indefinite
        accusative describes that object; 'لكن مصدراً عسكرياً نفى' has it as subject."""
        j = k
        while j > 0 and not self.breaks[j] and self._indefinite_object(self.toks[j - 1]):
            j -= 1
        if j == k:
            return False
        opener = self.toks[j - 1].norm if j > 0 and not self.breaks[j] else ""
        return opener not in self.rules.subject_openers

    def _time_aside(self, k: int) -> int | None:
        """'، السبت، ' right before token k: the start of a time between commas, else None."""
        j = k - 1
        while j >= 0 and not self.breaks[j]:
            j -= 1
        if j <= 0:
            return None
        at = j
        while at < k:
            hit = self.rules.time.match(self.toks, at)
            if hit is None:
                return None
            at = hit.stop
        if at != k or self.sentence[j - 1] != self.sentence[k]:
            return None
        gap = self.text[self.toks[j - 1].end : self.toks[j].start].strip()
        return j if gap in ("،", ",") else None

    def _name_aside(self, k: int) -> int | None:
        """'وكان قائد اللواء الثامن، أحمد العودة، قد هدد': a person's name between commas
        right before 'قد' (token k), a few words with no verb, stands between the role that is
        the subject and its verb; its first token, else None."""
        if "،" not in self.text[self.toks[k - 1].end : self.toks[k].start]:
            return None
        j = k - 1
        while j > 0 and not self.breaks[j] and k - j <= 4:
            j -= 1
        if not self.breaks[j] or k - j > 4 or j == 0 or self.sentence[j - 1] != self.sentence[k]:
            return None
        if "،" not in self.text[self.toks[j - 1].end : self.toks[j].start]:
            return None
        if any(self._verb_stem(self.toks[i]) is not None for i in range(j, k)):
            return None
        return j

    def _relative_aside(self, k: int) -> int | None:
        """'غير أن حملة «الرقة تذبح بصمت»، التي يديرها ناشطون من داخل المدينة، أفادت بأن': a
        relative clause between commas right before token k describes the subject before it
        and stands between it and its verb; its first token (the relative), else None. The
        comma before it may follow the quotes or bracket closing the subject's name."""
        j = k - 1
        while j > 0 and not self.breaks[j]:
            j -= 1
        if j <= 0 or k - j > 2 * self.rules.max_words or self.sentence[j - 1] != self.sentence[k]:
            return None
        if self._bare(self.toks[j].norm) not in self.rules.relatives:
            return None
        before = self.text[self.toks[j - 1].end : self.toks[j].start].strip(' "»”)')
        after = self.text[self.toks[k - 1].end : self.toks[k].start].strip()
        if before not in ("،", ",") or after not in ("،", ","):
            return None
        return j

    def _anonymity_aside(self, k: int) -> int | None:
        """'غير أن ناشطاً من المدينة، طلب عدم الكشف عن اسمه، روى أن': a clause between commas
        right before token k saying how the speaker spoke (not_apposition words: طلب، شريطة،
        رفض ...) stands between the subject and its verb; its first token, else None."""
        j = k - 1
        while j > 0 and not self.breaks[j]:
            j -= 1
        if j <= 0 or k - j > 2 * self.rules.max_words or self.sentence[j - 1] != self.sentence[k]:
            return None
        if self.text[self.toks[j - 1].end : self.toks[j].start].strip() not in ("،", ","):
            return None
        if self.text[self.toks[k - 1].end : self.toks[k].start].strip() not in ("،", ","):
            return None
        if not self.toks[j].stems() & not_apposition():
            return None
        return j

    def _phrase_before(self, cue: Cue) -> tuple[int, int] | None:
        """The subject before a verb in its clause: 'المرصد يوثق', 'كان الجيش قد نفى'."""
        k = cue.first
        norm = self.toks[k].norm
        topic = self._amma_topic(k) if norm[:1] == "ف" else None
        before = self.toks[k - 1].norm if k > 0 else ""
        if topic is None and before in self.rules.perfect_particles and before[:1] == "ف":
            topic = self._amma_topic(k - 1)  # 'أما مركز المصالحة ...، فقد أعلن'
        if topic is not None:
            return topic  # 'أما المرصد السوري، فأفاد بمقتل'
        if self._after_where(k):
            return None  # '...، حيث أعلنت': حيث is no subject (see _where_subject)
        coordinated = norm[:1] in ("و", "ف") and norm not in self.rules.verbs  # وقال: a new clause
        if coordinated and norm[:1] == "ف" and self._amma_before(k):
            coordinated = False  # 'أما المرصد فقال إنه وثق': the topic before فـ is the subject
        if coordinated or cue.according:
            return None
        aside = self._time_aside(k) if self.breaks[k] else None
        if aside is None and self.breaks[k]:
            aside = self._anonymity_aside(k)  # 'ناشطاً، طلب عدم الكشف عن اسمه، روى أن'
        if aside is None and self.breaks[k]:
            aside = self._relative_aside(k)  # 'حملة «...»، التي يديرها ناشطون، أفادت'
        quoted = self._quoted_subject(k) if self.breaks[k] and aside is None else None
        if quoted is not None and quoted[1]:
            return (quoted[0], k)  # 'و"قسد" تنفي': the quoted name before the verb
        if self.breaks[k] and aside is None and quoted is None:
            return None
        if aside is not None:
            k = aside  # 'وكانت حصيلة سابقة للمرصد، السبت، أشارت': a time between commas
        if self._describes_object(k):
            return None  # 'نشرت الجبهة صوراً قالت إنها': the verb describes the object
        if k > 0 and not self.breaks[k] and self.toks[k - 1].norm in self.rules.perfect_particles:
            k -= 1  # كان الجيش قد نفى، أما المنظمة فقد ذكرت
            named = self._name_aside(k) if self.breaks[k] and aside is None else None
            if named is not None:  # 'وكان قائد اللواء الثامن، أحمد العودة، قد هدد'
                k = aside = named
        stop = k
        first = k if quoted is None else quoted[0]  # 'الإسرائيلية "كان" قالت': the name's quotes
        while (
            first > 0
            and (self._open(first) or first == aside or self._before_alias(first) is not None)
            and stop - first < self.rules.max_words
        ):
            alias = None if self._open(first) or first == aside else self._before_alias(first)
            prev = first - 1 if alias is None else alias
            medium = prev > 0 and self._media_link(prev) > first > prev
            if medium:
                first = prev  # 'وكانت قنوات محلية على تلغرام قد تداولت': the medium is theirs
                continue
            linked = aside is not None and self._head_link(prev)  # 'طبيباً في المشفى، طلب'
            if (self._is_stop(prev) and not linked) or self._cue_at(prev) is not None:
                break
            first = prev
            if not self._open(first):
                break
        words = [self.toks[i].norm for i in range(first, stop)]
        no_subject = self.rules.kana | self.rules.amma | self.rules.relatives
        no_subject |= lexicon_word_list("coordinators")  # '، ثم رفع الحصيلة': no subject
        while words and (words[0] in no_subject or self._bare(words[0]) in no_subject):
            words.pop(0)  # 'كان', 'أما', 'التي', and 'والتي تحدث فيها': no subject
            first += 1
        relative = bool(words) and words[-1] in self.rules.relatives
        while words and (
            words[-1] in self.rules.perfect_particles or words[-1] in self.rules.relatives
        ):
            words.pop()  # 'قد', and 'التي' of 'المعارضة التي تقول إن'
            stop -= 1
        if relative:  # 'واعتقلت دورية للأمن الناشطة التي قالت إن': the antecedent alone
            first = next(
                (j for j in range(max(first, stop - 5), stop) if self._ends_at(j, stop)), first
            )
        if first >= stop or self.rules.openers.match(self.toks, first) is not None:
            return None
        return self._subject_of_kana(first) or (first, stop)

    def _ends_at(self, j: int, stop: int) -> bool:
        """A speaker's kind or name starting at token ``j`` ends right before ``stop``."""
        hits = (self.rules.kinds.match(self.toks, j), self.rules.names.match(self.toks, j))
        return any(hit is not None and hit.stop == stop for hit in hits)

    def _before_alias(self, k: int) -> int | None:
        """'وكانت قوى الأمن الداخلي (الأسايش) قد أعلنت': a short name in brackets closing
        right before token k is the other name of the subject before it; the token before
        the opening bracket, else None."""
        if k < 2 or self.text[self.toks[k - 1].end : self.toks[k].start].strip() != ")":
            return None
        for j in range(k - 1, max(0, k - 1 - ALIAS_WORDS), -1):
            gap = self.text[self.toks[j - 1].end : self.toks[j].start].strip()
            if gap == "(":
                return j - 1
            if gap:
                return None
        return None

    def _quoted_subject(self, k: int) -> tuple[int, bool] | None:
        """'و"قسد" تنفي سقوط ...' in a headline: a short quoted name opening its clause (after
        و or at the line's start) right before the verb is the verb's subject (its first
        token, True); after other words ('هيئة البث الإسرائيلية "كان" قالت') the subject runs
        back from the quotes as usual (their first token, False). None: no quoted name."""
        if (
            k == 0
            or not self._open(k)
            or "\n" in self.text[self.toks[k - 1].end : self.toks[k].start]
        ):
            return None
        opening = next((j for j in range(k - 1, max(-1, k - 4), -1) if self.breaks[j]), None)
        if opening == 0 and self.text[: self.toks[0].start].strip() in ('"', "«", "“"):
            return 0, True  # '"داعش" يتبنى ...' opening the text
        if opening is None or opening == 0 or not self._break_is_quote(opening):
            return None
        before = self.text[self.toks[opening - 1].end : self.toks[opening].start]
        if "\n" in before or self.toks[opening - 1].norm == fold("و"):
            return opening, True
        if self._inside_report(opening):
            return None  # 'وأضاف أن مجموعة تطلق على نفسها اسم "..." تبنت': what he reports
        if not self.breaks[opening - 1] or self._open(opening - 1):
            return (
                opening,
                False,
            )  # 'هيئة البث الإسرائيلية "كان" قالت': quoted after its description
        return None

    def _inside_report(self, k: int) -> bool:
        """Token k follows an earlier cue of its sentence and a 'أن/إن' after that cue."""
        marker = False
        for j in range(k - 1, -1, -1):
            if self.sentence[j] != self.sentence[k]:
                return False
            if self.toks[j].norm in self.rules.speech_markers:
                marker = True
            if self._cue_at(j) is not None:
                return marker
        return False

    def _amma_before(self, k: int) -> bool:
        """'أما X فقال', 'أما المرصد السوري، فأفاد': أما opens the verb's clause a few words
        before it (a comma may close the topic)."""
        for j in range(k - 1, max(-1, k - 2 - self.rules.max_words), -1):
            if self.toks[j].norm in self.rules.amma:
                return True
            if not self._open(j):  # 'أما وكالة «أعماق» فزعمت': a quoted name goes on
                return False
        return False

    def _amma_topic(self, k: int) -> tuple[int, int] | None:
        """'أما المرصد السوري لحقوق الإنسان، فأفاد': the topic between أما and the comma
        before a verb with فـ is its subject."""
        gap = self.text[self.toks[k - 1].end : self.toks[k].start] if k else ""
        if self.toks[k].norm[:1] != "ف" or "،" not in gap:
            return None
        end, aside = k, False
        for j in range(k - 1, max(-1, k - 2 - self.rules.max_words - ASIDE_WORDS), -1):
            if self.toks[j].norm in self.rules.amma:
                return (j + 1, end) if j + 1 < end else None
            if j < k - 1 and self.breaks[j + 1]:
                if aside or not self._and_aside(j + 1, end):
                    return None
                end, aside = j + 1, True  # 'أما المرصد السوري، ومقره لندن، فأشار'
        return None

    def _and_aside(self, start: int, end: int) -> bool:
        """'، ومقره لندن،' / '، وهو مرصد معارض،': a short clause opened by و between commas."""
        gap = self.text[self.toks[start - 1].end : self.toks[start].start].strip()
        return (
            gap in ("،", ",")
            and 0 < end - start <= ASIDE_WORDS
            and self.toks[start].norm[:1] == "و"
            and self._verb_stem(self.toks[start]) is None
        )

    def _after_where(self, k: int) -> bool:
        return k > 0 and self.breaks[k - 1] and self.toks[k - 1].norm in self.rules.where_words

    def _where_subject(self, cue: Cue) -> tuple[int, int] | None:
        """'وكانت وزارة الداخلية قد أطلقت حملات في ريف حمص، حيث أعلنت توقيف ...': a verb after
        حيث with no subject of its own goes on with the subject of the clause before, here the
        one after 'كانت ... قد'."""
        if not self._after_where(cue.first):
            return None
        where = cue.first - 1
        start = where - 1
        while (
            start > 0
            and not self.breaks[start]
            and self.sentence[start - 1] == self.sentence[where]
        ):
            start -= 1
        if start < where and self.toks[start].norm in self.rules.amma:
            # 'أما المرصد السوري فقدّم حصيلة أعلى، إذ قال إن': the topic after أما
            window = self.toks[start + 1 : where]
            hits = [*self.rules.names.scan(window), *self.rules.kinds.scan(window)]
            opening = [h for h in hits if h.first == 0]
            if opening:
                longest = max(opening, key=lambda h: h.stop)
                return (start + 1, start + 1 + longest.stop)
            return None
        if start >= where or self.toks[start].norm not in self.rules.kana:
            return None
        for stop in range(start + 1, min(where, start + 2 + self.rules.max_words)):
            if self.toks[stop].norm in self.rules.perfect_particles:
                return (start + 1, stop) if stop > start + 1 else None
            if self._is_stop(stop) or self.breaks[stop]:
                return None
        return None

    def _subject_of_kana(self, first: int) -> tuple[int, int] | None:
        """'وكانت تنظيمات إرهابية تنتشر في ريف إدلب الجنوبي قد زعمت': the subject right
        after 'كانت', not the place ending the relative clause that separates it from its verb."""
        if first == 0 or not self._is_stop(first - 1):
            return None
        k = first - 1
        while k > 0 and not self.breaks[k] and first - k <= self.rules.max_words * 2:
            k -= 1
            if self.toks[k].norm in self.rules.kana:
                start = k + 1
                stop = start
                while stop < first - 1 and not self._is_stop(stop) and not self.breaks[stop]:
                    stop += 1
                return (start, stop) if stop > start else None
            if self._cue_at(k) is not None:
                return None
        return None

    def _reported_object(self, k: int) -> bool:
        """An indefinite report noun after a speaker is what is reported ('أنباء', 'روايات'),
        except in an agency's name ('وكالة أنباء هاوار')."""
        norm = self.toks[k].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        named = self.toks[k - 1].norm in self.rules.addressees
        return bare in self.rules.report_nouns and not named
