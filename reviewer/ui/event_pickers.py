"""The event form's place and actor pickers, and adding a name their lists lack.

Picking a place implies the location fields (from the gazetteer) and the country;
picking an actor implies its inter code. Each pick is announced as the whole set of
changes it implies (``picked``), so the form writes it as one undoable command. An
analyst may add a place or actor to the project's lists from the picker's last row.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from reviewer.codes import countries
from reviewer.shown_names import ADMIN_FIELDS, ShownNames
from reviewer.storage import custom_vocab
from reviewer.ui.language import current_language
from reviewer.ui.pickers import AddActorDialog, AddPlaceDialog, Picker, actor_picker, place_picker


class EventPickers(QObject):
    """Pickers on the location, actor and associated-actor line edits of one form."""

    picked = Signal(object)  # {field: value} a pick implies, to write and then show
    edited = Signal(object)  # {field: value} to write now (an associated actor added)
    unresolved = Signal(str, str)  # field, typed text left there that names no entry

    def __init__(
        self, db: sqlite_utils.Database, user: str | None, widgets: dict[str, Any], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._dialog_parent = parent
        self.widgets = widgets
        self.gazetteer = custom_vocab.project_gazetteer(db)
        self.actors = custom_vocab.project_actors(db)
        self.names = ShownNames(self.gazetteer.places, self.actors.actors)
        self.add_dialog: AddPlaceDialog | AddActorDialog | None = None
        self.location: Picker = place_picker(widgets["location"], self.gazetteer)
        self.actor1 = actor_picker(widgets["actor1"], self.actors)
        self.actor2 = actor_picker(widgets["actor2"], self.actors)
        self.assoc = [
            actor_picker(widgets["assoc_actor_1"], self.actors, multi=True),
            actor_picker(widgets["assoc_actor_2"], self.actors, multi=True),
        ]

    def connect_picks(self) -> None:
        """Announce picks (called once the form's own widget signals are connected)."""
        for field, picker in self.by_field().items():
            picker.left_unresolved.connect(lambda typed, f=field: self.unresolved.emit(f, typed))
        self.location.picked.connect(self.place_picked)
        self.location.add_requested.connect(self.add_place)
        for picker, actor_field, inter_field in (
            (self.actor1, "actor1", "inter1"),
            (self.actor2, "actor2", "inter2"),
        ):
            picker.picked.connect(
                lambda actor, a=actor_field, i=inter_field: self.picked.emit(
                    {a: actor.name, i: actor.inter}
                )
            )
            picker.add_requested.connect(lambda typed, p=picker: self.add_actor(typed, p))
        for picker, field in zip(self.assoc, ("assoc_actor_1", "assoc_actor_2"), strict=True):
            edit: QLineEdit = self.widgets[field]
            picker.picked.connect(  # the field shows names; the stored ones are ACLED's
                lambda _actor, field=field, edit=edit: self.edited.emit(
                    {field: self.names.stored_actor_list(edit.text())}
                )
            )
            picker.add_requested.connect(lambda typed, p=picker: self.add_actor(typed, p))

    def by_field(self) -> dict[str, Picker]:
        return {
            "location": self.location,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "assoc_actor_1": self.assoc[0],
            "assoc_actor_2": self.assoc[1],
        }

    def shown(self, field: str, event: dict[str, Any]) -> str:
        """A stored place or actor field of ``event`` as the form shows it."""
        return self.names.field(field, event, current_language())

    def stored_text(self, field: str, typed: str) -> str:
        """What to store for text typed into ``field``: an Arabic admin name is stored
        by its English one, as a pick stores it."""
        return self.names.stored_admin(typed) if field in ADMIN_FIELDS else typed

    def place_picked(self, place, *, put: bool = False) -> None:
        if place is None:
            return
        if put:
            self.location.put(place)
        fields = place.event_fields()
        default = countries().default
        fields.update({"iso": default.iso, "country": default.name})
        self.picked.emit(fields)

    def refresh_lists(self) -> None:
        """Read the project's places and actors again (a custom one was just added)."""
        self.gazetteer = custom_vocab.project_gazetteer(self._db)
        self.location.set_search(lambda q: self.gazetteer.search(q))
        self.actors = custom_vocab.project_actors(self._db)
        for p in (self.actor1, self.actor2, *self.assoc):
            p.set_search(lambda q: self.actors.search(q))

    def add_place(self, typed: str) -> None:
        def save(name_en: str, **fields: Any):
            place_id = custom_vocab.add_custom_place(self._db, name_en, user=self._user, **fields)
            self.gazetteer = custom_vocab.project_gazetteer(self._db)
            self.names = ShownNames(self.gazetteer.places, self.actors.actors)
            self.location.set_search(lambda q: self.gazetteer.search(q))
            return self.gazetteer.get(f"custom:{place_id}")

        self.add_dialog = AddPlaceDialog(typed, save, self._dialog_parent)
        self.add_dialog.accepted.connect(
            lambda: self.place_picked(self.add_dialog.result_value, put=True)
        )
        self.add_dialog.open()

    def add_actor(self, typed: str, picker: Picker) -> None:
        def save(name: str, inter: str | None, **fields: Any):
            custom_vocab.add_custom_actor(self._db, name, inter, user=self._user, **fields)
            self.actors = custom_vocab.project_actors(self._db)
            self.names = ShownNames(self.gazetteer.places, self.actors.actors)
            for p in (self.actor1, self.actor2, *self.assoc):
                p.set_search(lambda q: self.actors.search(q))
            return self.actors.by_name(name)

        self.add_dialog = AddActorDialog(typed, save, self._dialog_parent)

        def picked() -> None:
            actor = self.add_dialog.result_value
            picker.put(actor)
            picker.picked.emit(actor)

        self.add_dialog.accepted.connect(picked)
        self.add_dialog.open()
