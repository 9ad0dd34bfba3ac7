"""``reviewer export``: the dataset as CSV files with a datapackage.json."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db
from reviewer.terminal import echo


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "export",
        parents=parents,
        help="export events (ACLED columns), claims, conflicts and sources as CSV",
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    parser.add_argument(
        "--all", action="store_true", dest="include_all", help="include unreviewed events"
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="byte-exact for pipelines: no BOM, formula-like cells NOT neutralised "
        "(do not open these files in a spreadsheet)",
    )
    # The safe form is the default now; --excel is accepted for old scripts.
    parser.add_argument("--excel", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first event date")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last event date")
    parser.add_argument("--admin1", metavar="NAME", help="only events in this governorate")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="export the team server's dataset (as this login may see it) instead of --db",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.cli_progress import terminal_progress
    from reviewer.export import ExportOptions, export_dataset

    options = ExportOptions(
        include_all=args.include_all,
        raw=args.raw,
        date_from=args.date_from,
        date_to=args.date_to,
        admin1=args.admin1,
    )
    if args.server:
        return _export_from_server(args, options)
    db = open_db(args, reading=True)
    with terminal_progress("exporting", unit="row") as progress:
        result = export_dataset(db, args.out, options, progress=progress)
    echo(result.summary())
    return EXIT_OK


def _export_from_server(args: argparse.Namespace, options) -> int:
    """A fresh replica pulled from the server, exported by the same code as a project."""
    import tempfile
    from pathlib import Path

    from reviewer.export import export_dataset
    from reviewer.server.sync import sync
    from reviewer.storage import open_database
    from reviewer.storage.database import close_database

    with tempfile.TemporaryDirectory(prefix="reviewer-replica-") as folder:
        db = open_database(Path(folder) / "replica.sqlite")
        try:
            sync(db, args.server, push=False)
            result = export_dataset(db, args.out, options)
        finally:
            close_database(db)
    echo(result.summary())
    return EXIT_OK
