"""Team work through the real window: blind coding and adjudication, by input events."""

import csv
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reviewer.export.writer import ExportOptions, export_dataset
from reviewer.project import Project
from reviewer.storage.claims import add_claim
from reviewer.storage.events import create_event
from reviewer.storage.evidence import attach_evidence
from reviewer.team.assign import assign_articles, mark_done
from reviewer.team.merge import merge_project
from tests.team.conftest import HAMA_TAKEOVER
from tests.ui.conftest import show_window, type_text

ACTOR2 = "Military Forces of Syria (2000-2024)"


def _coded_pair(tmp_path, *, assign=False, omar_done=False, omar_conflict=False):
    """Lina's project holding her coding and Omar's (merged) of the first article."""
    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    omar = Project.open(tmp_path / "omar.sqlite", analyst="Omar", seed_sample=True)
    article = lina.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    text = lina.db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    for project, fields, (start, end), best in (
        (lina, {**HAMA_TAKEOVER, "actor2": ACTOR2, "fatalities": 5}, (10, 14), 5),
        (omar, {**HAMA_TAKEOVER, "event_date": "2024-12-04", "fatalities": 50}, (30, 34), 50),
    ):
        if assign:
            assign_articles(project, ["Lina", "Omar"], article_ids=[article])
        event = create_event(project.db, article, user=project.analyst, **fields)
        attach_evidence(project.db, event, article, "location", 0, 4, user=project.analyst)
        add_claim(project.db, event, article, "fatalities", text[start:end], start=start,
                  end=end, low=best, best=best, high=best)  # fmt: skip
        if omar_conflict and project is omar:  # a second figure: a conflict on his event
            add_claim(project.db, event, article, "fatalities", text[50:54], start=50, end=54,
                      low=500, best=500, high=500)  # fmt: skip
    if omar_done:
        mark_done(omar, article)
    omar.close()
    merge_project(lina, omar.path)
    return lina, article


@pytest.fixture
def window_for(qtbot, settings):
    def make(project, user):
        return show_window(qtbot, project.db, settings, user)

    return make


