"""Event hints: trigger words mapped to sub-event types (rules are data)."""

import json

from reviewer.paths import resource_path
from reviewer.suggest.hints import find_hints
from reviewer.vocab import event_types


def hints(text):
    return [(s.text, s.value) for s in find_hints(text)]


def test_the_triggers_named_in_the_issue():
    assert hints("بعد سيطرة الفصائل") == [("سيطرة", "Non-state actor overtakes territory")]
    assert hints("قصف على الأحياء") == [("قصف", "Shelling/artillery/missile attack")]
    assert hints("شن الطيران غارات") == [("غارات", "Air/drone strike")]
    assert hints("إطلاق سراح المعتقلين") == [("إطلاق سراح", "Other")]
    assert hints("وانسحاب الجيش") == [("انسحاب", "Non-violent transfer of territory")]


def test_clitics_and_article_on_triggers():
    assert hints("بعد السيطرة على المدينة") == [("السيطرة", "Non-state actor overtakes territory")]


def test_every_rule_names_a_real_acled_pair():
    vocab = event_types()
    rules = json.loads(resource_path("suggest", "hints.json").read_text(encoding="utf-8"))
    for hint in rules["hints"]:
        assert vocab.is_valid_pair(hint["event_type"], hint["sub_event_type"]), hint["id"]
