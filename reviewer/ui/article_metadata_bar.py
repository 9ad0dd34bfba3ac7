"""The bar under the article heading for metadata inferred from the article's words.

Shown only while the open article has an inferred publication date or outlet
(``storage.article_metadata``): it names each value with the words it was read
from, and offers **Confirm** (the values are right) and **Correct…** (a small
dialog for the date and outlet, also reachable from the Event menu for any
article). No SQL here: the storage module does the work.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.storage.article_metadata import confirm_inferred, correct_metadata, inferred
from reviewer.storage.articles import get_article
from reviewer.ui.core_messages import error_text


class InferredMetadataBar(QWidget):
    """Reads "Inferred from the text: date 2024-12-08 («محدث 08 كانون الأول 2024»)",
    then [Confirm] [Correct…]."""

    changed = Signal(int)  # the article whose metadata the analyst confirmed or corrected
    failed = Signal(str)

    def __init__(self, db: sqlite_utils.Database, user: Callable[[], str], parent=None) -> None:
        super().__init__(parent, objectName="inferredMetadataBar")
        self._db, self._user = db, user
        self._article_id: int | None = None
        self.label = QLabel(objectName="inferredMetadataLabel")
        self.label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm"), objectName="confirmInferredButton")
        self.confirm_button.setToolTip(
            self.tr("The inferred values are right: keep them as confirmed")
        )
        self.correct_button = QPushButton(self.tr("Correct…"), objectName="correctInferredButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.correct_button)
        self.confirm_button.clicked.connect(self.confirm)
        self.correct_button.clicked.connect(self.correct)
        self.hide()

    def show_article(self, article_id: int | None, text: str = "") -> None:
        """Show what is inferred for ``article_id`` (its stored ``text`` gives the evidence)."""
        self._article_id = article_id
        items = inferred(self._db, article_id) if article_id is not None else []
        if not items:
            self.hide()
            return
        parts = []
        for item in items:
            words = text[item.start : item.end] if item.start is not None else ""
            evidence = f" («{words}»)" if words else ""
            name = self.tr("date") if item.field == "published" else self.tr("outlet")
            parts.append(f"{name} {item.value}{evidence}")
        self.label.setText(
            self.tr("Inferred from the text: {values}").format(values="; ".join(parts))
        )
        self.show()

    def confirm(self) -> None:
        if self._article_id is None:
            return
        try:
            confirm_inferred(self._db, self._article_id, self._user())
        except ReviewerError as exc:
            self.failed.emit(error_text(exc))
            return
        self.changed.emit(self._article_id)

    def correct(self) -> None:
        if self._article_id is not None and correct_article_metadata(
            self._db, self._article_id, self._user(), self
        ):
            self.changed.emit(self._article_id)


class MetadataDialog(QDialog):
    """The publication date and outlet of one article, as the analyst says they are."""

    def __init__(self, db, article_id: int, user: str, parent=None) -> None:
        super().__init__(parent, objectName="articleMetadataDialog")
        self._db, self._article_id, self._user = db, article_id, user
        article = get_article(db, article_id)
        self.setWindowTitle(
            self.tr("Article {article}: date and outlet").format(article=article_id)
        )
        self.published = QLineEdit(article.published or "", objectName="publishedEdit")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD, empty if not known"))
        self.outlet = QLineEdit(article.outlet or "", objectName="outletEdit")
        self.outlet.setPlaceholderText(self.tr("empty if not known"))
        self.error = QLabel(objectName="metadataError")
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Published"), self.published)
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        """Store the values, or say why not and keep the dialog open."""
        try:
            correct_metadata(
                self._db, self._article_id, self._user,
                published=self.published.text(), outlet=self.outlet.text(),
            )  # fmt: skip
        except ReviewerError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()


def correct_article_metadata(db, article_id: int, user: str, parent=None) -> bool:
    """Ask for the article's date and outlet; True when the analyst saved them."""
    return MetadataDialog(db, article_id, user, parent).exec() == QDialog.DialogCode.Accepted
