"""Actors (resources/actors.json) and news sources (resources/sources.json) in Arabic text.

Aliases are matched longest first (هيئة تحرير الشام before تحرير الشام) with proclitics
on the first word (للجيش السوري، وقوات النظام). Sources such as المرصد السوري are
offered as their own kind, ``source``: the actor list says they are never actors, but
the coder still wants them marked (they feed the report's source and grading).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.suggest import _data
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import PhraseIndex, Tok, fold, tokens

__all__ = ["find_actors"]


def _indefinite(alias: str) -> str | None:
    """القوات الإسرائيلية -> قوات إسرائيلية; None unless every word has the article."""
    words = alias.split()
    if not all(w.startswith("ال") and len(w) > 4 for w in words):
        return None
    return " ".join(w[2:] for w in words)


@cache
def _index() -> PhraseIndex[tuple[str, int]]:
    index: PhraseIndex[tuple[str, int]] = PhraseIndex()
    rules = _data.rules("actors")
    extra = rules["extra_aliases"]
    no_indefinite = {fold(a) for a in rules["no_indefinite"]}
    for n, actor in enumerate(_data.actors()):
        for alias in [*actor.get("aliases_ar", []), *extra.get(actor["name"], [])]:
            index.add(alias, ("actor", n))
            bare = _indefinite(alias)
            if bare is not None and fold(alias) not in no_indefinite:
                index.add(bare, ("actor", n))
    for n, source in enumerate(_data.sources()):
        for alias in {source.get("name_ar") or "", *source.get("aliases_ar", [])}:
            if alias:
                index.add(alias, ("source", n))
    return index


def _describe(payload: tuple[str, int]) -> tuple[str, str, dict[str, Any]]:
    kind, n = payload
    if kind == "actor":
        actor = _data.actors()[n]
        return "actor", actor["name"], {"inter": actor.get("inter")}
    source = _data.sources()[n]
    return "source", source["name_en"], {"scale": source.get("scale")}


def find_actors(text: str, toks: list[Tok] | None = None) -> list[Suggestion]:
    """Actor and source mentions, left to right, non-overlapping."""
    toks = tokens(text) if toks is None else toks
    out: list[Suggestion] = []
    for hit in _index().scan(toks):
        kind, name, extra = _describe(hit.payloads[0])
        others = [_describe(p)[1] for p in hit.payloads[1:]]
        if others:
            extra["alternatives"] = others
        out.append(Suggestion(kind, hit.start, hit.end, text[hit.start : hit.end], name, extra))
    return out
