"""Each rule an event must keep, and the fields derived from it."""

from datetime import timedelta

import pytest

from reviewer.codes import countries
from reviewer.errors import ReviewerError, ValidationError
from reviewer.gazetteer import shipped_places
from reviewer.storage.events import (
    StaleEdit,
    create_event,
    disorder_type,
    event_problems,
    get_event,
    interaction,
    link_candidates,
    link_report,
    today,
    unlink_report,
    update_event,
)


def _article(db, published=None, text="عنوان\nسيطرت الفصائل على مدينة حماة", key="a") -> int:
    return db.execute(
        "INSERT INTO articles (content_hash, title, text, published, imported_at)"
        " VALUES (?, 'عنوان', ?, ?, 'now')",
        [key, text, published],
    ).lastrowid


def _refused(db, event, changes, field):
    before = get_event(db, event)
    with pytest.raises(ValidationError) as error:
        update_event(db, event, changes)
    assert error.value.field == field
    assert get_event(db, event) == before  # nothing of a refused edit is stored
    return error.value.message


def test_event_date_in_the_future_is_refused(db):
    event = create_event(db, _article(db))
    tomorrow = (today() + timedelta(days=1)).isoformat()
    assert "in the future" in _refused(db, event, {"event_date": tomorrow}, "event_date")
    update_event(db, event, {"event_date": today().isoformat()})  # today is fine


def test_event_date_after_the_reporting_article_is_refused(db):
    event = create_event(db, _article(db, published="2024-12-08"))
    message = _refused(db, event, {"event_date": "2024-12-09"}, "event_date")
    assert "after article" in message and "2024-12-08" in message
    update_event(db, event, {"event_date": "2024-12-08"})
    assert get_event(db, event)["event_date"] == "2024-12-08"


def test_the_earliest_report_bounds_the_date(db):
    early = _article(db, published="2024-12-06", key="early")
    late = _article(db, published="2024-12-10", key="late")
    event = create_event(db, late, event_date="2024-12-07")
    with pytest.raises(ValidationError, match="after article"):
        link_report(db, early, event)  # published before the event it would report
    update_event(db, event, {"event_date": "2024-12-05"})
    link_report(db, early, event)
    _refused(db, event, {"event_date": "2024-12-07"}, "event_date")


def test_unknown_publication_date_bounds_nothing(db):
    event = create_event(db, _article(db, published=None))
    update_event(db, event, {"event_date": "2024-12-09"})


def test_malformed_date_is_refused(db):
    event = create_event(db, _article(db))
    assert "not a date" in _refused(db, event, {"event_date": "5/12/2024"}, "event_date")


def test_create_checks_the_date_against_its_article(db):
    with pytest.raises(ValidationError, match="after article"):
        create_event(db, _article(db, published="2024-12-05"), event_date="2024-12-06")


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"fatalities_low": 5, "fatalities": 3}, "fatalities"),
        ({"fatalities": 10, "fatalities_high": 4}, "fatalities_high"),
        ({"fatalities_low": 7, "fatalities_high": 6}, "fatalities_high"),
        ({"fatalities": -1}, "fatalities"),
    ],
)
def test_fatalities_must_be_low_best_high(db, changes, field):
    event = create_event(db, _article(db))
    _refused(db, event, changes, field)


def test_fatality_range_in_order_is_stored(db):
    event = create_event(db, _article(db))
    update_event(db, event, {"fatalities_low": 3, "fatalities": 12, "fatalities_high": 100})
    update_event(db, event, {"fatalities": 3})  # best may equal low
    stored = get_event(db, event)
    assert (stored["fatalities_low"], stored["fatalities"], stored["fatalities_high"]) == (
        3,
        3,
        100,
    )
    _refused(db, event, {"fatalities_low": 4}, "fatalities")


def test_coordinates_outside_syria_are_refused(db):
    event = create_event(db, _article(db), iso=760, country="Syria")
    update_event(db, event, {"latitude": 35.1318, "longitude": 36.7578})  # Hama
    beirut = {"latitude": 33.8938, "longitude": 35.5018}
    assert "outside Syria" in _refused(db, event, beirut, "longitude")
    baghdad = {"latitude": 33.3152, "longitude": 44.3661}
    _refused(db, event, baghdad, "longitude")
    ankara = {"latitude": 39.9334, "longitude": 36.7578}
    _refused(db, event, ankara, "latitude")


