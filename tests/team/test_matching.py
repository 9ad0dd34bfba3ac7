"""Pairing coders' events: a constructed article whose right pairing is known."""

from reviewer.matching import group_events, pair_events, similarity


def _event(id, **fields):
    return {"id": id, **fields}


HAMA = dict(
    event_type="Battles",
    sub_event_type="Non-state actor overtakes territory",
    event_date="2024-12-05",
    location="Hama",
    admin1="Hama",
    actor1="Hayat Tahrir al-Sham",
    actor2="Military Forces of Syria (2000-2024)",
)
HOMS_STRIKE = dict(
    event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike",
    event_date="2024-12-06",
    location="Homs",
    admin1="Homs",
    actor1="Military Forces of Russia (2000-)",
)
PRISON = dict(
    event_type="Strategic developments",
    sub_event_type="Other",
    event_date="2024-12-05",
    location="Hama",
    admin1="Hama",
    actor1="Hayat Tahrir al-Sham",
)


def test_identical_events_score_one_and_unrelated_ones_low():
    assert similarity(HAMA, HAMA) == 1.0
    assert similarity(HAMA, HOMS_STRIKE) < 0.3


def test_known_answer_with_an_event_found_by_one_coder():
    # Coder B dated the takeover a day late and named only one actor; B's prison
    # event shares place, day and actor with A's takeover; B placed the strike in a
    # nearby town two days later; B alone coded a protest. Right answer: 1-12,
    # 2-11, 3-13, and 14 found by B only.
    a = [_event(1, **HAMA), _event(2, **PRISON), _event(3, **HOMS_STRIKE)]
    b = [
        _event(11, **PRISON),
        _event(12, **{**HAMA, "event_date": "2024-12-06", "actor2": None}),
        _event(13, **{**HOMS_STRIKE, "location": "Talbiseh", "event_date": "2024-12-07"}),
        _event(14, event_type="Protests", sub_event_type="Peaceful protest",
               event_date="2024-11-20", location="Idlib", admin1="Idlib"),
    ]  # fmt: skip
    pairs = {(a[i]["id"], b[j]["id"]) for i, j, _ in pair_events(a, b)}
    assert pairs == {(1, 12), (2, 11), (3, 13)}
    groups = group_events({"A": a, "B": b})
    as_ids = sorted(tuple(sorted(e["id"] for e in g.members.values())) for g in groups)
    assert as_ids == [(1, 12), (2, 11), (3, 13), (14,)]  # 14: found by B only


def test_three_coders_one_event_per_coder_per_group():
    a, b, c = [_event(1, **HAMA)], [_event(2, **HAMA)], [_event(3, **HAMA), _event(4, **PRISON)]
    groups = group_events({"C": c, "A": a, "B": b})
    assert [sorted(g.members) for g in groups] == [["A", "B", "C"], ["C"]]
    assert groups[0].event_ids() == [1, 2, 3]
