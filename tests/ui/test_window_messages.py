"""Issue 12.10, the window's part: it says what happened, in words and colours that differ."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from reviewer.storage.events import get_event
from reviewer.ui.evidence_link import EVIDENCE_LAYER
from reviewer.ui.search_results import SEARCH_LAYER

from .conftest import click, key, menu_item, select_words, type_text


def test_a_grade_key_on_an_article_without_outlet_says_why(qtbot, make_window, db_path):
    window = make_window(db_path)
    key(qtbot, window.article_view, "N", "Ctrl")
    key(qtbot, window.article_view, "G", "Ctrl")
    grade = window.side.grade
    qtbot.waitUntil(grade.hasFocus, timeout=3000)
    key(qtbot, grade, "B")
    assert grade.error.isVisible()
    assert "names no outlet" in grade.error.text()
    assert "names no outlet" in window.statusBar().currentMessage()


def test_the_highlight_colours_are_explained_and_distinct(qtbot, make_window, db_path):
    window = make_window(db_path)
    legend = window.legend
    assert legend.isVisible()
    shown = legend.text().replace("&nbsp;", " ")
    for word in ("place", "actor", "figure", "date", "evidence", "search hit"):
        assert word in shown
    assert "search&nbsp;hit" in legend.text()  # a chip never breaks inside
    assert "Ctrl+Return" in legend.toolTip()

    key(qtbot, window.article_view, "N", "Ctrl")
    click(qtbot, window.event_form.notes)  # the field evidence goes to
    select_words(qtbot, window.article_view, "مئات المعتقلين")
    key(qtbot, window.article_view, "E", "Ctrl")
    key(qtbot, window.article_view, "F", "Ctrl")
    type_text(window.filter_bar.search_box, "حماة")
    key(qtbot, window.filter_bar.search_box, "Return")
    qtbot.waitUntil(lambda: bool(window.article_view.highlights(SEARCH_LAYER)), timeout=3000)
    evidence = window.article_view.highlights(EVIDENCE_LAYER)[0].format.background().color()
    hit = window.article_view.highlights(SEARCH_LAYER)[0].format.background().color()
    assert evidence != hit
    assert hit.blue() > hit.red()  # search hits are blue, evidence stays yellow


def test_the_status_bar_counts_in_words(qtbot, make_window, db_path):
    window = make_window(db_path)
    key(qtbot, window.article_view, "N", "Ctrl")
    qtbot.waitUntil(lambda: "1 event (" in window.counts_label.text())
    assert "1 events" not in window.counts_label.text()


def test_a_refusal_message_goes_once_the_value_is_saved(qtbot, make_window, db_path):
    window = make_window(db_path)
    key(qtbot, window.article_view, "N", "Ctrl")
    form = window.event_form
    event_id = form.current_event_id()
    line = form.event_date.line_edit
    click(qtbot, line)
    qtbot.keyClicks(line, "2099-01-01")
    key(qtbot, line, "Tab")
    assert form.field_error("event_date") and form.status.text().startswith("Not saved")
    click(qtbot, line)
    key(qtbot, line, "A", "Ctrl")
    key(qtbot, line, "Delete")  # back to no date: nothing refused any more
    key(qtbot, line, "Tab")
    assert form.field_error("event_date") == ""
    assert not form.status.text().startswith("Not saved")
    click(qtbot, line)
    qtbot.keyClicks(line, "2099-01-01")
    key(qtbot, line, "Tab")
    assert form.field_error("event_date")
    click(qtbot, line)
    key(qtbot, line, "A", "Ctrl")
    qtbot.keyClicks(line, "2024-12-05")
    key(qtbot, line, "Tab")
    assert form.field_error("event_date") == "" and form.status.text() == "Saved"
    assert get_event(window._db, event_id)["event_date"] == "2024-12-05"


def test_help_report_confirms_and_dialogs_open_in_the_project_folder(
    qtbot, make_window, db_path, tmp_path, monkeypatch
):
    asked = []
    out = tmp_path / "report-out"
    out.mkdir()

    def folder_dialog(_parent, _title, start=""):
        asked.append(start)
        return str(out)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_dialog)
    window = make_window(db_path)
    menu_item(qtbot, window, "Help", "Report…")
    qtbot.waitUntil(lambda: window.report_task is None, timeout=30_000)  # written off-thread
    assert asked == [str(Path(db_path).parent)]  # the project's folder, not the cwd
    assert window.report_box.isVisible() and str(out) in window.report_box.text()
    key(qtbot, window.report_box, "Escape")
    menu_item(qtbot, window, "Help", "Report…")
    assert asked[-1] == str(out)  # then the folder last used
    qtbot.waitUntil(lambda: window.report_task is None, timeout=30_000)


def test_the_export_summary_stays_in_the_status_bar_and_the_counts_come_back(
    qtbot, make_window, db_path, tmp_path
):
    """The export dialog closes on success, so the window says what was written; a
    timed message covers the counts only while it lasts."""
    from .conftest import export_through_window

    window = make_window(db_path)
    key(qtbot, window.article_view, "N", "Ctrl")
    qtbot.waitUntil(lambda: "1 event (" in window.counts_label.text())
    counts = window.counts_label.text()
    out = tmp_path / "out"
    export_through_window(qtbot, window, out)
    assert (out / "events.csv").exists()
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported ") and str(out) in message
    assert not window.counts_label.isVisible()  # covered by the summary while it lasts
    window.statusBar().clearMessage()  # what its timer does after 20 s
    assert window.counts_label.isVisible()
    assert window.counts_label.text() == counts
