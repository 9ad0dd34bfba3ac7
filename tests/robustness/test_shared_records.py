"""Two analysts editing the same claim or grade at once: no acknowledged edit is lost.

The attack that found the hole: two processes each updating one claim 200
times; half of the "saved" writes had silently replaced the other process's.
Now every write of a claim or grade carries what it was based on, and one
based on a stale value is refused ("changed elsewhere") instead of written.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reviewer.errors import StaleEdit
from reviewer.storage import open_database, reports, sources
from reviewer.storage.claims import add_claim, get_claim, update_claim
from reviewer.storage.events import create_event

HERE = Path(__file__).parent
REPO = HERE.parents[1]
TEXT = "قتل 3 أشخاص في قصف على حماة"
EDITS = 120


@pytest.fixture
def shared(db_path):
    db = open_database(db_path, user="parent")
    source = db.execute("INSERT INTO sources (name) VALUES ('الوطن')").lastrowid
    article = db.execute(
        "INSERT INTO articles (content_hash, title, text, source_id, imported_at)"
        " VALUES ('h', 't', ?, ?, 'x')",
        [TEXT, source],
    ).lastrowid
    event = create_event(db, article)
    claim = add_claim(db, event, article, "fatalities", "3 أشخاص", low=0, best=0)
    yield db, {"claim": claim, "source": source, "article": article, "event": event}
    db.close()


def _race(db_path: Path, kind: str, target: str) -> list[list]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    children = [
        subprocess.Popen(
            [
                sys.executable,
                str(HERE / "shared_child.py"),
                str(db_path),
                kind,
                target,
                str(EDITS),
                name,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("one", "two")
    ]
    saved = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        saved += json.loads(out)
    return saved


def _logged(db, table: str, column: str) -> list[list]:
    rows = db.execute(
        "SELECT json_extract(old_values, '$.' || ?), json_extract(new_values, '$.' || ?)"
        " FROM audit_log WHERE table_name = ? AND action = 'update' AND user IN ('one', 'two')"
        " ORDER BY id",
        [column, column, table],
    )
    return [list(row) for row in rows]


@pytest.mark.slow
def test_two_processes_updating_one_claim_lose_no_acknowledged_write(shared, db_path):
    db, ids = shared
    saved = _race(db_path, "claim", str(ids["claim"]))
    assert len(saved) == 2 * EDITS
    assert get_claim(db, ids["claim"])["best"] == 2 * EDITS  # every increment counted
    assert sorted(_logged(db, "claims", "best")) == sorted(saved)


@pytest.mark.slow
def test_two_processes_grading_one_outlet_and_one_report_lose_nothing(shared, db_path):
    db, ids = shared
    saved = _race(db_path, "reliability", str(ids["source"]))
    assert sorted(_logged(db, "sources", "reliability"), key=str) == sorted(saved, key=str)
    chain = _logged(db, "sources", "reliability")
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chain))

    saved = _race(db_path, "credibility", f"{ids['article']},{ids['event']}")
    logged = _logged(db, "reports", "credibility")
    assert sorted(logged, key=str) == sorted(saved, key=str)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(logged))


def test_an_edit_based_on_a_stale_claim_or_grade_is_refused(shared):
    db, ids = shared
    seen = get_claim(db, ids["claim"])
    update_claim(db, ids["claim"], best=2)  # someone else
    with pytest.raises(StaleEdit, match=r"claim \d+: changed elsewhere.*best"):
        update_claim(db, ids["claim"], based_on=seen, qualifier="about")
    assert get_claim(db, ids["claim"])["qualifier"] is None

    sources.set_reliability(db, ids["source"], "B")
    with pytest.raises(StaleEdit, match="reliability was changed elsewhere"):
        sources.set_reliability(db, ids["source"], "D", expected=None)
    assert sources.get_source(db, ids["source"])["reliability"] == "B"
    reports.set_credibility(db, ids["article"], ids["event"], 2)
    with pytest.raises(StaleEdit, match="credibility was changed elsewhere"):
        reports.set_credibility(db, ids["article"], ids["event"], 5, expected=None)
    assert reports.get_credibility(db, ids["article"], ids["event"]) == 2


def test_the_grade_widget_refuses_a_stale_grade_and_shows_the_stored_one(qtbot, shared, db_path):
    from reviewer.ui.grade_widget import GradeWidget

    db, ids = shared
    widget = GradeWidget(db)
    qtbot.addWidget(widget)
    widget.set_report(ids["article"], ids["event"])
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    assert widget.code() == "––"
    other = open_database(db_path, user="other")  # another window grades meanwhile
    sources.set_reliability(other, ids["source"], "E")
    reports.set_credibility(other, ids["article"], ids["event"], 6)
    other.close()

    qtbot.keyClick(widget, Qt.Key.Key_B)
    assert widget.error.isVisible() and "changed elsewhere" in widget.error.text()
    assert widget.code() == "E6"  # reloaded: the stored grade, not the pressed one
    assert sources.get_source(db, ids["source"])["reliability"] == "E"
    qtbot.keyClick(widget, Qt.Key.Key_B)  # now based on what is shown: saved
    assert sources.get_source(db, ids["source"])["reliability"] == "B"
    assert not widget.error.isVisible()
