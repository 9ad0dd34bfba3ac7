"""The event form's fields: which there are, in what groups, and the widget for each.

The table (``GROUPS``) is the one place that says which ACLED fields the form shows
and under what label; the factories build one widget per field, and ``load_values``
shows an event's stored values in them. Wiring widget signals to edits is
``reviewer.ui.event_field_box``'s job; writing them is the form's.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt
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
from reviewer.storage import events as event_store
from reviewer.storage import evidence as evidence_store
from reviewer.ui.date_field import NO_DATE, DateField
from reviewer.vocab import event_types

# Field groups in form order: (title, [(field, label)]). Alt+1.. focus a group.
GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("What and when", (
        ("event_type", "Event type"), ("sub_event_type", "Sub-event type"),
        ("disorder_type", "Disorder type"), ("event_date", "Date"),
        ("time_precision", "Time precision"),
    )),
    ("Who", (
        ("actor1", "Actor 1"), ("assoc_actor_1", "Assoc. actor 1"), ("inter1", "Inter 1"),
        ("actor2", "Actor 2"), ("assoc_actor_2", "Assoc. actor 2"), ("inter2", "Inter 2"),
        ("interaction", "Interaction"), ("civilian_targeting", "Civilian targeting"),
    )),
    ("Where", (
        ("location", "Location"), ("location_ar", "Location (Arabic)"), ("country", "Country"),
        ("admin1", "Admin 1"), ("admin2", "Admin 2"), ("admin3", "Admin 3"),
        ("latitude", "Latitude"), ("longitude", "Longitude"),
        ("geo_precision", "Geo precision"),
    )),
    ("Fatalities", (
        ("fatalities_low", "Low"), ("fatalities", "Best (ACLED figure)"),
        ("fatalities_high", "High"),
    )),
    ("Notes and tags", (("notes", "Notes"), ("tags", "Tags"))),
    ("Reports and evidence", ()),
)  # fmt: skip
FIELD_LABELS = {field: label for _, fields in GROUPS for field, label in fields}
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
    made["event_type"].addItem("")
    made["event_type"].addItems(event_types().event_types)
    made["sub_event_type"] = QComboBox(objectName="subEventType")
    made["disorder_type"] = _read_only("disorderType")
    made["event_date"] = DateField(objectName="eventDate")
    made["time_precision"] = _code_combo("timePrecision", precision_codes().time)
    for name in TEXT_FIELDS:
        made[name] = QLineEdit(objectName=_camel(name))
    made["location"].setPlaceholderText("town or place, Arabic or English")
    made["actor1"].setPlaceholderText("actor, Arabic or English")
    made["actor2"].setPlaceholderText("actor, Arabic or English")
    made["tags"].setPlaceholderText("several joined by ;")
    for name in INTER_FIELDS:
        combo = QComboBox(objectName=name)
        combo.addItem("")
        combo.addItems(inter_codes().labels)
        made[name] = combo
    made["interaction"] = _read_only("interaction")
    made["civilian_targeting"] = QCheckBox("Civilians targeted", objectName="civilianTargeting")
    country = QComboBox(objectName="country")
    country.addItem("", None)
    for iso, entry in countries().by_iso.items():
        country.addItem(f"{entry.name} ({iso})", iso)
    made["country"] = country
    for name in COORDINATE_FIELDS:
        edit = QLineEdit(objectName=name, placeholderText="decimal degrees")
        edit.setValidator(QDoubleValidator(-180.0, 180.0, 6, edit))
        made[name] = edit
    made["geo_precision"] = _code_combo("geoPrecision", precision_codes().geo)
    for name in COUNT_FIELDS:
        spin = QSpinBox(objectName=_camel(name), minimum=-1, maximum=1_000_000)
        spin.setSpecialValueText("unknown")
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
        (field, label)
        for field, label in FIELD_LABELS.items()
        if field in evidence_store.EVIDENCE_FIELDS
    ]


def load_values(widgets: dict[str, Any], event: dict[str, Any]) -> None:
    """Show ``event``'s stored values (``{}``: none) without emitting any edit."""
    blockers = [QSignalBlocker(widget) for widget in widgets.values()]
    widgets["event_type"].setCurrentText(event.get("event_type") or "")
    fill_subtypes(widgets["sub_event_type"], event.get("event_type") or "")
    widgets["sub_event_type"].setCurrentText(event.get("sub_event_type") or "")
    date = QDate.fromString(event.get("event_date") or "", "yyyy-MM-dd")
    widgets["event_date"].setDate(date if date.isValid() else NO_DATE)
    for field in CODE_FIELDS:
        combo: QComboBox = widgets[field]
        combo.setCurrentIndex(max(0, combo.findData(event.get(field))))
    for field in TEXT_FIELDS:
        edit: QLineEdit = widgets[field]
        if edit.text() != (event.get(field) or ""):
            edit.setText(event.get(field) or "")
    for field in COORDINATE_FIELDS:
        value = event.get(field)
        widgets[field].setText("" if value is None else f"{value:.4f}")
    for field in INTER_FIELDS:
        widgets[field].setCurrentText(event.get(field) or "")
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
    widgets["disorder_type"].setText(
        event_store.disorder_type(
            widgets["event_type"].currentText(), widgets["sub_event_type"].currentText()
        )
        or ""
    )
    widgets["interaction"].setText(
        event_store.interaction(widgets["inter1"].currentText(), widgets["inter2"].currentText())
        or ""
    )


def fill_subtypes(combo: QComboBox, event_type: str) -> None:
    """Offer the sub-event types of ``event_type`` (none chosen)."""
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem("")
        combo.addItems(event_types().subtypes.get(event_type, ()))


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
    edit.setPlaceholderText("derived")
    return edit


def _code_combo(name: str, codes: dict[int, str]) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.addItem("", None)
    for code, label in codes.items():
        combo.addItem(f"{code} — {label}", code)
    return combo


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)
