"""``reviewer agreement``: how far coders agree, field by field (Krippendorff's alpha)."""

from __future__ import annotations

import argparse
import json

from reviewer.commands._common import EXIT_OK, iso_date, open_db


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "agreement",
        parents=parents,
        help="inter-coder agreement per field over double-coded articles",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--coders", metavar="A,B", help="only these coders (comma-separated names)")
    parser.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                        help="articles published on or after this day")  # fmt: skip
    parser.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                        help="articles published on or before this day")  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.agreement import compute_agreement, format_agreement

    coders = [c.strip() for c in args.coders.split(",") if c.strip()] if args.coders else None
    db = open_db(args)
    try:
        report = compute_agreement(
            db, coders=coders, date_from=args.date_from, date_to=args.date_to
        )
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_agreement(report))
    return EXIT_OK
