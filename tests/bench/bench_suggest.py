"""Precision and recall of the suggesters on the hand-labelled set, as JSON lines.

Run: .venv/bin/python tests/bench/bench_suggest.py
One line per (subset, kind): the sample corpus, the articles written for the tests,
and all of them; plus the time the suggesters take per article.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from reviewer.suggest.engine import suggest
from reviewer.suggest.quality import evaluate, load_labels

LABELS = Path(__file__).resolve().parents[1] / "suggest_labels" / "labels.json"


def main() -> None:
    for subset, only in (("corpus", "corpus/"), ("own_articles", "articles/"), ("all", None)):
        for kind, score in evaluate(LABELS, only=only).items():
            line = {
                "bench": "suggest",
                "subset": subset,
                "kind": kind,
                "labelled": score.labelled,
                "suggested": score.suggested,
                "precision": round(score.precision, 3),
                "recall": round(score.recall, 3),
                "misses": score.misses,
                "false_positives": score.false_positives,
            }
            print(json.dumps(line, ensure_ascii=False))
    articles = load_labels(LABELS)
    suggest("تحمية")  # load the rules once, outside the timing
    start = time.perf_counter()
    for text, published, _ in articles:
        suggest(text, published)
    per_article = (time.perf_counter() - start) / len(articles)
    print(json.dumps({"bench": "suggest", "ms_per_article": round(per_article * 1000, 2)}))


if __name__ == "__main__":
    main()
