"""``datapackage.json``: a Frictionless Data package describing every exported file.

With it, frictionless, pandas-schema users or a data portal can load the export
with the right column types without guessing (Table Schema field names and types,
CSV dialect, encoding, keys).
"""

from __future__ import annotations

from typing import Any

PACKAGE_NAME = "reviewer-export"


def resource(
    name: str,
    columns: tuple[tuple[str, str], ...],
    *,
    encoding: str,
    primary_key: str,
    foreign_keys: list[dict[str, Any]] | None = None,
    description: str = "",
    field_notes: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    notes = field_notes or {}
    schema: dict[str, Any] = {
        "fields": [
            {"name": column, "type": kind, **notes.get(column, {})} for column, kind in columns
        ],
        "missingValues": [""],
        "primaryKey": [primary_key],
    }
    if foreign_keys:
        schema["foreignKeys"] = foreign_keys
    entry: dict[str, Any] = {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": encoding,
        "dialect": {
            "delimiter": ",",
            "doubleQuote": True,
            "header": True,
            "lineTerminator": "\r\n",
        },
        "schema": schema,
    }
    if description:
        entry["description"] = description
    return entry


def events_foreign_key(field: str = "event_id_cnty") -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": "events", "fields": ["event_id_cnty"]}}


def package(resources: list[dict[str, Any]], description: str) -> dict[str, Any]:
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Conflict events coded with reviewer (ACLED-compatible)",
        "description": description,
        "resources": resources,
    }
