"""Command line: with no command the console opens; otherwise one of the CLI commands runs.

Every command module in ``COMMANDS`` offers ``register(subparsers)``. Registration must stay
cheap (no httpx, Qt or sandbox imports at module level) so that start-up stays fast. The
console's own options are read first without them: the console does not import the CLI.
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


# The console's sandbox child (kapdesk.app.sandbox_start): not a command for people.
SANDBOX_CHILD = "__sandbox-child"


def _console_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sandbox", action="store_true", help="open the console on the built-in sandbox"
    )
    parser.add_argument("--profile", metavar="NAME", help="open the console on a stored profile")
    parser.add_argument(
        "--exit-after-ready",
        action="store_true",
        help="open the window, wait for the first answer, print 'ready in N ms' and exit",
    )
    parser.add_argument(
        "--exit-after-shown",
        action="store_true",
        help="open the window, print 'shown in N ms' once it is first painted and exit",
    )
    parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kapdesk",
        description="Back-office console for Kapital Bank e-commerce merchants.",
    )
    _console_options(parser)
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


def _console_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The console's options when ``argv`` holds nothing else (no command, no --help)."""
    parser = argparse.ArgumentParser(
        prog="kapdesk", add_help=False, allow_abbrev=False, exit_on_error=False
    )
    _console_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # a bad value: the full parser says so, with the usage
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == [SANDBOX_CHILD]:
        from kapdesk.app.sandbox_start import serve_child

        return serve_child(argv[1:])
    console = _console_arguments(argv)
    if console is not None:
        from kapdesk.app.run import run_console

        return run_console(console)
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    from kapdesk.app import run_console

    return run_console(args)


if __name__ == "__main__":
    sys.exit(main())
