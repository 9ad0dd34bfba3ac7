"""``reviewer import PATH...``: article files and folders into the project."""

from __future__ import annotations

import argparse
import sys

from reviewer.commands._common import EXIT_OK, EXIT_REJECTED, open_db
from reviewer.terminal import echo

# Imported files described one per line (kind, title, date, outlet); a big
# folder's thousands would bury the rejections and the summary.
MAX_LISTED = 50


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "import", parents=parents, help="import article files and folders (recursive)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.cli_progress import terminal_progress
    from reviewer.importing.corpus_import import display_path, import_paths

    db = open_db(args)
    with terminal_progress("importing", unit="file") as progress:
        result = import_paths(db, args.paths, progress=progress)
    for path, taken in result.reports[:MAX_LISTED]:
        echo(f"imported: {display_path(path)}: {taken}")
    if len(result.imported) > MAX_LISTED:
        echo(
            f"imported: … and {len(result.imported) - MAX_LISTED} more ('reviewer list' shows them)"
        )
    for path, reason in result.rejected:
        echo(f"rejected: {display_path(path)}: {reason}", file=sys.stderr)
    for path, reason in result.skipped:
        echo(f"{display_path(path)}: {reason}")
    echo(result.summary())
    return EXIT_REJECTED if result.rejected else EXIT_OK
