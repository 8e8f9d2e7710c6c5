"""Command line: with no command the console opens; otherwise one of the CLI commands runs.

Every command module in ``COMMANDS`` offers ``register(subparsers)``. Registration must stay
cheap (no httpx, Qt or sandbox imports at module level) so that start-up stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMANDS = (
    "kapdesk.cli.lookup",
    "kapdesk.cli.sandbox",
    "kapdesk.cli.profile",
    "kapdesk.cli.money",
    "kapdesk.cli.journal",
    "kapdesk.cli.batch",
    "kapdesk.cli.dispute",
    "kapdesk.cli.team",
    "kapdesk.cli.approvals",
    "kapdesk.cli.search",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kapdesk",
        description="Back-office console for Kapital Bank e-commerce merchants.",
    )
    parser.add_argument(
        "--sandbox", action="store_true", help="open the console on the built-in sandbox"
    )
    parser.add_argument("--profile", metavar="NAME", help="open the console on a stored profile")
    parser.add_argument(
        "--exit-after-ready",
        action="store_true",
        help="open the window, wait for the first answer, print 'ready in N ms' and exit",
    )
    parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command not built yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    from kapdesk.app import run_console

    return run_console(args)


if __name__ == "__main__":
    sys.exit(main())
