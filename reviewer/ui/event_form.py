"""The event form: the events an article reports, and every ACLED field of one of them.

Nothing lives only in the widgets. Each edit is an undoable command written through
the core (``reviewer.ui.undo``): typing is debounced (a word is one write, not one
per keystroke) and ``flush()`` writes whatever is pending at once; the window calls
it before switching article, before undo and before closing. The core validates;
a refused value is shown under its field, in words, and is not stored.

``disorder_type`` and ``interaction`` are derived by the core and shown read-only.
Picking a place fills the location fields from the gazetteer; picking an actor
fills its inter code.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.actors import ActorList
from reviewer.codes import countries, inter_codes, precision_codes
from reviewer.errors import ReviewerError, ValidationError
from reviewer.gazetteer import Gazetteer
from reviewer.storage import custom_vocab
from reviewer.storage import events as event_store
from reviewer.storage import evidence as evidence_store
from reviewer.ui.pickers import AddActorDialog, AddPlaceDialog, Picker, actor_picker, place_picker
from reviewer.ui.undo import (
    CreateEventCommand,
    DeleteEventCommand,
    DetachEvidenceCommand,
    EventWriter,
    FieldEditCommand,
)
from reviewer.vocab import event_types

SAVE_DELAY_MS = 400
NO_DATE = QDate(1900, 1, 1)
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 2

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
COUNT_FIELDS = ("fatalities_low", "fatalities", "fatalities_high")
CODE_FIELDS = {"time_precision": "time", "geo_precision": "geo"}


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
        self._pending: list[tuple[dict[str, Any], bool]] = []
        self._current_field: str | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self.gazetteer = Gazetteer.for_db(db)
        self.actors = ActorList.for_db(db)
        self.add_dialog: AddPlaceDialog | AddActorDialog | None = None
        self._build()
        self._connect()
        self._set_editing_enabled(False)
        self.writer.written.connect(self._on_written_elsewhere)
        self.writer.evidence_changed.connect(self._on_evidence_changed)
        self.writer.reports_changed.connect(self._on_reports_changed)
        self.writer.existence_changed.connect(self._on_existence_changed)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self.event_list = QListWidget(objectName="eventList")
        self.event_list.setWordWrap(True)
        self.event_list.setMaximumHeight(110)
        self.event_list.currentItemChanged.connect(self._on_event_chosen)
        self.new_button = QPushButton("&New event", objectName="newEventButton")
        self.new_button.clicked.connect(self.new_event)
        self.delete_button = QPushButton("Delete event", objectName="deleteEventButton")
        self.delete_button.clicked.connect(self.confirm_delete)
        # Outside the fields box: linking is possible before this article has any event.
        self.link_button = QPushButton("&Link to event…", objectName="linkEventButton")
        self.link_button.setToolTip(
            "This article also reports an event already coded from another article"
        )
        self.link_button.clicked.connect(self.link_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.delete_button)
        self.stale_banner = QLabel(objectName="staleBanner", wordWrap=True)
        self.stale_banner.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 6px; border: 1px solid #f5c2bd;"
        )
        self.stale_banner.hide()

        self._make_field_widgets()
        self.fields_box = QWidget(objectName="eventFields")
        fields_layout = QVBoxLayout(self.fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        self.groups: list[QGroupBox] = []
        self.errors: dict[str, QLabel] = {}
        for number, (title, fields) in enumerate(GROUPS, start=1):
            box = QGroupBox(f"{number}  {title}", objectName=f"group{number}")
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field, label in fields:
                layout.addRow(label, self._with_error(field))
            if not fields:
                self._fill_reports_group(layout)
            self.groups.append(box)
            fields_layout.addWidget(box)
        fields_layout.addStretch(1)
        scroll = QScrollArea(objectName="fieldsScroll", widgetResizable=True)
        scroll.setWidget(self.fields_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for combo in self.fields_box.findChildren(QComboBox):
            # Long codebook labels must not widen the pane: show them elided.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setMinimumWidth(80)  # the size hint was cached before the policy changed
        self.scroll = scroll
        self.status = QLabel(objectName="saveStatus", wordWrap=True)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Events reported by this article"))
        layout.addWidget(self.event_list)
        layout.addLayout(buttons)
        layout.addWidget(self.stale_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def _make_field_widgets(self) -> None:
        self.event_type = QComboBox(objectName="eventType")
        self.event_type.addItem("")
        self.event_type.addItems(event_types().event_types)
        self.sub_event_type = QComboBox(objectName="subEventType")
        self.disorder_type = _read_only("disorderType")
        self.event_date = QDateEdit(objectName="eventDate", calendarPopup=True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_date.setMinimumDate(NO_DATE)
        self.event_date.setSpecialValueText("not set")
        self.event_date.setDate(NO_DATE)
        self.time_precision = _code_combo("timePrecision", precision_codes().time)
        for name in TEXT_FIELDS:
            setattr(self, name, QLineEdit(objectName=_camel(name)))
        self.location.setPlaceholderText("town or place, Arabic or English")
        self.actor1.setPlaceholderText("actor, Arabic or English")
        self.actor2.setPlaceholderText("actor, Arabic or English")
        self.tags.setPlaceholderText("several joined by ;")
        for name in ("inter1", "inter2"):
            combo = QComboBox(objectName=name)
            combo.addItem("")
            combo.addItems(inter_codes().labels)
            setattr(self, name, combo)
        self.interaction = _read_only("interaction")
        self.civilian_targeting = QCheckBox("Civilians targeted", objectName="civilianTargeting")
        self.country = QComboBox(objectName="country")
        self.country.addItem("", None)
        for iso, country in countries().by_iso.items():
            self.country.addItem(f"{country.name} ({iso})", iso)
        for name in ("latitude", "longitude"):
            edit = QLineEdit(objectName=name, placeholderText="decimal degrees")
            edit.setValidator(QDoubleValidator(-180.0, 180.0, 6, edit))
            setattr(self, name, edit)
        self.geo_precision = _code_combo("geoPrecision", precision_codes().geo)
        for name in COUNT_FIELDS:
            spin = QSpinBox(objectName=_camel(name), minimum=-1, maximum=1_000_000)
            spin.setSpecialValueText("unknown")
            spin.setValue(-1)
            setattr(self, name, spin)
        # QTextEdit, not QPlainTextEdit: only it aligns Arabic notes to the right.
        self.notes = QTextEdit(objectName="notes", acceptRichText=False)
        self.notes.setTabChangesFocus(True)
        self.notes.setUndoRedoEnabled(False)  # the window's undo stack owns undo
        self.notes.setMinimumHeight(70)
        self.location_picker: Picker = place_picker(self.location, self.gazetteer)
        self.actor1_picker = actor_picker(self.actor1, self.actors)
        self.actor2_picker = actor_picker(self.actor2, self.actors)
        self.assoc_pickers = [
            actor_picker(self.assoc_actor_1, self.actors, multi=True),
            actor_picker(self.assoc_actor_2, self.actors, multi=True),
        ]
        self.field_widgets: dict[str, QWidget] = {
            field: getattr(self, field) for field in FIELD_LABELS
        }
        keys = _UndoKeysToWindow(self)
        for widget in self.field_widgets.values():
            for child in (widget, *widget.findChildren(QWidget)):
                child.installEventFilter(keys)

    def _with_error(self, field: str) -> QWidget:
        """The field's widget with its (hidden until needed) error message below it."""
        box = QWidget(objectName=f"{field}Row")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.field_widgets[field])
        error = QLabel(objectName=f"{field}Error", wordWrap=True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        layout.addWidget(error)
        self.errors[field] = error
        return box

    def _fill_reports_group(self, layout: QFormLayout) -> None:
        self.report_list = QListWidget(objectName="reportList")
        self.report_list.setMaximumHeight(90)
        self.report_list.setWordWrap(True)
        self.report_list.itemActivated.connect(
            lambda item: self.open_article_requested.emit(item.data(ID_ROLE))
        )
        self.evidence_list = QListWidget(objectName="evidenceList")
        self.evidence_list.setMaximumHeight(110)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.itemActivated.connect(
            lambda item: self.evidence_activated.emit(item.data(ID_ROLE))
        )
        self.remove_evidence_button = QPushButton(
            "Remove evidence", objectName="removeEvidenceButton"
        )
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        layout.addRow(QLabel("Articles reporting this event"))
        layout.addRow(self.report_list)
        layout.addRow(QLabel("Evidence quoted from this article"))
        layout.addRow(self.evidence_list)
        layout.addRow(self.remove_evidence_button)

    def _connect(self) -> None:
        self.event_type.currentTextChanged.connect(self._on_type_changed)
        self.sub_event_type.currentTextChanged.connect(
            lambda text: self._edit({"sub_event_type": text or None})
        )
        self.event_date.dateChanged.connect(
            lambda value: self._edit(
                {"event_date": None if value == NO_DATE else value.toString("yyyy-MM-dd")},
                typing=True,
            )
        )
        for field in CODE_FIELDS:
            combo: QComboBox = getattr(self, field)
            combo.currentIndexChanged.connect(
                lambda _i, field=field, combo=combo: self._edit({field: combo.currentData()})
            )
        for field in TEXT_FIELDS:
            edit: QLineEdit = getattr(self, field)
            edit.textEdited.connect(
                lambda text, field=field: self._edit({field: text.strip() or None}, typing=True)
            )
            edit.editingFinished.connect(self.flush)
        for field in ("latitude", "longitude"):
            edit = getattr(self, field)
            edit.textEdited.connect(lambda text, field=field: self._on_coordinate(field, text))
            edit.editingFinished.connect(self.flush)
        for field in ("inter1", "inter2"):
            getattr(self, field).currentTextChanged.connect(
                lambda text, field=field: self._edit({field: text or None})
            )
        self.civilian_targeting.toggled.connect(
            lambda on: self._edit({"civilian_targeting": int(on)})
        )
        self.country.currentIndexChanged.connect(self._on_country_changed)
        for field in COUNT_FIELDS:
            getattr(self, field).valueChanged.connect(
                lambda value, field=field: self._edit(
                    {field: None if value < 0 else value}, typing=True
                )
            )
        self.notes.textChanged.connect(
            lambda: self._edit({"notes": self.notes.toPlainText().strip() or None}, typing=True)
        )
        self.location_picker.picked.connect(self._on_place_picked)
        self.location_picker.add_requested.connect(self.add_place)
        for picker, actor_field, inter_field in (
            (self.actor1_picker, "actor1", "inter1"),
            (self.actor2_picker, "actor2", "inter2"),
        ):
            picker.picked.connect(
                lambda actor, a=actor_field, i=inter_field: self._apply_pick(
                    {a: actor.name, i: actor.inter}
                )
            )
            picker.add_requested.connect(lambda typed, p=picker: self.add_actor(typed, p))
        for picker, field in zip(
            self.assoc_pickers, ("assoc_actor_1", "assoc_actor_2"), strict=True
        ):
            picker.picked.connect(
                lambda _actor, field=field: self._edit({field: getattr(self, field).text()})
            )
            picker.add_requested.connect(lambda typed, p=picker: self.add_actor(typed, p))

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
        event_id = self.writer.create(self._article_id, iso=default.iso, country=default.name)
        self.undo_stack.push(CreateEventCommand(self.writer, event_id, "New event"))
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=event_id)
        self.event_type.setFocus()
        return event_id

    def confirm_delete(self) -> bool:
        """Delete after asking (Ctrl+Z brings it back, with its evidence and claims)."""
        if self._event_id is None:
            return False
        answer = QMessageBox.question(
            self,
            "Delete event",
            "Delete this event, its evidence, claims and links to articles?"
            " Edit > Undo brings it back.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.delete_current_event()
        return True

    def delete_current_event(self) -> None:
        if self._event_id is None or self._article_id is None:
            return
        self._pending.clear()
        snapshot = self.writer.delete(self._event_id)
        self.undo_stack.push(DeleteEventCommand(self.writer, snapshot, "Delete event"))
        self.events_changed.emit(self._article_id)
        self._reload_event_list(select=None)

    def flush(self) -> bool:
        """Write pending edits now. Returns False if the core refused any of them."""
        self._save_timer.stop()
        if self._event_id is None or not self._pending:
            self._pending.clear()
            return True
        units, self._pending = self._pending, []
        ok = all([self._commit(changes, mergeable) for changes, mergeable in units])
        self._refresh_list_label(self._event_id)
        self._show_derived()
        return ok

    def reload_current(self) -> None:
        """Re-read the shown event from the database (after another part wrote to it)."""
        if self._event_id is not None:
            self._load_event(self._event_id)

    def current_field(self) -> str | None:
        """The form field the analyst last worked in: where attached evidence goes."""
        return self._current_field

    def focus_field(self, field: str) -> None:
        widget = self.field_widgets.get(field)
        if widget is None:
            return
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._set_current_field(field)

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
        return [
            (field, label)
            for field, label in FIELD_LABELS.items()
            if field in evidence_store.EVIDENCE_FIELDS
        ]

    def field_error(self, field: str) -> str:
        """The validation message shown under ``field`` ('' when none)."""
        label = self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # -- adding to the vocabularies ------------------------------------------------------

    def add_place(self, typed: str) -> None:
        def save(name_en: str, **fields: Any):
            place_id = custom_vocab.add_custom_place(self._db, name_en, user=self._user, **fields)
            self.gazetteer = Gazetteer.for_db(self._db)
            self.location_picker.set_search(lambda q: self.gazetteer.search(q))
            return self.gazetteer.get(f"custom:{place_id}")

        self.add_dialog = AddPlaceDialog(typed, save, self)
        self.add_dialog.accepted.connect(
            lambda: self._on_place_picked(self.add_dialog.result_value, put=True)
        )
        self.add_dialog.open()

    def add_actor(self, typed: str, picker: Picker) -> None:
        def save(name: str, inter: str | None, **fields: Any):
            custom_vocab.add_custom_actor(self._db, name, inter, user=self._user, **fields)
            self.actors = ActorList.for_db(self._db)
            for p in (self.actor1_picker, self.actor2_picker, *self.assoc_pickers):
                p.set_search(lambda q: self.actors.search(q))
            return self.actors.by_name(name)

        self.add_dialog = AddActorDialog(typed, save, self)

        def picked() -> None:
            actor = self.add_dialog.result_value
            picker.put(actor)
            picker.picked.emit(actor)

        self.add_dialog.accepted.connect(picked)
        self.add_dialog.open()

    # -- evidence and reports ----------------------------------------------------------

    def remove_selected_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        evidence = evidence_store.get_evidence(self._db, item.data(ID_ROLE))
        self.writer.detach(evidence.id)
        self.undo_stack.push(
            DetachEvidenceCommand(
                self.writer, evidence.id, evidence.event_id, evidence.article_id,
                evidence.field, (evidence.start, evidence.end),
                f"Remove evidence for {FIELD_LABELS.get(evidence.field, evidence.field)}",
            )
        )  # fmt: skip

    def _fill_evidence_list(self) -> None:
        self.evidence_list.clear()
        if self._event_id is None or self._article_id is None:
            return
        for evidence in evidence_store.list_evidence(
            self._db, self._event_id, article_id=self._article_id
        ):
            label = FIELD_LABELS.get(evidence.field, evidence.field)
            item = QListWidgetItem(f"{label}: «{evidence.quote}»")
            item.setData(ID_ROLE, evidence.id)
            self.evidence_list.addItem(item)

    def _fill_report_list(self) -> None:
        self.report_list.clear()
        if self._event_id is None:
            return
        for report in event_store.event_reports(self._db, self._event_id):
            here = " (this article)" if report.article_id == self._article_id else ""
            item = QListWidgetItem(
                f"Article {report.article_id}{here} · {report.outlet or 'outlet not known'}"
                f" · {report.published or 'date not known'}\n{report.title}"
            )
            item.setData(ID_ROLE, report.article_id)
            self.report_list.addItem(item)

    def _on_evidence_changed(self, event_id: int) -> None:
        if event_id == self._event_id:
            self._fill_evidence_list()

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
            self._fill_report_list()

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
        self._show_status("Editing…")
        if typing:
            self._save_timer.start()
        else:
            self.flush()

    def _commit(self, changes: dict[str, Any], mergeable: bool) -> bool:
        event_id = self._event_id
        old = {field: self._stored.get(field) for field in changes}
        if old == changes:
            return True
        try:
            self.writer.write(event_id, changes)
        except event_store.StaleEdit as exc:
            self._on_stale(str(exc))
            return False
        except ValidationError as exc:
            self._show_error(exc.field if exc.field in self.errors else None, exc.message)
            return False
        except ReviewerError as exc:
            self._show_status(str(exc), error=True)
            return False
        self._stored.update(changes)
        self.stale_banner.hide()
        for field in changes:
            self._clear_error(field)
        names = ", ".join(FIELD_LABELS.get(f, f) for f in changes if f in FIELD_LABELS)
        label = self._stored.get("event_id_cnty") or f"event {event_id}"
        self.undo_stack.push(
            FieldEditCommand(
                self.writer, event_id, old, changes, f"Edit {names or 'event'} of {label}",
                mergeable=mergeable,
            )
        )  # fmt: skip
        self._show_status("Saved")
        self.event_saved.emit(event_id)
        return True

    def _on_stale(self, message: str) -> None:
        self.stale_banner.setText(
            f"Not saved — {message}. The event has been reloaded with the stored values; "
            "make your edit again if it is still needed."
        )
        self.stale_banner.show()
        self._pending.clear()
        self._load_event(self._event_id, keep_banner=True)

    def _on_type_changed(self, text: str) -> None:
        self._fill_subtypes(text)
        self._edit({"event_type": text or None, "sub_event_type": None})

    def _on_country_changed(self, _index: int) -> None:
        iso = self.country.currentData()
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

    def _on_place_picked(self, place, *, put: bool = False) -> None:
        if place is None:
            return
        if put:
            self.location_picker.put(place)
        fields = place.event_fields()
        default = countries().default
        fields.update({"iso": default.iso, "country": default.name})
        self._apply_pick(fields)

    def _apply_pick(self, fields: dict[str, Any]) -> None:
        """Write what a pick implies as one command, then show all of it."""
        self._edit(fields)
        self._load_widgets(self._stored)

    def _fill_subtypes(self, event_type: str) -> None:
        with QSignalBlocker(self.sub_event_type):
            self.sub_event_type.clear()
            self.sub_event_type.addItem("")
            self.sub_event_type.addItems(event_types().subtypes.get(event_type, ()))

    # -- loading ----------------------------------------------------------------------------

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
                with QSignalBlocker(self.event_list):
                    self.event_list.setCurrentRow(row)
                self._load_event(chosen)
                return
        self._load_event(None)

    def _on_event_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.flush()
        self._load_event(item.data(EVENT_ID_ROLE) if item else None)

    def _load_event(self, event_id: int | None, *, keep_banner: bool = False) -> None:
        self._event_id = event_id
        self._pending.clear()
        event = event_store.get_event(self._db, event_id) if event_id else {}
        if event_id:
            self.writer.track(event_id, event["version"])
        self._stored = dict(event)
        self._load_widgets(event)
        self._set_editing_enabled(event_id is not None)
        for field in self.errors:
            self._clear_error(field)
        if not keep_banner:
            self.stale_banner.hide()
        self._fill_report_list()
        self._fill_evidence_list()
        self.status.clear()
        self.current_event_changed.emit(event_id)

    def _load_widgets(self, event: dict[str, Any]) -> None:
        widgets = [*self.field_widgets.values()]
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.event_type.setCurrentText(event.get("event_type") or "")
        self._fill_subtypes(event.get("event_type") or "")
        self.sub_event_type.setCurrentText(event.get("sub_event_type") or "")
        date = QDate.fromString(event.get("event_date") or "", "yyyy-MM-dd")
        self.event_date.setDate(date if date.isValid() else NO_DATE)
        for field in CODE_FIELDS:
            combo: QComboBox = getattr(self, field)
            combo.setCurrentIndex(max(0, combo.findData(event.get(field))))
        for field in TEXT_FIELDS:
            edit: QLineEdit = getattr(self, field)
            if edit.text() != (event.get(field) or ""):
                edit.setText(event.get(field) or "")
        for field in ("latitude", "longitude"):
            value = event.get(field)
            getattr(self, field).setText("" if value is None else f"{value:.4f}")
        for field in ("inter1", "inter2"):
            getattr(self, field).setCurrentText(event.get(field) or "")
        self.civilian_targeting.setChecked(bool(event.get("civilian_targeting")))
        self.country.setCurrentIndex(max(0, self.country.findData(event.get("iso"))))
        for field in COUNT_FIELDS:
            value = event.get(field)
            getattr(self, field).setValue(-1 if value is None else value)
        if self.notes.toPlainText() != (event.get("notes") or ""):
            self.notes.setPlainText(event.get("notes") or "")
        for blocker in blockers:
            blocker.unblock()
        self._show_derived()

    def _on_written_elsewhere(self, event_id: int) -> None:
        """An undo/redo wrote to an event: show the stored values if it is on screen."""
        self._refresh_list_label(event_id)
        if event_id == self._event_id:
            self._pending.clear()
            self._stored = event_store.get_event(self._db, event_id)
            self._load_widgets(self._stored)
            for field in self.errors:
                self._clear_error(field)

    def _show_derived(self) -> None:
        self.disorder_type.setText(
            event_store.disorder_type(
                self.event_type.currentText(), self.sub_event_type.currentText()
            )
            or ""
        )
        self.interaction.setText(
            event_store.interaction(self.inter1.currentText(), self.inter2.currentText()) or ""
        )

    def _set_editing_enabled(self, enabled: bool) -> None:
        self.fields_box.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)
        self.link_button.setEnabled(self._article_id is not None)

    def _refresh_list_label(self, event_id: int) -> None:
        for row in range(self.event_list.count()):
            item = self.event_list.item(row)
            if item.data(EVENT_ID_ROLE) == event_id:
                item.setText(_event_label(event_store.get_event(self._db, event_id)))

    # -- messages and focus ----------------------------------------------------------------

    def _show_error(self, field: str | None, message: str) -> None:
        if field is None:
            self._show_status(message, error=True)
            return
        label = self.errors[field]
        label.setText(message)
        label.show()
        self.field_widgets[field].setProperty("invalid", True)
        self.field_widgets[field].setStyleSheet("border: 1px solid #b00020;")
        self.scroll.ensureWidgetVisible(label)
        self._show_status(f"Not saved: see {FIELD_LABELS[field]}", error=True)

    def _clear_error(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None and not label.isHidden():
            label.hide()
            label.clear()
            self.field_widgets[field].setStyleSheet("")

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = self.field_of(new)
        if field is not None:
            self._set_current_field(field)

    def _set_current_field(self, field: str) -> None:
        if field != self._current_field:
            self._current_field = field
            self.field_focused.emit(field)

    def field_of(self, widget: QWidget | None) -> str | None:
        """The form field ``widget`` belongs to (a combo box's line edit counts)."""
        while widget is not None and widget is not self:
            for field, candidate in self.field_widgets.items():
                if candidate is widget:
                    return field
            widget = widget.parentWidget()
        return None


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


def _event_label(event: dict[str, Any]) -> str:
    parts = [
        event["event_id_cnty"],
        event.get("sub_event_type") or event.get("event_type") or "untyped",
        event.get("event_date") or "no date",
    ]
    if event.get("location"):
        parts.append(event["location"])
    return " · ".join(parts)
