"""`kapdesk profile ...`: manage the encrypted connection profiles from a script or a shell."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENV_CHOICES = ("sandbox", "kapital-test", "production", "custom")
Handler = Callable[[argparse.Namespace], int]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "profile",
        help="list, add, edit, remove or show stored connection profiles",
        description="Secrets are never options: the store passphrase comes from "
        "KAPDESK_PASSPHRASE (new one: KAPDESK_NEW_PASSPHRASE) and the terminal password from "
        "KAPDESK_PASSWORD, or from a prompt without echo when run in a terminal.",
    )
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    _command(sub, "list", "list the profiles (* marks the active one)", "list_profiles")
    add = _command(sub, "add", "add a profile (creates the store on first use)", "add")
    add.add_argument("name", metavar="NAME")
    _fields(add, adding=True)
    add.add_argument(
        "--remember",
        action="store_true",
        help="when creating the store, also keep its key in this computer's keyring",
    )
    edit = _command(sub, "edit", "change a profile's fields", "edit")
    edit.add_argument("name", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEW", help="rename the profile")
    _fields(edit, adding=False)
    edit.add_argument(
        "--password",
        action="store_true",
        dest="new_password",
        help="set a new terminal password (from KAPDESK_PASSWORD or a prompt)",
    )
    for action, text in (
        ("remove", "remove a profile"),
        ("show", "show a profile (never its password)"),
        ("use", "make a profile the active one"),
    ):
        _command(sub, action, text, action).add_argument("name", metavar="NAME")
    _command(sub, "passwd", "change the store passphrase (nothing else changes)", "passwd")
    _command(sub, "remember", "keep the store key in this computer's keyring", "remember")
    _command(sub, "forget", "remove the store key from this computer's keyring", "forget")


def _command(sub: Any, name: str, text: str, action: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=text, description=text)
    parser.set_defaults(handler=_run, profile_action=action)
    return parser


def _fields(parser: argparse.ArgumentParser, *, adding: bool) -> None:
    parser.add_argument("--env", choices=ENV_CHOICES, required=adding, dest="environment")
    parser.add_argument("--base-url", metavar="URL", help="filled in for known environments")
    parser.add_argument("--user", metavar="USER", help="terminal user")
    parser.add_argument("--currency", metavar="CODE", help="default currency (AZN)")
    parser.add_argument("--language", choices=("az", "en", "ru"))
    parser.add_argument("--hold-days", type=int, metavar="N", help="hold validity (7)")
    parser.add_argument("--idle-lock-minutes", type=int, metavar="N", help="idle lock (10)")
    parser.add_argument(
        "--max-amount",
        metavar="AMOUNT",
        help="the most one payout or refund may be, in the profile's currency (10000.00)",
    )
    parser.add_argument(
        "--verify-tls",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="verify the gateway's TLS certificate (always on in production)",
    )
    parser.add_argument(
        "--operator", metavar="NAME", help="who works under this profile (journalled)"
    )
    parser.add_argument(
        "--team",
        metavar="postgresql://USER@HOST:PORT/DB",
        help="use the team's shared journal (database password from KAPDESK_DB_PASSWORD "
        "or a prompt)",
    )
    parser.add_argument(
        "--team-ca",
        metavar="FILE",
        type=Path,
        help="the team's CA certificate (PEM), kept in the profile store; needed unless the "
        "team database is on this computer",
    )
    parser.add_argument("--active", action="store_true", help="make it the active profile")


def _run(args: argparse.Namespace) -> int:
    """Runs the chosen action; every refusal is one sentence on stderr and an exit code."""
    from kapdesk.cli import profile_actions
    from kapdesk.i18n import UserError
    from kapdesk.vault.errors import InvalidProfile, WeakPassphrase

    action: Handler = getattr(profile_actions, args.profile_action)
    try:
        return action(args)
    except (InvalidProfile, WeakPassphrase) as err:
        print(f"kapdesk: {err}", file=sys.stderr)
        return 2
    except UserError as err:
        print(f"kapdesk: {err}", file=sys.stderr)
        return 1
