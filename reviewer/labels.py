"""What a stored vocabulary value is called in the interface language.

The database and the export keep ACLED's English values ("Battles", "State
forces", "B", 2). The window shows them in the analyst's language: each entry
in ``resources/`` carries its Arabic label beside it (``ar``, ``label_ar``,
``*_ar``), taken from ``shared/reference/arabic-ui-glossary.md``. A value with
no label for the language is shown as stored, never hidden.

``language`` is an ISO 639-1 code; only "en" and "ar" have labels today.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reviewer.paths import load_resource_json

ARABIC = "ar"


@cache
def _tables() -> dict[str, dict[str, dict[Any, str]]]:
    """kind -> language -> stored value -> label."""
    tables: dict[str, dict[str, dict[Any, str]]] = {}

    def add(kind: str, language: str, value: Any, label: str | None) -> None:
        if label:
            tables.setdefault(kind, {}).setdefault(language, {})[value] = label

    types = load_resource_json("event_types.json")
    for entry in types["event_types"]:
        add("event_type", ARABIC, entry["event_type"], entry.get("ar"))
        for sub in entry["sub_event_types"]:
            add("sub_event_type", ARABIC, sub["name"], sub.get("ar"))
    for name, label in types.get("disorder_types_ar", {}).items():
        add("disorder_type", ARABIC, name, label)

    inter = load_resource_json("inter_codes.json")
    for entry in inter["inter_codes"]:
        add("inter", ARABIC, entry["label"], entry.get("ar"))

    precision = load_resource_json("precision_codes.json")
    for kind, key in (("time_precision", "time_precision"), ("geo_precision", "geo_precision")):
        for entry in precision[key]:
            add(kind, "en", entry["code"], entry["label"])
            add(kind, ARABIC, entry["code"], entry.get("ar"))

    grades = load_resource_json("admiralty.json")
    for letter, label in grades["reliability"].items():
        add("reliability", "en", letter, label)
    for letter, label in grades.get("reliability_ar", {}).items():
        add("reliability", ARABIC, letter, label)
    for number, label in grades["credibility"].items():
        add("credibility", "en", int(number), label)
    for number, label in grades.get("credibility_ar", {}).items():
        add("credibility", ARABIC, int(number), label)
    for scale, label in grades.get("scales_ar", {}).items():
        add("scale", ARABIC, scale, label)
    add("not_graded", "en", None, grades["not_graded"])
    add("not_graded", ARABIC, None, grades.get("not_graded_ar"))

    claims = load_resource_json("claim_fields.json")
    for field, spec in claims["fields"].items():
        add("claim_field", "en", field, spec.get("label"))
        add("claim_field", ARABIC, field, spec.get("label_ar"))
        for language in ("en", ARABIC):
            for value, label in spec.get(f"values_{language}", {}).items():
                add("claim_value", language, value, label)

    for country in load_resource_json("countries.json")["countries"]:
        add("country", ARABIC, country["name"], country.get("name_ar"))

    for spec in load_resource_json("completeness.json")["statuses"].values():
        for requirement in spec["requires"]:
            add("requirement", ARABIC, requirement["label"], requirement.get("label_ar"))

    attribution = load_resource_json("suggest", "attribution.json")
    for name, label in attribution.get("labels", {}).items():
        add("attribution", "en", name, label)
    for name, label in attribution.get("labels_ar", {}).items():
        add("attribution", ARABIC, name, label)

    states = load_resource_json("review_states.json")
    for kind in ("event", "article", "conflict"):
        for state, labels in states[kind].items():
            for language, label in labels.items():
                add(f"{kind}_status", language, state, label)
    return tables


def vocab_label(kind: str, value: Any, language: str) -> str:
    """The label of ``value`` (a stored value of vocabulary ``kind``) in ``language``.

    Kinds: event_type, sub_event_type, disorder_type, inter, interaction,
    time_precision, geo_precision, reliability, credibility, scale, not_graded,
    claim_field, claim_value, country, event_status, article_status, conflict_status,
    requirement (what an event lacks to be coded), attribution (speaker kinds, stances).
    """
    if value is None and kind != "not_graded":
        return ""
    if kind == "disorder_type" and isinstance(value, str) and "; " in value:
        separator = "؛ " if language == ARABIC else "; "
        return separator.join(vocab_label(kind, part, language) for part in value.split("; "))
    if kind == "interaction":
        return _interaction_label(str(value), language)
    if kind == "claim_field" and isinstance(value, str) and value.startswith("custom:"):
        return value[len("custom:") :]
    label = _tables().get(kind, {}).get(language, {}).get(value)
    if label is None and language != "en":
        label = _tables().get(kind, {}).get("en", {}).get(value)
    return label if label is not None else str(value)


def vocab_items(kind: str, values: Any, language: str) -> list[tuple[str, Any]]:
    """(label, stored value) pairs, in the given order, for filling a choice list."""
    return [(vocab_label(kind, value, language), value) for value in values]


def _interaction_label(value: str, language: str) -> str:
    """'State forces-Rebel group' / 'Rebel group only' in ``language``."""
    data = load_resource_json("inter_codes.json")
    suffix = data["one_sided_suffix"]
    if value.endswith(suffix):
        local_suffix = data.get(f"one_sided_suffix_{language}", suffix)
        return vocab_label("inter", value[: -len(suffix)], language) + local_suffix
    parts = value.split(data["joiner"])
    known = all(part in _tables()["inter"].get(ARABIC, {}) for part in parts)
    if not known:
        return value
    return data["joiner"].join(vocab_label("inter", part, language) for part in parts)


def place_label(place: Any, language: str) -> str:
    """How a picker lists a gazetteer place; in Arabic its Arabic name leads.

    'Hama — حماة (town, Hama)' in English; 'حماة — Hama (بلدة، حماة)' in Arabic.
    """
    if language != ARABIC or not place.name_ar:
        return place.label()
    kind = {"town": "بلدة", "district": "منطقة", "governorate": "محافظة", "custom": "مضاف"}
    names = _admin_names_ar()
    where = [names.get(x, x) for x in dict.fromkeys(x for x in (place.admin2, place.admin1) if x)]
    detail = "، ".join([kind.get(place.kind, place.kind), *where])
    return f"{place.name_ar} — {place.name_en} ({detail})"


def actor_label(actor: Any, language: str) -> str:
    """How a picker lists an actor; in Arabic its first Arabic name leads."""
    if language != ARABIC:
        return actor.label()
    inter = vocab_label("inter", actor.inter, language) if actor.inter else "فئة غير محددة"
    if actor.aliases_ar:
        return f"{actor.aliases_ar[0]} — {actor.name} ({inter})"
    return f"{actor.name} ({inter})"


@cache
def _admin_names_ar() -> dict[str, str]:
    """English admin1/admin2 names -> Arabic, from the gazetteer's own regions."""
    from reviewer.gazetteer import shipped_places  # the gazetteer imports codes only

    return {
        place.name_en: place.name_ar
        for place in shipped_places()
        if place.kind in ("governorate", "district") and place.name_ar
    }


