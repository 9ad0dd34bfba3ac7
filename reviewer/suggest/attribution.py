"""Who says a claim, what kind of speaker that is, and how they say it.

"قال المرصد السوري إن ..." makes the Observatory the speaker of what follows, a monitoring
group, asserting; "نفى الجيش دخول ..." makes the army the speaker, a party to the fighting,
denying; "3000 سجين" after "أشارت المصادر المحلية أن" is a local source's figure, not
the outlet's. An analyst weighs a figure by exactly this, so every figure suggestion and
every claim carries it.

How a claim finds its speaker (all words are data in resources/suggest/attribution.json):

1. the nearest reporting cue before the claim in its sentence: a verb (قال، نفت، أكد،
   توعد، قيل) or a preposition whose speaker follows (بحسب، وفق، نقلا عن);
2. else a preposition after the claim in the same sentence ("..., بحسب الدفاع المدني");
3. else a headline's "speaker: claim" prefix;
4. else the text's own voice: the outlet's, or a party's when the text is a party's
   statement or state media.

A verb's speaker is the phrase after it (verb-subject order, the usual one in news), else
the words before it in its clause ("المرصد يوثق"), else the previous speaker ("وأضاف").
A participle ("مؤكدا", "متوعدة") always continues the previous speaker; a party statement's
first-person verb ("ننفي", "نتوعد") and a passive one ("قيل", "يُرجّح") speak in the text's
own voice; a negated verb, a verbal noun after عدم and a relative clause ("في تصريح نقلته
الوزارة") report nothing. A claim inside a quotation belongs to the verb that opened it.
A bare "المصدر" or "الوزارة" refers back to the last speaker containing it. The
speaker's kind comes from keywords, the actor list (a party) and the source list. The
stance is the cue's, turned into "intends" by a future or intention word (or a negated vow,
"لا ثأر") in the claim's clause and into "hearsay" by an unverified-report phrase there.
A plural threat verb with no subject inside an earlier speaker's "إن ..." is what that
speaker reports ("قال مصدر إن الخاطفين ... وهددوا"); with no speaker earlier in its sentence
it takes the subject of an earlier clause ("احتجز مسلحون ... وهددوا").

Verbs that also mean something else report only in their reporting form: "وتابع أن",
"علمت X من Y" (Y speaks), "نقل" with عن/أن, "نشر" of a statement (not of checkpoints),
"ردت ... بالقول", "وجاء في البيان أن". After a verb of accusing or addressing another party
("اتهم سكان عناصر من فرقة ... بـ", "أمهلت العشائر قسد") the speaker ends where that party
starts. A source between commas after a verb's speaker, a postposed according-to phrase
followed by a clause opener, reports nobody signs ("تحدثت أنباء") and a speaker calling a
report untrue ("عارية عن الصحة") are handled as their forms say (issue 18, dev sets 11-17).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.text import PhraseIndex, Tok, fold, tokens

__all__ = ["KINDS", "STANCES", "Attribution", "Attributor", "attribute"]

KINDS = ("outlet", "party", "monitor", "local", "social")
STANCES = ("asserts", "denies", "confirms", "intends", "hearsay")

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CLAUSE_BREAK = re.compile(r"[،,:;؛\"«»“”()\[\]|–—]|\s-\s")
_VERB_PREFIXES = ("", "و", "ف")
_QUOTES = frozenset('"«»“”')
#: Finer keyword kinds and the kind they give: our correspondent is the outlet's voice; a
#: local council ('المجلس المحلي') is a civilian body speaking as a local source, not a party.
_PUBLIC_KIND = {"own_outlet": "outlet", "local_body": "local", "notable": "local"}
_SOCIAL_ADJ = fold("الاجتماعي")
_DATELINE_LINES = 4  # a dateline ('ريف دمشق-سانا') may follow the headline on its own line
_DATELINE_WORDS = 4
_RELAY = (fold("نقل"), fold("نقلت"))  # 'نقلت X عن Y': Y is the speaker
_RELAY_ACCORDING = fold("نقلا")  # 'نقلاً عن': a source passed on
_RESULT_OPENERS = frozenset(fold(w) for w in ("ما", "مما"))  # 'ما أدى إلى', 'مما أسفر عن'
_SPEECHES = frozenset(fold(w) for w in ("كلمة", "خطاب", "خطابا", "كلمته", "خطابه"))
_NEGATIONS = frozenset(fold(w) for w in ("لم", "لن", "ولم", "ولن", "فلم", "فلن"))
_OR = frozenset(fold(w) for w in ("أو", "ولا"))
_AMMA = frozenset(fold(w) for w in ("أما", "وأما"))  # 'أما المرصد فقال': the topic speaks
_KANA = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت"))
_RELAY_GAP = 2  # 'نقلت صحيفة "الوطن" الموالية عن': words between a carrier and its 'عن'
_THAT = frozenset(fold(w) for w in ("أن", "إن", "بأن", "وأن"))
_NETWORK_NUMBERS = frozenset({"24"})  # 'السويداء 24', 'دير الزور 24': local networks
_APPOSITION_OPENERS = frozenset({"وهو", "وهي", "وهم", "وهما", "وهن"})
_RELATIVES = frozenset({"التي", "الذي", "الذين"})  # 'التي كانت قد وثقت': no subject of its own
_SAME = frozenset(fold(w) for w in ("نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"))
_ISSUED = frozenset(fold(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))
_OBJECT_PRONOUNS = frozenset({"به", "بها", "بهم"})
_ALIAS_WORDS = 3  # 'الدفاع المدني السوري (الخوذ البيضاء)': a bracketed alias this long
_HEADER_WORDS = 6  # a first line this short before '|' or ':' is a dateline or a source's name
_DASHES = re.compile(r"[-–—/]+")
_DATELINE_DASH = re.compile(r"\S\s*[-–—]\s*\S")  # 'قامشلو - هاوار', 'حمص-سانا'


def _with_b(tok: Tok) -> bool:
    """A word with the preposition ب attached ('بالتصعيد', 'بتقديم', 'بـ')."""
    norm = tok.norm
    if norm in ("ب", "وب"):
        return True
    if not norm.startswith("ب") or len(norm) < 3:
        return False
    return any(stem != norm and norm.endswith(stem) for _, stem, _ in tok.readings)


@dataclass(frozen=True)
class Attribution:
    """The speaker of a claim (None: the text's own voice), its kind and the stance."""

    speaker: str | None
    speaker_kind: str
    stance: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    admits: bool = False  # the cue is an admission (أقر، اعترف): against the speaker's side

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "stance": self.stance,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
        }


