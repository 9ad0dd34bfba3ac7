"""A headline's "speaker: claim" prefix ('المرصد: مقتل ...'), used when a claim's sentence
has no cue; datelines, page names and labels ('بالفيديو:') before the colon speak for
nobody.
"""

from __future__ import annotations

from bisect import bisect_left

from reviewer.suggest.attribution.forms import (
    DATELINE_DASH,
)
from reviewer.suggest.attribution.records import Attribution
from reviewer.suggest.attribution.speaker_lexicon import (
    event_objects,
    lexicon_word_list,
    place_nouns,
)
from reviewer.suggest.attribution.stance import Stances
from reviewer.suggest.places import find_places
from reviewer.suggest.text import fold, tokens


class Headlines(Stances):
    """Speakers named before a headline's colon."""

    def _headline_speaker(self, first: int, last: int | None = None) -> Attribution | None:
        """'المرصد: مقتل ...' in a headline: the words before the colon speak (the stance
        read over the whole claim: 'وزير الدفاع: عملياتنا ستستمر' intends)."""
        found = self._prefix_line(first)
        if found is None:
            return None
        line, base = found
        colon = line.find(":")
        at = self.toks[first].start - base
        if colon < 0 or at < colon or at >= len(line):
            return None  # the whole first line: 'الدفاع المدني: طفلان .. وأكثر من مئتي قتيل'
        label = line[: line.find("|")].strip() if "|" in line[:colon] else ""
        if label and fold(label) not in self.rules.headline_labels:
            return None  # 'صدى الجبل | حصيلة غير نهائية: ...': a page's name and a label
        if DATELINE_DASH.search(line[:colon]):
            return None  # 'قامشلو - هاوار: استشهد ...': a dateline, the text's own source
        bar = line.find("|") if label else -1  # 'عاجل | مصادر محلية: ...': after the label
        dots = line.rfind("..", 0, colon)
        part = max(dots + 1 if dots >= 0 else -1, line.rfind("،", 0, colon))
        trimmed = part > bar  # 'مجزرة في السوق.. والدفاع المدني: ...': the headline's last part
        bar = max(bar, part)
        head = [
            k for k, t in enumerate(self.toks) if base + bar < t.start and t.end <= base + colon
        ]
        told = next(  # 'مصادر لـ"السويداء 24": ...': whom the speaker told ends it
            (
                i
                for i, k in enumerate(head)
                if i and (self._addressee(self.toks[k]) or self._told_outlet(k))
            ),
            None,
        )
        head = head[:told] if told is not None else head
        if head and self.toks[head[0]].norm in self.rules.headline_labels:
            return None  # 'بالفيديو: لحظة انفجار ...': a label, no speaker
        if head and self.toks[head[0]].stems() & event_objects():
            return None  # 'تفجيرات طرطوس وجبلة: عشرات القتلى': the event, no speaker
        if not head or len(head) > self.rules.max_words:
            return None
        if any(
            (self._is_stop(k) and not self._prefix_link(head[0], k)) or self._counts(k)
            for k in head
        ):
            return None  # 'حصيلة غير نهائية: 11 قتيلاً', 'عاجل: ...': no speaker
        phrase = (head[0], head[-1] + 1)
        if self._is_place_only(phrase):
            return None
        if (base or trimmed) and self._classify(phrase, 0) is None:
            return None  # '🔴 حاس: إصابة ...': a bulletin's place, where a known speaker word lacks
            # ('... وحصيلة أولية: 12 قتيلاً': a part's label)
        start, end = self.toks[phrase[0]].start, self.toks[phrase[1] - 1].end
        kind = self._kind(phrase, 0)
        stance = self._stance(None, first, first if last is None else last)
        if kind == "monitor" and self.own_kind == "monitor" and self._own_monitor(phrase):
            return Attribution(None, kind, stance)  # 'المرصد السوري: 27 قتيلاً' over its own
            # report: the monitor's headline in its own text is its own voice (convention I)
        return Attribution(self.text[start:end], kind, stance, start, end)

    def _own_monitor(self, phrase: tuple[int, int]) -> bool:
        """The monitor heading the headline is the text's own: no line under the headline
        names a monitor, or the one it names begins as the headline's does ('الدفاع المدني:
        12 قتيلاً' over 'إدلب - المرصد السوري لحقوق الإنسان' quotes the civil defence)."""
        named = [
            tuple(t.norm for t in words[hit.first : hit.stop])
            for words in [*(tokens(line) for line in self._source_lines()), *self._bylines()]
            for hit in self.rules.monitor_voices.scan(words)
        ]
        if not named:
            return True
        own = self.rules.monitor_voices.match(self.toks, phrase[0])
        said = tuple(t.norm for t in self.toks[phrase[0] : own.stop]) if own else ()
        return any(n[:1] == said[:1] for n in named)

    def _prefix_link(self, first: int, k: int) -> bool:
        """'مصدر طبي في مشفى إدلب المركزي: ...': في/من after a speaker head, or after the
        words its head governs, goes on with the speaker before the colon."""
        if self._head_link(k):
            return True
        return k > first and self.toks[k].norm in self.rules.inside and self._headed(first, k)

    def _prefix_line(self, first: int) -> tuple[str, int] | None:
        """The line whose 'speaker: claim' prefix may speak for token ``first`` and where it
        starts: the headline, or a bulletin's bullet line ('- مصادر أهلية: عناصر ... أطلقوا
        النار'), each bullet a headline of its own; its bullet mark blanked out."""
        at = self.toks[first].start
        if at < len(self.first_line):
            return self.first_line, 0
        base = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        line = self.text[base : end if end >= 0 else len(self.text)]
        body = line.lstrip()
        if body and body[0] not in self.rules.bullet_marks and self._speaker_opens_line(base):
            return line, base  # 'مصادر للشبكة: السيارة تعود لأحد عناصر ...': a line's source
        if not body or body[0] not in self.rules.bullet_marks:
            return None
        blank = len(line) - len(body) + 1
        return " " * blank + line[blank:], base

    def _speaker_opens_line(self, base: int) -> bool:
        """A body line opening with a speaker's head ('مصادر', 'مصدر طبي') before a colon, in
        a few words: the line of a post whose lines carry no bullet marks, its prefix read as
        a headline's (where other lines have bullets, they alone mark the items)."""
        if any(
            line.lstrip()[:1] in self.rules.bullet_marks
            for line in self.text.split("\n")
            if line.strip()
        ):
            return False
        k = bisect_left(self.starts, base)
        colon = self.text.find(":", base)
        newline = self.text.find("\n", base)
        if colon < 0 or (0 <= newline < colon) or k >= len(self.toks):
            return False
        words = [j for j in range(k, len(self.toks)) if self.toks[j].end <= colon]
        if not words or len(words) > self.rules.max_words:
            return False
        return self._is_head(k) and self.toks[k].start == base

    def _colon_clause_speaker(self, first: int, cue_start: int) -> Attribution | None:
        """'أنقرة تتوعد بالرد ... وموسكو: "كانوا في صفوف الإرهابيين"': in a headline whose
        cue stands before a colon, the name after the last و before the colon says what
        follows the colon."""
        line = self.first_line
        colon = line.find(":")
        at = self.toks[first].start
        if colon < 0 or not cue_start < colon < at or at >= len(line):
            return None
        head = [k for k, tok in enumerate(self.toks) if cue_start < tok.start and tok.end <= colon]
        opener = next((k for k in reversed(head) if self.toks[k].norm[:1] == "و"), None)
        if opener is None or len(head) - head.index(opener) > self.rules.max_words:
            return None
        phrase = (opener, head[-1] + 1)
        if self._classify(phrase, 0) is None:
            return None  # '... وسط تضارب: ...': no speaker named before the colon
        start, end = self.toks[phrase[0]].start, self.toks[phrase[1] - 1].end
        stance = self._stance(None, first, first)
        return Attribution(self.text[start:end], self._kind(phrase, 0), stance, start, end)

    def _is_place_only(self, phrase: tuple[int, int]) -> bool:
        start, end = self.toks[phrase[0]].start, self.toks[phrase[1] - 1].end
        found = find_places(self.text, self.toks[phrase[0] : phrase[1]])
        covered = sum(s.end - s.start for s in found)
        if covered >= len(fold(self.text[start:end]).replace(" ", "")) - 1:
            return True
        # 'درعا البلد: ...', 'ريف حلب الشمالي: ...': a place's name and its part or direction
        sub = self.toks[phrase[0] : phrase[1]]
        second = self.toks[phrase[0] + 1].start if phrase[1] - phrase[0] > 1 else start
        noun = self.toks[phrase[0]].norm in place_nouns()
        opens = any(s.start == start or (noun and s.start == second) for s in found)
        named = self.rules.kinds.scan(sub) or self.rules.names.scan(sub)
        if not named and self.toks[phrase[0]].norm in lexicon_word_list("region_heads"):
            return True  # 'الغوطة الشرقية: ...', 'جبل الزاوية: ...': a region, no speaker
        return opens and not named and self.rules.states.match(self.toks, phrase[0]) is None
