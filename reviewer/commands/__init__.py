"""Subcommands of ``reviewer``, one module each.

A module here defines ``register(commands, parents)``, which adds its
subparser and sets ``handler``; ``reviewer.cli`` discovers them all, so adding a
command is adding a file. Handlers return the exit code (see reviewer.cli).
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def command_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
        if not info.name.startswith("_")
    ]
