"""The Hama Central Prison case, coded end to end through the real widgets and read back.

Four reports say مئات (hundreds) were freed; article 000 also says 3000 per local
sources. Article 001 tells the army's earlier denial of the incursion, and its
later confirmed withdrawal.
"""

from PySide6.QtCore import Qt

from reviewer.export.figures import export_figure
from reviewer.reliability import format_grade
from reviewer.storage import claims, conflicts, open_database, reports, sources
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report, update_event
from reviewer.ui.article_view import ArticleView
from reviewer.ui.claims_panel import ClaimsPanel
from reviewer.ui.conflicts_view import ConflictsView
from reviewer.ui.grade_widget import GradeWidget

from .conftest import type_text

HUNDREDS = {  # article (by corpus file number) -> the words that say "hundreds"
    0: "واطلقت مئات المعتقلين",
    1: "أنها أخرجت مئات السجناء",
    2: "وتحرر مئات المعتقلين",
    4: "إخراج مئات السجناء",
}
THREE_THOUSAND = "أن عدد الذي تم الإفراج عنهم 3000 سجين"
DENIAL = "كان الجيش السوري قد نفى في وقت سابق صحة ما أعلنته الفصائل السورية المسلحة حول توغُّلها"
WITHDRAWAL = "أقر الجيش السوري في بيان – قبل قليل- بخسارة مدينة حماة"


def _claim_through_widgets(qtbot, view, panel, article_id, words, field, value=None):
    """Select ``words`` in the article view and add them as a claim from the panel."""
    text = get_article(panel._db, article_id).text
    view.show_text(text)
    start = text.index(words)
    view.select_span(start, start + len(words))
    span = view.selected_span()
    panel.set_context(panel._event_id, article_id)
    panel.field.setCurrentIndex(panel.field.findData(field))
    panel.set_selection(*span, text[span[0] : span[1]])
    if value is not None:
        panel.value.setCurrentText(value)
    with qtbot.waitSignal(panel.claims_changed):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return span


