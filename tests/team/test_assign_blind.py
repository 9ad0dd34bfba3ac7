"""Double-coding assignments and blind coding."""

import pytest

from reviewer.cli import main
from reviewer.errors import ReviewerError
from reviewer.team.assign import assign_articles, is_blind, mark_done, visible_events
from reviewer.team.merge import merge_project
from tests.team.conftest import HAMA_TAKEOVER, code_event


def _ids(project):
    return [row[0] for row in project.db.execute("SELECT id FROM articles ORDER BY id")]


def test_assign_by_count_percent_and_list_reproducibly(team):
    lead = team("Lead")
    ids = _ids(lead)
    first = assign_articles(lead, ["Lina", "Omar"], count=2, seed=7)
    assert len(first) == 2 and set(first) <= set(ids)
    rows = lead.db.execute("SELECT article_id, analyst, assigned_by FROM assignments").fetchall()
    assert sorted(rows) == sorted((a, n, "Lead") for a in first for n in ("Lina", "Omar"))
    other = team("Other")
    assert assign_articles(other, ["Lina", "Omar"], count=2, seed=7) == first  # same seed
    # a percentage draws from the articles not yet assigned to them
    more = assign_articles(lead, ["Lina", "Omar"], percent=50, seed=1)
    assert len(more) == round((len(ids) - 2) * 0.5) and not set(more) & set(first)
    assert assign_articles(lead, ["Lina", "Omar", "Sami"], article_ids=[ids[0]]) == [ids[0]]
    with pytest.raises(ReviewerError, match="two or more"):
        assign_articles(lead, ["Lina"], count=1)
    with pytest.raises(ReviewerError, match="no such article"):
        assign_articles(lead, ["Lina", "Omar"], article_ids=[999])


def _double_coded(team):
    """Lina and Omar code one article blind; Lina's project then holds both codings."""
    lina, omar = team("Lina"), team("Omar")
    article = _ids(lina)[0]
    for project in (lina, omar):
        assign_articles(project, ["Lina", "Omar"], article_ids=[article])
    code_event(lina, article, **HAMA_TAKEOVER)
    code_event(omar, article, **{**HAMA_TAKEOVER, "event_date": "2024-12-04"})
    omar.db.close()
    merge_project(lina, omar.path)  # Lina's project now holds Omar's coding too
    return lina, omar, article


def test_blind_until_every_assigned_analyst_is_done_also_across_merges(team):
    lina, omar, article = _double_coded(team)
    assert is_blind(lina.db, article, "Lina")
    assert [e["created_by"] for e in visible_events(lina.db, article, "Lina")] == ["Lina"]
    # someone not assigned (the adjudicator) sees both; nobody named sees both too
    assert len(visible_events(lina.db, article, "Adjudicator")) == 2
    mark_done(lina, article)
    assert is_blind(lina.db, article, "Lina")  # Omar is not done yet
    omar = type(lina).open(omar.path, analyst="Omar")
    mark_done(omar, article)
    omar.db.close()
    result = merge_project(lina, omar.path)
    assert result.marked_done == 1  # Omar's "done" came across in the merge
    assert not is_blind(lina.db, article, "Lina")
    assert len(visible_events(lina.db, article, "Lina")) == 2


def test_marking_done_needs_an_assignment(team):
    lina = team("Lina")
    with pytest.raises(ReviewerError, match="not assigned"):
        mark_done(lina, _ids(lina)[0])


def test_cli_assign(team, capsys):
    lead = team("Lead")
    lead.db.close()
    path = str(lead.path)
    assert (
        main(["--db", path, "assign", "--analysts", "Lina,Omar", "--count", "3", "--seed", "5"])
        == 0
    )
    assert "assigned 3 articles to Lina, Omar" in capsys.readouterr().out
    assert main(["--db", path, "assign", "--analysts", "Lina", "--count", "1"]) == 2
    assert "two or more analysts" in capsys.readouterr().err


def test_show_on_the_command_line_hides_a_colleagues_blind_coding(team, capsys, monkeypatch):
    lina, _omar, article = _double_coded(team)
    path = str(lina.path)
    lina.db.close()
    monkeypatch.delenv("REVIEWER_ANALYST", raising=False)

    def shown(*extra):
        assert main(["show", "--db", path, "--raw", str(article), *extra]) == 0
        return [line for line in capsys.readouterr().out.splitlines() if line.startswith("event")]

    assert [line.split(":")[1].split()[0] for line in shown("--as", "Lina")] == ["2024-12-05"]
    monkeypatch.setenv("REVIEWER_ANALYST", "Omar")
    assert [line.split(":")[1].split()[0] for line in shown()] == ["2024-12-04"]
    assert len(shown("--as", "Adjudicator")) == 2  # not assigned: sees both
    main(["show", "--db", path, "--raw", str(article), "--as", "Lina"])
    assert "1 event(s) by other coders hidden" in capsys.readouterr().out
