"""``reviewer import-events FILE.csv``: an existing ACLED-format dataset, to review."""

from __future__ import annotations

import argparse
import sys

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED, open_db
from reviewer.terminal import echo


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "import-events", parents=parents, help="import events from an ACLED-format CSV file"
    )
    parser.add_argument("file", metavar="FILE.csv")
    parser.add_argument("--as", dest="user", metavar="NAME", help="who is importing (audit log)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.cli_progress import terminal_progress
    from reviewer.importing.events_csv import import_events_csv

    db = open_db(args)
    with terminal_progress("importing", unit="row") as progress:
        result = import_events_csv(db, args.file, user=args.user, progress=progress)
    for number, reason in result.rejected:
        echo(f"rejected: {args.file}: row {number}: {reason}", file=sys.stderr)
    echo(result.summary())
    return EXIT_REJECTED if result.rejected else EXIT_OK
