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
    parser.add_argument(
        "--server",
        metavar="URL",
        help="import into the team server's shared corpus instead of the project",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.cli_progress import terminal_progress
    from reviewer.importing.corpus_import import display_path, import_paths

    if args.server:
        return _run_to_server(args)
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


def _run_to_server(args: argparse.Namespace) -> int:
    """Read the files as a local import would (same rules), then upload the articles."""
    import tempfile
    from pathlib import Path

    from reviewer.cli_progress import terminal_progress
    from reviewer.importing.corpus_import import display_path, import_paths
    from reviewer.server.sync import upload_corpus
    from reviewer.storage import open_database
    from reviewer.storage.database import close_database

    with tempfile.TemporaryDirectory(prefix="reviewer-upload-") as folder:
        db = open_database(Path(folder) / "upload.sqlite")
        try:
            with terminal_progress("reading", unit="file") as progress:
                imported = import_paths(db, args.paths, progress=progress)
            uploaded = upload_corpus(db, args.server)
        finally:
            close_database(db)
    for path, reason in imported.rejected:
        echo(f"rejected: {display_path(path)}: {reason}", file=sys.stderr)
    read = len(imported.imported) + len(imported.duplicates)
    echo(
        f"{uploaded.articles_pushed} articles added to {uploaded.server}"
        f" ({read - uploaded.articles_pushed} already there)"
    )
    return EXIT_REJECTED if imported.rejected else EXIT_OK
