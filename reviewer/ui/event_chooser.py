"""The top of the event form: which of the article's events is shown, and the buttons
that create, link or delete one.

It only lists and selects; the form does the writing (each one an undoable command)
and connects the buttons to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.labels import vocab_label
from reviewer.ui.language import current_language, isolate, translate
from reviewer.ui.name_display import shipped_names

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole


class EventChooser(QWidget):
    """The article's events in a list, with New / Link / Delete buttons under it."""

    def __init__(self) -> None:
        super().__init__(objectName="eventChooser")
        self.event_list = QListWidget(objectName="eventList")
        self.event_list.setWordWrap(True)
        self.event_list.setMaximumHeight(110)
        self.new_button = QPushButton(self.tr("&New event"), objectName="newEventButton")
        self.delete_button = QPushButton(self.tr("Delete event"), objectName="deleteEventButton")
        # Outside the fields box: linking is possible before this article has any event.
        self.link_button = QPushButton(self.tr("&Link to event…"), objectName="linkEventButton")
        self.link_button.setToolTip(
            self.tr("This article also reports an event already coded from another article")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Events reported by this article")))
        layout.addWidget(self.event_list)
        layout.addLayout(buttons)

    def show_events(self, events: list[dict[str, Any]], select: int | None) -> int | None:
        """List ``events`` and select ``select`` (None: the first), without emitting.

        Returns the id now selected, or None when it is not in the list.
        """
        with QSignalBlocker(self.event_list):
            self.event_list.clear()
            for event in events:
                item = QListWidgetItem(event_label(event))
                item.setData(EVENT_ID_ROLE, event["id"])
                self.event_list.addItem(item)
        chosen = select if select is not None else (events[0]["id"] if events else None)
        for row in range(self.event_list.count()):
            if self.event_list.item(row).data(EVENT_ID_ROLE) == chosen:
                with QSignalBlocker(self.event_list):
                    self.event_list.setCurrentRow(row)
                return chosen
        return None

    def confirm_delete(self, parent: QWidget) -> bool:
        """Ask (over ``parent``) before deleting the shown event: Edit > Undo brings it back."""
        answer = QMessageBox.question(
            parent,
            self.tr("Delete event"),
            self.tr(
                "Delete this event, its evidence, claims and links to articles?"
                " Edit > Undo brings it back."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def rows_of(self, event_id: int) -> list[QListWidgetItem]:
        """The list items showing ``event_id`` (one, or none if it is not listed)."""
        items = (self.event_list.item(row) for row in range(self.event_list.count()))
        return [item for item in items if item.data(EVENT_ID_ROLE) == event_id]


def event_id_of(item: QListWidgetItem | None) -> int | None:
    return item.data(EVENT_ID_ROLE) if item else None


def event_label(event: dict[str, Any]) -> str:
    """One line naming an event: its id, type, date and place."""
    language = current_language()
    kind = (
        vocab_label("sub_event_type", event.get("sub_event_type"), language)
        or vocab_label("event_type", event.get("event_type"), language)
        or translate("EventChooser", "untyped")
    )
    parts = [
        isolate(event["event_id_cnty"]),
        kind,
        isolate(event.get("event_date") or "") or translate("EventChooser", "no date"),
    ]
    place = shipped_names().place(event.get("location"), language, arabic=event.get("location_ar"))
    if place:
        parts.append(place)
    return " · ".join(parts)