def test_hama_prison_case_end_to_end(qtbot, sample_db, db_path):
    db = sample_db
    ids = article_ids(db)
    event = create_event(db, ids[0], user="lina")
    update_event(db, event, {"event_date": "2024-12-05", "location": "Hama"})
    for number in (1, 2, 4):
        link_report(db, ids[number], event)

    view, panel = ArticleView(), ClaimsPanel(db, user="lina")
    grade, conflicts_view = GradeWidget(db), ConflictsView(db, user="lina")
    for widget in (view, panel, grade, conflicts_view):
        qtbot.addWidget(widget)
    panel.set_context(event, ids[0])

    # Claims: hundreds in four reports, 3000 in one, figures parsed from the words.
    for number, words in HUNDREDS.items():
        _claim_through_widgets(qtbot, view, panel, ids[number], words, "prisoners_released")
    hundreds = claims.list_claims(db, event, "prisoners_released")
    assert {(c["low"], c["best"], c["high"]) for c in hundreds} == {(200, None, 999)}
    assert (panel.low.text(), panel.high.text()) == ("", "")  # the form waits for new words
    _claim_through_widgets(qtbot, view, panel, ids[0], THREE_THOUSAND, "prisoners_released")
    assert panel.tree.topLevelItemCount() == 5

    # Grades: one keystroke each, with the widget focused.
    grade.show()
    qtbot.waitExposed(grade)
    grade.set_report(ids[4], event)
    grade.setFocus()
    qtbot.keyClicks(grade, "c2")
    grade.set_report(ids[0], event)
    qtbot.keyClick(grade, Qt.Key.Key_3)
    assert reports.report_grade(db, ids[4], event).code == "C2"
    assert reports.report_grade(db, ids[0], event).code == "–3"

    # Detection: one disagreement about the field, holding all five claims.
    conflicts_view.refresh()
    [conflict_id] = conflicts_view.conflict_ids()
    assert "5 claims: 200–999 ×4 · 3000" in conflicts_view.conflict_list.item(0).text()
    assert conflicts.event_has_blocking_conflicts(db, event)
    three_thousand = claims.list_claims(db, event, article_id=ids[0])[-1]
    from_004 = claims.list_claims(db, event, article_id=ids[4])[0]
    shown = conflicts_view.shown_cards()
    assert len(shown) == 5
    cards = {card.title(): card for card in shown}
    three, hundreds = cards[f"Claim {three_thousand['id']}"], cards[f"Claim {from_004['id']}"]
    assert (three.value.text(), hundreds.value.text()) == ("3000", "200–999")
    assert shown[0] is three  # the lone dissenting claim comes first, never out of sight
    assert (three.grade.text(), hundreds.grade.text()) == ("–3", "C2")
    assert hundreds.outlet.text() == "الأيام المصرية"
    assert HUNDREDS[4] in hundreds.quote_text()
    assert THREE_THOUSAND in three.quote_text()
    cards = {"3000": three}
    block = cards["3000"].quote.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft

    # "Open in article" gives the article and the span of the quote.
    with qtbot.waitSignal(conflicts_view.open_in_article) as opened:
        qtbot.mouseClick(cards["3000"].open_button, Qt.MouseButton.LeftButton)
    article_id, start, end = opened.args
    assert get_article(db, article_id).text[start:end] == THREE_THOUSAND

    # Resolve: hundreds, with a rationale; the whole field is settled.
    conflicts_view.value.setFocus()
    type_text(conflicts_view.value, "مئات")
    type_text(conflicts_view.rationale, "four of five reports say hundreds; 3000 is unsourced")
    with qtbot.waitSignal(conflicts_view.conflicts_changed):
        qtbot.mouseClick(conflicts_view.resolve_button, Qt.MouseButton.LeftButton)
    assert conflicts_view.conflict_ids() == []
    assert not conflicts.event_has_blocking_conflicts(db, event)
    assert conflicts_view.status.text() == f"Conflict {conflict_id} resolved."

    # The army's denial against its confirmed withdrawal: a manual conflict.
    _claim_through_widgets(qtbot, view, panel, ids[1], DENIAL, "force_movement", "denied_entry")
    _claim_through_widgets(
        qtbot, view, panel, ids[1], WITHDRAWAL, "force_movement", "confirmed_withdrawal"
    )
    assert not conflicts.event_has_blocking_conflicts(db, event)  # no rule sees this one
    # Who says each: the panel names the speaker, a party, denying then confirming.
    said = {  # (the speaker's words are isolated, FSI … PDI, inside the English labels)
        panel.tree.topLevelItem(r).text(2): panel.tree.topLevelItem(r)
        .text(5)
        .translate({0x2068: None, 0x2069: None})
        for r in range(panel.tree.topLevelItemCount())
    }
    assert said[DENIAL] == "الجيش السوري — a party to the fighting or an official, denies"
    assert said[WITHDRAWAL].endswith("confirms") and "الجيش السوري" in said[WITHDRAWAL]
    assert said[THREE_THOUSAND].endswith("local or anonymous sources, asserts")
    panel.tree.clearSelection()
    for row in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(row)
        if item.text(0) == "Force movement":
            item.setSelected(True)
    qtbot.mouseClick(panel.mark_button, Qt.MouseButton.LeftButton)
    assert conflicts.event_has_blocking_conflicts(db, event)
    conflicts_view.refresh()
    assert len(conflicts_view.conflict_ids()) == 1
    type_text(conflicts_view.rationale, "the denial came first; the army later confirmed it")
    qtbot.mouseClick(conflicts_view.accept_button, Qt.MouseButton.LeftButton)
    assert not conflicts.event_has_blocking_conflicts(db, event)

    # Read back from a fresh connection to the file.
    again = open_database(db_path)
    try:
        stored = claims.list_claims(again, event, "prisoners_released")
        assert sorted(c["verbatim"] for c in stored) == sorted([*HUNDREDS.values(), THREE_THOUSAND])
        for claim in stored:
            assert (
                get_article(again, claim["article_id"]).text[claim["start"] : claim["end"]]
                == (claim["verbatim"])
            )
        by_status = {}
        for row in conflicts.list_conflicts(again, event):
            by_status.setdefault((row["origin"], row["status"]), []).append(row)
        assert {k: len(v) for k, v in by_status.items()} == {
            ("detected", "resolved"): 1,
            ("manual", "accepted"): 1,
        }
        resolved = by_status[("detected", "resolved")][0]
        assert (resolved["resolution_value"], resolved["resolution_low"]) == ("مئات", 200)
        assert resolved["resolution_high"] == 999 and resolved["resolved_by"] == "lina"
        assert export_figure(again, event, "prisoners_released") == 100
        outlet = sources.source_for_article(again, ids[4])
        assert (
            format_grade(outlet["reliability"], reports.get_credibility(again, ids[4], event))
            == "C2"
        )
    finally:
        again.close()
