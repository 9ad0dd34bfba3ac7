"""``reviewer render ARTICLE --out PNG``: draw an article offscreen (hidden, for smoke tests).

The packaged build runs it to prove that the frozen app finds Qt, its platform
plugin, the bundled fonts, the vocabularies and the sample corpus. Not listed in
``--help``: it is a developer tool, not an analyst's one.
"""

from __future__ import annotations

import argparse
import os
import sys

from reviewer.commands._common import EXIT_ERROR, EXIT_OK
from reviewer.errors import ReviewerError
from reviewer.messages import Message


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    # No help=: argparse then leaves the command out of the help listing.
    parser = commands.add_parser("render", parents=parents)
    parser.add_argument("article", type=int, metavar="ARTICLE")
    parser.add_argument("--out", required=True, metavar="PNG")
    parser.add_argument(
        "--window", action="store_true", help="draw the whole main window, not only the text"
    )
    parser.add_argument("--size", default="1000x700", metavar="WxH")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reviewer.project import open_project
    from reviewer.storage.articles import article_ids, get_article
    from reviewer.storage.database import close_database
    from reviewer.ui.fonts import register_bundled_fonts

    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError as exc:
        raise ReviewerError(Message("render.bad_size", size=args.size)) from exc
    app = QApplication.instance() or QApplication(sys.argv[:1])
    families = register_bundled_fonts()
    db = open_project(args.db, seed_sample=True)  # like the window: a new file gets the sample
    try:
        article = get_article(db, args.article)
        if args.window:
            widget = _window(db, article.id)
        else:
            from reviewer.ui.article_view import ArticleView

            widget = ArticleView()
            widget.show_text(article.text)
        widget.resize(width, height)
        widget.show()
        app.processEvents()
        image = widget.grab()
        saved = not image.isNull() and image.save(args.out, "PNG")
        widget.close()
        n_articles = len(article_ids(db))
    finally:
        close_database(db)
    if not saved:
        print(f"reviewer: {args.out}: could not write the PNG", file=sys.stderr)
        return EXIT_ERROR
    print(
        f"rendered article {article.id} ({len(article.text)} characters, fonts: "
        f"{', '.join(families)}; project has {n_articles} articles) to {args.out}"
    )
    return EXIT_OK


def _window(db, article_id: int):
    from PySide6.QtCore import QSettings

    from reviewer.storage.articles import article_ids
    from reviewer.ui.main_window import MainWindow

    # A settings file that is never read back: a smoke test must not touch the user's.
    settings = QSettings(os.devnull, QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.select_row(article_ids(db).index(article_id))
    return window
