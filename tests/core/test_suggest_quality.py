"""Precision and recall of the suggesters on the hand-labelled articles.

tests/suggest_labels/ holds the labels of the five sample reports and of thirteen short
articles written for these tests (other places, actors and phrasings; seven of them with
villages, neighbourhoods, brigades and tribes no list knows), so that the rules are not
judged only on the texts they were developed on.
"""

from pathlib import Path

import pytest

from reviewer.suggest.quality import evaluate, evaluate_attribution, load_labels

LABELS = Path(__file__).resolve().parents[1] / "suggest_labels" / "labels.json"


@pytest.fixture(scope="module")
def scores():
    return evaluate(LABELS)


def test_labels_agree_with_the_texts():
    articles = load_labels(LABELS)  # raises when a labelled count disagrees with the text
    assert len(articles) == 18
    assert sum(len(gold) for _, _, gold in articles) > 350


@pytest.mark.parametrize("kind", ["place", "actor", "figure"])
def test_targets(scores, kind):
    score = scores[kind]
    assert score.labelled >= 35
    assert score.recall >= 0.9, (score.recall, score.misses)
    assert score.precision >= 0.8, (score.precision, score.false_positives)


def test_dates_are_measured_too(scores):
    assert scores["date"].labelled >= 30
    assert scores["date"].recall >= 0.8 and scores["date"].precision >= 0.8


def test_targets_hold_on_the_articles_not_in_the_sample_corpus():
    own = evaluate(LABELS, only="articles/")
    for kind in ("place", "actor", "figure"):
        assert own[kind].recall >= 0.85, (kind, own[kind].misses)
        assert own[kind].precision >= 0.8, (kind, own[kind].false_positives)


def test_new_places_and_actors_are_counted_and_mostly_right(scores):
    """The contextual rules (reviewer.suggest.new_names) find names no list knows. Most
    groups of these articles are on the actor list since issue 18's named groups, so few
    new actors remain here; test_suggest_new_names covers the rule on short texts."""
    places, actors = scores["place"], scores["actor"]
    assert places.new_suggested >= 15 and places.new_correct >= 0.9 * places.new_suggested
    assert actors.new_suggested >= 1 and actors.new_correct >= 0.8 * actors.new_suggested


DEV2 = LABELS.parents[1] / "suggest_dev2" / "labels.json"


def test_second_development_set_loads_and_its_named_groups_are_found():
    """tests/suggest_dev2: fifteen articles naming armed groups (development data)."""
    articles = load_labels(DEV2)  # raises when a labelled count disagrees with the text
    assert len(articles) == 15
    actors = evaluate(DEV2)["actor"]
    assert actors.labelled >= 90
    assert actors.precision >= 0.85, actors.false_positives
    assert actors.recall >= 0.9, actors.misses


DEV8 = LABELS.parents[1] / "suggest_dev8" / "labels.json"


def test_eighth_development_set_keeps_who_says_what():
    """tests/suggest_dev8: twenty articles rich in speakers of every kind and stance."""
    assert len(load_labels(DEV8)) == 20
    said = evaluate_attribution(DEV8)
    assert said.labelled >= 180
    assert said.accuracy >= 0.95, said.errors
    assert said.kind >= 0.95 * said.labelled, said.errors


DEV7 = LABELS.parents[1] / "suggest_dev7" / "labels.json"


def test_seventh_development_set_keeps_its_places_and_figures():
    """tests/suggest_dev7: twenty articles rich in places and figures of every form."""
    assert len(load_labels(DEV7)) == 20
    scores = evaluate(DEV7)
    assert scores["place"].precision >= 0.97, scores["place"].false_positives
    assert scores["place"].recall >= 0.95, scores["place"].misses
    assert scores["figure"].precision >= 0.98, scores["figure"].false_positives
    assert scores["figure"].recall >= 0.97, scores["figure"].misses


DEV10 = LABELS.parents[1] / "suggest_dev10" / "labels.json"


