"""Ties the article view to the event form through evidence spans.

- Selected words become evidence for a field (context menu, or Ctrl+E for the field
  the analyst last worked in), as an undoable command written through the core.
- Every span of the current event in this article is highlighted; the spans of the
  field being worked on are highlighted more strongly.
- Clicking a highlight takes the analyst to its field; double-clicking a quote in
  the form's evidence list selects it in the article.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QUndoStack

from reviewer.errors import ReviewerError
from reviewer.storage import evidence as evidence_store
from reviewer.ui.article_view import ArticleView, Highlight
from reviewer.ui.core_messages import error_text
from reviewer.ui.event_form import FIELD_LABELS, EventForm
from reviewer.ui.save_retry import WRITE_ERRORS, not_saved_text
from reviewer.ui.undo import AttachEvidenceCommand, EventWriter

EVIDENCE_LAYER = "evidence"
FOCUS_LAYER = "evidence-focus"


def _format(background: str, underline: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    if underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(underline))
    return fmt


EVIDENCE_FORMAT = _format("#fdf1b8")
FOCUS_FORMAT = _format("#f7c948", underline="#8a5a00")


class EvidenceController(QObject):
    message = Signal(str)  # one line for the status bar

    def __init__(
        self, view: ArticleView, form: EventForm, writer: EventWriter, stack: QUndoStack
    ) -> None:
        super().__init__(form)
        self.view, self.form, self.writer, self.stack = view, form, writer, stack
        view.set_attach_targets(lambda: (form.attachable_fields(), form.current_field()))
        view.attach_requested.connect(self.attach)
        view.highlight_clicked.connect(self._on_highlight_clicked)
        form.current_event_changed.connect(lambda _id: self.refresh())
        form.field_focused.connect(lambda _field: self.refresh())
        form.evidence_activated.connect(self.show_evidence)
        writer.evidence_changed.connect(lambda _id: self.refresh())

    def attach_selection(self, field: str | None = None) -> int | None:
        """Attach the article's selected words to ``field`` (default: the current field)."""
        field = field or self.form.current_field()
        span = self.view.selected_span()
        if span is None:
            self.message.emit(self.tr("Select words in the article first, then attach them."))
            return None
        if field is None:
            self.message.emit(
                self.tr("Click into a field of the event first: evidence goes there.")
            )
            return None
        return self.attach(field, *span)

    def attach(self, field: str, start: int, end: int) -> int | None:
        event_id, article_id = self.form.current_event_id(), self.form.article_id()
        if event_id is None or article_id is None:
            self.message.emit(
                self.tr("Create or choose an event first: evidence belongs to an event.")
            )
            return None
        start, end = evidence_store.trim_span(self.view.text(), start, end)
        if start >= end:
            return None
        try:
            evidence_id = self.writer.attach(event_id, article_id, field, start, end)
        except ReviewerError as exc:
            self.message.emit(error_text(exc))
            return None
        except WRITE_ERRORS as exc:
            self.message.emit(not_saved_text(exc))
            return None
        label = FIELD_LABELS.get(field, field)
        self.stack.push(
            AttachEvidenceCommand(
                self.writer, evidence_id, event_id, article_id, field, (start, end),
                self.tr("Attach evidence to {field}").format(field=label),
            )
        )  # fmt: skip
        self.message.emit(
            self.tr("Attached «{words}» to {field}").format(
                words=self.view.text()[start:end], field=label
            )
        )
        return evidence_id

    def refresh(self) -> None:
        """Redraw both evidence layers for the form's event and current field."""
        event_id, article_id = self.form.current_event_id(), self.form.article_id()
        spans = (
            evidence_store.list_evidence(self.writer.db, event_id, article_id=article_id)
            if event_id is not None and article_id is not None
            else []
        )
        current = self.form.current_field()
        self.view.set_highlights(
            EVIDENCE_LAYER, [Highlight(e.start, e.end, EVIDENCE_FORMAT, e.field) for e in spans]
        )
        self.view.set_highlights(
            FOCUS_LAYER,
            [Highlight(e.start, e.end, FOCUS_FORMAT, e.field) for e in spans if e.field == current],
        )

    def show_evidence(self, evidence_id: int) -> None:
        evidence = evidence_store.get_evidence(self.writer.db, evidence_id)
        self.form.focus_field(evidence.field)
        self.view.select_span(evidence.start, evidence.end)

    def _on_highlight_clicked(self, layer: str, key: object) -> None:
        if layer in (EVIDENCE_LAYER, FOCUS_LAYER) and isinstance(key, str):
            self.form.focus_field(key)