def attribution_label(claim: Any, language: str, *, isolate_speaker: bool = False) -> str:
    """Who says a claim and how: 'المرصد السوري — جهة رصد، يؤكد' ('' when not recorded).

    The same composition as ``reviewer.suggest.credibility.describe_attribution``,
    with the speaker kinds and stances in ``language``. ``isolate_speaker`` wraps
    the speaker's own words (quoted from the article, often Arabic in an English
    window) in a Unicode isolate (FSI … PDI), so they do not reorder the labels
    around them.
    """
    kind, stance = claim.get("speaker_kind"), claim.get("stance")
    if not (claim.get("speaker") or kind or stance):
        return ""
    known = _tables().get("attribution", {}).get("en", {})
    who = claim.get("speaker") or (vocab_label("attribution", kind, language) if kind else "")
    shown = f"\u2068{who}\u2069" if isolate_speaker and claim.get("speaker") else who
    parts = [
        vocab_label("attribution", k, language)
        for k in (kind, stance)
        if k in known and vocab_label("attribution", k, language) != who
    ]
    separator = "، " if language == ARABIC else ", "
    if who and parts:
        return f"{shown} — {separator.join(parts)}"
    return shown or separator.join(parts)


def claim_value_label(claim: Any, language: str) -> str:
    """A claim's value as the window shows it: a categorical value by its label.

    Figures ('200–999', '≥ 3500') read the same in every language.
    """
    from reviewer.storage.claim_fields import describe_value  # storage imports no labels

    text = describe_value(claim)
    if language == "en":
        return text
    if claim.get("value_text") and claim.get("low") is None and claim.get("high") is None:
        return vocab_label("claim_value", claim["value_text"], language)
    return text
