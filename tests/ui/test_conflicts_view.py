"""The conflicts view: list, side-by-side claims, and the three ways to close a conflict."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reviewer.export.figures import export_figure
from reviewer.storage import claims, conflicts
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report
from reviewer.ui.conflicts_view import ConflictsView, quote_context

from .conftest import type_text


@pytest.fixture
def disputed(qtbot, sample_db):
    db = sample_db
    ids = article_ids(db)
    event = create_event(db, ids[0])
    link_report(db, ids[1], event)
    text = get_article(db, ids[0]).text
    words = "أن عدد الذي تم الإفراج عنهم 3000 سجين"
    start = text.index(words)
    high = claims.add_claim(
        db, event, ids[0], "prisoners_released", words, start=start, end=start + len(words)
    )
    low = claims.add_claim(db, event, ids[1], "prisoners_released", "مئات")  # no span
    view = ConflictsView(db, user="omar")
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitExposed(view)
    return db, view, event, high, low


def test_open_conflicts_are_listed_and_shown_side_by_side(disputed):
    _, view, *_ = disputed
    [conflict_id] = view.conflict_ids()
    assert view.current_conflict_id() == conflict_id
    assert "Prisoners released" in view.conflict_list.item(0).text()
    card_a, card_b = view.shown_cards()
    assert (card_a.value.text(), card_b.value.text()) == ("3000", "200–999")
    assert card_a.grade.text() == "––"
    assert card_a.date.text() == "not given"
    assert not card_b.open_button.isEnabled()  # a claim without a span cannot be opened


def test_a_quote_is_shown_in_its_line_right_aligned(qtbot, disputed):
    _, view, *_ = disputed
    card = view.shown_cards()[1]  # "مئات", a short quote with no context
    assert card.quote_text() == "مئات"
    image = card.quote.viewport().grab().toImage()
    background = QColor(image.pixel(2, 2))
    ink = [
        x for x in range(image.width()) for y in range(0, min(image.height(), 40), 2)
        if QColor(image.pixel(x, y)) != background
    ]  # fmt: skip
    assert ink and min(ink) > image.width() / 2  # drawn on the right


def test_quote_context_cuts_at_lines_and_keeps_offsets():
    text = "سطر أول\nأعلنت الهيئة أن عدد المفرج عنهم 3000 سجين اليوم\nسطر آخر"
    start = text.index("3000")
    context, s, e = quote_context(text, start, start + 4)
    assert context == "أعلنت الهيئة أن عدد المفرج عنهم 3000 سجين اليوم"
    assert context[s:e] == "3000"


def test_dismiss_needs_a_reason(qtbot, disputed):
    db, view, event, *_ = disputed
    [conflict_id] = view.conflict_ids()
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert "reason" in view.status.text()
    assert conflicts.event_has_blocking_conflicts(db, event)
    type_text(view.rationale, "3000 counts every prison of the city")
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert view.conflict_ids() == []
    stored = conflicts.get_conflict(db, conflict_id)
    assert (stored["status"], stored["resolved_by"]) == ("dismissed", "omar")
    view.show_closed.setChecked(True)
    assert view.conflict_ids() == [conflict_id]
    assert "[dismissed]" in view.conflict_list.item(0).text()


def test_use_this_value_fills_the_form_and_resolves(qtbot, disputed):
    db, view, event, *_ = disputed
    card = next(c for c in view.shown_cards() if c.value.text() == "3000")
    qtbot.mouseClick(card.use_button, Qt.MouseButton.LeftButton)
    assert (view.low.text(), view.best.text(), view.high.text()) == ("3000", "3000", "3000")
    type_text(view.rationale, "local sources counted at the gate")
    with qtbot.waitSignal(view.conflicts_changed) as changed:
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    assert changed.args == [event]
    assert not conflicts.event_has_blocking_conflicts(db, event)
    assert export_figure(db, event, "prisoners_released") == 3000


def test_accept_as_standing_discrepancy(qtbot, disputed):
    db, view, event, *_ = disputed
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert conflicts.event_has_blocking_conflicts(db, event)  # no rationale: refused
    type_text(view.rationale, "no way to tell yet")
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert conflicts.event_conflict_status(db, event) == "accepted"
    assert view.header.text() == "No open conflicts"


def test_a_closed_conflict_shows_its_decision_and_offers_reopen(qtbot, disputed):
    db, view, _event, *_ = disputed
    [conflict_id] = view.conflict_ids()
    assert view.resolve_button.isVisible() and not view.reopen_button.isVisible()
    type_text(view.value, "مئات")
    type_text(view.rationale, "four reports agree")
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    box = view.show_closed  # click its tick box, not the empty end of a wide widget
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert view.current_conflict_id() == conflict_id
    decision = view.decision.text()
    assert decision.startswith("Resolved by omar on 20")
    assert "مئات (low 200, high 999) — four reports agree" in decision
    assert view.reopen_button.isVisible() and view.reopen_button.isEnabled()
    assert not view.resolve_button.isVisible() and not view.rationale.isVisible()
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert conflicts.get_conflict(db, conflict_id)["status"] == "open"
    assert view.resolve_button.isVisible() and not view.reopen_button.isVisible()
    assert not view.decision.isVisible()


def test_deciding_a_conflict_decided_elsewhere_is_refused_and_the_view_reloads(qtbot, disputed):
    db, view, _event, *_ = disputed
    [conflict_id] = view.conflict_ids()
    view.show_closed.setChecked(True)
    # Another analyst, in another window, accepts it while this view shows it open.
    conflicts.accept_discrepancy(db, conflict_id, "cannot tell yet", user="lina")
    type_text(view.value, "3000")
    type_text(view.rationale, "local sources counted")
    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    stored = conflicts.get_conflict(db, conflict_id)
    assert (stored["status"], stored["resolved_by"]) == ("accepted", "lina")
    assert "changed elsewhere" in view.status.text() and "reload" in view.status.text()
    assert view.decision.text().startswith("Accepted as a standing discrepancy by lina")
    assert view.reopen_button.isVisible()


def test_every_claim_on_the_field_is_one_conflict_and_a_new_one_joins_it(qtbot, disputed):
    db, view, event, high, low = disputed
    ids = article_ids(db)
    link_report(db, ids[2], event)
    third = claims.add_claim(db, event, ids[2], "prisoners_released", "مئات المعتقلين")
    view.refresh()
    [_conflict_id] = view.conflict_ids()
    assert [c.title() for c in view.shown_cards()] == [f"Claim {i}" for i in (high, low, third)]
    assert "3 claims: 3000 · 200–999 ×2" in view.conflict_list.item(0).text()
    assert "3 claims" in view.header.text()


def test_a_big_projects_conflicts_wait_for_the_page_and_are_listed_a_bounded_number(
    qtbot, sample_db
):
    """The window builds the page at start-up: nothing is read until it is shown,
    and then at most MAX_LISTED lines, each of which reads its claims."""
    from reviewer.ui.conflicts_view import MAX_LISTED, ConflictsView
    from tests.bench.bench_export import add_events

    add_events(sample_db, 10 * (MAX_LISTED + 20))  # every tenth has an open conflict
    view = ConflictsView(sample_db)
    qtbot.addWidget(view)
    assert view.conflict_list.count() == 0  # built, not read
    view.show()
    qtbot.waitExposed(view)
    total = sample_db.execute("SELECT count(*) FROM conflicts WHERE status = 'open'").fetchone()[0]
    assert total > MAX_LISTED
    assert len(view.conflict_ids()) == MAX_LISTED
    assert view.conflict_list.count() == MAX_LISTED + 1  # and a line saying how many more
