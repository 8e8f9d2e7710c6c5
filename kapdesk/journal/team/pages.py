"""The team journal a page at a time: ``journal.pages`` on PostgreSQL.

The same pages as the SQLite journal's, from the server: the intent rows walked on the
partial index ``journal_events_intent_time`` (v1.sql), each entry's present state and order
read off ``kapdesk.entries`` (the table the append function keeps), and only the page's
entries folded, without their order snapshots.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import TYPE_CHECKING, Any

from kapdesk.journal.pages import (
    LIGHT_COLUMNS,
    SNAPSHOT_COLUMNS,
    JournalFilter,
    Page,
    PageMark,
    fold_entries,
)

if TYPE_CHECKING:
    import psycopg

Row = dict[str, Any]


def _fold_ready(row: Mapping[str, Any]) -> Row:
    """A server row in the shape ``entry.fold`` reads (times and amounts as text)."""
    out = dict(row)
    out["time"] = row["time"].astimezone(UTC).isoformat(timespec="microseconds")
    if row.get("amount") is not None:
        out["amount"] = format(row["amount"], "f")
    return out


def page_query(filters: JournalFilter, after: PageMark | None, limit: int) -> tuple[str, list[Any]]:
    """The SQL that picks one page's entry ids, newest first, and its parameters."""
    where: list[str] = ["i.event = 'intent'"]
    params: list[Any] = []
    for clause, values in (
        ("i.time >= %s", () if filters.since is None else (filters.since,)),
        ("i.time < %s", () if filters.until is None else (filters.until,)),
        ("i.os_user = %s", () if filters.operator is None else (filters.operator,)),
        ("i.operation = %s", () if filters.operation is None else (filters.operation,)),
        (
            "i.reason_category = %s",
            () if filters.reason_category is None else (filters.reason_category,),
        ),
        ("(i.time, i.seq) < (%s, %s)", () if after is None else after),
        ("e.state = %s", () if filters.state is None else (filters.state,)),
        (
            "i.entry_id IN (SELECT o.entry_id FROM kapdesk.journal_events AS o "
            "WHERE o.order_id = %s) AND e.order_id = %s",
            () if filters.order_id is None else (filters.order_id, filters.order_id),
        ),
    ):
        if values:
            where.append(clause)
            params += values
    # Only the fixed clauses above are joined in; every value is a bound parameter.
    query = (
        "SELECT i.entry_id FROM kapdesk.journal_events AS i "  # noqa: S608 - constants only
        "JOIN kapdesk.entries AS e ON e.entry_id = i.entry_id "
        f"WHERE {' AND '.join(where)} ORDER BY i.time DESC, i.seq DESC LIMIT %s"
    )
    return query, [*params, limit + 1]


def _light(conn: psycopg.Connection[Row], ids: list[int]) -> dict[int, Any]:
    if not ids:
        return {}
    columns = ", ".join((*LIGHT_COLUMNS, *(f"NULL::text AS {n}" for n in SNAPSHOT_COLUMNS)))
    rows = conn.execute(
        f"SELECT {columns} FROM kapdesk.journal_events "  # noqa: S608 - constants only
        "WHERE entry_id = ANY(%s) ORDER BY entry_id, seq",
        (ids,),
    )
    return fold_entries(_fold_ready(row) for row in rows)


def _head(conn: psycopg.Connection[Row]) -> int:
    row = conn.execute("SELECT count FROM kapdesk.head WHERE id = 1").fetchone()
    return 0 if row is None else int(row["count"])


def read_page(
    conn: psycopg.Connection[Row], filters: JournalFilter, after: PageMark | None, limit: int
) -> Page:
    """One page of the team journal. The head is read first: a row appended meanwhile is
    after the page's ``seq``, so a live view reads it again rather than missing it."""
    seq = _head(conn)
    query, params = page_query(filters, after, limit)
    ids = [int(row["entry_id"]) for row in conn.execute(query, params)]
    more = len(ids) > limit
    ids = ids[:limit]
    folded = _light(conn, ids)
    return Page([folded[i] for i in ids if i in folded], seq, more)


def read_changes(conn: psycopg.Connection[Row], seq: int, limit: int) -> Page:
    """The entries that got a row after ``seq``, newest first; see ``pages.read_changes``."""
    rows = list(
        conn.execute(
            "SELECT seq, entry_id FROM kapdesk.journal_events WHERE seq > %s ORDER BY seq LIMIT %s",
            (seq, limit + 1),
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    newest = int(rows[-1]["seq"]) if rows else max(seq, 0)
    folded = _light(conn, sorted({int(row["entry_id"]) for row in rows}))
    entries = sorted(folded.values(), key=lambda e: (e.time, e.id), reverse=True)
    return Page(entries, newest, more)