@dataclass(frozen=True)
class _Rules:
    verbs: dict[str, str]
    admissions: frozenset[str]
    suffixes: tuple[str, ...]
    according: PhraseIndex[str]
    according_skip: frozenset[str]
    stop: frozenset[str]
    time: PhraseIndex[str]
    max_words: int
    heads: frozenset[str]  # 'مصدر في الأمن العام': these nouns take في/من into the speaker
    inside: frozenset[str]
    openers: PhraseIndex[str]
    kinds: PhraseIndex[str]
    priority: tuple[str, ...]
    default_kind: str
    anaphors: frozenset[str]
    future: frozenset[str]
    vows: PhraseIndex[str]  # 'لا ثأر': a negated vow is an intention too
    speech_markers: frozenset[str]
    future_min: int
    not_future: frozenset[str]
    hearsay: PhraseIndex[str]
    first_line_starts: frozenset[str]
    opening_sources: frozenset[str]
    first_person: frozenset[str]
    names: PhraseIndex[str]  # actor and source aliases -> kind they give a speaker
    first_person_verbs: frozenset[str]
    participles: frozenset[str]
    not_cue_after: frozenset[str]
    statement_nouns: frozenset[str]
    passive_hearsay: frozenset[str]
    media_links: frozenset[str]
    party_heads: frozenset[str]
    addressees: frozenset[str]
    proximity: frozenset[str]
    no_suffix_verbs: frozenset[str]
    correspondents: frozenset[str]  # 'مراسل العربية': an outlet's correspondent
    own_outlet_nouns: frozenset[str]  # 'مراسل وكالتنا': the text's own outlet
    result_verbs: frozenset[str]  # 'ما أدى إلى': a result clause after a hedge
    passive_verbs: frozenset[str]  # 'ويُقدّر عدد ...': no subject, the text's own voice
    warn_verbs: frozenset[str]  # 'حذر من أن ...' reports; 'حذر من أي تدخل' threatens
    neutral_participles: frozenset[str]  # 'قائلاً': the previous speaker and stance go on
    statement_anaphors: frozenset[str]  # 'وأضاف البيان': the statement's issuer
    object_nouns: frozenset[str]  # 'نفت الأنباء': the verb's object, no speaker
    count_nouns: frozenset[str]  # 'تقدر تقارير أممية عدد ...': the claim starts
    tally_openers: frozenset[str]  # 'وتوزعت حصيلة ...': the tally before goes on
    party_voices: PhraseIndex[str]  # 'المركز الإعلامي ...' heading a text: a party's own voice
    monitor_voices: PhraseIndex[str]  # 'حمص - لجان التنسيق المحلية': a monitor's own text
    states: PhraseIndex[str]  # 'هددت تركيا': a state named as the speaker
    activists: frozenset[str]  # 'ناشطون من "الرقة تذبح بصمت"': activists speak as locals
    denial_particles: frozenset[str]  # 'قال إن عناصره لم يشتبكوا': a claim opening negated
    social_hearsay: frozenset[str]  # 'تحدثت صفحات': hearsay from social media only
    unverified_after: PhraseIndex[str]  # '..., وهو ما لم يتسن التحقق منه': hearsay after it
    networks: PhraseIndex[str]  # 'تجمع أحرار حوران': local networks, outlets in their own text
    self_nouns: frozenset[str]  # 'الشبكة', 'الحملة': how a network names itself in its text
    fight_threats: frozenset[str]  # 'هدد', 'توعد': a notable threatening speaks for armed men
    forecast_verbs: frozenset[str]  # 'سيبقى التهديد': a forecast, an intention only of one's own
    own_subjects: frozenset[str]  # 'أنه سيبقى', 'وإنها ستبقى': the speaker itself will
    subject_openers: frozenset[str]  # 'لكن مصدراً عسكرياً نفى': an accusative subject
    titles: frozenset[str]  # 'والي': a title that reads like a stop word with a proclitic
    plan_verbs: frozenset[str]  # 'تخطط': an intention only of the speaker's own side
    go_on_verbs: frozenset[str]  # 'وتابع أن': reports only before أن/إن or a colon
    accuse_verbs: frozenset[str]  # 'اتهم X Y بـ': the accuser, then the accused
    report_nouns: frozenset[str]  # 'تحدثت أنباء': reports nobody signs, hearsay
    learn_verbs: frozenset[str]  # 'علمت X من Y': Y is the source
    said_participles: frozenset[str]  # 'مقراً': also a noun, reports only before ب/أن
    not_denials: frozenset[str]  # 'لم يتمكن': inability, no denial
    latter: frozenset[str]  # 'الأخيرة': the party named last
    deploy_verbs: frozenset[str]  # 'نشر': publishes, or deploys what deployed_things name
    demand_verbs: frozenset[str]  # 'طالب X بـ': the demand's object with ب ends the speaker
    two_party_verbs: frozenset[str]  # 'أمهلت العشائر قسد': a party after the subject is the object
    reply_verbs: frozenset[str]  # 'ردت X على ... بالقول': report only before reply_markers
    reply_markers: frozenset[str]
    others: frozenset[str]  # 'آخرون': goes on with the count before
    came_verbs: frozenset[str]  # 'وجاء في البيان أن': the statement's issuer speaks
    named_forms: frozenset[str]  # 'يدعى' (is named) folds like 'يدعي' (claims)
    lam_according: frozenset[str]  # 'وفقاً لـ': the ل before the source is no part of it
    untrue: PhraseIndex[str]  # 'عارية عن الصحة': the speaker calls the claim untrue
    published_things: frozenset[str]  # 'صور', 'مقطع': what a report publishes
    deployed_things: frozenset[str]  # 'حواجز', 'تعزيزات': what a force deploys
    expect_verbs: frozenset[str]  # 'وتوقع المرصد أن': expects; 'توقع 13 قتيلاً': inflicts
    deliver_verbs: frozenset[str]  # 'ألقى X كلمة أكد فيها': X speaks in what he delivered
    in_it: frozenset[str]  # 'فيها', 'خلالها': in the speech or statement just named
    unit_anaphors: frozenset[str]  # 'مدير المركز': a unit of the organisation that spoke last
    headline_labels: frozenset[str]  # 'بالفيديو: ...': a headline's label, no speaker


def _phrases(words: list[str], payload: str, index: PhraseIndex[str] | None = None):
    index = index if index is not None else PhraseIndex(article_strict=False)
    for word in words:
        index.add(word, payload)
    return index


#: Actors whose members speak as local sources: their aliases give no "party" speaker.
NOT_PARTIES = frozenset({"Civilians", "Protesters"})


@cache
def _rules() -> _Rules:
    raw = _data.rules("attribution")
    verbs = {fold(w): stance for stance, words in raw["verbs"].items() for w in words}
    kinds: PhraseIndex[str] = PhraseIndex(article_strict=False)
    for kind, words in raw["kinds"].items():
        _phrases(words, kind, kinds)
    names: PhraseIndex[str] = PhraseIndex(article_strict=False)
    state = set(raw["state_media"])
    local_scales = set(raw["local_source_scales"])
    for source in _data.sources():
        if source["name_en"] in state:
            kind = "party"
        elif source.get("scale") == "Other":
            kind = "monitor"
        elif source.get("scale") in local_scales:
            kind = "local"
        else:
            kind = "outlet"
        for alias in {source.get("name_ar") or "", *source.get("aliases_ar", [])}:
            if alias:
                names.add(alias, kind)
    for actor in _data.actors():
        if actor.get("inter") in NOT_PARTIES:
            continue  # "the residents said" is a local source, not a party to the fighting
        for alias in actor.get("aliases_ar", []):
            names.add(alias, "party")
    voice = raw["party_voice"]
    return _Rules(
        verbs=verbs,
        admissions=frozenset(fold(w) for w in raw.get("admissions", [])),
        suffixes=tuple(sorted((fold(s) for s in raw["pronoun_suffixes"]), key=len, reverse=True)),
        according=_phrases(raw["according_to"], "according"),
        according_skip=frozenset(fold(w) for w in raw["according_to_skip"]),
        stop=frozenset(fold(w) for w in raw["stop_words"]),
        time=_phrases(raw["time_words"], "time"),
        max_words=int(raw["max_speaker_words"]),
        heads=frozenset(fold(w) for w in raw["speaker_heads"]),
        inside=frozenset(fold(w) for w in raw["speaker_head_links"]),
        openers=_phrases(raw["clause_openers"], "opener"),
        kinds=kinds,
        priority=tuple(raw["kind_priority"]),
        default_kind=raw["default_kind"],
        anaphors=frozenset(fold(w) for w in raw["anaphors"]),
        future=frozenset(fold(w) for w in raw["future"]),
        vows=_phrases(raw.get("vows", []), "vow"),
        speech_markers=_folded(raw, "speech_markers"),
        future_min=int(raw["future_prefix_min_letters"]),
        not_future=frozenset(fold(w) for w in raw["not_future"]),
        hearsay=_phrases(raw["hearsay"], "hearsay"),
        first_line_starts=frozenset(fold(w) for w in voice["first_line_starts"]),
        opening_sources=frozenset(fold(w) for w in voice["opening_sources"]),
        first_person=frozenset(fold(w) for w in voice["first_person"]),
        names=names,
        first_person_verbs=_folded(raw, "first_person_verbs"),
        participles=_folded(raw, "participles"),
        not_cue_after=_folded(raw, "not_cue_after"),
        statement_nouns=_folded(raw, "statement_nouns"),
        passive_hearsay=_folded(raw, "passive_hearsay"),
        media_links=_folded(raw, "speaker_media_links"),
        party_heads=_folded(raw, "party_heads"),
        addressees=_folded(raw, "addressees"),
        proximity=_folded(raw, "proximity_words"),
        no_suffix_verbs=_folded(raw, "no_suffix_verbs"),
        correspondents=_folded(raw, "correspondent_heads"),
        own_outlet_nouns=_folded(raw, "own_outlet_nouns"),
        result_verbs=_folded(raw, "result_verbs"),
        passive_verbs=_folded(raw, "passive_verbs"),
        warn_verbs=_folded(raw, "warn_verbs"),
        neutral_participles=_folded(raw, "neutral_participles"),
        statement_anaphors=_folded(raw, "statement_anaphors"),
        object_nouns=_folded(raw, "object_nouns"),
        count_nouns=_folded(raw, "count_nouns"),
        tally_openers=_folded(raw, "tally_openers"),
        party_voices=_phrases(raw.get("party_voices", []), "party"),
        monitor_voices=_phrases(raw.get("monitor_voices", []), "monitor"),
        activists=_folded(raw, "activist_heads"),
        states=_phrases(raw.get("state_speakers", []), "state"),
        denial_particles=_folded(raw, "denial_particles"),
        social_hearsay=_folded(raw, "social_hearsay_verbs"),
        unverified_after=_phrases(raw.get("unverified_after", []), "unverified"),
        networks=_phrases(raw.get("local_networks", []), "network"),
        self_nouns=_folded(raw, "network_self_nouns"),
        fight_threats=_folded(raw, "notable_fight_threats"),
        forecast_verbs=_folded(raw, "forecast_verbs"),
        own_subjects=_folded(raw, "own_subjects"),
        subject_openers=_folded(raw, "subject_openers"),
        titles=_folded(raw, "titles"),
        plan_verbs=_folded(raw, "plan_verbs"),
        go_on_verbs=_folded(raw, "go_on_verbs"),
        expect_verbs=_folded(raw, "expect_verbs"),
        deliver_verbs=_folded(raw, "deliver_verbs"),
        in_it=_folded(raw, "in_it"),
        unit_anaphors=_folded(raw, "unit_anaphors"),
        headline_labels=_folded(raw, "headline_labels"),
        accuse_verbs=_folded(raw, "accuse_verbs"),
        report_nouns=_folded(raw, "report_nouns"),
        learn_verbs=_folded(raw, "learn_verbs"),
        said_participles=_folded(raw, "said_participles"),
        not_denials=_folded(raw, "not_denials"),
        latter=_folded(raw, "latter"),
        deploy_verbs=_folded(raw, "deploy_verbs"),
        demand_verbs=_folded(raw, "demand_verbs"),
        two_party_verbs=_folded(raw, "two_party_verbs"),
        reply_verbs=_folded(raw, "reply_verbs"),
        reply_markers=_folded(raw, "reply_markers"),
        others=_folded(raw, "others"),
        came_verbs=_folded(raw, "came_verbs"),
        named_forms=_folded(raw, "named_forms"),
        lam_according=_folded(raw, "lam_according"),
        untrue=_phrases(raw.get("untrue", []), "untrue"),
        published_things=_folded(raw, "published_things"),
        deployed_things=_folded(raw, "deployed_things"),
    )


