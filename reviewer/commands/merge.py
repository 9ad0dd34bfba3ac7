"""``reviewer merge OTHER.sqlite``: bring a colleague's project into this one."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, add_analyst_option, open_project_as


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "merge",
        parents=parents,
        help="merge a colleague's project file into this one (safe to repeat)",
    )
    parser.add_argument("other", metavar="OTHER.sqlite", help="the project file to bring in")
    add_analyst_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.team.merge import merge_project

    project = open_project_as(args, args.analyst)
    try:
        print(merge_project(project, args.other).summary())
    finally:
        project.close()
    return EXIT_OK
