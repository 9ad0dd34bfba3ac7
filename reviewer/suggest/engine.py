"""One call that reads an article and returns everything worth offering to the coder.

``suggest`` is pure (text in, suggestions out) so the CLI, the window and the quality
benchmark run exactly the same code; ``suggest_article`` adds what the project knows
about the article: its publication date and the suggestions already rejected on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlite_utils

from reviewer.suggest.actors import find_actors
from reviewer.suggest.adopt import resolve_custom
from reviewer.suggest.attribution import Attributor
from reviewer.suggest.dates import find_dates
from reviewer.suggest.figures import find_figures
from reviewer.suggest.hints import find_hints
from reviewer.suggest.model import KINDS, Suggestion
from reviewer.suggest.new_names import city_quarters, find_new_actors, find_new_places, homonyms
from reviewer.suggest.places import find_places
from reviewer.suggest.text import tokens

__all__ = ["parse_published", "reject_suggestion", "suggest", "suggest_article"]


def suggest(
    text: str, published: date | None = None, *, kinds: Iterable[str] | None = None
) -> list[Suggestion]:
    """Places, actors (and sources), figures, dates and hints found in ``text``.

    Sorted by position; spans are code points into ``text``. Suggestions of different
    kinds may overlap (an actor alias can contain a place name: فصائل السويداء).
    Every figure carries who says it (``speaker``, ``speaker_kind``, ``stance`` in
    ``extra``; reviewer.suggest.attribution).
    """
    wanted = set(KINDS if kinds is None else kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown suggestion kind(s): {', '.join(sorted(unknown))}")
    toks = tokens(text)
    found: list[Suggestion] = []
    places = find_places(text, toks) if wanted & {"place", "actor"} else []
    if "place" in wanted:
        places = homonyms(text, toks, city_quarters(text, toks, places))
        places += find_new_places(text, toks, places)
        found += places
    figures = find_figures(text, toks) if wanted & {"figure", "actor"} else []
    if wanted & {"actor", "source"}:
        counted = [(s.start, s.end) for s in figures]
        actors = find_actors(text, toks, counted, published, places, figures)
        if "actor" in wanted:
            actors += find_new_actors(text, toks, actors, places)
        found += [s for s in actors if s.kind in wanted]
    if "figure" in wanted:
        if figures:
            attributor = Attributor(text, toks)
            for figure in figures:
                figure.extra.update(attributor.attribute(figure.start, figure.end).to_json())
        found += [f for f in figures if not f.extra.get("vague")]
    if "date" in wanted:
        found += find_dates(text, published, toks)
    if "hint" in wanted:
        found += find_hints(text, toks)
    return sorted(found, key=lambda s: (s.start, -s.end, KINDS.index(s.kind)))


def parse_published(value: str | None) -> date | None:
    """The stored ``published`` column (``YYYY-MM-DD``, maybe with a time) as a date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def suggest_article(
    db: sqlite_utils.Database,
    article_id: int,
    *,
    published: date | None = None,
    include_rejected: bool = False,
) -> list[Suggestion]:
    """Suggestions for a stored article, without those decided on it (unless asked).

    Accepted and rejected ones are both left out: they are stored, so a restart
    does not offer them again.
    """
    from reviewer.storage.articles import get_article
    from reviewer.storage.suggestions import decided_keys

    article = get_article(db, article_id)
    anchor = published if published is not None else parse_published(article.published)
    found = resolve_custom(db, suggest(article.text, anchor))
    if include_rejected:
        return found
    hidden = decided_keys(db, article_id)
    return [s for s in found if s.key not in hidden]


def reject_suggestion(
    db: sqlite_utils.Database, article_id: int, suggestion: Suggestion, *, user: str | None = None
) -> None:
    """Store that ``suggestion`` is wrong for this article; it stays hidden from now on."""
    from reviewer.storage.suggestions import reject

    reject(
        db,
        article_id,
        suggestion.kind,
        suggestion.start,
        suggestion.end,
        suggestion.value_key,
        user=user,
    )


def record_accepted(
    db: sqlite_utils.Database, article_id: int, suggestion: Suggestion, *, user: str | None = None
) -> None:
    """Store that ``suggestion`` was accepted here; it is not offered again."""
    from reviewer.storage.suggestions import accept

    accept(
        db,
        article_id,
        suggestion.kind,
        suggestion.start,
        suggestion.end,
        suggestion.value_key,
        user=user,
    )


def forget_decision(db: sqlite_utils.Database, article_id: int, suggestion: Suggestion) -> None:
    """Undo an acceptance or rejection: ``suggestion`` is offered again."""
    from reviewer.storage.suggestions import forget

    forget(db, article_id, suggestion.kind, suggestion.start, suggestion.end, suggestion.value_key)
