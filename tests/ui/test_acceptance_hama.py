"""Acceptance: the Hama Central Prison case, worked through the window as a person does.

Only input events move the window on: mouse clicks and drags over the article,
keys into editors, the documented shortcuts, menus. The database is only read, to
check what the window wrote. Article 000 says hundreds were freed (twice) and, per
local sources, 3000; article 001 tells the army's denial of the incursion and its
later confirmed withdrawal.
"""

import csv

from PySide6.QtCore import QPoint

from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage import open_database
from reviewer.storage.events import get_event
from reviewer.storage.evidence import list_evidence
from reviewer.storage.reports import get_credibility

from .conftest import (
    answer_dialog,
    article_with,
    back_to,
    choose,
    click,
    click_row,
    ctrl_click_items,
    export_through_window,
    key,
    menu_item,
    open_article,
    pick,
    search_combo,
    select_words,
    type_text,
)

HUNDREDS = "مئات المعتقلين"
THREE_THOUSAND = "عنهم 3000 سجين"
DENIAL = "نفى في وقت سابق صحة ما أعلنته الفصائل السورية المسلحة حول توغُّلها"
WITHDRAWAL = "أقر الجيش السوري في بيان"
RATIONALE = "two statements say hundreds; 3000 is unsourced"


def _claim_from_words(qtbot, window, words, field_keys, value_keys=None, occurrence=0):
    """Select ``words`` with the mouse, Ctrl+K, pick the field (and value), Enter."""
    view, panel = window.article_view, window.side.claims
    select_words(qtbot, view, words, occurrence)
    key(qtbot, view, "K", "Ctrl")
    qtbot.waitUntil(panel.field.hasFocus, timeout=3000)
    search_combo(qtbot, panel.field, field_keys)
    if value_keys:
        choose(qtbot, panel.value, value_keys)
        key(qtbot, panel.value, "Return")  # Enter in the form adds the claim
    else:
        key(qtbot, panel.field, "Return")


