"""The grade widget: one keystroke sets reliability (A-F) or credibility (1-6)."""

import pytest
from PySide6.QtCore import Qt

from reviewer.storage import reports, sources
from reviewer.storage.articles import article_ids
from reviewer.storage.events import create_event
from reviewer.ui.grade_widget import GradeWidget


@pytest.fixture
def graded(qtbot, sample_db):
    article = article_ids(sample_db)[4]  # names its outlet: الأيام المصرية
    event = create_event(sample_db, article)
    widget = GradeWidget(sample_db)
    qtbot.addWidget(widget)
    widget.set_report(article, event)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return sample_db, widget, article, event


def test_keys_grade_the_outlet_and_the_report(qtbot, graded):
    db, widget, article, event = graded
    assert widget.code() == "––"
    with qtbot.waitSignal(widget.reliability_changed) as rel:
        qtbot.keyClick(widget, Qt.Key.Key_B)
    with qtbot.waitSignal(widget.credibility_changed) as cred:
        qtbot.keyClick(widget, Qt.Key.Key_2)
    outlet = sources.source_for_article(db, article)
    assert rel.args == [outlet["id"], "B"]
    assert cred.args == [article, event, 2]
    assert outlet["reliability"] == "B"
    assert reports.get_credibility(db, article, event) == 2
    assert widget.code() == "B2"
    assert widget.description.text() == "Usually reliable / Probably true"


def test_lower_case_and_regrading(qtbot, graded):
    db, widget, article, event = graded
    qtbot.keyClicks(widget, "c5")
    assert widget.code() == "C5"
    qtbot.keyClicks(widget, "a1")
    assert widget.code() == "A1"
    assert reports.get_credibility(db, article, event) == 1
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    assert reports.get_credibility(db, article, event) is None
    assert widget.code() == "A–"


def test_other_keys_do_not_grade(qtbot, graded):
    db, widget, article, event = graded
    qtbot.keyClicks(widget, "g7z0")
    assert widget.code() == "––"
    assert reports.get_credibility(db, article, event) is None


def test_scale_combo_writes_the_outlet_scale(qtbot, graded):
    db, widget, article, _ = graded
    widget.scale.setCurrentText("Regional")
    assert sources.source_for_article(db, article)["scale"] == "Regional"


def test_an_article_without_outlet_explains_why_it_cannot_be_graded(qtbot, sample_db):
    article = article_ids(sample_db)[0]
    event = create_event(sample_db, article)
    widget = GradeWidget(sample_db)
    qtbot.addWidget(widget)
    widget.set_report(article, event)
    widget.show()
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_B)
    assert widget.error.isVisible() and "names no outlet" in widget.error.text()
    qtbot.keyClick(widget, Qt.Key.Key_3)
    assert widget.code() == "–3"
    assert widget.outlet.text() == "outlet not named"
