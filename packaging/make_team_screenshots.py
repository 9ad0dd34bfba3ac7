"""Render the README's team-work pictures: the adjudication page and the agreement chart.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_team_screenshots.py

Two analysts (Lina, Omar) code the five sample articles in their own project
files, each with a few honest differences; Lina merges Omar's file; Sami, the
adjudicator, opens the first article on the Adjudication page and takes Lina's
date with a click. The agreement chart is the one ``reviewer report`` draws.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"

HTS, ARMY = "Hayat Tahrir al-Sham", "Military Forces of Syria (2000-2024)"
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
RELEASE = ("Strategic developments", "Other")
WITHDRAWAL = ("Strategic developments", "Non-violent transfer of territory")
HAMA = dict(location="Hama", admin1="Hama", latitude=35.1318, longitude=36.7578)
HOMS = dict(location="Homs", admin1="Homs", latitude=34.7268, longitude=36.7234)


def _event(kind, day, place, actor2=ARMY, **extra):
    return dict(
        event_type=kind[0], sub_event_type=kind[1], event_date=day, time_precision=1,
        actor1=HTS, inter1="Rebel group", actor2=actor2,
        inter2="State forces" if actor2 else None, iso=760, country="Syria",
        geo_precision=1, **place, **extra,
    )  # fmt: skip


# article number -> (Lina's events, Omar's events), each (fields, credibility)
CODINGS = {
    1: (
        [(_event(TAKEOVER, "2024-12-05", HAMA, fatalities=0), 2),
         (_event(RELEASE, "2024-12-05", HAMA, actor2=None), 2)],
        [(_event(TAKEOVER, "2024-12-05", HAMA, fatalities=0), 2),
         (_event(RELEASE, "2024-12-06", HAMA, actor2=None), 3)],
    ),
    2: (
        [(_event(TAKEOVER, "2024-12-05", HAMA, fatalities=0), 2),
         (_event(WITHDRAWAL, "2024-12-05", HAMA), 2)],
        [(_event(TAKEOVER, "2024-12-05", HAMA, fatalities=3), 2),
         (_event(WITHDRAWAL, "2024-12-05", HAMA), 1)],
    ),
    3: (
        [(_event(TAKEOVER, "2024-12-05", HAMA), 1)],
        [(_event(("Battles", "Armed clash"), "2024-12-05", HAMA), 1),
         (_event(WITHDRAWAL, "2024-12-05", HAMA), 2)],
    ),
    4: (
        [(_event(TAKEOVER, "2024-12-07", HOMS, fatalities=0), 3),
         (_event(RELEASE, "2024-12-07", HOMS, actor2=None), 3)],
        [(_event(TAKEOVER, "2024-12-07", HOMS, fatalities=0), 3),
         (_event(RELEASE, "2024-12-07", HOMS, actor2=None), 2)],
    ),
    5: (
        [(_event(WITHDRAWAL, "2024-12-05", HAMA), 3)],
        [(_event(WITHDRAWAL, "2024-12-04", HAMA), 3),
         (_event(RELEASE, "2024-12-05", HAMA, actor2=None), 3)],
    ),
}  # fmt: skip


def build_team(folder: Path):
    """Lina's project holding her coding and Omar's (merged), all five articles double-coded."""
    from reviewer.project import Project
    from reviewer.storage.events import create_event
    from reviewer.storage.reports import set_credibility
    from reviewer.team.assign import assign_articles, mark_done
    from reviewer.team.merge import merge_project

    projects = {}
    for side, name in enumerate(("Lina", "Omar")):
        project = Project.open(folder / f"{name.lower()}.sqlite", analyst=name, seed_sample=True)
        ids = [row[0] for row in project.db.execute("SELECT id FROM articles ORDER BY id")]
        assign_articles(project, ["Lina", "Omar"], article_ids=ids)
        for number, codings in CODINGS.items():
            article = ids[number - 1]
            for fields, credibility in codings[side]:
                event = create_event(project.db, article, user=name, **fields)
                set_credibility(project.db, article, event, credibility)
            mark_done(project, article)
        projects[name] = project
    projects["Omar"].close()
    merge_project(projects["Lina"], projects["Omar"].path)
    return projects["Lina"]


def main() -> int:
    app = QApplication(sys.argv)
    from reviewer.project import Project
    from reviewer.report.agreement_chart import agreement_figure
    from reviewer.report.charts import load_report_data, save_png
    from reviewer.ui.fonts import register_bundled_fonts
    from reviewer.ui.main_window import MainWindow

    register_bundled_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        lina = build_team(Path(scratch))
        target = OUT / "agreement-chart.png"
        save_png(agreement_figure(load_report_data(lina.db)), target)
        print(target)
        lina.close()
        sami = Project.open(lina.path, analyst="Sami")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(sami.db, settings, user="Sami")
        window.resize(1500, 900)
        window.show()
        app.processEvents()
        window.open_article(1)
        QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        page = window.adjudication
        page.group_box.setCurrentIndex(1)  # the prison release: a date to decide
        grid = page.grid
        row = grid.row_of("event_date")
        point = grid.visualItemRect(grid.item(row, 1)).center()
        QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
        grid.item(row, grid.rationale_column).setText("the report is dated the 5th")
        app.processEvents()
        target = OUT / "adjudication.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        sami.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