def _open_article(qtbot, window, article_id):
    row = window.article_model.row_of(article_id)
    table = window.article_table
    rect = table.visualRect(window.article_model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article_id() == article_id


def _click_cell(qtbot, grid, row, column, *, double=False):
    point = grid.visualItemRect(grid.item(row, column)).center()
    grid.scrollToItem(grid.item(row, column))
    point = grid.visualItemRect(grid.item(row, column)).center()
    if double:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _type_into_cell(qtbot, grid, row, column, text):
    _click_cell(qtbot, grid, row, column, double=True)
    editor = QApplication.focusWidget()
    assert editor is not grid, "double-click opens an editor in the cell"
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_blind_coding_in_the_window(qtbot, window_for, tmp_path):
    lina, article = _coded_pair(tmp_path, assign=True, omar_done=True, omar_conflict=True)
    window = window_for(lina, "Lina")
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.conflicts.conflict_ids() == []  # Omar's conflict is hidden too
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _open_article(qtbot, window, article)
    assert window.event_form.event_list.count() == 1  # only her own while blind
    QTest.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.event_form.event_list.count() == 2  # both done: Omar's coding appears
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert len(window.conflicts.conflict_ids()) == 1
    assert lina.db.execute(
        "SELECT done_at IS NOT NULL FROM assignments WHERE analyst = 'Lina'"
    ).fetchone() == (1,)


def test_adjudicating_through_the_window(qtbot, window_for, tmp_path):
    lina, article = _coded_pair(tmp_path)
    lina.db.close()
    adjudicator = Project.open(lina.path, analyst="Sami")
    window = window_for(adjudicator, "Sami")
    _open_article(qtbot, window, article)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.adjudication
    assert window.pages.currentWidget() is page
    grid = page.grid
    assert grid.differing_fields() == ["event_date", "actor2"]  # fatalities go to conflicts
    lina_col = 1
    assert grid.horizontalHeaderItem(lina_col).text() == "Lina"
    assert not page.save_button.isEnabled() or grid.undecided()
    # event date: take Lina's value with a click, give the rationale
    date_row = grid.row_of("event_date")
    _click_cell(qtbot, grid, date_row, lina_col)
    assert grid.item(date_row, grid.result_column).text() == "2024-12-05"
    _type_into_cell(qtbot, grid, date_row, grid.rationale_column, "dated the 5th in the text")
    # actor2: enter a value of one's own instead of either coder's
    actor_row = grid.row_of("actor2")
    _type_into_cell(qtbot, grid, actor_row, grid.result_column, "Syrian Arab Army")
    _type_into_cell(qtbot, grid, actor_row, grid.rationale_column, "the text names the army")
    assert grid.undecided() == []
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    db = adjudicator.db
    [(event_id, coders, by)] = db.execute(
        "SELECT event_id, coders, adjudicated_by FROM adjudications"
    ).fetchall()
    assert (coders, by) == ("Lina; Omar", "Sami")
    [event] = db.query("SELECT * FROM events WHERE id = ?", [event_id])
    assert (event["event_date"], event["actor2"], event["location"]) == (
        "2024-12-05", "Syrian Arab Army", "Hama",
    )  # fmt: skip
    assert event["fatalities"] is None and event["created_by"] == "Sami"
    choices = {
        json.loads(new)["field"]: json.loads(new)
        for (new,) in db.execute(
            "SELECT new_values FROM audit_log WHERE table_name = 'adjudication_choices'"
            " AND user = 'Sami'"
        )
    }
    assert choices["event_date"]["chosen_from"] == "Lina"
    assert choices["actor2"]["chosen_from"] == "entered"
    assert choices["actor2"]["rationale"] == "the text names the army"
    assert choices["fatalities"]["chosen_from"] == "conflicts"
    assert "Adjudicated as" in page.message.text()
    # the figure disagreement is decided on the conflicts page, which the page opens
    qtbot.mouseClick(page.conflicts_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.conflicts
    assert window.conflicts.conflict_ids()  # the coders' 5 against 50
    # undo and redo, as for any edit
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db.execute("SELECT count(*) FROM adjudications").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM events WHERE id = ?", [event_id]).fetchone() == (0,)
    QTest.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [(event_id,)] = db.execute("SELECT event_id FROM adjudications").fetchall()
    # the export holds the adjudicated event only, with its coders and adjudicator
    out = tmp_path / "out"
    export_dataset(db, out, ExportOptions(include_all=True))
    rows = list(csv.DictReader((out / "events.csv").open(encoding="utf-8-sig")))
    assert [(r["x_coders"], r["x_adjudicated_by"], r["actor2"]) for r in rows] == [
        ("Lina; Omar", "Sami", "Syrian Arab Army")
    ]
    claims = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8-sig")))
    assert len(claims) == 2  # both coders' figure claims carried, once each


def test_a_person_changes_the_pairing_and_it_is_stored(qtbot, window_for, tmp_path):
    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    omar = Project.open(tmp_path / "omar.sqlite", analyst="Omar", seed_sample=True)
    article = lina.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    create_event(lina.db, article, user="Lina", **HAMA_TAKEOVER)
    # Omar saw the same happening as a clash two weeks earlier: too unlike to pair
    create_event(omar.db, article, user="Omar", **{
        **HAMA_TAKEOVER, "sub_event_type": "Armed clash", "event_date": "2024-11-20",
        "location": "Kafr Nabudah", "admin1": "Hama", "actor1": "Other rebels",
    })  # fmt: skip
    omar.close()
    merge_project(lina, omar.path)
    window = window_for(lina, "Sami")
    _open_article(qtbot, window, article)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.adjudication
    assert page.group_box.count() == 2 and not page.save_button.isEnabled()
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.group_box.count() == 1 and page.save_button.isEnabled()
    assert "✓" in page.group_box.currentText()  # a person's pairing
    stored = lina.db.execute(
        "SELECT count(DISTINCT group_key), count(*), min(set_by) FROM event_pairings"
    ).fetchone()
    assert stored == (1, 2, "Sami")
    qtbot.mouseClick(page.split_button, Qt.MouseButton.LeftButton)
    assert page.group_box.count() == 2
    assert lina.db.execute("SELECT count(DISTINCT group_key) FROM event_pairings").fetchone() == (
        2,
    )


def test_file_merge_through_the_menu(qtbot, window_for, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    omar = Project.open(tmp_path / "omar.sqlite", analyst="Omar", seed_sample=True)
    article = omar.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    create_event(omar.db, article, user="Omar", **HAMA_TAKEOVER)
    omar.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(omar.path), "reviewer projects")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: shown.append(text))
    window = window_for(lina, "Lina")
    _open_article(qtbot, window, article)
    assert window.event_form.event_list.count() == 0
    from PySide6.QtWidgets import QMenu

    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    merge = next(a for a in file_menu.actions() if a.text().startswith("&Merge"))
    merge.trigger()  # the menu entry (the dialogs it opens are stood in for above)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # merged in a thread
    assert "events: 1 added" in shown[0]
    assert window.event_form.event_list.count() == 1  # Omar's event, on screen at once
    # a refusal is shown as one line, nothing changes
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: warned.append(text))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(lina.path), "reviewer projects")
    )
    merge.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=30_000)
    assert "same project" in warned[0] and len(shown) == 1


