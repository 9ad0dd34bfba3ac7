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
