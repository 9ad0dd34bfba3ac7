"""The speaker-kind lexicon and the general stance cues (resources/suggest/speaker_lexicon.json,
resources/suggest/stance_cues.json): names and head nouns that give an unseen speaker its kind,
and the conjugations of the deny / confirm / intend / hearsay verbs, added to the rules of
attribution.json without overriding them (a word already there keeps what it says there).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.text import fold


@cache
def speaker_kind_words() -> dict[str, tuple[str, ...]]:
    """Kind -> the names and head phrases the lexicon gives that kind (folded)."""
    raw = _data.rules("speaker_lexicon")
    out: dict[str, list[str]] = {}
    for table in ("names", "heads"):
        for kind, words in raw[table].items():
            out.setdefault(kind, []).extend(fold(w) for w in words)
    # 'شبكة سي إن إن': a network named after a known outlet is that outlet, not a local page
    out["outlet"] += [fold("شبكة " + name) for name in raw["names"].get("outlet", [])]
    return {kind: tuple(dict.fromkeys(words)) for kind, words in out.items()}


@cache
def affiliation_words() -> frozenset[str]:
    """'التابعة', 'الناطقة': an outlet or office owned by (speaking for) the party after it."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("affiliation", []))


@cache
def not_source_nouns() -> frozenset[str]:
    """'وفق الخطة', 'بحسب الاتفاق': nouns after an according-to word that name no speaker."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("not_sources", []))


@cache
def place_nouns() -> frozenset[str]:
    """'ريف', 'مدينة', 'جنوب': nouns before a place's name in a headline's place prefix."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("place_nouns", []))


@cache
def event_objects() -> frozenset[str]:
    """'يتبنى تفجيرات طرطوس': event nouns after a verb are its object, no speaker."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("event_objects", []))


@cache
def not_apposition() -> frozenset[str]:
    """'، طلب عدم ذكر اسمه،': words that make a phrase between commas no name."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("not_apposition", []))


@cache
def lexicon_anaphors() -> frozenset[str]:
    """'وأضاف المجلس': bare nouns that refer back to the last speaker they head."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get("anaphors", []))


@cache
def loyal_words() -> frozenset[str]:
    """'الموالية', 'مقربة': a medium loyal or close to a party is not that party's own account."""
    raw = _data.rules("speaker_lexicon").get("loyal", [])
    return frozenset(fold(w) for w in raw) | _data_proximity()


def _data_proximity() -> frozenset[str]:
    return frozenset(fold(w) for w in _data.rules("attribution").get("proximity_words", []))


def _stance_raw() -> dict[str, Any]:
    return _data.rules("stance_cues")


@cache
def stance_verbs() -> dict[str, str]:
    """Verb form (folded) -> stance, every conjugation the file lists."""
    return {fold(w): stance for stance, words in _stance_raw()["verbs"].items() for w in words}


@cache
def stance_participles() -> frozenset[str]:
    """Circumstantial participles ('زاعماً', 'واصفاً'): they continue the previous speaker."""
    return frozenset(fold(w) for w in _stance_raw().get("participles", []))


@cache
def stance_passive_hearsay() -> frozenset[str]:
    """Passive hedges with no speaker ('يُخشى أن', 'يُحتمل أن'): the text's own voice, hearsay."""
    return frozenset(fold(w) for w in _stance_raw().get("passive_hearsay", []))


@cache
def lexicon_word_list(key: str) -> frozenset[str]:
    """One folded word list of speaker_lexicon.json ('person_titles', 'envoy_heads'): words
    kept out of attribution.json because they are also words of names."""
    return frozenset(fold(w) for w in _data.rules("speaker_lexicon").get(key, []))


@cache
def agent_heads() -> dict[str, str]:
    """'على يد', 'من قبل': the head noun the agent of a passive event follows -> the word
    right before it (speaker_lexicon.json 'agent_heads'), folded."""
    raw = _data.rules("speaker_lexicon").get("agent_heads", {})
    return {fold(head): fold(before) for head, before in raw.items()}


@cache
def country_names() -> frozenset[str]:
    """Countries' Arabic names (places.json's never_split, the list new_names reads as
    countries): 'وحمّل الائتلاف الوطني روسيا مسؤولية' names the blamed state after the
    speaker."""
    return frozenset(fold(w) for w in _data.rules("places").get("never_split", []))


@cache
def stance_word_list(key: str) -> frozenset[str]:
    """One folded word list of stance_cues.json ('denial_particles', 'calls_to_arms',
    'neutral_verbs', 'inner_after')."""
    return frozenset(fold(w) for w in _stance_raw().get(key, []))


def stance_phrases(key: str) -> list[str]:
    """One phrase list of stance_cues.json as written ('hearsay_phrases')."""
    return list(_stance_raw().get(key, []))


@cache
def stance_nouns() -> dict[str, frozenset[str]]:
    """Stance -> verbal nouns that carry it after a renewing verb ('جدد تأكيده': confirms)."""
    raw = _stance_raw().get("stance_nouns", {})
    return {stance: frozenset(fold(w) for w in words) for stance, words in raw.items()}


def tally_nouns() -> frozenset[str]:
    """'حصيلة', 'أرقام', 'إحصائية': a tally a speaker may be told of ('وهي أرقام وصفها مصدر
    بأنها "غير دقيقة"'; speaker_lexicon.json 'tally_nouns')."""
    return lexicon_word_list("tally_nouns")
