"""Benchmark 3: search p95 over 20 typical queries <= 50 ms.

Each timing is what the window does for a search: the count of matching
articles (the list's row count), the first page of hits in list order with the
summaries and snippets of its first 25 rows (what is visible), and the progress
counts for the filter bar.
"""

from __future__ import annotations

import time

from tests.bench._common import emit, p95

TARGET_MS = 50.0
VISIBLE_ROWS = 25
QUERIES = [
    "حماة", "حماه", "حَمَاةَ", "حمص", "هيئة تحرير الشام", "الجيش السوري", "دمشق OR حلب",
    "المعتقلين", "قصف", "إدلب -حلب", "سجين", "مدينه", "الدفاع المدني", "3000", "٣٥٠٠",
    "اللاذقية", "طرطوس", "انسحب*", "\"الغارات الجوية\"", "دير الزور",
]  # fmt: skip


def run(db, repeats: int = 3) -> dict:
    from reviewer.search import make_snippet, parse_query, progress_for
    from reviewer.storage.articles import (
        article_ids_window,
        article_texts,
        count_articles,
        summaries_by_ids,
    )

    times, sizes = [], {}
    for _ in range(repeats):
        for query in QUERIES:
            start = time.perf_counter()
            parsed = parse_query(query)
            expression = parsed.match_expression()
            hits = count_articles(db, fts_match=expression)
            first = article_ids_window(db, fts_match=expression, limit=200)[:VISIBLE_ROWS]
            summaries_by_ids(db, first)
            for text in article_texts(db, first).values():
                make_snippet(text, parsed)
            progress_for(db, parsed)
            times.append((time.perf_counter() - start) * 1000)
            sizes[query] = hits
    slowest = max(zip(times, QUERIES * repeats, strict=True))
    return emit(
        "search_p95",
        p95(times),
        "ms",
        TARGET_MS,
        queries=len(QUERIES),
        median_hits=sorted(sizes.values())[len(sizes) // 2],
        slowest=f"{slowest[1]} {slowest[0]:.0f} ms",
    )