def test_tenth_development_set_keeps_its_places_and_figures():
    """tests/suggest_dev10: fifteen articles of tallies, fronts, camps and arrest campaigns,
    Kurdish and Arabic names, figures of every form (place 0.97 / 0.91, figure 0.99 / 0.94
    before its rules)."""
    assert len(load_labels(DEV10)) == 15
    scores = evaluate(DEV10)
    assert scores["place"].precision >= 0.98, scores["place"].false_positives
    assert scores["place"].recall >= 0.97, scores["place"].misses
    assert scores["figure"].precision >= 0.98, scores["figure"].false_positives
    assert scores["figure"].recall >= 0.98, scores["figure"].misses


DEV13 = LABELS.parents[1] / "suggest_dev13" / "labels.json"


def test_thirteenth_development_set_keeps_its_figures_of_people():
    """tests/suggest_dev13: ten articles of tolls split over clauses, fighters by side, counts
    after their noun, 'up to', brackets (figure 0.96 / 0.88 before the third figure round)."""
    assert len(load_labels(DEV13)) == 10
    figures = evaluate(DEV13)["figure"]
    assert figures.precision >= 0.98, figures.false_positives
    assert figures.recall >= 0.96, figures.misses


DEV14 = LABELS.parents[1] / "suggest_dev14" / "labels.json"


def test_fourteenth_development_set_finds_actors_in_everyday_variety():
    """tests/suggest_dev14: fifteen articles naming state units and branches, militias, tribes,
    Kurdish and Druze forces, jihadists, SNA factions, unidentified gunmen, foreign forces and
    generic parties in every role (actor 0.94 / 0.82 before the fourth actor round)."""
    assert len(load_labels(DEV14)) == 15
    actors = evaluate(DEV14)["actor"]
    assert actors.precision >= 0.96, actors.false_positives
    assert actors.recall >= 0.86, actors.misses


DEV15 = LABELS.parents[1] / "suggest_dev15" / "labels.json"


def test_fifteenth_development_set_names_actors_of_every_era_as_outlets_do():
    """tests/suggest_dev15: fifteen articles, 2012-2025, naming regime units, Iran's militias,
    rebels, jihadists, SNA factions, Kurdish forces, tribes and the forces after the fall as their
    outlets name them (actor 0.96 / 0.85 before the actor list's second round)."""
    assert len(load_labels(DEV15)) == 15
    actors = evaluate(DEV15)["actor"]
    assert actors.precision >= 0.95, actors.false_positives
    assert actors.recall >= 0.88, actors.misses


DEV11 = LABELS.parents[1] / "suggest_dev11" / "labels.json"


def test_eleventh_development_set_finds_the_actors_earlier_sets_name_least():
    """tests/suggest_dev11: fifteen articles on leaders' and families' militias, clans, military
    councils, foreign forces by every name, anonymous gunmen and victims of every kind
    (actor 0.94 / 0.81 before the second actor round)."""
    assert len(load_labels(DEV11)) == 15
    actors = evaluate(DEV11)["actor"]
    assert actors.precision >= 0.95, actors.false_positives
    assert actors.recall >= 0.83, actors.misses


DEV6 = LABELS.parents[1] / "suggest_dev6" / "labels.json"


def test_sixth_development_set_actors_of_every_era_are_found():
    """tests/suggest_dev6: twenty short articles dense in actors of 2012-2025 and in counted
    generic parties (development data; actor recall was 0.65 before its rules)."""
    articles = load_labels(DEV6)  # raises when a labelled count disagrees with the text
    assert len(articles) == 20
    actors = evaluate(DEV6)["actor"]
    assert actors.labelled >= 190
    assert actors.precision >= 0.95, actors.false_positives
    assert actors.recall >= 0.9, actors.misses


