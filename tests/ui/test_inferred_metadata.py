"""The window shows a date or outlet inferred from the article's words, and the analyst
confirms or corrects it by clicking (issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from reviewer.storage.article_metadata import metadata_origins
from reviewer.storage.articles import get_article

from .conftest import answer_dialog, back_to, click, key, menu_item, type_text


def _open(window, field):
    [(article_id,)] = window._db.execute(
        "SELECT article_id FROM article_metadata WHERE field = ? AND origin = 'inferred'", [field]
    ).fetchall()
    window.open_article(article_id)
    assert window.current_article_id() == article_id
    return article_id


def test_inferred_date_is_shown_with_its_words_and_confirmed_by_a_click(
    qtbot, make_window, db_path
):
    window = make_window(db_path, user="rania")
    article_id = _open(window, "published")
    assert "2024-12-08 (inferred)" in window.article_heading.text()
    bar = window.inferred_bar
    assert bar.isVisible()
    assert (
        bar.label.text() == "Inferred from the text: date 2024-12-08 («محدث 08 كانون الأول 2024»)"
    )

    click(qtbot, bar.confirm_button)
    origin = metadata_origins(window._db, article_id)["published"]
    assert (origin.origin, origin.decided_by) == ("confirmed", "rania")
    assert not bar.isVisible()
    assert "(inferred)" not in window.article_heading.text()
    assert "2024-12-08" in window.article_heading.text()


def test_inferred_outlet_is_corrected_in_a_dialog(qtbot, make_window, db_path):
    window = make_window(db_path, user="omar")
    article_id = _open(window, "outlet")
    assert "الأيام المصرية (inferred)" in window.article_heading.text()
    tries = []

    def correct(dialog):
        tries.append(dialog)
        click(qtbot, dialog.published)
        type_text(dialog.published, "5/12/2024")  # refused: the dialog stays open and says why
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.isVisible() and "is not a date" in dialog.error.text()
        key(qtbot, dialog.published, "A", "Ctrl")
        type_text(dialog.published, "2024-12-05")
        click(qtbot, dialog.outlet)
        key(qtbot, dialog.outlet, "A", "Ctrl")
        type_text(dialog.outlet, "الأيام")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    answer_dialog(qtbot, correct)
    click(qtbot, window.inferred_bar.correct_button)
    back_to(qtbot, window)
    assert tries
    article = get_article(window._db, article_id)
    assert (article.published, article.outlet) == ("2024-12-05", "الأيام")
    assert metadata_origins(window._db, article_id)["outlet"].origin == "corrected"
    assert not window.inferred_bar.isVisible()
    assert "الأيام · 2024-12-05" in window.article_heading.text()


def test_any_articles_date_and_outlet_can_be_set_from_the_event_menu(qtbot, make_window, db_path):
    window = make_window(db_path, user="lina")
    window.select_row(0)
    article_id = window.current_article_id()
    assert get_article(window._db, article_id).published is None
    assert not window.inferred_bar.isVisible()

    def set_date(dialog):
        click(qtbot, dialog.published)
        type_text(dialog.published, "2024-12-05")
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    answer_dialog(qtbot, set_date)
    menu_item(qtbot, window, "Event", "Article's date and outlet…")
    back_to(qtbot, window)
    assert get_article(window._db, article_id).published == "2024-12-05"
    assert "2024-12-05" in window.article_heading.text()


def test_the_bar_speaks_arabic_in_the_arabic_interface(qtbot, sample_db, arabic):
    from reviewer.ui.article_metadata_bar import InferredMetadataBar

    [(article_id,)] = sample_db.execute(
        "SELECT article_id FROM article_metadata WHERE field = 'published'"
    ).fetchall()
    bar = InferredMetadataBar(sample_db, lambda: "rania")
    qtbot.addWidget(bar)
    bar.show_article(article_id, get_article(sample_db, article_id).text)
    assert bar.label.text() == "مستنتج من النص: التاريخ 2024-12-08 («محدث 08 كانون الأول 2024»)"
    assert (bar.confirm_button.text(), bar.correct_button.text()) == ("تأكيد", "تصحيح…")
