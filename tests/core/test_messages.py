"""Core messages carry an id and parameters; vocabularies carry Arabic labels as data."""

import pickle

import pytest

from reviewer.errors import ReviewerError, ValidationError
from reviewer.importing.decoding import RejectedFile, decode_bytes
from reviewer.labels import vocab_label
from reviewer.messages import TEMPLATES, Message
from reviewer.storage.events import create_event, update_event
from reviewer.vocab import event_types


def test_a_message_is_its_english_sentence_with_an_id():
    message = Message("event.date_future", date="2030-01-01")
    assert message == "2030-01-01 is in the future"
    assert (message.id, message.params) == ("event.date_future", {"date": "2030-01-01"})
    again = pickle.loads(pickle.dumps(RejectedFile(Message("import.empty"))))
    assert again.text.id == "import.empty"  # survives the import's worker process


def test_every_template_formats_with_its_own_placeholders():
    import string

    for message_id, template in TEMPLATES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert str(Message(message_id, **dict.fromkeys(names, "x"))), message_id


def test_refusals_keep_their_english_words_and_gain_an_id(sample_db):
    event_id = create_event(sample_db, 1)
    with pytest.raises(ValidationError) as refused:
        update_event(sample_db, event_id, {"event_date": "2999-01-01"})
    assert str(refused.value) == "event_date: 2999-01-01 is in the future"
    assert refused.value.message.id == "event.date_future"
    with pytest.raises(RejectedFile) as rejected:
        decode_bytes(b"")
    assert str(rejected.value) == "empty file" and rejected.value.text.id == "import.empty"
    assert ReviewerError("plain").text == "plain"


def test_every_vocabulary_value_has_an_arabic_label():
    for event_type, subtypes in event_types().subtypes.items():
        assert vocab_label("event_type", event_type, "ar") != event_type
        for sub in subtypes:
            assert vocab_label("sub_event_type", sub, "ar") != sub, sub
            disorder = event_types().disorder_type(event_type, sub)
            assert vocab_label("disorder_type", disorder, "ar") != disorder
    assert vocab_label("event_type", "Battles", "ar") == "معارك"
    assert vocab_label("inter", "State forces", "ar") == "قوات حكومية"
    assert vocab_label("interaction", "Rebel group only", "ar") == "جماعة متمردة فقط"
    assert vocab_label("time_precision", 1, "ar") == "اليوم معروف"
    assert vocab_label("reliability", "B", "ar") == "موثوق عادةً"
    assert vocab_label("credibility", 2, "ar") == "صحيحة على الأرجح"
    assert vocab_label("claim_field", "fatalities", "ar") == "القتلى"
    assert vocab_label("event_status", "reviewed", "ar") == "مُراجَع"
    assert vocab_label("event_type", "Battles", "en") == "Battles"  # English: as stored
    assert vocab_label("event_type", "Not in the codebook", "ar") == "Not in the codebook"


def test_claim_values_and_speakers_read_in_arabic():
    from reviewer.labels import attribution_label, claim_value_label

    entered = {"value_text": "denied_entry", "low": None, "best": None, "high": None}
    assert claim_value_label(entered, "ar") == "نفي الدخول"
    assert claim_value_label(entered, "en") == "denied_entry"  # English: as before
    figures = {"value_text": "مئات", "low": 200, "best": None, "high": 999}
    assert claim_value_label(figures, "ar") == claim_value_label(figures, "en")
    said = {"speaker": "المرصد السوري", "speaker_kind": "monitor", "stance": "asserts"}
    assert attribution_label(said, "ar") == "المرصد السوري — جهة رصد، يؤكد"
    # in the window the speaker's words are isolated, so they do not reorder the labels
    isolated = attribution_label(said, "en", isolate_speaker=True)
    assert isolated.startswith("\u2068المرصد السوري\u2069 — ")
