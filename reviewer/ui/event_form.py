"""The event form: the events an article reports, and the fields of one of them.

Nothing lives only in the widgets: every edit is written through the core a
moment after it is made (a short debounce so a typed word is one write, not one
per keystroke), and ``flush()`` writes whatever is pending at once. The window
calls ``flush()`` before switching article and before closing.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError, ValidationError
from reviewer.storage import events as event_store
from reviewer.vocab import event_types

SAVE_DELAY_MS = 400
NO_DATE = QDate(1900, 1, 1)
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_FIELDS = ("location", "actor1", "actor2")


class EventForm(QWidget):
    event_saved = Signal(int)
    events_changed = Signal(int)  # article id whose event list changed

    def __init__(self, db: sqlite_utils.Database, user: str | None = None) -> None:
        super().__init__()
        self._db = db
        self._user = user
        self._article_id: int | None = None
        self._event_id: int | None = None
        self._pending: dict[str, Any] = {}
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._build()
        self._set_editing_enabled(False)

    # -- construction -------------------------------------------------------

    def _build(self) -> None:
        self.event_list = QListWidget(objectName="eventList")
        self.event_list.setWordWrap(True)
        self.event_list.currentItemChanged.connect(self._on_event_chosen)
        self.new_button = QPushButton("&New event", objectName="newEventButton")
        self.new_button.clicked.connect(self.new_event)
        self.delete_button = QPushButton("Delete event", objectName="deleteEventButton")
        self.delete_button.clicked.connect(self.delete_current_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)

        self.event_type = QComboBox(objectName="eventType")
        self.event_type.addItem("")
        self.event_type.addItems(event_types().event_types)
        self.sub_event_type = QComboBox(objectName="subEventType")
        self.event_date = QDateEdit(objectName="eventDate", calendarPopup=True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_date.setMinimumDate(NO_DATE)
        self.event_date.setSpecialValueText("not set")
        self.event_date.setDate(NO_DATE)
        self.location = QLineEdit(objectName="location", placeholderText="town or place")
        self.actor1 = QLineEdit(objectName="actor1", placeholderText="actor 1")
        self.actor2 = QLineEdit(objectName="actor2", placeholderText="actor 2")
        self.fatalities = QSpinBox(objectName="fatalities", minimum=-1, maximum=1_000_000)
        self.fatalities.setSpecialValueText("unknown")
        self.fatalities.setValue(-1)
        # QTextEdit, not QPlainTextEdit: only it aligns Arabic notes to the right.
        self.notes = QTextEdit(objectName="notes", acceptRichText=False)
        self.notes.setTabChangesFocus(True)
        self.status = QLabel(objectName="saveStatus")

        fields = QFormLayout()
        fields.addRow("Event &type", self.event_type)
        fields.addRow("&Sub-event type", self.sub_event_type)
        fields.addRow("&Date", self.event_date)
        fields.addRow("&Location", self.location)
        fields.addRow("Actor &1", self.actor1)
        fields.addRow("Actor &2", self.actor2)
        fields.addRow("&Fatalities", self.fatalities)
        fields.addRow("N&otes", self.notes)
        self.fields_box = QWidget(objectName="eventFields")
        self.fields_box.setLayout(fields)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Events reported by this article"))
        layout.addWidget(self.event_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.fields_box, 3)
        layout.addWidget(self.status)

        self.event_type.currentTextChanged.connect(self._on_type_changed)
        self.sub_event_type.currentTextChanged.connect(
            lambda text: self._edit("sub_event_type", text or None)
        )
        self.event_date.dateChanged.connect(self._on_date_changed)
        for name in TEXT_FIELDS:
            widget: QLineEdit = getattr(self, name)
            widget.textEdited.connect(
                lambda text, name=name: self._edit(name, text.strip() or None)
            )
            widget.editingFinished.connect(self.flush)
        self.fatalities.valueChanged.connect(
            lambda value: self._edit("fatalities", None if value < 0 else value)
        )
        self.notes.textChanged.connect(
            lambda: self._edit("notes", self.notes.toPlainText().strip() or None)
        )

    # -- what the window drives ----------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        self.flush()
        self._article_id = article_id
        self.new_button.setEnabled(article_id is not None)
        self._reload_event_list(select=None)

    def current_event_id(self) -> int | None:
        return self._event_id

    def new_event(self) -> int | None:
        if self._article_id is None:
            return None
        self.flush()
        event_id = event_store.create_event(self._db, self._article_id, user=self._user)
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=event_id)
        self.event_type.setFocus()
        return event_id

    def delete_current_event(self) -> None:
        if self._event_id is None or self._article_id is None:
            return
        self._pending.clear()
        event_store.delete_event(self._db, self._event_id)
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=None)

    def flush(self) -> bool:
        """Write pending edits now. Returns False if the core refused them."""
        self._save_timer.stop()
        if self._event_id is None or not self._pending:
            return True
        changes, self._pending = self._pending, {}
        try:
            event_store.update_event(self._db, self._event_id, changes)
        except ValidationError as exc:
            self._show_status(str(exc), error=True)
            return False
        except ReviewerError as exc:
            self._show_status(str(exc), error=True)
            return False
        self._show_status("Saved")
        self._refresh_list_label(self._event_id)
        self.event_saved.emit(self._event_id)
        return True

    # -- internals ---------------------------------------------------------------

    def _edit(self, field: str, value: Any) -> None:
        if self._event_id is None:
            return
        self._pending[field] = value
        self._show_status("Editing…")
        self._save_timer.start()

    def _on_type_changed(self, text: str) -> None:
        self._fill_subtypes(text)
        self._edit("event_type", text or None)
        self._edit("sub_event_type", None)

    def _on_date_changed(self, value: QDate) -> None:
        self._edit("event_date", None if value == NO_DATE else value.toString("yyyy-MM-dd"))

    def _fill_subtypes(self, event_type: str) -> None:
        with QSignalBlocker(self.sub_event_type):
            self.sub_event_type.clear()
            self.sub_event_type.addItem("")
            self.sub_event_type.addItems(event_types().subtypes.get(event_type, ()))

    def _reload_event_list(self, select: int | None) -> None:
        events = (
            event_store.events_for_article(self._db, self._article_id) if self._article_id else []
        )
        with QSignalBlocker(self.event_list):
            self.event_list.clear()
            for event in events:
                item = QListWidgetItem(_event_label(event))
                item.setData(EVENT_ID_ROLE, event["id"])
                self.event_list.addItem(item)
        chosen = select if select is not None else (events[0]["id"] if events else None)
        for row in range(self.event_list.count()):
            if self.event_list.item(row).data(EVENT_ID_ROLE) == chosen:
                self.event_list.setCurrentRow(row)
                return
        self._load_event(None)

    def _on_event_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.flush()
        self._load_event(item.data(EVENT_ID_ROLE) if item else None)

    def _load_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self._pending.clear()
        event = event_store.get_event(self._db, event_id) if event_id else {}
        widgets = (
            self.event_type, self.sub_event_type, self.event_date, self.location,
            self.actor1, self.actor2, self.fatalities, self.notes,
        )  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.event_type.setCurrentText(event.get("event_type") or "")
        self._fill_subtypes(event.get("event_type") or "")
        self.sub_event_type.setCurrentText(event.get("sub_event_type") or "")
        date = QDate.fromString(event.get("event_date") or "", "yyyy-MM-dd")
        self.event_date.setDate(date if date.isValid() else NO_DATE)
        for name in TEXT_FIELDS:
            getattr(self, name).setText(event.get(name) or "")
        fatalities = event.get("fatalities")
        self.fatalities.setValue(-1 if fatalities is None else fatalities)
        self.notes.setPlainText(event.get("notes") or "")
        for blocker in blockers:
            blocker.unblock()
        self._set_editing_enabled(event_id is not None)
        self.status.clear()

    def _set_editing_enabled(self, enabled: bool) -> None:
        self.fields_box.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)

    def _refresh_list_label(self, event_id: int) -> None:
        for row in range(self.event_list.count()):
            item = self.event_list.item(row)
            if item.data(EVENT_ID_ROLE) == event_id:
                item.setText(_event_label(event_store.get_event(self._db, event_id)))

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")


def _event_label(event: dict[str, Any]) -> str:
    parts = [
        event["event_id_cnty"],
        event.get("sub_event_type") or event.get("event_type") or "untyped",
        event.get("event_date") or "no date",
    ]
    if event.get("location"):
        parts.append(event["location"])
    return " · ".join(parts)
