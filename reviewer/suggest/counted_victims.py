"""Victims counted by a figure: persons killed or injured by a strike, shelling, bombing,
massacre or gunfire ('74 شخصاً قتلوا في قصف'، '23 قتيلاً بغارات على سوق دوما'، 'أسعفت زهاء خمسين
جريحاً' after Turkish shelling) are ``Civilians (Syria)`` (actor convention 8 of the night of
2026-11-30), the count through its noun the mention.

A count of the dead names no party by itself: tolls of fighting mix fighters and civilians
(convention (d)), and a count of persons is also one of the displaced or the besieged. The
figure suggester has already read the count and whether it counts the killed or injured (its
category); this rule adds what makes them victims of one side's violence: the text names them
civilians ('معظمهم من المدنيين', 'عدد القتلى المدنيين ... 90 شخصاً'), or names the means (a strike,
shell, barrel bomb, car bomb, massacre, sniper, aircraft) in their sentence, in the two before
it (a lead's strike, then its toll), or for a headline's count in the lead after it; and no
sign of a mixed toll (clashes, fighters or foreigners named, civilians counted among them,
'في صفوفهم', 'من الطرفين'), of a sub-count ('بينهم ثلاثة أطفال', 'ثمانية من القتلى'), of a
protest's dead (their own rules make them protesters), of a year's tally of strikes, or of a
death no force caused (mines, war remnants, hunger, flight). The words are data in
resources/suggest/counted_victims.json.
"""

from __future__ import annotations

from functools import cache
from itertools import takewhile
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.persons_tolls import index_at, sentence_tokens, word_before
from reviewer.suggest.text import Tok, fold

__all__ = ["counted_victim_spans", "force_post_hit"]


@cache
def _rule() -> dict[str, Any]:
    raw = _data.rules("counted_victims")
    out: dict[str, Any] = {
        k: frozenset(fold(w) for w in v) for k, v in raw.items() if isinstance(v, list)
    }
    out["categories"] = frozenset(raw.get("categories", []))
    out["actor"] = str(raw.get("actor", "Civilians (Syria)"))
    out["period_tallies"] = tuple(tuple(fold(w).split()) for w in raw.get("period_tallies", []))
    out["window"] = int(raw.get("window", 0))
    out["means_window"] = int(raw.get("means_window", raw.get("window", 0)))
    out["force_target_window"] = int(raw.get("force_target_window", 0))
    out["no_force_inter"] = frozenset(raw.get("no_force_inter", []))
    out["fighters_window"] = int(raw.get("fighters_window", raw.get("window", 0)))
    out["lead_sentences"] = int(raw.get("lead_sentences", 1))
    out["sub_count_window"] = int(raw.get("sub_count_window", 0))
    out["direct_means_gap"] = int(raw.get("direct_means_gap", 0))
    out["victims_of"] = tuple(tuple(fold(w).split()) for w in raw.get("victims_of", []))
    out["victims_of_window"] = int(raw.get("victims_of_window", 0))
    out["received_window"] = int(raw.get("received_window", 0))
    out["protest_actor"] = str(raw.get("protest_actor", "Protesters (Syria)"))
    out.setdefault("civilians_named", frozenset())
    counted = _data.rules("actors").get("counted", {})
    out["sub_count"] = frozenset(fold(w) for w in counted.get("sub_count_words", []))
    return out


