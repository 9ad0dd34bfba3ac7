"""reviewer: annotation and review of Arabic conflict-event reports."""

import sys as _sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """Import sqlite-utils with pandas and numpy hidden from it.

    sqlite-utils imports pandas and numpy at import time when they are installed
    (they are, with the test extra and in many analysts' environments), only to
    map their scalar types to column types. We never hand it pandas or numpy
    values, and the two imports cost about 0.4 s of every start-up, the window's
    included (issue 19). Modules that really use pandas import it themselves
    later, unaffected: the placeholders are removed right after.
    """
    if "sqlite_utils" in _sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in _sys.modules]
    for name in hidden:
        _sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if _sys.modules.get(name) is None:
                del _sys.modules[name]


_import_sqlite_utils_without_pandas()
