"""Stored event values as the window shows them outside the event form.

The form's pickers keep their own ``ShownNames``; the pages that list events or
their values (history, adjudication grid, conflicts page) ask here, so a place,
an actor or a vocabulary value reads the same everywhere in the interface
language while the file keeps ACLED's English.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import sqlite_utils

from reviewer.actors import shipped_actors
from reviewer.gazetteer import shipped_places
from reviewer.labels import vocab_label
from reviewer.shown_names import NAME_FIELDS, ShownNames
from reviewer.storage import custom_vocab
from reviewer.ui.language import current_language

# Event fields holding a vocabulary value, and the vocabulary (reviewer.labels kinds).
VOCAB_FIELDS = {
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "disorder_type": "disorder_type",
    "inter1": "inter",
    "inter2": "inter",
    "interaction": "interaction",
    "time_precision": "time_precision",
    "geo_precision": "geo_precision",
}


def project_names(db: sqlite_utils.Database | None) -> ShownNames:
    """The names of the shipped lists and of this project's own places and actors.

    Asked on every refresh of the history (twice per article opened): the shipped
    lists' names are folded once, only the project's own entries each time.
    """
    if db is None:
        return shipped_names()
    return shipped_names().extended(custom_vocab.custom_places(db), custom_vocab.custom_actors(db))


@cache
def shipped_names() -> ShownNames:
    """The shipped lists' names alone: for one-line labels that hold no project's entry."""
    return ShownNames(shipped_places(), shipped_actors())


def shown_value(names: ShownNames, field: str, value: Any) -> str:
    """``value`` of event field ``field`` in the interface language ('' for none)."""
    if value is None or value == "":
        return ""
    language = current_language()
    if field in NAME_FIELDS:
        return names.value(field, value, language)
    if field in VOCAB_FIELDS and language != "en":
        return vocab_label(VOCAB_FIELDS[field], value, language)
    return str(value)
