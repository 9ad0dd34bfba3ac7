"""The event form: the events an article reports, and every ACLED field of one of them.

Nothing lives only in the widgets. Each edit is an undoable command written through
the core (``reviewer.ui.undo``): typing is debounced (a word is one write, not one
per keystroke) and ``flush()`` writes whatever is pending at once; the window calls
it before switching article, before undo and before closing. The core validates;
a refused value is shown under its field, in words, and is not stored.

``disorder_type`` and ``interaction`` are derived by the core and shown read-only.
Picking a place fills the location fields from the gazetteer; picking an actor
fills its inter code.

This module coordinates; the parts live beside it: the field table and widgets
(``event_fields``), their layout and edit signals (``event_field_box``), the pickers
(``event_pickers``), the event list and its buttons (``event_chooser``) and the
reports/evidence group (``event_reports``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from reviewer.codes import countries
from reviewer.errors import ReviewerError, ValidationError
from reviewer.storage import events as event_store
from reviewer.ui.core_messages import error_text, translate_message
from reviewer.ui.event_chooser import EventChooser, event_id_of, event_label
from reviewer.ui.event_field_box import FieldBox
from reviewer.ui.event_fields import (
    DERIVED,
    FIELD_LABELS,
    GROUPS,
    attachable_fields,
    load_values,
    make_field_widgets,
    route_undo_keys,
    show_derived,
)
from reviewer.ui.event_pickers import EventPickers
from reviewer.ui.event_reports import EventReports
from reviewer.ui.language import current_language, isolate
from reviewer.ui.pickers import AddActorDialog, AddPlaceDialog, Picker
from reviewer.ui.save_retry import UnsavedEdit, UnsavedEdits, WriteFailed
from reviewer.ui.undo import CreateEventCommand, DeleteEventCommand, EventWriter, FieldEditCommand

SAVE_DELAY_MS = 400


class EventForm(QWidget):
    event_saved = Signal(int)
    events_changed = Signal(int)  # article id whose event list changed
    current_event_changed = Signal(object)  # event id or None
    field_focused = Signal(str)  # the form field the analyst is working on
    evidence_activated = Signal(int)  # evidence id double-clicked in the list
    open_article_requested = Signal(int)  # an article picked in "reports of this event"
    link_requested = Signal()

    def __init__(
        self,
        db: sqlite_utils.Database,
        user: str | None = None,
        *,
        writer: EventWriter | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__()
        self._db = db
        self._user = user
        self.writer = writer or EventWriter(db, user)
        self.undo_stack = undo_stack or QUndoStack(self)
        self._article_id: int | None = None
        self._event_id: int | None = None
        self._stored: dict[str, Any] = {}
        # Which of an article's events the list shows; the team wiring narrows it
        # to the analyst's own events while double coding is blind (team.assign).
        self.list_events = event_store.events_for_article
        self._pending: list[tuple[dict[str, Any], bool]] = []
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.unsaved = UnsavedEdits(db, self._write_retried, self)
        self.unsaved.changed.connect(self._show_unsaved)
        self._build()
        self._connect()
        self._set_editing_enabled(False)
        self.writer.written.connect(self._on_written_elsewhere)
        self.writer.reports_changed.connect(self._on_reports_changed)
        self.writer.existence_changed.connect(self._on_existence_changed)
        self.fields_box.track_focus()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.chooser = EventChooser()
        self.event_list = self.chooser.event_list
        self.event_list.currentItemChanged.connect(self._on_event_chosen)
        self.new_button = self.chooser.new_button
        self.new_button.clicked.connect(self.new_event)
        self.delete_button = self.chooser.delete_button
        self.delete_button.clicked.connect(self.confirm_delete)
        self.link_button = self.chooser.link_button
        self.link_button.clicked.connect(self.link_requested)
        self.stale_banner = QLabel(objectName="staleBanner", wordWrap=True)
        self.stale_banner.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 6px; border: 1px solid #f5c2bd;"
        )
        self.stale_banner.hide()

        self.field_widgets: dict[str, QWidget] = make_field_widgets()
        for field, widget in self.field_widgets.items():
            setattr(self, field, widget)  # form.location etc.: what tests and the window use
        self.pickers = EventPickers(self._db, self._user, self.field_widgets, self)
        self.location_picker: Picker = self.pickers.location
        self.actor1_picker, self.actor2_picker = self.pickers.actor1, self.pickers.actor2
        self.assoc_pickers = self.pickers.assoc
        route_undo_keys(self.field_widgets, self)

        self.reports = EventReports(self._db, self.writer, self.undo_stack, self)
        self.report_list, self.evidence_list = self.reports.report_list, self.reports.evidence_list
        self.remove_evidence_button = self.reports.remove_evidence_button
        self.fields_box = FieldBox(self.field_widgets, self.reports.add_rows)
        self.fields_box.stored_text = self.pickers.stored_text
        self.groups = self.fields_box.groups
        self.errors = self.fields_box.errors
        self.scroll = scroll = self.fields_box.in_scroll_area()
        self.status = QLabel(objectName="saveStatus", wordWrap=True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.stale_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.fields_box.edited.connect(lambda changes, typing: self._edit(changes, typing=typing))
        self.fields_box.editing_finished.connect(self.flush)
        self.pickers.connect_picks()
        self.pickers.picked.connect(self._apply_pick)
        self.pickers.edited.connect(self._edit)
        self.pickers.unresolved.connect(self.fields_box.show_unresolved)
        self.reports.open_article_requested.connect(self.open_article_requested)
        self.reports.evidence_activated.connect(self.evidence_activated)
        self.fields_box.field_focused.connect(self.field_focused)

    @property
    def add_dialog(self) -> AddPlaceDialog | AddActorDialog | None:
        """The add-place/add-actor dialog last opened from a picker (tests drive it)."""
        return self.pickers.add_dialog

    # -- what the window drives ------------------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        self.flush()
        self._article_id = article_id
        self.new_button.setEnabled(article_id is not None)
        self.link_button.setEnabled(article_id is not None)
        self._reload_event_list(select=None)

    def article_id(self) -> int | None:
        return self._article_id

    def current_event_id(self) -> int | None:
        return self._event_id

    def show_event(self, event_id: int) -> None:
        """Select ``event_id`` in the list (it must be reported by the current article)."""
        self.flush()
        self._reload_event_list(select=event_id)

    def new_event(self) -> int | None:
        if self._article_id is None:
            return None
        self.flush()
        default = countries().default
        try:
            event_id = self.writer.create(self._article_id, iso=default.iso, country=default.name)
        except (sqlite3.Error, OSError) as exc:
            self._show_status(
                self.tr("Not saved — the event could not be created ({reason}); try again").format(
                    reason=exc
                ),
                error=True,
            )
            return None
        self.undo_stack.push(CreateEventCommand(self.writer, event_id, self.tr("New event")))
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=event_id)
        self.event_type.setFocus()
        return event_id

    def confirm_delete(self) -> bool:
        """Delete after asking (Ctrl+Z brings it back, with its evidence and claims)."""
        if self._event_id is None or not self.chooser.confirm_delete(self):
            return False
        self.delete_current_event()
        return True

    def delete_current_event(self) -> None:
        if self._event_id is None or self._article_id is None:
            return
        self._pending.clear()
        try:
            snapshot = self.writer.delete(self._event_id)
        except (sqlite3.Error, OSError) as exc:
            self._show_status(
                self.tr("Not deleted — the project file could not be written ({reason})").format(
                    reason=exc
                ),
                error=True,
            )
            return
        self.undo_stack.push(DeleteEventCommand(self.writer, snapshot, self.tr("Delete event")))
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=None)

    def flush(self) -> bool:
        """Write pending edits now. False if the core refused one or one is not saved yet.

        Edits the database could not take (locked, disk full) are kept in
        ``self.unsaved`` and retried; newer edits queue behind them, in order.
        """
        self._save_timer.stop()
        if self.unsaved:
            self.unsaved.retry()
        if self._event_id is None or not self._pending:
            self._pending.clear()
            return not self.unsaved
        units, self._pending = self._pending, []
        ok = all([self._commit(changes, mergeable) for changes, mergeable in units])
        self._refresh_list_label(self._event_id)
        show_derived(self.field_widgets)
        return ok and not self.unsaved

    def has_unsaved(self) -> bool:
        """Are edits waiting because the database could not take them yet?"""
        return bool(self.unsaved)

    def reload_current(self) -> None:
        """Re-read the shown event from the database (after another part wrote to it)."""
        if self._event_id is not None:
            self._load_event(self._event_id)

    def current_field(self) -> str | None:
        """The form field the analyst last worked in: where attached evidence goes."""
        return self.fields_box.current_field

    def focus_field(self, field: str) -> None:
        widget = self.field_widgets.get(field)
        if widget is None:
            return
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.fields_box.set_current_field(field)

    def focus_group(self, number: int) -> None:
        """Alt+number: focus the first field of group ``number`` (1-based)."""
        if not 1 <= number <= len(GROUPS):
            return
        fields = [f for f, _ in GROUPS[number - 1][1] if f not in DERIVED]
        if fields:
            self.focus_field(fields[0])
        else:
            self.scroll.ensureWidgetVisible(self.groups[number - 1])
            self.report_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def attachable_fields(self) -> list[tuple[str, str]]:
        return attachable_fields()

    def field_error(self, field: str) -> str:
        """The validation message shown under ``field`` ('' when none)."""
        return self.fields_box.error_text(field)

    def add_place(self, typed: str) -> None:
        """Offer to add ``typed`` to the project's places; a saved place is then picked."""
        self.pickers.add_place(typed)

    def add_actor(self, typed: str, picker: Picker) -> None:
        """Offer to add ``typed`` to the project's actors; a saved actor is then picked."""
        self.pickers.add_actor(typed, picker)

    def remove_selected_evidence(self) -> None:
        self.reports.remove_selected_evidence()

    # -- edits ---------------------------------------------------------------------------

    def _edit(self, changes: dict[str, Any], *, typing: bool = False) -> None:
        """Queue an edit unit; typing waits for a pause, anything else is written now."""
        if self._event_id is None:
            return
        if not typing:  # a pick replaces what was being typed in the same fields
            self._pending = [u for u in self._pending if not set(u[0]) <= set(changes)]
        if (
            self._pending
            and typing
            and self._pending[-1][1]
            and set(self._pending[-1][0]) == set(changes)
        ):
            self._pending[-1] = (changes, True)
        else:
            self._pending.append((changes, typing))
        self._show_status(self.tr("Editing…"))
        if typing:
            self._save_timer.start()
        else:
            self.flush()

    def _commit(self, changes: dict[str, Any], mergeable: bool) -> bool:
        event_id = self._event_id
        assert event_id is not None
        old = {field: self._stored.get(field) for field in changes}
        if old == changes:  # back to the stored value: an earlier refusal no longer holds
            for field in changes:
                self.fields_box.clear_error(field)
            if not self.unsaved:
                self._show_status(self.tr("Saved"))  # what is shown is what is stored
            return True
        edit = UnsavedEdit(event_id, changes, old, mergeable)
        if self.unsaved:  # an older edit waits: keep the order, write after it
            self.unsaved.keep(edit, WriteFailed("an earlier edit is not saved yet"))
            return False
        try:
            return self._write_edit(edit)
        except WriteFailed as exc:
            self.unsaved.keep(edit, exc)
            return False

    def _write_retried(self, edit: UnsavedEdit) -> None:
        """UnsavedEdits' writer: a refused edit is reported and leaves the queue."""
        self._write_edit(edit)
        if edit.event_id == self._event_id:
            self._refresh_list_label(edit.event_id)

    def _write_edit(self, edit: UnsavedEdit) -> bool:
        """Write one edit; False if the core refused it; WriteFailed if the file could not."""
        event_id, changes = edit.event_id, edit.changes
        shown = event_id == self._event_id
        try:
            self.writer.write(event_id, changes)
        except event_store.StaleEdit as exc:
            if shown:
                self._on_stale(error_text(exc))
            else:
                self._show_status(
                    self.tr("Not saved — {reason}").format(reason=error_text(exc)), error=True
                )
            return False
        except ValidationError as exc:
            message = translate_message(exc.message)
            if shown:
                self._show_error(exc.field if exc.field in self.errors else None, message)
            else:
                self._show_status(
                    self.tr("Not saved — event {event}: {reason}").format(
                        event=isolate(str(event_id)), reason=message
                    ),
                    error=True,
                )
            return False
        except ReviewerError as exc:
            self._show_status(error_text(exc), error=True)
            return False
        except (sqlite3.Error, OSError) as exc:
            raise WriteFailed(str(exc)) from exc
        if shown:
            self._stored.update(changes)
            self.stale_banner.hide()
            for field in changes:
                self.fields_box.clear_error(field)
        separator = "، " if current_language() == "ar" else ", "
        names = separator.join(FIELD_LABELS.get(f, f) for f in changes if f in FIELD_LABELS)
        label = (self._stored.get("event_id_cnty") if shown else None) or self.tr(
            "event {event}"
        ).format(event=event_id)
        text = self.tr("Edit {fields} of {event}").format(
            fields=names or self.tr("event"), event=label
        )
        self.undo_stack.push(
            FieldEditCommand(
                self.writer, event_id, edit.old, changes, text, mergeable=edit.mergeable
            )
        )
        self._show_status(self.tr("Saved"))
        self.event_saved.emit(event_id)
        return True

    def _show_unsaved(self) -> None:
        """Say, in the form, that edits wait to be written — or that they now are."""
        count = len(self.unsaved)
        if count:
            if current_language() == "en":
                edits = "1 edit" if count == 1 else f"{count} edits"
            else:
                edits = self.tr("%n edit(s)", "", count)
            self._retry_text = self.tr(
                "Not saved — retrying ({edits} waiting: {reason}). "
                "Your edits are kept; they are written as soon as the project file allows."
            ).format(edits=edits, reason=self.unsaved.last_error)
            self._show_status(self._retry_text, error=True)
        elif self.status.text() == getattr(self, "_retry_text", None):
            self._show_status(self.tr("Saved"))

    def _on_stale(self, message: str) -> None:
        self.stale_banner.setText(
            self.tr(
                "Not saved — {reason}. The event has been reloaded with the stored values; "
                "make your edit again if it is still needed."
            ).format(reason=message)
        )
        self.stale_banner.show()
        self._pending.clear()
        self._load_event(self._event_id, keep_banner=True)

    def _apply_pick(self, fields: dict[str, Any]) -> None:
        """Write what a pick implies as one command, then show all of it."""
        self._edit(fields)
        load_values(self.field_widgets, self._stored, self.pickers.shown)

    # -- loading ----------------------------------------------------------------------------

    def _reload_event_list(self, select: int | None) -> None:
        events = self.list_events(self._db, self._article_id) if self._article_id else []
        self._load_event(self.chooser.show_events(events, select))

    def _on_event_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.flush()
        self._load_event(event_id_of(item))

    def _load_event(self, event_id: int | None, *, keep_banner: bool = False) -> None:
        self._event_id = event_id
        self._pending.clear()
        event = event_store.get_event(self._db, event_id) if event_id else {}
        if event_id:
            self.writer.track(event_id, event["version"])
        self._stored = dict(event)
        unsaved = self.unsaved.overlay(event_id) if event_id else {}
        # Show what is kept, unsaved edits included.
        load_values(self.field_widgets, {**event, **unsaved}, self.pickers.shown)
        self._set_editing_enabled(event_id is not None)
        self.fields_box.clear_errors()
        if not keep_banner:
            self.stale_banner.hide()
        self.reports.show_event(event_id, self._article_id)
        self.status.clear()
        self._show_unsaved()
        self.current_event_changed.emit(event_id)

    def _on_written_elsewhere(self, event_id: int) -> None:
        """An undo/redo wrote to an event: show the stored values if it is on screen."""
        self._refresh_list_label(event_id)
        if event_id == self._event_id:
            self._pending.clear()
            self._stored = event_store.get_event(self._db, event_id)
            load_values(self.field_widgets, self._stored, self.pickers.shown)
            self.fields_box.clear_errors()

    def _on_existence_changed(self, event_id: int) -> None:
        """An undo/redo created, deleted or restored an event: show the list as it is now."""
        if self._article_id is None:
            return
        exists = event_id in {
            e["id"] for e in event_store.events_for_article(self._db, self._article_id)
        }
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=event_id if exists else None)

    def _on_reports_changed(self, event_id: int) -> None:
        if self._article_id is None:
            return
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=self._event_id)
        if event_id == self._event_id:
            self.reports.fill_reports()

    def _set_editing_enabled(self, enabled: bool) -> None:
        self.fields_box.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)
        self.link_button.setEnabled(self._article_id is not None)

    def _refresh_list_label(self, event_id: int) -> None:
        for item in self.chooser.rows_of(event_id):
            item.setText(event_label(event_store.get_event(self._db, event_id)))

    # -- messages and focus ----------------------------------------------------------------

    def _show_error(self, field: str | None, message: str) -> None:
        if field is None:
            self._show_status(message, error=True)
            return
        self.scroll.ensureWidgetVisible(self.fields_box.show_error(field, message))
        self._show_status(
            self.tr("Not saved: see {field}").format(field=FIELD_LABELS[field]), error=True
        )

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def field_of(self, widget: QWidget | None) -> str | None:
        """The form field ``widget`` belongs to (a combo box's line edit counts)."""
        return self.fields_box.field_of(widget)
