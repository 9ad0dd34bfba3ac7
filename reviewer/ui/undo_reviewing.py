"""Undoable grading, claims and conflict decisions, on the window's one undo stack.

Like the event commands (reviewer.ui.undo), each command names what it touches by
id (source, report, claim, conflict), never by widget, so it can be undone after
switching article; it is pushed after its first write succeeded, and an undo or
redo the core refuses (the row changed meanwhile) drops it from the stack.

The widgets that show these things listen to one :class:`ReviewingNotifier` per
stack (:func:`notifier_for`) and refresh when an undo or redo changed the data.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from reviewer.errors import ReviewerError, StaleEdit
from reviewer.labels import vocab_label
from reviewer.storage import claim_history, reports, sources
from reviewer.storage import claims as claim_store
from reviewer.ui.language import current_language, translate
from reviewer.ui.undo import _WriterCommand

NOTIFIER_NAME = "reviewingNotifier"


class ReviewingNotifier(QObject):
    """Tells widgets that an undo/redo changed grades, claims or conflicts."""

    grade_changed = Signal()
    claims_changed = Signal(int)  # event id (its conflicts may have changed too)
    conflicts_changed = Signal(int)  # event id
    refused = Signal(str)  # an undo/redo the core refused, as one line


def notifier_for(stack: QUndoStack) -> ReviewingNotifier:
    """The stack's notifier, made on first use (a child of the stack, lives with it)."""
    found = stack.findChild(ReviewingNotifier, NOTIFIER_NAME)
    if found is None:
        found = ReviewingNotifier(stack)
        found.setObjectName(NOTIFIER_NAME)
    return found


class _ReviewCommand(_WriterCommand):
    def __init__(self, notifier: ReviewingNotifier, db: sqlite_utils.Database, text: str):
        super().__init__(notifier, text)  # type: ignore[arg-type]  # only .refused is used
        self.notifier = notifier
        self.db = db


# --- grades ----------------------------------------------------------------------------------


class _GradeCommand(_ReviewCommand):
    """Set one grade value; undo puts the old one back if nobody changed it since."""

    def __init__(self, notifier, db, old: Any, new: Any, text: str) -> None:
        super().__init__(notifier, db, text)
        self.old, self.new = old, new

    def do(self) -> None:
        self._apply(self.old, self.new)

    def undo_it(self) -> None:
        self._apply(self.new, self.old)

    def _apply(self, expected: Any, value: Any) -> None:
        try:
            self.write(value, expected)
        except StaleEdit:
            self.notifier.grade_changed.emit()  # show what is stored now
            raise ReviewerError("it was changed meanwhile") from None
        self.notifier.grade_changed.emit()

    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any, expected: Any) -> None:
        """Write ``value`` if the stored grade is still ``expected`` (else StaleEdit)."""
        raise NotImplementedError


class SetReliabilityCommand(_GradeCommand):
    def __init__(self, notifier, db, source_id: int, old, new, text: str) -> None:
        super().__init__(notifier, db, old, new, text)
        self.source_id = source_id

    def read(self) -> str | None:
        return sources.get_source(self.db, self.source_id)["reliability"]

    def write(self, value: str | None, expected: str | None) -> None:
        sources.set_reliability(self.db, self.source_id, value, expected=expected)


class SetScaleCommand(SetReliabilityCommand):
    def read(self) -> str | None:
        return sources.get_source(self.db, self.source_id)["scale"]

    def write(self, value: str | None, expected: str | None) -> None:
        sources.set_scale(self.db, self.source_id, value, expected=expected)


class SetCredibilityCommand(_GradeCommand):
    def __init__(self, notifier, db, article_id: int, event_id: int, old, new, text: str):
        super().__init__(notifier, db, old, new, text)
        self.article_id, self.event_id = article_id, event_id

    def read(self) -> int | None:
        return reports.get_credibility(self.db, self.article_id, self.event_id)

    def write(self, value: int | None, expected: int | None) -> None:
        reports.set_credibility(self.db, self.article_id, self.event_id, value, expected=expected)


# --- claims ---------------------------------------------------------------------------------


class AddClaimCommand(_ReviewCommand):
    """Undo deletes the new claim (and the conflicts detected with it); redo puts it back."""

    def __init__(self, notifier, db, claim_id: int, event_id: int, user, text: str) -> None:
        super().__init__(notifier, db, text)
        self.claim_ids, self.event_id, self.user = [claim_id], event_id, user
        self.snapshot: claim_history.ClaimSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            claim_history.restore_claims(self.db, self.snapshot, self.user)
            self.notifier.claims_changed.emit(self.event_id)

    def undo_it(self) -> None:
        self.snapshot = claim_history.delete_claims(self.db, self.claim_ids, self.user)
        self.notifier.claims_changed.emit(self.event_id)


class DeleteClaimsCommand(AddClaimCommand):
    """Redo deletes the claims; undo restores them, same ids, with their conflicts."""

    def __init__(self, notifier, db, snapshot: claim_history.ClaimSnapshot, event_id, user, text):
        super().__init__(notifier, db, 0, event_id, user, text)
        self.snapshot = snapshot
        self.claim_ids = [c["id"] for c in snapshot["claims"]]

    def do(self) -> None:
        AddClaimCommand.undo_it(self)

    def undo_it(self) -> None:
        AddClaimCommand.do(self)


class MarkConflictCommand(_ReviewCommand):
    """Undo removes the manual conflict; redo puts it back with its id."""

    def __init__(self, notifier, db, conflict_id: int, event_id: int, text: str) -> None:
        super().__init__(notifier, db, text)
        self.conflict_id, self.event_id = conflict_id, event_id
        self.rows: claim_history.RemovedConflicts = {"conflicts": [], "members": []}

    def do(self) -> None:
        claim_history.insert_conflicts(self.db, self.rows)
        self.notifier.conflicts_changed.emit(self.event_id)

    def undo_it(self) -> None:
        self.rows = claim_history.remove_conflicts(self.db, [self.conflict_id])
        self.notifier.conflicts_changed.emit(self.event_id)


# --- conflict decisions ------------------------------------------------------------------------


class CloseConflictsCommand(_ReviewCommand):
    """Resolve, dismiss or accept: undo puts back the state each closed conflict had."""

    def __init__(
        self,
        notifier,
        db,
        event_id: int,
        before: claim_history.ConflictStates,
        after: claim_history.ConflictStates,
        text: str,
    ) -> None:
        super().__init__(notifier, db, text)
        self.event_id, self.before, self.after = event_id, before, after

    def do(self) -> None:
        claim_history.set_conflict_states(self.db, self.after, expected=self.before)
        self.notifier.conflicts_changed.emit(self.event_id)

    def undo_it(self) -> None:
        claim_history.set_conflict_states(self.db, self.before, expected=self.after)
        self.notifier.conflicts_changed.emit(self.event_id)


def claim_label(db: sqlite_utils.Database, claim_id: int) -> str:
    """'claim 12 (Fatalities)', for the undo text."""
    claim = claim_store.get_claim(db, claim_id)
    spec = claim_store.claim_fields().get(claim["field"])
    field = (
        vocab_label("claim_field", claim["field"], current_language()) if spec else claim["field"]
    )
    return translate("UndoText", "claim {claim} ({field})").format(claim=claim_id, field=field)
