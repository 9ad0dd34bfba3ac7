"""Evidence spans: code-point offsets plus the quoted words, checked against the text."""

import pytest

from reviewer.errors import ValidationError
from reviewer.offsets import OffsetMap
from reviewer.storage import open_database
from reviewer.storage.events import create_event, delete_event
from reviewer.storage.evidence import (
    attach_evidence,
    delete_evidence,
    list_evidence,
    trim_span,
)

# Latin run, ASCII and Arabic-Indic digits, and a character outside the BMP.
TEXT = "عاجل 🚨 BREAKING: سيطرت هيئة تحرير الشام على حماة، وأُفرج عن ٣٠٠٠ سجين (3000)."


def _article(db, text=TEXT, key="a") -> int:
    return db.execute(
        "INSERT INTO articles (content_hash, title, text, imported_at) VALUES (?, 't', ?, 'now')",
        [key, text],
    ).lastrowid


def _span(words: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_span_after_a_non_bmp_character_round_trips(db_path):
    db = open_database(db_path)
    article = _article(db)
    event = create_event(db, article)
    for field, words in (("location", "حماة"), ("fatalities", "٣٠٠٠"), ("notes", "(3000)")):
        attach_evidence(db, event, article, field, *_span(words), user="amal")
    db.close()

    db = open_database(db_path)
    spans = list_evidence(db, event)
    assert [(e.field, e.quote) for e in spans] == [
        ("location", "حماة"),
        ("fatalities", "٣٠٠٠"),
        ("notes", "(3000)"),
    ]
    location = spans[0]
    assert TEXT[location.start : location.end] == "حماة"
    # Qt would place it one unit later (the emoji is two UTF-16 units): never stored.
    assert OffsetMap(TEXT).cp_to_utf16(location.start) == location.start + 1
    assert location.created_by == "amal"
    db.close()


def test_quote_must_equal_the_text_at_the_offsets(db):
    article = _article(db)
    event = create_event(db, article)
    start, end = _span("حماة")
    # The UTF-16 position of the same word is off by one after the emoji.
    with pytest.raises(ValidationError, match="not the article's text"):
        attach_evidence(db, event, article, "location", start + 1, end + 1, quote="حماة")
    assert list_evidence(db, event) == []
    evidence_id = attach_evidence(db, event, article, "location", start, end, quote="حماة")
    assert list_evidence(db, event)[0].id == evidence_id


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (10, 9), (0, len(TEXT) + 1)])
def test_span_must_lie_inside_the_text(db, span):
    article = _article(db)
    event = create_event(db, article)
    with pytest.raises(ValidationError):
        attach_evidence(db, event, article, "notes", *span)


def test_field_must_be_an_event_field(db):
    article = _article(db)
    event = create_event(db, article)
    with pytest.raises(ValidationError, match="not an event field"):
        attach_evidence(db, event, article, "status", 0, 4)


def test_article_must_report_the_event(db):
    article, other = _article(db), _article(db, text="نص آخر طويل", key="b")
    event = create_event(db, article)
    with pytest.raises(ValidationError, match="does not report"):
        attach_evidence(db, event, other, "notes", 0, 3)


def test_attach_is_idempotent_and_delete_removes(db):
    article = _article(db)
    event = create_event(db, article)
    first = attach_evidence(db, event, article, "actor1", *_span("هيئة تحرير الشام"))
    assert attach_evidence(db, event, article, "actor1", *_span("هيئة تحرير الشام")) == first
    second = attach_evidence(db, event, article, "location", *_span("حماة"))
    assert [e.id for e in list_evidence(db, event, field="actor1")] == [first]
    delete_evidence(db, first)
    assert [e.id for e in list_evidence(db, event)] == [second]


def test_spans_go_with_their_event(db):
    article = _article(db)
    event = create_event(db, article)
    attach_evidence(db, event, article, "location", *_span("حماة"))
    delete_event(db, event)
    assert db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_trim_span_drops_surrounding_spaces():
    text = "على  حماة  اليوم"
    start, end = text.index(" "), text.rindex(" ")
    assert text[slice(*trim_span(text, start, end))] == "حماة"
    assert trim_span("   ", 0, 3)[0] == trim_span("   ", 0, 3)[1]