def counted_victim_spans(
    text: str, toks: list[Tok], found: list[Suggestion], figures: list[Suggestion]
) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each figure of killed or injured persons the rule makes
    victims; figures an actor suggestion already overlaps are left as they are."""
    rule = _rule()
    taken = [(s.start, s.end) for s in found if s.kind == "actor"]
    forces = [s.start for s in found if s.kind == "actor" and _is_force(s, rule)]
    out: list[tuple[int, int, str]] = []
    for fig in figures:
        if fig.extra.get("category") not in rule["categories"]:
            continue
        first, last = index_at(toks, fig.start), index_at(toks, fig.end - 1)
        if first is None or last is None:
            continue
        noun = next((k for k in range(first, last + 1) if toks[k].forms() & rule["nouns"]), None)
        if noun is None:
            continue  # '64 شخصاً على الأقل': the noun need not end the figure
        if (noun == first and last > noun) or (noun > first and toks[noun - 1].norm == "من"):
            continue  # 'الجرحى 200' names a toll; 'ثمانية من القتلى' is a part of one given
        nxt = toks[noun + 1] if noun + 1 < len(toks) and toks[noun + 1].joined else None
        end = nxt.end if nxt is not None and nxt.forms() & rule["civilians_counted"] else fig.end
        if any(a < end and fig.start < b for a, b in taken):
            continue  # 'قتيلين مدنيين': the count goes on into a mention already found
        counts = [(f.start, f.end) for f in figures if f.start >= fig.end]
        people = fig.extra.get("category") == "people"
        if _is_victims(text, toks, first, last, counts, rule, people, forces):
            out.append((fig.start, toks[noun].end, rule["actor"]))  # through the noun
        elif not people and (party := _protest_toll(text, toks, first, last, rule)):
            out.append((fig.start, toks[noun].end, party))
    return out


def _is_victims(
    text: str,
    toks: list[Tok],
    first: int,
    last: int,
    counts: list[tuple[int, int]],
    rule: dict[str, Any],
    people: bool,
    forces: list[int],
) -> bool:
    """Killed or injured (for persons in general, a word of harm says so) by violence whose
    means the sentence or the one before names, in no mixed toll and no sub-count."""
    window = rule["window"]
    near = list(sentence_tokens(text, toks, first, -1, rule["sub_count_window"]))
    if any(toks[k].forms() & rule["sub_count"] for k in near):
        return False  # بينهم ثلاثة أطفال: a sub-count
    if near and toks[near[0]].forms() & rule["fighters_before"]:
        return False  # مقتل عنصر وإصابة تسعة أشخاص
    if any(toks[k].forms() & rule["ranks"] for k in near):
        return False  # أوقعت في صفوفهم عشرات القتلى: a side's losses
    before = list(sentence_tokens(text, toks, first, -1, window))
    after = list(sentence_tokens(text, toks, last, 1, window))
    if _killed_by_means(toks, before, after, forces, rule):
        return True
    if _victims_of_means(text, toks, first, rule):
        return True
    around = [toks[k].forms() for k in before + after]
    if _excluded(around, rule):
        return False
    named = False  # 'معظمهم من المدنيين', 'عدد القتلى المدنيين ... 90 شخصاً'
    for k in _own_after(toks, after, rule):  # not 'وإصابة أربعة بينهم عنصر': others' toll
        stems = toks[k].forms()
        if stems & rule["mixed_after"]:
            return False  # بينهم 5 عناصر، في صفوف قوات النظام: a mixed toll, or fighters
        if stems & rule["civilians_counted"]:
            among = any(toks[j].forms() & rule["among"] for j in (k - 1, k - 2) if j > last)
            if among or any(a <= toks[k].start < b for a, b in counts):
                return False  # بينهم 19 مدنياً، بينهم مدنيون، نصفهم من المدنيين: a mixed toll
            named = True
    if people and not any(s & rule["harm_words"] for s in around):
        return False  # نزوح نحو 400 شخص: persons, but no victims
    named = named or any(
        toks[k].forms() & rule["civilians_counted"] and _after_toll(toks, k, rule)
        for k in sentence_tokens(text, toks, first, -1, rule["means_window"])
        if k > 0
    )
    if named:
        return True
    if _period_tally(toks, before + after, rule["period_tallies"]):
        return False  # a year's or a month's tally not named civilians mixes fighters
    wide = rule["means_window"]
    sentence = [
        *sentence_tokens(text, toks, first, -1, wide),
        *sentence_tokens(text, toks, last, 1, wide),
    ]
    fighters = [k for k in sentence if k < first]
    tail = list(sentence_tokens(text, toks, last, 1, rule["fighters_window"]))
    theirs = _second_sub_count(toks, tail, rule)  # 'وإصابة أربعة بينهم عنصر': the second's
    for k in tail:
        if toks[k].forms() & rule["claim_breaks"]:
            break  # 'مشيرة إلى أن عناصر التنظيم ...': another claim
        if k not in theirs:
            fighters.append(k)
    if any(toks[k].forms() & rule["mixed_after"] for k in fighters):
        return False  # 'الهجمات على قوات النظام وعناصر التسويات ... 354 شخصاً'، 'تخريج ضباط'
    if _force_hit(toks, sentence, forces, rule):
        return False  # 'قصفت الفصائل مواقع لقوات النظام ... مقتل 12 شخصاً': whose dead?
    if any(toks[k].forms() & rule["means"] for k in sentence):
        return True
    if _received(text, toks, first, last, rule):
        lead = _sentences_before(text, toks, first, wide, rule["lead_sentences"])
        read = [toks[k].forms() for k in [*sentence, *lead]]
        return not _excluded(read, rule) and not _mixed(toks, lead, rule)
    context = _sentences_before(text, toks, first, wide, rule["lead_sentences"])
    if first == 0 or "\n" not in text[: toks[first].start]:
        context += _headline_lead(text, toks, last, wide)  # a headline's lead tells how
    read = [toks[k].forms() for k in context]
    if _excluded(read, rule) or _mixed(toks, context, rule):
        return False
    if _force_hit(toks, context, forces, rule):
        return False
    return any(s & rule["means"] for s in read)


def _killed_by_means(
    toks: list[Tok], before: list[int], after: list[int], forces: list[int], rule: dict[str, Any]
) -> bool:
    """'23 قتيلاً ببراميل متفجرة على دوما ومعارك في جوبر', '16 قتيلاً في قصف على دوما واشتباكات
    بين ...': the means named right after the count ('direct_means_gap' words, 'في' or the
    preposition ب on it) says what killed them; a second event joined by و after it (clashes,
    a defection) is no mixing of this toll. Read up to that و, and the words before in the
    sentence back to a 'joiners' word ('نزح الآلاف، فيما قُتل ثلاثة أشخاص': another event), for
    everything else that makes a toll no civilians' (not the fighters who used the means)."""
    gap = rule["direct_means_gap"]
    if not any(toks[k].forms() & rule["means"] for k in after[:gap]):
        return False
    own: list[int] = []
    for k in after:
        if toks[k].text.startswith("و") and own:
            break  # 'ومعارك في جوبر': a second event
        own.append(k)
    agent = _agent_after_means(toks, own, rule)  # 'برصاص مسلحين مجهولين': who killed them
    mine = list(takewhile(lambda k: not toks[k].forms() & rule["joiners"], before))
    read = [*mine, *(k for k in own if k not in agent)]
    if _excluded([toks[k].forms() for k in read], rule) or _mixed(toks, read, rule):
        return False
    if any(toks[k].forms() & rule["civilians_counted"] for k in own):
        return False  # 'بينهم 12 مدنياً' and the like: left to the rule below
    return not _force_hit(toks, read, forces, rule) and not _period_tally(
        toks, read, rule["period_tallies"]
    )


