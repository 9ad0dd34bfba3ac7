"""Agreement per field on a merged sample of two analysts' projects."""

import json

import pytest

from reviewer.agreement import alpha, compute_agreement
from reviewer.cli import main
from reviewer.storage.events import create_event
from reviewer.storage.reports import set_credibility
from reviewer.team.merge import merge_project

BATTLE = ("Battles", "Armed clash")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def _code(project, article, kind, day, place, fatalities, actor2=None, credibility=None):
    event = create_event(
        project.db, article, user=project.analyst, event_type=kind[0], sub_event_type=kind[1],
        event_date=day, location=place, admin1=place, actor1="Hayat Tahrir al-Sham",
        actor2=actor2, fatalities=fatalities,
    )  # fmt: skip
    if credibility:
        set_credibility(project.db, article, event, credibility)
    return event


@pytest.fixture
def merged(team):
    lina, omar = team("Lina"), team("Omar")
    articles = [r[0] for r in lina.db.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
    # article 1: both coded the takeover of Hama; Omar left actor2 empty, 10 vs 12 dead
    _code(lina, articles[0], TAKEOVER, "2024-12-05", "Hama", 10, "Syrian army", 2)
    _code(omar, articles[0], TAKEOVER, "2024-12-05", "Hama", 12, None, 3)
    # article 2: a strike on Homs, one day apart, same figures; Omar also found a clash
    _code(lina, articles[1], STRIKE, "2024-12-06", "Homs", 4, credibility=1)
    _code(omar, articles[1], STRIKE, "2024-12-07", "Homs", 4, credibility=1)
    _code(omar, articles[1], BATTLE, "2024-11-20", "Idlib", 0)
    # article 3: a clash, but coded as a takeover by Lina
    _code(lina, articles[2], TAKEOVER, "2024-12-01", "Aleppo", 0, credibility=2)
    _code(omar, articles[2], BATTLE, "2024-12-01", "Aleppo", 0, credibility=2)
    omar.db.close()
    merge_project(lina, omar.path)
    return lina


def test_per_field_alpha_units_and_levels(merged):
    report = compute_agreement(merged.db)
    assert report.coders == ("Lina", "Omar") and report.articles == 3
    by_field = {f.field: f for f in report.fields}
    assert by_field["event_type"].units == 3 and by_field["event_type"].alpha == 1.0
    subtype = by_field["sub_event_type"]
    assert subtype.level == "nominal"
    assert subtype.alpha == pytest.approx(alpha([[0, 1, 0], [0, 1, 2]], "nominal"))
    # dates in days at the interval level: 0, 1 and 0 days apart
    date = by_field["event_date"]
    assert date.level == "interval" and date.units == 3
    assert date.alpha == pytest.approx(alpha([[5, 6, 1], [5, 7, 1]], "interval"))
    assert by_field["fatalities"].alpha == pytest.approx(alpha([[10, 4, 0], [12, 4, 0]], "ratio"))
    assert by_field["credibility"].alpha == pytest.approx(alpha([[2, 1, 2], [3, 1, 2]], "ordinal"))
    # an empty actor2 is a value at the nominal level (it disagrees with a named actor) ...
    actor2 = by_field["actor2"]
    assert actor2.units == 3 and actor2.alpha == pytest.approx(
        alpha([[0, 1, 1], [1, 1, 1]], "nominal")
    )
    # ... while Omar's clash in article 2, which Lina never coded, is "not coded" for her
    assert [p.coders for p in actor2.pairs] == [("Lina", "Omar")]
    detection = report.detection
    assert (detection.events, detection.found_by_all, detection.found_by_some) == (4, 3, 1)
    assert detection.found_alone == {"Lina": 0, "Omar": 1}


def test_filters_by_coders_and_by_date(merged):
    assert compute_agreement(merged.db, coders=["Lina"]).articles == 0
    assert compute_agreement(merged.db, coders=["Lina", "Omar"]).articles == 3
    assert compute_agreement(merged.db, date_from="2999-01-01").articles == 0


def test_cli_prints_a_table_and_json(merged, capsys):
    merged.db.close()
    path = str(merged.path)
    assert main(["--db", path, "agreement"]) == 0
    out = capsys.readouterr().out
    assert "event_type" in out and "nominal" in out and "event detection: 4 events" in out
    assert main(["--db", path, "agreement", "--json", "--coders", "Lina,Omar"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 3 and data["fields"][0]["field"] == "event_type"
    with pytest.raises(SystemExit):
        main(["--db", path, "agreement", "--from", "2024-13-01"])


def test_report_draws_the_agreement_chart(merged, tmp_path):
    from reviewer.report.agreement_chart import agreement_figure
    from reviewer.report.charts import ReportData, load_report_data
    from reviewer.report.summary import write_report

    data = load_report_data(merged.db)
    figure = agreement_figure(data)
    bars = figure.axes[0].patches
    defined = [f for f in data.agreement.fields if f.alpha is not None]
    assert len(bars) == len(defined) + 1  # one per field with an alpha, plus detection
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "event_date (interval, 3 units)" in labels
    report = write_report(merged.db, tmp_path / "report")
    png = report.charts["agreement"].read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    empty = agreement_figure(ReportData())
    assert not empty.axes[0].patches
