"""``reviewer server init URL`` and ``reviewer server add-analyst NAME --role R``.

Run by whoever administers the team's PostgreSQL database (its owner or a
superuser). The URL is libpq's: the password comes from PGPASSWORD, ~/.pgpass
or a service file, never from the command line of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import sys

from reviewer.commands._common import EXIT_OK


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser("server", help="set up a team server on PostgreSQL")
    actions = parser.add_subparsers(title="actions", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the schema, roles and policies")
    init.add_argument("url", metavar="URL", help="postgresql://owner@host/database")
    init.set_defaults(handler=run_init)
    add = actions.add_parser("add-analyst", help="create a login role for an analyst")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=("coder", "reviewer", "adjudicator", "admin"))
    add.add_argument("--server", metavar="URL", required=True, help="as for init")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new analyst's password from standard input (one line)",
    )
    add.set_defaults(handler=run_add_analyst)


def run_init(args: argparse.Namespace) -> int:
    from reviewer.server.admin import init_server
    from reviewer.server.connect import public_url

    version = init_server(args.url)
    print(f"team server ready at {public_url(args.url)} (server schema {version})")
    return EXIT_OK


def run_add_analyst(args: argparse.Namespace) -> int:
    from reviewer.server.admin import add_analyst

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if password is None and os.environ.get("REVIEWER_NEW_ANALYST_PASSWORD"):
        password = os.environ["REVIEWER_NEW_ANALYST_PASSWORD"]
    add_analyst(args.server, args.name, role=args.role, password=password)
    print(f"analyst {args.name} can log in as a {args.role}")
    return EXIT_OK
