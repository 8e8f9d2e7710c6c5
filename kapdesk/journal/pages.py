"""The journal a page at a time, newest first, filtered in SQL: what the Journal tab shows.

A year's journal (100,000 entries) is never read whole for a screen: :func:`read_page` picks
one page of entries on indexed columns (the intent rows' time, through the partial index
:data:`INTENT_TIME_INDEX`; the order through ``journal_events_order``; the newest row of an
entry through ``journal_events_entry``) and folds only those. Page entries come without their
order snapshots (``order_before``/``order_after`` are None): they are the bulk of a row and a
table does not show them; ``get(id)`` has the whole entry.

:func:`read_changes` is the other half of a live view: the entries that got a row after a
given sequence number (what a team journal's NOTIFY announces, or what was missed while
disconnected).

The value types (:class:`JournalFilter`, :class:`Page`) are every backend's; the SQL here is
SQLite's (the team journal's is ``journal.team.pages``). The index is schema-neutral: it
changes no row and no schema version, and ``CREATE INDEX IF NOT EXISTS`` makes it once.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from kapdesk.journal.entry import Entry, EntryState, fold

# A page of the Journal tab: a few screens, read in well under 100 ms at any size.
PAGE_ENTRIES = 500

# Where the page after this one starts: the (time, entry id) of the last entry shown.
PageMark = tuple[datetime, int]

INTENT_TIME_INDEX = (
    "CREATE INDEX IF NOT EXISTS journal_events_intent_time "
    "ON journal_events(time) WHERE event = 'intent'"
)

# Every column an entry is folded from, but the order snapshots (left empty on a page).
LIGHT_COLUMNS = (
    "seq", "entry_id", "event", "state", "time", "os_user", "profile", "environment",
    "order_id", "operation", "amount", "currency", "masked_card", "reason", "approval_code",
    "rrn", "action_id", "error_code", "error_description", "note", "owner_pid", "owner_host",
    "owner_token", "reason_category", "operator",
)  # fmt: skip
SNAPSHOT_COLUMNS = ("order_before", "order_after")
# Words a journal repeats on row after row: kept once in memory, however many rows are shown.
_SHARED_TEXT = frozenset(
    {"os_user", "profile", "environment", "operation", "currency", "masked_card", "reason",
     "owner_host", "owner_token", "reason_category", "operator"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class JournalFilter:
    """What the Journal tab selects: every given criterion must hold (None: any).

    ``since``/``until`` bound the intent's time (until excluded); ``operator`` is the OS
    user; ``state`` is the entry's present state; ``order_id`` the order it is on now.
    """

    since: datetime | None = None
    until: datetime | None = None
    operator: str | None = None
    operation: str | None = None
    state: str | None = None
    order_id: int | None = None
    reason_category: str | None = None

    def __post_init__(self) -> None:
        for moment in (self.since, self.until):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("journal times must be timezone-aware")
        if self.state is not None:
            EntryState(self.state)  # a word no entry can have is a bug, not an empty page

    def matches(self, entry: Entry) -> bool:
        """Whether ``entry`` belongs on a page of this filter (for entries that come live)."""
        return (
            (self.since is None or entry.time >= self.since)
            and (self.until is None or entry.time < self.until)
            and (self.operator is None or entry.os_user == self.operator)
            and (self.operation is None or entry.operation == self.operation)
            and (self.state is None or entry.state == self.state)
            and (self.order_id is None or entry.order_id == self.order_id)
            and (self.reason_category is None or entry.reason_category == self.reason_category)
        )


@dataclass(frozen=True, slots=True)
class Page:
    """Entries (newest first, without order snapshots) and where the journal stood."""

    entries: list[Entry]
    # The journal's newest sequence number as read: changes after it are news.
    seq: int
    # Whether more entries follow (older ones for a page; newer rows for changes).
    more: bool = False

    @property
    def next(self) -> PageMark | None:
        """Where the next page starts (None: this was the last)."""
        if not self.more or not self.entries:
            return None
        last = self.entries[-1]
        return last.time, last.id


def utc_text(moment: datetime) -> str:
    """A time as the SQLite journal stores it (UTC ISO, microseconds): sorts as it reads."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def ensure_index(conn: sqlite3.Connection) -> None:
    """The pages' index (built once, on the first open after an upgrade)."""
    conn.execute(INTENT_TIME_INDEX)


# The newest row of the entry ``i``: its present state and order (as fold() finds them).
_STATE_NOW = (
    "(SELECT r.state FROM journal_events AS r WHERE r.entry_id = i.entry_id "
    "ORDER BY r.seq DESC LIMIT 1) = ?"
)
_ORDER_NOW = (
    "i.entry_id IN (SELECT o.entry_id FROM journal_events AS o WHERE o.order_id = ?) AND "
    "(SELECT r.order_id FROM journal_events AS r WHERE r.entry_id = i.entry_id "
    "AND r.order_id IS NOT NULL ORDER BY r.seq DESC LIMIT 1) = ?"
)


