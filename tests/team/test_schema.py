"""The team schema on a real PostgreSQL: idempotent install, append-only, grants, the chain."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from kapdesk.journal.team.schema import SCHEMA_VERSION, SchemaTooOld, install, installed_version
from tests.team.cluster import Cluster


@pytest.fixture
def admin(pg_cluster: Cluster) -> Iterator[psycopg.Connection]:
    with psycopg.connect(**pg_cluster.admin(pg_cluster.create_database()), autocommit=True) as conn:
        install(conn)
        yield conn


def test_install_is_idempotent(admin: psycopg.Connection) -> None:
    assert installed_version(admin) == SCHEMA_VERSION
    assert install(admin) == (SCHEMA_VERSION, SCHEMA_VERSION)


def test_an_older_schema_needs_upgrade(admin: psycopg.Connection) -> None:
    admin.execute("UPDATE kapdesk.meta SET version = 0")
    admin.execute("INSERT INTO kapdesk.meta VALUES (1, 0) ON CONFLICT (id) DO NOTHING")
    # Version 0 with tables present reads as "none": pretend an older version instead.
    import kapdesk.journal.team.schema as schema

    old = schema.SCHEMA_VERSION
    schema.SCHEMA_VERSION = 2  # type: ignore[misc]
    schema.VERSIONS[2] = "v1.sql"  # type: ignore[index]
    try:
        admin.execute("UPDATE kapdesk.meta SET version = 1")
        with pytest.raises(SchemaTooOld, match="--upgrade"):
            install(admin)
        assert install(admin, upgrade=True) == (1, 2)
    finally:
        schema.SCHEMA_VERSION = old  # type: ignore[misc]
        del schema.VERSIONS[2]  # type: ignore[attr-defined]


def _append(conn: psycopg.Connection, order_id: int = 1) -> int:
    fields = psycopg.types.json.Jsonb(
        {"order_id": order_id, "operation": "refund", "amount": "12.50", "currency": "AZN"}
    )
    row = conn.execute(
        "SELECT kapdesk.append(NULL, 'intent', 'intended', %s, 'ws1')", (fields,)
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_the_journal_refuses_update_delete_truncate_even_to_its_owner(
    admin: psycopg.Connection,
) -> None:
    _append(admin)
    for statement in (
        "UPDATE kapdesk.journal_events SET amount = 1",
        "DELETE FROM kapdesk.journal_events",
        "TRUNCATE kapdesk.journal_events",
    ):
        with pytest.raises(psycopg.DatabaseError, match="append-only") as refused:
            admin.execute(statement)
        assert refused.value.sqlstate == "KD403"
    assert list(admin.execute("SELECT * FROM kapdesk.verify_chain()")) == []


def test_one_open_entry_per_order_is_the_database_s(admin: psycopg.Connection) -> None:
    first = _append(admin, 5)
    with pytest.raises(psycopg.DatabaseError) as busy:
        _append(admin, 5)
    assert busy.value.sqlstate == "KD423"
    assert busy.value.diag.message_detail == str(first)
    assert _append(admin, 6) == first + 1  # gapless: the refused intent took no number


def test_a_forged_row_breaks_the_chain(admin: psycopg.Connection) -> None:
    _append(admin, 1)
    _append(admin, 2)
    admin.execute("ALTER TABLE kapdesk.journal_events DISABLE TRIGGER USER")
    admin.execute("UPDATE kapdesk.journal_events SET amount = 1250 WHERE seq = 1")
    assert [tuple(r) for r in admin.execute("SELECT * FROM kapdesk.verify_chain()")] == [
        (1, "link")
    ]
