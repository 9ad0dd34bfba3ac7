"""What a project file's own schema says about its tables, read with PRAGMAs.

Merging a colleague's project and syncing with a team server both carry every
table and column the schema has, translating references between files by the
identity of the row they point to; both read the schema the same way, here.
"""

from __future__ import annotations

import sqlite_utils

# Columns that point at a record without a declared foreign key (a denormalised
# copy kept for the audit log's event history): translated like one.
IMPLICIT_REFERENCES = {"event_id": "events", "article_id": "articles", "claim_id": "claims"}


def table_columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def foreign_keys(db: sqlite_utils.Database, table: str) -> list[tuple[str, str, str]]:
    """(referenced table, column, referenced column) of each foreign key of ``table``."""
    return [(row[2], row[3], row[4]) for row in db.execute(f'PRAGMA foreign_key_list("{table}")')]