def page_query(filters: JournalFilter, after: PageMark | None, limit: int) -> tuple[str, list[Any]]:
    """The SQL that picks one page's entry ids, newest first, and its parameters."""
    where: list[str] = ["i.event = 'intent'"]
    params: list[Any] = []
    # The order's few entries come from the order's index, not from walking the days.
    time = "+i.time" if filters.order_id is not None else "i.time"
    for clause, values in (
        (f"{time} >= ?", () if filters.since is None else (utc_text(filters.since),)),
        (f"{time} < ?", () if filters.until is None else (utc_text(filters.until),)),
        ("i.os_user = ?", () if filters.operator is None else (filters.operator,)),
        ("i.operation = ?", () if filters.operation is None else (filters.operation,)),
        (
            "i.reason_category = ?",
            () if filters.reason_category is None else (filters.reason_category,),
        ),
        (
            # The first half bounds the index's range; the second breaks ties of one time.
            f"{time} <= ? AND ({time} < ? OR i.seq < ?)",
            () if after is None else (utc_text(after[0]), utc_text(after[0]), after[1]),
        ),
        (_STATE_NOW, () if filters.state is None else (filters.state,)),
        (_ORDER_NOW, () if filters.order_id is None else (filters.order_id, filters.order_id)),
    ):
        if values:
            where.append(clause)
            params += values
    # Only the fixed clauses above are joined in; every value is a bound parameter.
    query = (
        "SELECT i.entry_id FROM journal_events AS i "  # noqa: S608 - constants only
        f"WHERE {' AND '.join(where)} ORDER BY i.time DESC, i.seq DESC LIMIT ?"
    )
    return query, [*params, limit + 1]


def _light_rows(conn: sqlite3.Connection, ids: list[int]) -> Iterator[dict[str, Any]]:
    columns = ", ".join((*LIGHT_COLUMNS, *(f"NULL AS {name}" for name in SNAPSHOT_COLUMNS)))
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit, with room
        chunk = ids[start : start + 500]
        cursor = conn.execute(
            f"SELECT {columns} FROM journal_events "  # noqa: S608 - constants and placeholders
            f"WHERE entry_id IN ({', '.join('?' * len(chunk))}) ORDER BY entry_id, seq",
            chunk,
        )
        names = [column[0] for column in cursor.description]
        shared = [i for i, name in enumerate(names) if name in _SHARED_TEXT]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            for i in shared:  # one string for every row that says the same (a long table)
                if isinstance(values[i], str):
                    row[names[i]] = sys.intern(values[i])
            yield row


def fold_entries(rows: Iterable[Mapping[str, Any]]) -> dict[int, Entry]:
    """Rows ordered by entry and sequence, folded: entry id → entry (orphans skipped)."""
    found = {}
    for entry_id, group in groupby(rows, key=lambda row: row["entry_id"]):
        events = list(group)
        if events[0]["event"] == "intent":
            found[int(entry_id)] = fold(events)
    return found


def _head(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT count FROM journal_head WHERE id = 1").fetchone()
    return 0 if row is None else int(row[0])


def read_page(
    conn: sqlite3.Connection, filters: JournalFilter, after: PageMark | None, limit: int
) -> Page:
    """One page of the SQLite journal, inside the caller's read transaction."""
    seq = _head(conn)
    query, params = page_query(filters, after, limit)
    ids = [int(row[0]) for row in conn.execute(query, params)]
    more = len(ids) > limit
    ids = ids[:limit]
    folded = fold_entries(_light_rows(conn, sorted(ids)))
    return Page([folded[i] for i in ids if i in folded], seq, more)


def read_changes(conn: sqlite3.Connection, seq: int, limit: int) -> Page:
    """The entries that got a row after ``seq`` (newest first) and the newest row read;
    ``more`` when rows beyond ``limit`` remain (ask again from the page's ``seq``)."""
    rows = conn.execute(
        "SELECT seq, entry_id FROM journal_events WHERE seq > ? ORDER BY seq LIMIT ?",
        (seq, limit + 1),
    ).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    newest = int(rows[-1][0]) if rows else max(seq, 0)
    if not more:
        newest = max(newest, _head(conn))
    return Page(_changed_entries(conn, rows), newest, more)


def _changed_entries(conn: sqlite3.Connection, rows: list[Any]) -> list[Entry]:
    ids = sorted({int(row[1]) for row in rows})
    folded = fold_entries(_light_rows(conn, ids))
    return sorted(folded.values(), key=lambda e: (e.time, e.id), reverse=True)
