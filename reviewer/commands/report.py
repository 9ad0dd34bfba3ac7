"""``reviewer report --out DIR``: charts (PNG) and a one-page HTML summary."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, open_db


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "report", parents=parents, help="write charts and an HTML summary into a folder"
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="folder (created if needed)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.report.summary import write_report
    from reviewer.terminal import echo

    db = open_db(args, reading=True)
    try:
        report = write_report(db, args.out)
    except OSError as exc:
        from reviewer.errors import ReviewerError
        from reviewer.messages import Message

        reason = exc.strerror or str(exc)
        raise ReviewerError(Message("report.cannot_write", path=args.out, reason=reason)) from exc
    for path in report.charts.values():
        echo(f"chart: {path}")
    echo(f"summary: {report.summary}")
    return EXIT_OK
