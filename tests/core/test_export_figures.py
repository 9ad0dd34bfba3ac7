"""The export's fatalities from claims, read for all events at once, are export_figure's.

``figures.empty_fatalities_figures`` (issue 19) replaces two queries per event
whose own fatalities value is empty; it must give each such event exactly what
``export_figure`` gives it: resolved conflicts, credible claims, all claims when
none is credible, typed figures, and nothing for an event with its own value.
"""

from reviewer.export.figures import empty_fatalities_figures, export_figure
from reviewer.storage import claims, conflicts, reports
from reviewer.storage.articles import article_ids
from reviewer.storage.events import create_event, link_report, update_event


def test_all_events_at_once_agree_with_export_figure(sample_db):
    db = sample_db
    ids = article_ids(db)
    events = []

    def event(*words, credibility=None, own=None):
        made = create_event(db, ids[0])
        link_report(db, ids[1], made)
        for n, text in enumerate(words):
            claims.add_claim(db, made, ids[n % 2], "fatalities", text)
        if credibility is not None:
            reports.set_credibility(db, ids[1], made, credibility)
        if own is not None:
            update_event(db, made, {"fatalities": own})
        events.append(made)
        return made

    event("نحو 300 قتيل", "عشرات القتلى")  # tens -> 10
    event("نحو 300 قتيل", "عشرات القتلى", credibility=5)  # the tens report improbable
    event("مئات القتلى")  # hundreds -> 100
    event("مئات القتلى", "3000 قتيل", own=7)  # the analyst's own value wins: not listed
    event()  # no claims
    resolved = event("مئات القتلى", "3000 قتيل")
    (conflict,) = conflicts.open_conflicts(db, resolved)
    conflicts.resolve_conflict(db, conflict["id"], low=200, best=500, high=3000, rationale="x")
    typed = event()  # figures typed by the analyst, not in the words
    claims.add_claim(db, typed, ids[0], "fatalities", "قتلى", low=4, best=5, high=6)

    expected = {
        made: figure
        for made in events
        if db.execute("SELECT fatalities FROM events WHERE id = ?", [made]).fetchone()[0] is None
        and (figure := export_figure(db, made, "fatalities")) is not None
    }
    assert len(expected) >= 4
    assert empty_fatalities_figures(db) == expected
