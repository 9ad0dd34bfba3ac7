"""Who says a claim, in the window: the conflicts view names the speaker, and the grade
widget suggests the report's credibility from it."""

from PySide6.QtCore import Qt

from reviewer.storage import claims, reports
from reviewer.storage.articles import article_ids, get_article
from reviewer.storage.events import create_event, link_report
from reviewer.ui.conflicts_view import ConflictsView
from reviewer.ui.grade_widget import GradeWidget


def _claim(db, event, article, quote, field):
    text = get_article(db, article).text
    start = text.index(quote)
    return claims.add_claim(db, event, article, field, quote, start=start, end=start + len(quote))


def test_conflict_cards_say_who_said_each_claim(qtbot, sample_db):
    db = sample_db
    ids = article_ids(db)
    event = create_event(db, ids[0])
    link_report(db, ids[1], event)
    _claim(db, event, ids[0], "3000 سجين", "prisoners_released")
    _claim(db, event, ids[1], "أنها أخرجت مئات السجناء", "prisoners_released")
    view = ConflictsView(db, user="omar")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    said = {card.speaker.text() for card in view.shown_cards()}
    assert any("المصادر المحلية" in s and "local or anonymous sources" in s for s in said)
    assert any("party to the fighting" in s for s in said)


def test_grade_widget_suggests_credibility_until_the_analyst_grades(qtbot, sample_db):
    db = sample_db
    article = article_ids(db)[4]
    event = create_event(db, article)
    _claim(db, event, article, "قد أعادت تموضعها", "custom:withdrawal")  # the ministry says
    widget = GradeWidget(db)
    qtbot.addWidget(widget)
    widget.set_report(article, event)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.suggestion.isVisible()
    assert widget.suggestion.text().startswith("Suggested 3 (Possibly true)")
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_3)
    assert reports.get_credibility(db, article, event) == 3
    assert not widget.suggestion.isVisible()


def test_the_claims_panel_suggests_who_says_the_selected_words(qtbot, sample_db):
    from reviewer.ui.article_view import ArticleView
    from reviewer.ui.claims_panel import ClaimsPanel

    db = sample_db
    ids = article_ids(db)
    event = create_event(db, ids[0])
    link_report(db, ids[1], event)
    view, panel = ArticleView(), ClaimsPanel(db, user="lina")
    for widget in (view, panel):
        qtbot.addWidget(widget)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_context(event, ids[1])
    text = get_article(db, ids[1]).text
    view.show_text(text)
    words = "قد نفى في وقت سابق صحة ما أعلنته الفصائل"
    start = text.index(words)
    view.select_span(start, start + len(words))
    panel.field.setCurrentIndex(panel.field.findData("force_movement"))
    panel.set_selection(*view.selected_span(), words)
    assert panel.speaker.text() == "الجيش السوري"
    assert (panel.speaker_kind.currentData(), panel.stance.currentData()) == ("party", "denies")
    panel.stance.setFocus()
    qtbot.keyClick(panel.stance, Qt.Key.Key_Down)  # the analyst reads it as a confirmation
    assert panel.stance.currentData() == "confirms"
    panel.value.setCurrentText("denied_entry")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    (claim,) = claims.list_claims(db, event, article_id=ids[1])
    assert (claim["speaker"], claim["speaker_kind"], claim["stance"]) == (
        "الجيش السوري",
        "party",
        "confirms",
    )
    assert panel.speaker.text() == "" and panel.stance.currentData() is None


def test_the_speaker_field_keeps_room_beside_its_kind_and_stance(qtbot, sample_db):
    """At the side panel's usual width the speaker's words are readable, not a few letters."""
    from reviewer.ui.claims_panel import ClaimsPanel

    panel = ClaimsPanel(sample_db, user="lina")
    qtbot.addWidget(panel)
    panel.resize(460, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.speaker_kind.setCurrentIndex(panel.speaker_kind.count() - 1)
    assert panel.speaker.width() >= panel.speaker.fontMetrics().horizontalAdvance("m" * 14)
