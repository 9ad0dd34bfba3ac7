"""Claims: a reported value with the article's words, their span, a range and a grade."""

import pytest

from reviewer.errors import ValidationError
from reviewer.storage import claims, reports
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event

Q = "أن عدد الذي تم الإفراج عنهم 3000 سجين"  # article 000, per local sources


@pytest.fixture
def hama(sample_db):
    """An event reported by article 000, and that article's text."""
    article = article_ids(sample_db)[0]
    event = create_event(sample_db, article)
    return sample_db, event, article, get_article(sample_db, article).text


def _span(text, quote):
    start = text.index(quote)
    return start, start + len(quote)


def test_a_claim_keeps_words_span_and_the_parsed_range(hama):
    db, event, article, text = hama
    start, end = _span(text, Q)
    claim_id = claims.add_claim(
        db, event, article, "prisoners_released", Q, start=start, end=end, user="lina"
    )
    claim = claims.get_claim(db, claim_id)
    assert text[claim["start"] : claim["end"]] == claim["verbatim"] == Q
    assert (claim["low"], claim["best"], claim["high"]) == (3000, 3000, 3000)
    assert claim["created_by"] == "lina"


def test_hundreds_keeps_its_range_but_exports_as_100(hama):
    db, event, article, text = hama
    quote = "واطلقت مئات المعتقلين"
    start, end = _span(text, quote)
    claim = claims.get_claim(
        db, claims.add_claim(db, event, article, "prisoners_released", quote, start=start, end=end)
    )
    assert (claim["low"], claim["best"], claim["high"]) == (200, None, 999)
    assert claims.claim_acled_value(claim) == 100
    assert claims.describe_value(claim) == "200–999"


# The quantity rules of the issue, each word and qualifier, as a claim stores them.
@pytest.mark.parametrize(
    ("words", "low", "best", "high", "qualifier", "acled"),
    [
        ("3000 سجين", 3000, 3000, 3000, None, 3000),
        ("٣٠٠٠ سجين", 3000, 3000, 3000, None, 3000),
        ("عشرات القتلى", 20, None, 99, None, 10),
        ("مئات المعتقلين", 200, None, 999, None, 100),
        ("آلاف السجناء", 2000, None, 9999, None, 1000),
        ("نحو 3500 سجين", 3150, 3500, 3850, "about", 3500),
        ("قرابة 100 قتيل", 90, 100, 110, "about", 100),
        ("حوالي 50 قتيلا", 45, 50, 55, "about", 50),
        ("أكثر من 3500 سجين", 3500, 3500, None, "more_than", 3500),
        ("ما لا يقل عن 300 مسلح", 300, 300, None, "at_least", 300),
        ("أقل من 10 قتلى", None, None, 9, "fewer_than", None),
    ],
)
def test_quantity_words_map_to_claim_ranges(hama, words, low, best, high, qualifier, acled):
    db, event, article, _ = hama
    claim = claims.get_claim(db, claims.add_claim(db, event, article, "fatalities", words))
    assert (claim["low"], claim["best"], claim["high"]) == (low, best, high)
    assert claim["qualifier"] == qualifier
    assert claims.claim_acled_value(claim) == acled


def test_a_quote_that_is_not_at_its_span_is_refused(hama):
    db, event, article, text = hama
    start, end = _span(text, Q)
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, article, "prisoners_released", Q, start=start + 1, end=end + 1)
    assert err.value.field == "span"
    assert claims.list_claims(db, event) == []


def test_a_numeric_claim_needs_a_figure(hama):
    db, event, article, _ = hama
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, article, "fatalities", "سقط قتلى")
    assert err.value.field == "low"
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, article, "fatalities", "x", low=10, best=5, high=20)
    assert err.value.field == "best"


def test_categorical_claims_take_values_from_the_vocabulary(hama):
    db, event, article, _ = hama
    assert claims.field_spec("force_movement").values == (
        "entered", "withdrew", "denied_entry", "confirmed_withdrawal",
    )  # fmt: skip
    claim_id = claims.add_claim(
        db, event, article, "force_movement", "انسحاب الجيش السوري", value_text="withdrew"
    )
    assert claims.get_claim(db, claim_id)["value_text"] == "withdrew"
    assert claims.get_claim(db, claim_id)["low"] is None
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, article, "force_movement", "x", value_text="fled")
    assert err.value.field == "value"


def test_unknown_fields_are_refused_and_custom_ones_accepted(hama):
    db, event, article, _ = hama
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, article, "casualties", "مئات")
    assert err.value.field == "field"
    numeric = claims.add_claim(db, event, article, "custom:vehicles", "عشرات من مركبات")
    assert claims.get_claim(db, numeric)["low"] == 20
    text = claims.add_claim(db, event, article, "custom:unit", "الفرقة", value_text="25th")
    assert claims.get_claim(db, text)["value_text"] == "25th"


def test_date_claims_are_iso_dates(hama):
    db, event, article, _ = hama
    claims.add_claim(db, event, article, "date", "اليوم الخميس", value_text="2024-12-05")
    with pytest.raises(ValidationError):
        claims.add_claim(db, event, article, "date", "اليوم الخميس", value_text="5/12/2024")


def test_claim_credibility_follows_the_report_unless_set(hama):
    db, event, article, _ = hama
    follows = claims.add_claim(db, event, article, "fatalities", "عشرات")
    own = claims.add_claim(db, event, article, "fatalities", "مئات", credibility=5)
    reports.set_credibility(db, article, event, 2)
    assert claims.get_claim(db, follows)["credibility"] == 2
    assert claims.get_claim(db, follows)["own_credibility"] is None
    assert claims.get_claim(db, own)["credibility"] == 5
    reports.set_credibility(db, article, event, 3)
    assert claims.get_claim(db, follows)["credibility"] == 3


def test_a_claim_needs_an_article_that_reports_the_event(hama):
    db, event, _, _ = hama
    other = article_ids(db)[3]
    with pytest.raises(ValidationError) as err:
        claims.add_claim(db, event, other, "fatalities", "مئات")
    assert err.value.field == "article"


def test_update_and_delete(hama):
    db, event, article, _ = hama
    claim_id = claims.add_claim(db, event, article, "fatalities", "عشرات القتلى")
    claims.update_claim(db, claim_id, low=30, best=40, high=60)
    assert claims.describe_value(claims.get_claim(db, claim_id)) == "30–60 (best 40)"
    assert claims.claim_acled_value(claims.get_claim(db, claim_id)) == 30
    with pytest.raises(ValidationError):
        claims.update_claim(db, claim_id, low=70)
    claims.delete_claim(db, claim_id)
    assert claims.list_claims(db, event) == []
    actions = [r[0] for r in db.execute(
        "SELECT action FROM audit_log WHERE table_name = 'claims' ORDER BY id"
    )]  # fmt: skip
    assert actions == ["insert", "update", "delete"]
