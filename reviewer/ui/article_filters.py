"""The filter bar above the article list: search box, status, outlet, dates, conflicts.

It turns its widgets into an ``ArticleFilter`` plus a query string, hands them to
the lazy list model (one id query; nothing else is loaded), and shows progress
for the filtered scope as "coded N / reviewed N / total N". Typing in the search
box is applied after a short pause, so a 100k-article list is not re-queried on
every key; Enter applies at once.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reviewer.labels import vocab_label
from reviewer.search import progress_for
from reviewer.storage.articles import ARTICLE_STATUSES, NO_OUTLET, ArticleFilter, outlet_names
from reviewer.ui.article_list import ArticleListModel
from reviewer.ui.language import current_language, display_digits, translate

SEARCH_DELAY_MS = 250
_NO_DATE = QDate(2000, 1, 1)  # shown as "any": QDateEdit cannot be empty
_ANY = "__any__"


class ArticleFilterBar(QWidget):
    """Emits ``changed`` after applying a new filter to the model (when it has one)."""

    changed = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        model: ArticleListModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleFilterBar")
        self._db = db
        self._model = model

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setPlaceholderText(self.tr("Search titles and text (Arabic-aware)…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(
            self.tr(
                'Words must all occur; "a phrase"; a OR b; -word leaves out; word* for prefixes.\n'
                "Hamza, ة/ه, ى/ي, harakat and و ف ب ل ال prefixes do not matter."
            )
        )
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply)
        # The clear button changes the text without textEdited.
        self.search_box.textChanged.connect(lambda text: text or self._search_timer.start())

        self.status_box = QComboBox(objectName="statusFilter")
        self.status_box.addItem(self.tr("Any status"), _ANY)
        for status in ARTICLE_STATUSES:
            label = vocab_label("article_status", status, current_language())
            self.status_box.addItem(label[:1].upper() + label[1:], status)

        self.outlet_box = QComboBox(objectName="outletFilter")
        self.outlet_box.setMinimumContentsLength(10)
        self.outlet_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reload_outlets()

        self.date_from = _date_edit("dateFrom")
        self.date_to = _date_edit("dateTo")
        self.conflicts_box = QCheckBox(self.tr("Open conflicts"), objectName="conflictsFilter")
        self.clear_button = QPushButton(self.tr("Clear"), objectName="clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.progress_label = QLabel(objectName="progressLabel")

        for box in (self.status_box, self.outlet_box):
            box.currentIndexChanged.connect(lambda _i: self.apply())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply())
        self.conflicts_box.toggled.connect(lambda _on: self.apply())

        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("Published")))
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to, 1)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box, 0, 0, 1, 3)
        layout.addWidget(self.status_box, 1, 0)
        layout.addWidget(self.outlet_box, 1, 1)
        layout.addWidget(self.conflicts_box, 1, 2)
        layout.addLayout(dates, 2, 0, 1, 2)
        layout.addWidget(self.clear_button, 2, 2)
        layout.addWidget(self.progress_label, 3, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.update_progress()

    def reload_outlets(self) -> None:
        """Refill the outlet choices (after an import added outlets), keeping the choice."""
        current = self.outlet_box.currentData()
        self.outlet_box.blockSignals(True)
        self.outlet_box.clear()
        self.outlet_box.addItem(self.tr("Any outlet"), _ANY)
        self.outlet_box.addItem(self.tr("Outlet not known"), NO_OUTLET)
        for name in outlet_names(self._db):
            self.outlet_box.addItem(name, name)
        found = self.outlet_box.findData(current) if current is not None else -1
        self.outlet_box.setCurrentIndex(max(0, found))
        self.outlet_box.blockSignals(False)

    def article_filter(self) -> ArticleFilter:
        status = self.status_box.currentData()
        outlet = self.outlet_box.currentData()
        return ArticleFilter(
            statuses=() if status in (None, _ANY) else (status,),
            outlets=() if outlet in (None, _ANY) else (outlet,),
            published_from=_iso(self.date_from),
            published_to=_iso(self.date_to),
            open_conflicts=self.conflicts_box.isChecked(),
        )

    def query_text(self) -> str:
        return self.search_box.text()

    def apply(self) -> None:
        """Push the current choices to the model and refresh the counts."""
        self._search_timer.stop()
        if self._model is not None:
            self._model.set_filter(self.article_filter(), self.query_text())
        self.update_progress()
        self.changed.emit()

    def clear(self) -> None:
        for widget in (self.search_box, self.status_box, self.outlet_box):
            widget.blockSignals(True)
        self.search_box.clear()
        self.status_box.setCurrentIndex(0)
        self.outlet_box.setCurrentIndex(0)
        for widget in (self.search_box, self.status_box, self.outlet_box):
            widget.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(_NO_DATE)
            edit.blockSignals(False)
        self.conflicts_box.blockSignals(True)
        self.conflicts_box.setChecked(False)
        self.conflicts_box.blockSignals(False)
        self.apply()

    def update_progress(self) -> None:
        """Refresh "coded / reviewed / total" (call after a status change, too)."""
        counts = progress_for(self._db, self.query_text(), self.article_filter())
        text = self.tr("coded {coded} / reviewed {reviewed} / total {total}").format(
            coded=counts.coded, reviewed=counts.reviewed, total=counts.total
        )
        if self._model is not None and self._model.rowCount() != counts.total:
            text += "  ·  " + self.tr("{shown} shown").format(shown=self._model.rowCount())
        self.progress_label.setText(display_digits(text))


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    # shown while the date is the minimum
    edit.setSpecialValueText(translate("ArticleFilterBar", "any"))
    edit.setDate(_NO_DATE)
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return edit


def _iso(edit: QDateEdit) -> str | None:
    date = edit.date()
    return None if date == _NO_DATE else date.toString("yyyy-MM-dd")
