"""Render the README's screenshots offscreen, from a fresh project on the sample corpus.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_screenshots.py

The window is driven as an analyst would: open an article, code an event; then
grabbed to PNG under resources/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
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
        form.time_precision.setCurrentIndex(1)
        for picker, text in (
            (form.location_picker, "حماه"),
            (form.actor1_picker, "هيئة تحرير الشام"),
            (form.actor2_picker, "الجيش السوري"),
        ):  # typed as in the article, picked from the gazetteer / actor list
            picker.line_edit.setText(text)
            picker.update_candidates()
            picker.choose(0)
        form.fatalities.setValue(0)
        form.notes.setPlainText("سيطرة الفصائل المسلحة على مدينة حماة وسجنها المركزي")
        form.flush()
        _wait_for_suggestions(app, window)
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / "main-window.png"
        window.grab().save(str(target))
        print(target)
        window.set_suggestions_shown(False)  # evidence alone, without suggestion tints
        _attach_evidence(window, form)
        app.processEvents()
        target = OUT / "event-form-evidence.png"
        window.grab().save(str(target))
        print(target)
        _hama_prison_claims(db, form.current_event_id())
        window.show_page(1)  # the Conflicts page: one conflict, every claim on the field
        window.conflicts.refresh()
        app.processEvents()
        target = OUT / "conflict-view.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        db.close()
        _arabic_window(app, Path(scratch))
    return 0


def _wait_for_suggestions(app, window, timeout_s: float = 30.0) -> None:
    """The open article's suggestions drawn: they come from the suggestion worker process."""
    deadline = time.monotonic() + timeout_s
    app.processEvents()
    while window.suggestion_fetcher.busy() and time.monotonic() < deadline:
        time.sleep(0.01)
        app.processEvents()


def _arabic_window(app, scratch: Path) -> None:
    """The same coding in the Arabic interface: mirrored, translated, Arabic vocabularies."""
    from reviewer.project import open_project
    from reviewer.ui.event_fields import set_combo_value
    from reviewer.ui.language import install_language
    from reviewer.ui.main_window import MainWindow

    installed = install_language("ar")
    db = open_project(scratch / "shots-ar.sqlite", seed_sample=True)
    settings = QSettings(str(scratch / "settings-ar.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings, user="أمل")
    window.resize(1500, 900)
    window.show()
    app.processEvents()
    form = window.event_form
    form.new_event()
    set_combo_value(form.event_type, "Battles")
    set_combo_value(form.sub_event_type, "Non-state actor overtakes territory")
    form.event_date.setDate(QDate(2024, 12, 5))
    form.time_precision.setCurrentIndex(1)
    for picker, text in (
        (form.location_picker, "حماه"),
        (form.actor1_picker, "هيئة تحرير الشام"),
        (form.actor2_picker, "الجيش السوري"),
    ):
        picker.line_edit.setText(text)
        picker.update_candidates()
        picker.choose(0)
    form.fatalities.setValue(0)
    form.notes.setPlainText("سيطرة الفصائل المسلحة على مدينة حماة وسجنها المركزي")
    form.flush()
    window.set_suggestions_shown(False)
    _attach_evidence(window, form)
    window.splitter.setSizes([330, 640, 530])
    app.processEvents()
    target = OUT / "main-window-ar.png"
    window.grab().save(str(target))
    print(target)
    window.close()
    db.close()
    installed.remove()


def _attach_evidence(window, form) -> None:
    """Quote the article for three fields and leave the analyst in the Location field.

    All spans of the event are highlighted; the Location field's more strongly.
    """
    text = window.article_view.text()
    for field, words in (
        ("actor1", "هيئة تحرير الشام"),
        ("actor2", "الجيش السوري"),
        ("location", "حماة"),
    ):
        start = text.index(words)
        window.article_view.select_span(start, start + len(words))
        form.focus_field(field)
        window.evidence.attach_selection()
    window.article_view.moveCursor(window.article_view.textCursor().MoveOperation.Start)
    form.focus_field("location")
    form.location.deselect()
    window.splitter.setSizes([330, 640, 530])


def _hama_prison_claims(db, event_id: int) -> None:
    """Four reports say مئات (hundreds) were freed from Hama prison, one says 3000."""
    from reviewer.storage import claims, reports, sources
    from reviewer.storage.articles import article_ids, get_article
    from reviewer.storage.events import link_report

    ids = article_ids(db)
    for number in (1, 2, 4):
        link_report(db, ids[number], event_id)
    sources.set_reliability(db, sources.source_for_article(db, ids[4])["id"], "C")
    reports.set_credibility(db, ids[4], event_id, 2)
    reports.set_credibility(db, ids[0], event_id, 3)
    for number, words in (
        (0, "واطلقت مئات المعتقلين"), (1, "أنها أخرجت مئات السجناء"),
        (2, "وتحرر مئات المعتقلين"), (4, "إخراج مئات السجناء"),
        (0, "أن عدد الذي تم الإفراج عنهم 3000 سجين"),
    ):  # fmt: skip
        start = get_article(db, ids[number]).text.index(words)
        claims.add_claim(
            db, event_id, ids[number], "prisoners_released", words,
            start=start, end=start + len(words),
        )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
