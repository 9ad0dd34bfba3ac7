"""The Agreement page: Krippendorff's alpha per field, computed off the GUI thread.

Agreement reads every double-coded article, so it runs in a thread with a
read-only connection of its own (see file_tasks.py for the same pattern) and
the table fills when it is done.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.agreement import AgreementReport, compute_agreement, format_alpha
from reviewer.errors import ReviewerError
from reviewer.storage.database import open_read_only
from reviewer.ui.core_messages import error_text, field_label, translate_message
from reviewer.ui.language import isolate

# Fields whose form label needs its context on this page (the form shows them in a group).
FIELD_NAMES = {
    "fatalities": QT_TRANSLATE_NOOP("AgreementPage", "Fatalities (best)"),
    "fatalities_low": QT_TRANSLATE_NOOP("AgreementPage", "Fatalities (low)"),
    "fatalities_high": QT_TRANSLATE_NOOP("AgreementPage", "Fatalities (high)"),
    "credibility": QT_TRANSLATE_NOOP("AgreementPage", "Report credibility"),
    "reliability": QT_TRANSLATE_NOOP("AgreementPage", "Outlet reliability"),
}
LEVELS = {
    "nominal": QT_TRANSLATE_NOOP("AgreementPage", "nominal"),
    "ordinal": QT_TRANSLATE_NOOP("AgreementPage", "ordinal"),
    "interval": QT_TRANSLATE_NOOP("AgreementPage", "interval"),
    "ratio": QT_TRANSLATE_NOOP("AgreementPage", "ratio"),
}


def field_name(field: str) -> str:
    """A field as this page names it, in the interface language (the code is the item's data)."""
    if field in FIELD_NAMES:
        return QCoreApplication.translate("AgreementPage", FIELD_NAMES[field])
    return field_label(field)


def level_name(level: str) -> str:
    if level in LEVELS:
        return QCoreApplication.translate("AgreementPage", LEVELS[level])
    return level


COLUMNS = (
    QT_TRANSLATE_NOOP("AgreementPage", "Field"),
    QT_TRANSLATE_NOOP("AgreementPage", "Level"),
    QT_TRANSLATE_NOOP("AgreementPage", "Alpha"),
    QT_TRANSLATE_NOOP("AgreementPage", "Units"),
    QT_TRANSLATE_NOOP("AgreementPage", "Coder pairs (alpha, units)"),
)


def alpha_colour(value: float | None) -> QColor | None:
    """Krippendorff's rule of thumb: >= 0.8 reliable, >= 0.667 tentative, below: not."""
    if value is None:
        return None
    if value >= 0.8:
        return QColor("#d1e7dd")
    if value >= 0.667:
        return QColor("#fff3cd")
    return QColor("#f8d7da")


class _AgreementTask(QThread):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, coders: list[str] | None, parent=None) -> None:
        super().__init__(parent)
        self._path, self._coders = path, coders

    def run(self) -> None:
        try:
            db = open_read_only(self._path)
            try:
                self.done.emit(compute_agreement(db, coders=self._coders))
            finally:
                db.close()
        except (ReviewerError, sqlite3.Error, ValueError) as exc:  # shown, never lost
            self.failed.emit(error_text(exc))


class AgreementPage(QWidget):
    def __init__(self, db_path: Path, parent=None) -> None:
        super().__init__(parent, objectName="agreementPage")
        self._path = db_path
        self._task: _AgreementTask | None = None
        self._again = False
        self.report: AgreementReport | None = None
        self.coders = QLineEdit(objectName="agreementCoders", placeholderText=self.tr("all coders"))
        self.compute_button = QPushButton(self.tr("Compute"), objectName="computeAgreement")
        self.compute_button.clicked.connect(self.compute)
        self.summary = QLabel(objectName="agreementSummary", wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS), objectName="agreementTable")
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Coders (A,B):")))
        top.addWidget(self.coders, 1)
        top.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.summary.setText(
            self.tr("Press Compute to measure agreement over double-coded articles.")
        )

    def compute(self) -> None:
        if self._task is not None and self._task.isRunning():
            self._again = True  # asked again meanwhile (other coders): run once more after
            return
        self._again = False
        names = [c.strip() for c in self.coders.text().split(",") if c.strip()] or None
        self.summary.setText(self.tr("Computing…"))
        self.compute_button.setEnabled(False)
        self._task = _AgreementTask(self._path, names, self)
        self._task.done.connect(self.show_report)
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._finished)
        self._task.start()

    def _finished(self) -> None:
        self.compute_button.setEnabled(True)
        if self._again:
            self.compute()

    def wait(self, ms: int = 30_000) -> None:
        if self._task is not None:
            self._task.wait(ms)

    def _failed(self, message: str) -> None:
        self.summary.setText(
            self.tr("Agreement could not be computed: {reason}").format(reason=message)
        )

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        if report.articles == 0:
            self.summary.setText(self.tr("No article has been coded by two or more coders yet."))
            self.table.setRowCount(0)
            return
        d = report.detection
        self.summary.setText(
            self.tr(
                "Coders {coders} on {articles} articles. Event detection: "
                "{events} events, found by all {by_all}, by some only {by_some} "
                "(alpha {alpha}). Alpha ≥ 0.8 reliable, ≥ 0.667 tentative."
            ).format(
                coders=", ".join(report.coders),
                articles=report.articles,
                events=d.events,
                by_all=d.found_by_all,
                by_some=d.found_by_some,
                alpha=isolate(format_alpha(d.alpha)),
            )
        )
        self.table.setRowCount(len(report.fields))
        for row, item in enumerate(report.fields):
            pairs = "; ".join(
                f"{p.coders[0]}–{p.coders[1]} {format_alpha(p.alpha)} ({p.units})"
                for p in item.pairs
            )
            if item.note:
                pairs = f"{pairs}  ({translate_message(item.note)})"
            cells = (
                field_name(item.field),
                level_name(item.level),
                format_alpha(item.alpha),
                str(item.units),
                pairs,
            )
            codes = (item.field, item.level)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column < len(codes):  # what the export and the CLI call it
                    cell.setData(Qt.ItemDataRole.UserRole, codes[column])
                    cell.setToolTip(codes[column])
                colour = alpha_colour(item.alpha) if column == 2 else None
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.table.setItem(row, column, cell)
