"""Grades, claims and conflict decisions undone and redone through the window's stack."""

from PySide6.QtCore import Qt

from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage import reports, sources
from reviewer.storage.articles import article_ids

HIGH = "أن عدد الذي تم الإفراج عنهم 3000 سجين"  # in the first sample article
LOW = "واطلقت مئات المعتقلين"


def _coding(make_window, db_path, index=0):
    """A window showing sample article ``index`` with a new event on it."""
    window = make_window(db_path)
    article = article_ids(window._db)[index]
    window.open_article(article)
    event = window.event_form.new_event()
    assert window.current_article_id() == article and event is not None
    return window, article, event


def _switch_article(window, away_from):
    other = next(a for a in article_ids(window._db) if a != away_from)
    window.open_article(other)
    assert window.current_article_id() == other


def _select_words(window, words):
    text = window.article_view.text()
    start = text.index(words)
    window.side.claims.set_selection(start, start + len(words), words)


def _add_claim(window, words):
    panel = window.side.claims
    panel.field.setCurrentIndex(panel.field.findData("prisoners_released"))
    _select_words(window, words)
    claim_id = panel.add_claim()
    assert claim_id is not None, panel.status.text()
    return claim_id


def _claim_ids(panel):
    return [panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in
            range(panel.tree.topLevelItemCount())]  # fmt: skip


def test_a_grade_keystroke_is_undone_and_redone_after_switching_article(
    qtbot, make_window, db_path
):
    window, article, event = _coding(make_window, db_path, index=4)  # names its outlet
    grade = window.side.grade
    outlet = sources.source_for_article(window._db, article)["id"]
    qtbot.keyClick(grade, Qt.Key.Key_B)
    qtbot.keyClick(grade, Qt.Key.Key_2)
    assert grade.code() == "B2"

    window.event_actions.undo()
    assert reports.get_credibility(window._db, article, event) is None
    assert grade.code() == "B–"  # the badge follows the undo
    _switch_article(window, article)
    window.event_actions.undo()
    assert sources.get_source(window._db, outlet)["reliability"] is None
    window.event_actions.redo()
    window.event_actions.redo()
    assert sources.get_source(window._db, outlet)["reliability"] == "B"
    assert reports.get_credibility(window._db, article, event) == 2
    window.open_article(article)
    assert window.side.grade.code() == "B2"


def test_the_source_scale_is_undoable(make_window, db_path):
    window, article, _ = _coding(make_window, db_path, index=4)
    window.side.grade.scale.setCurrentText("Regional")
    outlet = sources.source_for_article(window._db, article)
    assert outlet["scale"] == "Regional"
    window.event_actions.undo()
    assert sources.get_source(window._db, outlet["id"])["scale"] is None
    assert window.side.grade.scale.currentData() is None


def test_undoing_a_claim_removes_the_conflict_it_raised(make_window, db_path):
    window, article, event = _coding(make_window, db_path)
    panel = window.side.claims
    first = _add_claim(window, HIGH)
    second = _add_claim(window, LOW)
    [conflict] = conflict_store.open_conflicts(window._db, event)
    assert conflict["claim_ids"] == sorted([first, second])
    assert window.conflicts.conflict_ids() == [conflict["id"]]

    _switch_article(window, article)
    window.event_actions.undo()
    assert [c["id"] for c in claim_store.list_claims(window._db, event)] == [first]
    assert conflict_store.open_conflicts(window._db, event) == []
    assert window.conflicts.conflict_ids() == []  # the list follows the undo

    window.event_actions.redo()  # the same claim and conflict, same ids
    assert sorted(c["id"] for c in claim_store.list_claims(window._db, event)) == [first, second]
    assert [c["id"] for c in conflict_store.open_conflicts(window._db, event)] == [conflict["id"]]
    window.open_article(article)
    assert sorted(_claim_ids(panel)) == [first, second]


