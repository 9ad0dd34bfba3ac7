"""Whose text this is: the dateline and source lines at the top ('حمص - سانا',
'المركز الإعلامي ...', 'شبكة السويداء 24'), which give the text's own voice its kind (an
outlet, a party's statement, a monitor's report, a local network) and the names by which
the text refers to itself.
"""

from __future__ import annotations

import re
from functools import cache

from reviewer.suggest.attribution.forms import (
    DASHES,
    DATELINE_DASH,
    DATELINE_LINES,
    DATELINE_WORDS,
    HEADER_WORDS,
)
from reviewer.suggest.attribution.reading import TextReading
from reviewer.suggest.attribution.speaker_lexicon import (
    country_names,
    event_objects,
    lexicon_word_list,
    stance_word_list,
)
from reviewer.suggest.places import find_places
from reviewer.suggest.text import Tok, fold, tokens


class SourceLines(TextReading):
    """The text's own voice, read from its header and source lines."""

    def _party_voice(self) -> bool:
        text = self.text.lstrip()
        first_line = text.split("\n", 1)[0]
        first_words = [fold(w) for w in first_line.split()[:3]]
        if first_words and first_words[0] in self.rules.first_line_starts:
            return True
        if any(self._statement_line(line) for line in text.split("\n")[1:DATELINE_LINES]):
            return True  # 'headline\n\nبيان صادر عن القيادة العامة لهيئة تحرير الشام'
        if self._issuer_over_statement(text):
            return True  # 'المركز الإعلامي لقوات سوريا الديمقراطية\nبيان إلى الرأي العام'
        opening = _after_place(" ".join(text.split()[:3]))  # 'حمص-سانا', not 'إباء وكرامة'
        header = self.header
        if header and any(
            self.rules.party_voices.scan([t for t in self.toks if t.end <= len(header)])
        ):
            return True  # 'المركز الإعلامي لقوات سوريا الديمقراطية' as the text's source line
        opening |= _after_place(header)  # 'سري كانيه - هاوار'
        for line in self._source_lines():  # 'headline\n\nريف دمشق-سانا\n...'
            opening |= {fold(w) for w in re.split(r"[\s()\-–:|]+", line) if w}
        if not header and any(any(self.rules.party_voices.scan(w)) for w in self._bylines()):
            return True  # 'headline\n\nدمشق - المكتب الإعلامي لوزارة الداخلية'
        if opening & self.rules.independent_sources:
            return False  # 'القامشلي – (الأناضول) / (هاوار)': an agency's wire, not the party's
        return bool(opening & self.rules.opening_sources)

    def _issuer_over_statement(self, text: str) -> bool:
        """'المركز الإعلامي لقوات سوريا الديمقراطية' alone on the first line and 'بيان ...'
        opening the next: a party's media office heading its own statement."""
        lines = [line.strip() for line in text.split("\n")[:DATELINE_LINES] if line.strip()]
        if len(lines) < 2 or len(lines[0].split()) > HEADER_WORDS:
            return False
        second = lines[1].split()
        if not second or fold(second[0]) not in self.rules.first_line_starts:
            return False
        toks = tokens(lines[0])
        if any(self._verb_stem(t) is not None for t in toks):
            return False  # 'المكتب الإعلامي يعلن ...': a headline
        return any(hit.first == 0 for hit in self.rules.party_voices.scan(toks))

    def _statement_line(self, line: str) -> bool:
        """'بيان صادر عن القيادة العامة لهيئة تحرير الشام' on its own line under the headline:
        a statement's title line naming a party's voice (no sentence of a report, no verb of
        speech: 'بيان للمكتب الإعلامي لقسد يتهم الجيش التركي بقصف قرى' is an outlet's deck)."""
        words = line.split()
        if not words or fold(words[0]) not in self.rules.first_line_starts:
            return False
        if re.search(r"[.:،]", line) or len(words) > 2 * HEADER_WORDS:
            return False
        toks = tokens(line)
        if any(self._verb_stem(t) is not None for t in toks):
            return False  # 'بيان للمكتب الإعلامي لقسد يتهم الجيش التركي': an outlet's deck
        return any(self.rules.party_voices.scan(toks))

    def _names_source(self, words: list[Tok]) -> bool:
        """'السويداء 24', 'عنب بلدي': a line that is a network's or a known source's name."""
        if not words:
            return False
        if any(self.rules.networks.scan(words)) or words[-1].norm in self.rules.network_numbers:
            return True
        hit = self.rules.names.match(words, 0)
        return hit is not None and hit.stop == len(words)

    def _source_lines(self) -> list[str]:
        """'headline\n\nالرقة - الرقة تذبح بصمت\n...': short lines right after the headline,
        a dateline or a source's name (a dash is no word)."""
        lines = (_undated(line) for line in self.text.lstrip().split("\n")[1:DATELINE_LINES])
        return [
            line
            for line in lines
            if line.strip()
            and len([w for w in line.split() if not DASHES.fullmatch(w)]) <= DATELINE_WORDS
        ]

    def _header(self) -> str:
        """The text's source as its first line names it: 'فرات بوست', 'صدى الجبل | ...',
        'حمص - لجان التنسيق المحلية', 'قامشلو - هاوار: ...' ('المرصد: مقتل ...' is a headline)."""
        line = self.first_line
        if "|" in line:
            line = line[: line.find("|")]
        elif ":" in line:
            line = line[: line.find(":")]
            if not DATELINE_DASH.search(line):
                return ""
        if len([w for w in line.split() if not DASHES.fullmatch(w)]) > HEADER_WORDS:
            return ""  # 'لجان التنسيق المحلية في سوريا – حمص': a dash is no word
        words = [t for t in self.toks if t.end <= len(line)]
        if any(self._verb_stem(t) is not None for t in words):
            return ""  # 'وزارة الدفاع تنفي': a short headline, not the source's name
        if words and words[0].norm in _headline_nouns():
            return ""  # 'مقتل مدنيين في إدلب': a short headline of a toll or attack, no name
        if line == self.first_line and self._source_lines() and not self._names_source(words):
            return ""  # 'مجزرة جديدة في الرقة\n\nالرقة تذبح بصمت': the source line follows
        return line

    def _own_names(self) -> list[list[str]]:
        """'فرات بوست', 'صوت العاصمة - خاص', 'قامشلو – هاوار': the names in the header, as words;
        also a local network's name heading its own post ('تجمع أحرار حوران: مقتل ...')."""
        names = [
            [fold(w) for w in part.split()]
            for part in re.split(r"[-–—]", self.header)
            if len(part.split()) >= 1 and len(part.strip()) > 3 and not self._dateline(part)
        ]
        line = self.first_line
        prefix = line[: line.find(":")] if ":" in line else ""
        if prefix and len(prefix.split()) <= HEADER_WORDS:
            toks = [t for t in self.toks if t.end <= len(prefix)]
            if any(self.rules.networks.scan(toks)):
                names.append([t.norm for t in toks])
        if not self.header:  # 'headline\n\nالسويداء 24\n...': a network's name on its own line
            for source in self._source_lines():  # 'headline\n\nالحسكة - نورث برس': a source's
                for part in re.split(r"[-–—|]", source):
                    words = tokens(part)
                    if any(self.rules.networks.scan(words)) or self._names_source(words):
                        names.append([t.norm for t in words])
        return names

    def _dateline(self, part: str) -> bool:
        """'سكاي نيوز عربية - السويداء': a place in the header is the dateline, not a name."""
        toks = tokens(part)
        covered = sum(s.end - s.start for s in find_places(part, toks))
        return bool(toks) and covered >= len(part.strip().replace(" ", "")) - 1

    def _own_network(self) -> bool:
        """The text is a local network's own ('درعا 24', 'تجمع أحرار حوران: ...')."""
        return any(
            self.rules.networks.scan(tokens(" ".join(name)))
            or name[-1] in self.rules.network_numbers
            for name in self.own_names
        )

    def _self_noun(self, word: str, index: int) -> bool:
        """'التجمع' in the Gathering's own text, 'وفق ما رصدته الشبكة' in a network's own
        text: the network naming itself, unless an earlier speaker is headed by the word."""
        head = word[2:] if word.startswith("ال") else word
        if any(name and name[0] == head for name in self.own_names):
            return True  # 'التنسيقية' in 'تنسيقية مدينة الحراك', 'الحملة' in 'حملة الرقة تذبح بصمت'
        if "ال" + head not in self.rules.self_nouns or not self.own_network:
            return False
        return not any(  # 'بحسب ما وثقته الحملة' before is the network itself again
            cue.speaker is not None
            and cue.speaker[1] - cue.speaker[0] > 1
            and self.toks[cue.speaker[0]].stems() & {head, "ال" + head}
            for cue in self.cues[:index]
        )

    def _names_own_source(self, phrase: tuple[int, int], at_start: bool = False) -> bool:
        """'إحصائية لفرات بوست', 'وكانت صدى الجبل قد وثقت': the outlet names itself."""
        words = [self.toks[k].norm for k in range(*phrase)]
        stems = [self.toks[k].forms() for k in range(*phrase)]
        for name in self.own_names:
            n = len(name)
            for i in range(min(len(words) - n + 1, 1 if at_start else len(words))):
                if all(name[j] in stems[i + j] for j in range(n)):
                    return True
        return False

    def _own_kind(self) -> str:
        """'حمص - لجان التنسيق المحلية', 'المرصد السوري | ...': a text whose header names a
        monitoring group as its source speaks as that monitor; any other text as an outlet."""
        header = self.header
        toks = [t for t in self.toks if t.end <= len(header)] if header else []
        if any(self.rules.monitor_voices.scan(toks)):
            return "monitor"
        if not header and any(  # 'لجان التنسيق: قصف ...\n\nحمص - لجان التنسيق المحلية'
            any(self.rules.monitor_voices.scan(tokens(line))) for line in self._source_lines()
        ):
            return "monitor"
        if not header and self._monitor_byline():
            return "monitor"
        if not header and self._monitor_opens():
            return "monitor"
        if not header and self._monitor_heads():
            return "monitor"
        return "outlet"

    def _monitor_heads(self) -> bool:
        """'لجان التنسيق المحلية: شهداء برصاص الأمن ...', 'المرصد السوري: 27 قتيلاً ...',
        'لجان التنسيق المحلية في سوريا - تنسيقية دوما': a first line that opens with a
        monitor's name, before a bar or a dash (or alone), or before a colon where the report
        names the monitor again ('قال المرصد السوري ...'), in a text with no line naming
        another source ('إدلب – عنب بلدي', 'دبي - العربية.نت' make it an outlet's
        headline quoting the monitor): the monitor's own report (conventions G and I)."""
        name = re.split(r"[:|]|\s[-–—]\s", self.first_line, maxsplit=1)[0]
        words = [t for t in self.toks if t.end <= len(name.rstrip())]
        if not words or len(words) > HEADER_WORDS:
            return False
        hit = self.rules.monitor_voices.match(words, 0)
        if hit is None or not self._name_rest(words, hit.stop):
            return False
        if any(self._verb_stem(t) is not None for t in words):
            return False  # 'المرصد السوري يوثق مقتل ...': a headline sentence, no name
        colon = self.first_line[len(name) : len(name) + 1] == ":"
        line_end = len(self.text) - len(self.text.lstrip()) + len(self.first_line)
        body = [t for t in self.toks if t.start > line_end]
        if colon and not any(self.rules.monitor_voices.scan(body)):
            return False  # 'المرصد السوري: مقتل 54 ...' over a report that never names it again
        return not self._wire_dateline() and not any(
            self._other_source(part)
            for line in self._source_lines()
            for part in re.split(r"[-–—/|]", line)
        )

    def _wire_dateline(self) -> bool:
        """'إدلب (الأناضول) - انتشلت ...', 'بيروت، 3 آذار/مارس (أ ف ب) - قال المرصد ...': an
        agency's name in brackets in the dateline opening the report, or a closing credit
        line ('المصدر: الجزيرة + وكالات', speaker_lexicon credit_words), names another
        source: an outlet's report under a monitor's headline."""
        body = re.search(r"\n\s*(\S[^\n]*)", self.text.strip())
        opening = re.split(r"\s[-–—]\s", body.group(1), maxsplit=1) if body else []
        if len(opening) == 2 and len(opening[0].split()) <= 2 * DATELINE_WORDS:
            for name in re.findall(r"\(([^()]+)\)", opening[0]):
                if self._other_source(name):
                    return True
        credits = lexicon_word_list("credit_words")
        for line in self.text.strip().split("\n")[1:]:
            said, colon, named = line.partition(":")
            if colon and fold(said.strip()) in credits and self._other_source(named):
                return True
        return False

    def _name_rest(self, words: list[Tok], stop: int) -> bool:
        """The words after a monitor's name on the first line still name it ('في سوريا',
        'في حمص'); 'المرصد السوري لـ"الشرق الأوسط":' (whom it told) and 'المرصد السوري في
        مرمى الاتهامات:' (a 'في' before no place: the monitor as the news' subject) do not."""
        rest = words[stop:]
        breaks = lexicon_word_list("monitor_name_breaks")  # 'الدفاع المدني تحت القصف:'
        if any(t.norm == "ل" or t.norm in breaks for t in rest):
            return False
        if not any(t.norm == "في" for t in rest[:-1]):
            return not rest or rest[-1].norm != "في"  # nothing to read: tokenise no name again
        places = {p.start for p in find_places(self.text, words)}  # the text's own tokens
        countries = lexicon_word_list("monitor_name_countries") | country_names()
        return all(
            rest[i + 1].norm in countries or rest[i + 1].start in places
            for i, t in enumerate(rest[:-1])
            if t.norm == "في"
        ) and (not rest or rest[-1].norm != "في")

    def _other_source(self, part: str) -> bool:
        """'عنب بلدي', 'العربية.نت' in a source line under a monitor's headline: a name that is
        no monitor's, no dateline's place, no label ('عاجل') and no date is another source."""
        words = tokens(part)
        if not words or self._dateline(part) or re.search(r"\d", part):
            return False
        if len(words) == 1 and words[0].norm in self.rules.headline_labels:
            return False
        return not any(self.rules.monitor_voices.scan(words))

    def _monitor_opens(self) -> bool:
        """'headline\n\nوثق المرصد السوري لحقوق الإنسان مقتل ...', 'وثّقت فرق الدفاع المدني':
        a text with no source line whose report opens with a monitor documenting, in its own
        name, is that monitor's own (convention G of 2026-12-01); an outlet's report names
        its source in a dateline or says the monitor said it ('قال المرصد', 'أفاد المرصد')."""
        body = re.search(r"\n\s*(\S[^\n]*)", self.text.strip())  # the line after the headline
        if body is None:
            return False
        start = len(self.text) - len(self.text.lstrip()) + body.start(1)
        words = [t for t in self.toks if start <= t.start < start + len(body.group(1))][:7]
        verbs = stance_word_list("monitor_self_verbs")
        if len(words) < 3 or not words[0].forms() & verbs:
            return False
        return any(self.rules.monitor_voices.match(words, k) is not None for k in (1, 2))

    def _monitor_byline(self) -> bool:
        """'headline\n\nلجان التنسيق المحلية في سوريا\n\nجوبر: ...': a line after the headline
        that is only a monitor's name, longer than a dateline."""
        return any(self.rules.monitor_voices.match(words, 0) for words in self._bylines())

    _byline_words: list[list[Tok]] | None = None  # _bylines, once read

    def _bylines(self) -> list[list[Tok]]:
        """Short lines after the headline that name a source ('دمشق - المكتب الإعلامي لوزارة
        الداخلية'), longer than a dateline: no verb, no sentence mark, a dash allowed. Read
        once (the own kind and the party voice both ask), a line with a sentence mark not
        tokenised at all."""
        if self._byline_words is not None:
            return self._byline_words
        found = []
        for line in self.text.lstrip().split("\n")[1:DATELINE_LINES]:
            line = _undated(line)  # 'لجان التنسيق المحلية في سوريا - 16 آذار 2012'
            if re.search(r"[.:،]", line):
                continue
            words = tokens(line)
            if not words or len(words) > HEADER_WORDS:
                continue
            if not any(self._verb_stem(w) is not None for w in words):
                found.append(words)
        self._byline_words = found
        return found


def _after_place(opening: str) -> set[str]:
    """The folded words of a dateline's opening after its first word, the place ('حمص-سانا',
    'القامشلي – (الأناضول)'): a source named there follows the place, while a headline's
    first word is no source ('إباء وكرامة.. السويداء تنتفض': 'pride', not the agency)."""
    words = [fold(w) for w in re.split(r"[\s()\-–:|]+", opening) if w]
    return set(words[1:])


@cache
def _headline_nouns() -> frozenset[str]:
    """'مقتل', 'إصابة' (stance_cues.json toll_openers without their و) and the nouns of an
    attack (speaker_lexicon.json event_objects): a first line opening with one is a
    headline, never the name of the text's source."""
    return frozenset(w[1:] for w in stance_word_list("toll_openers")) | event_objects()


def _undated(line: str) -> str:
    """A source line without the date a dash sets after it ('صوت العاصمة - 21 شباط 2018',
    'لجان التنسيق المحلية في سوريا - 16 آذار 2012'): the date is no word of the source."""
    parts = re.split(r"\s[-–—]\s", line)
    if len(parts) < 2 or not re.search(r"\d", parts[-1]) or len(parts[-1].split()) > 4:
        return line
    return " - ".join(parts[:-1])
