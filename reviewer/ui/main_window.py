"""The main window: article list | article view | event side panel, plus a conflicts page.

It wires the pieces together and owns window-level concerns — remembered sizes,
flushing edits before anything changes underfoot, keeping every panel pointed at
the current article and event. Menus live in window_menus.py.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.labels import vocab_label
from reviewer.project import Project
from reviewer.storage.article_metadata import inferred
from reviewer.storage.articles import Article, count_by_status, get_article, set_article_status
from reviewer.storage.backups import AutoBackup, project_path
from reviewer.storage.evidence import trim_span
from reviewer.storage.project_settings import (
    require_distinct_reviewer,
    set_require_distinct_reviewer,
)
from reviewer.suggest.engine import reject_suggestion
from reviewer.ui.arabic_keys import install_arabic_shortcuts
from reviewer.ui.article_filters import ArticleFilterBar
from reviewer.ui.article_list import MATCH_COLUMN, ArticleListModel
from reviewer.ui.article_metadata_bar import InferredMetadataBar, correct_article_metadata
from reviewer.ui.article_view import ArticleView
from reviewer.ui.background import ProjectTask, TaskProgress
from reviewer.ui.conflicts_view import ConflictsView
from reviewer.ui.core_messages import error_text
from reviewer.ui.event_actions import EventActions
from reviewer.ui.event_form import EventForm
from reviewer.ui.evidence_link import EvidenceController
from reviewer.ui.file_dialogs import choose_folder
from reviewer.ui.highlight_legend import HighlightLegend
from reviewer.ui.language import current_language, display_digits, isolate
from reviewer.ui.save_retry import ask_about_unsaved
from reviewer.ui.search_results import SnippetDelegate, show_search_hits
from reviewer.ui.shortcuts_sheet import ShortcutsSheet
from reviewer.ui.side_panel import CLAIMS_TAB, HISTORY_TAB, SidePanel
from reviewer.ui.suggestion_acceptor import SuggestionAcceptor
from reviewer.ui.suggestion_controller import SuggestionController
from reviewer.ui.suggestion_fetch import SuggestionFetcher
from reviewer.ui.team_window import install_team
from reviewer.ui.undo import EventWriter
from reviewer.ui.window_menus import build_menus

CODING_PAGE, CONFLICTS_PAGE = 0, 1
# The widest text expected in the outlet, date and status columns, to size them.
LIST_COLUMN_SAMPLES = ("Syrian Observatory", "0000-00-00", "in progress")
BACKUP_CHECK_MS = 60_000  # how often to ask whether a backup is due (see storage.backups)
EXPORTED_MS = 20_000  # the export summary, once the dialog has closed


def plural(count: int, noun: str) -> str:
    """'1 event', '2 events' (status bar counts)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


SHOWN_UNLESS_SEARCHING = (1, 3)  # Outlet and Status