def test_agreement_page_fills_its_table_off_the_gui_thread(qtbot, window_for, tmp_path):
    lina, _article = _coded_pair(tmp_path)
    window = window_for(lina, "Sami")
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.agreement
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.report is not None or "could not" in page.summary.text(),
                    timeout=30_000)  # fmt: skip
    assert page.report is not None, page.summary.text()
    table = page.table
    code = Qt.ItemDataRole.UserRole
    fields = [table.item(row, 0).data(code) for row in range(table.rowCount())]
    assert fields[:2] == ["event_type", "sub_event_type"] and "credibility" in fields
    assert table.item(0, 0).text() == "Event type"
    date_row = fields.index("event_date")
    assert table.item(date_row, 1).text() == "interval" and table.item(date_row, 3).text() == "1"
    assert "Lina, Omar" in page.summary.text()
    # restrict to one coder: nothing is double-coded by "Lina" alone
    qtbot.mouseClick(page.coders, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.coders, "Lina")
    qtbot.waitUntil(page.compute_button.isEnabled, timeout=30_000)  # the first run is over
    page.report = None
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    assert page.report.articles == 0 and "No article" in page.summary.text()


def test_the_agreement_pages_notes_are_in_arabic(qtbot, arabic, window_for, tmp_path):
    """Why alpha is undefined for a field is said by the core as a Message, shown in Arabic."""
    lina, _article = _coded_pair(tmp_path)
    window = window_for(lina, "Sami")
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.agreement
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    pairs = [page.table.item(row, 4).text() for row in range(page.table.rowCount())]
    notes = [text for text in pairs if "(لا تباين: قيمة واحدة في كل الحالات)" in text]
    assert notes and not any("no variation" in text or "no unit" in text for text in pairs)
    # the field and level columns are in Arabic too, the codes kept as the items' data
    rows = range(page.table.rowCount())
    code = Qt.ItemDataRole.UserRole
    named = {page.table.item(r, 0).data(code): page.table.item(r, 0).text() for r in rows}
    assert named["event_type"] == "نوع الحدث" and named["credibility"] == "صحة التقرير"
    levels = {page.table.item(r, 1).text() for r in rows}
    assert levels and not levels & {"nominal", "ordinal", "interval", "ratio"}


def test_blind_codings_are_not_offered_for_linking(qtbot, window_for, tmp_path):
    lina, article = _coded_pair(tmp_path, assign=True)
    omar_event = lina.db.execute("SELECT id FROM events WHERE created_by = 'Omar'").fetchone()[0]
    other = lina.db.execute("SELECT id FROM articles WHERE id != ? ORDER BY id DESC", [article])
    other = other.fetchone()[0]
    window = window_for(lina, "Lina")
    _open_article(qtbot, window, other)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.event_actions.link_dialog
    qtbot.waitUntil(dialog.isVisible)
    offered = [c.event["id"] for c in dialog.candidates]
    assert omar_event not in offered and offered  # Lina's own event is still offered
    dialog.reject()


def test_adjudicating_in_arabic_reads_and_stores_names(qtbot, arabic, window_for, tmp_path):
    """Places and actors read by their Arabic names in the grid; ACLED's are stored."""
    lina, article = _coded_pair(tmp_path)
    lina.db.close()
    adjudicator = Project.open(lina.path, analyst="Sami")
    window = window_for(adjudicator, "Sami")
    _open_article(qtbot, window, article)
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    grid = window.adjudication.grid
    lina_col, omar_col = 1, 2
    cell = lambda field, column: grid.item(grid.row_of(field), column).text()  # noqa: E731
    assert cell("location", lina_col) == cell("location", omar_col) == "حماة"
    assert cell("actor1", grid.result_column) == "هيئة تحرير الشام"  # shared by both
    assert cell("actor2", lina_col) == "الجيش السوري"
    assert cell("event_type", lina_col) == "معارك"
    date_row, actor_row = grid.row_of("event_date"), grid.row_of("actor2")
    _click_cell(qtbot, grid, date_row, lina_col)
    _type_into_cell(qtbot, grid, date_row, grid.rationale_column, "اليوم الخامس")
    _type_into_cell(qtbot, grid, actor_row, grid.result_column, "الجيش السوري")
    _type_into_cell(qtbot, grid, actor_row, grid.rationale_column, "ذكره النص")
    assert grid.undecided() == []
    qtbot.mouseClick(window.adjudication.save_button, Qt.MouseButton.LeftButton)
    [event_id] = [r[0] for r in adjudicator.db.execute("SELECT event_id FROM adjudications")]
    [event] = adjudicator.db.query("SELECT * FROM events WHERE id = ?", [event_id])
    assert (event["actor2"], event["location"]) == (ACTOR2, "Hama")
