"""The reporting-cue lexicon (resources/suggest/attribution.json) loaded once into
``Rules``: words folded, phrases indexed, and the actor and source lists turned into the
speaker kinds their names give.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.attribution.speaker_lexicon import (
    event_objects,
    lexicon_anaphors,
    lexicon_word_list,
    speaker_kind_words,
    stance_participles,
    stance_passive_hearsay,
    stance_phrases,
    stance_verbs,
    stance_word_list,
)
from reviewer.suggest.text import PhraseIndex, fold


@dataclass(frozen=True)
class Rules:
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
    # 'تضاربت الأنباء حول': hearsay only for what follows the link (stance_cues.json)
    conflicting: PhraseIndex[str]
    disputed_links: frozenset[str]
    disputed_counts: frozenset[str]
    first_line_starts: frozenset[str]
    opening_sources: frozenset[str]
    independent_sources: frozenset[str]  # '(الأناضول) / (هاوار)': a wire that mixes sources
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
    unconfirmed: PhraseIndex[str]  # '...، لكنه لم يتأكد من ذلك': the speaker passes it on
    denial_particles: frozenset[str]  # 'قال إن عناصره لم يشتبكوا': a claim opening negated
    social_hearsay: frozenset[str]  # 'تحدثت صفحات': hearsay from social media only
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
    learn_after: frozenset[str]  # 'كما علم المرصد أن': a learning verb after كما reports
    said_participles: frozenset[str]  # 'مقراً': also a noun, reports only before ب/أن
    student_verbs: frozenset[str]  # 'طالب': also 'a student', demands only with ب/أن
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
    source_anaphors: frozenset[str]  # 'وبحسب المصدر' with no source named: the last speaker
    headline_labels: frozenset[str]  # 'بالفيديو: ...': a headline's label, no speaker
    relay: tuple[str, ...]  # 'نقلت X عن Y': Y is the speaker
    relay_according: str  # 'نقلاً عن': a source passed on
    social_adjective: str  # 'مواقع التواصل الاجتماعي'
    result_openers: frozenset[str]  # 'ما أدى إلى', 'مما أسفر عن'
    speeches: frozenset[str]  # 'ألقى الهجري كلمة': what a speaker delivers
    negations: frozenset[str]  # 'لم يعلن', 'ولم ينف': a negated verb reports nothing
    or_words: frozenset[str]  # 'ولم ينف المصدر أو يؤكد': negated too
    amma: frozenset[str]  # 'أما المرصد فقال': the topic speaks
    kana: frozenset[str]  # 'وكان الجيش قد نفى': the subject before the verb
    that_words: frozenset[str]  # 'قال إن', 'بأن': what was said follows
    network_numbers: frozenset[str]  # 'السويداء 24', 'دير الزور 24': local networks
    bullet_marks: frozenset[str]  # '- مصادر أهلية: ...': a bulletin's line, a headline of its own
    carried_kinds: frozenset[str]  # 'ذكرت وكالة ... أن المرصد أحصى': sources an outlet carries
    apposition_openers: frozenset[str]  # '..., وهو مسؤول في ...': an apposition
    relatives: frozenset[str]  # 'التي كانت قد وثقت': no subject of its own
    where_words: frozenset[str]  # '...، حيث أعلنت': the clause before has the subject
    same_words: frozenset[str]  # 'المصدر نفسه': the speaker named before
    issued: frozenset[str]  # 'بيان صادر عن': the issuer follows
    object_pronouns: frozenset[str]  # 'توعد به': the verb's object, no speaker
    self_emphasis: frozenset[str]  # 'أعلن بنفسه': 'himself', the subject stood before
    perfect_particles: frozenset[
        str
    ]  # 'كان الجيش قد نفى', 'فقد ذكرت': no part of a subject before the verb
    relay_markers: frozenset[str]  # 'نقل عن', 'نقل قوله': a relay names what was said
    so_called: PhraseIndex[str]  # 'ما يسمى "المجلس العسكري"': no part of the name
    own_media: frozenset[str]  # 'عبر حسابها': where the speaker spoke, not who
    pronoun_thats: frozenset[str]  # 'يعتقد أنها': a hedge's 'that it'
    blame_verbs: frozenset[str]  # 'وحمّل X Y المسؤولية': blame, only with مسؤولية
    blame_nouns: frozenset[str]
    person_titles: frozenset[str]  # 'النقيب', 'الشيخ': a person's title before his name
    envoy_heads: frozenset[str]  # 'المبعوث الأممي إلى سوريا': إلى stays in the speaker


def _phrases(words: list[str], payload: str, index: PhraseIndex[str] | None = None):
    index = index if index is not None else PhraseIndex(article_strict=False)
    for word in words:
        index.add(word, payload)
    return index


#: Actors whose members speak as local sources: their aliases give no "party" speaker.
NOT_PARTIES = frozenset({"Civilians", "Protesters"})


@cache
def load_rules() -> Rules:
    raw = _data.rules("attribution")
    verbs = {fold(w): stance for stance, words in raw["verbs"].items() for w in words}
    kinds: PhraseIndex[str] = PhraseIndex(article_strict=False)
    for kind, words in raw["kinds"].items():
        _phrases(words, kind, kinds)
    listed = {words for words, _ in kinds.phrases()}
    for kind, words in speaker_kind_words().items():  # resources/suggest/speaker_lexicon.json
        _phrases([w for w in words if tuple(w.split()) not in listed], kind, kinds)
    for form, stance in stance_verbs().items():  # resources/suggest/stance_cues.json
        verbs.setdefault(form, stance)
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
    return Rules(
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
        anaphors=frozenset(fold(w) for w in raw["anaphors"]) | lexicon_anaphors(),
        future=frozenset(fold(w) for w in raw["future"]) | stance_word_list("intent_words"),
        vows=_phrases(raw.get("vows", []), "vow"),
        speech_markers=_folded(raw, "speech_markers"),
        future_min=int(raw["future_prefix_min_letters"]),
        not_future=frozenset(fold(w) for w in raw["not_future"]),
        hearsay=_phrases([*raw["hearsay"], *stance_phrases("hearsay_phrases")], "hearsay"),
        conflicting=_phrases(stance_phrases("conflicting_reports"), "conflicting"),
        disputed_links=stance_word_list("disputed_links"),
        disputed_counts=stance_word_list("disputed_counts"),
        first_line_starts=frozenset(fold(w) for w in voice["first_line_starts"]),
        opening_sources=frozenset(fold(w) for w in voice["opening_sources"]),
        independent_sources=frozenset(fold(w) for w in voice["independent_sources"]),
        first_person=frozenset(fold(w) for w in voice["first_person"]),
        names=names,
        first_person_verbs=_folded(raw, "first_person_verbs"),
        participles=_folded(raw, "participles") | stance_participles(),
        not_cue_after=_folded(raw, "not_cue_after"),
        statement_nouns=_folded(raw, "statement_nouns"),
        passive_hearsay=_folded(raw, "passive_hearsay") | stance_passive_hearsay(),
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
        object_nouns=_folded(raw, "object_nouns") | event_objects(),
        count_nouns=_folded(raw, "count_nouns"),
        tally_openers=_folded(raw, "tally_openers"),
        party_voices=_phrases(raw.get("party_voices", []), "party"),
        monitor_voices=_phrases(raw.get("monitor_voices", []), "monitor"),
        activists=_folded(raw, "activist_heads"),
        states=_phrases(raw.get("state_speakers", []), "state"),
        denial_particles=_folded(raw, "denial_particles") | stance_word_list("denial_particles"),
        social_hearsay=_folded(raw, "social_hearsay_verbs"),
        unconfirmed=_phrases(raw.get("unconfirmed_by_speaker", []), "unconfirmed"),
        networks=_phrases(raw.get("local_networks", []), "network"),
        self_nouns=_folded(raw, "network_self_nouns"),
        fight_threats=_folded(raw, "notable_fight_threats"),
        forecast_verbs=_folded(raw, "forecast_verbs") | stance_word_list("forecast_verbs"),
        own_subjects=_folded(raw, "own_subjects"),
        subject_openers=_folded(raw, "subject_openers"),
        titles=_folded(raw, "titles"),
        plan_verbs=_folded(raw, "plan_verbs"),
        go_on_verbs=_folded(raw, "go_on_verbs"),
        expect_verbs=_folded(raw, "expect_verbs"),
        deliver_verbs=_folded(raw, "deliver_verbs"),
        in_it=_folded(raw, "in_it"),
        unit_anaphors=_folded(raw, "unit_anaphors"),
        source_anaphors=_folded(raw, "source_anaphors"),
        headline_labels=_folded(raw, "headline_labels"),
        accuse_verbs=_folded(raw, "accuse_verbs"),
        report_nouns=_folded(raw, "report_nouns"),
        learn_verbs=_folded(raw, "learn_verbs"),
        learn_after=_folded(raw, "learn_after"),
        said_participles=_folded(raw, "said_participles"),
        student_verbs=_folded(raw, "student_verbs"),
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
        untrue=_phrases([*raw.get("untrue", []), *stance_phrases("untrue_phrases")], "untrue"),
        published_things=_folded(raw, "published_things"),
        deployed_things=_folded(raw, "deployed_things"),
        relay=tuple(fold(w) for w in raw["relay_verbs"]),
        relay_according=fold(raw["relay_according"]),
        social_adjective=fold(raw["social_adjective"]),
        result_openers=_folded(raw, "result_openers"),
        speeches=_folded(raw, "speeches"),
        negations=_folded(raw, "negations"),
        or_words=_folded(raw, "or_words"),
        amma=_folded(raw, "amma"),
        kana=_folded(raw, "kana"),
        that_words=_folded(raw, "that_words"),
        network_numbers=_folded(raw, "network_numbers"),
        bullet_marks=frozenset(raw["bullet_marks"]),
        carried_kinds=frozenset(raw["carried_kinds"]),
        apposition_openers=_folded(raw, "apposition_openers"),
        relatives=_folded(raw, "relatives"),
        where_words=_folded(raw, "where_words"),
        same_words=_folded(raw, "same_words"),
        issued=_folded(raw, "issued"),
        object_pronouns=_folded(raw, "object_pronouns"),
        self_emphasis=_folded(raw, "self_emphasis"),
        perfect_particles=_folded(raw, "perfect_particles"),
        relay_markers=_folded(raw, "relay_markers"),
        so_called=_phrases(raw.get("so_called", []), "so_called"),
        own_media=_folded(raw, "own_media_nouns"),
        pronoun_thats=_folded(raw, "pronoun_thats"),
        blame_verbs=stance_word_list("blame_verbs"),
        blame_nouns=stance_word_list("blame_nouns"),
        person_titles=lexicon_word_list("person_titles"),
        envoy_heads=lexicon_word_list("envoy_heads"),
    )


def _folded(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in raw.get(key, []))
