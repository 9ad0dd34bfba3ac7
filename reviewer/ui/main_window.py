"""The main window: article list | article view | event form, in splitters.

It wires the pieces together and owns window-level concerns — shortcuts,
remembered sizes, flushing edits before anything changes underfoot.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.storage.articles import (
    Article,
    count_by_status,
    get_article,
    set_article_status,
)
from reviewer.ui.article_list import ArticleListModel
from reviewer.ui.article_view import ArticleView
from reviewer.ui.event_actions import EventActions
from reviewer.ui.event_form import GROUPS, EventForm
from reviewer.ui.evidence_link import EvidenceController
from reviewer.ui.shortcuts_sheet import ShortcutsSheet
from reviewer.ui.undo import EventWriter


class MainWindow(QMainWindow):
    def __init__(
        self, db: sqlite_utils.Database, settings: QSettings, *, user: str | None = None
    ) -> None:
        super().__init__()
        self._db = db
        self._settings = settings
        self._article_id: int | None = None
        self.setWindowTitle("reviewer")

        self.article_model = ArticleListModel(db)
        self.article_table = QTableView(objectName="articleTable")
        self.article_table.setModel(self.article_model)
        self.article_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_table.verticalHeader().hide()
        self.article_table.setWordWrap(False)
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.article_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.open_article_at(current.row())
        )

        self.article_heading = QLabel(objectName="articleHeading")
        self.article_view = ArticleView()
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.article_heading)
        center_layout.addWidget(self.article_view, 1)

        # One undo stack for the window's lifetime: edits stay undoable across articles.
        self.undo_stack = QUndoStack(self)
        self.writer = EventWriter(db, user)
        self.event_form = EventForm(db, user, writer=self.writer, undo_stack=self.undo_stack)
        self.event_form.events_changed.connect(self._on_events_changed)
        self.event_form.open_article_requested.connect(self.open_article)
        self.evidence = EvidenceController(
            self.article_view, self.event_form, self.writer, self.undo_stack
        )
        self.event_actions = EventActions(
            self, self.event_form, self.writer, self.undo_stack, self.statusBar()
        )
        self.evidence.message.connect(self.event_actions.show_message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.article_table)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.event_form)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([400, 680, 420])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._restore_layout()
        self._update_status_bar()
        if self.article_model.rowCount():
            self.select_row(0)

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

    def _show_heading(self, article: Article) -> None:
        self.article_heading.setText(
            f"Article {article.id} · {article.outlet or 'outlet not known'}"
            f" · {article.published or 'date not known'} · {article.status.replace('_', ' ')}"
        )

    def open_article(self, article_id: int) -> None:
        row = self.article_model.row_of(article_id)
        if row is not None:
            self.select_row(row)

    def current_article_id(self) -> int | None:
        return self._article_id

    def next_article(self) -> None:
        self.select_row(self.article_table.currentIndex().row() + 1)

    def previous_article(self) -> None:
        self.select_row(self.article_table.currentIndex().row() - 1)

    # -- menus and shortcuts -------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._add_action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = self._add_action(
            edit_menu, "&Undo", QKeySequence.StandardKey.Undo, self.event_actions.undo
        )
        self.redo_action = self._add_action(
            edit_menu, "&Redo", QKeySequence.StandardKey.Redo, self.event_actions.redo
        )
        view_menu = self.menuBar().addMenu("&View")
        self._add_action(view_menu, "Zoom &in", ["Ctrl+=", "Ctrl++"], self.article_view.zoom_in)
        self._add_action(view_menu, "Zoom &out", ["Ctrl+-"], self.article_view.zoom_out)
        go_menu = self.menuBar().addMenu("&Go")
        self._add_action(go_menu, "&Next article", ["Ctrl+PgDown", "Alt+N"], self.next_article)
        self._add_action(
            go_menu, "&Previous article", ["Ctrl+PgUp", "Alt+P"], self.previous_article
        )
        go_menu.addSeparator()
        for number, (title, _fields) in enumerate(GROUPS, start=1):
            self._add_action(
                go_menu, f"Field group {number}: {title}", [f"Alt+{number}"],
                lambda number=number: self.event_form.focus_group(number),
            )  # fmt: skip
        event_menu = self.menuBar().addMenu("&Event")
        self._add_action(event_menu, "&New event", ["Ctrl+N"], self.event_form.new_event)
        self._add_action(
            event_menu, "&Save now", QKeySequence.StandardKey.Save, self.event_form.flush
        )
        self._add_action(
            event_menu, "&Attach selection to current field", ["Ctrl+E"],
            self.evidence.attach_selection,
        )  # fmt: skip
        self._add_action(
            event_menu, "&Link this article to an existing event…", ["Ctrl+L"],
            self.event_actions.open_link_dialog,
        )  # fmt: skip
        help_menu = self.menuBar().addMenu("&Help")
        self._add_action(
            help_menu, "&Keyboard shortcuts", QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
        )  # fmt: skip

    def show_shortcuts(self) -> ShortcutsSheet:
        self.shortcuts_sheet = ShortcutsSheet(self.menuBar(), self)
        self.shortcuts_sheet.open()
        return self.shortcuts_sheet

    def _add_action(self, menu, text: str, keys, slot) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(key) for key in keys])
        else:
            action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- state ---------------------------------------------------------------------

    def _on_events_changed(self, article_id: int) -> None:
        article = get_article(self._db, article_id)
        if article.status == "new":
            set_article_status(self._db, article_id, "in_progress")
            self.article_model.refresh_article(article_id)
            if article_id == self._article_id:
                self._show_heading(get_article(self._db, article_id))
        self._update_status_bar()

    def _update_status_bar(self) -> None:
        articles = count_by_status(self._db, "articles")
        events = count_by_status(self._db, "events")
        self.statusBar().showMessage(
            f"{sum(articles.values())} articles · {sum(events.values())} events"
        )

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
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
        self.save_layout()
        super().closeEvent(event)
