"""Values an imported dataset carries that this project cannot derive itself.

An event imported from an ACLED-format CSV arrives without the articles that
reported it, so its ``source``, ``source_scale``, report counts, grades and
article ids cannot be computed from this database. They are kept as the
dataset gave them, keyed by ``event_id_cnty``, and the exporter writes them
while the event has no report of its own here (``source`` keeps them and adds
the outlets linked since). This is what makes export -> import -> export
byte-identical.

Stored in ``project_settings`` under ``imported:<event_id_cnty>`` as JSON until
the schema has a table of its own for them (see the report of issue 5).
"""

from __future__ import annotations

import json

import sqlite_utils

_PREFIX = "imported:"

# Export columns that are derived from reports and so are carried for imported events.
CARRIED_COLUMNS = (
    "source", "source_scale", "region", "x_source_reliability", "x_credibility",
    "x_conflict_status", "x_n_reports", "x_article_ids", "x_coders", "x_adjudicated_by",
)  # fmt: skip


def save_carried(db: sqlite_utils.Database, event_id_cnty: str, values: dict[str, str]) -> None:
    kept = {name: values[name] for name in CARRIED_COLUMNS if values.get(name)}
    if not kept:
        return
    db.execute(
        "INSERT INTO project_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [_PREFIX + event_id_cnty, json.dumps(kept, ensure_ascii=False, sort_keys=True)],
    )


def all_carried(db: sqlite_utils.Database) -> dict[str, dict[str, str]]:
    """Every imported event's carried values, by ``event_id_cnty`` (one query)."""
    rows = db.execute(
        "SELECT key, value FROM project_settings WHERE key >= ? AND key < ?",
        [_PREFIX, _PREFIX[:-1] + chr(ord(_PREFIX[-1]) + 1)],
    )
    return {key[len(_PREFIX) :]: json.loads(value) for key, value in rows}
