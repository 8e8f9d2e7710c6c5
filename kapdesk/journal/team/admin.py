"""What the team's administrator does on the server: people and thresholds.

A person is one LOGIN role in one of the group roles (clerk, supervisor, admin). The password
leaves this machine only as a SCRAM-SHA-256 verifier computed here by libpq: the plain text
never appears in a statement the server could log.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from kapdesk.i18n import N_, UserError
from kapdesk.journal.team.schema import ROLES

if TYPE_CHECKING:
    import psycopg

_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


class BadTeamInput(UserError):
    """A name, role or amount the team database cannot take."""


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise BadTeamInput(
            N_(
                "'{name}' cannot be a team member's login: use lower-case letters, digits, "
                "'_', '.' or '-', starting with a letter (at most 63)."
            ),
            name=name[:80],
        )
    return name


def add_user(conn: psycopg.Connection, name: str, role: str, password: str) -> bool:
    """Create (or update) the login ``name`` in group ``role``; True when it is new."""
    from psycopg import sql

    check_name(name)
    if role not in ROLES:
        raise BadTeamInput(
            N_("'{role}' is not a team role: use clerk, supervisor or admin."), role=role
        )
    if not password:
        raise BadTeamInput(N_("A team member needs a password."))
    verifier = conn.pgconn.encrypt_password(
        password.encode(), name.encode(), b"scram-sha-256"
    ).decode()
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(verifier)
            )
        )
        for other in ROLES.values():  # one group per person
            if other != ROLES[role]:
                conn.execute(
                    sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(name))
                )
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), sql.Identifier(name))
        )
    return not exists


def set_threshold(conn: psycopg.Connection, currency: str, amount: Decimal) -> None:
    """Above ``amount`` in ``currency`` a refund, reversal or payout waits for a supervisor."""
    code = currency.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise BadTeamInput(
            N_("'{currency}' is not a currency code (three letters, like AZN)."),
            currency=currency[:20],
        )
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise BadTeamInput(N_("A threshold is an amount of zero or more."))
    conn.execute("SELECT kapdesk.set_threshold(%s, %s)", (code, amount))
