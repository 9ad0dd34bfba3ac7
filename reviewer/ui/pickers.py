"""Location and actor pickers: a completer over the core's normalised matching.

What is typed is only a search: the popup offers the core's ranked candidates for
it, in Arabic or English, and a last row to add the typed name to the project's
list. Only a chosen entry is a value: choosing one emits ``picked`` with the
Place/Actor, and the form fills the fields it implies. Leaving the field with typed
text that names no entry exactly emits ``left_unresolved``: the form says so and
saves nothing (the typed text stays on screen, so nothing typed is lost).
The completer is attached with ``setWidget`` (not ``QLineEdit.setCompleter``) so
Qt does not filter our ranked list by prefix or write the label into the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from reviewer.actors import ActorList
from reviewer.codes import countries, inter_codes
from reviewer.errors import ValidationError
from reviewer.gazetteer import Gazetteer
from reviewer.labels import actor_label, place_label
from reviewer.name_index import fold
from reviewer.textdir import is_right_to_left
from reviewer.ui.core_messages import translate_message
from reviewer.ui.event_fields import combo_value, fill_vocab
from reviewer.ui.language import current_language, translate

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ADD_NEW = "add-new"
MAX_CANDIDATES = 8


class Picker(QObject):
    """Completion over ``search(query) -> [Match]`` for one line edit."""

    picked = Signal(object)  # the chosen Place / Actor
    add_requested = Signal(str)  # the typed text, to add as a new entry
    left_unresolved = Signal(str)  # left the field with typed text that is no entry

    def __init__(
        self,
        line_edit: QLineEdit,
        search: Callable[[str], list[Any]],
        *,
        value_of: Callable[[Any], str],
        add_text: str,
        multi: bool = False,
        label_of: Callable[[Any], str] | None = None,
        shown_of: Callable[[Any], str] | None = None,
        names_of: Callable[[Any], tuple[str | None, ...]] | None = None,
    ) -> None:
        super().__init__(line_edit)
        self.line_edit = line_edit
        self._search = search
        self._value_of = value_of
        self._add_text = add_text
        self._multi = multi
        self._label_of = label_of or (lambda item: item.label())
        # What the field shows once an entry is chosen (its name in the interface
        # language), and every name that, typed whole, chooses it.
        self._shown_of = shown_of or value_of
        self._names_of = names_of or (lambda item: (value_of(item),))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_CANDIDATES + 1)
        self.completer.setWidget(line_edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        line_edit.textEdited.connect(self.update_candidates)
        line_edit.editingFinished.connect(self._on_left)
        line_edit.installEventFilter(self)  # leaving with the popup open: no editingFinished

    def set_search(self, search: Callable[[str], list[Any]]) -> None:
        self._search = search

    def query(self) -> str:
        text = self.line_edit.text()
        return text.rsplit(";", 1)[-1].strip() if self._multi else text.strip()

    def candidates(self) -> list[str]:
        """The popup's rows as shown (for tests and screenshots)."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def update_candidates(self, _text: str = "") -> None:
        query = self.query()
        self.model.clear()
        if not query:
            self.completer.popup().hide()
            return
        for match in self._search(query)[:MAX_CANDIDATES]:
            item = QStandardItem(self._label_of(match.item))
            item.setData(match.item, ITEM_ROLE)
            self.model.appendRow(item)
        add = QStandardItem(self._add_text.format(query=query))
        add.setData(ADD_NEW, ITEM_ROLE)
        self.model.appendRow(add)
        self.completer.complete(self._popup_rect())

    def _popup_rect(self) -> QRect:
        """Under the field, wide enough for the longest row ("Hama — حماة (town, Hama)"),
        its right edge on the field's (the pickers sit at the window's right side)."""
        popup = self.completer.popup()
        scrollbar = popup.verticalScrollBar().sizeHint().width()
        width = max(popup.sizeHintForColumn(0) + scrollbar + 12, self.line_edit.width())
        return QRect(self.line_edit.width() - width, 0, width, self.line_edit.height())

    def unresolved(self) -> bool:
        """Typed text that no pick has replaced yet (a search, not a value)."""
        return self.line_edit.isModified() and bool(self.query())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.completer.popup().hide()
            self._on_left()
        return False

    def _on_left(self) -> None:
        if not self.unresolved():
            return
        query = fold(self.query())
        exact = [
            match.item
            for match in self._search(self.query())[:MAX_CANDIDATES]
            if any(name and fold(name) == query for name in self._names_of(match.item))
        ]
        if len(exact) == 1:  # the whole name typed: that is a choice
            self._handle(exact[0])
        else:
            self.left_unresolved.emit(query)

    def choose(self, row: int) -> None:
        """Pick row ``row`` of the popup, as Enter or a click on it does."""
        self._handle(self.model.item(row).data(ITEM_ROLE))

    def _on_activated(self, index: QModelIndex) -> None:
        self._handle(index.data(ITEM_ROLE))

    def _handle(self, item: Any) -> None:
        self.completer.popup().hide()
        if item == ADD_NEW:
            self.add_requested.emit(self.query())
            return
        self.put(item)
        self.picked.emit(item)

    def put(self, item: Any) -> None:
        """Write the chosen entry's name into the line edit (replacing the last ';' part).

        The name is the one shown in the interface language; the stored value is
        the entry's canonical one, which ``picked`` carries.
        """
        value = self._shown_of(item)
        if self._multi and ";" in self.line_edit.text():
            head = self.line_edit.text().rsplit(";", 1)[0]
            value = f"{head}; {value}"
        self.line_edit.setText(value)