def test_a_new_camp_matches_a_label_with_or_without_its_noun():
    """'مخيم الهول' proposed as a new place is the camp a label quotes as 'الهول' (labels
    differ on whether to quote the noun, as for 'حي'); 'تل ملح' is still not 'ملح'."""
    from reviewer.suggest.model import Suggestion
    from reviewer.suggest.quality import Gold, _matches

    camp = Suggestion("place", 0, 10, "مخيم الهول", "Al Hol Camp", {"new": True})
    assert _matches(camp, Gold("place", 5, 10, "الهول", ("Al Hol",)))
    hill = Suggestion("place", 0, 6, "تل ملح", "Tal Milh", {"new": True})
    assert not _matches(hill, Gold("place", 3, 6, "ملح", ("Milh",)))


DEV17 = LABELS.parents[1] / "suggest_dev17" / "labels.json"


def test_seventeenth_development_set_keeps_its_places_and_figures():
    """tests/suggest_dev17: twelve articles of villages, quarters and camps in lists, on roads
    and after directions, everyday-word and Kurdish names, facilities named after villages,
    and figures in words, bounds and corrected tolls (place 0.97 / 0.91, figure 0.99 / 0.93
    before the evening's place and figure rounds)."""
    assert len(load_labels(DEV17)) == 12
    scores = evaluate(DEV17)
    assert scores["place"].precision >= 0.98, scores["place"].false_positives
    assert scores["place"].recall >= 0.96, scores["place"].misses
    assert scores["figure"].precision >= 0.98, scores["figure"].false_positives
    assert scores["figure"].recall >= 0.96, scores["figure"].misses


DEV18 = LABELS.parents[1] / "suggest_dev18" / "labels.json"


def test_eighteenth_development_set_names_actors_as_every_camp_does():
    """tests/suggest_dev18: fifteen short articles on 2012-2016 battalions, militias and early
    IS and Nusra names, foreign forces named through units, aircraft and border guards, 2025's
    forces and tribal fighters, and outlets' epithets (actor 0.945 / 0.825 before the actor
    list's third round)."""
    assert len(load_labels(DEV18)) == 15
    actors = evaluate(DEV18)["actor"]
    assert actors.precision >= 0.93, actors.false_positives
    assert actors.recall >= 0.88, actors.misses


DEV19 = LABELS.parents[1] / "suggest_dev19" / "labels.json"


def test_nineteenth_development_set_keeps_who_says_what():
    """tests/suggest_dev19: twelve articles of mixed news with several speakers each, named
    before and after the claim, carried over sentences, in headlines, relayed through outlets,
    denying, confirming and threatening (attribution 0.829 before the fourth attribution round)."""
    assert len(load_labels(DEV19)) == 12
    score = evaluate_attribution(DEV19)
    assert score.accuracy >= 0.95, score.errors


DEV20 = LABELS.parents[1] / "suggest_dev20" / "labels.json"


def test_twentieth_development_set_keeps_its_places_and_figures():
    """tests/suggest_dev20: twelve short articles of all fourteen governorates dense in places
    (villages and farms with and without a noun, quarters, camps, lists, facilities named after
    places, foreign places) and figures (every form, in quotation marks, corrected and
    cumulative tolls, split counts): place 0.994 / 0.988, figure 0.986 / 0.959 before the
    round that was tuned on it."""
    assert len(load_labels(DEV20)) == 12
    scores = evaluate(DEV20)
    assert scores["place"].precision >= 0.98, scores["place"].false_positives
    assert scores["place"].recall >= 0.98, scores["place"].misses
    assert scores["figure"].precision >= 0.98, scores["figure"].false_positives
    assert scores["figure"].recall >= 0.98, scores["figure"].misses


DEV21 = LABELS.parents[1] / "suggest_dev21" / "labels.json"


def test_twenty_first_development_set_names_the_actors_met_in_passing():
    """tests/suggest_dev21: twelve short articles of all fourteen governorates, 2012-2025, with
    the actors a journalist names in passing (state branches, militias, factions, jihadists,
    Kurdish and Druze forces, tribes, foreign forces, unidentified gunmen) and generic parties in
    every role and number (actor 0.924 / 0.856 before the fifth actor round)."""
    assert len(load_labels(DEV21)) == 12
    actors = evaluate(DEV21)["actor"]
    assert actors.precision >= 0.91, actors.false_positives
    assert actors.recall >= 0.86, actors.misses
