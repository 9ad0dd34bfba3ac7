"""What kind of speaker a phrase names (outlet, party, monitor, local, social):
keywords, the actor and source lists, an apposition ('..., وهو مسؤول في ...'), a known
person, and a bare head ('المصدر', 'الوزارة') referring back to a speaker named earlier.
"""

from __future__ import annotations

import re
from typing import Any

from reviewer.suggest.attribution.forms import (
    PUBLIC_KIND,
)
from reviewer.suggest.attribution.source_lines import SourceLines
from reviewer.suggest.attribution.speaker_lexicon import (
    affiliation_words,
    lexicon_word_list,
    loyal_words,
    place_nouns,
)
from reviewer.suggest.text import Tok, fold


class SpeakerKinds(SourceLines):
    """The kind of the speaker a token range names."""

    def _kind(self, phrase: tuple[int, int], index: int) -> str:
        kind = self._classify(phrase, index)
        if kind is None:
            kind = self._apposition(phrase, index)
        if kind is None:
            kind = self._known_person(phrase)
        if kind is None and self._state_body(phrase):
            kind = "party"  # 'المركز الروسي للمصالحة': a body a state's adjective names
        if kind == "monitor" and self._state_body(phrase, "mission_heads"):
            kind = "party"  # 'البعثة الروسية في الأمم المتحدة': a state's mission, not the UN
        if kind == "local" and self._foreign_network(phrase):
            kind = "outlet"  # 'شبكة سي بي إس الأمريكية': a foreign network is no local one
        if kind == "local" and self._own_member(phrase, index):
            kind = self.own_kind  # 'الناشط أبو محمد، أحد مؤسسي الحملة' in the campaign's text
        elif kind == "local" and self._apposition(phrase, index) == "monitor":
            kind = "monitor"  # 'الناشط أبو عمر، عضو تنسيقية حي الميدان': the committee's member
        if kind == "party" and self._free_body(phrase):
            kind = "local"  # 'مديرية صحة إدلب الحرة': the opposition's civil body, no party
        if kind in (None, "outlet", "local", "social") and self._owned_by_party(phrase):
            return "party"  # 'وكالة "إباء" التابعة لهيئة تحرير الشام', 'معرفات تابعة لقسد'
        return kind or self.rules.default_kind

    def _state_body(self, phrase: tuple[int, int], heads: str | None = None) -> bool:
        """A phrase whose head a foreign state's adjective follows ('القاعدة الروسية في
        حميميم', 'المركز الروسي للمصالحة'): a body of that state, which is a party; not a
        place's ('قرى البقاع اللبناني': the adjective is the region's). ``heads``: a word
        list of speaker_lexicon.json the head must be in."""
        first, stop = phrase
        if stop - first < 2 or self.toks[first].stems() & lexicon_word_list("place_nouns"):
            return False
        if heads is not None and not self.toks[first].stems() & lexicon_word_list(heads):
            return False
        return self.toks[first + 1].norm in lexicon_word_list("state_nisbas")

    def _foreign_network(self, phrase: tuple[int, int]) -> bool:
        """'شبكة سي بي إس الأمريكية': a network a foreign state's adjective closes is a
        foreign outlet, not a local network."""
        first, stop = phrase
        if not self.toks[first].stems() & lexicon_word_list("foreign_network_heads"):
            return False
        return self.toks[stop - 1].norm in lexicon_word_list("state_nisbas")

    def _owned_by_party(self, phrase: tuple[int, int]) -> bool:
        """An affiliation word right after the speaker ('التابعة', 'الناطقة باسم') and then a
        party's name: an outlet or office owned by a party speaks for it."""
        first, k = phrase
        inside = next(  # 'معرفات تابعة لقسد': the affiliation inside the speaker's phrase
            (j for j in range(first + 1, k) if self.toks[j].stems() & affiliation_words()), None
        )
        k = inside if inside is not None else k
        if k - first < 1 or k + 1 >= len(self.toks):
            return False
        if not self.toks[k].stems() & affiliation_words() or self.breaks[k + 1]:
            return False
        k += 1
        if self.toks[k].norm == fold("باسم") and k + 1 < len(self.toks):
            k += 1  # 'الناطقة باسم'
        hit = self.rules.names.match(self.toks, k) or self.rules.kinds.match(self.toks, k)
        return hit is not None and "party" in hit.payloads

    def _apposition(self, phrase: tuple[int, int], index: int) -> str | None:
        """'وقال أحمد العودة، قائد اللواء الثامن، إن': the role between commas after a name."""
        k = phrase[1]
        if k >= len(self.toks) or "،" not in self.text[self.toks[k - 1].end : self.toks[k].start]:
            return None
        if self.toks[k].norm in self.rules.apposition_openers:
            k += 1  # 'وهي ناشطة من المدينة'
        stop = k
        while stop < len(self.toks) and stop - k < self.rules.max_words:
            if stop > k and not self._open(stop):
                break  # 'الناطق العسكري باسم «جيش الإسلام»،': a quoted name inside the role
            stop += 1
        if (
            stop == k
            or stop >= len(self.toks)
            or "،" not in self.text[self.toks[stop - 1].end : self.toks[stop].start]
        ):
            return None  # no closing comma: a new clause, not a role
        return self._classify((k, stop), index)

    def _known_person(self, phrase: tuple[int, int]) -> str | None:
        """'عبد الغني' again: classify by the role given where the name first appeared."""
        first, stop = phrase
        words = [self.toks[k].norm for k in range(first, stop)]
        n = len(words)
        for k in range(0, first - n + 1):
            if [self.toks[k + i].norm for i in range(n)] == words:
                begin = max(0, k - self.rules.max_words)
                while begin < k and self.sentence[begin] != self.sentence[k]:
                    begin += 1  # 'درعا - وكالات ... وقال أبو خالد،': its own sentence only
                kind = self._classify((begin, k + n), 0)
                if kind is None:  # 'ريان معروف، مدير تحرير الشبكة' ... 'وأشار معروف': the role
                    kind = self._kind((k, k + n), 0)  # after the name where it first appeared
                return kind
        return None

    def _classify(self, phrase: tuple[int, int], index: int) -> str | None:
        first, stop = phrase
        if self._flight_spotters(phrase):
            return "local"  # 'مراصد الطيران', 'مراصد محلية تتابع حركة الطيران': spotters
        if self._named_page(phrase):
            return "local"  # 'صفحة "شهبا برس" المحلية': a local network by its name
        words = [self.toks[k].norm for k in range(first, stop)]
        stems = {s for k in range(first, stop) for _, s, _ in self.toks[k].readings}
        if len(words) == 2 and words[1] in self.rules.same_words:
            words = words[:1]  # 'المصدر نفسه', 'المصدر ذاته': the same source again
        if len(words) == 1 and (words[0] in self.rules.anaphors or stems & self.rules.anaphors):
            if any(self._self_noun(w, index) for w in {words[0]} | (stems & self.rules.anaphors)):
                return self._own_voice()  # 'وأضافت الحملة' in the campaign's own text
            referent = self._referent_kind(phrase, index, words[0])
            if referent is not None:
                return referent  # else 'ونفى الجيش' with nobody named before: the word's kind
        if len(words) == 1 and words[0] in self.rules.latter:
            latter = self._latter_kind(first)
            if latter is not None:
                return latter  # 'بينما أعلنت الأخيرة': the one named last before it
        if self._tribal_source(first, stop):
            return "local"  # 'مصدر من العشيرة': a tribal source (H), not the tribe's council
        if self.rules.states.match(self.toks, first) is not None:
            return "party"  # 'هددت تركيا', 'قالت طهران': a state or its capital speaks
        if (
            self.toks[first].stems() & self.rules.party_heads or self._linked_party_head(phrase)
        ) and not self._named_monitor_after_head(phrase):
            return "party"  # محافظة القنيطرة: the governorate's administration speaks
        near = next(
            (k for k in range(first + 1, stop) if self.toks[k].stems() & self.rules.proximity),
            None,
        )
        if near is not None:  # 'مصادر مقربة من التنظيم': close to a party, not the party
            stop = near
        kin = lexicon_word_list("kin_heads")
        stop = next(  # 'مصدر من أقارب الشيخ': relatives, not the sheikh, speak
            (k + 1 for k in range(first, stop) if self.toks[k].stems() & kin), stop
        )
        if self.toks[first].stems() & self.rules.correspondents:
            stop = next(  # 'مراسل عنب بلدي في المحافظة': where he reports from, no speaker
                (k for k in range(first + 2, stop) if self.toks[k].norm in self.rules.inside), stop
            )  # ('مراسل في قناة الإخبارية': right after the head, 'في' names where he works)
        found: set[str] = set()
        sub = self.toks[first:stop]
        if self._party_account(sub):
            return "party"  # 'جبهة النصرة على حساب تابع لها على تويتر': the party speaks
        # 'مدير الشبكة فضل عبد الغني': a definite noun that refers back to a named speaker
        refs = [k for k in range(1, len(sub)) if sub[k].norm in self.rules.anaphors]
        other: set[str] = set()
        facilities = lexicon_word_list("facility_heads")
        hits = [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]
        sources = lexicon_word_list("source_heads")
        own_kind = {  # 'ناشطون', 'مصدر طبي': a kind of its own; the bare 'مصدر' has none
            p
            for h in hits
            if h.first == 0 and (h.stop > 1 or sub[0].norm not in sources)
            for p in h.payloads
        } - {"party"}
        places = place_nouns()
        for hit in hits:
            if hit.first > 0 and sub[hit.first - 1].stems() & facilities:
                continue  # 'مصادر طبية في مشفى البيان': the hospital's name, no statement
            if "party" in hit.payloads and self._office_of_other(sub, hit, hits):
                continue  # 'المكتب الإعلامي في تجمع أحرار حوران': the Gathering's office
            if (
                own_kind
                and hit.first > 0
                and hit.stop - hit.first == 1
                and (sub[hit.first].stems() & places)
            ):
                continue  # 'ناشطون في المحافظة': where a source of its own kind is, no office
            found.update(hit.payloads)
            if not any(hit.first <= k < hit.stop for k in refs) or hit.stop - hit.first > 1:
                other.update(hit.payloads)  # 'المكتب الطبي' is a name, not the bare 'المكتب'
        if refs and not other:
            kind = self._referent_kind(phrase, index, sub[refs[0]].norm)
            if kind is not None:
                return kind
        if self.party_voice and self._own_correspondent((first, stop), found):
            return "party"  # 'مراسل وكالتنا' in Hawar's text: a party's outlet speaks for it
        carrier = self._carriers.get(phrase)
        reporter = self.toks[first].norm in self.rules.correspondents
        own_reporter = reporter and self.toks[first].text.endswith(("ها", "ه", "هم"))  # 'مراسلها'
        if carrier is not None and own_reporter:
            return self._kind(carrier, index)  # 'نقلت الإخبارية السورية عن مراسلها': its voice
        if self.toks[first].stems() & self.rules.correspondents:
            found.discard("local")  # 'مراسل العربية': the correspondent speaks for an outlet
            found.add("outlet")
        named_monitor = any("monitor" in hit.payloads for hit in self.rules.names.scan(sub))
        named_monitor = named_monitor or self._monitor_body_after_link(sub)
        if self.toks[first].stems() & self.rules.activists and not (
            "social" in found or named_monitor
        ):
            if self._member_of_own(first, stop, index):
                return self._own_voice()  # 'ناشط من الحملة' in the campaign's own text
            return "local"  # 'ناشطون من حملة ...': activists of a campaign are local sources
        # ('نشطاء المرصد السوري': a named monitor's own activists report for it)
        own = self.own_network and self.toks[first].norm in lexicon_word_list("source_heads")
        if own and self._member_of_own(first, stop, index):
            return self._own_voice()  # 'مصدر من الحملة' in the campaign's own text (D)
        if found <= {"local", "outlet"} and self._names_own_source((first, stop)):
            return "outlet"  # 'إحصائية لفرات بوست': a local page naming itself is the outlet
        for kind in self.rules.priority:
            if kind in found:
                return PUBLIC_KIND.get(kind, kind)
        if "outlet" in found:
            return "outlet"
        nouns = [  # 'إحصائية للتجمع': the group named before, rather than the statement
            noun for noun in (self._anaphor_noun(k) for k in range(first, stop)) if noun is not None
        ]
        nouns.sort(key=lambda noun: "ال" + noun in self.rules.statement_anaphors)
        for noun in nouns:
            if self._self_noun(noun, index):
                return self._own_voice()  # 'إحصائية للتجمع' in the Gathering's own text
            kind = self._referent_kind(phrase, index, noun)
            if kind is not None:
                return kind
        return None

    def _office_of_other(self, sub: list[Tok], hit: Any, hits: list[Any]) -> bool:
        """'المكتب الإعلامي في تجمع أحرار حوران': an office word (speaker_lexicon office_heads)
        whose body, named right after it or after في/لـ, is no party: the body's office."""
        if not sub[hit.first].stems() & lexicon_word_list("office_heads"):
            return False
        at = hit.stop
        if at < len(sub) and sub[at].norm in lexicon_word_list("office_links"):
            at += 1
        body = [h for h in hits if h.first == at or (h.first == hit.stop and at > hit.stop)]
        return bool(body) and all("party" not in h.payloads for h in body)

    def _own_voice(self) -> str:
        """The kind of the text naming itself: a party's own text ('وكانت الوزارة قد أعلنت' in
        the interior ministry's statement) speaks as the party, any other as its own kind."""
        return "party" if self.party_voice else self.own_kind

    def _member_of_own(self, first: int, stop: int, index: int) -> bool:
        """'ناشط من الحملة', 'أحد ناشطي الشبكة في المدينة' in the campaign's or network's own
        text: an activist of the text's own outlet speaks for it (convention D of 2026-12-01);
        'ناشطون من حملة الرقة تذبح بصمت' quoted in another outlet's text stay local, and so
        does a source of a body the self noun names with its adjective ('مصدر من الحملة
        الأمنية' in the Gathering's text)."""
        links = {fold("من"), fold("في")}
        if self._own_annexed(first, stop, index):
            return True  # 'مصادر الحملة', 'ناشطو الشبكة': the head annexed to the self noun
        for k in range(first + 1, min(stop, len(self.toks) - 1)):
            if self.toks[k].norm not in links:
                continue
            if k + 2 < stop and self.toks[k + 2].norm.startswith("ال"):
                return False  # 'مصدر من الحملة الأمنية', 'من الشبكة السورية': another body
            forms = self.toks[k + 1].forms()
            return any(w.startswith("ال") and self._self_noun(w, index) for w in forms)
        return False

    def _own_annexed(self, first: int, stop: int, index: int) -> bool:
        """'وبحسب مصادر الحملة' in the campaign's own text: a source or activist head annexed
        straight to the self noun (no adjective after it: 'مصادر الحملة الأمنية' is another
        body's) is the outlet's own source, as 'مصدر من الحملة' is."""
        at = first + 1
        if at >= min(stop, len(self.toks)):
            return False
        if at + 1 < stop and self.toks[at + 1].norm.startswith("ال"):
            return False
        norm = self.toks[at].norm
        return norm.startswith("ال") and self._self_noun(norm, index)

    def _own_member(self, phrase: tuple[int, int], index: int) -> bool:
        """'الناشط أبو محمد الرقاوي، أحد مؤسسي الحملة' in the campaign's own text: a person
        whose role, between commas after his name, names the text's own outlet speaks for it."""
        k = phrase[1]
        if k >= len(self.toks) or "،" not in self.text[self.toks[k - 1].end : self.toks[k].start]:
            return False
        stop = k
        while stop < len(self.toks) and stop - k < self.rules.max_words:
            if stop > k and "،" in self.text[self.toks[stop - 1].end : self.toks[stop].start]:
                break
            if stop > k and not self._open(stop):
                break
            stop += 1
        words = {w for j in range(k, stop) for _, w, _ in self.toks[j].readings}
        return any(w.startswith("ال") and self._self_noun(w, index) for w in words)

    def _free_body(self, phrase: tuple[int, int]) -> bool:
        """'مديرية صحة إدلب الحرة', 'مدير صحة حماة الحرة': an office closed by 'free' is
        the opposition's civil administration, a local body; an armed group's name with the
        word ('الجيش السوري الحر') stays a party."""
        first, stop = phrase
        free = lexicon_word_list("free_adjectives")
        if not any(self.toks[k].norm in free for k in range(first + 1, stop)):
            return False
        sub = self.toks[first:stop]
        return not any("party" in hit.payloads for hit in self.rules.names.scan(sub))

    def _named_page(self, phrase: tuple[int, int]) -> bool:
        """'صفحة "شهبا برس" المحلية': one page called by a quoted name is a local network
        (local when another outlet quotes it); not 'صفحة "بانياس الآن" على فيسبوك', a page on
        a platform, nor unnamed 'صفحات محلية' (social media)."""
        first, stop = phrase
        if first + 1 >= len(self.toks) or self.toks[first].norm not in lexicon_word_list(
            "named_page_heads"
        ):
            return False
        if not re.search(r'["«“]', self.text[self.toks[first].end : self.toks[first + 1].start]):
            return False
        platforms = lexicon_word_list("platform_words")
        end = min(len(self.toks), stop + 3)
        return not any(
            self._bare(self.toks[k].norm) in platforms or self.toks[k].stems() & platforms
            for k in range(first + 1, end)
        )

    def _flight_spotters(self, phrase: tuple[int, int]) -> bool:
        """'مراصد الطيران', 'مراصد محلية تتابع حركة الطيران': people who watch and radio
        aircraft movements are local observers, not a monitoring group documenting abuses."""
        first, stop = phrase
        if not self.toks[first].stems() & lexicon_word_list("spotter_heads"):
            return False
        words = lexicon_word_list("spotter_objects")
        return any(self.toks[k].stems() & words for k in range(first + 1, stop))

    def _monitor_body_after_link(self, sub: list[Tok]) -> bool:
        """'ناشطين في تنسيقية حي الحاضر', 'نشطاء من لجان التنسيق': activists who belong to a
        monitoring body (a link word, then the body's head) report for that body."""
        hits = [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]
        return any(
            sub[hit.first - 1].norm in self.rules.inside
            for hit in hits
            if hit.first > 1 and "monitor" in hit.payloads
        )

    def _own_correspondent(self, phrase: tuple[int, int], found: set[str]) -> bool:
        """'مراسلنا', 'مراسل وكالتنا', 'مراسل هاوار' in Hawar's own text: the text's own
        correspondent, who speaks for the outlet whose voice the text is."""
        first, stop = phrase
        if "own_outlet" in found:
            return True
        if not self.toks[first].stems() & self.rules.correspondents:
            return False
        if first + 1 < stop and self.toks[first + 1].norm in self.rules.own_outlet_nouns:
            return True
        return self._names_own_source(phrase)

    def _latter_kind(self, k: int) -> str | None:
        """The kind of the last actor or source named before token k in its paragraph."""
        start = k
        while start > 0 and "\n" not in self.text[self.toks[start - 1].end : self.starts[start]]:
            start -= 1
        before = self.toks[start:k]
        hits = [*self.rules.names.scan(before), *self.rules.kinds.scan(before)]
        if not hits:
            return None
        last = max(hits, key=lambda hit: (hit.stop, hit.stop - hit.first))
        kind = sorted(last.payloads, key=self._priority)[0]
        return PUBLIC_KIND.get(kind, kind)

    def _party_account(self, sub: list[Tok]) -> bool:
        """A party named before the social medium it speaks on ('نشر المكتب الإعلامي على
        تلغرام') is still that party; activists or pages on social media are not."""
        hits = [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]
        social = [hit.first for hit in hits if "social" in hit.payloads]
        if not social:
            return False
        at = min(social)
        before = {kind for hit in hits if hit.stop <= at for kind in hit.payloads}
        party = min((hit.first for hit in hits if "party" in hit.payloads), default=at)
        if any(tok.stems() & loyal_words() for tok in sub[:party]):
            return False  # 'قنوات موالية للتنظيم على تلغرام': loyal to a party, not the party
        return "party" in before and not before & {"local", "monitor", "notable"}

    def _named_monitor_after_head(self, phrase: tuple[int, int]) -> bool:
        """'مديرية الدفاع المدني في إدلب', 'مصدر في مديرية الدفاع المدني': a monitor's name
        right after an administrative head is that monitor's directorate, a monitor."""
        first, stop = phrase
        heads = [k for k in range(first, stop - 1) if self.toks[k].stems() & self.rules.party_heads]
        hits = (
            index.match(self.toks, k + 1)
            for k in heads
            for index in (self.rules.names, self.rules.kinds)
        )
        return any(hit is not None and "monitor" in hit.payloads for hit in hits)

    def _tribal_source(self, first: int, stop: int) -> bool:
        """'مصدر من العشيرة', 'مصادر من قبيلة العكيدات': a source right before 'من' and a
        tribe's noun (speaker_lexicon tribe_nouns) is a tribal source, unless a link after
        the tribe names a party he serves in."""
        if stop - first < 3 or self.toks[first].norm not in lexicon_word_list("source_heads"):
            return False
        if self.toks[first + 1].norm not in self.rules.inside:
            return False
        if not self.toks[first + 2].stems() & lexicon_word_list("tribe_nouns"):
            return False
        link = next(  # 'مصدر من قبيلة العكيدات في المجلس العسكري', '... في صفوف قسد': a party
            (k for k in range(first + 3, stop) if self.toks[k].norm in self.rules.inside), None
        )  # the tribesman serves in speaks for it
        if link is None:
            return True
        sub = self.toks[link + 1 : stop]
        hits = [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]
        return not any("party" in hit.payloads for hit in hits)

    def _linked_party_head(self, phrase: tuple[int, int]) -> bool:
        """'مصدر في محافظة ريف دمشق': an official body right after a speaker head's link."""
        first, stop = phrase
        if not self._is_head(first):
            return False
        own = self.rules.kinds.match(self.toks, first)
        source = self.toks[first].norm in lexicon_word_list("source_heads")
        bare = own is not None and own.stop == first + 1 and source
        if own is not None and "party" not in own.payloads and not bare:
            return False  # 'ناشطون في المحافظة': a kind of its own; 'مصدر في' has none
        if self.toks[first].stems() & self.rules.correspondents:
            return False  # 'مراسل عنب بلدي في المحافظة': where he reports from, not an office
        link = next(
            (j for j in range(first + 1, stop) if self.toks[j].norm in self.rules.inside), None
        )
        if link is not None and any(
            self.toks[j].stems() & self.rules.proximity for j in range(first + 1, link)
        ):
            return False  # 'مصادر مقربة من الحكومة': close to the body, not of it
        # 'مدير الإعلام في محافظة دير الزور': the head's first link, after the words it governs
        return (
            link is not None
            and link + 1 < stop
            and bool(self.toks[link + 1].stems() & self.rules.party_heads)
        )

    def _anaphor_noun(self, k: int) -> str | None:
        """'للتجمع' -> 'تجمع': a word whose definite form refers back to a named speaker."""
        return next(
            (s for _, s, _ in self.toks[k].readings if "ال" + s in self.rules.anaphors), None
        )

    def _referent_kind(self, phrase: tuple[int, int], index: int, word: str) -> str | None:
        """The kind of the last speaker a bare 'المصدر' / 'الوزارة' refers back to."""
        head = word[2:] if word.startswith("ال") else word
        earlier = [
            cue
            for cue in reversed(self.cues[:index])
            if cue.speaker is not None and cue.speaker != phrase and cue.speaker_kind is not None
        ]
        containing = []
        for cue in earlier:
            a, b = cue.speaker or (0, 0)
            if self.toks[a].stems() & {head, "ال" + head}:
                return cue.speaker_kind  # 'المكتب': 'مكتب الأمم المتحدة ...', headed by it
            if (
                head in self.rules.correspondents
                and self.toks[a].stems() & self.rules.correspondents
            ):
                return cue.speaker_kind  # 'المراسل' after 'نقلت قناة الإخبارية عن مراسلها'
            if head in fold(self.text[self.starts[a] : self.toks[b - 1].end]):
                containing.append(cue)
        if containing:
            return containing[0].speaker_kind
        if "ال" + head in self.rules.statement_anaphors and earlier:
            for cue in earlier:  # 'وقالت الشبكة في تقريرها ... وأشار التقرير': whose it was
                a, b = cue.speaker or (0, 0)
                after = range(b, min(b + 3, len(self.toks)))
                if any(head in {s[: len(head)] for s in self.toks[j].stems()} for j in after):
                    return cue.speaker_kind
            return earlier[0].speaker_kind  # 'وأضاف البيان': whoever issued it
        bare = phrase[1] - phrase[0] == 1  # not 'عدد من المصادر المحلية'
        if "ال" + head in self.rules.source_anaphors and earlier and bare:
            # 'وقال المقدم كنيفاتي، مسؤول الأمن ... وبحسب المصدر': no source was named, so
            # 'the source' is whoever spoke last
            return earlier[0].speaker_kind
        if (
            "ال" + head in self.rules.unit_anaphors
            and earlier
            and not self._named_before(head, phrase)
        ):
            return earlier[0].speaker_kind  # 'مدير المركز' after the civil defence: its centre
        before = self.toks[: phrase[0]]
        for hits in (self.rules.kinds.scan(before), self.rules.names.scan(before)):
            for hit in reversed(list(hits)):
                named = fold(self.text[hit.start : self.toks[hit.stop - 1].end])
                if head in named:
                    kind = sorted(hit.payloads, key=self._priority)[0]
                    return PUBLIC_KIND.get(kind, kind)
        return None

    def _named_before(self, head: str, phrase: tuple[int, int]) -> bool:
        """Whether a word headed by ``head`` ('مركز') occurs in the text before the phrase, or
        an adjective names the unit in it ('مدير المركز الطبي': a centre of its own)."""
        if any(head in self.toks[k].stems() for k in range(phrase[0])):
            return True
        at = next((k for k in range(*phrase) if head in self.toks[k].stems()), None)
        return at is not None and at + 1 < phrase[1] and self.toks[at + 1].norm.startswith("ال")

    def _priority(self, kind: str) -> int:
        order = self.rules.priority
        return order.index(kind) if kind in order else len(order)
