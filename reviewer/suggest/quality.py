"""Precision and recall of the suggesters against hand labels.

Labels (tests/suggest_labels/labels.json) give, per article, each labelled quote with
its kind, the values a coder would accept and how many times it occurs with that
meaning. Quotes are located in the text as whole words (a proclitic such as و ب ل
may precede them); longer quotes are located first and claim their span, so that
"الفصائل المسلحة" is not counted again inside "الفصائل المسلحة السورية". A label whose
count disagrees with the text is an error in the labels, reported as such.

A suggestion is correct when it overlaps a labelled span of its kind whose accepted
values include the suggestion's value; a label is found when a correct suggestion
overlaps it. Used by the quality test and by tests/bench/bench_suggest.py.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reviewer.suggest.engine import suggest
from reviewer.suggest.model import Suggestion

__all__ = ["Gold", "Score", "evaluate", "load_labels"]

MEASURED_KINDS = ("place", "actor", "figure", "date")
_PREFIXES = sorted(
    {
        c + ("لل" if p == "ل" and a else p + a)
        for c in ("", "و", "ف")
        for p in ("", "ب", "ك", "ل")
        for a in ("", "ال")
    },
    key=len,
)


@dataclass(frozen=True)
class Gold:
    kind: str
    start: int
    end: int
    quote: str
    values: tuple[Any, ...]


@dataclass
class Score:
    kind: str
    suggested: int = 0
    correct: int = 0
    labelled: int = 0
    found: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L")


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    forms = [(quote, "")]
    if quote.startswith("ال"):  # ل + الجيش is written للجيش
        forms.append((quote[1:], "ل"))
    found = []
    for form, needed in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            k = at
            while k > 0 and _is_letter(text[k - 1]):
                k -= 1
            prefix = text[k:at]
            ok_before = prefix in _PREFIXES and prefix.endswith(needed)
            ok_after = end == len(text) or not _is_letter(text[end])
            if ok_before and ok_after:
                found.append((at, end))
            at = text.find(form, at + 1)
    return found


def _value(raw: Any) -> Any:
    return tuple(raw) if isinstance(raw, list) else raw


def load_labels(
    path: Path, *, only: str | None = None
) -> list[tuple[str, date | None, list[Gold]]]:
    """(text, published, gold spans) per labelled article; ValueError on a bad count."""
    data = json.loads(path.read_text(encoding="utf-8"))
    base = path.parent
    articles = []
    for entry in data["articles"]:
        file = entry["file"]
        if only is not None and not file.startswith(only):
            continue
        where = base / file if not file.startswith("corpus/") else base.parents[1] / file
        from reviewer.importing.corpus_import import read_article_file

        text, _ = read_article_file(where)
        published = date.fromisoformat(entry["published"]) if entry.get("published") else None
        gold: list[Gold] = []
        claimed: dict[str, list[tuple[int, int]]] = {}
        for label in sorted(entry["labels"], key=lambda lb: -len(lb["quote"])):
            kind = label["kind"]
            taken = claimed.setdefault(kind, [])
            spans = [
                (a, b)
                for a, b in _occurrences(text, label["quote"])
                if not any(a < y and x < b for x, y in taken)
            ]
            if len(spans) != label["count"]:
                raise ValueError(
                    f"{file}: {kind} '{label['quote']}' labelled {label['count']} times, "
                    f"found {len(spans)} in the text"
                )
            taken.extend(spans)
            values = tuple(_value(v) for v in label["value"])
            gold += [Gold(kind, a, b, label["quote"], values) for a, b in spans]
        articles.append((text, published, gold))
    return articles


def _matches(s: Suggestion, g: Gold) -> bool:
    return s.kind == g.kind and s.start < g.end and g.start < s.end and s.value in g.values


def evaluate(path: Path, *, only: str | None = None) -> dict[str, Score]:
    """Scores per kind; ``only`` keeps the articles whose file path starts with it."""
    scores = {kind: Score(kind) for kind in MEASURED_KINDS}
    for text, published, gold in load_labels(path, only=only):
        found = [s for s in suggest(text, published, kinds=MEASURED_KINDS)]
        for s in found:
            score = scores[s.kind]
            score.suggested += 1
            if any(_matches(s, g) for g in gold):
                score.correct += 1
            else:
                score.false_positives.append(f"{s.text} -> {s.value}")
        for g in gold:
            score = scores[g.kind]
            score.labelled += 1
            if any(_matches(s, g) for s in found):
                score.found += 1
            else:
                score.misses.append(f"{g.quote} ({g.values[0]})")
    return scores
