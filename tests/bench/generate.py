"""Write N synthetic Arabic news articles to disk, for the benchmarks.

The texts are built from sentence templates over a news vocabulary, with what
real reports have and search must cope with: place names spelled with ة and ه,
clitic-prefixed words (بحماة، وحمص، للمدينة), occasional harakat and tatweel,
Arabic-Indic and ASCII digits. Files go 1,000 to a folder, each folder with a
``manifest.csv`` (outlet, date), as an analyst's corpus would be laid out.
Deterministic for a given seed, so runs are comparable.

    python -m tests.bench.generate --articles 20000 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

PER_FOLDER = 1000

PLACES = [
    "حماة", "حماه", "حمص", "حلب", "إدلب", "دمشق", "درعا", "اللاذقية", "طرطوس", "دير الزور",
    "الرقة", "الحسكة", "القامشلي", "منبج", "السويداء", "القنيطرة", "تدمر", "سراقب",
    "معرة النعمان", "خان شيخون", "الرستن", "تلبيسة", "جبلة", "بانياس", "عفرين", "الباب",
]  # fmt: skip
ACTORS = [
    "هيئة تحرير الشام", "الجيش السوري", "فصائل المعارضة", "قوات سوريا الديمقراطية",
    "الفصائل المسلحة", "القوات الروسية", "الجيش الوطني السوري", "تنظيم الدولة",
    "قوات النظام", "الدفاع المدني", "المرصد السوري لحقوق الإنسان", "الأمم المتحدة",
]  # fmt: skip
OUTLETS = [
    "الجزيرة", "العربية", "سكاي نيوز عربية", "عنب بلدي", "الأيام المصرية", "الشرق الأوسط",
    "القدس العربي", "روسيا اليوم", "العربي الجديد", "تلفزيون سوريا",
]  # fmt: skip
VERBS = [
    "أعلنت", "سيطرت", "انسحبت", "استهدفت", "قصفت", "أفاد", "أكدت", "نفت", "دخلت", "حررت",
    "اقتحمت", "هاجمت", "تقدمت", "أسقطت", "شنت",
]  # fmt: skip
NOUNS = [
    "المدينة", "السجن المركزي", "الأحياء", "الطريق الدولي", "المطار العسكري", "الريف الشمالي",
    "المعتقلين", "المدنيين", "الغارات الجوية", "الاشتباكات", "المسيرات", "القذائف", "الحواجز",
    "المستشفى", "المدارس", "النازحين", "الجسر", "القرى", "المواقع العسكرية", "البلدة",
]  # fmt: skip
FILLER = [
    "وسط", "بعد", "قبل", "خلال", "اليوم", "أمس", "الخميس", "الجمعة", "السبت", "صباح", "مساء",
    "في", "من", "على", "إلى", "عن", "مع", "حيث", "كما", "وفق", "مصادر", "محلية", "ميدانية",
    "بيان", "رسمي", "مقتل", "إصابة", "عدد", "نحو", "أكثر", "أقل", "شخصا", "عنصرا", "مدنيا",
]  # fmt: skip
TEMPLATES = [
    "{verb} {actor} {time} السيطرة على {noun} في {place} بعد اشتباكات عنيفة مع {actor2}.",
    "وقالت مصادر محلية إن {num} من {noun} قتلوا في قصف استهدف {clitic_place} {time}.",
    "{verb} {actor} أن قواتها {verb2} من {noun} {clitic_place} حفاظا على أرواح المدنيين.",
    "وأفاد {actor} بأن عدد القتلى بلغ {num} شخصا بينهم أطفال ونساء في ريف {place}.",
    "ويأتي ذلك {filler} {filler2} {filler3} {noun} و{noun2} في محيط {place}.",
    "وتُعَدّ {place} من كبرى مدن سوريا وتبعد نحو {num} كيلومترا عن {place2}.",
    "{filler} {filler2} {actor} {verb} {noun} {filler3} {clitic_place} {filler}.",
]
CLITICS = ["ب", "و", "ل", "وب", "ف"]
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"


def _digits(n: int, rng: random.Random) -> str:
    text = str(n)
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) if rng.random() < 0.3 else text


def _sentence(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    sentence = rng.choice(TEMPLATES).format(
        verb=rng.choice(VERBS),
        verb2=rng.choice(VERBS),
        actor=rng.choice(ACTORS),
        actor2=rng.choice(ACTORS),
        noun=rng.choice(NOUNS),
        noun2=rng.choice(NOUNS),
        place=place,
        place2=rng.choice(PLACES),
        clitic_place=rng.choice(CLITICS) + place.split()[0],
        num=_digits(rng.choice([3, 7, 12, 25, 40, 100, 250, 3000, 3500]), rng),
        time=rng.choice(["اليوم الخميس", "أمس", "صباح الجمعة", "مساء السبت", ""]),
        filler=rng.choice(FILLER),
        filler2=rng.choice(FILLER),
        filler3=rng.choice(FILLER),
    )
    if rng.random() < 0.1:  # a vowelled word now and then
        words = sentence.split()
        i = rng.randrange(len(words))
        words[i] = words[i][0] + rng.choice(HARAKAT) + words[i][1:]
        sentence = " ".join(words)
    if rng.random() < 0.05:
        sentence = sentence.replace("ا", "ـا", 1)  # tatweel
    return " ".join(sentence.split())


def article_text(index: int, rng: random.Random) -> str:
    """One article: a headline line, then 4-8 paragraphs of 2-4 sentences."""
    title = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(NOUNS)} في {rng.choice(PLACES)}"
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 8))
    ]
    return f"{title} ({index})\n" + "\n".join(paragraphs) + "\n"


def generate(out: Path, count: int, *, seed: int = 7) -> list[Path]:
    """Write ``count`` articles under ``out``; returns the folders written."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    folders: list[Path] = []
    for first in range(0, count, PER_FOLDER):
        folder = out / f"batch{first // PER_FOLDER:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        folders.append(folder)
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "outlet", "url", "published", "language", "title"])
            for index in range(first, min(first + PER_FOLDER, count)):
                name = f"{index:07d}.txt"
                (folder / name).write_text(article_text(index, rng), encoding="utf-8")
                published = start + timedelta(days=rng.randrange(730))
                outlet = rng.choice(OUTLETS) if rng.random() < 0.9 else ""
                writer.writerow([name, outlet, "", published.isoformat(), "ar", ""])
    return folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    generate(args.out, args.articles, seed=args.seed)
    print(f"{args.articles} articles written under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
