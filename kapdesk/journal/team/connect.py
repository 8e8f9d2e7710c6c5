"""Where a team journal lives and how to reach it: a DSN without secrets, and the arguments
psycopg connects with (password from the profile store, never from a DSN, .pgpass or the
environment; TLS verify-full except to loopback)."""

from __future__ import annotations

import ipaddress
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from kapdesk.i18n import N_, UserError

if TYPE_CHECKING:
    import psycopg

# Synchronous writes are network round trips: never wait long for a lock or a statement.
# The server probes an idle client's TCP connection (keepalive, user timeout): a workstation
# cut off from the network loses its session, and so its hold on its open entries, within
# about a minute; a frozen but connected one keeps them (kapdesk journal take-over).
SESSION_OPTIONS = (
    "-c lock_timeout=1000 -c statement_timeout=15000 "
    "-c idle_in_transaction_session_timeout=30000 -c TimeZone=UTC "
    "-c tcp_keepalives_idle=20 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3 "
    "-c tcp_user_timeout=60000"
)
PEM_CERTIFICATE = "-----BEGIN CERTIFICATE-----"


class BadTeamAddress(UserError):
    """A team DSN kapdesk cannot use."""


@dataclass(frozen=True, slots=True)
class TeamAddress:
    """``postgresql://USER@HOST:PORT/DB``: who connects where (never a password)."""

    user: str
    host: str
    port: int
    dbname: str

    @classmethod
    def parse(cls, dsn: str) -> TeamAddress:
        example = "postgresql://USER@HOST:PORT/DATABASE"
        try:
            parts = urlsplit(dsn.strip())
            port = parts.port or 5432
        except ValueError:
            parts, port = None, 0
        if parts is None or parts.scheme not in ("postgresql", "postgres"):
            raise BadTeamAddress(
                N_("'{dsn}' is not a team database address; write it as {example}."),
                dsn=_shown(dsn),
                example=example,
            )
        if parts.password is not None:
            raise BadTeamAddress(
                N_(
                    "Do not put the database password in the address: kapdesk asks for it "
                    "(or reads KAPDESK_DB_PASSWORD) and keeps it in the profile store."
                )
            )
        user, host, dbname = unquote(parts.username or ""), parts.hostname or "", parts.path[1:]
        if not user or not host or not dbname or parts.query or parts.fragment:
            raise BadTeamAddress(
                N_("'{dsn}' is not a team database address; write it as {example}."),
                dsn=_shown(dsn),
                example=example,
            )
        return cls(user=user, host=host, port=port, dbname=unquote(dbname))

    @property
    def dsn(self) -> str:
        """The address as shown to people: no password in it, ever."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def loopback(self) -> bool:
        if self.host.startswith("/") or self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def connect_args(self, password: str | None, ca_file: str | None = None) -> dict[str, Any]:
        """psycopg.connect keyword arguments: TLS verify-full except to loopback."""
        args: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "options": SESSION_OPTIONS,
            "application_name": "kapdesk",
            "connect_timeout": 5,
            "passfile": os.devnull,  # never .pgpass
        }
        if password is not None:
            args["password"] = password
        if self.loopback:
            args["sslmode"] = "prefer"
        else:
            args["sslmode"] = "verify-full"
            args["channel_binding"] = "require"
            if ca_file:
                args["sslrootcert"] = ca_file
        return args


def check_ca(pem: str) -> str:
    """``pem`` if it holds a PEM certificate (the team's CA); else a sentence what to give."""
    if PEM_CERTIFICATE not in pem or "-----END CERTIFICATE-----" not in pem:
        raise BadTeamAddress(
            N_(
                "The team's CA certificate must be a PEM file (it starts with "
                "-----BEGIN CERTIFICATE-----)."
            )
        )
    return pem


def refuse_without_ca(address: TeamAddress, ca: str | None) -> None:
    """A team server off this computer is reached only with TLS checked against its CA."""
    if not address.loopback and not ca:
        raise BadTeamAddress(
            N_(
                "The team database {host} is not on this computer, so kapdesk only connects "
                "to it with TLS checked against the team's CA certificate: give that "
                "certificate with --team-ca FILE."
            ),
            host=address.host,
        )


@contextmanager
def ca_file(pem: str | None) -> Iterator[str | None]:
    """The CA certificate as a private (0600) temporary file for libpq, removed on exit.

    libpq reads ``sslrootcert`` only from a file, and only while connecting: the file lives
    for the connection attempt, never in .pgpass, the environment, a log or a DSN.
    """
    if not pem:
        yield None
        return
    handle, path = tempfile.mkstemp(prefix="kapdesk-ca-", suffix=".pem")  # mode 0600
    try:
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(pem)
        yield path
    finally:
        Path(path).unlink()


def open_connection(
    address: TeamAddress, password: str | None, ca: str | None = None, **extra: Any
) -> psycopg.Connection[Any]:
    """A psycopg connection to the team database: verify-full against ``ca`` (PEM text)
    except to loopback, where TLS is only preferred. ``extra`` goes to psycopg.connect
    (autocommit, row_factory; a test's hostaddr). Raises psycopg.Error when it fails."""
    import psycopg

    refuse_without_ca(address, ca)
    with ca_file(None if address.loopback else ca) as path:
        connection: psycopg.Connection[Any] = psycopg.connect(
            **address.connect_args(password, path), **extra
        )
        return connection


def _shown(dsn: str) -> str:
    """A DSN fit to print: whatever sits between '://' and '@' is cut down to the user."""
    head, sep, rest = dsn.partition("://")
    if not sep or "@" not in rest:
        return dsn[:80]
    credentials, _, tail = rest.rpartition("@")
    return f"{head}://{credentials.split(':', 1)[0]}@{tail}"[:120]
