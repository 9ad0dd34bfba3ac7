"""The core must stay usable without Qt: CLI tools, servers and notebooks use it."""

import pkgutil
import subprocess
import sys

import reviewer


def test_core_modules_never_import_qt():
    core = [
        name
        for module in pkgutil.walk_packages(reviewer.__path__, "reviewer.")
        if not (name := module.name).startswith("reviewer.ui")
        and not name.startswith(("reviewer.resources", "reviewer.corpus"))
        and name != "reviewer.__main__"
    ]
    assert "reviewer.storage.database" in core
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout.strip() == "[]"
