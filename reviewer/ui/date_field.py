"""The event date: typed (``2024-12-05``, ``5/12/2024``) or picked from a calendar.

QDateEdit cannot hold "no date": its special text ("not set") swallows typing
(``not set20241205``) and its calendar starts in the year of its minimum. This is a
line edit that understands the ways analysts write dates (reviewer.typed_dates)
and is empty when the date is not set, with a calendar that opens at the date
shown, else at the article's publication date, else today. It keeps QDateEdit's
``date()/setDate()/dateChanged`` so the form treats it like one.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.typed_dates import parse_typed_date

NO_DATE = QDate(1900, 1, 1)  # date() when none is set
ISO = "yyyy-MM-dd"


class DateField(QWidget):
    dateChanged = Signal(QDate)  # a whole date was typed or picked (NO_DATE: cleared)
    editingFinished = Signal()  # the analyst left the field or picked from the calendar
    invalid = Signal(str)  # left with text that is no date: one line saying so

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self._date = NO_DATE
        self._fallback: QDate | None = None
        self.line_edit = QLineEdit(objectName=f"{objectName}Text")
        self.line_edit.setPlaceholderText(self.tr("not set — type 2024-12-05 or 5/12/2024"))
        self.line_edit.textEdited.connect(self._on_typed)
        self.line_edit.editingFinished.connect(self._on_finished)
        self.line_edit.installEventFilter(self)
        self.button = QToolButton(objectName=f"{objectName}Calendar", text="▾")
        self.button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line_edit)

        self.popup = QFrame(self, objectName=f"{objectName}Popup")
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(objectName=f"{objectName}CalendarWidget")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(0, 0, 0, 0)
        popup_layout.addWidget(self.calendar)

    # -- QDateEdit's interface -------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        value = value if value.isValid() else NO_DATE
        self.line_edit.setText("" if value == NO_DATE else value.toString(ISO))
        if value != self._date:
            self._date = QDate(value)
            self.dateChanged.emit(QDate(value))

    def text(self) -> str:
        return self.line_edit.text()

    # -- the calendar ------------------------------------------------------------------

    def set_calendar_start(self, published: str | None) -> None:
        """Where the calendar opens when no date is set: the article's publication date."""
        date = QDate.fromString(published or "", ISO)
        self._fallback = date if date.isValid() else None

    def calendar_start(self) -> QDate:
        if self._date != NO_DATE:
            return QDate(self._date)
        return QDate(self._fallback) if self._fallback else QDate.currentDate()

    def open_calendar(self) -> None:
        start = self.calendar_start()
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, value: QDate) -> None:
        self.popup.hide()
        self.setDate(value)
        self.line_edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    # -- typing --------------------------------------------------------------------------

    def _on_typed(self, text: str) -> None:
        if not text.strip():
            self._set_internal(NO_DATE)
            return
        iso = parse_typed_date(text)
        if iso is not None:
            self._set_internal(QDate.fromString(iso, ISO))

    def _set_internal(self, value: QDate) -> None:
        if value != self._date:
            self._date = QDate(value)
            self.dateChanged.emit(QDate(value))

    def _on_finished(self) -> None:
        text = self.line_edit.text().strip()
        iso = parse_typed_date(text) if text else None
        if text and iso is None:
            self.invalid.emit(
                self.tr("Not a date: “{text}”. Type 2024-12-05 or 5/12/2024.").format(text=text)
            )
            return
        if iso is not None and iso != text:
            self.line_edit.setText(iso)
        self.editingFinished.emit()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.line_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)
