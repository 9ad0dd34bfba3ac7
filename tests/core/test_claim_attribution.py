"""Claims store who says them: speaker, speaker kind and stance (schema 7)."""

import pytest

from reviewer.errors import ValidationError
from reviewer.storage import claims
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report


@pytest.fixture
def hama(sample_db):
    """An event reported by articles 000 and 001 (the army's denial and admission)."""
    first, second = article_ids(sample_db)[:2]
    event = create_event(sample_db, first)
    link_report(sample_db, second, event)
    return sample_db, event, first, second


def _add(db, event, article, quote, field="custom:claim", **kw):
    text = get_article(db, article).text
    start = text.index(quote)
    return claims.get_claim(
        db,
        claims.add_claim(
            db, event, article, field, quote, start=start, end=start + len(quote), **kw
        ),
    )


def test_a_claim_with_a_span_gets_its_speaker_suggested(hama):
    db, event, first, _ = hama
    local = _add(db, event, first, "3000 سجين", "prisoners_released")
    assert local["speaker"].endswith("المصادر المحلية")
    assert (local["speaker_kind"], local["stance"]) == ("local", "asserts")


def test_the_armys_denial_and_its_confirmed_withdrawal(hama):
    db, event, _, second = hama
    denial = _add(db, event, second, "قد نفى في وقت سابق صحة", value_text="denied entering")
    assert (denial["speaker"], denial["speaker_kind"], denial["stance"]) == (
        "الجيش السوري",
        "party",
        "denies",
    )
    admitted = _add(db, event, second, "بخسارة مدينة حماة", value_text="withdrew")
    assert (admitted["speaker_kind"], admitted["stance"]) == ("party", "confirms")


def test_given_attribution_wins_and_edits_are_validated_and_audited(hama):
    db, event, first, _ = hama
    claim = _add(
        db, event, first, "3000 سجين", "prisoners_released", speaker="x", speaker_kind="social"
    )
    assert (claim["speaker"], claim["speaker_kind"], claim["stance"]) == ("x", "social", None)
    claims.update_claim(db, claim["id"], stance="hearsay")
    assert claims.get_claim(db, claim["id"])["stance"] == "hearsay"
    with pytest.raises(ValidationError, match="stance"):
        claims.update_claim(db, claim["id"], stance="believes")
    with pytest.raises(ValidationError, match="speaker_kind"):
        claims.update_claim(db, claim["id"], speaker_kind="friend")
    logged = db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'claims' AND action = 'update'"
    ).fetchall()
    assert any('"stance":"hearsay"' in row[0] for row in logged)


def test_a_claim_without_a_span_has_no_guessed_speaker(hama):
    db, event, first, _ = hama
    claim_id = claims.add_claim(db, event, first, "prisoners_released", "3000 سجين")
    claim = claims.get_claim(db, claim_id)
    assert (claim["speaker"], claim["speaker_kind"], claim["stance"]) == (None, None, None)


def test_claims_csv_exports_who_says_it_and_the_package_describes_it(hama, tmp_path):
    import csv
    import json

    from reviewer.export.writer import ExportOptions, export_dataset

    db, event, first, _ = hama
    _add(db, event, first, "3000 سجين", "prisoners_released")
    export_dataset(db, tmp_path, ExportOptions(include_all=True))
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["speaker"].endswith("المصادر المحلية")
    assert (row["speaker_kind"], row["stance"]) == ("local", "asserts")
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    claims_resource = next(r for r in package["resources"] if r["name"] == "claims")
    fields = {f["name"]: f for f in claims_resource["schema"]["fields"]}
    assert "social" in fields["speaker_kind"]["constraints"]["enum"]
    assert "hearsay" in fields["stance"]["constraints"]["enum"]
    assert "speaker" in claims_resource["description"]
