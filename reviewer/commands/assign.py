"""``reviewer assign``: double-code a share of the articles, blind, by named analysts."""

from __future__ import annotations

import argparse

from reviewer.commands._common import EXIT_OK, add_analyst_option, open_project_as
from reviewer.messages import Message


def register(commands: argparse._SubParsersAction, parents: list) -> None:
    parser = commands.add_parser(
        "assign",
        parents=parents,
        help="assign articles to two or more analysts to code independently (blind)",
    )
    parser.add_argument(
        "--analysts", required=True, metavar="A,B[,C]", help="the analysts (comma-separated)"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--count", type=int, metavar="N", help="N articles drawn at random")
    which.add_argument("--percent", type=float, metavar="P", help="P%% of the articles, at random")
    which.add_argument("--articles", metavar="ID,ID", help="these article ids")
    parser.add_argument("--seed", type=int, help="seed of the random draw (reproducible sample)")
    add_analyst_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.errors import ReviewerError
    from reviewer.team.assign import assign_articles

    ids = None
    if args.articles:
        try:
            ids = [int(x) for x in args.articles.split(",") if x.strip()]
        except ValueError:
            raise ReviewerError(Message("assign.bad_article_ids", articles=args.articles)) from None
    project = open_project_as(args, args.analyst)
    try:
        analysts = [a for a in args.analysts.split(",") if a.strip()]
        chosen = assign_articles(
            project, analysts, count=args.count, percent=args.percent, article_ids=ids,
            seed=args.seed,
        )  # fmt: skip
    finally:
        project.close()
    names = ", ".join(sorted({a.strip() for a in analysts}))
    print(f"assigned {len(chosen)} articles to {names}: {', '.join(map(str, chosen)) or 'none'}")
    return EXIT_OK
