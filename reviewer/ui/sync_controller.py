"""File → Sync in the window, the optional background sync, and its state in the status bar.

A sync talks to the network and writes many rows, so it runs in a thread with
its own connection to the project file (WAL lets the window keep reading and
writing meanwhile). Offline work is never blocked: a failed sync shows one
line in the status bar and changes nothing; the next one picks up where the
project's cursor stands. The status bar always says when the last sync was,
how many records wait to be sent, and any error or open sync conflict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QThread, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMenu

from reviewer.errors import ReviewerError
from reviewer.server.sync import remembered_server, sync, sync_state
from reviewer.ui.core_messages import error_text, translate_message
from reviewer.ui.language import isolate, translate
from reviewer.ui.window_menus import add_action

BACKGROUND_MINUTES = 5


class _SyncThread(QThread):
    done = Signal(str, int)  # the summary, and how many records still wait to be sent
    failed = Signal(str)

    def __init__(self, path: Path, url: str, analyst: str | None, parent=None) -> None:
        super().__init__(parent)
        self._path, self._url, self._analyst = path, url, analyst

    def run(self) -> None:
        from reviewer.storage import open_database
        from reviewer.storage.database import close_database, set_user

        try:
            db = open_database(self._path)
        except ReviewerError as exc:
            self.failed.emit(error_text(exc))
            return
        try:
            set_user(db, self._analyst)
            summary = translate_message(sync(db, self._url).summary())
            self.done.emit(summary, sync_state(db, count_pending=True).pending or 0)
        except ReviewerError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a worker must report, never die silently
            self.failed.emit(
                translate("SyncController", "sync failed: {reason}").format(reason=exc)
            )
        finally:
            close_database(db)


class SyncController(QObject):
    """Owns the sync thread, the timer and the status label of one window."""

    finished = Signal(str)  # the summary, or the error line

    def __init__(self, window: Any, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._thread: _SyncThread | None = None
        self._pending: int | None = None  # counted by the sync thread, never on this one
        self.label = QLabel(objectName="syncState")
        window.statusBar().addPermanentWidget(self.label)
        self._timer = QTimer(self, interval=BACKGROUND_MINUTES * 60_000)
        self._timer.timeout.connect(lambda: self.start(ask=False))
        if settings.value("sync/background", False, type=bool):
            self._timer.start()
        self.refresh_label()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def set_background(self, on: bool) -> None:
        self._settings.setValue("sync/background", on)
        if on:
            self._timer.start()
        else:
            self._timer.stop()

    def start(self, *, ask: bool = True) -> bool:
        """Start a sync with the remembered server (asking for one the first time)."""
        if self._thread is not None:
            return False
        url = remembered_server(self._window.project.db)
        if url is None and ask:
            url, ok = QInputDialog.getText(
                self._window,
                self.tr("Sync with the team server"),
                self.tr(
                    "Server (postgresql://login@host/database; the password comes from"
                    " PGPASSWORD or ~/.pgpass):"
                ),
                QLineEdit.EchoMode.Normal,
            )
            url = url.strip() if ok else None
        if not url:
            return False
        self._window.event_form.flush()
        self.label.setText(self.tr("syncing…"))
        thread = _SyncThread(self._window.project.path, url, self._window.project.analyst, self)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        self._thread = thread
        thread.start()
        return True

    def _thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None

    def _done(self, summary: str, pending: int) -> None:
        self._thread_finished()  # its run() has returned: the next sync may start at once
        self._pending = pending
        w = self._window
        w.article_model.reload()
        if w.current_article_id() is not None:
            w.event_form.set_article(w.current_article_id())
        w.conflicts.refresh()
        w.event_actions.show_message(summary.splitlines()[0])
        self.refresh_label()
        self.finished.emit(summary)

    def _failed(self, message: str) -> None:
        self._thread_finished()
        self.refresh_label(error=message)
        self._window.event_actions.show_message(
            self.tr("Sync failed: {reason}").format(reason=message)
        )
        self.finished.emit(message)

    def refresh_label(self, *, error: str | None = None) -> None:
        state = sync_state(self._window.project.db)
        if state.server is None and error is None:
            self.label.setText(self.tr("not synced"))
            return
        when = isolate((state.last_sync_at or "")[:16].replace("T", " "))
        parts = [
            self.tr("last sync {when}").format(when=when)
            if state.last_sync_at
            else self.tr("never synced")
        ]
        if self._pending is not None:
            parts.append(self.tr("{count} to send").format(count=self._pending))
        if state.open_conflicts:
            parts.append(self.tr("{count} sync conflicts").format(count=state.open_conflicts))
        if error or state.error:
            parts.append(self.tr("error: ") + (error or state.error or ""))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(state.server or "")


def _install_conflicts_panel(w: Any) -> None:
    """Open sync conflicts, below the claims' conflicts on the Conflicts page."""
    from reviewer.ui.sync_conflicts_panel import SyncConflictsPanel

    w.sync_conflicts = SyncConflictsPanel(w.project.db, w.conflicts)
    w.conflicts.layout().addWidget(w.sync_conflicts)
    w.sync_conflicts.decided.connect(w.sync.refresh_label)
    w.sync.finished.connect(lambda _summary: w.sync_conflicts.refresh())


def install_sync(w: Any) -> None:
    """File → Sync (F5), File → Sync every 5 minutes, and the status-bar state."""
    w.sync = SyncController(w, w._settings)
    _install_conflicts_panel(w)
    file_menu = w.menuBar().findChild(QMenu, "fileMenu")
    now = add_action(
        w, file_menu, translate("SyncController", "S&ync with the team server"), ["F5"],
        w.sync.start,
    )  # fmt: skip
    background = add_action(
        w, file_menu,
        translate("SyncController", "Sync every {minutes} minutes").format(
            minutes=BACKGROUND_MINUTES
        ),
        [],
        lambda: w.sync.set_background(background.isChecked()),
    )  # fmt: skip
    background.setCheckable(True)
    background.setChecked(w._settings.value("sync/background", False, type=bool))
    for action in (now, background):
        file_menu.removeAction(action)
        file_menu.insertAction(file_menu.actions()[3], action)
