"""Export: ACLED's columns and formats, companions, filters, Excel safety, atomic writes."""

import csv
import json
import shutil
import subprocess

import pytest

from reviewer.cli import EXIT_ERROR, EXIT_OK, main
from reviewer.errors import ReviewerError
from reviewer.export import ExportCancelled, ExportOptions, export_dataset
from reviewer.storage.database import set_user
from reviewer.storage.events import create_event, link_report
from reviewer.storage.review import mark_event_coded, mark_event_reviewed

# ACLED's 31 columns in ACLED's order (shared reference, coding-standards.md).
ACLED_HEADER = """
    event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
    sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
    interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3,
    location, latitude, longitude, geo_precision, source, source_scale, notes,
    fatalities, tags, timestamp
""".replace(",", " ").split()


def build_project(db):
    """Four events in the sample project: two reviewed, one coded, one draft."""
    set_user(db, "amal")
    for article_id, outlet, reliability, scale in (
        (1, "Enab Baladi", "B", "National"),
        (2, "Reuters", "A", "International"),
        (3, "Syria TV", None, "National"),
    ):
        source = db.execute(
            "INSERT INTO sources (name, reliability, scale) VALUES (?, ?, ?)",
            [outlet, reliability, scale],
        ).lastrowid
        db.execute("UPDATE articles SET source_id = ? WHERE id = ?", [source, article_id])
    hama = create_event(
        db, 1, event_date="2024-12-05", time_precision=1, event_type="Battles",
        sub_event_type="Non-state actor overtakes territory", actor1="Hayat Tahrir al-Sham",
        assoc_actor_1="Free Syrian Army; National Front for Liberation", inter1="Rebel group",
        actor2="Military Forces of Syria (2000-2024)", inter2="State forces", iso=760,
        country="Syria", admin1="Hama", admin2="Hama", location="Hama", location_ar="حماة",
        latitude=35.13179, longitude=36.75783, geo_precision=1, fatalities=100,
        fatalities_low=100, fatalities_high=3000, notes="سيطرت الفصائل على مدينة حماة",
        tags="local administrators",
    )  # fmt: skip
    link_report(db, 2, hama)
    db.execute("UPDATE reports SET credibility = 2 WHERE event_id = ? AND article_id = 1", [hama])
    db.execute("UPDATE reports SET credibility = 1 WHERE event_id = ? AND article_id = 2", [hama])
    claims = [
        db.execute(
            "INSERT INTO claims (event_id, article_id, field, verbatim, low, best, high,"
            " credibility, created_at) VALUES (?, ?, 'prisoners_released', ?, ?, ?, ?, 2, 'x')",
            [hama, article, words, low, best, high],
        ).lastrowid
        for article, words, low, best, high in (
            (1, "مئات", 100, 100, 999),
            (2, "3000", 3000, 3000, 3000),
        )
    ]  # fmt: skip
    conflict = db.execute(
        "INSERT INTO conflicts (event_id, field, origin, status,"
        " resolution_value, resolution_best, rationale, resolved_by, resolved_at, created_at)"
        " VALUES (?, 'prisoners_released', 'detected', 'resolved', 'مئات', 100,"
        " 'four reports agree', 'bassam', '2024-12-09T10:00:00+00:00', 'x')",
        [hama],
    ).lastrowid
    for claim in claims:
        db.execute(
            "INSERT INTO conflict_claims (conflict_id, claim_id, event_id) VALUES (?, ?, ?)",
            [conflict, claim, hama],
        )
    homs = create_event(
        db, 3, event_date="2024-12-07", time_precision=1, event_type="Violence against civilians",
        sub_event_type="Attack", actor1="Unidentified Armed Group (Syria)", civilian_targeting=1,
        inter1="Political militia", actor2="Civilians (Syria)", inter2="Civilians",
        iso=760, country="Syria", admin1="Homs", location="Homs", latitude=34.7268,
        longitude=36.7234, geo_precision=1,
        notes='=HYPERLINK("http://x") قتلى', fatalities=0,
    )  # fmt: skip
    idlib = create_event(
        db, 2, event_date="2024-11-30", time_precision=2, event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory", actor1="Hayat Tahrir al-Sham",
        inter1="Rebel group", iso=760, country="Syria", admin1="Idleb", location="Saraqib",
        latitude=35.8623, longitude=36.8006, geo_precision=2,
    )  # fmt: skip
    draft = create_event(db, 4, notes="-")
    for event_id in (hama, homs, idlib):
        mark_event_coded(db, event_id, "amal")
    mark_event_reviewed(db, hama, "bassam")
    mark_event_reviewed(db, idlib, "bassam")
    return {"hama": hama, "homs": homs, "idlib": idlib, "draft": draft}