def _second_sub_count(toks: list[Tok], tail: list[int], rule: dict[str, Any]) -> set[int]:
    """The words of a sub-count of a second harmed count joined by و after this one ('مقتل
    شخصين وإصابة أربعة بينهم عنصر من الأمن العام'), up to the end of its clause."""
    out: set[int] = set()
    second = inside = False
    for k in tail:
        if inside and not toks[k].joined:
            inside = False
        if _second_harm(toks[k], rule):
            second = True
        elif second and toks[k].forms() & rule["sub_count"]:
            inside = True
        if inside:
            out.add(k)
    return out


def _own_after(toks: list[Tok], after: list[int], rule: dict[str, Any]) -> list[int]:
    """The words after a count up to a second harm joined by و ('مقتل شخصين وإصابة أربعة
    بينهم عنصر من الأمن العام'): what follows it qualifies that second count, not this one."""
    return list(takewhile(lambda k: not _second_harm(toks[k], rule), after))


def _second_harm(tok: Tok, rule: dict[str, Any]) -> bool:
    """A word of harm joined by و ('وإصابة'): a second harmed count begins there."""
    return tok.text.startswith("و") and bool(tok.forms() & rule["harm_words"])


def _agent_after_means(toks: list[Tok], own: list[int], rule: dict[str, Any]) -> set[int]:
    """The words right after a word of the means that name who used it ('برصاص مسلحين
    مجهولين', 'بنيران عناصر الحاجز'): fighters there killed, they are not among the dead."""
    out: set[int] = set()
    for n, k in enumerate(own):
        if toks[k].forms() & rule["means"]:
            for m in own[n + 1 : n + 3]:
                if not toks[m].forms() & rule["mixed_after"]:
                    break
                out.add(m)
    return out


