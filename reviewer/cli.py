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
from reviewer.errors import ReviewerError, database_error_message, os_error_message
from reviewer.freed_memory import return_large_blocks
from reviewer.messages import Message

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
        return _fail(exc.text)  # a Message when the core said it with an id
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # disk full, read-only folder, permission, ...
        return _fail(os_error_message(exc))
    except sqlite3.Error as exc:
        return _fail(
            Message("project.in_file", path=_project(args), reason=database_error_message(exc))
        )
    except OverflowError as exc:
        return _fail(Message("value.too_large", reason=str(exc)))
    finally:
        close_opened(args)


def _fail(message: str) -> int:
    """Print ``message`` (English; a ``Message``'s id is for the window) as one line."""
    print(f"reviewer: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _project(args: argparse.Namespace) -> str:
    from reviewer.project import resolve_db_path

    return str(resolve_db_path(args.db))


if __name__ == "__main__":
    sys.exit(main())