def read_csv(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def header_of(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return next(csv.reader(handle))


@pytest.fixture
def project(sample_db):
    return sample_db, build_project(sample_db)


def test_header_is_acled_31_columns_in_order_then_x_columns(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "out")
    header = header_of(tmp_path / "out" / "events.csv")
    assert header[:31] == ACLED_HEADER
    assert all(name.startswith("x_") for name in header[31:])
    for name in ("x_fatalities_low", "x_fatalities_best", "x_fatalities_high",
                 "x_source_reliability", "x_credibility", "x_conflict_status", "x_n_reports",
                 "x_article_ids", "x_reviewer", "x_location_ar"):  # fmt: skip
        assert name in header


def test_reviewed_only_by_default_all_with_option(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "reviewed")
    assert {r["x_status"] for r in read_csv(tmp_path / "reviewed" / "events.csv")} == {"reviewed"}
    export_dataset(db, tmp_path / "all", ExportOptions(include_all=True))
    rows = read_csv(tmp_path / "all" / "events.csv")
    assert len(rows) == 4
    assert [r["event_date"] for r in rows] == ["", "2024-11-30", "2024-12-05", "2024-12-07"]


def test_acled_formats_and_derived_columns(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "out", ExportOptions(include_all=True))
    rows = {r["location"]: r for r in read_csv(tmp_path / "out" / "events.csv")}
    hama = rows["Hama"]
    assert hama["event_date"] == "2024-12-05" and hama["year"] == "2024"
    assert hama["disorder_type"] == "Political violence"
    assert hama["interaction"] == "State forces-Rebel group"
    assert hama["assoc_actor_1"] == "Free Syrian Army; National Front for Liberation"
    assert (hama["iso"], hama["region"], hama["country"]) == ("760", "Middle East", "Syria")
    assert (hama["latitude"], hama["longitude"]) == ("35.1318", "36.7578")
    assert hama["source"] == "Enab Baladi; Reuters"
    assert hama["source_scale"] == "National-International"
    assert hama["civilian_targeting"] == ""
    assert hama["fatalities"] == "100" and hama["x_fatalities_high"] == "3000"
    assert hama["x_source_reliability"] == "B; A" and hama["x_credibility"] == "2; 1"
    assert (hama["x_n_reports"], hama["x_article_ids"]) == ("2", "1; 2")
    assert hama["x_conflict_status"] == "resolved"
    assert (hama["x_reviewer"], hama["x_coded_by"]) == ("bassam", "amal")
    assert hama["x_location_ar"] == "حماة"
    assert hama["notes"] == "سيطرت الفصائل على مدينة حماة"
    assert hama["timestamp"].isdigit() and int(hama["timestamp"]) > 1_700_000_000
    homs = rows["Homs"]
    assert homs["civilian_targeting"] == "Civilians targeted"
    assert homs["interaction"] == "Political militia-Civilians"
    assert homs["x_source_reliability"] == "" and homs["source_scale"] == "National"
    assert rows["Saraqib"]["interaction"] == "Rebel group only"


def test_date_and_admin1_filters(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "a", ExportOptions(include_all=True, date_from="2024-12-01"))
    assert {r["location"] for r in read_csv(tmp_path / "a" / "events.csv")} == {"Hama", "Homs"}
    export_dataset(
        db, tmp_path / "b", ExportOptions(include_all=True, date_to="2024-12-05", admin1="hama")
    )
    assert [r["location"] for r in read_csv(tmp_path / "b" / "events.csv")] == ["Hama"]
    with pytest.raises(ReviewerError, match="--from: '5/12/2024' is not a date"):
        export_dataset(db, tmp_path / "c", ExportOptions(date_from="5/12/2024"))


def test_companion_files_and_datapackage(project, tmp_path):
    db, _ = project
    out = tmp_path / "out"
    export_dataset(db, out)
    claims = read_csv(out / "claims.csv")
    assert [c["verbatim"] for c in claims] == ["مئات", "3000"]
    assert claims[0]["grade"] == "B2" and claims[0]["outlet"] == "Enab Baladi"
    (conflict,) = read_csv(out / "conflicts.csv")
    assert (conflict["status"], conflict["resolution_best"]) == ("resolved", "100")
    assert conflict["claim_ids"] == "; ".join(c["claim_id"] for c in claims)
    assert conflict["n_claims"] == "2" and "claim_a" not in conflict
    assert {c["conflict_id"] for c in claims} == {conflict["conflict_id"]}
    described = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    fields = {f["name"]: f for f in described["resources"][2]["schema"]["fields"]}
    assert "every claim on the field" in fields["claim_ids"]["description"]
    assert conflict["rationale"] == "four reports agree" and conflict["resolved_by"] == "bassam"
    sources = {s["name"]: s for s in read_csv(out / "sources.csv")}
    assert sources["Reuters"]["reliability"] == "A"
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [
        "events.csv", "claims.csv", "conflicts.csv", "sources.csv",
    ]  # fmt: skip
    for resource in package["resources"]:
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert names == header_of(out / resource["path"])
        assert all(
            f["type"] in {"string", "integer", "number", "date"}
            for f in resource["schema"]["fields"]
        )
    events = {f["name"]: f["type"] for f in package["resources"][0]["schema"]["fields"]}
    assert (events["event_date"], events["latitude"], events["fatalities"]) == (
        "date",
        "number",
        "integer",
    )


def test_formula_cells_are_neutralised_by_default_and_not_in_raw_mode(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "plain", ExportOptions(include_all=True, raw=True))
    export_dataset(db, tmp_path / "xl", ExportOptions(include_all=True))
    plain = {r["event_id_cnty"]: r for r in read_csv(tmp_path / "plain" / "events.csv")}
    excel = {r["event_id_cnty"]: r for r in read_csv(tmp_path / "xl" / "events.csv", "utf-8-sig")}
    homs = next(k for k, r in plain.items() if r["location"] == "Homs")
    assert plain[homs]["notes"].startswith("=HYPERLINK")
    assert excel[homs]["notes"] == "'" + plain[homs]["notes"]
    draft = next(k for k, r in plain.items() if r["x_status"] == "draft")
    assert excel[draft]["notes"] == "'-"
    assert excel[homs]["latitude"] == plain[homs]["latitude"]  # numbers untouched


def test_negative_numbers_stay_numbers_in_the_safe_export(project, tmp_path):
    db, ids = project
    db.execute("UPDATE events SET longitude = -3.5, latitude = -1.25 WHERE id = ?", [ids["hama"]])
    export_dataset(db, tmp_path / "xl", ExportOptions())
    hama = next(
        r for r in read_csv(tmp_path / "xl" / "events.csv", "utf-8-sig") if r["location"] == "Hama"
    )
    assert (hama["latitude"], hama["longitude"]) == ("-1.2500", "-3.5000")


def test_arabic_survives_the_bom_option_read_back_with_csv(project, tmp_path):
    db, _ = project
    export_dataset(db, tmp_path / "xl", ExportOptions())
    for name in ("events.csv", "claims.csv", "conflicts.csv", "sources.csv"):
        assert (tmp_path / "xl" / name).read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(tmp_path / "xl" / "events.csv", "utf-8-sig")
    assert next(iter(rows[0])) == "event_id_cnty"  # the BOM is not glued to the first name
    hama = next(r for r in rows if r["location"] == "Hama")
    assert hama["x_location_ar"] == "حماة"
    assert hama["notes"] == "سيطرت الفصائل على مدينة حماة"
    package = json.loads((tmp_path / "xl" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["resources"][0]["encoding"] == "utf-8-sig"
    assert not (tmp_path / "plain").exists()


def test_arabic_survives_the_bom_option_read_back_with_pandas(project, tmp_path):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed here")
    db, _ = project
    export_dataset(db, tmp_path / "xl", ExportOptions())
    frame = pandas.read_csv(tmp_path / "xl" / "events.csv", encoding="utf-8-sig")
    assert "حماة" in set(frame["x_location_ar"])


def test_arabic_survives_the_bom_option_read_back_with_libreoffice(project, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed here")
    db, _ = project
    export_dataset(db, tmp_path / "xl", ExportOptions())
    subprocess.run(
        # --infilter: headless LibreOffice has no import dialog to pick the encoding in.
        [soffice, "--headless", "--infilter=CSV:44,34,76,1",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
         "--outdir", str(tmp_path / "lo"), str(tmp_path / "xl" / "events.csv")],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    assert "حماة" in (tmp_path / "lo" / "events.csv").read_text(encoding="utf-8")


def test_a_failure_mid_write_leaves_no_file_under_the_final_name(project, tmp_path):
    db, _ = project
    out = tmp_path / "out"

    def explode(done, total):
        if done > 0:
            raise OSError("disk full")

    import reviewer.export.writer as writer

    original = writer.PROGRESS_EVERY
    writer.PROGRESS_EVERY = 1
    try:
        with pytest.raises(ReviewerError, match=r"events\.csv: cannot write the export"):
            export_dataset(db, out, ExportOptions(include_all=True), progress=explode)
    finally:
        writer.PROGRESS_EVERY = original
    assert out.is_dir() and list(out.iterdir()) == []


def test_a_failed_export_keeps_the_previous_one_intact(project, tmp_path):
    db, _ = project
    out = tmp_path / "out"
    export_dataset(db, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = iter(range(1000))
    with pytest.raises(ExportCancelled):
        export_dataset(db, out, ExportOptions(include_all=True), cancel=lambda: next(calls) >= 1)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_progress_reaches_the_total(project, tmp_path):
    db, _ = project
    seen = []
    export_dataset(db, tmp_path / "out", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 0


def test_export_command(project, db_path, tmp_path, capsys):
    out = tmp_path / "cli"
    assert main(["export", "--db", str(db_path), "--out", str(out), "--all", "--excel"]) == EXIT_OK
    assert "exported 4 events" in capsys.readouterr().out
    assert (out / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code = main(["export", "--db", str(db_path), "--out", str(out), "--from", "yesterday"])
    assert code == EXIT_ERROR
    assert "--from: 'yesterday' is not a date" in capsys.readouterr().err


def test_fatalities_follow_acleds_rule_from_claims_when_the_field_is_empty(sample_db, tmp_path):
    from reviewer.storage import claims as claim_store
    from reviewer.storage.events import update_event

    text = sample_db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    event = create_event(sample_db, 1, event_type="Battles", event_date="2024-12-05")
    start = text.index("مئات")
    claim_store.add_claim(sample_db, event, 1, "fatalities", "مئات", start=start, end=start + 4)
    start = text.index("3000")
    claim_store.add_claim(sample_db, event, 1, "fatalities", "3000", start=start, end=start + 4)
    coded = create_event(sample_db, 1, event_type="Battles", event_date="2024-12-05")
    update_event(sample_db, coded, {"fatalities": 7})
    claim_store.add_claim(sample_db, coded, 1, "fatalities", "3000", start=start, end=start + 4)

    export_dataset(sample_db, tmp_path, ExportOptions(include_all=True))
    with (tmp_path / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["event_id_cnty"]: row for row in csv.DictReader(handle)}
    assert rows[f"RVW{event}"]["fatalities"] == "100"  # hundreds counts as 100
    assert rows[f"RVW{coded}"]["fatalities"] == "7"  # the analyst's own figure wins


@pytest.mark.parametrize("dangerous", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tTAB", "\rCR"])
def test_each_formula_trigger_is_neutralised_in_the_safe_export(project, tmp_path, dangerous):
    db, ids = project
    db.execute("UPDATE events SET notes = ? WHERE id = ?", [dangerous, ids["hama"]])
    export_dataset(db, tmp_path / "xl", ExportOptions())
    rows = read_csv(tmp_path / "xl" / "events.csv", "utf-8-sig")
    hama = next(r for r in rows if r["location"] == "Hama")
    assert hama["notes"] == "'" + dangerous


def test_claims_csv_keeps_credibility_and_the_grade_the_window_shows(sample_db, tmp_path):
    from reviewer.reliability import format_grade
    from reviewer.storage import claims as claim_store
    from reviewer.storage import reports, sources

    db = sample_db
    db.execute("UPDATE articles SET source_id = NULL WHERE id = 1")  # no outlet named
    sources.set_reliability(db, sources.assign_article_outlet(db, 5, "Syria TV"), "B")
    event = create_event(db, 1)
    link_report(db, 5, event)
    reports.set_credibility(db, 1, event, 2)
    reports.set_credibility(db, 5, event, 3)
    claim_store.add_claim(db, event, 1, "fatalities", "مئات")
    claim_store.add_claim(db, event, 5, "fatalities", "مئات")
    export_dataset(db, tmp_path, ExportOptions(include_all=True))
    shown = {
        c["article_id"]: format_grade(c["reliability"], c["credibility"])
        for c in claim_store.list_claims(db, event)
    }
    assert shown == {1: "–2", 5: "B3"}  # what the window's grade box shows
    rows = {r["article_id"]: r for r in read_csv(tmp_path / "claims.csv")}
    assert (rows["1"]["credibility"], rows["1"]["grade"]) == ("2", "–2")
    assert (rows["5"]["credibility"], rows["5"]["grade"]) == ("3", "B3")


def test_a_reviewed_event_with_an_open_conflict_is_never_exported_as_reviewed(project, tmp_path):
    db, ids = project
    # An older file: reviewed, then a conflict left open (storage now prevents this).
    db.execute("UPDATE conflicts SET status = 'open' WHERE event_id = ?", [ids["hama"]])
    export_dataset(db, tmp_path / "reviewed")
    cnty = db.execute("SELECT event_id_cnty FROM events WHERE id = ?", [ids["hama"]]).fetchone()[0]
    reviewed = read_csv(tmp_path / "reviewed" / "events.csv")
    assert cnty not in {r["event_id_cnty"] for r in reviewed}
    assert read_csv(tmp_path / "reviewed" / "conflicts.csv") == []
    export_dataset(db, tmp_path / "all", ExportOptions(include_all=True))
    hama = next(r for r in read_csv(tmp_path / "all" / "events.csv") if r["event_id_cnty"] == cnty)
    assert (hama["x_status"], hama["x_conflict_status"], hama["x_reviewer"]) == (
        "coded", "open", "",
    )  # fmt: skip
