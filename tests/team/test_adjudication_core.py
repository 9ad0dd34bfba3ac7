"""Adjudication in the core: choices, carried claims and evidence, figures, export, undo."""

import csv
import json

import pytest

from reviewer.errors import ValidationError
from reviewer.export.writer import ExportOptions, export_dataset
from reviewer.storage.claims import add_claim
from reviewer.storage.events import create_event
from reviewer.storage.evidence import attach_evidence
from reviewer.storage.review import mark_event_coded, mark_event_reviewed
from reviewer.team.adjudication import Choice, adjudicate, compare, undo_adjudication
from reviewer.team.coding import article_groups
from reviewer.team.merge import merge_project
from tests.team.conftest import HAMA_TAKEOVER, first_article


@pytest.fixture
def two_codings(team):
    """Lina and Omar coded the same article; Lina's project holds both (merged)."""
    lina, omar = team("Lina"), team("Omar")
    article = first_article(lina)
    text = lina.db.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
    for project, fields, figure in (
        (
            lina,
            {**HAMA_TAKEOVER, "actor2": "Military Forces of Syria (2000-2024)", "fatalities": 5},
            (10, 14),
        ),
        (omar, {**HAMA_TAKEOVER, "event_date": "2024-12-04", "fatalities": 50}, (30, 34)),
    ):
        event = create_event(project.db, article, user=project.analyst, **fields)
        attach_evidence(project.db, event, article, "location", 0, 4, user=project.analyst)
        start, end = figure
        add_claim(project.db, event, article, "fatalities", text[start:end], start=start,
                  end=end, low=5 if project is lina else 50, best=5 if project is lina else 50,
                  high=5 if project is lina else 50)  # fmt: skip
    omar.db.close()
    merge_project(lina, omar.path)
    lina.act_as("Adjudicator")
    return lina, article


def test_shared_values_taken_differences_chosen_with_rationale(two_codings, tmp_path):
    project, article = two_codings
    [group] = article_groups(project.db, article)
    differing = {c.field for c in compare(group) if not c.agreed}
    assert differing == {"event_date", "actor2", "fatalities"}
    with pytest.raises(ValidationError, match="pick a value"):
        adjudicate(project, article, group, {})
    with pytest.raises(ValidationError, match="rationale"):
        adjudicate(project, article, group, {
            "event_date": Choice("2024-12-05", "Lina", ""),
            "actor2": Choice(None, "Omar", "x"),
        })  # fmt: skip
    event_id = adjudicate(project, article, group, {
        "event_date": Choice("2024-12-05", "Lina", "the report is dated the 5th"),
        "actor2": Choice("Military Forces of Syria (2000-2024)", "Lina", "named in paragraph 2"),
    })  # fmt: skip
    event = project.db.execute("SELECT * FROM events WHERE id = ?", [event_id]).fetchone()
    row = dict(
        zip(
            [d[0] for d in project.db.execute("SELECT * FROM events").description],
            event,
            strict=True,
        )
    )
    assert row["event_date"] == "2024-12-05" and row["created_by"] == "Adjudicator"
    assert row["location"] == "Hama" and row["actor2"].startswith("Military Forces of Syria")
    assert row["fatalities"] is None  # not decided here: the claims and their conflict decide
    # evidence: the same span from both coders is one; claims: two spans, two claims
    spans = project.db.execute(
        "SELECT field, start, end, created_by FROM evidence WHERE event_id = ?", [event_id]
    ).fetchall()
    assert spans == [("location", 0, 4, "Lina")]
    claims = project.db.execute(
        "SELECT best, created_by FROM claims WHERE event_id = ? ORDER BY id", [event_id]
    ).fetchall()
    assert claims == [(5, "Lina"), (50, "Omar")]
    # the figures disagree: left to the conflicts view, an open conflict there
    assert (
        project.db.execute(
            "SELECT count(*) FROM conflicts WHERE event_id = ? AND status = 'open'", [event_id]
        ).fetchone()[0]
        == 1
    )
    # every choice is in the audit log, with its rationale
    logged = [
        json.loads(new)
        for (new,) in project.db.execute(
            "SELECT new_values FROM audit_log WHERE table_name = 'adjudication_choices'"
            " AND event_id = ? AND user = 'Adjudicator'",
            [event_id],
        )
    ]
    assert {(c["field"], c["chosen_from"]) for c in logged} >= {
        ("event_date", "Lina"), ("actor2", "Lina"), ("location", "shared"),
        ("fatalities", "conflicts"),
    }  # fmt: skip
    assert any(c["rationale"] == "the report is dated the 5th" for c in logged)
    # export: only the adjudicated event, with its coders and adjudicator
    project.db.execute("UPDATE conflicts SET status = 'dismissed' WHERE event_id = ?", [event_id])
    mark_event_coded(project.db, event_id, "Adjudicator")
    mark_event_reviewed(project.db, event_id, "Reviewer")
    out = tmp_path / "out"
    export_dataset(project.db, out, ExportOptions(include_all=True))
    rows = list(csv.DictReader((out / "events.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 1
    assert rows[0]["x_coders"] == "Lina; Omar" and rows[0]["x_adjudicated_by"] == "Adjudicator"
    package = json.loads((out / "datapackage.json").read_text())
    names = [f["name"] for f in package["resources"][0]["schema"]["fields"]]
    assert names[-2:] == ["x_coders", "x_adjudicated_by"]
    # undo: the adjudicated event goes, the codings come back into the export
    undo_adjudication(project.db, event_id)
    assert project.db.execute("SELECT count(*) FROM adjudications").fetchone()[0] == 0
    assert len(article_groups(project.db, article)) == 1


def test_team_columns_survive_export_import_export(two_codings, tmp_path):
    from reviewer.cli import main

    project, article = two_codings
    [group] = article_groups(project.db, article)
    adjudicate(project, article, group, {
        "event_date": Choice("2024-12-05", "Lina", "dated the 5th"),
        "actor2": Choice(None, "Omar", "not named"),
    })  # fmt: skip
    first, second = tmp_path / "first", tmp_path / "second"
    export_dataset(project.db, first, ExportOptions(include_all=True))
    empty = tmp_path / "empty.sqlite"
    assert main(["import-events", "--db", str(empty), str(first / "events.csv")]) == 0
    assert main(["export", "--db", str(empty), "--out", str(second), "--all"]) == 0
    rows = list(csv.DictReader((second / "events.csv").open(encoding="utf-8-sig")))
    assert [(r["x_coders"], r["x_adjudicated_by"]) for r in rows] == [("Lina; Omar", "Adjudicator")]
