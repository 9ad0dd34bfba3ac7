"""The ``reviewer`` command: the window by default, subcommands for batch work.

Errors the user can act on are printed as one line on stderr with a non-zero
exit code; tracebacks are for bugs only. Exit codes: 0 success, 1 finished but
some input was rejected, 2 nothing done (bad arguments, unusable file).
Each subcommand lives in its own module under ``reviewer.commands``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reviewer import __version__
from reviewer.commands import command_modules
from reviewer.commands._common import EXIT_ERROR, EXIT_OK, EXIT_REJECTED
from reviewer.errors import ReviewerError

__all__ = ["EXIT_ERROR", "EXIT_OK", "EXIT_REJECTED", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand without --db must not reset one given before it.
    db_option.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="project file (default: reviewer.sqlite in your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Code and review conflict events from Arabic news reports.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in command_modules():
        module.register(commands, [db_option])
    gui = next(m for m in command_modules() if m.__name__.endswith(".gui"))
    parser.set_defaults(handler=gui.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    try:
        return args.handler(args)
    except ReviewerError as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
