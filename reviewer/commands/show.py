"""``reviewer show ARTICLE``: one article's metadata, events and full text."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, add_analyst_option, open_db
from reviewer.commands.list import RAW_HELP


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("show", parents=parents, help="print one article")
    parser.add_argument("article", type=int, metavar="ARTICLE", help="article id (see: list)")
    parser.add_argument("--raw", action="store_true", help=RAW_HELP)
    add_analyst_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the article; under blind double coding only the acting analyst's events.

    The window hides a colleague's coding until every assigned analyst is done;
    the command line must not be the way around that, so it asks the same rule.
    """
    import os

    from reviewer.storage.articles import get_article
    from reviewer.storage.events import events_for_article
    from reviewer.team.assign import visible_events
    from reviewer.terminal import terminal_for

    db = open_db(args, reading=True)
    article = get_article(db, args.article)
    terminal = terminal_for(raw=args.raw)
    header = [
        f"article: {article.id}",
        f"title: {article.title}",
        f"outlet: {article.outlet or '-'}",
        f"published: {article.published or '-'}",
        f"status: {article.status}",
    ]
    if article.url:
        header.append(f"url: {article.url}")
    analyst = args.analyst or os.environ.get("REVIEWER_ANALYST") or None
    events = visible_events(db, article.id, analyst)
    hidden = len(events_for_article(db, article.id)) - len(events)
    for event in events:
        what = " / ".join(v for v in (event["event_type"], event["sub_event_type"]) if v)
        where = event["location_ar"] or event["location"] or "-"
        header.append(
            f"event {event['id']}: {event['event_date'] or '-'} · {what or '-'} · {where}"
            f" · {event['status']}"
        )
    if hidden:
        header.append(
            f"({hidden} event(s) by other coders hidden: blind double coding"
            " until every assigned analyst marks the article done)"
        )
    for line in header:
        print(terminal.line(line))
    print()
    # The body last, and untouched in logical mode: `show --raw N | tail -n +K` is the text.
    print("\n".join(terminal.paragraphs(article.text)))
    return EXIT_OK
