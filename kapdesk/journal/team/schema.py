"""The team journal's server side: roles, tables, triggers and functions, by schema version.

``VERSIONS[n]`` is the SQL that brings a database to version ``n`` (``vN.sql`` beside this
module, idempotent). ``install`` creates the group roles (cluster-wide: they may exist
already), then runs every version above the database's own. A database of an older version
is only migrated when asked (``kapdesk team init --upgrade``).
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Final

from kapdesk.i18n import N_, UserError

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION: Final = 1
VERSIONS: Final = {1: "v1.sql"}
# The group roles a person's login role belongs to.
ROLES: Final = {
    "clerk": "kapdesk_clerk",
    "supervisor": "kapdesk_supervisor",
    "admin": "kapdesk_admin",
}
OPEN_STATES: Final = ("intended", "sent", "unknown", "awaiting_approval", "approved")


class SchemaTooOld(UserError):
    """The database has an older team schema and --upgrade was not given."""


class SchemaTooNew(UserError):
    """The database was set up by a newer kapdesk."""


def _sql(version: int) -> str:
    return resources.files(__package__).joinpath(VERSIONS[version]).read_text("utf-8")


def installed_version(conn: psycopg.Connection) -> int:
    """The team schema version of the database (0: none)."""
    found = conn.execute("SELECT to_regclass('kapdesk.meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return 0
    row = conn.execute("SELECT version FROM kapdesk.meta WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def _create_roles(conn: psycopg.Connection) -> None:
    for group in ROLES.values():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
        if not exists:
            conn.execute(f'CREATE ROLE "{group}" NOLOGIN')


def install(conn: psycopg.Connection, *, upgrade: bool = False) -> tuple[int, int]:
    """Bring the database to :data:`SCHEMA_VERSION`; (version before, version after).

    Runs in one transaction on ``conn`` (the administrator's): all or nothing.
    """
    with conn.transaction():
        before = installed_version(conn)
        if before > SCHEMA_VERSION:
            raise SchemaTooNew(
                N_(
                    "The team database has schema version {found}, newer than this kapdesk "
                    "knows ({known}). Update kapdesk."
                ),
                found=before,
                known=SCHEMA_VERSION,
            )
        if 0 < before < SCHEMA_VERSION and not upgrade:
            raise SchemaTooOld(
                N_(
                    "The team database has schema version {found}; this kapdesk uses "
                    "{known}. Run 'kapdesk team init --upgrade' to migrate it."
                ),
                found=before,
                known=SCHEMA_VERSION,
            )
        _create_roles(conn)
        # Re-running the newest version is harmless (idempotent) and restores its grants.
        for version in range(max(before, 1), SCHEMA_VERSION + 1):
            conn.execute(_sql(version).encode())  # several statements: no parameters
        conn.execute(
            "INSERT INTO kapdesk.meta VALUES (1, %s) "
            "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version",
            (SCHEMA_VERSION,),
        )
    return before, SCHEMA_VERSION
