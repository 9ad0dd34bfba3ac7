"""Actors and places analysts add from the form, kept in the project file.

The shipped lists are read-only resources; additions belong to a project (and are
audited with who added them), so they are rows in ``custom_actors`` and
``custom_places``. Names are checked against the shipped lists so that an
addition never shadows an existing actor.

The shipped lists know nothing of projects (reviewer.actors and
reviewer.gazetteer import no storage); the merged lists a project's pickers
search are built here: ``project_actors`` and ``project_gazetteer``.
"""

from __future__ import annotations

import json

import sqlite_utils

from reviewer.actors import Actor, ActorList, shipped_actors
from reviewer.codes import countries, inter_codes
from reviewer.errors import ValidationError
from reviewer.gazetteer import Gazetteer, Place, shipped_places
from reviewer.messages import Message, Terms
from reviewer.name_index import fold
from reviewer.storage.clock import now_iso
from reviewer.storage.inserted import inserted_id


def add_custom_actor(
    db: sqlite_utils.Database,
    name: str,
    inter: str | None,
    *,
    aliases_ar: list[str] | tuple[str, ...] = (),
    aliases_en: list[str] | tuple[str, ...] = (),
    user: str | None = None,
) -> int:
    """Store a new actor for this project and return its row id."""
    name = name.strip()
    if not name:
        raise ValidationError("actor", Message("vocab.actor_name_needed"))
    if inter and inter not in inter_codes().codes:
        raise ValidationError("inter", Message("event.bad_inter", value=inter))
    known = {fold(actor.name) for actor in (*shipped_actors(), *custom_actors(db))}
    if fold(name) in known:
        raise ValidationError("actor", Message("vocab.actor_known", name=name))
    return inserted_id(
        db.execute(
            """INSERT INTO custom_actors
               (name, inter, aliases_ar, aliases_en, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
            [name, inter or None, _json(aliases_ar), _json(aliases_en), user, now_iso()],
        )
    )


def custom_actors(db: sqlite_utils.Database) -> list[Actor]:
    rows = db.execute(
        "SELECT name, inter, aliases_ar, aliases_en FROM custom_actors ORDER BY id"
    ).fetchall()
    return [
        Actor(
            name=name,
            inter=inter,
            aliases_ar=tuple(_list(ar)),
            aliases_en=tuple(_list(en)),
            custom=True,
        )
        for name, inter, ar, en in rows
    ]


def add_custom_place(
    db: sqlite_utils.Database,
    name_en: str,
    *,
    name_ar: str | None = None,
    variants: list[str] | tuple[str, ...] = (),
    admin1: str | None = None,
    admin2: str | None = None,
    admin3: str | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    geonames_id: int | None = None,
    user: str | None = None,
) -> int:
    """Store a new place for this project and return its row id."""
    name_en = (name_en or "").strip()
    if not name_en:
        raise ValidationError("location", Message("vocab.place_name_needed"))
    if (latitude is None) != (longitude is None):
        raise ValidationError("latitude", Message("vocab.both_coordinates"))
    country = countries().default
    if latitude is not None and longitude is not None and not country.contains(latitude, longitude):
        raise ValidationError(
            "latitude",
            Message(
                "vocab.outside_country",
                latitude=latitude,
                longitude=longitude,
                country=Terms("country", (country.name,)),
            ),
        )
    return inserted_id(db.execute(
        """INSERT INTO custom_places (name_en, name_ar, variants, admin1, admin2, admin3,
           latitude, longitude, geonames_id, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            name_en, (name_ar or "").strip() or None, _json(variants), admin1, admin2, admin3,
            latitude, longitude, geonames_id, user, now_iso(),
        ],
    ))  # fmt: skip


def custom_places(db: sqlite_utils.Database) -> list[Place]:
    rows = db.query("SELECT * FROM custom_places ORDER BY id")
    return [
        Place(
            id=f"custom:{row['id']}",
            kind="custom",
            name_en=row["name_en"],
            name_ar=row["name_ar"],
            admin1=row["admin1"],
            admin2=row["admin2"],
            admin3=row["admin3"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            geonames_id=row["geonames_id"],
            variants=tuple(_list(row["variants"])),
        )
        for row in rows
    ]


def _json(values) -> str | None:
    cleaned = [v.strip() for v in values if v and v.strip()]
    return json.dumps(cleaned, ensure_ascii=False) if cleaned else None


def _list(value: str | None) -> list[str]:
    return json.loads(value) if value else []


def project_actors(db: sqlite_utils.Database | None) -> ActorList:
    """The shipped actors plus the project's additions (just the shipped ones without a db)."""
    extra = custom_actors(db) if db is not None else []
    return ActorList([*shipped_actors(), *extra])


def project_gazetteer(db: sqlite_utils.Database | None) -> Gazetteer:
    """The shipped places plus the project's additions (just the shipped ones without a db)."""
    extra = custom_places(db) if db is not None else []
    return Gazetteer([*shipped_places(), *extra])
