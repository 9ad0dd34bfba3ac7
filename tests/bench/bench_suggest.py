"""Precision and recall of the suggesters, development and held-out sets apart, as JSON lines.

Run: .venv/bin/python tests/bench/bench_suggest.py
Development: tests/suggest_labels (the sample corpus and the articles written with the
rules; rules are tuned on these), tests/suggest_dev2 (fifteen articles naming armed
groups, written for the actor work of issue 18) and tests/suggest_dev3 (fifteen articles
labelled before the figure, attribution and place rules of issue 18 were tuned on them),
tests/suggest_dev4 (fifteen longer articles labelled before the place and actor rules were
tuned on them), tests/suggest_dev6 (twenty short articles dense in actors of every era,
labelled before the actor rules were tuned on them), tests/suggest_dev7 (twenty short
articles rich in places and figures of every form, labelled before the place and figure
rules were tuned on them), tests/suggest_dev8 (twenty short
articles rich in who says what, labelled before the attribution rules were tuned on them),
tests/suggest_dev9 (fifteen short mixed articles on events and styles the earlier sets lack,
labelled before any suggester was run on them, a check of how the rules carry to new text),
tests/suggest_dev10 (fifteen short articles of tallies, front lines, camps and arrest campaigns,
Kurdish and Arabic names, figures of every form, labelled before the second place and figure
round was tuned on them), tests/suggest_dev11 (fifteen short articles on the actors the
earlier sets name least: leaders' and families' militias, clans in their own fights, military
councils, foreign forces by every name, anonymous gunmen and cells, victims of every kind,
labelled before the second actor round was tuned on them), tests/suggest_dev12 (ten short
articles naming actors by back-references, units, nationality adjectives, regions and victims'
roles, labelled before the third actor round was tuned on them), tests/suggest_dev13 (ten short
articles on figures of people in the forms the earlier sets have least, labelled before the third
figure round was tuned on them), tests/suggest_dev14 (fifteen short articles naming actors in
everyday variety: state units and branches, militias, tribes, Kurdish and Druze forces, jihadists,
SNA factions, unidentified gunmen, foreign forces, generic parties in every role, labelled before
the fourth actor round was tuned on them), tests/suggest_dev15 (fifteen short articles naming
actors of every era, 2012-2025, as their outlets name them, labelled before the actor list's
second round was tuned on them), tests/suggest_dev16 (twelve short articles rich in who says what:
every kind of speaker and stance in varied syntax, 2012-2025, labelled before the third
attribution round was tuned on them), tests/suggest_dev17 (twelve articles rich in places and
figures: villages, farms, quarters and camps in lists, after directions and on roads, names that
are everyday words, Kurdish names, facilities named after villages; number words, vague and
bounded counts, corrected tolls, numbers that count no one; labelled before the third place and
fourth figure round was tuned on them), tests/suggest_dev18 (fifteen short articles naming actors
as every camp's outlets name them: 2012-2016 battalions, militias and early IS and Nusra names,
foreign forces by units, aircraft and bases, 2025's forces, epithets; labelled before the actor
list's third round was tuned on them), tests/suggest_dev19 (twelve articles of ordinary mixed
news from every kind of outlet with several speakers each, named before and after the claim,
carried over sentences, in headlines, relayed, denying, confirming, threatening; labelled before
the fourth attribution round was tuned on them), tests/suggest_dev20 (twelve short articles of all
fourteen governorates, 2012-2025, dense in places and figures: villages and farms with and without a
noun, quarters, camps, lists, facilities named after places, foreign places; counts in every form,
in quotation marks, corrected and cumulative tolls, split counts; labelled before the fourth place
and fifth figure round was tuned on them), tests/suggest_dev21 (twelve short articles of all
fourteen governorates, 2012-2025, with the actors a journalist names in passing: state forces and
their branches, militias, factions, jihadists, Kurdish and Druze forces, tribes, foreign forces,
unidentified gunmen, generic parties in every role and number; labelled before the fifth actor
round was tuned on them), tests/suggest_dev23 (fourteen short articles of all fourteen
governorates, 2012-2025, dense in the armed groups the other sets rarely name: SNA factions and
brigades, jihadists, Daraa's and Sweida's local groups, tribes and clans, Iran's and Iraq's
militias, Russian and Turkish units, SDF components and councils, old-regime militias, post-2024
divisions; labelled before the sixth actor round was tuned on them), tests/suggest_dev22 (fourteen
attribution-heavy articles of all fourteen governorates, 2012-2025, from outlets and speakers the
other sets rarely use: satellite channels' sites, diaspora and Kurdish media, Russian and Turkish
ministries, UN agencies, medical and tribal sources, Telegram and X; labelled before the
speaker-kind lexicon and the stance round were tuned on them), tests/suggest_dev25 (twelve
articles of 308-363 words, all fourteen governorates, 2012-2025, rarer outlets, several disagreeing
speakers each, relayed speech, actors of both sides; labelled before any suggester was run on
them), tests/suggest_dev26 (sixteen
articles of four shapes: Telegram/Facebook bulletins, multi-agency wires with background,
official statements quoted at length and TV-site pieces, all fourteen governorates, 2012-2025;
written as data only and labelled before any suggester ran on them), tests/suggest_dev27
(fourteen actor-heavy articles, one per governorate, 2012-2025: state forces of both periods and
their branches, militias, tribes, Kurdish forces, SNA factions, jihadists, foreign forces and
generic parties, in construct states, duals, nisbas, nicknames and lists; labelled before the
night's actor recall round was tuned on them), tests/suggest_dev28 (fourteen attribution-heavy
articles, one per governorate, 2012-2025: speakers of every kind and stance, relays, passives,
speakers before and after the claim and carried over sentences, headlines; labelled before the
night's attribution round was tuned on them), tests/suggest_dev29 (fourteen place-heavy
articles, one per governorate, 2012-2025: villages, farms, hills, quarters, camps and roads next to
persons, families, tribes, units, operations, facilities, natural regions, foreign cities, streets
and outlets named like places; labelled before the night's place precision round was tuned on
them), tests/suggest_dev31 (fourteen articles, one per governorate, 2012-2025, full of speakers a
tool has rarely seen, of every kind, named by person, by office or both, before and after the
claim; labelled before the speaker-kind round of 2026-12-01 was tuned on them),
tests/suggest_dev32 (twelve articles of the north and the south, 2012-2025: victims,
detainees, the abducted and protesters in many phrasings, a Telegram bulletin, a multi-agency wire;
labelled before the last round's generic-party rules were tuned on them),
tests/suggest_dev34 (twelve articles of every governorate, 2012-2025, built
the hard way: a Telegram bulletin, a multi-agency wire, long pieces with disagreeing speakers;
labelled before the attribution round of 2026-12-01 was tuned on them),
tests/suggest_dev33 (twelve articles of the centre, east and coast, 2012-2025: groups named
in quotes, by abbreviation, short name, sponsor, unit number and nationality, counted members,
groups the list lacks; labelled before the last round's named-group rules were tuned on them),
tests/suggest_dev35 (twelve articles of the north-west, the Euphrates valley and the coast,
2012-2025: state forces under many names, tribal and unidentified gunmen, foreign forces, counted
members; labelled before the actor recall round of 2026-12-01 was tuned on them),
tests/suggest_dev36 (twelve articles of the south, Damascus and its countryside, Homs and Hama,
2012-2025, with ordinary victims, detainees, displaced people and protesters; labelled before the
generic-party round of 2026-12-01 was tuned on them),
tests/suggest_dev37 (twelve articles of the east, the north-east, Aleppo and Idlib, 2012-2025,
several long ones where party claims and denials, monitors' tolls, local sources, social media,
threats and hearsay disagree; labelled before the attribution round of 2026-12-01 was tuned on
them),
tests/suggest_dev38 (twelve articles over all fourteen governorates, 2012-2025: small villages,
farms, quarters, camps, checkpoints, roads and sources named after places, numbers in words,
approximate and open ranges, ordinals and fractions, relative dates; labelled before the places,
figures and dates round of 2026-12-01 was tuned on them),
tests/suggest_dev39 (fourteen articles, one per governorate, 2012-2025, every event type and
speaker kind, written blind; labelled before any suggester was run on them, for the miss analysis
of 2026-12-01),
tests/suggest_dev40 (fourteen articles over all fourteen governorates, 2012-2025: long pieces with
disagreeing speakers, bulletins, party statements, wires and local networks; many ordinary
victims, detainees and protesters, unidentified gunmen, tribes and militias; written blind and
labelled before any suggester was run on them, for the miss analysis of 2026-12-01),
tests/suggest_dev41 (ten articles weighted toward named armed groups: full and short names,
names in quotes and brackets and after 'ما يسمى', a group named after its leader, tribes, foreign
forces, militias by their patron, coalitions and operations rooms; labelled before any suggester
was run on them),
tests/suggest_dev42 (ten articles weighted toward generic and counted actor mentions: victims,
detainees, released prisoners, protesters, abductees, wounded, members counted by pronoun or group,
defectors, others, people fired on, and the sub-counts, displaced, returnees, denied harm, mines and
nationwide tolls that are no mention; labelled before any suggester was run on them),
tests/suggest_dev43 (ten articles weighted toward attribution: many speakers of every kind and
stance, reported speech nested in reported speech, speakers after the claim, claims over two
sentences, monitors' bulletins; labelled before any suggester was run on them),
tests/suggest_dev44 (ten long articles weighted toward who says it: four to seven speakers each,
long titles, speakers in apposition and after the claim, speakers named again, relays, quotations
over several sentences, posts and pages, anonymous sources; labelled before any suggester was run),
tests/suggest_dev45, tests/suggest_dev47, tests/suggest_dev49 (eleven articles each, written blind
by the held-out protocol on 2026-12-01 morning: the north-west 2012-17, the south and capital, the
east; their before figures measure the tool on new text; labelled before any suggester was run),
tests/suggest_dev30 (fourteen actor-heavy articles, one per governorate, 2012-2025: full
and short names, abbreviations, names in quotes and brackets, former names, wings and units,
nisbas, state forces under many names, foreign forces, militias, tribes, counted members and
victims; labelled before the late-night actor recall round was tuned on them),
tests/suggest_dev24 (fourteen place- and figure-heavy articles of all fourteen governorates,
2012-2025: quarters, camps, hills,
farms, subdistricts, Kurdish names and spellings with and without hamza, ة and the article; figures
in words, duals, approximators, 'a few and twenty', split tolls, ordinals and fractions that count
no one; labelled before the night's place and figure round was tuned on them).
Held-out: tests/heldout (written and frozen before the rules of issue 18 changed; never used to
change a rule), tests/heldout8 (v8, 33 articles written like v7 and labelled by every convention
the development sets follow, frozen at 04:46 UTC on 2026-12-01 before the second round of that
day), tests/heldout7 (v7, 33 articles written and labelled like v6, frozen at 02:00 UTC on
2026-12-01 before that day's rules), tests/heldout6 (v6, 33 articles written and labelled like
v5, frozen at 23:24 UTC on 2026-11-30 before the late-night rules), tests/heldout5 (v5, 33
articles written and labelled like v4, with longer pieces of
disagreeing speakers, bulletins and rarer outlets, frozen at 20:36 UTC on 2026-11-30 before the
night's rules), tests/heldout4 (v4, 33 articles written and labelled by three engineers who read no
rule, in the development sets' label conventions, frozen at 18:03 UTC on 2026-11-30 before the
evening's rules), tests/heldout3 (v3, written and frozen on the afternoon of 2026-11-30 by an
engineer who read no rule, never used to change one) and tests/heldout2 (v2, written and frozen
before the contextual rules for new places and actors). One line per (set, kind) with precision and
recall (a figure counts only with the right range; ``new_*`` count the new places and actors no
list knows, proposed from the noun before them), one line per set for attribution (speaker, kind
and stance all right), and the time per article; then the held-out sets pooled
(``held_out_pooled``: every held-out label and claim counted once).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import (
    AttributionScore,
    Score,
    evaluate,
    evaluate_attribution,
    load_labels,
)

TESTS = Path(__file__).resolve().parents[1]
SETS = {
    "development": TESTS / "suggest_labels" / "labels.json",
    "development_2": TESTS / "suggest_dev2" / "labels.json",
    "development_3": TESTS / "suggest_dev3" / "labels.json",
    "development_4": TESTS / "suggest_dev4" / "labels.json",
    "development_5": TESTS / "suggest_dev5" / "labels.json",
    "development_6": TESTS / "suggest_dev6" / "labels.json",
    "development_7": TESTS / "suggest_dev7" / "labels.json",
    "development_8": TESTS / "suggest_dev8" / "labels.json",
    "development_9": TESTS / "suggest_dev9" / "labels.json",
    "development_10": TESTS / "suggest_dev10" / "labels.json",
    "development_11": TESTS / "suggest_dev11" / "labels.json",
    "development_12": TESTS / "suggest_dev12" / "labels.json",
    "development_13": TESTS / "suggest_dev13" / "labels.json",
    "development_14": TESTS / "suggest_dev14" / "labels.json",
    "development_15": TESTS / "suggest_dev15" / "labels.json",
    "development_16": TESTS / "suggest_dev16" / "labels.json",
    "development_17": TESTS / "suggest_dev17" / "labels.json",
    "development_18": TESTS / "suggest_dev18" / "labels.json",
    "development_19": TESTS / "suggest_dev19" / "labels.json",
    "development_20": TESTS / "suggest_dev20" / "labels.json",
    "development_21": TESTS / "suggest_dev21" / "labels.json",
    "development_22": TESTS / "suggest_dev22" / "labels.json",
    "development_23": TESTS / "suggest_dev23" / "labels.json",
    "development_24": TESTS / "suggest_dev24" / "labels.json",
    "development_25": TESTS / "suggest_dev25" / "labels.json",
    "development_26": TESTS / "suggest_dev26" / "labels.json",
    "development_27": TESTS / "suggest_dev27" / "labels.json",
    "development_28": TESTS / "suggest_dev28" / "labels.json",
    "development_29": TESTS / "suggest_dev29" / "labels.json",
    "development_31": TESTS / "suggest_dev31" / "labels.json",
    "development_30": TESTS / "suggest_dev30" / "labels.json",
    "development_32": TESTS / "suggest_dev32" / "labels.json",
    "development_34": TESTS / "suggest_dev34" / "labels.json",
    "development_33": TESTS / "suggest_dev33" / "labels.json",
    "development_35": TESTS / "suggest_dev35" / "labels.json",
    "development_36": TESTS / "suggest_dev36" / "labels.json",
    "development_37": TESTS / "suggest_dev37" / "labels.json",
    "development_38": TESTS / "suggest_dev38" / "labels.json",
    "development_39": TESTS / "suggest_dev39" / "labels.json",
    "development_40": TESTS / "suggest_dev40" / "labels.json",
    "development_41": TESTS / "suggest_dev41" / "labels.json",
    "development_42": TESTS / "suggest_dev42" / "labels.json",
    "development_43": TESTS / "suggest_dev43" / "labels.json",
    "development_44": TESTS / "suggest_dev44" / "labels.json",
    "development_45": TESTS / "suggest_dev45" / "labels.json",
    "development_47": TESTS / "suggest_dev47" / "labels.json",
    "development_49": TESTS / "suggest_dev49" / "labels.json",
    "held_out": TESTS / "heldout" / "labels.json",
    "held_out_v2": TESTS / "heldout2" / "labels.json",
    "held_out_v3": TESTS / "heldout3" / "labels.json",
    "held_out_v4": TESTS / "heldout4" / "labels.json",
    "held_out_v5": TESTS / "heldout5" / "labels.json",
    "held_out_v6": TESTS / "heldout6" / "labels.json",
    "held_out_v7": TESTS / "heldout7" / "labels.json",
    "held_out_v8": TESTS / "heldout8" / "labels.json",
}


def _ms_per_article(labels: Path, rounds: int = 5) -> float:
    articles = load_labels(labels)
    start = time.perf_counter()
    for _ in range(rounds):
        for text, published, _ in articles:
            suggest(text, published)
    return (time.perf_counter() - start) / (rounds * len(articles)) * 1000


#: Only the development set's individual misses are printed: a held-out miss read by
#: whoever tunes the rules next would turn the held-out set into a development set.
SHOW_ITEMS = {
    "development",
    "development_2",
    "development_3",
    "development_4",
    "development_5",
    "development_6",
    "development_7",
    "development_8",
    "development_9",
    "development_10",
    "development_11",
    "development_12",
    "development_13",
    "development_14",
    "development_15",
    "development_16",
    "development_17",
    "development_18",
    "development_19",
    "development_20",
    "development_21",
    "development_22",
    "development_23",
    "development_24",
    "development_25",
    "development_26",
    "development_27",
    "development_28",
    "development_29",
    "development_31",
    "development_30",
    "development_32",
    "development_34",
    "development_33",
    "development_35",
    "development_36",
    "development_37",
    "development_38",
    "development_39",
    "development_40",
    "development_41",
    "development_42",
    "development_43",
    "development_44",
    "development_45",
    "development_47",
    "development_49",
}


def _pool(pooled: dict[str, Score], scores: dict[str, Score]) -> None:
    for kind, score in scores.items():
        into = pooled.setdefault(kind, Score(kind))
        for counter in ("labelled", "suggested", "correct", "found"):
            setattr(into, counter, getattr(into, counter) + getattr(score, counter))
        into.new_suggested += score.new_suggested
        into.new_correct += score.new_correct


def _kind_line(name: str, kind: str, score: Score) -> dict[str, object]:
    return {
        "bench": "suggest",
        "set": name,
        "kind": kind,
        "labelled": score.labelled,
        "suggested": score.suggested,
        "precision": round(score.precision, 3),
        "recall": round(score.recall, 3),
        "new_suggested": score.new_suggested,
        "new_correct": score.new_correct,
    }


def _attribution_line(name: str, attribution: AttributionScore) -> dict[str, object]:
    return {
        "bench": "suggest",
        "set": name,
        "kind": "attribution",
        "labelled": attribution.labelled,
        "speaker": round(attribution.speaker / max(attribution.labelled, 1), 3),
        "speaker_kind": round(attribution.kind / max(attribution.labelled, 1), 3),
        "stance": round(attribution.stance / max(attribution.labelled, 1), 3),
        "all_right": round(attribution.accuracy, 3),
    }


def main() -> None:
    suggest("تحمية")  # load the rules once, outside the timing
    # The held-out sets pooled (every label and claim of v1-v6 counted once): the one
    # figure per kind that no single set's conventions or size dominate.
    pooled: dict[str, Score] = {}
    pooled_attribution = AttributionScore()
    for name, labels in SETS.items():
        scores = evaluate(labels)
        for kind, score in scores.items():
            line = _kind_line(name, kind, score)
            if name in SHOW_ITEMS:
                line.update(misses=score.misses, false_positives=score.false_positives)
            print(json.dumps(line, ensure_ascii=False))
        attribution = evaluate_attribution(labels)
        line = _attribution_line(name, attribution)
        if name in SHOW_ITEMS:
            line["errors"] = attribution.errors
        print(json.dumps(line, ensure_ascii=False))
        ms = round(_ms_per_article(labels), 2)
        print(json.dumps({"bench": "suggest", "set": name, "ms_per_article": ms}))
        if name.startswith("held_out"):
            _pool(pooled, scores)
            for counter in ("labelled", "speaker", "kind", "stance", "correct"):
                total = getattr(pooled_attribution, counter) + getattr(attribution, counter)
                setattr(pooled_attribution, counter, total)
    for kind, score in pooled.items():
        print(json.dumps(_kind_line("held_out_pooled", kind, score), ensure_ascii=False))
    print(json.dumps(_attribution_line("held_out_pooled", pooled_attribution)))


if __name__ == "__main__":
    main()