def _victims_of_means(text: str, toks: list[Tok], first: int, rule: dict[str, Any]) -> bool:
    """'تعرضت لمجزرة في آب 2012 راح ضحيتها أكثر من 500 شخص', 'قصف راح ضحيته 16 شخصاً': the
    count right after a 'victims_of' phrase whose pronoun stands for a massacre, strike or
    bombing named in its clause before ('means' within 'victims_of_window' words, not past a
    comma) counts that event's victims, whatever else the sentence tells (a town's protests
    of another year)."""
    phrases = rule["victims_of"]
    k = first - 1
    if k < 1 or not any(toks[k - 1].norm == a and toks[k].norm == b for a, b in phrases):
        return False
    m = k - 2
    while m >= 0 and first - m <= rule["victims_of_window"]:
        if any(c in "،,.:\n" for c in text[toks[m].end : toks[m + 1].start]):
            return False
        if toks[m].forms() & rule["means"]:
            return True
        m -= 1
    return False


def _protest_toll(text: str, toks: list[Tok], first: int, last: int, rule: dict[str, Any]) -> str:
    """'قتيلان وأكثر من عشرين جريحاً في تظاهرات ريف درعا', 'سقط ثلاثة قتلى برصاص الأمن خلال
    تفريق المظاهرة': the killed and injured of a protest are protesters (the rule above leaves
    a protest's toll out of the civilians): a protest word in the sentence, no clash, no death
    no force caused, no sub-count and no fighters counted with them. Civilians named in the
    sentence ('استهدفت مدنيين كانوا متوجهين للاحتجاج ... سقوط ستة قتلى') keep them civilians.
    The party, or '' when the rule does not apply."""
    window = rule["window"]
    near = list(sentence_tokens(text, toks, first, -1, rule["sub_count_window"]))
    if any(toks[k].forms() & rule["sub_count"] for k in near):
        return ""
    read = [
        *sentence_tokens(text, toks, first, -1, window),
        *sentence_tokens(text, toks, last, 1, window),
    ]
    stems = [toks[k].forms() for k in read]
    if not any(s & rule["protest_words"] for s in stems):
        return ""
    if any(s & (rule["clash_words"] | rule["no_party"] | rule["mixed_after"]) for s in stems):
        return ""
    if any(s & rule["civilians_named"] for s in stems):
        return str(rule["actor"])
    return str(rule["protest_actor"])


def _received(text: str, toks: list[Tok], first: int, last: int, rule: dict[str, Any]) -> bool:
    """'استقبل المشفى 45 جريحاً', 'أسعفت فرقه زهاء خمسين جريحاً': the wounded a hospital or
    medics received ('received_nouns' counted after a 'received_words' word up to
    'received_window' words before the count in its sentence) are victims of the violence."""
    if not any(toks[k].forms() & rule["received_nouns"] for k in range(first, last + 1)):
        return False
    window = rule["received_window"]
    return word_before(text, toks, first, rule["received_words"], window)


def _after_toll(toks: list[Tok], k: int, rule: dict[str, Any]) -> bool:
    """'عدد القتلى المدنيين', 'عدد القتلى من المدنيين': the civilians word at ``k`` right
    after a toll noun, or after one and a partitive 'toll_links' word."""
    tolls = rule["toll_nouns"]
    if toks[k - 1].forms() & tolls:
        return True
    return (
        k > 1
        and bool(toks[k - 1].forms() & rule["toll_links"])
        and bool(toks[k - 2].forms() & tolls)
    )


