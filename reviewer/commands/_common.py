"""What subcommands share: exit codes and opening the project."""

from __future__ import annotations

import argparse

import sqlite_utils

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2


def open_db(args: argparse.Namespace, *, user: str | None = None) -> sqlite_utils.Database:
    from reviewer.project import open_project

    return open_project(args.db, user=user)


def iso_date(text: str) -> str:
    """argparse type for YYYY-MM-DD options: a bad date is a usage error, not 0 results."""
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None
