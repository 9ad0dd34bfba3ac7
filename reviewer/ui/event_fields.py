"""The event form's fields: which there are, in what groups, and the widget for each.

The table (``GROUPS``) is the one place that says which ACLED fields the form shows
and under what label; the factories build one widget per field, and ``load_values``
shows an event's stored values in them. Wiring widget signals to edits is
``reviewer.ui.event_field_box``'s job; writing them is the form's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QDoubleValidator, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from reviewer.codes import countries, inter_codes, precision_codes
from reviewer.labels import vocab_items, vocab_label
from reviewer.shown_names import NAME_FIELDS
from reviewer.storage import events as event_store
from reviewer.storage import evidence as evidence_store
from reviewer.ui.date_field import NO_DATE, DateField
from reviewer.ui.language import current_language, isolate, translate
from reviewer.vocab import event_types

# Field groups in form order: (title, [(field, label)]). Alt+1.. focus a group.
GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("EventFields", "What and when"), (
        ("event_type", QT_TRANSLATE_NOOP("EventFields", "Event type")),
        ("sub_event_type", QT_TRANSLATE_NOOP("EventFields", "Sub-event type")),
        ("disorder_type", QT_TRANSLATE_NOOP("EventFields", "Disorder type")),
        ("event_date", QT_TRANSLATE_NOOP("EventFields", "Date")),
        ("time_precision", QT_TRANSLATE_NOOP("EventFields", "Time precision")),
    )),
    (QT_TRANSLATE_NOOP("EventFields", "Who"), (
        ("actor1", QT_TRANSLATE_NOOP("EventFields", "Actor 1")),
        ("assoc_actor_1", QT_TRANSLATE_NOOP("EventFields", "Assoc. actor 1")),
        ("inter1", QT_TRANSLATE_NOOP("EventFields", "Inter 1")),
        ("actor2", QT_TRANSLATE_NOOP("EventFields", "Actor 2")),
        ("assoc_actor_2", QT_TRANSLATE_NOOP("EventFields", "Assoc. actor 2")),
        ("inter2", QT_TRANSLATE_NOOP("EventFields", "Inter 2")),
        ("interaction", QT_TRANSLATE_NOOP("EventFields", "Interaction")),
        ("civilian_targeting", QT_TRANSLATE_NOOP("EventFields", "Civilian targeting")),
    )),
    (QT_TRANSLATE_NOOP("EventFields", "Where"), (
        ("location", QT_TRANSLATE_NOOP("EventFields", "Location")),
        ("location_ar", QT_TRANSLATE_NOOP("EventFields", "Location (Arabic)")),
        ("country", QT_TRANSLATE_NOOP("EventFields", "Country")),
        ("admin1", QT_TRANSLATE_NOOP("EventFields", "Admin 1")),
        ("admin2", QT_TRANSLATE_NOOP("EventFields", "Admin 2")),
        ("admin3", QT_TRANSLATE_NOOP("EventFields", "Admin 3")),
        ("latitude", QT_TRANSLATE_NOOP("EventFields", "Latitude")),
        ("longitude", QT_TRANSLATE_NOOP("EventFields", "Longitude")),
        ("geo_precision", QT_TRANSLATE_NOOP("EventFields", "Geo precision")),
    )),
    (QT_TRANSLATE_NOOP("EventFields", "Fatalities"), (
        ("fatalities_low", QT_TRANSLATE_NOOP("EventFields", "Low")),
        ("fatalities", QT_TRANSLATE_NOOP("EventFields", "Best (ACLED figure)")),
        ("fatalities_high", QT_TRANSLATE_NOOP("EventFields", "High")),
    )),
    (QT_TRANSLATE_NOOP("EventFields", "Notes and tags"), (
        ("notes", QT_TRANSLATE_NOOP("EventFields", "Notes")),
        ("tags", QT_TRANSLATE_NOOP("EventFields", "Tags")),
    )),
    (QT_TRANSLATE_NOOP("EventFields", "Reports and evidence"), ()),
)  # fmt: skip


class _TranslatedLabels(Mapping[str, str]):
    """Field -> label in the interface language, looked up when read (after install)."""

    def __init__(self, english: dict[str, str]) -> None:
        self._english = english

    def __getitem__(self, field: str) -> str:
        return translate("EventFields", self._english[field])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


FIELD_LABELS: Mapping[str, str] = _TranslatedLabels(
    {field: label for _, fields in GROUPS for field, label in fields}
)


def group_title(title: str) -> str:
    """A group title of ``GROUPS`` in the interface language."""
    return translate("EventFields", title)


DERIVED = ("disorder_type", "interaction")
TEXT_FIELDS = (
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "location_ar",
    "admin1", "admin2", "admin3", "tags",
)  # fmt: skip
# Filled only by choosing an entry of a picker (reviewer.ui.pickers), never by typing.
PICKED_FIELDS = ("location", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
COUNT_FIELDS = ("fatalities_low", "fatalities", "fatalities_high")
CODE_FIELDS = {"time_precision": "time", "geo_precision": "geo"}
COORDINATE_FIELDS = ("latitude", "longitude")
INTER_FIELDS = ("inter1", "inter2")


def make_field_widgets() -> dict[str, QWidget]:
    """One widget per field of ``FIELD_LABELS``, in that order, set to 'no value'."""
    made: dict[str, QWidget] = {}
    made["event_type"] = QComboBox(objectName="eventType")
    fill_vocab(made["event_type"], "event_type", event_types().event_types)
    made["sub_event_type"] = QComboBox(objectName="subEventType")
    made["disorder_type"] = _read_only("disorderType")
    made["event_date"] = DateField(objectName="eventDate")
    made["time_precision"] = _code_combo("timePrecision", "time_precision", precision_codes().time)
    for name in TEXT_FIELDS:
        made[name] = QLineEdit(objectName=_camel(name))
    made["location"].setPlaceholderText(
        translate("EventFields", "town or place, Arabic or English")
    )
    made["actor1"].setPlaceholderText(translate("EventFields", "actor, Arabic or English"))
    made["actor2"].setPlaceholderText(translate("EventFields", "actor, Arabic or English"))
    made["tags"].setPlaceholderText(translate("EventFields", "several joined by ;"))
    for name in INTER_FIELDS:
        combo = QComboBox(objectName=name)
        fill_vocab(combo, "inter", inter_codes().labels)
        made[name] = combo
    made["interaction"] = _read_only("interaction")
    made["civilian_targeting"] = QCheckBox(
        translate("EventFields", "Civilians targeted"), objectName="civilianTargeting"
    )
    country = QComboBox(objectName="country")
    country.addItem("", None)
    for iso, entry in countries().by_iso.items():
        name = vocab_label("country", entry.name, current_language())
        country.addItem(f"{name} ({isolate(str(iso))})", iso)
    made["country"] = country
    for name in COORDINATE_FIELDS:
        edit = QLineEdit(
            objectName=name, placeholderText=translate("EventFields", "decimal degrees")
        )
        edit.setValidator(QDoubleValidator(-180.0, 180.0, 6, edit))
        made[name] = edit
    made["geo_precision"] = _code_combo("geoPrecision", "geo_precision", precision_codes().geo)
    for name in COUNT_FIELDS:
        spin = QSpinBox(objectName=_camel(name), minimum=-1, maximum=1_000_000)
        spin.setSpecialValueText(translate("EventFields", "unknown"))
        spin.setValue(-1)
        made[name] = spin
    # QTextEdit, not QPlainTextEdit: only it aligns Arabic notes to the right.
    notes = QTextEdit(objectName="notes", acceptRichText=False)
    notes.setTabChangesFocus(True)
    notes.setUndoRedoEnabled(False)  # the window's undo stack owns undo
    notes.setMinimumHeight(70)
    made["notes"] = notes
    return {field: made[field] for field in FIELD_LABELS}


def attachable_fields() -> list[tuple[str, str]]:
    """(field, label) of the fields an evidence quote can be attached to, in form order."""
    return [
        (field, FIELD_LABELS[field])
        for field in FIELD_LABELS
        if field in evidence_store.EVIDENCE_FIELDS
    ]


def load_values(
    widgets: dict[str, Any],
    event: dict[str, Any],
    shown: Callable[[str, dict[str, Any]], str] | None = None,
) -> None:
    """Show ``event``'s stored values (``{}``: none) without emitting any edit.

    ``shown(field, event)`` gives the text of a place or actor field in the
    interface language (``EventPickers.shown``); without it the stored name shows.
    """
    blockers = [QSignalBlocker(widget) for widget in widgets.values()]
    set_combo_value(widgets["event_type"], event.get("event_type"))
    fill_subtypes(widgets["sub_event_type"], event.get("event_type") or "")
    set_combo_value(widgets["sub_event_type"], event.get("sub_event_type"))
    date = QDate.fromString(event.get("event_date") or "", "yyyy-MM-dd")
    widgets["event_date"].setDate(date if date.isValid() else NO_DATE)
    for field in CODE_FIELDS:
        combo: QComboBox = widgets[field]
        combo.setCurrentIndex(max(0, combo.findData(event.get(field))))
    for field in TEXT_FIELDS:
        edit: QLineEdit = widgets[field]
        text = shown(field, event) if shown and field in NAME_FIELDS else event.get(field) or ""
        if edit.text() != text:
            edit.setText(text)
    for field in COORDINATE_FIELDS:
        value = event.get(field)
        widgets[field].setText("" if value is None else f"{value:.4f}")
    for field in INTER_FIELDS:
        set_combo_value(widgets[field], event.get(field))
    widgets["civilian_targeting"].setChecked(bool(event.get("civilian_targeting")))
    country = widgets["country"]
    country.setCurrentIndex(max(0, country.findData(event.get("iso"))))
    for field in COUNT_FIELDS:
        value = event.get(field)
        widgets[field].setValue(-1 if value is None else value)
    notes = widgets["notes"]
    if notes.toPlainText() != (event.get("notes") or ""):
        notes.setPlainText(event.get("notes") or "")
    for blocker in blockers:
        blocker.unblock()
    show_derived(widgets)


def show_derived(widgets: dict[str, Any]) -> None:
    """Show what the core derives (disorder type, interaction) from the chosen values."""
    language = current_language()
    disorder = event_store.disorder_type(
        combo_value(widgets["event_type"]), combo_value(widgets["sub_event_type"])
    )
    widgets["disorder_type"].setText(vocab_label("disorder_type", disorder, language))
    interaction = event_store.interaction(
        combo_value(widgets["inter1"]), combo_value(widgets["inter2"])
    )
    widgets["interaction"].setText(vocab_label("interaction", interaction, language))


def fill_subtypes(combo: QComboBox, event_type: str) -> None:
    """Offer the sub-event types of ``event_type`` (none chosen)."""
    with QSignalBlocker(combo):
        combo.clear()
        fill_vocab(combo, "sub_event_type", event_types().subtypes.get(event_type, ()))


def fill_vocab(combo: QComboBox, kind: str, values: Any) -> None:
    """An empty entry, then each stored value shown by its label in the interface language.

    The stored (ACLED English) value is the item's data: read it with ``combo_value``.
    """
    combo.addItem("", None)
    for label, value in vocab_items(kind, values, current_language()):
        combo.addItem(label, value)


def combo_value(combo: QComboBox) -> Any:
    """The stored value chosen in a vocabulary combo box (None for the empty entry)."""
    value = combo.currentData()
    return value if value not in ("", None) else None


def set_combo_value(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)) if value not in ("", None) else 0)


def route_undo_keys(widgets: dict[str, QWidget], parent: QObject) -> None:
    """Send the undo keys from every field (and its inner widgets) to the window."""
    keys = _UndoKeysToWindow(parent)
    for widget in widgets.values():
        for child in (widget, *widget.findChildren(QWidget)):
            child.installEventFilter(keys)


class _UndoKeysToWindow(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z reach the window's undo stack from inside a field.

    A line edit claims the undo keys for its own little history; here every edit is
    already a command on the shared stack, so the keys go to the window instead.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


def _read_only(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name, readOnly=True)
    edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    edit.setStyleSheet("background: palette(window);")
    edit.setPlaceholderText(translate("EventFields", "derived"))
    return edit


def _code_combo(name: str, kind: str, codes: dict[int, str]) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem("", None)
    for code in codes:
        combo.addItem(f"{code} — {vocab_label(kind, code, current_language())}", code)
    return combo


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
