"""Accepting and rejecting suggestions with one key, through the real widgets."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from reviewer.offsets import OffsetMap
from reviewer.storage.events import create_event, get_event, update_event
from reviewer.storage.suggestions import list_rejections
from reviewer.suggest.engine import reject_suggestion, suggest_article
from reviewer.ui.article_view import ArticleView
from reviewer.ui.suggestion_controller import LAYER, SuggestionController

SHOTS = Path("/tmp/shots-suggest")


@pytest.fixture
def setup(qtbot, sample_db):
    db = sample_db
    article_id, text = db.execute(
        "SELECT id, text FROM articles WHERE published = '2024-12-08'"
    ).fetchone()
    event_id = create_event(db, article_id, user="amal")
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show_text(text)
    view.show()
    qtbot.waitExposed(view)
    accepted = []

    def accept(s):  # what the lead's wiring does: write the field through the core
        accepted.append(s)
        if s.kind == "place":
            version = get_event(db, event_id)["version"]
            update_event(
                db,
                event_id,
                {"location": s.value, "admin1": s.extra["admin1"],
                 "latitude": s.extra["latitude"], "longitude": s.extra["longitude"]},
                expected_version=version,
            )  # fmt: skip

    def reject(s):
        reject_suggestion(db, article_id, s, user="amal")

    controller = SuggestionController(view, accept=accept, reject=reject)
    controller.set_suggestions(suggest_article(db, article_id))
    return db, article_id, event_id, text, view, controller, accepted


def put_cursor(view, text, cp):
    cursor = view.textCursor()
    cursor.setPosition(OffsetMap(text).cp_to_utf16(cp))
    view.setTextCursor(cursor)


def test_suggestions_are_drawn_in_their_own_dotted_layer(setup):
    _db, _aid, _eid, _text, view, controller, _ = setup
    layer = view.highlights(LAYER)
    assert len(layer) == len(controller.suggestions()) > 20
    fmt = layer[0].format
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert fmt.background().color().alpha() < 80  # a tint, not a solid fill
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.verticalScrollBar().setValue(0)
    view.grab().save(str(SHOTS / "suggestions.png"))


def test_ctrl_return_accepts_the_place_under_the_cursor(qtbot, setup):
    db, _aid, event_id, text, view, controller, accepted = setup
    place = next(s for s in controller.suggestions() if s.kind == "place" and s.value == "Homs")
    put_cursor(view, text, place.start + 1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert accepted == [place]
    event = get_event(db, event_id)
    assert event["location"] == "Homs" and event["admin1"] == "Homs"
    assert place not in controller.suggestions()
    assert all(h.start != place.start for h in view.highlights(LAYER))


def test_ctrl_backspace_rejects_and_it_stays_hidden_for_that_article(qtbot, setup):
    db, article_id, _eid, text, view, controller, accepted = setup
    figure = next(s for s in controller.suggestions() if s.kind == "figure")
    # inside the figure, before the counted noun: 'نحو 3500 سجين' holds an actor at its end,
    # and the innermost suggestion under the cursor wins
    put_cursor(view, text, figure.start + 1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert not accepted
    (row,) = list_rejections(db, article_id)
    assert (row["kind"], row["start"], row["end"]) == ("figure", figure.start, figure.end)
    assert figure not in controller.suggestions()
    reloaded = suggest_article(db, article_id)  # e.g. the article opened again
    assert figure not in reloaded and len(reloaded) == len(controller.suggestions())


def test_innermost_suggestion_wins_and_nothing_happens_off_a_suggestion(setup):
    _db, _aid, _eid, text, view, controller, accepted = setup
    figure = next(s for s in controller.suggestions() if s.text == "مئات السجناء")
    actor = next(
        s for s in controller.suggestions() if s.kind == "actor" and s.start > figure.start
        and s.end == figure.end
    )  # fmt: skip
    put_cursor(view, text, actor.start + 2)
    assert controller.current() == actor
    put_cursor(view, text, figure.start + 1)
    assert controller.current() == figure
    free = next(
        cp for cp in range(len(text)) if not any(x.contains(cp) for x in controller.suggestions())
    )
    put_cursor(view, text, free)
    assert controller.current() is None
    assert controller.accept_current() is None and controller.reject_current() is None
    assert not accepted


def test_the_cursor_right_after_a_suggestion_still_touches_it(qtbot, setup):
    """Typing habit: the cursor lands after the word just read; Ctrl+Backspace there rejects it."""
    db, article_id, _eid, text, view, controller, accepted = setup
    ends = [s.end for s in controller.suggestions()]
    place = next(
        s for s in controller.suggestions() if s.kind == "place" and ends.count(s.end) == 1
    )
    put_cursor(view, text, place.end)
    assert controller.current() == place
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert not accepted
    (row,) = list_rejections(db, article_id)
    assert (row["kind"], row["start"], row["end"]) == ("place", place.start, place.end)
