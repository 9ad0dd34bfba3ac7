"""Carrying out an accepted suggestion in the window.

The core decides what accepting means (reviewer.suggest.apply); this writes it
through the same undoable paths as typing and Ctrl+E would, so accepting is
undone with Ctrl+Z like any other edit. A figure also becomes a claim. All that one
acceptance writes is one macro on the undo stack: one Ctrl+Z takes all of it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.errors import ReviewerError
from reviewer.storage import claims as claim_store
from reviewer.storage import events as event_store
from reviewer.suggest.adopt import adopt_new
from reviewer.suggest.apply import acceptance_for
from reviewer.suggest.engine import forget_decision, record_accepted
from reviewer.suggest.model import Suggestion
from reviewer.ui.core_messages import error_text
from reviewer.ui.event_fields import FIELD_LABELS
from reviewer.ui.event_form import EventForm
from reviewer.ui.language import translate
from reviewer.ui.undo import AttachEvidenceCommand, EventWriter, FieldEditCommand
from reviewer.ui.undo_reviewing import AddClaimCommand, claim_label, notifier_for


class SuggestionAcceptor(QObject):
    message = Signal(str)
    claim_added = Signal(int)  # event id

    def __init__(self, form: EventForm, writer: EventWriter, stack: QUndoStack) -> None:
        super().__init__()
        self.form, self.writer, self.stack = form, writer, stack

    def accept(self, suggestion: Suggestion) -> bool:
        """Apply ``suggestion`` to the current event (a new one if there is none)."""
        self.form.flush()
        article_id = self.form.article_id()
        if article_id is None:
            return False
        event_id = self.form.current_event_id() or self.form.new_event()
        if event_id is None:
            return False
        self.stack.beginMacro(_accept_text(suggestion))
        try:
            # A new place or actor joins the project's custom list first (kept on undo:
            # the list is the project's, like one added from the picker).
            suggestion = adopt_new(self.writer.db, suggestion, user=self.writer.user)
            if suggestion.extra.get("custom"):
                self.form.pickers.refresh_lists()
            self._apply(suggestion, article_id, event_id)
            self.stack.push(RememberAcceptedCommand(self.writer.db, article_id, suggestion))
        except ReviewerError as exc:
            self.message.emit(error_text(exc))
            return False
        finally:
            self.stack.endMacro()
        self.form.reload_current()
        self.message.emit(
            self.tr("Accepted {kind} '{text}'").format(
                kind=translate("HighlightLegend", suggestion.kind), text=suggestion.text
            )
        )
        return True

    def _apply(self, suggestion: Suggestion, article_id: int, event_id: int) -> None:
        event = event_store.get_event(self.writer.db, event_id)
        acceptance = acceptance_for(suggestion, event)
        if acceptance.changes:
            old = {name: event.get(name) for name in acceptance.changes}
            self.writer.write(event_id, acceptance.changes, notify=True)
            self.stack.push(
                FieldEditCommand(
                    self.writer, event_id, old, acceptance.changes, _accept_text(suggestion),
                )
            )  # fmt: skip
        if acceptance.evidence_field:
            start, end = acceptance.evidence_span
            field = acceptance.evidence_field
            evidence_id = self.writer.attach(event_id, article_id, field, start, end)
            self.stack.push(
                AttachEvidenceCommand(
                    self.writer, evidence_id, event_id, article_id, field, (start, end),
                    translate("EvidenceController", "Attach evidence to {field}").format(
                        field=FIELD_LABELS.get(field, field)
                    ),
                )
            )  # fmt: skip
        if acceptance.claim:
            db = self.writer.db
            claim_id = claim_store.add_claim(db, event_id, article_id, **acceptance.claim)
            self.stack.push(
                AddClaimCommand(
                    notifier_for(self.stack), db, claim_id, event_id, self.writer.user,
                    translate("ClaimsPanel", "Add {claim}").format(claim=claim_label(db, claim_id)),
                )
            )  # fmt: skip
            self.claim_added.emit(event_id)


def _accept_text(suggestion: Suggestion) -> str:
    """'Accept place حماة', the undo text of an accepted suggestion."""
    return translate("SuggestionAcceptor", "Accept {kind} {text}").format(
        kind=translate("HighlightLegend", suggestion.kind), text=suggestion.text
    )


class RememberAcceptedCommand(QUndoCommand):
    """Stores the acceptance, so a restart does not offer the suggestion again; undo forgets it."""

    def __init__(self, db, article_id: int, suggestion: Suggestion) -> None:
        super().__init__(
            translate("SuggestionAcceptor", "Remember accepted {kind}").format(
                kind=translate("HighlightLegend", suggestion.kind)
            )
        )
        self.db, self.article_id, self.suggestion = db, article_id, suggestion

    def redo(self) -> None:
        record_accepted(self.db, self.article_id, self.suggestion)

    def undo(self) -> None:
        forget_decision(self.db, self.article_id, self.suggestion)