def _folded(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in raw.get(key, []))


@dataclass
class _Cue:
    first: int  # token index of the cue's first token
    stop: int  # token index after it
    start: int
    end: int
    stance: str
    according: bool
    word: str
    speaker: tuple[int, int] | None = None  # token range of the speaker phrase
    speaker_kind: str | None = None
    own: bool = False  # no speaker by its form (نؤكد، قيل): the text's own voice
    inner: bool = False  # a threat inside an earlier speaker's reported speech: no cue


class Attributor:
    """Attribution for any span of one text; the text is read once, claims are cheap."""

    def __init__(self, text: str, toks: list[Tok] | None = None) -> None:
        self.text = text
        self.toks = tokens(text) if toks is None else toks
        self.rules = _rules()
        n = len(self.toks)
        self.sentence = [0] * n
        self.breaks = [False] * n  # a clause boundary right before token k
        sentence = 0
        prev_end = 0
        for k, tok in enumerate(self.toks):
            gap = text[prev_end : tok.start]
            if (
                k
                and gap in (".", ",", "٫")
                and tok.norm.isdigit()
                and self.toks[k - 1].norm.isdigit()
            ):
                gap = ""  # '2.9 مليون': a decimal point, no sentence end
            if k and _SENTENCE_END.search(gap):
                sentence += 1
            self.sentence[k] = sentence
            self.breaks[k] = k == 0 or bool(_SENTENCE_END.search(gap) or _CLAUSE_BREAK.search(gap))
            prev_end = tok.end
        self.starts = [t.start for t in self.toks]
        self.first_line = text.split("\n", 1)[0]
        self.header = self._header()  # read by the own kind, own names and party voice
        self.own_kind = self._own_kind()
        self.own_names = self._own_names()
        self.own_network = self._own_network()
        self.party_voice = self._party_voice()
        self._carriers: dict[tuple[int, int], tuple[int, int]] = {}  # relayed source -> carrier
        self.cues = self._find_cues()
        self._cue_by_token = {cue.first: cue for cue in self.cues}
        self._resolve_speakers()
        self.relatives = self._relative_cues()

    # --- reading the text ------------------------------------------------------------

    def _verb(self, tok: Tok) -> str | None:
        """The stance of a reporting verb, with و/ف before it and a pronoun after it."""
        stem = self._verb_stem(tok)
        return self.rules.verbs[stem] if stem is not None else None

    def _verb_stem(self, tok: Tok) -> str | None:
        verbs = self.rules.verbs
        norm = tok.norm
        for prefix in _VERB_PREFIXES:
            if not norm.startswith(prefix):
                continue
            stem = norm[len(prefix) :]
            if stem in verbs:
                return stem
            if "ة" in tok.text[-2:]:  # folded ة looks like the pronoun ه: حملة is no verb
                continue
            for suffix in self.rules.suffixes:
                bare = stem[: -len(suffix)]
                if stem.endswith(suffix) and bare in verbs:
                    return None if bare in self.rules.no_suffix_verbs else bare
        return None

    def _no_report(self, k: int) -> bool:
        """'طلب عدم ذكر اسمه', 'لم يعلن', 'في تصريح نقلته الوزارة': a verb form that reports
        nothing here (negated, a verbal noun after عدم, a relative clause of a statement noun)."""
        if k == 0 or self.breaks[k]:
            return False
        prev = self.toks[k - 1]
        stems = {prev.norm} | {s for _, s, _ in prev.readings}
        if prev.norm in self.rules.not_cue_after or prev.norm in _NEGATIONS:
            return True  # 'لم يعلن', 'ولم ينف'
        if prev.norm in _OR and self._negated_before(k - 1):
            return True  # 'ولم ينف المصدر أو يؤكد': neither denied nor confirmed
        if bool(stems & self.rules.statement_nouns) and not prev.norm.startswith("ال"):
            return True
        described = k > 1 and self.toks[k - 2].stems() & self.rules.statement_nouns
        if described and not self.breaks[k - 1] and self._passive(k):
            return True  # 'في تسجيل صوتي نُشر على حسابات': describes the recording
        # 'في مقطع فيديو مقتضب نشرته الإدارة': a verb carrying the pronoun of a noun before
        # it, inside a clause, describes that noun ('وهو ما نفته الوحدات' still reports)
        norm, stem = self.toks[k].norm, self._verb_stem(self.toks[k])
        suffixed = stem is not None and norm != stem and norm[:1] not in ("و", "ف")
        denial = stem is not None and self.rules.verbs.get(stem) == "denies"  # 'رقم نفاه مصدر'
        return suffixed and prev.norm != fold("ما") and not denial

    def _negated_before(self, k: int) -> bool:
        """A negated verb ('ولم ينف المصدر') a few words before token ``k`` in its clause."""
        for j in range(k - 1, max(0, k - 2 - self.rules.max_words), -1):
            if self.toks[j - 1].norm in _NEGATIONS:
                return True  # 'ينف' (jussive) is in no verb list
            if self.breaks[j]:
                return False
        return False

    def _passive(self, k: int) -> bool:
        """'نُشر', 'بُثّ': a past verb marked passive by a damma on its first letter."""
        text = self.toks[k].text
        start = 1 if text[:1] in ("و", "ف") and len(text) > 2 and text[2:3] == "\u064f" else 0
        return text[start + 1 : start + 2] == "\u064f"

    def _find_cues(self) -> list[_Cue]:
        cues: list[_Cue] = []
        for k, tok in enumerate(self.toks):
            hit = self.rules.according.match(self.toks, k) if tok.norm else None
            if hit is not None:
                cues.append(_Cue(k, hit.stop, hit.start, hit.end, "asserts", True, tok.norm))
                continue
            stem = self._verb_stem(tok)
            if stem is None and (self._goes_on(k) or self._learns(k) or self._came_in(k)):
                cues.append(_Cue(k, k + 1, tok.start, tok.end, "asserts", False, tok.norm))
                continue
            if stem is not None and stem.endswith(_RELAY) and not self._relays(k):
                continue  # 'نقل التنظيم 400 معتقل إلى ...': moved, not reported
            if stem in self.rules.deploy_verbs and not self._publishes(k):
                continue  # 'نشرت الميليشيا حواجز': deployed, not published
            if stem in self.rules.expect_verbs and not self._warns_of_fact(k + 1):
                continue  # 'غارات توقع 13 قتيلاً': inflicts; 'وتوقع المرصد أن' reports
            if stem in self.rules.said_participles and not self._says_next(k):
                continue  # 'اقتحموا مقراً للواء': a headquarters, not 'admitting'
            if stem in self.rules.named_forms and tok.text.rstrip("\u064b\u064e").endswith("ى"):
                continue  # 'ويدعى أبو محمد': is named, not 'claims'
            if stem is not None and not self._no_report(k):
                stance = self.rules.verbs[stem]
                if stem in self.rules.warn_verbs and self._warns_of_fact(k + 1):
                    stance = "asserts"
                cue = _Cue(k, k + 1, tok.start, tok.end, stance, False, tok.norm)
                passives = self.rules.passive_hearsay | self.rules.passive_verbs
                passive = stem in passives and self._no_subject(k + 1)
                cue.own = stem in self.rules.first_person_verbs or passive
                cues.append(cue)
        return cues

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
        for j in range(k + 1, min(k + 2 + self.rules.max_words, len(self.toks))):
            if self.breaks[j] and ":" in self.text[self.toks[j - 1].end : self.toks[j].start]:
                named = self.toks[k + 1 : j]  # 'وتابع المرصد: «...»', not 'وتابعت الدورية طريقها:'
                return any(self.rules.kinds.scan(named)) or any(self.rules.names.scan(named))
            if self.breaks[j] and not self._break_is_quote(j):
                return False
            if self.toks[j].norm in self.rules.speech_markers:
                return True  # 'وتابع أن', 'وتابعت الوزارة في بيانها أن'
            if self._verb_stem(self.toks[j]) is not None:
                return False
        return False

    @staticmethod
    def _bare(norm: str) -> str:
        return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm

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
        """'وعلمت الحملة من مصادر خاصة أن ...': 'learned from' names a source after من (علم
        alone is also 'a flag': only this form reports)."""
        if self._bare(self.toks[k].norm) not in self.rules.learn_verbs:
            return False
        if not (self.breaks[k] or self.toks[k].norm[:1] in ("و", "ف")):
            return False  # 'رفع المتظاهرون علم الثورة من ...': a flag inside a clause
        stop = min(k + 2 + self.rules.max_words, len(self.toks))
        for j in range(k + 2, stop):
            quoted = self.text[self.toks[j - 1].end : self.toks[j].start].strip() in _QUOTES
            if self.breaks[j] and not quoted:  # 'وعلمت "عنب بلدي" من': the name's quotes
                return False
            if self.toks[j].norm == fold("من") and j + 1 < len(self.toks):
                return not self.breaks[j + 1]
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
        if any(q in gap for q in (":", *_QUOTES)):
            return True
        markers = self.rules.speech_markers | {fold("عن"), fold("قوله"), fold("قولها")}
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
        if any(q in gap for q in (":", *_QUOTES)) or k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return True  # 'وفق ما نشرته، ...' or a quotation: a publication
        words = self.rules.statement_nouns | self.rules.count_nouns | self.rules.published_things
        for j in range(k + 1, min(k + 3 + self.rules.max_words, len(self.toks))):
            if self.breaks[j] and not self._break_is_quote(j):
                return True  # its object ends the clause: nothing shows a deployment
            tok = self.toks[j]
            if tok.norm in self.rules.speech_markers or tok.stems() & words:
                return True
            if tok.stems() & self.rules.deployed_things:
                return False
        return True

    def _says_next(self, k: int) -> bool:
        """'مقراً بأن', 'مقراً بمقتل': a participle that is also a noun reports only with its
        object (ب or أن) right after it."""
        if k + 1 >= len(self.toks) or self.breaks[k + 1]:
            return False
        nxt = self.toks[k + 1]
        return nxt.norm in self.rules.speech_markers or _with_b(nxt)

    def _warns_of_fact(self, k: int) -> bool:
        """'حذر مسؤولون من أن داعش يسعى': a warning followed, within its clause, by a
        reported clause (أن/إن) states a fact; 'حذر من أي تدخل' threatens."""
        markers = self.rules.speech_markers
        for j in range(k, min(k + self.rules.max_words + 2, len(self.toks))):
            if self.breaks[j] or self._verb_stem(self.toks[j]) is not None:
                return False
            if self.toks[j].norm in markers:
                return True
        return False

    def _no_subject(self, k: int) -> bool:
        """'يُرجّح أن' (passive, nobody named) unlike 'يرجح مراقبون أن'."""
        return k >= len(self.toks) or self.breaks[k] or self._is_stop(k) or self._counts(k)

    def _counts(self, k: int) -> bool:
        """'عدد القتلى', 'ارتفاع حصيلة': a count noun starts a claim; 'عدد من' does not."""
        if self.toks[k].norm not in self.rules.count_nouns:
            return False
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return nxt is None or nxt.norm != fold("من")

    def _stem_of(self, cue: _Cue) -> str:
        return self._verb_stem(self.toks[cue.first]) or cue.word

    def _word(self, k: int) -> str:
        tok = self.toks[k]
        return tok.norm

    def _is_stop(self, k: int) -> bool:
        if self.toks[k].norm in self.rules.titles:
            return False  # 'والي هاتاي' is a governor, not 'and to'
        stems = {self.toks[k].norm}
        stems |= {s for _, s, art in self.toks[k].readings}
        return bool(stems & self.rules.stop)

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
        if k < n and not self.breaks[k] and self.toks[k].norm in _OBJECT_PRONOUNS:
            k += 1  # 'وفق ما أفاد به مراسلنا': the verb's object pronoun, then its subject
        first = k
        if k < n and not self.breaks[k] and self._addressee(self.toks[k]) and not source_noun:
            return None  # 'وقال لموقع تلفزيون سوريا إن': whom he told ('وفقاً للمرصد': the source)
        if k < n and self.toks[k].norm in rules.object_nouns:
            return None  # 'ونفت الأنباء التي تحدثت عن': the object of the verb
        while k < n and k - first < rules.max_words:
            if self.breaks[k] and not self._break_is_quote(k):
                break
            tok = self.toks[k]
            inside = k > first and tok.norm in rules.inside and self._headed(first, k)
            if not inside and (self._is_stop(k) or self._cue_at(k) is not None):
                break
            if self._counts(k) and not (source_noun and k == first):
                break  # 'وثق ارتفاع حصيلة'; but 'بحسب حصيلة للدفاع المدني' names its source
            if tok.norm.isdigit() and not (k > first and tok.norm in _NETWORK_NUMBERS):
                break  # a count starts the claim; 'درعا 24' is a network's name
            if rules.time.match(self.toks, k) is not None:
                break
            if object_with_b and _with_b(tok):
                break
            if object_with_min and k > first and tok.norm == fold("من"):
                break  # 'وحذرت الأمم المتحدة من كارثة': what it warns of
            if k > first and self._reported_object(k):
                break  # 'تناقلت وسائل إعلام محلية أنباء عن': what they pass on
            if k > first and tok.text.endswith(("ً", "اً")):
                break  # 'بث ناشطون مقطعاً': an accusative is the verb's object, no name
            told = self._addressee(tok) or self._told_outlet(k)
            if k > first and told and not self._statement_before(first, k):
                break  # 'إحصائية للتجمع', 'التقرير الشهري للتجمع': the author, not an addressee
            k += 1
        if k == first:
            return None
        name = rules.names.match(self.toks, first)
        if name is not None and name.stop < k:
            k = name.stop
        return (first, self._parenthesis(self._media_link(k)))

    def _head_link(self, k: int) -> bool:
        """'قيادي في الجيش الوطني: ...': في/من right after a speaker head is part of it."""
        return k > 0 and self.toks[k].norm in self.rules.inside and self._is_head(k - 1)

    def _is_head(self, k: int) -> bool:
        """'مصدر', 'القيادي' ('وقال القيادي في الإدارة حسن عبد الغني'): a speaker head,
        bare or with the article."""
        norm = self.toks[k].norm
        heads = self.rules.heads
        return norm in heads or (norm.startswith("ال") and norm[2:] in heads)

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
        for j in range(k, min(k + _ALIAS_WORDS, len(self.toks))):
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
        if self._names_own_source((k, min(k + _HEADER_WORDS, len(self.toks))), at_start=True):
            return True  # 'قال مصدر محلي لفرات بوست' in Furat Post's own text
        hit = self.rules.names.match(self.toks, k)
        return hit is not None and "outlet" in hit.payloads

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

    def _media_link(self, k: int) -> int:
        """'ناشطون على مواقع التواصل': the medium after على/عبر belongs to the speaker."""
        if k + 1 >= len(self.toks) or self.toks[k].norm not in self.rules.media_links:
            return k
        if self.breaks[k] or self.breaks[k + 1]:
            return k
        hit = self.rules.kinds.match(self.toks, k + 1)
        missed = hit is None or "social" not in hit.payloads
        if missed and k + 2 < len(self.toks) and self._open(k + 2):
            hit = self.rules.kinds.match(self.toks, k + 2)  # 'على مجموعات "واتساب"
        if hit is None or "social" not in hit.payloads:
            return k
        end = hit.stop
        if end < len(self.toks) and not self.breaks[end] and self.toks[end].norm == _SOCIAL_ADJ:
            end += 1  # 'مواقع التواصل الاجتماعي'
        return end

    def _open(self, k: int) -> bool:
        """No clause boundary before token k, or only quote marks ('غرفة عمليات "الفتح"')."""
        if not self.breaks[k]:
            return True
        gap = self.text[self.toks[k - 1].end : self.toks[k].start] if k else "."
        return gap.strip() != "" and all(ch in _QUOTES or ch.isspace() for ch in gap)

    def _break_is_quote(self, k: int) -> bool:
        """An opening quote inside a speaker's name: 'حذر زعيم "هيئة تحرير الشام"'."""
        gap = self.text[self.toks[k - 1].end : self.toks[k].start] if k else ""
        mark = gap.strip()
        return len(mark) == 1 and mark in "\"«“'" and gap.endswith(mark)

    def _cue_at(self, k: int) -> _Cue | None:
        return self._cue_by_token.get(k)

    def _quoted_object(self, phrase: tuple[int, int], index: int) -> bool:
        """A phrase opening with a quotation mark right after the verb, naming no known
        kind of speaker, is the quoted object ('تعلن "إعادة انتشار"'), not a speaker."""
        k = phrase[0]
        if k == 0:
            return False
        gap = self.text[self.toks[k - 1].end : self.toks[k].start]
        return any(q in gap for q in _QUOTES) and self._classify(phrase, index) is None

    def _describes_object(self, k: int) -> bool:
        """'صوراً قالت إنها', 'مقطعاً مصوراً قالوا إنه': a verb right after an indefinite
        accusative describes that object; 'لكن مصدراً عسكرياً نفى' has it as subject."""
        j = k
        while j > 0 and not self.breaks[j] and self.toks[j - 1].text.endswith(("ً", "اً")):
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

    def _phrase_before(self, cue: _Cue) -> tuple[int, int] | None:
        """The subject before a verb in its clause: 'المرصد يوثق', 'كان الجيش قد نفى'."""
        k = cue.first
        norm = self.toks[k].norm
        coordinated = norm[:1] in ("و", "ف") and norm not in self.rules.verbs  # وقال: a new clause
        if coordinated and norm[:1] == "ف" and self._amma_before(k):
            coordinated = False  # 'أما المرصد فقال إنه وثق': the topic before فـ is the subject
        if coordinated or cue.according:
            return None
        aside = self._time_aside(k) if self.breaks[k] else None
        if self.breaks[k] and aside is None:
            return None
        if aside is not None:
            k = aside  # 'وكانت حصيلة سابقة للمرصد، السبت، أشارت': a time between commas
        if self._describes_object(k):
            return None  # 'نشرت الجبهة صوراً قالت إنها': the verb describes the object
        if k > 0 and not self.breaks[k] and self.toks[k - 1].norm in {"قد", "لقد", "فقد"}:
            k -= 1  # كان الجيش قد نفى، أما المنظمة فقد ذكرت
        stop = k
        first = k
        while (
            first > 0
            and (self._open(first) or first == aside)
            and stop - first < self.rules.max_words
        ):
            prev = first - 1
            if self._is_stop(prev) or self._cue_at(prev) is not None:
                break
            first = prev
            if not self._open(first):
                break
        words = [self.toks[i].norm for i in range(first, stop)]
        while words and words[0] in {"كان", "كانت", "وكان", "وكانت", "اما", "واما", *_RELATIVES}:
            words.pop(0)
            first += 1
        while words and words[-1] in {"قد", "لقد", "فقد"}:
            words.pop()
            stop -= 1
        if first >= stop or self.rules.openers.match(self.toks, first) is not None:
            return None
        return self._subject_of_kana(first) or (first, stop)

    def _amma_before(self, k: int) -> bool:
        """'أما X فقال': أما opens the verb's clause a few words before it."""
        for j in range(k - 1, max(-1, k - 2 - self.rules.max_words), -1):
            if self.toks[j].norm in _AMMA:
                return True
            if self.breaks[j]:
                return False
        return False

    def _subject_of_kana(self, first: int) -> tuple[int, int] | None:
        """'وكانت تنظيمات إرهابية تنتشر في ريف إدلب الجنوبي قد زعمت': the subject right
        after 'كانت', not the place ending the relative clause that separates it from its verb."""
        if first == 0 or not self._is_stop(first - 1):
            return None
        k = first - 1
        while k > 0 and not self.breaks[k] and first - k <= self.rules.max_words * 2:
            k -= 1
            if self.toks[k].norm in _KANA:
                start = k + 1
                stop = start
                while stop < first - 1 and not self._is_stop(stop) and not self.breaks[stop]:
                    stop += 1
                return (start, stop) if stop > start else None
            if self._cue_at(k) is not None:
                return None
        return None

    def _resolve_speakers(self) -> None:
        previous: _Cue | None = None
        for index, cue in enumerate(self.cues):
            if cue.own:
                self._own_cue(cue)
                continue
            if self._spokesman(cue, previous):
                continue
            if self._stem_of(cue) in self.rules.participles and previous is not None:
                cue.speaker, cue.speaker_kind = previous.speaker, previous.speaker_kind
                if self._stem_of(cue) in self.rules.neutral_participles:
                    cue.stance = previous.stance  # 'نفاه مصدر، قائلاً إن': still the denial
                continue
            if cue.according:
                k = cue.stop
                relayed = False  # 'وفق ما نقلته وكالة الأناضول عن مصادر محلية'
                while k < len(self.toks) and (
                    self.toks[k].norm in self.rules.according_skip or self._verb(self.toks[k])
                ):
                    relayed |= (self._verb_stem(self.toks[k]) or "").endswith(_RELAY)
                    if self._verb(self.toks[k]) in ("confirms", "hearsay"):
                        cue.stance = self._verb(self.toks[k]) or cue.stance  # 'وفق ما أكده'
                    k += 1
                phrase = self._phrase_after(k, index, source_noun=True)
                issued = phrase is not None and self.toks[phrase[1] - 1].norm in _ISSUED
                if (relayed or issued) and phrase is not None and self._from_at(phrase[1]):
                    # 'وفق بيان صادر عن وزارة الدفاع': the issuer speaks
                    phrase = self._phrase_after(phrase[1] + 1, index) or phrase
            else:
                before = phrase = self._phrase_before(cue)
                if phrase is not None and self._reported_subject(cue, phrase, previous):
                    cue.inner = True  # 'مضيفاً أن النظام يطالب بتهجير': what he reports
                    continue
                if phrase is not None and self._classify(phrase, index) is not None:
                    cue.speaker, cue.speaker_kind = phrase, self._kind(phrase, index)
                    self._passes_on_hearsay(cue, previous)
                    previous = cue
                    continue
                stem = self._stem_of(cue)
                phrase = self._phrase_after(
                    cue.stop + 1 if self._came_in(cue.first) else cue.stop,
                    index,
                    object_with_b=cue.stance == "intends" or stem in self.rules.demand_verbs,
                    object_with_min=stem in self.rules.warn_verbs,
                )
                if phrase is not None and self._quoted_object(phrase, index):
                    phrase = None  # 'قبل أن تعلن "إعادة انتشار"': what is announced
                if phrase is not None and self._tally_object(phrase):
                    phrase = None  # 'بعدما كان قد أعلن صباحاً حصيلة من 255': what he announced
                if phrase is not None and self._stem_of(cue) in self.rules.accuse_verbs:
                    phrase = self._accuser(cue, phrase, previous)
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
                    if cue.word.endswith((fold("نقلت"), fold("نقل"))):
                        at = self._relayed_from(phrase[1])  # 'نقلت صحيفة "الوطن" الموالية عن'
                    if self.toks[at].norm == fold("عن") and cue.word.endswith(
                        (fold("نقلت"), fold("نقل"))
                    ):
                        carrier = phrase
                        phrase = self._phrase_after(at + 1, index) or phrase
                        if phrase != carrier:
                            self._carriers[phrase] = carrier  # 'عن مراسلها': the carrier's
                if phrase is not None and self._bare(cue.word) in self.rules.learn_verbs:
                    phrase = self._learned_from(phrase, index)
            if phrase is None and not cue.according:
                phrase = self._deliverer(cue, index)  # 'ألقى الهجري كلمة أكد فيها'
            if phrase is None and self._reported_threat(cue, previous):
                cue.inner = True
                continue
            if phrase is None and not cue.according:
                phrase = self._earlier_subject(cue, previous, index)
            if phrase is None and previous is not None:
                cue.speaker, cue.speaker_kind = previous.speaker, previous.speaker_kind
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
            if cue.speaker is not None:
                previous = cue
        self._notables_who_fight()
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

    def _relayed_from(self, k: int) -> int:
        """'نقلت صحيفة "الوطن" الموالية عن مصدر': the 'عن' of a relay after a carrier whose
        name a quotation mark closed, past up to two words describing it (decision 2 of the
        label conventions: the inner source speaks); k itself where no such 'عن' follows."""
        for j in range(k, min(k + _RELAY_GAP + 1, len(self.toks))):
            tok = self.toks[j]
            if tok.norm == fold("عن"):
                return j
            if (
                self._verb(tok)
                or tok.norm in _THAT
                or _SENTENCE_END.search(self.text[self.toks[j - 1].end : tok.start])
            ):
                break
        return k

    def _notables_who_fight(self) -> None:
        """'قال أحد وجهاء جرمانا إن ...، مهدداً بالدفاع عن المدينة': a notable or religious
        leader is a local source, but one who threatens force in his sentence speaks for armed
        men, a party to the fighting ('وحذر الأجهزة الأمنية' is a warning, no threat)."""
        for cue in self.cues:
            if cue.speaker_kind != "local" or cue.speaker is None:
                continue
            words = self.toks[cue.speaker[0] : cue.speaker[1]]
            if not any("notable" in hit.payloads for hit in self.rules.kinds.scan(words)):
                continue
            same = [
                other
                for other in self.cues
                if other.speaker == cue.speaker
                and self.sentence[other.first] == self.sentence[cue.first]
            ]
            if any(self._stem_of(other) in self.rules.fight_threats for other in same):
                for other in same:
                    other.speaker_kind = "party"

    def _same_sentence(self, cue: _Cue, previous: _Cue | None) -> bool:
        return (
            previous is not None
            and previous.speaker is not None
            and self.sentence[previous.first] == self.sentence[cue.first]
        )

    def _reported_subject(self, cue: _Cue, phrase: tuple[int, int], previous: _Cue | None) -> bool:
        """'وأكد عضو في اللجنة ...، مضيفاً أن النظام يطالب بتهجير العشرات': a saying verb whose
        subject opens an earlier speaker's 'أن ...' is part of what that speaker reports."""
        if cue.stance != "asserts" or not self._same_sentence(cue, previous) or phrase[0] == 0:
            return False
        return self.toks[phrase[0] - 1].norm in self.rules.speech_markers

    def _passes_on_hearsay(self, cue: _Cue, previous: _Cue | None) -> None:
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
        self, cue: _Cue, phrase: tuple[int, int], previous: _Cue | None
    ) -> tuple[int, int] | None:
        """'اتهم سكان من ناحية راجو عناصر من فرقة الحمزات بـ...': after a verb of accusing the
        accuser comes first and the accused (a party) after it: the speaker ends there. A
        coordinated accusation naming one party before its charge ('واتهمت "هيئة تحرير الشام"
        بقصف ...') in an earlier speaker's sentence names only the accused: no new speaker."""
        stop = phrase[1]
        split = self._split_parties(phrase)
        if split != phrase:
            return split  # 'فعاليات محلية ميليشيا حزب الله', 'الوزارة الفصائل'
        charged = stop < len(self.toks) and _with_b(self.toks[stop])
        coordinated = cue.word[:1] in ("و", "ف") and self._same_sentence(cue, previous)
        return None if charged and coordinated else phrase

    def _split_parties(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """The subject of a verb with a party as its object: up to where that party starts
        ('فعاليات محلية | ميليشيا حزب الله', 'الوزارة | الفصائل', 'العشائر | قسد')."""
        first, stop = phrase
        hits = [
            hit
            for hit in [*self.rules.kinds.scan(self.toks[first:stop]), *self._names_in(phrase)]
            if "party" in hit.payloads and not self._governed(first + hit.first, hit.words[0])
        ]
        starts = sorted({first + hit.first for hit in hits})
        construct = not self.toks[first].norm.startswith(("ال", "وال")) and not (
            self.rules.kinds.match(self.toks, first) or self.rules.names.match(self.toks, first)
        )  # 'قيادة الجيش' is one name; 'ناشطون قوات الأمن' a speaker and the party accused
        if starts and starts[0] > first and not (starts[0] == first + 1 and construct):
            return (first, starts[0])  # ('قيادة الجيش' is one name)
        lead = first + 1 if starts and starts[0] > first else first
        lead = max((first + h.stop for h in hits if first + h.first == lead), default=lead)
        while lead in starts and not self.toks[lead - 1].norm.startswith(("ال", "وال")):
            # 'وزارة الدفاع الروسية': a noun in construct with the next is one name
            lead = max(first + h.stop for h in hits if first + h.first == lead)
        later = [k for k in starts if k >= lead]
        return (first, min(later)) if later else phrase

    def _first_party(self, phrase: tuple[int, int]) -> tuple[int, int]:
        """'وأمهلت العشائر قسد 48 ساعة', 'وطالب الجيش التركي الفصائل بـ': a verb of two parties
        names its subject first; a party after a first one is its object."""
        first, stop = phrase
        split = self._split_parties(phrase)
        lead = [h for h in self.rules.kinds.scan(self.toks[first:stop]) if h.first == 0]
        lead += [h for h in self._names_in(phrase) if h.first == 0]
        return split if lead and any("party" in h.payloads for h in lead) else phrase

    def _names_in(self, phrase: tuple[int, int]) -> list[Any]:
        return self.rules.names.scan(self.toks[phrase[0] : phrase[1]])

    def _governed(self, k: int, word: str) -> bool:
        """'بالنظام', 'للتنظيم': a party word after a preposition is no noun of its own."""
        norm = self.toks[k].norm
        prefix = norm[: len(norm) - len(word)] if norm.endswith(word) else ""
        prefix = prefix[:-2] if prefix.endswith("ال") else prefix
        return any(p in prefix for p in ("ب", "ل", "ك"))

    def _warned(self, cue: _Cue, phrase: tuple[int, int], previous: _Cue | None) -> bool:
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

    def _plural_verb(self, cue: _Cue) -> bool:
        """'هددوا', 'توعدوا': a verb in the third person plural."""
        return cue.word.endswith("وا")

    def _reported_threat(self, cue: _Cue, previous: _Cue | None) -> bool:
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

    def _deliverer(self, cue: _Cue, index: int) -> tuple[int, int] | None:
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
                delivered = self.rules.statement_nouns | _SPEECHES  # 'ألقى الهجري كلمة': the speech
                end = next(
                    (j for j in range(*phrase) if self.toks[j].stems() & delivered), phrase[1]
                )
                return (phrase[0], end) if end > phrase[0] else None
            k -= 1
        return None

    def _earlier_subject(
        self, cue: _Cue, previous: _Cue | None, index: int
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

    def _own_cue(self, cue: _Cue) -> None:
        """'نؤكد': the statement's own voice; 'قيل' / 'يُرجّح': nobody named, unless social media
        is named before it in the sentence ('انتشرت على مواقع التواصل صور قيل إنها')."""
        if cue.stance != "hearsay":
            return
        k = cue.first - 1
        while k >= 0 and self.sentence[k] == self.sentence[cue.first]:
            if self.breaks[k] and self.rules.openers.match(self.toks, k) is not None:
                return  # '..., فيما أُفيد بنزوح ...': a new clause, nobody named in it
            hit = self.rules.kinds.match(self.toks, k)
            if hit is not None and "social" in hit.payloads:
                cue.speaker, cue.speaker_kind = (k, hit.stop), "social"
                return
            k -= 1

    def _spokesman(self, cue: _Cue, previous: _Cue | None) -> bool:
        """'توعدت عشيرة X على لسان أحد وجهائها': على لسان right after a verb's speaker names
        its spokesman; the verb's speaker and stance hold for what follows."""
        if not cue.according or previous is None or previous.according:
            return False
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

    def _reported_object(self, k: int) -> bool:
        """An indefinite report noun after a speaker is what is reported ('أنباء', 'روايات'),
        except in an agency's name ('وكالة أنباء هاوار')."""
        norm = self.toks[k].norm
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        named = self.toks[k - 1].norm in self.rules.addressees
        return bare in self.rules.report_nouns and not named

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

    def _aside(self, cue: _Cue) -> bool:
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

    def _kind(self, phrase: tuple[int, int], index: int) -> str:
        kind = self._classify(phrase, index)
        if kind is None:
            kind = self._apposition(phrase, index)
        if kind is None:
            kind = self._known_person(phrase)
        return kind or self.rules.default_kind

    def _apposition(self, phrase: tuple[int, int], index: int) -> str | None:
        """'وقال أحمد العودة، قائد اللواء الثامن، إن': the role between commas after a name."""
        k = phrase[1]
        if k >= len(self.toks) or "،" not in self.text[self.toks[k - 1].end : self.toks[k].start]:
            return None
        if self.toks[k].norm in _APPOSITION_OPENERS:
            k += 1  # 'وهي ناشطة من المدينة'
        stop = k
        while stop < len(self.toks) and stop - k < self.rules.max_words:
            if stop > k and self.breaks[stop]:
                break
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
                window = (max(0, k - self.rules.max_words), k + n)
                return self._classify(window, 0)
        return None

    def _classify(self, phrase: tuple[int, int], index: int) -> str | None:
        first, stop = phrase
        words = [self.toks[k].norm for k in range(first, stop)]
        stems = {s for k in range(first, stop) for _, s, _ in self.toks[k].readings}
        if len(words) == 2 and words[1] in _SAME:
            words = words[:1]  # 'المصدر نفسه', 'المصدر ذاته': the same source again
        if len(words) == 1 and (words[0] in self.rules.anaphors or stems & self.rules.anaphors):
            if any(self._self_noun(w, index) for w in {words[0]} | (stems & self.rules.anaphors)):
                return self.own_kind  # 'وأضافت الحملة' in the campaign's own text
            referent = self._referent_kind(phrase, index, words[0])
            if referent is not None:
                return referent  # else 'ونفى الجيش' with nobody named before: the word's kind
        if len(words) == 1 and words[0] in self.rules.latter:
            latter = self._latter_kind(first)
            if latter is not None:
                return latter  # 'بينما أعلنت الأخيرة': the one named last before it
        if self.rules.states.match(self.toks, first) is not None:
            return "party"  # 'هددت تركيا', 'قالت طهران': a state or its capital speaks
        if self.toks[first].stems() & self.rules.party_heads or self._linked_party_head(phrase):
            return "party"  # محافظة القنيطرة: the governorate's administration speaks
        near = next(
            (k for k in range(first + 1, stop) if self.toks[k].stems() & self.rules.proximity),
            None,
        )
        if near is not None:  # 'مصادر مقربة من التنظيم': close to a party, not the party
            stop = near
        found: set[str] = set()
        sub = self.toks[first:stop]
        if self._party_account(sub):
            return "party"  # 'جبهة النصرة على حساب تابع لها على تويتر': the party speaks
        # 'مدير الشبكة فضل عبد الغني': a definite noun that refers back to a named speaker
        refs = [k for k in range(1, len(sub)) if sub[k].norm in self.rules.anaphors]
        other: set[str] = set()
        for hit in [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]:
            found.update(hit.payloads)
            if not any(hit.first <= k < hit.stop for k in refs):
                other.update(hit.payloads)
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
        if self.toks[first].stems() & self.rules.activists and "social" not in found:
            return "local"  # 'ناشطون من حملة ...': activists of a campaign are local sources
        if found <= {"local", "outlet"} and self._names_own_source((first, stop)):
            return "outlet"  # 'إحصائية لفرات بوست': a local page naming itself is the outlet
        for kind in self.rules.priority:
            if kind in found:
                return _PUBLIC_KIND.get(kind, kind)
        if "outlet" in found:
            return "outlet"
        nouns = [  # 'إحصائية للتجمع': the group named before, rather than the statement
            noun for noun in (self._anaphor_noun(k) for k in range(first, stop)) if noun is not None
        ]
        nouns.sort(key=lambda noun: "ال" + noun in self.rules.statement_anaphors)
        for noun in nouns:
            if self._self_noun(noun, index):
                return self.own_kind  # 'إحصائية للتجمع' in the Gathering's own text
            kind = self._referent_kind(phrase, index, noun)
            if kind is not None:
                return kind
        return None

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
        return _PUBLIC_KIND.get(kind, kind)

    def _party_account(self, sub: list[Tok]) -> bool:
        """A party named before the social medium it speaks on ('نشر المكتب الإعلامي على
        تلغرام') is still that party; activists or pages on social media are not."""
        hits = [*self.rules.kinds.scan(sub), *self.rules.names.scan(sub)]
        social = [hit.first for hit in hits if "social" in hit.payloads]
        if not social:
            return False
        at = min(social)
        before = {kind for hit in hits if hit.stop <= at for kind in hit.payloads}
        return "party" in before and not before & {"local", "monitor", "notable"}

    def _linked_party_head(self, phrase: tuple[int, int]) -> bool:
        """'مصدر في محافظة ريف دمشق': an official body right after a speaker head's link."""
        first, stop = phrase
        if not self._is_head(first):
            return False
        link = next(
            (j for j in range(first + 1, stop) if self.toks[j].norm in self.rules.inside), None
        )
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
            if head in fold(self.text[self.starts[a] : self.toks[b - 1].end]):
                containing.append(cue)
        if containing:
            return containing[0].speaker_kind
        if "ال" + head in self.rules.statement_anaphors and earlier:
            return earlier[0].speaker_kind  # 'وأضاف البيان': whoever issued it
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
                    return _PUBLIC_KIND.get(kind, kind)
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

    def _party_voice(self) -> bool:
        text = self.text.lstrip()
        first_line = text.split("\n", 1)[0]
        first_words = [fold(w) for w in first_line.split()[:3]]
        if first_words and first_words[0] in self.rules.first_line_starts:
            return True
        opening = {fold(w) for w in re.split(r"[\s()\-–:|]+", " ".join(text.split()[:3])) if w}
        header = self.header
        if header and any(
            self.rules.party_voices.scan([t for t in self.toks if t.end <= len(header)])
        ):
            return True  # 'المركز الإعلامي لقوات سوريا الديمقراطية' as the text's source line
        opening |= {fold(w) for w in re.split(r"[\s()\-–:|]+", header) if w}  # 'سري كانيه - هاوار'
        for line in self._source_lines():  # 'headline\n\nريف دمشق-سانا\n...'
            opening |= {fold(w) for w in re.split(r"[\s()\-–:|]+", line) if w}
        return bool(opening & self.rules.opening_sources)

    def _names_source(self, words: list[Tok]) -> bool:
        """'السويداء 24', 'عنب بلدي': a line that is a network's or a known source's name."""
        if not words:
            return False
        if any(self.rules.networks.scan(words)) or words[-1].norm in _NETWORK_NUMBERS:
            return True
        hit = self.rules.names.match(words, 0)
        return hit is not None and hit.stop == len(words)

    def _source_lines(self) -> list[str]:
        """'headline\n\nالرقة - الرقة تذبح بصمت\n...': short lines right after the headline,
        a dateline or a source's name (a dash is no word)."""
        return [
            line
            for line in self.text.lstrip().split("\n")[1:_DATELINE_LINES]
            if line.strip()
            and len([w for w in line.split() if not _DASHES.fullmatch(w)]) <= _DATELINE_WORDS
        ]

    def _header(self) -> str:
        """The text's source as its first line names it: 'فرات بوست', 'صدى الجبل | ...',
        'حمص - لجان التنسيق المحلية', 'قامشلو - هاوار: ...' ('المرصد: مقتل ...' is a headline)."""
        line = self.first_line
        if "|" in line:
            line = line[: line.find("|")]
        elif ":" in line:
            line = line[: line.find(":")]
            if not _DATELINE_DASH.search(line):
                return ""
        if len([w for w in line.split() if not _DASHES.fullmatch(w)]) > _HEADER_WORDS:
            return ""  # 'لجان التنسيق المحلية في سوريا – حمص': a dash is no word
        words = [t for t in self.toks if t.end <= len(line)]
        if any(self._verb_stem(t) is not None for t in words):
            return ""  # 'وزارة الدفاع تنفي': a short headline, not the source's name
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
        if prefix and len(prefix.split()) <= _HEADER_WORDS:
            toks = [t for t in self.toks if t.end <= len(prefix)]
            if any(self.rules.networks.scan(toks)):
                names.append([t.norm for t in toks])
        if not self.header:  # 'headline\n\nالسويداء 24\n...': a network's name on its own line
            for source in self._source_lines():
                for part in re.split(r"[-–—|]", source):
                    words = tokens(part)
                    if any(self.rules.networks.scan(words)):
                        names.append([t.norm for t in words])
        return names

    def _dateline(self, part: str) -> bool:
        """'سكاي نيوز عربية - السويداء': a place in the header is the dateline, not a name."""
        from reviewer.suggest.places import find_places

        toks = tokens(part)
        covered = sum(s.end - s.start for s in find_places(part, toks))
        return bool(toks) and covered >= len(part.strip().replace(" ", "")) - 1

    def _own_network(self) -> bool:
        """The text is a local network's own ('درعا 24', 'تجمع أحرار حوران: ...')."""
        return any(
            self.rules.networks.scan(tokens(" ".join(name))) or name[-1] in _NETWORK_NUMBERS
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
        return "outlet"

    # --- attributing a claim --------------------------------------------------------

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
        ]
        before = [c for c in near if c.start <= start]
        if len(before) > 1 and self._hedge_left_behind(before[-1], first):
            before = before[:-1]  # 'قالت مصادر إن طائرات يرجح أنها أردنية ...، ما أدى إلى مقتل'
        cue: _Cue | None = before[-1] if before else (near[0] if near else None)
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
        if cue is None:
            cue = self._quoting_cue(start)
        if cue is None:
            cue = self._speaker_after_quote(sentence, end)
        if cue is None:
            cue = self._according_after(sentence, last)
            if (
                cue is not None
                and not self.breaks[cue.first]
                and self._opener_between(last + 1, cue.first)
            ):
                cue = None  # 'قتل 11 مدنياً، فيما دارت اشتباكات قتل فيها تسعة وفق مصادر في
                # الفصيل': with no comma before it the source covers only its own clause
        if cue is not None and cue.own and cue.speaker is None:
            named = self._according_after(sentence, last)
            if named is not None and named.speaker is not None:
                return self._attribution(named, first, last, stance=self._stance(cue, first, last))
            kind = "party" if self.party_voice or self._first_person(sentence) else self.own_kind
            return Attribution(None, kind, self._stance(cue, first, last), None, None)
        if cue is not None and cue.speaker is not None:
            return self._attribution(self._named_in_sentence(cue), first, last)
        headline = self._headline_speaker(first)
        if headline is not None:
            return headline
        tally = self._tally_before(sentence)
        if tally is not None:
            return self._attribution(tally, first, last)
        kind = "party" if self.party_voice or self._first_person(sentence) else self.own_kind
        return Attribution(None, kind, self._stance(None, first, last))

    def _named_in_sentence(self, cue: _Cue) -> _Cue:
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

    def _within(self, cue: _Cue, first: int, last: int) -> bool:
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

    def _relayed(self, cue: _Cue, relay: _Cue, last: int) -> bool:
        """'ذكر المرصد أن مسلحين قتلوا ثلاثة مدنيين، نقلاً عن أقارب الضحايا': a verb's report
        that names, after the claim and before any other cue, whom it passes on: they speak."""
        if not relay.word.startswith(_RELAY_ACCORDING) or cue.speaker is None:
            return False
        return not any(last < other.first < relay.first for other in self.cues)

    def _others(self, first: int, last: int) -> bool:
        """'بينما أصيب 7 آخرون': 'others' goes on with the count of the clause before."""
        return any(
            self._bare(self.toks[k].norm) in self.rules.others for k in range(first, last + 1)
        )

    def _says_nothing_before(self, cue: _Cue, first: int) -> bool:
        """A demand or warning that reports no speech (no أن/إن, colon or quotation before the
        clause opener: 'طالب X الفصائل بوقف القتال، بينما ...') does not reach past the opener."""
        if cue.according or cue.speaker is None:
            return False
        if self._stem_of(cue) not in self.rules.demand_verbs | self.rules.two_party_verbs:
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
                or gap.strip() in _QUOTES
            ):
                return False
        return True

    def _postposed(self, cue: _Cue) -> bool:
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

    def _hedge_left_behind(self, cue: _Cue, first: int) -> bool:
        """'يرجح أنها أردنية استهدفت مزرعة، ما أدى إلى مقتل أربعة': a hedge with no speaker
        inside another's report hedges its own clause; the result it is followed by ('ما أدى
        إلى', 'ما أسفر عن') is the reporting speaker's again."""
        if not (cue.own and cue.speaker is None and cue.stance == "hearsay"):
            return False
        return any(
            self.breaks[k]
            and self.toks[k].norm in _RESULT_OPENERS
            and k + 1 < first
            and self.toks[k + 1].norm in self.rules.result_verbs
            for k in range(cue.stop, first)
        )

    def _carrier(self, cue: _Cue) -> bool:
        """'وفق ما نقلته الوكالة الوطنية': an according-to phrase naming only a carrier."""
        stop = cue.speaker[0] if cue.speaker is not None else cue.stop
        return any(
            (self._verb_stem(self.toks[k]) or "").endswith(_RELAY) for k in range(cue.first, stop)
        )

    def _result_between(self, start: int, stop: int) -> bool:
        """'...، ما أسفر عن مقتل ستة مدنيين': a result clause between a cue and the claim."""
        return any(
            self.breaks[k]
            and self.toks[k].norm in _RESULT_OPENERS
            and k + 1 < len(self.toks)
            and bool(self.toks[k + 1].stems() & self.rules.result_verbs)
            for k in range(start, stop)
        )

    def _opener_between(self, start: int, stop: int) -> bool:
        """A clause opener ('فيما', 'بينما') between a cue and the claim: a new clause."""
        return any(
            self.breaks[k] and self.rules.openers.match(self.toks, k) is not None
            for k in range(start, stop)
        )

    def _tally_before(self, sentence: int) -> _Cue | None:
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
        return before[-1]

    def _according_after(self, sentence: int, last: int) -> _Cue | None:
        """'ويُقدّر عدد ... وفق أرقام المفوضية': the according-to phrase after the claim."""
        after = [
            c
            for c in [*self.cues, *self.relatives]
            if c.according and self.sentence[c.first] == sentence and c.first > last
        ]
        return min(after, key=lambda c: c.first) if after else None

    def _relative_cues(self) -> list[_Cue]:
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
            relative = bool(back) and self.toks[k - 1].norm in _RELATIVES  # 'الذين وثقهم المرصد'
            if not relative and not any(self.toks[j].stems() & nouns for j in back):
                continue
            phrase = self._phrase_after(k + 1, len(self.cues))
            if phrase is None:
                continue
            cue = _Cue(k, k + 1, tok.start, tok.end, "asserts", True, tok.norm, speaker=phrase)
            cue.speaker_kind = self._kind(phrase, len(self.cues))
            found.append(cue)
        return found

    def _attribution(
        self, cue: _Cue, first: int, last: int, stance: str | None = None
    ) -> Attribution:
        """The attribution a cue with a speaker gives the claim at tokens first..last."""
        if cue.speaker is None:
            raise ValueError("a cue without a speaker")
        a, b = cue.speaker
        if a < first < b:
            b = first  # 'أكدت مصادر ميدانية مقتل ...': the claim is no part of the speaker
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

    def _speaker_after_quote(self, sentence: int, end: int) -> _Cue | None:
        """'"رأيت خمسة مدنيين يسقطون"، قال شاهد عيان': a quotation, then its speaker."""
        after = [c for c in self.cues if self.sentence[c.first] == sentence and c.start >= end]
        if not after or after[0].according or after[0].speaker is None:
            return None
        gap = self.text[end : after[0].start]
        closing = max(gap.rfind(q) for q in '"»”')
        if closing < 0 or gap[closing + 1 :].strip(" ،,") != "":
            return None
        return after[0]

    def _quoting_cue(self, start: int) -> _Cue | None:
        """'وقال المرصد: "استهدف القصف السوق. وقتل 5 مدنيين"': a claim inside a quotation
        that a reporting verb opened, sentences earlier in the same paragraph."""
        line_start = self.text.rfind("\n", 0, start) + 1
        before = self.text[line_start:start]
        opening = max(before.rfind("«"), before.rfind("“"))
        if opening < 0 or max(before.rfind("»"), before.rfind("”")) > opening:
            opening = before.rfind('"') if before.count('"') % 2 else -1
        if opening < 0:
            return None
        quote_at = line_start + opening
        cues = [c for c in self.cues if line_start <= c.start and c.end <= quote_at]
        if not cues or cues[-1].speaker is None:
            return None
        gap = self.text[cues[-1].end : quote_at]
        return cues[-1] if len(gap) <= 80 and not _SENTENCE_END.search(gap) else None

    def _headline_speaker(self, first: int) -> Attribution | None:
        """'المرصد: مقتل ...' in a headline: the words before the colon speak."""
        line = self.first_line
        colon = line.find(":")
        if colon < 0 or self.toks[first].start < colon or self.toks[first].start >= len(line):
            return None  # the whole first line: 'الدفاع المدني: طفلان .. وأكثر من مئتي قتيل'
        if "|" in line[:colon]:
            return None  # 'صدى الجبل | حصيلة غير نهائية: ...': a page's name and a label
        if _DATELINE_DASH.search(line[:colon]):
            return None  # 'قامشلو - هاوار: استشهد ...': a dateline, the text's own source
        head = [k for k, t in enumerate(self.toks) if t.end <= colon]
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
        if not head or len(head) > self.rules.max_words:
            return None
        if any((self._is_stop(k) and not self._head_link(k)) or self._counts(k) for k in head):
            return None  # 'حصيلة غير نهائية: 11 قتيلاً', 'عاجل: ...': no speaker
        phrase = (head[0], head[-1] + 1)
        if self._is_place_only(phrase):
            return None
        start, end = self.toks[phrase[0]].start, self.toks[phrase[1] - 1].end
        kind = self._kind(phrase, 0)
        stance = self._stance(None, first, first)
        return Attribution(self.text[start:end], kind, stance, start, end)

    def _is_place_only(self, phrase: tuple[int, int]) -> bool:
        from reviewer.suggest.places import find_places

        start, end = self.toks[phrase[0]].start, self.toks[phrase[1] - 1].end
        found = find_places(self.text, self.toks[phrase[0] : phrase[1]])
        covered = sum(s.end - s.start for s in found)
        return covered >= len(fold(self.text[start:end]).replace(" ", "")) - 1

    def _first_person(self, sentence: int) -> bool:
        words = {
            s
            for k, t in enumerate(self.toks)
            if self.sentence[k] == sentence
            for _, s, _ in t.readings
        }
        return bool(words & self.rules.first_person)

    def _stance(self, cue: _Cue | None, first: int, last: int) -> str:
        stance = cue.stance if cue is not None else "asserts"
        if cue is not None and not cue.according and cue.first < first:
            start = cue.stop
            if cue.speaker is not None and cue.stop <= cue.speaker[0] and cue.speaker[1] <= first:
                start = cue.speaker[1]  # 'قال المتحدث ستيفان دوجاريك': no word of a name
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
        if stance == "asserts" and cue is not None and cue.speaker is not None:
            end = last + 1  # 'قال مصدر إن الأنباء عن انسحاب القوات عارية عن الصحة'
            while end < len(self.toks) and not self.breaks[end]:
                end += 1
            if any(self.rules.untrue.match(self.toks, k) for k in range(scope.start, end)):
                return "denies"
        if stance != "denies" and any(
            self.rules.hearsay.match(self.toks, k) is not None for k in scope
        ):
            return "hearsay"
        if stance == "asserts" and self._unverified_after(last):
            return "hearsay"
        reported = stance == "asserts" and cue is not None and not cue.according
        if reported and self.toks[first].norm in self.rules.denial_particles:
            nxt = self.toks[first + 1].norm if first + 1 < len(self.toks) else ""
            if self._bare(nxt) not in self.rules.not_denials and self._own_negation(first):
                return "denies"  # 'وقال مصدر إن فصائله "لم تشن أي هجوم"': a quoted denial
        return stance

    def _own_negation(self, first: int) -> bool:
        """'إن فصائله "لم تشن"', 'إنه لم', '"لم نطلق"': a negation of the speaker's own side or
        opening what is said; 'إن قوات "أندوف" التابعة للأمم المتحدة لم تتدخل' negates what
        another party did and asserts it."""
        if first == 0 or self.breaks[first]:
            return True
        prev = first - 1
        return self.toks[prev].norm in self.rules.speech_markers or self._own_subject(prev)

    def _unverified_after(self, last: int) -> bool:
        """'قتلوا 15 عنصراً، وهو ما لم يتسن التحقق منه': the outlet says it could not verify
        what it reports, later in the claim's sentence."""
        k = last + 1
        starts = {cue.first for cue in self.cues if cue.speaker is not None}
        while k < len(self.toks) and self.sentence[k] == self.sentence[last]:
            if k in starts:
                return False  # 'بينما تحدثت مصادر عن ... لم يتسن التحقق منها': theirs
            if self.rules.unverified_after.match(self.toks, k) is not None:
                return True
            k += 1
        return False

    def _forecast(self, k: int, stems: set[str]) -> bool:
        """'سيبقى', 'ستكون' of anything but the speaker itself ('أنه سيبقى', 'قواته ستبقى'
        and 'سنبقى' are its own intention): a forecast keeps the cue's stance."""
        if not {stem[1:] for stem in stems if stem[:1] == "س"} & self.rules.forecast_verbs:
            return False
        return k == 0 or not self._own_subject(k - 1)

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
        stems = {tok.norm} | {s for _, s, art in tok.readings if not art}
        if stems & rules.plan_verbs and k > 0 and not self._own_subject(k - 1):
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
            if (
                len(stem) >= shortest
                and stem[0] == "س"
                and stem[1] in "يتن"
                and not any(stem.startswith(w) for w in rules.not_future)
            ):
                return True
        return False


def attribute(text: str, start: int, end: int) -> Attribution:
    """The attribution of one claim span; use :class:`Attributor` for many in one text."""
    return Attributor(text).attribute(start, end)
