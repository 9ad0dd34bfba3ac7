"""Where an event's coding comes from: the articles reporting it and the quoted evidence.

Shown as the event form's last group (its rows go straight into that group's layout,
so they line up with the other groups). Activating an article asks the window to open
it; activating a quote asks it to show the span in the article. Removing a quote is
an undoable command like every other edit.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from reviewer.storage import events as event_store
from reviewer.storage import evidence as evidence_store
from reviewer.ui.event_fields import FIELD_LABELS
from reviewer.ui.language import isolate
from reviewer.ui.undo import DetachEvidenceCommand, EventWriter

ID_ROLE = Qt.ItemDataRole.UserRole + 2


class EventReports(QObject):
    """The reports of one event and its evidence quoted from the article being read."""

    open_article_requested = Signal(int)  # an article picked in "reports of this event"
    evidence_activated = Signal(int)  # evidence id double-clicked in the list

    def __init__(
        self,
        db: sqlite_utils.Database,
        writer: EventWriter,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.writer = writer
        self.undo_stack = undo_stack
        self._event_id: int | None = None
        self._article_id: int | None = None
        self.report_list = QListWidget(objectName="reportList")
        self.report_list.setMaximumHeight(90)
        self.report_list.setWordWrap(True)
        self.report_list.itemActivated.connect(
            lambda item: self.open_article_requested.emit(item.data(ID_ROLE))
        )
        self.evidence_list = QListWidget(objectName="evidenceList")
        self.evidence_list.setMaximumHeight(110)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.itemActivated.connect(
            lambda item: self.evidence_activated.emit(item.data(ID_ROLE))
        )
        self.remove_evidence_button = QPushButton(
            self.tr("Remove evidence"), objectName="removeEvidenceButton"
        )
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        writer.evidence_changed.connect(self._on_evidence_changed)

    def add_rows(self, layout: QFormLayout) -> None:
        """Put the lists, their captions and the remove button into ``layout``."""
        layout.addRow(QLabel(self.tr("Articles reporting this event")))
        layout.addRow(self.report_list)
        layout.addRow(QLabel(self.tr("Evidence quoted from this article")))
        layout.addRow(self.evidence_list)
        layout.addRow(self.remove_evidence_button)

    def show_event(self, event_id: int | None, article_id: int | None) -> None:
        """List the reports of ``event_id`` and its evidence from ``article_id``."""
        self._event_id, self._article_id = event_id, article_id
        self.fill_reports()
        self.fill_evidence()

    def fill_reports(self) -> None:
        self.report_list.clear()
        if self._event_id is None:
            return
        for report in event_store.event_reports(self._db, self._event_id):
            here = self.tr(" (this article)") if report.article_id == self._article_id else ""
            outlet = report.outlet or self.tr("outlet not known")
            published = isolate(report.published or "") or self.tr("date not known")
            item = QListWidgetItem(
                self.tr("Article {article}").format(article=isolate(str(report.article_id)))
                + f"{here} · {outlet} · {published}\n{report.title}"
            )
            item.setData(ID_ROLE, report.article_id)
            self.report_list.addItem(item)

    def fill_evidence(self) -> None:
        self.evidence_list.clear()
        if self._event_id is None or self._article_id is None:
            return
        for evidence in evidence_store.list_evidence(
            self._db, self._event_id, article_id=self._article_id
        ):
            label = FIELD_LABELS.get(evidence.field, evidence.field)
            item = QListWidgetItem(f"{label}: «{evidence.quote}»")
            item.setData(ID_ROLE, evidence.id)
            self.evidence_list.addItem(item)

    def remove_selected_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        evidence = evidence_store.get_evidence(self._db, item.data(ID_ROLE))
        self.writer.detach(evidence.id)
        self.undo_stack.push(
            DetachEvidenceCommand(
                self.writer, evidence.id, evidence.event_id, evidence.article_id,
                evidence.field, (evidence.start, evidence.end),
                self.tr("Remove evidence for {field}").format(
                    field=FIELD_LABELS.get(evidence.field, evidence.field)
                ),
            )
        )  # fmt: skip

    def _on_evidence_changed(self, event_id: int) -> None:
        if event_id == self._event_id:
            self.fill_evidence()
