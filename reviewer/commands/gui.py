"""``reviewer gui`` (and plain ``reviewer``): the window."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("gui", parents=parents, help="open the window (the default)")
    parser.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS,
        help="interface language, remembered for the next start (default: the system's)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.ui.app import run_app  # Qt is loaded only when a window is wanted

    return run_app(args.db, language=getattr(args, "lang", None))