def test_the_hama_case_through_the_window(qtbot, make_window, db_path, tmp_path):
    window = make_window(db_path, user="lina")
    form, view, panel = window.event_form, window.article_view, window.side.claims
    first = article_with(window, "واطلقت مئات المعتقلين")
    second = article_with(window, WITHDRAWAL)
    open_article(qtbot, window, first)

    # A new event, coded field by field.
    key(qtbot, view, "N", "Ctrl")
    event_id = form.current_event_id()
    choose(qtbot, form.event_type, "Battles")
    choose(qtbot, form.sub_event_type, "Non-state")
    click(qtbot, form.event_date.line_edit)
    qtbot.keyClicks(form.event_date.line_edit, "5/12/2024")
    key(qtbot, form.event_date.line_edit, "Tab")
    choose(qtbot, form.time_precision, "1")
    assert pick(qtbot, form.actor1_picker, "هيئة تحرير")[0].startswith("Hayat Tahrir al-Sham")
    shown = pick(qtbot, form.actor2_picker, "military forces of syria")
    assert shown[0].startswith("Military Forces of Syria")
    assert pick(qtbot, form.location_picker, "حماه")[0].startswith("Hama")

    # Evidence: click into the field, drag over the words, Ctrl+E.
    click(qtbot, form.location)
    select_words(qtbot, view, "حماة")
    key(qtbot, view, "E", "Ctrl")
    click(qtbot, form.actor1)
    select_words(qtbot, view, "هيئة تحرير الشام")
    key(qtbot, view, "E", "Ctrl")

    # Prisoners: "hundreds" twice, 3000 once, each from a mouse selection.
    _claim_from_words(qtbot, window, HUNDREDS, "Pr", occurrence=0)
    _claim_from_words(qtbot, window, HUNDREDS, "Pr", occurrence=1)
    _claim_from_words(qtbot, window, THREE_THOUSAND, "Pr")
    key(qtbot, view, "G", "Ctrl")
    key(qtbot, window.side.grade, "2")  # this report: probably true

    # The second article reports the same event: link it, then the army's two statements.
    open_article(qtbot, window, second)
    key(qtbot, view, "L", "Ctrl")
    dialog = window.event_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.chosen_event_id() == event_id
    key(qtbot, dialog.list, "Return")
    back_to(qtbot, window)
    assert form.current_event_id() == event_id
    _claim_from_words(qtbot, window, DENIAL, "Fo", "den")
    _claim_from_words(qtbot, window, WITHDRAWAL, "Fo", "conf")
    movement = [
        panel.tree.topLevelItem(row)
        for row in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(row).text(0) == "Force movement"
    ]
    assert len(movement) == 2
    ctrl_click_items(qtbot, panel.tree, movement)
    click(qtbot, panel.mark_button)

    # One conflict for the prisoners field, grouping all three claims.
    db = window._db
    prisoner_conflicts = [
        c for c in conflict_store.list_conflicts(db, event_id) if c["field"] == "prisoners_released"
    ]
    assert len(prisoner_conflicts) == 1, "one disagreement about one field is one conflict"
    assert len(prisoner_conflicts[0]["claim_ids"]) == 3
    key(qtbot, view, "2", "Ctrl")
    conflicts = window.conflicts
    assert conflicts.conflict_list.count() == 2  # prisoners, force movement
    for row in range(conflicts.conflict_list.count()):
        item = conflicts.conflict_list.item(row)
        if "Prisoners released" in item.text():
            click_row(qtbot, conflicts.conflict_list, item)
    click(qtbot, conflicts.value)
    type_text(conflicts.value, "مئات")
    click(qtbot, conflicts.rationale)
    qtbot.keyClicks(conflicts.rationale, RATIONALE)
    click(qtbot, conflicts.resolve_button)
    assert conflicts.conflict_list.count() == 1, conflicts.status.text()
    click_row(qtbot, conflicts.conflict_list, conflicts.conflict_list.item(0))
    click(qtbot, conflicts.rationale)
    qtbot.keyClicks(conflicts.rationale, "the denial came first; the army later confirmed it")
    click(qtbot, conflicts.accept_button)
    assert conflicts.conflict_list.count() == 0
    assert not conflict_store.event_has_blocking_conflicts(db, event_id)

    # Coded by lina; four eyes on; lina may not review her own coding; bassam does.
    key(qtbot, view, "1", "Ctrl")
    key(qtbot, view, "C", "Ctrl", "Shift")
    assert get_event(db, event_id)["status"] == "coded", window.side.review.message_label.text()
    menu_item(qtbot, window, "Event", "Require a second reviewer (four eyes)")
    assert window.four_eyes_action.isChecked()
    key(qtbot, view, "R", "Ctrl", "Shift")
    assert get_event(db, event_id)["status"] == "coded"

    def rename(dialog):
        line = dialog.name_edit
        key(qtbot, line, "A", "Ctrl")
        type_text(line, "bassam")
        key(qtbot, line, "Return")

    answer_dialog(qtbot, rename)
    menu_item(qtbot, window, "File", "Change your name…")
    back_to(qtbot, window)
    assert window.user == "bassam"
    key(qtbot, view, "R", "Ctrl", "Shift")
    assert get_event(db, event_id)["status"] == "reviewed", window.side.review.message_label.text()

    # Export through File → Export.
    out = tmp_path / "export"
    export_through_window(qtbot, window, out)
    with open(out / "events.csv", encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["event_date"], row["location"], row["actor1"]) == (
        "2024-12-05", "Hama", "Hayat Tahrir al-Sham",
    )  # fmt: skip
    assert row["actor2"].startswith("Military Forces of Syria")
    assert row["x_status"] == "reviewed" and (row["x_coded_by"], row["x_reviewer"]) == (
        "lina",
        "bassam",
    )
    assert row["x_conflict_status"] != "open" and row["x_n_reports"] == "2"
    with open(out / "claims.csv", encoding="utf-8-sig", newline="") as handle:
        exported_claims = list(csv.DictReader(handle))
    assert len(exported_claims) == 5

    # Reopen the project: everything is there.
    key(qtbot, view, "Q", "Ctrl")
    window = make_window(db_path, user="bassam")
    open_article(qtbot, window, first)
    assert window.event_form.current_event_id() == event_id
    assert window.event_form.location.text() == "Hama"
    assert window.event_form.event_date.line_edit.text() == "2024-12-05"
    key(qtbot, window.article_view, "G", "Ctrl")
    assert window.side.claims.tree.topLevelItemCount() == 5
    key(qtbot, window.article_view, "2", "Ctrl")  # the decisions, with who and when
    conflicts = window.conflicts
    box = conflicts.show_closed
    click(qtbot, box, QPoint(8, box.height() // 2))  # on the tick box itself
    assert box.isChecked()
    [prisoners] = [
        conflicts.conflict_list.item(row)
        for row in range(conflicts.conflict_list.count())
        if "Prisoners released" in conflicts.conflict_list.item(row).text()
    ]
    click_row(qtbot, conflicts.conflict_list, prisoners)
    decision = conflicts.decision.text()
    assert "by lina" in decision and "مئات" in decision and RATIONALE in decision
    assert conflicts.reopen_button.isVisible() and not conflicts.resolve_button.isVisible()

    again = open_database(db_path)
    try:
        stored = claim_store.list_claims(again, event_id, "prisoners_released")
        assert sorted(c["verbatim"].strip("،") for c in stored) == sorted(
            [HUNDREDS, HUNDREDS, THREE_THOUSAND]
        )
        forces = {
            c["value_text"] for c in claim_store.list_claims(again, event_id, "force_movement")
        }
        assert forces == {"denied_entry", "confirmed_withdrawal"}
        fields = {e.field for e in list_evidence(again, event_id)}
        assert {"location", "actor1"} <= fields
        assert get_credibility(again, first, event_id) == 2
        decided = {c["field"]: c for c in conflict_store.list_conflicts(again, event_id)}
        assert decided["prisoners_released"]["status"] == "resolved"
        assert decided["prisoners_released"]["resolution_value"] == "مئات"
        assert decided["prisoners_released"]["rationale"] == RATIONALE
        assert decided["prisoners_released"]["resolved_by"] == "lina"
        assert decided["force_movement"]["status"] == "accepted"
        assert get_event(again, event_id)["status"] == "reviewed"
    finally:
        again.close()
