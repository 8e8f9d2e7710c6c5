"""The journal's tables: an append-only, hash-chained event table and its head record."""

from __future__ import annotations

import sqlite3

from kapdesk.i18n import N_
from kapdesk.journal.entry import JournalDamaged

# Every column of an event row except its own hash, in the order they are hashed and stored.
COLUMNS = (
    "seq",
    "entry_id",
    "event",  # intent, order, sent, outcome, after, settle
    "state",
    "time",
    "os_user",
    "profile",
    "environment",
    "order_id",
    "operation",
    "amount",
    "currency",
    "masked_card",
    "reason",
    "approval_code",
    "rrn",
    "action_id",
    "error_code",
    "error_description",
    "order_before",
    "order_after",
    "note",
    "owner_pid",
    "owner_host",
    "owner_token",
    "reason_category",  # a code of kapdesk.domain.reasons (nullable)
    "operator",  # the profile's operator name (asked once per profile), beside os_user
    "prev_hash",
)
INTEGER_COLUMNS = frozenset({"seq", "entry_id", "order_id", "owner_pid"})

# Amounts are TEXT (exact Decimal strings), never REAL; times are UTC ISO strings.
_EVENTS = (
    "CREATE TABLE journal_events (\n"
    + ",\n".join(
        f"  {name} {'INTEGER' if name in INTEGER_COLUMNS else 'TEXT'}"
        + (" PRIMARY KEY" if name == "seq" else "")
        + (" NOT NULL" if name in ("entry_id", "event", "state", "time", "prev_hash") else "")
        for name in COLUMNS
    )
    + ",\n  hash TEXT NOT NULL\n)"
)

_DDL = (
    _EVENTS,
    "CREATE INDEX journal_events_entry ON journal_events(entry_id)",
    "CREATE INDEX journal_events_order ON journal_events(order_id)",
    # The head moves with every append (same transaction): deleting the newest rows shows.
    "CREATE TABLE journal_head ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL, last_hash TEXT NOT NULL)",
    # Catch our own bugs early: kapdesk never changes or removes a row. (Someone with the
    # file can drop these triggers; the hash chain is what catches them.)
    "CREATE TRIGGER journal_events_no_update BEFORE UPDATE ON journal_events"
    " BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END",
    "CREATE TRIGGER journal_events_no_delete BEFORE DELETE ON journal_events"
    " BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END",
)


def ensure_schema(conn: sqlite3.Connection, genesis: str) -> None:
    """Create the tables on first use (once, atomically, even with two processes starting)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journal_%'"
            )
        }
        if "journal_head" in tables and "journal_events" not in tables:
            raise JournalDamaged(
                N_("The journal's operations table is missing (deleted); only its head remains.")
            )
        if "journal_events" not in tables:
            for statement in _DDL:
                conn.execute(statement)
            # Only here: recreating a missing head later would hide that rows were removed.
            conn.execute("INSERT INTO journal_head VALUES (1, 0, ?)", (genesis,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
