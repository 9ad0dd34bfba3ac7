"""import-events: ACLED-format CSV into events; bad rows rejected one by one; round trip."""

import csv
import importlib.util
from pathlib import Path

import pytest

from reviewer.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, main
from reviewer.errors import ReviewerError
from reviewer.importing.events_csv import import_events_csv
from reviewer.storage.events import get_event

_spec = importlib.util.spec_from_file_location(
    "export_tests", Path(__file__).with_name("test_export.py")
)
export_tests = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(export_tests)

HEADER = export_tests.ACLED_HEADER


def write_rows(path, rows, header=HEADER):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def acled_row(**overrides):
    row = dict.fromkeys(HEADER, "")
    row.update(
        event_id_cnty="SYR123456", event_date="2024-12-05", year="2024", time_precision="1",
        disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Hayat Tahrir al-Sham", inter1="Rebel group",
        actor2="Military Forces of Syria (2000-2024)", inter2="State forces",
        interaction="State forces-Rebel group", iso="760", region="Middle East",
        country="Syria", admin1="Hama", location="Hama", latitude="35.1318",
        longitude="36.7578", geo_precision="1", source="SOHR; Reuters",
        source_scale="Other-International", notes="Clashes in Hama.", fatalities="12",
        timestamp="1733400000",
    )  # fmt: skip
    row.update(overrides)
    return row


def test_plain_acled_rows_become_coded_events_with_their_ids(db, tmp_path):
    path = write_rows(tmp_path / "acled.csv", [acled_row()])
    result = import_events_csv(db, path, user="lead")
    assert (result.imported, result.rejected) == (1, [])
    (event,) = db.query("SELECT * FROM events")
    assert event["event_id_cnty"] == "SYR123456"
    assert (event["status"], event["coded_by"]) == ("coded", None)
    assert (event["latitude"], event["fatalities"], event["inter1"]) == (35.1318, 12, "Rebel group")
    assert event["updated_at"] == "2024-12-05T12:00:00+00:00"
    assert event["created_by"] == "lead"
    (audit,) = db.query("SELECT user, action FROM audit_log WHERE table_name = 'events'")
    assert audit == {"user": "lead", "action": "insert"}


def test_bad_rows_are_rejected_one_by_one_with_row_number_and_reason(db, tmp_path):
    rows = [
        acled_row(event_id_cnty="A1"),
        acled_row(event_id_cnty="A2", event_date="05/12/2024"),
        acled_row(event_id_cnty="A3", sub_event_type="Peaceful protest"),
        acled_row(event_id_cnty="A4", latitude="north"),
        acled_row(event_id_cnty="A1"),
        acled_row(event_id_cnty="A6", inter1="Militia of sorts"),
        acled_row(event_id_cnty="A7", civilian_targeting="yes"),
        acled_row(event_id_cnty="A8", latitude="48.85", longitude="2.35"),
        acled_row(event_id_cnty="A9", fatalities="5", x_fatalities_low="9"),
        acled_row(event_id_cnty="A10"),
    ]
    header = [*HEADER, "x_fatalities_low"]
    rows[-2]["x_fatalities_low"] = "9"
    for row in rows:
        row.setdefault("x_fatalities_low", "")
    result = import_events_csv(db, write_rows(tmp_path / "mixed.csv", rows, header))
    assert result.imported == 2
    reasons = dict(result.rejected)
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "event_date: '05/12/2024' is not a date" in reasons[3]
    assert "sub_event_type" in reasons[4]
    assert "latitude: 'north'" in reasons[5]
    assert "'A1' is already here" in reasons[6]
    assert "inter1" in reasons[7]
    assert "civilian_targeting" in reasons[8]
    assert "outside Syria" in reasons[9]
    assert "fatalities" in reasons[10]
    assert [r["event_id_cnty"] for r in db.query("SELECT * FROM events ORDER BY id")] == [
        "A1", "A10",
    ]  # fmt: skip


