"""The journal's tables: an append-only, hash-chained event table and its head record.

The file's ``PRAGMA user_version`` is its schema version; each row names the row format it
was written in (``format``; empty in rows from before versions existed, which are format 1),
and each format hashes a fixed list of columns: adding a column later does not make the
older rows look edited.
"""

from __future__ import annotations

import sqlite3
from typing import Final

from kapdesk.i18n import N_
from kapdesk.journal.entry import JournalDamaged

# Format 1: the unversioned journal (user_version 0), linked with plain SHA-256.
_FORMAT_1 = (
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
)
# Format 2 adds the reason's category and the profile's operator (on intent rows), the row's
# format itself and the id of the key its link is keyed with (empty: unkeyed, SHA-256).
_ADDED_IN_2 = ("reason_category", "operator", "format", "key_id")

# Schema 3 adds journal_order_state (derived from the rows, never hashed: see below).
SCHEMA_VERSION: Final = 3
ROW_FORMAT: Final = 2
# The columns each row format hashes (with the previous row's link in front).
HASHED_COLUMNS: Final[dict[int, tuple[str, ...]]] = {
    1: _FORMAT_1,
    2: _FORMAT_1 + _ADDED_IN_2,
}
# Every stored column of an event row except its own hash, in the order they are stored.
COLUMNS: Final = (*_FORMAT_1, *_ADDED_IN_2, "prev_hash")
INTEGER_COLUMNS = frozenset({"seq", "entry_id", "order_id", "owner_pid", "format"})
_NOT_NULL = ("entry_id", "event", "state", "time", "prev_hash")


def _column(name: str) -> str:
    kind = "INTEGER" if name in INTEGER_COLUMNS else "TEXT"
    return (
        f"  {name} {kind}"
        + (" PRIMARY KEY" if name == "seq" else "")
        + (" NOT NULL" if name in _NOT_NULL else "")
    )


# Amounts are TEXT (exact Decimal strings), never REAL; times are UTC ISO strings.
_EVENTS = (
    "CREATE TABLE journal_events (\n"
    + ",\n".join(_column(name) for name in COLUMNS)
    + ",\n  hash TEXT NOT NULL\n)"
)

# The orders that have an entry whose outcome is not settled, and those entries: what the
# per-order lock reads (one row) instead of folding the order's history. It is derived data,
# kept in the same transaction as every journal write; nothing is hashed in it. It is only ever
# a cache: the lock also asks the rows themselves (the order's newest entry and that entry's
# newest state), so a deleted row here cannot unlock an order, and verify() checks that it
# matches the fold of the rows.
ORDER_STATE_TABLE = (
    "CREATE TABLE journal_order_state ("
    " order_id INTEGER NOT NULL, entry_id INTEGER NOT NULL,"
    " PRIMARY KEY (order_id, entry_id)) WITHOUT ROWID"
)
# The open entries and their orders as the rows fold them: an entry with an intent row, whose
# newest row is in an open state (entry.OPEN_STATES), on the order its newest row naming an
# order names.
OPEN_ENTRIES = (
    "SELECT named.order_id, e.entry_id FROM"
    " (SELECT entry_id, MIN(seq) AS first, MAX(seq) AS last,"
    "  MAX(CASE WHEN order_id IS NOT NULL THEN seq END) AS named"
    "  FROM journal_events GROUP BY entry_id) AS e"
    " JOIN journal_events AS intent ON intent.seq = e.first"
    " JOIN journal_events AS newest ON newest.seq = e.last"
    " JOIN journal_events AS named ON named.seq = e.named"
    " WHERE intent.event = 'intent'"
    " AND newest.state IN ('intended', 'sent', 'unknown')"
)


_DDL = (
    _EVENTS,
    "CREATE INDEX journal_events_entry ON journal_events(entry_id)",
    "CREATE INDEX journal_events_order ON journal_events(order_id)",
    # The head moves with every append (same transaction): deleting the newest rows shows.
    "CREATE TABLE journal_head ("
    " id INTEGER PRIMARY KEY CHECK (id = 1), count INTEGER NOT NULL, last_hash TEXT NOT NULL)",
    ORDER_STATE_TABLE,
    # Catch our own bugs early: kapdesk never changes or removes a row. (Someone with the
    # file can drop these triggers; the hash chain is what catches them.)
    "CREATE TRIGGER journal_events_no_update BEFORE UPDATE ON journal_events"
    " BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END",
    "CREATE TRIGGER journal_events_no_delete BEFORE DELETE ON journal_events"
    " BEGIN SELECT RAISE(ABORT, 'journal rows are append-only'); END",
)


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    conn.execute(ORDER_STATE_TABLE)
    conn.execute(f"INSERT OR IGNORE INTO journal_order_state {OPEN_ENTRIES}")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    # ADD COLUMN fires no trigger and leaves old rows' new columns empty: format 1, unkeyed.
    for name in _ADDED_IN_2:
        kind = "INTEGER" if name in INTEGER_COLUMNS else "TEXT"
        conn.execute(f"ALTER TABLE journal_events ADD COLUMN {name} {kind}")


def ensure_schema(conn: sqlite3.Connection, genesis: str) -> None:
    """Create the tables on first use, or bring an older journal to this version (once,
    atomically, even with two processes starting)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'journal_%'"
            )
        }
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if "journal_head" in tables and "journal_events" not in tables:
            raise JournalDamaged(
                N_("The journal's operations table is missing (deleted); only its head remains.")
            )
        if version > SCHEMA_VERSION:
            raise JournalDamaged(
                N_(
                    "The journal was written by a newer kapdesk (schema {version}); update "
                    "kapdesk to use it. Nothing was changed."
                ),
                version=version,
            )
        if "journal_events" not in tables:
            for statement in _DDL:
                conn.execute(statement)
            # Only here: recreating a missing head later would hide that rows were removed.
            conn.execute("INSERT INTO journal_head VALUES (1, 0, ?)", (genesis,))
        else:
            if version < 2:
                _migrate_1_to_2(conn)
            if version < 3:
                _migrate_2_to_3(conn)
        if version != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
