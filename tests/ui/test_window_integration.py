"""The window's parts working together: suggestions, claims, conflicts, review."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reviewer.storage import claims as claim_store
from reviewer.storage import conflicts as conflict_store
from reviewer.storage.events import get_event
from reviewer.storage.evidence import list_evidence
from tests.ui.conftest import menu_item, wait_for_suggestions


def _active(qtbot, window):
    """The window active, its open article's suggestions shown (they come from the
    suggestion worker, after the window has returned to its event loop)."""
    window.activateWindow()
    qtbot.waitActive(window)
    wait_for_suggestions(qtbot, window)
    return window


def _put_cursor_on(window, words: str) -> int:
    start = window.article_view.text().index(words)
    window.article_view.select_span(start + 1, start + 1)
    window.article_view.setFocus()
    return start


def test_accepting_a_place_suggestion_codes_it_with_evidence_and_undo(qtbot, make_window, db_path):
    window = _active(qtbot, make_window(db_path))
    start = _put_cursor_on(window, "حماة المركزي")
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    event_id = window.event_form.current_event_id()
    assert event_id is not None, "accepting creates the event when there is none"
    event = get_event(window._db, event_id)
    assert (event["location"], event["admin1"], event["iso"]) == ("Hama", "Hama", 760)
    [evidence] = list_evidence(window._db, event_id)
    assert (evidence.field, evidence.start, evidence.quote) == ("location", start, "حماة")
    assert window.event_form.location.text() == "Hama"

    window.event_actions.undo()  # one acceptance, one undo: the fields and the evidence
    assert get_event(window._db, event_id)["location"] is None
    assert list_evidence(window._db, event_id) == []


def test_rejected_suggestion_stays_hidden_after_reopening(qtbot, make_window, db_path):
    window = _active(qtbot, make_window(db_path))
    _put_cursor_on(window, "حماة المركزي")
    rejected = window.suggestions.current()
    assert rejected is not None and rejected.kind == "place"
    window.suggestions.reject_current()
    window.close()
    again = _active(qtbot, make_window(db_path))
    assert again.suggestions.suggestions()
    assert rejected.key not in {s.key for s in again.suggestions.suggestions()}


def test_suggestions_can_be_switched_off(qtbot, make_window, db_path):
    window = _active(qtbot, make_window(db_path))
    assert window.suggestions.suggestions()
    window.set_suggestions_shown(False)
    assert window.suggestions.suggestions() == []
    assert window.article_view.highlights("suggestions") == []


def test_a_conflict_quote_opens_in_its_article(qtbot, make_window, db_path):
    window = make_window(db_path)
    db = window._db
    first, second = window.article_model.article_id_at(0), window.article_model.article_id_at(1)
    event_id = window.event_form.new_event()
    window.writer.link(second, event_id)
    text_a = window.article_view.text()
    span_a = (text_a.index("مئات المعتقلين"), text_a.index("مئات المعتقلين") + 4)
    claim_store.add_claim(
        db, event_id, first, "prisoners_released", "مئات", start=span_a[0], end=span_a[1]
    )
    start = text_a.index("3000 سجين")
    claim_store.add_claim(
        db, event_id, first, "prisoners_released", "3000", start=start, end=start + 4
    )
    [conflict] = conflict_store.open_conflicts(db, event_id)
    window.select_row(1)
    window.show_page(1)
    window.conflicts.refresh()
    window.conflicts.open_in_article.emit(first, start, start + 4)
    assert window.pages.currentIndex() == 0
    assert window.current_article_id() == first
    assert window.article_view.textCursor().selectedText() == "3000"
    assert conflict["field"] == "prisoners_released"


def test_review_buttons_move_the_event_and_its_article(qtbot, make_window, db_path):
    window = make_window(db_path)
    window.set_analyst("amal")
    form = window.event_form
    form.new_event()
    form.event_type.setCurrentText("Battles")
    form.flush()
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)
    QTest.keyClick(
        window.article_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    message = window.side.review.message()
    assert "cannot be marked coded; missing: sub-event type, date, time precision" in message
    assert "actor 1's inter code" in message and "coordinates" in message
    assert get_event(window._db, form.current_event_id())["status"] == "draft"
    _complete(window, form.current_event_id())
    QTest.keyClick(
        window.article_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    event = get_event(window._db, form.current_event_id())
    assert (event["status"], event["coded_by"]) == ("coded", "amal")
    summary = window.article_model.summary_at(0)
    assert summary.status == "coded"
    window.set_analyst("basel")
    window.side.review.mark_reviewed_action.trigger()
    event = get_event(window._db, form.current_event_id())
    assert (event["status"], event["reviewed_by"]) == ("reviewed", "basel")
    qtbot.waitUntil(lambda: "(1 reviewed)" in window.counts_label.text())


def test_the_window_takes_rotating_backups_of_edited_projects(qtbot, make_window, db_path):
    window = make_window(db_path)
    window._auto_backup.interval = 0  # due at once
    window.event_form.new_event()
    window._backup_tick()
    backups = list((db_path.parent / f"{db_path.stem}-backups").glob("*"))
    assert len(backups) == 1


def test_search_from_the_box_highlights_hits_in_the_open_article(qtbot, make_window, db_path):
    from tests.ui.conftest import type_text

    window = make_window(db_path)
    box = window.filter_bar.search_box
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(box, "حماه")  # finds حماة
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.article_view.highlights("search")), timeout=3000)
    hits = window.article_view.highlights("search")
    text = window.article_view.text()
    assert {text[h.start : h.end] for h in hits} <= {"حماة", "حماه"}
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_view.highlights("search") == [], timeout=3000)


def test_four_eyes_from_the_event_menu_stops_self_review(qtbot, make_window, db_path):
    window = make_window(db_path)
    window.set_analyst("amal")
    window.four_eyes_action.trigger()
    assert window.four_eyes()
    form = window.event_form
    form.new_event()
    form.flush()
    _complete(window, form.current_event_id())
    window.side.review.mark_coded_action.trigger()
    window.side.review.mark_reviewed_action.trigger()  # same person: refused
    assert get_event(window._db, form.current_event_id())["status"] == "coded"
    assert "amal" in window.side.review.message_label.text()


def test_deleting_an_event_asks_first(qtbot, make_window, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(db_path)
    form = window.event_form
    event_id = form.new_event()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert get_event(window._db, event_id)["id"] == event_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    assert form.event_list.count() == 0


def test_accepting_a_figure_records_a_claim(qtbot, make_window, db_path):
    window = _active(qtbot, make_window(db_path))
    start = _put_cursor_on(window, "3000 سجين")
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    event_id = window.event_form.current_event_id()
    [claim] = claim_store.list_claims(window._db, event_id)
    assert (claim["field"], claim["low"], claim["high"]) == ("prisoners_released", 3000, 3000)
    assert (claim["start"], claim["verbatim"]) == (start, "3000")
    assert get_event(window._db, event_id)["fatalities"] is None  # prisoners are not deaths


def test_an_accepted_suggestion_stays_accepted_after_a_restart(qtbot, make_window, db_path):
    window = _active(qtbot, make_window(db_path))
    _put_cursor_on(window, "3000 سجين")
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    event_id = window.event_form.current_event_id()
    assert len(claim_store.list_claims(window._db, event_id)) == 1
    window.close()

    again = _active(qtbot, make_window(db_path, seed=False))
    offered = {(s.kind, s.text) for s in again.suggestions.suggestions()}
    assert offered and ("figure", "3000") not in {(k, t.split()[0]) for k, t in offered}
    _put_cursor_on(again, "3000 سجين")
    qtbot.waitUntil(again.article_view.hasFocus)
    qtbot.keyClick(again.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(claim_store.list_claims(again._db, event_id)) == 1  # no second claim


def test_a_reviewed_event_gaining_a_conflict_goes_back_to_coded_visibly(
    qtbot, make_window, db_path
):
    from reviewer.storage.review import mark_event_coded, mark_event_reviewed

    window = _active(qtbot, make_window(db_path))
    event_id = window.event_form.new_event()
    _complete(window, event_id)
    text = window.article_view.text()
    start = text.index("مئات")
    claim_store.add_claim(window._db, event_id, window.current_article_id(), "prisoners_released",
                          "مئات", start=start, end=start + 4)  # fmt: skip
    mark_event_coded(window._db, event_id, "amal")
    mark_event_reviewed(window._db, event_id, "basel")
    window.open_article(window.current_article_id())
    window.event_form.show_event(event_id)
    assert window.side.review.status_label.text().startswith(f"RVW{event_id}: Reviewed")

    _put_cursor_on(window, "3000 سجين")  # a figure that disagrees with "hundreds"
    qtbot.waitUntil(window.article_view.hasFocus)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    event = get_event(window._db, event_id)
    assert (event["status"], event["reviewed_by"]) == ("coded", None)
    message = window.side.review.message()
    assert message.startswith(f"RVW{event_id} went back to coded")
    assert "Prisoners released" in message
    assert window.side.review.message_label.isVisible()
    assert window.side.review.status_label.text().startswith(f"RVW{event_id}: Coded")


def test_help_report_writes_charts_and_opens_the_summary(
    qtbot, make_window, db_path, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "report"
    out.mkdir()
    opened = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = make_window(db_path)
    window.write_report()  # written off the GUI thread, under a progress dialog
    qtbot.waitUntil(lambda: window.report_task is None, timeout=30_000)
    assert (out / "summary.html").exists()
    assert len(list(out.glob("*.png"))) == 4
    box = window.report_box  # the confirmation names the folder; opening is the analyst's call
    assert box.isVisible() and str(out) in box.text()
    assert str(out) in window.statusBar().currentMessage()
    assert opened == []
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert opened == [str(out / "summary.html")]


def test_help_report_runs_off_the_gui_thread_and_cancel_leaves_no_file(
    qtbot, make_window, db_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QPushButton

    out = tmp_path / "report"
    out.mkdir()
    (out / "summary.html").write_text("an earlier report", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    window = make_window(db_path)
    menu_item(qtbot, window, "Help", "Report…")  # returns while the report is being written
    progress = window.report_progress
    assert window.report_task is not None and progress.isVisible()
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=30_000)  # the data read
    [cancel] = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.report_task is None, timeout=30_000)
    assert window.statusBar().currentMessage() == "Report cancelled; no file was written."
    assert [p.name for p in out.iterdir()] == ["summary.html"]  # no partial file, none new
    assert (out / "summary.html").read_text(encoding="utf-8") == "an earlier report"


def _complete(window, event_id):
    """Fill what "coded" needs (the typing itself is tested in the acceptance suite)."""
    from reviewer.storage.events import update_event
    from tests.coding import COMPLETE

    update_event(window._db, event_id, COMPLETE)
    window.event_form.reload_current()
