"""The ``reviewer`` command: the window by default, subcommands for batch work.

Errors the user can act on are printed as one line on stderr with a non-zero
exit code; tracebacks are for bugs only. Exit codes: 0 success, 1 finished but
some input was rejected, 2 nothing done (bad arguments, unusable file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer import __version__
from reviewer.errors import ReviewerError

EXIT_OK, EXIT_REJECTED, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db", metavar="PATH", help="project file (default: reviewer.sqlite in your data folder)"
    )
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Code and review conflict events from Arabic news reports.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.set_defaults(handler=_run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[db_option], help="open the window (the default)")
    gui.set_defaults(handler=_run_gui)

    importer = commands.add_parser(
        "import", parents=[db_option], help="import article files and folders (recursive)"
    )
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.set_defaults(handler=_run_import)

    stats = commands.add_parser("stats", parents=[db_option], help="count articles and events")
    stats.set_defaults(handler=_run_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except ReviewerError as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130


def _run_gui(args: argparse.Namespace) -> int:
    from reviewer.ui.app import run_app  # Qt is loaded only when a window is wanted

    return run_app(args.db)


def _run_import(args: argparse.Namespace) -> int:
    from reviewer.cli_progress import terminal_progress
    from reviewer.importing.corpus_import import import_paths
    from reviewer.project import open_project

    db = open_project(args.db)
    with terminal_progress("importing", unit="file") as progress:
        result = import_paths(db, args.paths, progress=progress)
    for path, reason in result.rejected:
        print(f"rejected: {path}: {reason}", file=sys.stderr)
    print(result.summary())
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _run_stats(args: argparse.Namespace) -> int:
    from reviewer.project import open_project
    from reviewer.storage.articles import count_by_status

    db = open_project(args.db)
    for table in ("articles", "events"):
        counts = count_by_status(db, table)
        detail = ", ".join(f"{status} {n}" for status, n in counts.items()) or "none"
        print(f"{table}: {sum(counts.values())} ({detail})")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
