"""What subcommands share: exit codes and opening the project."""

from __future__ import annotations

import argparse

import sqlite_utils

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2


def open_db(args: argparse.Namespace, *, user: str | None = None) -> sqlite_utils.Database:
    from reviewer.project import open_project

    return open_project(args.db, user=user)
