""" "Link this article to an existing event": pick from events of nearby dates and places.

The candidates come from the core (``events.link_candidates``), best first; the
window pushes the link as an undoable command when the analyst accepts.
"""

from __future__ import annotations

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.labels import vocab_label
from reviewer.storage.events import LinkCandidate, link_candidates
from reviewer.ui.language import current_language, isolate, translate
from reviewer.ui.name_display import shipped_names

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole


def candidate_label(candidate: LinkCandidate) -> str:
    event = candidate.event
    language = current_language()
    what = (
        vocab_label("sub_event_type", event.get("sub_event_type"), language)
        or vocab_label("event_type", event.get("event_type"), language)
        or translate("LinkEventDialog", "untyped")
    )
    where = shipped_names().place(event.get("location"), language, arabic=event.get("location_ar"))
    where = where or event.get("location_ar") or translate("LinkEventDialog", "no place")
    reasons = []
    if candidate.place_named:
        reasons.append(translate("LinkEventDialog", "place named in this article"))
    if candidate.days_apart is not None:
        reasons.append(
            translate("LinkEventDialog", "{days} days apart").format(days=candidate.days_apart)
        )
    separator = "، " if language == "ar" else ", "
    why = f"  [{separator.join(reasons)}]" if reasons else ""
    date = isolate(event.get("event_date") or "") or translate("LinkEventDialog", "no date")
    return f"{isolate(event['event_id_cnty'])} · {what} · {date} · {where}{why}"


class LinkEventDialog(QDialog):
    def __init__(
        self,
        db: sqlite_utils.Database,
        article_id: int,
        parent: QWidget | None = None,
        *,
        hidden: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link this article to an existing event"))
        self.setObjectName("linkEventDialog")
        # ``hidden``: events the analyst may not see yet (blind double coding)
        self.candidates = [
            c for c in link_candidates(db, article_id) if c.event["id"] not in hidden
        ]
        self.list = QListWidget(objectName="linkCandidates")
        for candidate in self.candidates:
            item = QListWidgetItem(candidate_label(candidate))
            item.setData(EVENT_ID_ROLE, candidate.event["id"])
            self.list.addItem(item)
        if self.candidates:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = self.tr("Events of nearby dates and places this article does not report yet:")
        none = self.tr("No nearby events to link.")
        layout.addWidget(QLabel(intro if self.candidates else none))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def chosen_event_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(EVENT_ID_ROLE) if item is not None else None
