"""Benchmark 2: open an article — query it and render it in the ArticleView — p95 <= 30 ms."""

from __future__ import annotations

import random
import time

from tests.bench._common import emit, p95

TARGET_MS = 30.0


def run(db, samples: int = 300) -> dict:
    from PySide6.QtWidgets import QApplication

    from reviewer.storage.articles import get_article
    from reviewer.ui.article_view import ArticleView
    from reviewer.ui.fonts import register_bundled_fonts

    app = QApplication.instance() or QApplication([])
    register_bundled_fonts()
    view = ArticleView()
    view.resize(680, 800)
    view.show()
    app.processEvents()
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0]
    rng = random.Random(3)
    times = []
    for _ in range(samples):
        article_id = rng.randint(1, top)
        start = time.perf_counter()
        article = get_article(db, article_id)
        view.show_text(article.text)
        view.viewport().repaint()  # lay out and paint now, not at the next event loop turn
        times.append((time.perf_counter() - start) * 1000)
    view.close()
    return emit("open_article_p95", p95(times), "ms", TARGET_MS, samples=samples)
