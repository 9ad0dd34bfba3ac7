"""The result texts the window shows (merge, sync, events import, agreement notes) are Messages.

Sibling of test_refusals_are_messages: a summary line, or a refusal or conflict a
sync lists, written as an f-string would reach an Arabic window in English
(issue 16). A source walk refuses plain text there; a real merge checks that
every line has an id and that the English the command line prints is unchanged.
"""

import ast
from pathlib import Path

from reviewer.messages import Message, Summary, table_name

from .test_refusals_are_messages import _base_name, _is_plain_text

REPO = Path(__file__).resolve().parent.parent.parent
# The core modules whose results the window (or the command line) prints verbatim.
RESULT_MODULES = ["team/merge.py", "server/sync.py", "importing/events_csv.py", "agreement.py"]
# Lists of a result that are shown line by line.
SHOWN_LISTS = {"refused", "conflicts", "grade_differences"}
# Texts of a result the window shows as they are (an agreement field's note).
SHOWN_TEXTS = {"note"}


def _plain(node: ast.expr) -> bool:
    """Plain text, also as either branch of ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return _plain(node.body) or _plain(node.orelse)
    return _is_plain_text(node)


def plain_summary_text(source: str) -> list[int]:
    """Lines where a ``summary()`` builds plain text or a shown list gets a plain sentence."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == "summary":
            body = node.body[1:] if ast.get_docstring(node) else node.body
            for stmt in body:
                found += [
                    n.lineno
                    for n in ast.walk(stmt)
                    if isinstance(n, ast.JoinedStr)
                    or (isinstance(n, ast.Constant) and isinstance(n.value, str) and " " in n.value)
                ]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("append", "extend")
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr in SHOWN_LISTS
            and any(_is_plain_text(arg) for arg in node.args)
        ):
            found.append(node.lineno)
        if (
            isinstance(node, ast.Assign)
            and any(_base_name(target) in SHOWN_TEXTS for target in node.targets)
            and _plain(node.value)
            and not (isinstance(node.value, ast.Constant) and node.value.value == "")
        ):
            found.append(node.lineno)
    return sorted(set(found))


def test_no_summary_of_the_core_is_plain_text():
    problems = []
    for relative in RESULT_MODULES:
        path = REPO / "reviewer" / relative
        for line in plain_summary_text(path.read_text(encoding="utf-8")):
            problems.append(f"reviewer/{relative}:{line}")
    assert not problems, "summaries the window cannot translate; use Message:\n" + "\n".join(
        problems
    )


def test_the_walk_finds_plain_summaries():
    source = '''
class R:
    def summary(self):
        """Why."""
        return f"merged {self.source}"

    def other(self):
        return f"fine {x}"

result.refused.append(f"{table} {uid}: not yours to change")
result.conflicts.append(Message("sync.conflict", table=t, uid=u, fields=f, by=b))
self.result.grade_differences.append("outlet x: graded B there")
note = ""
note = "no variation" if units else "no unit has two values"
item.note = Message("agreement.no_units")
'''
    assert plain_summary_text(source) == [5, 10, 12, 14]


def test_a_merges_summary_is_message_lines_with_the_same_english(tmp_path):
    from reviewer.project import Project
    from reviewer.storage.events import create_event
    from reviewer.storage.sources import set_reliability
    from reviewer.team.merge import merge_project
    from tests.team.conftest import HAMA_TAKEOVER

    lina = Project.open(tmp_path / "lina.sqlite", analyst="Lina", seed_sample=True)
    omar = Project.open(tmp_path / "omar.sqlite", analyst="Omar", seed_sample=True)
    article = omar.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0]
    create_event(omar.db, article, user="Omar", **HAMA_TAKEOVER)
    create_event(lina.db, article, user="Lina", **HAMA_TAKEOVER)
    set_reliability(omar.db, 1, "B")
    set_reliability(lina.db, 1, "D")
    omar.close()
    summary = merge_project(lina, omar.path).summary()
    again = merge_project(lina, omar.path).summary()
    lina.close()
    assert isinstance(summary, Summary)
    assert all(isinstance(line, Message) for line in (*summary.lines, *again.lines))
    ids = [line.id for line in summary.lines]
    assert ids[:4] == ["merge.summary", "merge.added", "merge.added", "merge.added"]
    assert {"merge.history", "merge.renamed_code", "merge.grade_differs"} <= set(ids)
    outlet = summary.details[-1].params["outlet"]
    assert str(summary).splitlines() == [
        f"merged {omar.path}",
        "  analysts: 1 added",
        "  events: 1 added",
        "  reports: 1 added",
        f"  history: {summary.details[3].params['count']} audit rows",
        "  event code RVW1 is taken here: brought in as RVW2",
        f"  outlet {outlet}: graded B there, D here (kept)",
    ]
    assert [line.id for line in again.details[:1]] == ["merge.nothing_new"]
    assert str(again).splitlines()[1] == "  nothing new: everything in it is already here"


def test_known_tables_are_messages_and_unknown_ones_stay_codes():
    assert table_name("events") == "events" and table_name("events").id == "table.events"
    assert not isinstance(table_name("x_new_table"), Message)


def test_an_events_import_summary_is_a_message():
    from reviewer.importing.events_csv import EventImportResult

    result = EventImportResult(imported=3, rejected=[(2, "bad")])
    assert result.summary().id == "events_csv.summary"
    assert result.summary() == "3 events imported, 1 rows rejected"
    result.resumed_at, result.imported_before, result.rejected_before = 40, 38, 1
    assert result.summary().id == "events_csv.summary_resumed"
    assert result.summary() == (
        "3 events imported, 1 rows rejected (resumed an interrupted import of this file at row"
        " 40; before that it had imported 38 events and rejected 1 rows)"
    )
