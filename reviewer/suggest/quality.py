"""Precision and recall of the suggesters against hand labels.

Labels (tests/suggest_labels/labels.json) give, per article, each labelled quote with
its kind, the values a coder would accept and how many times it occurs with that
meaning. Quotes are located in the text as whole words (a proclitic such as و ب ل
may precede them); longer quotes are located first and claim their span, so that
"الفصائل المسلحة" is not counted again inside "الفصائل المسلحة السورية". A label whose
count disagrees with the text is an error in the labels, reported as such.

A suggestion is correct when it overlaps a labelled span of its kind whose accepted
values include the suggestion's value (for a gazetteer place, any English spelling its
record lists: a label's 'As-Sweida' accepts the record 'As-Suwayda'); a label is found
when a correct suggestion overlaps it. A NEW place or actor (a name no list knows,
``extra["new"]``, proposed from the noun before it) has no canonical value to compare;
it is correct when its words are exactly the labelled quote (the name's extent is
right), whatever English name the label gives: accepting it adds that very name to the
project. The noun of its kind may stand in one and not the other ('حي جوبر' / 'جوبر',
'فرقة الحمزة' / 'الحمزة', 'مخيم الهول' / 'الهول'); a head that is part of the name may
not ('تل ملح' is not 'ملح').
Used by the quality test and by tests/bench/bench_suggest.py.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from reviewer.suggest.engine import suggest
from reviewer.suggest.model import Suggestion
from reviewer.suggest.text import fold

__all__ = [
    "AttributionScore",
    "Gold",
    "Score",
    "evaluate",
    "evaluate_attribution",
    "labelled_set_digest",
    "load_labels",
]

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
    new_suggested: int = 0  # of ``suggested``: new names (no list knows them)
    new_correct: int = 0

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


def labelled_set_digest(folder: Path) -> str:
    """The sha256 of a labelled set's texts and labels (``labels.json``, ``articles/*.txt``).

    A held-out set records it when frozen; its test compares, so that no text or
    label changes after rules have been measured on it.
    """
    digest = hashlib.sha256()
    files = [folder / "labels.json", *sorted((folder / "articles").glob("*.txt"))]
    for path in sorted(files):
        name = path.relative_to(folder).as_posix().encode()
        digest.update(name + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_labels(
    path: Path, *, only: str | None = None
) -> list[tuple[str, date | None, list[Gold]]]:
    """(text, published, gold spans) per labelled article; ValueError on a bad count or value.

    A count of 0 is refused too: a quote the text does not contain (a stretched ``بـ52`` quoted
    as ``52``) would otherwise load as a label that scores nothing. A value must be a list of
    accepted values: a bare string would be read letter by letter and never match."""
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
            if label["count"] < 1 or len(spans) != label["count"]:
                raise ValueError(
                    f"{file}: {kind} '{label['quote']}' labelled {label['count']} times, "
                    f"found {len(spans)} in the text"
                )
            taken.extend(spans)
            if not isinstance(label["value"], list):
                raise ValueError(
                    f"{file}: {kind} '{label['quote']}' value is not a list of accepted values"
                )
            values = tuple(_value(v) for v in label["value"])
            gold += [Gold(kind, a, b, label["quote"], values) for a, b in spans]
        articles.append((text, published, gold))
    return articles


def _matches(s: Suggestion, g: Gold) -> bool:
    if s.kind != g.kind or not (s.start < g.end and g.start < s.end):
        return False
    if s.extra.get("new"):
        return _bare_name(s.text) == _bare_name(g.quote)
    if s.kind == "place":
        names = {_latin_key(n) for n in _english_names(s.extra.get("id"), s.value)}
        return any(isinstance(v, str) and _latin_key(v) in names for v in g.values)
    return s.value in g.values


def _english_names(place_id: Any, name_en: Any) -> frozenset[Any]:
    """A gazetteer place's English name and its other Latin spellings (``aliases_en``):
    a label lists the spellings its writer accepts ('As-Sweida', "A'zaz"), and a
    suggestion of the record that has that spelling names the labelled place."""
    return frozenset({name_en, *_aliases_en().get(str(place_id), ())})


def _latin_key(name: Any) -> str:
    """A Latin place name as compared: no case, diacritics, apostrophes or hyphens
    ('Taybat al-Imam' is 'Taybat al Imam', 'Ţayyibat' is 'Tayyibat')."""
    folded = unicodedata.normalize("NFKD", str(name))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    for mark in "'`‘’ʼ":
        folded = folded.replace(mark, "")
    return " ".join(folded.replace("-", " ").lower().split())


@cache
def _aliases_en() -> dict[str, tuple[str, ...]]:
    from reviewer.suggest import _data

    return {str(p["id"]): tuple(p.get("aliases_en") or ()) for p in _data.places()}


# A camp is named after its place ('مخيم الهول', 'مخيم الركبان'): labels quote it with or
# without the noun as they do for 'حي' (the suggesters keep 'مخيم' as part of a new name).
# camps and farms: a farm is labelled by its bare name ('مزرعة الصبحة' is 'الصبحة')
_CAMP_NOUNS = frozenset(fold(w) for w in ("مخيم", "مخيمات", "مزرعة", "مزارع"))


def _bare_name(quote: str) -> str:
    """A name without the noun of its kind before it: 'حي جوبر' and 'جوبر', 'فرقة الحمزة'
    and 'الحمزة', 'مخيم الهول' and 'الهول', 'مزارع الأشعري' and 'الأشعري' name the same
    thing (labels differ on whether to quote the noun)."""
    from reviewer.suggest.new_names import kind_nouns

    words = fold(quote).split()
    if len(words) > 1 and (words[0] in kind_nouns() or words[0] in _CAMP_NOUNS):
        words = words[1:]
    return " ".join(words)


def evaluate(path: Path, *, only: str | None = None) -> dict[str, Score]:
    """Scores per kind; ``only`` keeps the articles whose file path starts with it."""
    scores = {kind: Score(kind) for kind in MEASURED_KINDS}
    for text, published, gold in load_labels(path, only=only):
        found = [s for s in suggest(text, published, kinds=MEASURED_KINDS)]
        for s in found:
            score = scores[s.kind]
            score.suggested += 1
            new = bool(s.extra.get("new"))
            score.new_suggested += new
            if any(_matches(s, g) for g in gold):
                score.correct += 1
                score.new_correct += new
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


@dataclass
class AttributionScore:
    """Attribution labels judged: speaker (overlap), kind, stance, and all three at once."""

    labelled: int = 0
    speaker: int = 0
    kind: int = 0
    stance: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


def _speaker_right(text: str, gold: str | None, found: Any) -> bool:
    """Own voice must be found as own voice; a quoted speaker must overlap the found
    speaker words, or the cue when the speaker was carried over ("وقالت في بيان")."""
    if gold is None:
        return found.speaker is None
    spans = [(a, b) for a, b in _all(text, gold)]
    mine = [
        (a, b)
        for a, b in ((found.speaker_start, found.speaker_end), (found.cue_start, found.cue_end))
        if a is not None and b is not None
    ]
    return any(a < d and c < b for a, b in spans for c, d in mine)


def _all(text: str, quote: str) -> list[tuple[int, int]]:
    out, at = [], text.find(quote)
    while at >= 0:
        out.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return out


def evaluate_attribution(path: Path, *, only: str | None = None) -> AttributionScore:
    """Speaker, kind and stance of every labelled claim (labels' ``attributions``)."""
    from reviewer.importing.corpus_import import read_article_file
    from reviewer.suggest.attribution import Attributor

    data = json.loads(path.read_text(encoding="utf-8"))
    score = AttributionScore()
    for entry in data["articles"]:
        file = entry["file"]
        if only is not None and not file.startswith(only):
            continue
        where = path.parent / file if not file.startswith("corpus/") else path.parents[2] / file
        text, _ = read_article_file(where)
        attributor = Attributor(text)
        for label in entry.get("attributions", []):
            start = text.find(label["claim"])
            found = attributor.attribute(start, start + len(label["claim"]))
            speaker = _speaker_right(text, label["speaker"], found)
            kind = found.speaker_kind == label["speaker_kind"]
            stance = found.stance == label["stance"]
            score.labelled += 1
            score.speaker += speaker
            score.kind += kind
            score.stance += stance
            if speaker and kind and stance:
                score.correct += 1
            else:
                score.errors.append(
                    f"{file}: '{label['claim']}' by {label['speaker']} "
                    f"({label['speaker_kind']}, {label['stance']}) -> {found.speaker} "
                    f"({found.speaker_kind}, {found.stance})"
                )
    return score
