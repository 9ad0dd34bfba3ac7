"""The window's start imports only what the first paint needs (issue 19)."""

import subprocess
import sys


def test_opening_the_window_module_does_not_import_pandas_numpy_or_matplotlib():
    code = (
        "import sys, reviewer.ui.app, reviewer.storage.events;"
        "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_pandas_still_imports_afterwards_for_code_that_wants_it():
    code = "import reviewer, pandas, sqlite_utils; print(pandas.DataFrame({'a': [1]}).shape)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "(1, 1)"