def place_picker(line_edit: QLineEdit, gazetteer: Gazetteer) -> Picker:
    return Picker(
        line_edit,
        lambda q: gazetteer.search(q, limit=MAX_CANDIDATES),
        value_of=lambda place: place.name_en,
        add_text=translate("Picker", "+ Add “{query}” as a new place…"),
        label_of=lambda place: place_label(place, current_language()),
        shown_of=_shown_place,
        names_of=lambda place: (place.name_en, place.name_ar),
    )


def _shown_place(place: Any) -> str:
    """A chosen place's name as the form shows it (as ``ShownNames.place`` does)."""
    if current_language() == "ar" and place.name_ar:
        return place.name_ar
    return place.name_en


def _shown_actor(actor: Any) -> str:
    """A chosen actor's name as the form shows it (as ``ShownNames.actor`` does)."""
    if current_language() == "ar" and actor.aliases_ar:
        return actor.aliases_ar[0]
    return actor.name


def actor_picker(line_edit: QLineEdit, actors: ActorList, *, multi: bool = False) -> Picker:
    return Picker(
        line_edit,
        lambda q: actors.search(q, limit=MAX_CANDIDATES),
        value_of=lambda actor: actor.name,
        add_text=translate("Picker", "+ Add “{query}” as a new actor…"),
        multi=multi,
        label_of=lambda actor: actor_label(actor, current_language()),
        shown_of=_shown_actor,
        names_of=lambda actor: (actor.name, *actor.aliases_ar),
    )


class _AddDialog(QDialog):
    """A small form whose accept() runs ``save`` and shows its ValidationError, if any."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(objectName="addError", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def save(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.save()
        except ValidationError as exc:
            self.error.setText(translate_message(exc.message))
            return
        super().accept()


def _split_name(text: str) -> tuple[str, str]:
    """(english, arabic) guess from what was typed in a picker."""
    return ("", text) if is_right_to_left(text) else (text, "")


class AddPlaceDialog(_AddDialog):
    """Add a place the gazetteer lacks; ``save`` is the core call storing it."""

    def __init__(self, typed: str, save: Callable[..., Any], parent: QWidget | None = None):
        super().__init__(self.tr("Add a place"), parent)
        self._save = save
        english, arabic = _split_name(typed)
        self.name_en = QLineEdit(english, objectName="placeNameEn")
        self.name_ar = QLineEdit(arabic, objectName="placeNameAr")
        self.admin1 = QComboBox(objectName="placeAdmin1", editable=True)
        self.admin1.addItems(sorted({p.admin1 for p in Gazetteer.shipped().places if p.admin1}))
        self.admin2 = QLineEdit(objectName="placeAdmin2")
        box = countries().default
        self.latitude = _coordinate(box.min_lat - 0.01, box.max_lat, "placeLatitude")
        self.longitude = _coordinate(box.min_lon - 0.01, box.max_lon, "placeLongitude")
        self.form.addRow(self.tr("English name (ACLED location)"), self.name_en)
        self.form.addRow(self.tr("Arabic name"), self.name_ar)
        self.form.addRow(self.tr("Governorate (admin1)"), self.admin1)
        self.form.addRow(self.tr("District (admin2)"), self.admin2)
        self.form.addRow(self.tr("Latitude"), self.latitude)
        self.form.addRow(self.tr("Longitude"), self.longitude)
        self.finish_layout()

    def save(self) -> Any:
        unset = lambda spin: None if spin.value() == spin.minimum() else spin.value()  # noqa: E731
        return self._save(
            self.name_en.text(),
            name_ar=self.name_ar.text() or None,
            admin1=self.admin1.currentText() or None,
            admin2=self.admin2.text() or None,
            latitude=unset(self.latitude),
            longitude=unset(self.longitude),
        )


def _coordinate(minimum: float, maximum: float, name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(objectName=name, decimals=4, minimum=minimum, maximum=maximum)
    spin.setSpecialValueText(translate("AddPlaceDialog", "not known"))
    spin.setValue(minimum)
    return spin


class AddActorDialog(_AddDialog):
    """Add an actor the list lacks, with its inter label and what was typed as an alias."""

    def __init__(self, typed: str, save: Callable[..., Any], parent: QWidget | None = None):
        super().__init__(self.tr("Add an actor"), parent)
        self._save = save
        english, arabic = _split_name(typed)
        self.name = QLineEdit(english, objectName="actorName")
        self.alias_ar = QLineEdit(arabic, objectName="actorAliasAr")
        self.inter = QComboBox(objectName="actorInter")
        fill_vocab(self.inter, "inter", inter_codes().labels)
        self.form.addRow(self.tr("ACLED name"), self.name)
        self.form.addRow(self.tr("Arabic name"), self.alias_ar)
        self.form.addRow(self.tr("Inter"), self.inter)
        self.finish_layout()

    def save(self) -> Any:
        return self._save(
            self.name.text(),
            combo_value(self.inter),
            aliases_ar=[self.alias_ar.text()],
        )