class MainWindow(QMainWindow):
    # The window was built again (View → Language) as this new one; the old one closes.
    replaced = Signal(object)

    def __init__(
        self, db: sqlite_utils.Database, settings: QSettings, *, user: str | None = None
    ) -> None:
        super().__init__()
        self._db = db
        self._settings = settings
        self._article_id: int | None = None
        self._article_counts: dict[str, int] | None = None  # kept between event edits
        self.user = user
        self.report_task: ProjectTask | None = None  # Help > Report under way, if any
        self.report_progress: TaskProgress | None = None
        # The project object knows the acting analyst; new code asks it (see Project).
        self.project = Project.of(db, user)
        self.setWindowTitle("reviewer")
        install_arabic_shortcuts(QApplication.instance())  # shortcuts on an Arabic layout

        self.article_model = ArticleListModel(db)
        self.filter_bar = ArticleFilterBar(db, self.article_model)
        self.filter_bar.changed.connect(self._show_search_hits)
        self.filter_bar.failed.connect(lambda line: self.event_actions.show_message(line))
        self.article_table = self._make_article_table()
        articles = QWidget()
        articles_layout = QVBoxLayout(articles)
        articles_layout.setContentsMargins(0, 0, 0, 0)
        articles_layout.addWidget(self.filter_bar)
        articles_layout.addWidget(self.article_table, 1)

        self.article_heading = QLabel(objectName="articleHeading")
        self.inferred_bar = InferredMetadataBar(db, lambda: self.user)
        self.inferred_bar.changed.connect(self._on_article_metadata_changed)
        self.article_view = ArticleView()
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.article_heading)
        center_layout.addWidget(self.inferred_bar)
        center_layout.addWidget(self.article_view, 1)
        self.legend = HighlightLegend()
        center_layout.addWidget(self.legend)

        # One undo stack for the window's lifetime: edits stay undoable across articles.
        self.undo_stack = QUndoStack(self)
        self.writer = EventWriter(db, user)
        self.event_form = EventForm(db, user, writer=self.writer, undo_stack=self.undo_stack)
        self.event_form.events_changed.connect(self._on_events_changed)
        self.event_form.open_article_requested.connect(self.open_article)
        self.evidence = EvidenceController(
            self.article_view, self.event_form, self.writer, self.undo_stack
        )
        # The counts are a widget of the status bar, not its message: a timed message
        # (an action's confirmation) covers them for a while and then they come back.
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.statusBar().addWidget(self.counts_label)
        self._recount_articles = True
        self._status_timer = QTimer(self, singleShot=True, interval=0)
        self._status_timer.timeout.connect(self._recount_status_bar)
        self.event_actions = EventActions(
            self, self.event_form, self.writer, self.undo_stack, self.statusBar()
        )
        self.evidence.message.connect(self.event_actions.show_message)
        self.side = SidePanel(db, self.event_form, lambda: self.user, self.undo_stack)
        self.side.review.article_status_changed.connect(self._on_article_status_changed)
        self.side.grade.refused.connect(self.event_actions.show_message)

        self.acceptor = SuggestionAcceptor(self.event_form, self.writer, self.undo_stack)
        self.acceptor.message.connect(self.event_actions.show_message)
        self.acceptor.claim_added.connect(lambda _id: self.side.claims.refresh())
        self.acceptor.claim_added.connect(lambda _id: self.side.review.refresh())
        self.acceptor.claim_added.connect(lambda _id: self.conflicts.refresh())
        self.side.review.returned_to_coded.connect(self.event_actions.show_message)
        self.suggestions = SuggestionController(
            self.article_view, accept=self._accept_suggestion, reject=self._reject_suggestion
        )
        self.suggestion_fetcher = SuggestionFetcher(
            db,
            self.suggestions.set_suggestions,
            lambda error: self.event_actions.show_message(error_text(error)),
            self,
        )
        self.suggestion_fetcher.start_after_first_paint(self.article_view.viewport())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(articles)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([400, 640, 460])

        self.conflicts = ConflictsView(db, undo_stack=self.undo_stack)
        self.conflicts.open_in_article.connect(self.show_span)
        self.conflicts.conflicts_changed.connect(self._on_conflicts_changed)
        self.side.claims.open_in_article.connect(self.show_span)
        self.article_view.offer_claims()
        self.article_view.selection_made.connect(self._on_article_selection)
        self.article_view.claim_requested.connect(lambda _s, _e: self.add_claim_from_selection())
        self.side.claims_changed.connect(lambda _id: self.conflicts.refresh())
        self.pages = QTabWidget(objectName="pages")
        self.pages.addTab(self.splitter, self.tr("Coding"))
        self.pages.addTab(self.conflicts, self.tr("Conflicts"))
        self.pages.currentChanged.connect(self._on_page_changed)
        self.setCentralWidget(self.pages)

        self._auto_backup = AutoBackup.for_database(db)
        self._backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._backup_tick)
        self._backup_timer.start()

        build_menus(self)
        install_team(self)
        self._restore_layout()
        self._update_status_bar()
        if self.article_model.rowCount():
            self.select_row(0)

    def _make_article_table(self) -> QTableView:
        table = QTableView(objectName="articleTable")
        table.setModel(self.article_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        # Lazy for real: uniform row heights and column widths from the font, so
        # the view never asks every row for its size (ResizeToContents read
        # about 70,000 cells before the first paint at 100k articles).
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        width = table.fontMetrics().horizontalAdvance
        for column, sample in enumerate(LIST_COLUMN_SAMPLES, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width(sample) + 24)
        table.setItemDelegate(SnippetDelegate(table))
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_article_at(current.row())
        )
        self.article_model.modelReset.connect(self._after_list_reset)
        return table

    # -- navigation ------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.article_model.rowCount():
            return
        index = self.article_model.index(row, 0)
        self.article_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.article_table.scrollTo(index)

    def open_article_at(self, row: int) -> None:
        article_id = self.article_model.article_id_at(row)
        if article_id is None or article_id == self._article_id:
            return
        self.event_form.flush()
        article = get_article(self._db, article_id)
        self._article_id = article_id
        self.article_view.show_text(article.text)
        self._show_heading(article)
        self.event_form.set_article(article_id)
        self.event_form.event_date.set_calendar_start(article.published)
        self.side.set_article(article_id)
        self._show_suggestions()
        self._show_search_hits()

    def _show_search_hits(self) -> None:
        """Highlight the current query's hits in the open article (none without a query)."""
        if self._article_id is not None:
            text = self.article_view.text()
            show_search_hits(self.article_view, text, self.article_model.query())

    def _show_heading(self, article: Article) -> None:
        guessed = {item.field for item in inferred(self._db, article.id)}

        def shown(value: str | None, field: str, unknown: str) -> str:
            if value and field in guessed:
                return self.tr("{value} (inferred)").format(value=isolate(value))
            return isolate(value) if value else unknown

        article_word = self.tr("Article {article}").format(article=isolate(str(article.id)))
        outlet = shown(article.outlet, "outlet", self.tr("outlet not known"))
        published = shown(article.published, "published", self.tr("date not known"))
        status = vocab_label("article_status", article.status, current_language())
        self.article_heading.setText(f"{article_word} · {outlet} · {published} · {status}")
        self.inferred_bar.show_article(article.id, article.text)

    def correct_article_metadata(self) -> None:
        """Event menu: set the open article's publication date and outlet."""
        if self._article_id is not None and correct_article_metadata(
            self._db, self._article_id, self.user, self
        ):
            self._on_article_metadata_changed(self._article_id)

    def _on_article_metadata_changed(self, article_id: int) -> None:
        self.article_model.refresh_article(article_id)
        if article_id == self._article_id:
            self._show_heading(get_article(self._db, article_id))

    def open_article(self, article_id: int) -> None:
        row = self.article_model.row_of(article_id)
        if row is None:  # hidden by the current filter: show everything again
            self.filter_bar.clear_now()
            row = self.article_model.row_of(article_id)
        if row is not None:
            self.select_row(row)

    def show_span(self, article_id: int, start: int, end: int) -> None:
        """Open an article at a quoted span (from a claim or a conflict)."""
        self.show_page(CODING_PAGE)
        self.open_article(article_id)
        self.article_view.select_span(start, end)

    def _on_article_selection(self, start: int, end: int) -> None:
        """Every selection in the article is offered to the claim form (mouse or keys)."""
        text = self.article_view.text()
        start, end = trim_span(text, start, end)
        if start < end:
            self.side.claims.set_selection(start, end, text[start:end])

    def add_claim_from_selection(self) -> None:
        """ "Add as claim…" (Ctrl+K): the selected words into the claim form, ready to add."""
        span = self.article_view.selected_span()
        if span is None:
            self.event_actions.show_message(self.tr("Select the words in the article first."))
            return
        if self.event_form.current_event_id() is None:
            self.event_actions.show_message(
                self.tr("Create or choose an event first: a claim belongs to an event.")
            )
            return
        self.event_form.flush()
        self._on_article_selection(*span)
        self.show_page(CODING_PAGE)
        self.side.show_tab(CLAIMS_TAB)
        # After the context menu has closed and given focus back to the article.
        QTimer.singleShot(0, self.side.claims.focus_form)

    def current_article_id(self) -> int | None:
        return self._article_id

    def next_article(self) -> None:
        self.select_row(self.article_table.currentIndex().row() + 1)

    def previous_article(self) -> None:
        self.select_row(self.article_table.currentIndex().row() - 1)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)

    def show_claims(self) -> None:
        self.show_page(CODING_PAGE)
        self.side.show_tab(CLAIMS_TAB)
        self.side.grade.setFocus()

    def show_history(self) -> None:
        self.show_page(CODING_PAGE)
        self.side.show_tab(HISTORY_TAB)

    def focus_search(self) -> None:
        self.show_page(CODING_PAGE)
        self.filter_bar.search_box.setFocus()
        self.filter_bar.search_box.selectAll()

    # -- actions behind the menus ----------------------------------------------------

    def show_shortcuts(self) -> ShortcutsSheet:
        self.shortcuts_sheet = ShortcutsSheet(self.menuBar(), self)
        self.shortcuts_sheet.open()
        return self.shortcuts_sheet

    def import_articles(self) -> None:
        from reviewer.ui.import_dialog import run_import

        self.event_form.flush()
        if run_import(self._db, self, self._settings):
            self.filter_bar.reload_outlets()
            self.filter_bar.apply()  # the list again, off the GUI thread
            self._update_status_bar()

    def export_dataset(self) -> None:
        from reviewer.ui.export_dialog import export_summary, open_export_dialog

        self.event_form.flush()
        exported = open_export_dialog(self._db, self._settings, self)
        if exported is not None:  # the dialog has closed: say what was written here
            self.statusBar().showMessage(export_summary(exported), EXPORTED_MS)

    def change_name(self) -> None:
        from reviewer.ui.analyst_name import change_analyst_name

        self.set_analyst(change_analyst_name(self._settings, self))

    def set_analyst(self, user: str | None) -> None:
        self.user = user
        self.writer.user = user
        self.project.act_as(user)

    def write_report(self) -> None:
        """Help > Report: charts and summary.html, written off the GUI thread.

        A window-modal progress dialog shows the steps; its Cancel stops the
        report between two of them and no file is left (see report.summary).
        """
        from reviewer.report.summary import write_report

        if self.report_task is not None:
            return
        self.event_form.flush()
        folder = choose_folder(self, self.tr("Write the report to"), self._settings, self._db)
        if not folder:
            return
        out = Path(folder)

        def work(db, progress, cancelled):
            return write_report(db, out, progress=progress, cancel=cancelled)

        self.report_task = task = ProjectTask(project_path(self._db), work, self)
        self.report_progress = progress = TaskProgress(
            self.tr("Writing the report…"), self.tr("Cancel"), self
        )
        progress.setObjectName("reportProgress")
        progress.setWindowTitle(self.tr("Report"))
        progress.follow(task)
        # Bound methods, not lambdas: Qt drops these connections with the window.
        task.succeeded.connect(self._report_written)
        task.failed.connect(self._report_failed)
        task.cancelled.connect(self._report_cancelled)
        progress.open()
        task.start()

    def _end_report_task(self) -> None:
        if self.report_task is not None:
            self.report_task.wait()
            self.report_task.deleteLater()
            self.report_task = None
        if self.report_progress is not None:
            self.report_progress.task = None  # ended: the dialog may close now
            self.report_progress.close()
            self.report_progress.deleteLater()
            self.report_progress = None

    def _report_failed(self, error: BaseException) -> None:
        self._end_report_task()
        QMessageBox.warning(self, "reviewer", error_text(error))

    def _report_cancelled(self) -> None:
        self._end_report_task()
        self.event_actions.show_message(self.tr("Report cancelled; no file was written."))

    def _report_written(self, report) -> None:
        self._end_report_task()
        folder_text = isolate(str(report.summary.parent))
        self.event_actions.show_message(
            self.tr("Report written to {folder}").format(folder=folder_text)
        )
        self.report_box = box = QMessageBox(self, objectName="reportWritten")
        box.setWindowTitle(self.tr("Report"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("The report was written to\n{folder}").format(folder=folder_text))
        box.setInformativeText(
            self.tr("{summary} and its charts").format(summary=isolate(report.summary.name))
        )
        open_button = box.addButton(self.tr("Open summary"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.summary)))
        )
        box.open()

    def switch_language(self, language: str) -> MainWindow | None:
        """View → Language: this window again in ``language`` (None while the file is busy)."""
        from reviewer.ui.language_switch import switch_language

        return switch_language(self, language)

    def switch_digits(self, arabic_indic: bool) -> MainWindow | None:
        """View → Language → Arabic-Indic digits: this window again with those digits."""
        from reviewer.ui.language_switch import switch_digits

        return switch_digits(self, arabic_indic)

    def show_about(self) -> None:
        from reviewer.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def four_eyes(self) -> bool:
        return require_distinct_reviewer(self._db)

    def set_four_eyes(self, on: bool) -> None:
        """A project option, stored in the file: it binds every analyst working on it."""
        set_require_distinct_reviewer(self._db, on)
        self.side.review.refresh()

    def suggestions_shown(self) -> bool:
        return self._settings.value("view/suggestions", True, type=bool)

    def set_suggestions_shown(self, shown: bool) -> None:
        self._settings.setValue("view/suggestions", shown)
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        if self._article_id is not None and self.suggestions_shown():
            self.suggestion_fetcher.fetch(  # worked out off the GUI thread
                self._article_id, len(self.article_view.text())
            )
        else:
            self.suggestion_fetcher.drop()
            self.suggestions.clear()

    def undo(self) -> None:
        """Edit → Undo: also shows again a suggestion whose acceptance was undone."""
        self.event_actions.undo()
        self._show_suggestions()

    def redo(self) -> None:
        self.event_actions.redo()
        self._show_suggestions()

    def _accept_suggestion(self, suggestion) -> None:
        if not self.acceptor.accept(suggestion):
            raise ReviewerError("suggestion not accepted")  # keeps it shown
        if suggestion.extra.get("new"):
            self._show_suggestions()  # its other mentions now name the project's entry

    def _reject_suggestion(self, suggestion) -> None:
        if self._article_id is not None:
            reject_suggestion(self._db, self._article_id, suggestion, user=self.user)

    # -- state ---------------------------------------------------------------------

    def _on_events_changed(self, article_id: int) -> None:
        article = get_article(self._db, article_id)
        if article.status == "new":
            set_article_status(self._db, article_id, "in_progress")
            counts = self._article_counts
            if counts is not None:  # new -> in progress: no progress figure moves
                counts["new"] = counts.get("new", 1) - 1
                counts["in_progress"] = counts.get("in_progress", 0) + 1
        # Only the event counts are taken again: at a million articles each count
        # walks an index (~35 ms), and an event edit is a keystroke away.
        self._on_article_status_changed(article_id, articles=False)

    def _on_article_status_changed(self, article_id: int, *, articles: bool = True) -> None:
        self.article_model.refresh_article(article_id)
        if article_id == self._article_id:
            self._show_heading(get_article(self._db, article_id))
        self._update_status_bar(articles=articles)

    def _on_conflicts_changed(self, _event_id: int) -> None:
        self.side.claims.refresh()
        self.side.review.refresh()
        self.side.history.refresh()

    def _on_page_changed(self, page: int) -> None:
        self.event_form.flush()
        if page == CONFLICTS_PAGE:
            self.conflicts.refresh()

    def _backup_tick(self) -> None:
        """Rotating automatic backup, taken when the interval has passed since the last."""
        try:
            self._auto_backup.tick()
        except ReviewerError as exc:
            self.statusBar().showMessage(
                self.tr("Automatic backup failed: {reason}").format(reason=error_text(exc)), 10_000
            )

    def _after_list_reset(self) -> None:
        """While searching, the Match column takes the room of Outlet and Status (the
        opened article's bar names both): its first words say which alias matched
        ('[hims = حمص (Homs)]'), and beside four columns it was a sliver."""
        header = self.article_table.horizontalHeader()
        searching = header.count() > MATCH_COLUMN
        for column in SHOWN_UNLESS_SEARCHING:
            header.setSectionHidden(column, searching)
        if searching:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, max(self.article_table.viewport().width() // 4, 80))
            header.setSectionResizeMode(MATCH_COLUMN, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _update_status_bar(self, *, articles: bool = True) -> None:
        """Recount once control is back in the event loop; ``articles=False`` when only
        events changed (their counts are kept).

        One keystroke may report several changes (Ctrl+N: the event, then the
        article's status), and with a million events each count walks an index for
        ~30 ms; the zero-delay timer makes them one count.
        """
        self._recount_articles = self._recount_articles or articles
        self._status_timer.start()

    def _recount_status_bar(self) -> None:
        articles, self._recount_articles = self._recount_articles, False
        if articles or self._article_counts is None:
            self.filter_bar.update_progress()
            self._article_counts = count_by_status(self._db, "articles")
        articles_by_status = self._article_counts
        events = count_by_status(self._db, "events")
        n_articles, n_events = sum(articles_by_status.values()), sum(events.values())
        reviewed = events.get("reviewed", 0)
        if current_language() == "en":
            text = (
                f"{plural(n_articles, 'article')} · "
                f"{plural(n_events, 'event')} ({reviewed} reviewed)"
            )
        else:  # the noun's form follows the number (Arabic has six)
            text = self.tr("{articles} · {events} ({reviewed} reviewed)").format(
                articles=self.tr("%n article(s)", "", n_articles),
                events=self.tr("%n event(s)", "", n_events),
                reviewed=reviewed,
            )
        self.counts_label.setText(display_digits(text))

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 900)
        state = self._settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        size = self._settings.value("view/pointSize")
        if size is not None:
            self.article_view.set_point_size(int(size))

    def save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("view/pointSize", self.article_view.point_size())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.event_form.flush()
        while self.event_form.has_unsaved():
            choice = ask_about_unsaved(self, len(self.event_form.unsaved))
            if choice == "cancel":
                event.ignore()
                return
            if choice == "discard":
                self.event_form.unsaved.discard()
            else:
                self.event_form.unsaved.retry()
        if self.report_task is not None:  # never leave a thread running behind the window
            self.report_task.stop_and_wait()
        self.filter_bar.worker.shut()  # a search under way is interrupted...
        self.filter_bar.worker.wait_idle(5000)  # ...and its thread ends before the window
        self.save_layout()
        super().closeEvent(event)
