"""The filter bar above the article list: search box, status, outlet, dates, conflicts.

It turns its widgets into an ``ArticleFilter`` plus a query string and shows
progress for the filtered scope as "coded N / reviewed N / total N". Typing in
the search box is applied after a short pause, so a 100k-article list is not
re-queried on every key; Enter applies at once.

The count, the first page of rows and the progress counts are computed off
the GUI thread (``search_worker``, ``list_page.first_page``): a search over a
million articles takes tens of ms and a cold count longer, and the window
must stay responsive while the analyst types on. The list keeps showing the
previous answer meanwhile, "Searching…" shows once a search takes a moment,
and an answer that a newer request has overtaken is thrown away.
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
    QSizePolicy,
    QWidget,
)

from reviewer.labels import vocab_label
from reviewer.list_page import ListPage, first_page
from reviewer.search import progress_for
from reviewer.storage.articles import (
    ARTICLE_STATUSES,
    NO_OUTLET,
    ArticleFilter,
    ProgressCounts,
    outlet_names,
)
from reviewer.storage.backups import project_path
from reviewer.ui.article_list import PAGE_SIZE, ArticleListModel
from reviewer.ui.core_messages import error_line
from reviewer.ui.language import current_language, display_digits, translate
from reviewer.ui.search_worker import SearchWorker

SEARCH_DELAY_MS = 250
SEARCHING_SHOWN_MS = 120  # "Searching…" only for a search that takes a moment: no flicker
LIST, PROGRESS = "list", "progress"  # the worker's two kinds of job
_NO_DATE = QDate(2000, 1, 1)  # shown as "any": QDateEdit cannot be empty
_ANY = "__any__"


class ArticleFilterBar(QWidget):
    """Emits ``changed`` once the model shows a new filter and search; ``failed`` with
    one line when a search could not be done."""

    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        db: sqlite_utils.Database,
        model: ArticleListModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleFilterBar")
        self._db = db
        self._model = model
        self.worker = SearchWorker(project_path(db), self)
        self.worker.answered.connect(self._on_answered)
        self.worker.failed.connect(self._on_failed)
        self._progress: ProgressCounts | None = None
        self._progress_generation = 0  # of the counts shown: an older answer is not shown
        self._searching_timer = QTimer(self, singleShot=True, interval=SEARCHING_SHOWN_MS)
        self._searching_timer.timeout.connect(self._show_searching)

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
        # A long line (a failure naming the project's path) wraps within the pane, and
        # is cut where it cannot wrap, rather than widening the list over the article.
        self.progress_label.setWordWrap(True)
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.searching_label = QLabel(self.tr("Searching…"), objectName="searchingLabel")
        self.searching_label.hide()

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
        layout.addWidget(self.progress_label, 3, 0, 1, 2)
        layout.addWidget(self.searching_label, 3, 2)
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
        """Ask for the current choices' list and counts; the model shows them when they come."""
        self._search_timer.stop()
        f, text = self.article_filter(), self.query_text()

        def job(db, cancelled) -> ListPage:
            return first_page(db, f, text, rows=PAGE_SIZE, cancelled=cancelled)

        self.worker.drop(PROGRESS)  # the list's answer brings the counts too
        self.worker.ask(LIST, job)
        self._searching_timer.start()

    def searching(self) -> bool:
        """A list answer is awaited."""
        return self._searching_timer.isActive() or self.searching_label.isVisible()

    def _show_searching(self) -> None:
        self.searching_label.show()

    def _done_searching(self) -> None:
        self._searching_timer.stop()
        self.searching_label.hide()

    def clear(self) -> None:
        """Back to the whole list (the Clear button), applied as any change is."""
        self._reset_widgets()
        self.apply()

    def clear_now(self) -> None:
        """Back to the whole list at once, to show an article the filter hid.

        The unfiltered list needs no search (its count is the table's), so it is
        read here: the caller selects the article's row right after.
        """
        self._reset_widgets()
        self.worker.drop(LIST)
        self._done_searching()
        self._model.set_filter(ArticleFilter(), "")
        self.update_progress()
        self.changed.emit()

    def _reset_widgets(self) -> None:
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
        self._search_timer.stop()

    def update_progress(self) -> None:
        """Count "coded / reviewed / total" again (after a status change), off the GUI thread.

        For the filter and search the list shows, not for what is typed but not applied.
        """
        f, parsed = self._model.current_filter(), self._model.query()
        self.worker.ask(PROGRESS, lambda db, _cancelled: progress_for(db, parsed, f))

    def _on_answered(self, kind: str, generation: int, answer: object) -> None:
        if not self.worker.is_newest(kind, generation):
            return  # overtaken while it travelled here
        if kind == LIST:
            assert isinstance(answer, ListPage)
            self._done_searching()
            self._model.show_page(answer)
            self._show_progress(answer.progress, generation)
            self.changed.emit()
        else:
            assert isinstance(answer, ProgressCounts)
            self._show_progress(answer, generation)

    def _on_failed(self, kind: str, generation: int, error: BaseException) -> None:
        if not self.worker.is_newest(kind, generation):
            return
        if kind == LIST:
            self._done_searching()
        line = self.tr("Search failed: {reason}").format(reason=error_line(error))
        self.progress_label.setText(line)
        self.progress_label.setToolTip(line)  # all of it, should the pane cut it
        self.failed.emit(line)

    def _show_progress(self, counts: ProgressCounts | None, generation: int) -> None:
        if counts is not None and generation > self._progress_generation:
            self._progress, self._progress_generation = counts, generation
        self._show_progress_text()

    def _show_progress_text(self) -> None:
        counts = self._progress
        if counts is None:
            return
        text = self.tr("coded {coded} / reviewed {reviewed} / total {total}").format(
            coded=counts.coded, reviewed=counts.reviewed, total=counts.total
        )
        if self._model.rowCount() != counts.total:
            text += "  ·  " + self.tr("{shown} shown").format(shown=self._model.rowCount())
        self.progress_label.setText(display_digits(text))
        self.progress_label.setToolTip("")


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