def test_coordinates_use_the_default_country_when_iso_is_unset(db):
    event = create_event(db, _article(db))
    _refused(db, event, {"latitude": 48.85, "longitude": 2.35}, "latitude")


def test_unknown_country_is_refused(db):
    event = create_event(db, _article(db))
    assert "countries.json" in _refused(db, event, {"iso": 4}, "iso")


def test_every_shipped_place_is_inside_the_country(db):
    syria = countries().by_iso[760]
    outside = [p.name_en for p in shipped_places() if not syria.contains(p.latitude, p.longitude)]
    assert outside == []


def test_sub_event_type_must_belong_to_its_type(db):
    event = create_event(db, _article(db), event_type="Riots")
    message = _refused(db, event, {"sub_event_type": "Armed clash"}, "sub_event_type")
    assert "not a sub-event type of 'Riots'" in message
    _refused(db, event, {"event_type": "Skirmish"}, "event_type")


def test_codes_must_come_from_the_codebook(db):
    event = create_event(db, _article(db))
    _refused(db, event, {"inter1": "Militia"}, "inter1")
    _refused(db, event, {"time_precision": 4}, "time_precision")
    update_event(db, event, {"inter1": "Rebel group", "geo_precision": 3})


def test_an_old_problem_does_not_block_unrelated_edits(db):
    article = _article(db, published="2024-12-08")
    event = create_event(db, article)
    db.execute("UPDATE events SET event_date = '2030-01-01' WHERE id = ?", [event])
    update_event(db, event, {"notes": "still editable"})
    [problem] = event_problems(db, get_event(db, event))
    assert problem.field == "event_date"


def test_stale_edit_is_still_detected(db):
    event = create_event(db, _article(db))
    version = get_event(db, event)["version"]
    update_event(db, event, {"notes": "elsewhere"})
    with pytest.raises(StaleEdit):
        update_event(db, event, {"notes": "mine"}, expected_version=version)


@pytest.mark.parametrize(
    "event_type, sub_type, expected",
    [
        ("Battles", "Non-state actor overtakes territory", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Strategic developments", "Agreement", "Strategic developments"),
        ("Battles", None, None),
    ],
)
def test_disorder_type_follows_the_sub_event_type(event_type, sub_type, expected):
    assert disorder_type(event_type, sub_type) == expected


@pytest.mark.parametrize(
    "inter1, inter2, expected",
    [
        ("State forces", "Rebel group", "State forces-Rebel group"),
        ("Rebel group", "State forces", "State forces-Rebel group"),  # fixed order
        ("External/Other forces", "Civilians", "Civilians-External/Other forces"),
        ("Rebel group", None, "Rebel group only"),
        ("Rebel group", "Rebel group", "Rebel group-Rebel group"),
        (None, None, None),
    ],
)
def test_interaction_joins_the_labels_in_code_order(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_unlinking_keeps_the_last_report(db):
    first, second = _article(db, key="1"), _article(db, key="2")
    event = create_event(db, first)
    link_report(db, second, event)
    unlink_report(db, second, event)
    with pytest.raises(ReviewerError, match="only report"):
        unlink_report(db, first, event)


def test_link_candidates_prefer_nearby_dates_and_named_places(db):
    source = _article(db, published="2024-12-05", key="src", text="عنوان\nخبر عن حلب")
    near_hama = create_event(db, source, event_date="2024-12-05", location="Hama")
    update_event(db, near_hama, {"location_ar": "حماة"})
    near_other = create_event(db, source, event_date="2024-12-04", location="Aleppo")
    far = create_event(db, source, event_date="2024-10-01", location="Hama")
    article = _article(db, published="2024-12-06", key="new")  # text names حماة
    ids = [c.event["id"] for c in link_candidates(db, article)]
    assert ids == [near_hama, near_other]  # place named first; 'far' is weeks away
    assert far not in ids
    link_report(db, article, near_hama)
    assert [c.event["id"] for c in link_candidates(db, article)] == [near_other]