def test_missing_required_columns_refuse_the_file(db, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,value\na,1\n", encoding="utf-8")
    with pytest.raises(ReviewerError, match="not an ACLED-format CSV"):
        import_events_csv(db, path)


def test_import_events_command_exit_codes(db_path, tmp_path, capsys):
    good = write_rows(tmp_path / "good.csv", [acled_row()])
    assert main(["import-events", "--db", str(db_path), str(good)]) == EXIT_OK
    bad = write_rows(tmp_path / "bad.csv", [acled_row(event_id_cnty="B1", year="1999")])
    assert main(["import-events", "--db", str(db_path), str(bad)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert f"rejected: {bad}: row 2: year: 1999 does not match" in err
    assert main(["import-events", "--db", str(db_path), str(tmp_path / "none.csv")]) == EXIT_ERROR


def test_round_trip_export_import_export_is_byte_identical(sample_db, db_path, tmp_path):
    export_tests.build_project(sample_db)
    first, second = tmp_path / "first", tmp_path / "second"
    assert main(["export", "--db", str(db_path), "--out", str(first), "--all"]) == EXIT_OK
    empty = tmp_path / "empty.sqlite"
    assert main(["import-events", "--db", str(empty), str(first / "events.csv")]) == EXIT_OK
    assert main(["export", "--db", str(empty), "--out", str(second), "--all"]) == EXIT_OK
    original = (first / "events.csv").read_bytes()
    assert original.count(b"\r\n") == 5  # header + 4 events: the test covers every status
    assert (second / "events.csv").read_bytes() == original


def test_imported_event_keeps_its_sources_and_adds_linked_outlets(db, tmp_path):
    from reviewer.export import export_dataset
    from reviewer.importing.corpus_import import import_paths
    from reviewer.paths import corpus_dir
    from reviewer.storage.events import link_report

    import_events_csv(db, write_rows(tmp_path / "a.csv", [acled_row()]))
    import_paths(db, [corpus_dir()])
    event_id = db.execute("SELECT id FROM events").fetchone()[0]
    outlet = db.execute(
        "SELECT coalesce(s.name_en, s.name) FROM articles a JOIN sources s ON s.id = a.source_id"
    ).fetchone()[0]
    article = db.execute("SELECT id FROM articles WHERE source_id IS NOT NULL").fetchone()[0]
    db.execute("UPDATE events SET event_date = '2024-12-05' WHERE id = ?", [event_id])
    link_report(db, article, event_id)
    export_dataset(db, tmp_path / "out", export_tests.ExportOptions(include_all=True))
    (row,) = export_tests.read_csv(tmp_path / "out" / "events.csv")
    assert row["source"] == f"SOHR; Reuters; {outlet}"
    assert row["x_n_reports"] == "1"
    assert get_event(db, event_id)["status"] == "coded"


def test_rows_are_held_to_the_windows_completeness_rules(db, tmp_path):
    header = [*HEADER, "x_status", "x_reviewer", "x_conflict_status"]
    rows = [
        acled_row(event_id_cnty="C1", x_status="reviewed", x_reviewer="bassam"),
        acled_row(event_id_cnty="C2", x_status="reviewed", x_reviewer=""),
        acled_row(event_id_cnty="C3", x_status="coded", admin1="", geo_precision=""),
        acled_row(event_id_cnty="C4", admin1=""),
        acled_row(event_id_cnty="C5", x_status="draft", admin1="", actor1="", inter1=""),
        acled_row(
            event_id_cnty="C6", x_status="reviewed", x_reviewer="b", x_conflict_status="open"
        ),
    ]
    for row in rows:
        for name in ("x_status", "x_reviewer", "x_conflict_status"):
            row.setdefault(name, "")
    result = import_events_csv(db, write_rows(tmp_path / "status.csv", rows, header))
    reasons = dict(result.rejected)
    assert sorted(reasons) == [3, 4, 5, 7]
    assert "x_conflict_status 'open'" in reasons[7]
    assert reasons[3] == "x_status 'reviewed': missing reviewer's name (x_reviewer)"
    assert reasons[4] == (
        "x_status 'coded': missing admin1 (governorate) (admin1), geo precision (geo_precision)"
    )
    assert reasons[5].startswith("status 'coded' (no x_status): missing admin1")
    statuses = {r["event_id_cnty"]: r["status"] for r in db.query("SELECT * FROM events")}
    assert statuses == {"C1": "reviewed", "C5": "draft"}