def test_undoing_a_delete_restores_the_claim_with_its_id(make_window, db_path):
    window, article, event = _coding(make_window, db_path)
    panel = window.side.claims
    first = _add_claim(window, HIGH)
    second = _add_claim(window, LOW)
    [conflict] = conflict_store.open_conflicts(window._db, event)
    for item in panel.tree.findItems("*", Qt.MatchFlag.MatchWildcard):
        item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == first)
    panel.delete_selected()
    assert _claim_ids(panel) == [second]
    assert conflict_store.open_conflicts(window._db, event) == []

    _switch_article(window, article)
    window.event_actions.undo()
    restored = claim_store.get_claim(window._db, first)
    assert restored["verbatim"] == HIGH
    assert [c["id"] for c in conflict_store.open_conflicts(window._db, event)] == [conflict["id"]]
    window.event_actions.redo()
    assert [c["id"] for c in claim_store.list_claims(window._db, event)] == [second]


def test_marking_claims_as_conflicting_is_undoable(make_window, db_path):
    window, _article, event = _coding(make_window, db_path)
    panel = window.side.claims
    first = _add_claim(window, HIGH)
    third = _add_claim(window, "3000 سجين")  # agrees with the first: no detected conflict
    assert conflict_store.open_conflicts(window._db, event) == []
    panel.tree.selectAll()
    manual = panel.mark_selected_conflicting()
    assert manual is not None
    window.event_actions.undo()
    assert conflict_store.open_conflicts(window._db, event) == []
    window.event_actions.redo()
    [again] = conflict_store.open_conflicts(window._db, event)
    assert (again["id"], again["origin"]) == (manual, "manual")
    assert again["claim_ids"] == sorted([first, third])


def test_undoing_a_resolution_reopens_the_conflict_it_closed(make_window, db_path):
    window, article, event = _coding(make_window, db_path)
    _add_claim(window, HIGH)
    _add_claim(window, LOW)
    _add_claim(window, "3000 سجين")  # joins the field's conflict
    opened = [c["id"] for c in conflict_store.open_conflicts(window._db, event)]
    assert len(opened) == 1
    assert len(conflict_store.get_conflict(window._db, opened[0])["claim_ids"]) == 3
    view = window.conflicts
    window.show_page(1)
    view.set_event_filter(event)
    view.value.setText("مئات")
    view.rationale.setText("local sources")
    assert view.resolve_current()
    assert conflict_store.open_conflicts(window._db, event) == []

    window.show_page(0)
    _switch_article(window, article)
    window.event_actions.undo()
    assert [c["id"] for c in conflict_store.open_conflicts(window._db, event)] == opened
    assert view.conflict_ids() == opened
    window.event_actions.redo()
    assert conflict_store.open_conflicts(window._db, event) == []
    for conflict_id in opened:
        conflict = conflict_store.get_conflict(window._db, conflict_id)
        assert (conflict["status"], conflict["resolution_value"]) == ("resolved", "مئات")


def test_dismissing_is_undoable_and_a_changed_conflict_is_refused(make_window, db_path):
    window, _article, event = _coding(make_window, db_path)
    _add_claim(window, HIGH)
    _add_claim(window, LOW)
    [conflict] = conflict_store.open_conflicts(window._db, event)
    view = window.conflicts
    view.set_event_filter(event)
    view.rationale.setText("two prisons")
    assert view.dismiss_current()
    window.event_actions.undo()
    assert conflict_store.get_conflict(window._db, conflict["id"])["status"] == "open"
    conflict_store.accept_discrepancy(window._db, conflict["id"], "another window")
    window.event_actions.redo()  # would overwrite the other window's decision
    assert conflict_store.get_conflict(window._db, conflict["id"])["status"] == "accepted"
    assert "changed meanwhile" in view.status.text()
    assert not window.undo_stack.canRedo()


def test_widgets_without_a_stack_write_as_before(qtbot, sample_db):
    from reviewer.storage.events import create_event
    from reviewer.ui.grade_widget import GradeWidget

    article = article_ids(sample_db)[4]
    widget = GradeWidget(sample_db)
    qtbot.addWidget(widget)
    widget.set_report(article, create_event(sample_db, article))
    qtbot.keyClick(widget, Qt.Key.Key_C)
    assert widget.code() == "C–"
