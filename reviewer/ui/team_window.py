"""Team work in the main window: merge, "my coding is done", blind coding, two pages.

Installed by the window after its menus (``install_team``) so that the team
features live in one place: File → Merge…, a Team menu, the Adjudication page
(Ctrl+3) and the Agreement page (Ctrl+4). The event list shows only the
analyst's own events on an article while its double coding is blind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from reviewer.errors import ReviewerError
from reviewer.messages import Message
from reviewer.project import Project
from reviewer.storage.database import open_database
from reviewer.team.assign import hidden_events, is_blind, mark_done, visible_events
from reviewer.team.merge import merge_project
from reviewer.ui.adjudication.page import AdjudicationPage
from reviewer.ui.agreement_page import AgreementPage
from reviewer.ui.core_messages import error_text, translate_message
from reviewer.ui.language import translate
from reviewer.ui.sync_controller import install_sync
from reviewer.ui.window_menus import add_action

CONFLICTS_PAGE, ADJUDICATION_PAGE, AGREEMENT_PAGE = 1, 2, 3


def install_team(w: Any) -> None:
    """Add the team pages, menus and blind coding to MainWindow ``w``."""
    w.adjudication = AdjudicationPage(w.project, w.undo_stack)
    w.agreement = AgreementPage(w.project.path)
    w.pages.addTab(w.adjudication, translate("TeamWindow", "Adjudication"))
    w.pages.addTab(w.agreement, translate("TeamWindow", "Agreement"))
    w.pages.currentChanged.connect(lambda page: _on_page(w, page))
    w.adjudication.open_conflicts.connect(lambda event_id: _show_conflicts(w, event_id))
    w.adjudication.adjudicated.connect(lambda article_id: _events_changed(w, article_id))
    w.event_form.list_events = lambda db, article_id: visible_events(
        db, article_id, w.project.analyst
    )
    w.conflicts.hidden_events = lambda db: hidden_events(db, w.project.analyst)
    w.event_actions.hidden_events = lambda db: hidden_events(db, w.project.analyst)

    file_menu = w.menuBar().findChild(QMenu, "fileMenu")
    merge = add_action(
        w, file_menu, translate("TeamWindow", "&Merge a colleague's project…"), [],
        lambda: merge_file(w),
    )  # fmt: skip
    file_menu.removeAction(merge)
    file_menu.insertAction(file_menu.actions()[2], merge)
    team = w.menuBar().addMenu(translate("TeamWindow", "&Team"))
    w.menuBar().insertMenu(w.menuBar().actions()[-2], team)  # before Help
    w.mark_done_action = add_action(
        w, team, translate("TeamWindow", "Mark my coding of this article &done"),
        ["Ctrl+Shift+D"],
        lambda: mark_my_coding_done(w),
    )  # fmt: skip
    team.addSeparator()
    add_action(
        w, team, translate("TeamWindow", "&Adjudicate this article"), ["Ctrl+3"],
        lambda: w.show_page(2),
    )  # fmt: skip
    add_action(
        w, team, translate("TeamWindow", "A&greement between coders"), ["Ctrl+4"],
        lambda: w.show_page(3),
    )  # fmt: skip
    install_sync(w)


def _on_page(w: Any, page: int) -> None:
    if page == ADJUDICATION_PAGE:
        article_id = w.current_article_id()
        title = w.article_heading.text() if article_id is not None else ""
        w.adjudication.show_article(article_id, title)
    elif page == AGREEMENT_PAGE and w.agreement.report is None:
        w.agreement.compute()


def _show_conflicts(w: Any, event_id: int) -> None:
    w.conflicts.set_event_filter(event_id)
    w.show_page(CONFLICTS_PAGE)


def _events_changed(w: Any, article_id: int) -> None:
    if article_id == w.current_article_id():
        w.event_form.set_article(article_id)
    w.article_model.refresh_article(article_id)
    w.conflicts.refresh()


def mark_my_coding_done(w: Any) -> None:
    article_id = w.current_article_id()
    if article_id is None:
        return
    w.event_form.flush()
    try:
        mark_done(w.project, article_id)
    except ReviewerError as exc:
        w.event_actions.show_message(error_text(exc))
        return
    still = is_blind(w.project.db, article_id, w.project.analyst)
    w.event_actions.show_message(
        translate(
            "TeamWindow",
            "Your coding is marked done; the others' stays hidden until they are done too.",
        )
        if still
        else translate(
            "TeamWindow",
            "Your coding is marked done; every coding of this article is now visible.",
        )
    )
    w.event_form.set_article(article_id)


class MergeTask(QThread):
    """The merge, off the GUI thread: it reads the whole other file (issue 19's rule).

    It writes through a connection of its own, as the acting analyst; the
    window's connection waits its turn (busy timeout) if the analyst edits
    meanwhile, so no edit is lost either way.
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, project_path: Path, analyst: str | None, other: str, parent=None) -> None:
        super().__init__(parent)
        self._path, self._analyst, self._other = project_path, analyst, other

    def run(self) -> None:
        try:
            db = open_database(self._path, user=self._analyst, defer_full_check=True)
            try:
                project = Project(db, self._path)
                project.act_as(self._analyst)
                self.done.emit(translate_message(merge_project(project, self._other).summary()))
            finally:
                db.close()
        except ReviewerError as exc:
            self.failed.emit(error_text(exc))
        except sqlite3.Error as exc:  # shown, never lost in the thread
            self.failed.emit(
                translate_message(Message("merge.sqlite_error", path=self._other, reason=str(exc)))
            )


def merge_file(w: Any, path: str | None = None) -> MergeTask | None:
    """File → Merge…: pick a colleague's project file and bring it in (in a thread)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            w,
            translate("TeamWindow", "Merge a colleague's project"),
            "",
            translate("TeamWindow", "reviewer projects (*.sqlite);;All files (*)"),
        )
    if not path:
        return None
    w.event_form.flush()
    title = translate("TeamWindow", "Merge")
    busy = QProgressDialog(translate("TeamWindow", "Merging…"), "", 0, 0, w)
    busy.setCancelButton(None)
    busy.setWindowTitle(title)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.show()
    task = MergeTask(w.project.path, w.project.analyst, path, w)
    w.merge_task = task

    def finished(summary: str) -> None:
        busy.close()
        w.article_model.reload()
        if w.current_article_id() is not None:
            w.event_form.set_article(w.current_article_id())
        w.conflicts.refresh()
        w.event_actions.show_message(summary.splitlines()[-1] if summary else "")
        QMessageBox.information(w, title, summary)

    def failed(message: str) -> None:
        busy.close()
        QMessageBox.warning(w, title, message)

    task.done.connect(finished)
    task.failed.connect(failed)
    task.start()
    return task
