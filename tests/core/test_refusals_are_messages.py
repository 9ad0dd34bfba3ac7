"""Every refusal the core raises is a ``Message`` (an id the window translates), never plain text.

A refusal raised with a plain string or f-string reaches the window in English
whatever the interface language (issue 16). This walks the source of the core
(``reviewer/`` without ``reviewer/ui``) and refuses any call of a user-facing
error class whose message is a string literal, an f-string, a concatenation or
a ``%``/``.format`` formatting: say it with ``Message("id", ...)`` and add the
sentence to ``reviewer/messages.py`` (then run packaging/update_translations.py).
"""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
CORE = REPO / "reviewer"

# Errors that are not ReviewerError subclasses but whose text reaches the user
# (an import-events row's reason for being rejected).
ALSO_USER_FACING = {"RowError"}

# (path relative to reviewer/, error class) -> why it can never reach a user.
# Keep it empty unless an error is truly internal (a programming error).
ALLOWED: dict[tuple[str, str], str] = {}


def _core_files() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if p.relative_to(CORE).parts[0] != "ui")


def _base_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def user_facing_errors(trees: list[ast.Module]) -> set[str]:
    """ReviewerError and every class deriving from it anywhere in ``trees``."""
    names = {"ReviewerError", *ALSO_USER_FACING}
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                derived = isinstance(node, ast.ClassDef) and node.name not in names
                if derived and any(_base_name(base) in names for base in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def _is_plain_text(node: ast.expr) -> bool:
    """A literal sentence, an f-string, or text built by + / % / str.format."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_plain_text(node.left) or _is_plain_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_plain_text(node.func.value)
    return False


def plain_refusals(source: str, errors: set[str]) -> list[tuple[int, str]]:
    """(line, error class) of each call of an error in ``errors`` with a plain-text message."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _base_name(node.func) not in errors:
            continue
        name = _base_name(node.func)
        # ValidationError(field, message): the field is a name, the message is what is said
        texts = node.args[1:] if name == "ValidationError" else node.args
        texts = [*texts, *(k.value for k in node.keywords if k.arg == "message")]
        if any(_is_plain_text(text) for text in texts):
            found.append((node.lineno, name))
    return found


def test_no_refusal_of_the_core_is_plain_text():
    files = _core_files()
    errors = user_facing_errors([ast.parse(p.read_text(encoding="utf-8")) for p in files])
    assert {"DatabaseTooNew", "ServerError", "BackupFailed", "RowError"} <= errors
    problems = []
    for path in files:
        relative = str(path.relative_to(CORE))
        for line, name in plain_refusals(path.read_text(encoding="utf-8"), errors):
            if (relative, name) not in ALLOWED:
                problems.append(f"reviewer/{relative}:{line}: {name}(<plain text>)")
    assert not problems, (
        "refusals the window cannot translate; raise them with reviewer.messages.Message:\n"
        + "\n".join(problems)
    )


def test_every_allowed_exception_says_why():
    assert all(reason.strip() for reason in ALLOWED.values())


def test_the_walk_finds_each_plain_form():
    """The check itself: each way of writing a plain sentence is caught, a Message is not."""
    errors = {"ReviewerError", "ValidationError", "RowError"}
    source = """
raise ReviewerError("no such file")
raise ReviewerError(f"{path}: no such file")
raise errors.ReviewerError(f"{path}: cannot be read" + hint)
raise RowError("%s: not a number" % name)
raise ReviewerError("{}: empty".format(path))
raise ValidationError("outlet", "give the outlet's name")
raise ValidationError("date", message=f"{value} is in the future")
raise ReviewerError(Message("db.missing", path=path))
raise ValidationError("outlet", Message("outlet.name_needed"))
raise ReviewerError(reason)
"""
    assert [line for line, _ in plain_refusals(source, errors)] == [2, 3, 4, 5, 6, 7, 8]


def test_a_rejected_csv_row_says_why_with_an_id(tmp_path):
    """An import-events row's reason is a Message too (same English, now translatable)."""
    from reviewer.importing.events_csv import import_events_csv
    from reviewer.messages import Message
    from reviewer.storage.database import open_database

    csv_file = tmp_path / "events.csv"
    csv_file.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,x_status\n"
        "SYR1,2024-13-01,Battles,Armed clash,draft\n"
        "SYR2,2099-01-01,Battles,Armed clash,draft\n",
        encoding="utf-8",
    )
    db = open_database(tmp_path / "p.sqlite")
    result = import_events_csv(db, csv_file)
    db.close()
    assert [row for row, _ in result.rejected] == [2, 3]
    [(_, bad_date), (_, future)] = result.rejected
    assert isinstance(bad_date, Message) and bad_date.id == "row.bad_date"
    assert bad_date == "event_date: '2024-13-01' is not a date (YYYY-MM-DD)"
    assert isinstance(future, Message) and future.id == "row.field"
    assert future.params["reason"].id == "event.date_future"  # the form's own rule, nested
    assert future == "event_date: 2099-01-01 is in the future"
