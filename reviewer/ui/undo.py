"""Undoable edits of events, written through the core.

One ``QUndoStack`` lives as long as the window, and every command names the event
(and article) it touches by id, never by widget, so an edit made on one article can
be undone after switching to another. Every write goes through ``EventWriter``,
which remembers the version of each event this session last saw: an edit or an
undo of an event that another window changed meanwhile is refused (``StaleEdit``)
instead of silently overwriting it.

Commands are pushed *after* their first write succeeded (the core validates), so a
refused edit never lands on the stack; a later undo/redo the core refuses is
reported and the command dropped from the stack (``setObsolete``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from reviewer.errors import ReviewerError
from reviewer.storage import events as event_store
from reviewer.storage import evidence as evidence_store
from reviewer.ui.core_messages import error_text
from reviewer.ui.language import translate

MERGE_FIELD_EDIT = 1


class EventWriter(QObject):
    """The one path from the UI to stored events, evidence and reports."""

    written = Signal(int)  # an undo/redo changed this event's fields
    evidence_changed = Signal(int)  # event id
    reports_changed = Signal(int)  # event id
    refused = Signal(str)  # an undo/redo the core refused, as one line
    existence_changed = Signal(int)  # an event was created, deleted or restored

    def __init__(self, db: sqlite_utils.Database, user: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.user = user
        self._versions: dict[int, int] = {}

    def track(self, event_id: int, version: int) -> None:
        """Remember the version the form just loaded."""
        self._versions[event_id] = version

    def version(self, event_id: int) -> int | None:
        return self._versions.get(event_id)

    def write(self, event_id: int, changes: dict[str, Any], *, notify: bool = False) -> int:
        """Write ``changes`` if the event is still as this session last saw it."""
        version = event_store.update_event(
            self.db, event_id, changes, expected_version=self._versions.get(event_id)
        )
        self._versions[event_id] = version
        if notify:
            self.written.emit(event_id)
        return version

    def attach(self, event_id: int, article_id: int, field: str, start: int, end: int) -> int:
        evidence_id = evidence_store.attach_evidence(
            self.db, event_id, article_id, field, start, end, user=self.user
        )
        self.evidence_changed.emit(event_id)
        return evidence_id

    def detach(self, evidence_id: int) -> None:
        event_id = evidence_store.get_evidence(self.db, evidence_id).event_id
        evidence_store.delete_evidence(self.db, evidence_id)
        self.evidence_changed.emit(event_id)

    def create(self, article_id: int, **fields: Any) -> int:
        event_id = event_store.create_event(self.db, article_id, user=self.user, **fields)
        self._versions[event_id] = event_store.get_event(self.db, event_id)["version"]
        self.existence_changed.emit(event_id)
        return event_id

    def delete(self, event_id: int) -> event_store.EventSnapshot:
        """Delete the event, returning what undoing it needs."""
        snapshot = event_store.snapshot_event(self.db, event_id)
        event_store.delete_event(self.db, event_id)
        self.existence_changed.emit(event_id)
        return snapshot

    def restore(self, snapshot: event_store.EventSnapshot) -> int:
        event_id = event_store.restore_event(self.db, snapshot)
        self._versions[event_id] = snapshot["events"][0]["version"]
        self.existence_changed.emit(event_id)
        return event_id

    def link(self, article_id: int, event_id: int) -> None:
        event_store.link_report(self.db, article_id, event_id)
        self.reports_changed.emit(event_id)

    def unlink(self, article_id: int, event_id: int) -> None:
        event_store.unlink_report(self.db, article_id, event_id)
        self.reports_changed.emit(event_id)


class _WriterCommand(QUndoCommand):
    """A command whose first redo already happened when it is pushed."""

    def __init__(self, writer: EventWriter, text: str) -> None:
        super().__init__(text)
        self.writer = writer
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, action) -> None:
        # A file that refuses the write (locked past the timeout, full) is said
        # like a refusal: the stored data is as it was, the step leaves the stack.
        try:
            action()
        except (ReviewerError, sqlite3.Error, OSError) as exc:
            self.setObsolete(True)
            self.writer.refused.emit(
                translate("UndoText", "Could not {action}: {reason}").format(
                    action=self.text().lower(), reason=error_text(exc)
                )
            )

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class FieldEditCommand(_WriterCommand):
    """Set some fields of one event; typing in one field merges into one command."""

    def __init__(
        self,
        writer: EventWriter,
        event_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(writer, text)
        self.event_id = event_id
        self.old = dict(old)
        self.new = dict(new)
        self.mergeable = mergeable

    def id(self) -> int:
        return MERGE_FIELD_EDIT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, FieldEditCommand)
            and other.mergeable
            and other.event_id == self.event_id
            and set(other.new) == set(self.new)
        ):
            return False
        self.new = dict(other.new)
        return True

    def do(self) -> None:
        self.writer.write(self.event_id, self.new, notify=True)

    def undo_it(self) -> None:
        self.writer.write(self.event_id, self.old, notify=True)


class AttachEvidenceCommand(_WriterCommand):
    def __init__(
        self,
        writer: EventWriter,
        evidence_id: int,
        event_id: int,
        article_id: int,
        field: str,
        span: tuple[int, int],
        text: str,
    ) -> None:
        super().__init__(writer, text)
        self.evidence_id = evidence_id
        self.event_id, self.article_id, self.field = event_id, article_id, field
        self.span = span

    def do(self) -> None:
        self.evidence_id = self.writer.attach(
            self.event_id, self.article_id, self.field, *self.span
        )

    def undo_it(self) -> None:
        self.writer.detach(self.evidence_id)


class DetachEvidenceCommand(AttachEvidenceCommand):
    """The inverse of attaching: redo removes the span, undo puts it back."""

    def do(self) -> None:
        AttachEvidenceCommand.undo_it(self)

    def undo_it(self) -> None:
        AttachEvidenceCommand.do(self)


class LinkReportCommand(_WriterCommand):
    def __init__(self, writer: EventWriter, article_id: int, event_id: int, text: str) -> None:
        super().__init__(writer, text)
        self.article_id, self.event_id = article_id, event_id

    def do(self) -> None:
        self.writer.link(self.article_id, self.event_id)

    def undo_it(self) -> None:
        self.writer.unlink(self.article_id, self.event_id)


class CreateEventCommand(_WriterCommand):
    """Undo removes the new event; redo puts it back as it was, same id."""

    def __init__(self, writer: EventWriter, event_id: int, text: str) -> None:
        super().__init__(writer, text)
        self.event_id = event_id
        self.snapshot: event_store.EventSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.writer.restore(self.snapshot)

    def undo_it(self) -> None:
        self.snapshot = self.writer.delete(self.event_id)


class DeleteEventCommand(_WriterCommand):
    """Redo deletes the event; undo restores it with its reports, evidence and claims."""

    def __init__(self, writer: EventWriter, snapshot: event_store.EventSnapshot, text: str):
        super().__init__(writer, text)
        self.snapshot = snapshot
        self.event_id = snapshot["events"][0]["id"]

    def do(self) -> None:
        self.snapshot = self.writer.delete(self.event_id)

    def undo_it(self) -> None:
        self.writer.restore(self.snapshot)
