import pytest

from reviewer.errors import ReviewerError
from reviewer.suggest.apply import acceptance_for
from reviewer.suggest.engine import suggest

TEXT = (
    "أعلنت هيئة تحرير الشام، اليوم الخميس، السيطرة على سجن حماة المركزي وأطلقت"
    " مئات المعتقلين، وسقط 12 قتيلاً من الجيش السوري."
)


def _first(kind: str, **where):
    found = [s for s in suggest(TEXT, None) if s.kind == kind]
    for s in found:
        if all(s.extra.get(k) == v or getattr(s, k, None) == v for k, v in where.items()):
            return s
    raise AssertionError(f"no {kind} suggestion {where} in {found}")


def test_place_fills_location_fields_from_the_gazetteer():
    acceptance = acceptance_for(_first("place", value="Hama"), {})
    assert acceptance.changes["location"] == "Hama"
    assert acceptance.changes["admin1"] == "Hama"
    assert acceptance.changes["iso"] == 760
    assert round(acceptance.changes["latitude"], 2) == 35.13
    assert acceptance.evidence_field == "location"
    assert TEXT[slice(*acceptance.evidence_span)].endswith("حماة")


def test_actors_fill_actor1_then_actor2_with_their_inter():
    hts = _first("actor", value="Hayat Tahrir al-Sham")
    first = acceptance_for(hts, {})
    assert first.changes == {"actor1": "Hayat Tahrir al-Sham", "inter1": "Rebel group"}
    army = [s for s in suggest(TEXT, None) if s.kind == "actor" and s is not hts][-1]
    second = acceptance_for(army, {"actor1": "Hayat Tahrir al-Sham"})
    assert set(second.changes) == {"actor2", "inter2"}
    with pytest.raises(ReviewerError, match="both set"):
        acceptance_for(army, {"actor1": "A", "actor2": "B"})


def test_a_casualty_figure_becomes_a_claim_and_the_acled_figure():
    figure = next(s for s in suggest(TEXT, None) if s.kind == "figure" and "12" in s.text)
    acceptance = acceptance_for(figure, {})
    assert acceptance.claim["field"] == "fatalities"
    assert acceptance.changes == {"fatalities": 12}
    assert TEXT[acceptance.claim["start"] : acceptance.claim["end"]] == acceptance.claim["verbatim"]


def test_a_prisoner_figure_is_a_claim_only():
    figure = next(s for s in suggest(TEXT, None) if s.kind == "figure" and "مئات" in s.text)
    acceptance = acceptance_for(figure, {})
    assert acceptance.claim["field"] == "prisoners_released"
    assert acceptance.changes == {}
    assert (acceptance.claim["low"], acceptance.claim["high"]) == (200, 999)
