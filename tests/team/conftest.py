"""Projects of several analysts on the same sample corpus, as a team would have them."""

from pathlib import Path

import pytest

from reviewer.project import Project
from reviewer.storage.claims import add_claim
from reviewer.storage.events import create_event
from reviewer.storage.evidence import attach_evidence
from reviewer.storage.reports import set_credibility

HAMA_TAKEOVER = dict(
    event_date="2024-12-05",
    event_type="Battles",
    sub_event_type="Non-state actor overtakes territory",
    actor1="Hayat Tahrir al-Sham",
    inter1="Rebel group",
    location="Hama",
    admin1="Hama",
    time_precision=1,
    iso=760,
    country="Syria",
    latitude=35.1318,
    longitude=36.7578,
    geo_precision=1,
)


def first_article(project: Project) -> int:
    return project.db.execute("SELECT id FROM articles ORDER BY published, id").fetchone()[0]


def code_event(project: Project, article: int, **fields) -> int:
    """An event as ``project.analyst`` codes it, with one evidence span, a claim and a grade."""
    db = project.db
    event = create_event(db, article, user=project.analyst, **fields)
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    attach_evidence(db, event, article, "event_type", 0, 4, user=project.analyst)
    add_claim(db, event, article, "fatalities", text[5:9], start=5, end=9, low=3, best=3, high=3)
    set_credibility(db, article, event, 2)
    return event


@pytest.fixture
def team(tmp_path: Path):
    """make(name): a new project on the sample corpus, acting as analyst ``name``."""
    opened: list[Project] = []

    def make(name: str) -> Project:
        project = Project.open(tmp_path / f"{name}.sqlite", analyst=name, seed_sample=True)
        opened.append(project)
        return project

    yield make
    for project in opened:
        project.db.close()
