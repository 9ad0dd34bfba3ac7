"""ruff and mypy are part of the suite, so CI fails on a lint or type error like on a test failure.

Their versions are pinned in pyproject.toml's ``test`` extra: the suite checks
that the installed ones are those, so that "clean" means the same thing everywhere.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: it is part of the 'test' extra")
    return path


def _pinned(name: str) -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(rf'"{name}==([^"]+)"', text)
    assert match, f"{name} is not pinned in pyproject.toml"
    return match.group(1)


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_is_clean(command):
    completed = subprocess.run(
        [_tool("ruff"), *command, "."], cwd=REPO, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize("name", ["ruff", "mypy"])
def test_the_pinned_versions_are_installed(name):
    completed = subprocess.run([_tool(name), "--version"], capture_output=True, text=True)
    assert _pinned(name) in completed.stdout.split(), completed.stdout


def test_the_core_type_checks():
    """``reviewer/`` outside ``ui``: mypy, configured in pyproject.toml, finds nothing."""
    completed = subprocess.run(
        [_tool("mypy")], cwd=REPO, capture_output=True, text=True, env=_env_with_repo()
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def _env_with_repo() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "MYPY_CACHE_DIR": str(REPO / ".mypy_cache")}


@pytest.mark.parametrize("module", ["actors.py", "gazetteer.py"])
def test_the_shipped_vocabularies_do_not_import_storage(module):
    """storage.custom_vocab builds on them; importing storage back would be a cycle."""
    tree = ast.parse((REPO / "reviewer" / module).read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("reviewer.storage")]


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """The project modules ``path`` imports anywhere (also inside functions), except under
    ``if TYPE_CHECKING:``; ``from package import module`` counts as the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            subs = {f"{source}.{alias.name}" for alias in node.names} & modules
            found.update(subs or ({source} & modules))
    return found - {name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_module_imports_itself_back():
    """No import cycles, not even through an import deferred into a function: a cycle
    hidden that way still ties two modules into one that neither can be read without."""
    paths = {_module_name(p): p for p in (REPO / "reviewer").rglob("*.py")}
    graph = {name: _imports(path, name, set(paths)) for name, path in paths.items()}
    assert _cycles(graph) == []


def test_every_package_of_the_code_is_installed():
    """pyproject.toml lists packages by name, so a new sub-package missing from it works
    in the editable install every engineer uses and is absent from a real install (the
    clean-clone CI of 2026-11-30 failed so on ``reviewer.suggest.attribution``)."""
    import tomllib

    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "reviewer").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - listed == set()
