"""Render the README's screenshots offscreen, from a fresh project on the sample corpus.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_screenshots.py

The window is driven as an analyst would: open an article, code an event; then
grabbed to PNG under resources/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    from reviewer.project import open_project
    from reviewer.ui.fonts import register_bundled_fonts
    from reviewer.ui.main_window import MainWindow

    register_bundled_fonts()
    with tempfile.TemporaryDirectory() as scratch:
        db = open_project(Path(scratch) / "shots.sqlite", seed_sample=True)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings, user="analyst")
        window.resize(1500, 900)
        window.show()
        app.processEvents()
        form = window.event_form
        form.new_event()
        form.event_type.setCurrentText("Battles")
        form.sub_event_type.setCurrentText("Non-state actor overtakes territory")
        form.event_date.setDate(QDate(2024, 12, 5))
        for widget, text in (
            (form.location, "حماة"),
            (form.actor1, "هيئة تحرير الشام"),
            (form.actor2, "الجيش السوري"),
        ):
            widget.setText(text)
            widget.textEdited.emit(text)
        form.fatalities.setValue(0)
        form.notes.setPlainText("سيطرة الفصائل المسلحة على مدينة حماة وسجنها المركزي")
        form.flush()
        app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / "main-window.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
