"""Persistence: one SQLite file per project, opened through sqlite-utils."""

from reviewer.storage.database import SCHEMA_VERSION, open_database

__all__ = ["SCHEMA_VERSION", "open_database"]
