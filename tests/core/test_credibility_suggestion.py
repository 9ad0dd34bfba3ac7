"""A report's credibility suggested from who says its claims (reviewer.suggest.credibility)."""

import pytest

from reviewer.storage import claims
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report
from reviewer.suggest.credibility import claim_credibility, describe_attribution, suggest_report


@pytest.fixture
def hama(sample_db):
    ids = article_ids(sample_db)
    event = create_event(sample_db, ids[0])
    for other in ids[1:3]:
        link_report(sample_db, other, event)
    return sample_db, event, ids


def _claim(db, event, article, quote, field="custom:claim", **kw):
    text = get_article(db, article).text
    start = text.index(quote)
    end = start + len(quote)
    return claims.add_claim(db, event, article, field, quote, start=start, end=end, **kw)


def test_a_partys_claim_about_its_own_side_or_an_intention_is_not_confirmed():
    assert claim_credibility("party", "asserts").grade == 3
    assert claim_credibility("party", "confirms").grade == 3
    assert claim_credibility("party", "intends").grade == 6
    assert claim_credibility("party", "confirms", admits=True).grade == 2
    assert claim_credibility("monitor", "asserts").grade == 2
    assert claim_credibility("social", "hearsay").grade == 5
    assert claim_credibility(None, None) is None


def test_the_armys_admission_is_probably_true_its_claims_possibly(hama):
    db, event, ids = hama
    _claim(db, event, ids[1], "بخسارة مدينة حماة شمال", value_text="lost the city")
    found = suggest_report(db, ids[1], event)
    assert found.grade == 2 and "admitting" in found.reason
    _claim(db, event, ids[0], "واطلقت مئات المعتقلين", "prisoners_released")
    found = suggest_report(db, ids[0], event)
    assert found.grade == 3 and "party" in found.reason


def test_independent_agreement_in_another_report_confirms(hama):
    db, event, ids = hama
    mine = _claim(db, event, ids[0], "3000 سجين", "prisoners_released")
    claims.update_claim(db, mine, speaker_kind="monitor")  # as if SOHR had said it
    assert suggest_report(db, ids[0], event).grade == 2
    claims.add_claim(
        db, event, ids[2], "prisoners_released", "3000", speaker="شهود", speaker_kind="local",
        stance="asserts",
    )  # fmt: skip
    assert suggest_report(db, ids[0], event).grade == 2  # local sources do not confirm
    claims.add_claim(
        db, event, ids[2], "prisoners_released", "نحو 3000", speaker="سانا", speaker_kind="outlet",
        stance="asserts",
    )  # fmt: skip
    found = suggest_report(db, ids[0], event)
    assert found.grade == 1 and "independent" in found.reason


def test_no_attribution_no_suggestion(hama):
    db, event, ids = hama
    claims.add_claim(db, event, ids[0], "prisoners_released", "3000 سجين")
    assert suggest_report(db, ids[0], event) is None


def test_describe_attribution():
    claim = {"speaker": "المرصد السوري", "speaker_kind": "monitor", "stance": "asserts"}
    assert describe_attribution(claim) == "المرصد السوري — a monitoring group, asserts"
    own = {"speaker": None, "speaker_kind": "outlet", "stance": "asserts"}
    assert describe_attribution(own) == "the outlet's own voice — asserts"
    assert describe_attribution({"speaker": None, "speaker_kind": None, "stance": None}) == ""
