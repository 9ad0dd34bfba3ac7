"""`reviewer suggest ARTICLE`: a file read directly, or an article in a project."""

import json

from reviewer.cli import main
from reviewer.storage.suggestions import clear_rejections, list_rejections, reject

TEXT = "انسحب الجيش السوري من مدينة حماة، اليوم الخميس، وأطلقت الفصائل مئات المعتقلين.\n"


def run_json(capsys, *argv):
    assert main(["suggest", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_file_without_database(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = run_json(capsys, str(path), "--published", "2024-12-05", "--db", str(tmp_path / "x.db"))
    assert not (tmp_path / "x.db").exists()  # a file is read without opening a project
    by_kind = {}
    for s in doc["suggestions"]:
        by_kind.setdefault(s["kind"], []).append(s)
        assert TEXT.strip()[s["start"] : s["end"]] == s["text"]
    assert by_kind["place"][0]["value"] == "Hama"
    assert by_kind["actor"][0]["value"] == "Military Forces of Syria (2000-2024)"
    assert by_kind["date"][0]["value"] == "2024-12-05"
    assert by_kind["figure"][0]["value"] == [200, 999]
    assert by_kind["figure"][0]["extra"]["category"] == "prisoners"


def test_plain_output_lists_spans(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["suggest", str(path), "--kind", "place"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("place") and "-> " in out[0]
    assert "Hama" in out[0]


def test_article_in_project_uses_its_published_date_and_hides_rejections(
    sample_db, db_path, capsys
):
    article_id = sample_db.execute(
        "SELECT id FROM articles WHERE published = '2024-12-08'"
    ).fetchone()[0]
    doc = run_json(capsys, str(article_id), "--db", str(db_path))
    assert doc["published"] == "2024-12-08"
    saturdays = [s for s in doc["suggestions"] if s["text"] == "مساء السبت"]
    assert saturdays and all(s["value"] == "2024-12-07" for s in saturdays)
    first_place = next(s for s in doc["suggestions"] if s["kind"] == "place")

    reject(
        sample_db, article_id, "place", first_place["start"], first_place["end"],
        first_place["value"], user="amal",
    )  # fmt: skip
    assert list_rejections(sample_db, article_id)[0]["rejected_by"] == "amal"
    hidden = run_json(capsys, str(article_id), "--db", str(db_path))
    assert len(hidden["suggestions"]) == len(doc["suggestions"]) - 1
    assert first_place not in hidden["suggestions"]
    shown = run_json(capsys, str(article_id), "--db", str(db_path), "--all")
    assert first_place in shown["suggestions"]
    assert clear_rejections(sample_db, article_id) == 1


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["suggest", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["suggest", str(path), "--published", "5/12/2024"]) == 2
    assert "--published" in capsys.readouterr().err
