"""`kapdesk team init|add-user|threshold`: set up a finance team's shared journal (PostgreSQL).

Run by the team's administrator. Passwords never come from the command line: the
administrator's and a new member's come from ``KAPDESK_DB_PASSWORD`` or a prompt without echo
(for ``add-user``, the administrator's own comes from ``KAPDESK_ADMIN_DB_PASSWORD``).
Exit codes: 0 done, 1 refused by the server or unreachable, 2 bad usage.

Honest limit: four-eyes approval is only as strong as the custody of the gateway's terminal
credentials: a clerk who holds them could call the bank directly, around kapdesk.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

DB_PASSWORD_VARIABLE = "KAPDESK_DB_PASSWORD"  # noqa: S105 - a variable's name
ADMIN_DB_PASSWORD_VARIABLE = "KAPDESK_ADMIN_DB_PASSWORD"  # noqa: S105 - a variable's name
ROLE_CHOICES = ("clerk", "supervisor", "admin")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "team",
        help="set up a team journal on PostgreSQL (administrators)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help="create the schema, roles and functions (idempotent)")
    init.add_argument("--upgrade", action="store_true", help="migrate an older schema version")
    add = sub.add_parser("add-user", help="add a person (one login role in one group role)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLE_CHOICES, required=True)
    threshold = sub.add_parser(
        "threshold", help="above this amount a refund, reversal or payout needs a supervisor"
    )
    threshold.add_argument("currency", metavar="CURRENCY")
    threshold.add_argument("amount", metavar="AMOUNT")
    for command, action in ((init, "init"), (add, "add_user"), (threshold, "threshold")):
        command.add_argument(
            "--dsn",
            required=True,
            metavar="postgresql://ADMIN@HOST:PORT/DB",
            help="the team database, as its administrator (no password in it)",
        )
        command.add_argument(
            "--team-ca",
            metavar="FILE",
            help="the team's CA certificate (PEM): needed unless the database is on this "
            "computer (TLS verify-full)",
        )
        command.set_defaults(handler=_run, team_action=action)


def db_password(prompt: str, variable: str = DB_PASSWORD_VARIABLE, *, confirm: bool = False) -> str:
    """A database password from ``variable``, else a no-echo prompt, else bad usage."""
    from kapdesk.cli import vault_access
    from kapdesk.cli.connection import UsageError
    from kapdesk.i18n import N_

    value = os.environ.get(variable)
    if value:
        return value
    if vault_access.interactive():
        return vault_access.prompt_secret(prompt, confirm=confirm)
    raise UsageError(
        N_("No database password: set {variable} or run this in a terminal to be asked."),
        variable=variable,
    )


def _run(args: argparse.Namespace) -> int:
    from kapdesk.cli.connection import UsageError
    from kapdesk.domain.money import AmountError, UnknownCurrency
    from kapdesk.i18n import UserError
    from kapdesk.journal.team.admin import BadTeamInput
    from kapdesk.journal.team.connect import BadTeamAddress

    try:
        return int(globals()["_" + args.team_action](args))
    except (UsageError, BadTeamAddress, BadTeamInput, AmountError, UnknownCurrency) as err:
        print(f"kapdesk: {err}", file=sys.stderr)
        return 2
    except UserError as err:
        print(f"kapdesk: {err}", file=sys.stderr)
        return 1


def _admin(args: argparse.Namespace, variable: str = DB_PASSWORD_VARIABLE) -> Any:
    import psycopg

    from kapdesk.i18n import N_
    from kapdesk.journal.team.connect import TeamAddress, open_connection, refuse_without_ca
    from kapdesk.journal.team.store import TeamUnavailable

    address = TeamAddress.parse(args.dsn)
    ca = _ca(args.team_ca) if getattr(args, "team_ca", None) else None
    refuse_without_ca(address, ca)  # before asking for a password
    password = db_password(f"Database password of {address.user}: ", variable)
    try:
        return open_connection(address, password, ca, autocommit=True)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()
        raise TeamUnavailable(
            N_("Cannot open the team journal {dsn}: {reason}"),
            dsn=address.dsn,
            reason=first[0] if first else type(exc).__name__,
        ) from None


def _ca(path: str) -> str:
    """The team's CA certificate from ``path`` (PEM text, checked)."""
    from pathlib import Path

    from kapdesk.i18n import N_
    from kapdesk.journal.team.connect import BadTeamAddress, check_ca

    try:
        return check_ca(Path(path).read_text("ascii"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BadTeamAddress(
            N_("The team's CA certificate {path} cannot be read ({reason})."),
            path=path,
            reason=getattr(exc, "strerror", None) or type(exc).__name__,
        ) from None


def _refused(exc: Exception) -> Exception:
    from kapdesk.i18n import N_, UserError

    first = str(exc).strip().splitlines()
    return UserError(
        N_("The team database refused it: {reason}"),
        reason=first[0] if first else type(exc).__name__,
    )


def _init(args: argparse.Namespace) -> int:
    import psycopg

    from kapdesk.journal.team.schema import install

    with _admin(args) as conn:
        try:
            before, after = install(conn, upgrade=args.upgrade)
        except psycopg.Error as exc:
            raise _refused(exc) from None
    if before == after:
        print(f"The team schema is already at version {after}; its grants were re-applied.")
    elif before:
        print(f"The team schema was migrated from version {before} to {after}.")
    else:
        print(f"The team schema version {after} was created, with its roles and functions.")
    return 0


def _add_user(args: argparse.Namespace) -> int:
    import psycopg

    from kapdesk.journal.team.admin import add_user, check_name

    check_name(args.name)
    # The member's password is KAPDESK_DB_PASSWORD (or asked); the administrator's, here,
    # KAPDESK_ADMIN_DB_PASSWORD (or asked).
    password = db_password(f"New password of {args.name}: ", confirm=True)
    with _admin(args, ADMIN_DB_PASSWORD_VARIABLE) as conn:
        try:
            new = add_user(conn, args.name, args.role, password)
        except psycopg.Error as exc:
            raise _refused(exc) from None
    verb = "Added" if new else "Updated"
    print(f"{verb} {args.name} as {args.role}.")
    return 0


def _threshold(args: argparse.Namespace) -> int:
    import psycopg

    from kapdesk.domain.money import parse_amount
    from kapdesk.journal.team.admin import set_threshold

    amount = parse_amount(args.amount, args.currency.upper())
    with _admin(args) as conn:
        try:
            set_threshold(conn, args.currency, amount)
        except psycopg.Error as exc:
            raise _refused(exc) from None
    print(
        f"Above {amount} {args.currency.upper()}, a refund, reversal or payout now waits for a "
        "supervisor's approval."
    )
    return 0
