"""Actors an event can name: the shipped ACLED-style list plus analysts' additions.

resources/actors.json is read once per process; actors analysts add from the form
live in the project's ``custom_actors`` table and are merged in when an
:class:`ActorList` is built for a database. Each actor carries its ACLED inter
label, so picking an actor fills in inter1/inter2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from reviewer.name_index import Match, NameIndex, fold
from reviewer.paths import load_resource_json


@dataclass(frozen=True)
class Actor:
    name: str  # the ACLED actor name written to actor1/actor2
    inter: str | None
    aliases_ar: tuple[str, ...] = field(default=(), compare=False)
    aliases_en: tuple[str, ...] = field(default=(), compare=False)
    custom: bool = False

    def label(self) -> str:
        """How a picker lists it: 'Hayat Tahrir al-Sham — هيئة تحرير الشام (Rebel group)'."""
        arabic = f" — {self.aliases_ar[0]}" if self.aliases_ar else ""
        return f"{self.name}{arabic} ({self.inter or 'inter not set'})"


@cache
def shipped_actors() -> tuple[Actor, ...]:
    data = load_resource_json("actors.json")
    return tuple(
        Actor(
            name=entry["name"],
            inter=entry.get("inter"),
            aliases_ar=tuple(entry.get("aliases_ar") or ()),
            aliases_en=tuple(entry.get("aliases_en") or ()),
        )
        for entry in data["actors"]
    )


class ActorList:
    """Shipped actors plus a project's additions, searchable by name and alias."""

    def __init__(self, actors: list[Actor] | tuple[Actor, ...]) -> None:
        self.actors = tuple(actors)
        self._by_name = {fold(actor.name): actor for actor in self.actors}
        self._index: NameIndex[Actor] = NameIndex(rank=lambda actor: actor.custom)
        for actor in self.actors:
            self._index.add(actor, (actor.name, *actor.aliases_ar, *actor.aliases_en))

    @classmethod
    def shipped(cls) -> ActorList:
        """The shipped list alone; a project's list is storage.custom_vocab.project_actors."""
        return cls(shipped_actors())

    def search(self, query: str, *, limit: int = 10) -> list[Match[Actor]]:
        return self._index.search(query, limit=limit)

    def by_name(self, name: str | None) -> Actor | None:
        """The actor whose ACLED name is ``name`` (folded comparison), if listed."""
        return self._by_name.get(fold(name)) if name else None

    def inter_for(self, name: str | None) -> str | None:
        actor = self.by_name(name)
        return actor.inter if actor else None