def _is_force(s: Suggestion, rule: dict[str, Any]) -> bool:
    """An actor suggestion of an armed force (not civilians, protesters or rioters)."""
    return s.value != rule["actor"] and s.extra.get("inter") not in rule["no_force_inter"]


def force_post_hit(text: str, toks: list[Tok], first: int, found: list[Suggestion]) -> bool:
    """A force's post, position, convoy or depot named as hit in the sentence before token
    ``first`` ('قصفت الفصائل بالصواريخ مواقع لقوات النظام ... ما أدى إلى مقتل 12 شخصاً'),
    for the persons' rule in actors.py: its dead are no civilians by the bombing alone."""
    rule = _rule()
    forces = [s.start for s in found if s.kind == "actor" and _is_force(s, rule)]
    read = list(sentence_tokens(text, toks, first, -1, rule["means_window"]))
    return bool(forces) and _force_hit(toks, read, forces, rule)


def _force_hit(toks: list[Tok], read: list[int], forces: list[int], rule: dict[str, Any]) -> bool:
    """A force's post, position, convoy or depot named in the words read as what was hit
    ('مواقع لقوات النظام', 'مقراً لتنظيم الدولة', 'مستودعاً للذخيرة تابعاً لحزب الله'): a
    'force_targets' word with a force starting within 'force_target_window' words after it,
    or a 'depots' word; not near it ('قرب حاجز للفصائل', 'near_words'). Its dead are most
    likely the force's own."""
    reach = rule["force_target_window"]
    for k in read:
        forms = toks[k].forms()
        if not forms & rule["force_targets"]:
            continue
        if any(toks[j].forms() & rule["near_words"] for j in (k - 1, k - 2) if j >= 0):
            continue  # 'حياً سكنياً قرب حاجز للفصائل': the homes were hit
        if forms & rule["depots"]:
            return True
        stop = toks[min(k + reach, len(toks) - 1)].end
        if any(toks[k].end <= at < stop for at in forces):
            return True
    return False


def _mixed(toks: list[Tok], read: list[int], rule: dict[str, Any]) -> bool:
    """Fighters or foreigners named, or civilians counted inside a toll ('بينهم 745 مدنياً'),
    in the sentences read: the tolls there mix sides."""
    for k in read:
        stems = toks[k].forms()
        if stems & rule["mixed_after"]:
            return True
        if stems & rule["civilians_counted"] and any(
            toks[j].forms() & rule["among"] for j in (k - 1, k - 2, k - 3) if j >= 0
        ):
            return True
    return False


def _excluded(stems: list[set[str]], rule: dict[str, Any]) -> bool:
    """A toll of fighting, of a protest, or of deaths no force caused."""
    words = rule["clash_words"] | rule["no_party"] | rule["protest_words"]
    return any(s & words for s in stems)


def _period_tally(toks: list[Tok], read: list[int], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """'منذ مطلع العام': the toll of a year's strikes, which hit fighters too."""
    at = set(read)
    return any(
        all(k + i in at and toks[k + i].norm == word for i, word in enumerate(phrase))
        for k in read
        for phrase in phrases
    )


def _sentence_start(text: str, toks: list[Tok], k: int) -> int:
    start = k
    for j in sentence_tokens(text, toks, k, -1, len(toks)):
        start = j
    return start


def _sentences_before(text: str, toks: list[Tok], first: int, window: int, count: int) -> list[int]:
    """The last ``window`` words of each of the ``count`` sentences before token
    ``first``'s (a lead's strike, then its toll and the wounded a hospital received)."""
    out: list[int] = []
    start = _sentence_start(text, toks, first)
    for _ in range(count):
        if start == 0:
            break
        out += [start - 1, *sentence_tokens(text, toks, start - 1, -1, window - 1)]
        start = _sentence_start(text, toks, start - 1)
    return out


def _headline_lead(text: str, toks: list[Tok], last: int, window: int) -> list[int]:
    """The first ``window`` words of the sentence after the headline's."""
    k = max([last, *sentence_tokens(text, toks, last, 1, len(toks))])
    if k + 1 >= len(toks):
        return []
    return [k + 1, *sentence_tokens(text, toks, k + 1, 1, window - 1)]
