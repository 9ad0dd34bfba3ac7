"""``reviewer review EVENT --as NAME``: mark an event reviewed (or coded) from a shell."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db
from reviewer.errors import ReviewerError
from reviewer.messages import Message


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "review", parents=parents, help="mark an event reviewed (or --coded) under your name"
    )
    parser.add_argument("event", metavar="EVENT_ID", help="event_id_cnty (e.g. RVW12) or row id")
    parser.add_argument("--as", dest="user", required=True, metavar="NAME", help="your name")
    parser.add_argument("--coded", action="store_true", help="mark it coded instead of reviewed")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.storage.review import mark_event_coded, mark_event_reviewed

    db = open_db(args, user=args.user)
    row = db.execute(
        "SELECT id, event_id_cnty FROM events WHERE event_id_cnty = ? OR CAST(id AS TEXT) = ?",
        [args.event, args.event],
    ).fetchone()
    if row is None:
        raise ReviewerError(Message("not_found.event", event=args.event))
    mark = mark_event_coded if args.coded else mark_event_reviewed
    mark(db, row[0], args.user)
    print(f"event {row[1]}: {'coded' if args.coded else 'reviewed'} by {args.user}")
    return EXIT_OK
