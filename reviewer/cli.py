"""The ``reviewer`` command: the window by default, subcommands for batch work.

Errors the user can act on are printed as one line on stderr with a non-zero
exit code; tracebacks are for bugs only. Exit codes: 0 success, 1 finished but
some input was rejected, 2 nothing done (bad arguments, unusable file).
Each subcommand lives in its own module under ``reviewer.commands``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from reviewer import __version__
from reviewer.commands import command_modules
from reviewer.commands._common import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, close_opened
from reviewer.errors import ReviewerError
from reviewer.freed_memory import return_large_blocks

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
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS,
        help="interface language of the window, remembered (default: the system's)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in command_modules():
        module.register(commands, [db_option])
    gui = next(m for m in command_modules() if m.__name__.endswith(".gui"))
    parser.set_defaults(handler=gui.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return_large_blocks()
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    try:
        return args.handler(args)
    except ReviewerError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # disk full, read-only folder, permission, ...
        return _fail(os_error_message(exc))
    except sqlite3.Error as exc:
        return _fail(f"{_project(args)}: {database_error_message(exc)}")
    except OverflowError as exc:
        return _fail(f"a number is too large to store ({exc})")
    finally:
        close_opened(args)


def _fail(message: str) -> int:
    print(f"reviewer: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _project(args: argparse.Namespace) -> str:
    from reviewer.project import resolve_db_path

    return str(resolve_db_path(args.db))


def os_error_message(exc: OSError) -> str:
    """One line naming the file, e.g. ``out/events.csv: No space left on device``."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {reason}" if exc.filename else reason


def database_error_message(exc: sqlite3.Error) -> str:
    """SQLite's message, said the way an analyst can act on it."""
    text = str(exc)
    if "disk is full" in text:
        return "the disk is full; nothing more was written (free some space and run it again)"
    if "readonly" in text or "read-only" in text:
        return "cannot write to the project (read-only file or folder)"
    if "locked" in text or "busy" in text:
        return "another program kept the project locked; try again"
    return f"database error ({text})"


if __name__ == "__main__":
    sys.exit(main())
