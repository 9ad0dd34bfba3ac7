"""The grouped field widgets of the event form, each with its error line, as edits.

It lays out ``GROUPS`` (one numbered box per group, a message under each field
shown only when the core refused its value) and turns what the analyst does in a
widget into the changes it means for the stored event: ``edited(changes, typing)``.
Typing is flagged so the form can wait for a pause before writing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.codes import countries
from reviewer.ui.event_fields import (
    CODE_FIELDS,
    COORDINATE_FIELDS,
    COUNT_FIELDS,
    FIELD_LABELS,
    GROUPS,
    INTER_FIELDS,
    NO_DATE,
    PICKED_FIELDS,
    TEXT_FIELDS,
    combo_value,
    fill_subtypes,
    group_title,
)


class FieldBox(QWidget):
    """All field groups; ``fill_last_group`` adds the rows of the last (field-less) one."""

    edited = Signal(object, bool)  # {field: value} and whether it is typing in progress
    editing_finished = Signal()  # the analyst left a text field: write what is pending
    field_focused = Signal(str)  # the field the analyst is now working in

    def __init__(
        self, widgets: dict[str, Any], fill_last_group: Callable[[QFormLayout], None]
    ) -> None:
        super().__init__(objectName="eventFields")
        self.widgets = widgets
        self.current_field: str | None = None
        # Typed text -> the value stored (the form maps an Arabic admin name to ACLED's).
        self.stored_text: Callable[[str, str], str] = lambda _field, text: text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups: list[QGroupBox] = []
        self.errors: dict[str, QLabel] = {}
        for number, (title, fields) in enumerate(GROUPS, start=1):
            box = QGroupBox(f"{number}  {group_title(title)}", objectName=f"group{number}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field, _label in fields:
                form.addRow(FIELD_LABELS[field], self._with_error(field))
            if not fields:
                fill_last_group(form)
            self.groups.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        self._connect()

    def in_scroll_area(self) -> QScrollArea:
        """This box in a frameless scroll area that scrolls only vertically.

        Also elides long combo box labels; call it once, right after building the box.
        """
        scroll = QScrollArea(objectName="fieldsScroll", widgetResizable=True)
        scroll.setWidget(self)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # After setWidget, as before the split: the layout it runs caches the combos' size
        # hints, and the form's look (group widths and heights) depends on that order.
        for combo in self.findChildren(QComboBox):
            # Long codebook labels must not widen the pane: show them elided.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setMinimumWidth(80)  # the size hint was cached before the policy changed
        return scroll

    def _with_error(self, field: str) -> QWidget:
        """The field's widget with its (hidden until needed) error message below it."""
        box = QWidget(objectName=f"{field}Row")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.widgets[field])
        error = QLabel(objectName=f"{field}Error", wordWrap=True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        layout.addWidget(error)
        self.errors[field] = error
        return box

    # -- the field being worked in ----------------------------------------------------

    def track_focus(self) -> None:
        """Follow keyboard focus into the fields (``field_focused`` on each change)."""
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def set_current_field(self, field: str) -> None:
        if field != self.current_field:
            self.current_field = field
            self.field_focused.emit(field)

    def field_of(self, widget: QWidget | None) -> str | None:
        """The form field ``widget`` belongs to (a combo box's line edit counts)."""
        while widget is not None and widget is not self:
            for field, candidate in self.widgets.items():
                if candidate is widget:
                    return field
            widget = widget.parentWidget()
        return None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = self.field_of(new)
        if field is not None:
            self.set_current_field(field)

    # -- errors ------------------------------------------------------------------------

    def show_error(self, field: str, message: str) -> QLabel:
        """Show ``message`` under ``field`` and mark the widget; returns the message label."""
        label = self.errors[field]
        label.setText(message)
        label.show()
        self.widgets[field].setProperty("invalid", True)
        self.widgets[field].setStyleSheet("border: 1px solid #b00020;")
        return label

    def show_unresolved(self, field: str, typed: str) -> None:
        """Typed text left in a picker that names no entry: say so; nothing was saved."""
        self.show_error(
            field,
            # English first: the label takes its direction from its first letters.
            self.tr(
                "Not saved: “{typed}” is not in the list. Pick an entry, "
                "or choose “+ Add …” in the list to add it."
            ).format(typed=typed),
        )

    def clear_errors(self) -> None:
        for field in self.errors:
            self.clear_error(field)

    def clear_error(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()
            self.widgets[field].setStyleSheet("")

    def error_text(self, field: str) -> str:
        """The validation message shown under ``field`` ('' when none)."""
        label = self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- widget signals -> changes ------------------------------------------------------

    def _edit(self, changes: dict[str, Any], *, typing: bool = False) -> None:
        self.edited.emit(changes, typing)

    def _connect(self) -> None:
        w = self.widgets
        w["event_type"].currentIndexChanged.connect(
            lambda _i: self._on_type_changed(combo_value(w["event_type"]) or "")
        )
        w["sub_event_type"].currentIndexChanged.connect(
            lambda _i: self._edit({"sub_event_type": combo_value(w["sub_event_type"])})
        )
        w["event_date"].dateChanged.connect(
            lambda value: self._edit(
                {"event_date": None if value == NO_DATE else value.toString("yyyy-MM-dd")},
                typing=True,
            )
        )
        w["event_date"].editingFinished.connect(self.editing_finished)
        w["event_date"].invalid.connect(lambda message: self.show_error("event_date", message))
        for field in CODE_FIELDS:
            combo: QComboBox = w[field]
            combo.currentIndexChanged.connect(
                lambda _i, field=field, combo=combo: self._edit({field: combo.currentData()})
            )
        for field in TEXT_FIELDS:
            if field in PICKED_FIELDS:  # typing there is a search; only a pick is a value
                w[field].textEdited.connect(
                    lambda text, field=field: text.strip() or self._edit({field: None}, typing=True)
                )
            else:
                w[field].textEdited.connect(
                    lambda text, field=field: self._edit(
                        {field: self.stored_text(field, text.strip()) or None}, typing=True
                    )
                )
            w[field].editingFinished.connect(self.editing_finished)
        for field in COORDINATE_FIELDS:
            w[field].textEdited.connect(lambda text, field=field: self._on_coordinate(field, text))
            w[field].editingFinished.connect(self.editing_finished)
        for field in INTER_FIELDS:
            w[field].currentIndexChanged.connect(
                lambda _i, field=field: self._edit({field: combo_value(w[field])})
            )
        w["civilian_targeting"].toggled.connect(
            lambda on: self._edit({"civilian_targeting": int(on)})
        )
        w["country"].currentIndexChanged.connect(self._on_country_changed)
        for field in COUNT_FIELDS:
            w[field].valueChanged.connect(
                lambda value, field=field: self._edit(
                    {field: None if value < 0 else value}, typing=True
                )
            )
        w["notes"].textChanged.connect(
            lambda: self._edit({"notes": w["notes"].toPlainText().strip() or None}, typing=True)
        )

    def _on_type_changed(self, text: str) -> None:
        fill_subtypes(self.widgets["sub_event_type"], text)
        self._edit({"event_type": text or None, "sub_event_type": None})

    def _on_country_changed(self, _index: int) -> None:
        iso = self.widgets["country"].currentData()
        name = countries().by_iso[iso].name if iso is not None else None
        self._edit({"iso": iso, "country": name})

    def _on_coordinate(self, field: str, text: str) -> None:
        text = text.strip().replace(",", ".")
        if not text:
            self._edit({field: None}, typing=True)
            return
        try:
            self._edit({field: round(float(text), 6)}, typing=True)
        except ValueError:
            return  # half-typed ('-'): wait for more
