"""A village or brigade no list knows: offered underlined, accepted with Ctrl+Return,
it becomes the project's custom place or actor and fills the event's field."""

from PySide6.QtCore import Qt

from reviewer.importing.corpus_import import import_paths
from reviewer.project import open_project
from reviewer.storage.custom_vocab import custom_actors, custom_places
from reviewer.storage.events import get_event
from reviewer.storage.evidence import list_evidence
from tests.ui.conftest import wait_for_suggestions

TEXT = (
    "قصف مدفعي على قرية الدويرينة\n"
    "قُتل ثلاثة مدنيين صباح الاثنين جراء قصف استهدف قرية الدويرينة بريف حلب الشرقي، "
    "فيما تبنى لواء صقور الباب الهجوم على حاجز قريب."
)


def _project(tmp_path, db_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "village.txt").write_text(TEXT, encoding="utf-8")
    db = open_project(db_path, seed_sample=False)
    import_paths(db, [source])
    db.close()


def _accept_at(qtbot, window, words: str, nth: int = 0) -> int:
    text = window.article_view.text()
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    window.article_view.select_span(start + 1, start + 1)
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return start


def test_accepting_a_new_village_adds_a_custom_place_and_fills_the_location(
    qtbot, make_window, db_path, tmp_path
):
    _project(tmp_path, db_path)
    window = make_window(db_path, seed=False)
    window.activateWindow()
    qtbot.waitActive(window)
    wait_for_suggestions(qtbot, window)
    offered = [s for s in window.suggestions.suggestions() if s.extra.get("new")]
    village = [s for s in offered if s.kind == "place"]
    assert [s.text for s in village] == ["الدويرينة", "الدويرينة"]
    assert village[1].extra["admin1"] == "Aleppo"  # بريف حلب after the name
    drawn = {(h.start, h.end) for h in window.article_view.highlights("suggestions")}
    assert (village[1].start, village[1].end) in drawn

    start = _accept_at(qtbot, window, "الدويرينة", nth=1)

    db = window._db
    [place] = custom_places(db)
    assert (place.name_ar, place.admin1, place.latitude) == ("الدويرينة", "Aleppo", None)
    event_id = window.event_form.current_event_id()
    event = get_event(db, event_id)
    assert (event["location"], event["location_ar"], event["admin1"]) == (
        place.name_en,
        "الدويرينة",
        "Aleppo",
    )
    assert event["geo_precision"] == 1 and event["iso"] == 760
    [evidence] = list_evidence(db, event_id)
    assert (evidence.field, evidence.start) == ("location", start)
    assert window.event_form.location.text() == place.name_en

    # The same name elsewhere is now the project's place, not a new one; accepting it
    # does not add a second entry (its mentions are suggested again, by the worker).
    wait_for_suggestions(qtbot, window)
    first = next(s for s in window.suggestions.suggestions() if s.start == village[0].start)
    assert not first.extra.get("new") and first.value == place.name_en
    window.event_form.new_event()
    _accept_at(qtbot, window, "الدويرينة", nth=0)
    assert len(custom_places(db)) == 1
    assert get_event(db, window.event_form.current_event_id())["location"] == place.name_en


def test_accepting_a_new_brigade_adds_a_custom_actor_with_its_inter(
    qtbot, make_window, db_path, tmp_path
):
    _project(tmp_path, db_path)
    window = make_window(db_path, seed=False)
    window.activateWindow()
    qtbot.waitActive(window)
    wait_for_suggestions(qtbot, window)
    offered = window.suggestions.suggestions()
    brigade = next(s for s in offered if s.extra.get("inter") == "Rebel group")
    assert brigade.text == "لواء صقور الباب" and brigade.extra["new"]

    _accept_at(qtbot, window, "لواء صقور الباب")

    db = window._db
    [actor] = custom_actors(db)
    assert actor.aliases_ar == ("لواء صقور الباب",) and actor.inter == "Rebel group"
    event = get_event(db, window.event_form.current_event_id())
    assert (event["actor1"], event["inter1"]) == (actor.name, "Rebel group")
    assert window.event_form.actor1.text() == actor.name
