"""The order index: every order the console has read, searchable offline.

The gateway cannot list or search orders, so each order read is kept here (masked raw JSON
included, compressed) with when it was last refreshed. Rows are tagged with environment and
profile so sandbox orders never mix with real ones in search results.

Sized for a year's work (a million orders): every search is served by an index and comes
back a page at a time, newest first; the RRNs and approval codes of an order's transactions
sit in their own indexed table; the raw answer is stored zlib-compressed and parsed only
when someone asks for it (:attr:`IndexedOrder.raw`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from kapdesk.domain.allowances import refunded_so_far
from kapdesk.domain.orders import Order, OrderStatus
from kapdesk.journal.db import connect
from kapdesk.journal.store import PAGE_SIZE, IndexedOrder

__all__ = ["PAGE_SIZE", "IndexedOrder", "OrderIndex"]

# Every index ends in (created, order_id): the newest-first page is read straight off it.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS order_index (
    id INTEGER PRIMARY KEY,
    environment TEXT NOT NULL,
    profile TEXT NOT NULL,
    order_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    status_key TEXT NOT NULL,
    amount TEXT NOT NULL,
    amount_key TEXT NOT NULL,
    currency TEXT NOT NULL,
    created TEXT,
    masked_card TEXT,
    last4 TEXT,
    refunded TEXT,
    last_refreshed TEXT NOT NULL,
    raw BLOB NOT NULL,
    UNIQUE (environment, profile, order_id)
);
CREATE INDEX IF NOT EXISTS order_index_by_created
    ON order_index (environment, profile, created, order_id);
CREATE INDEX IF NOT EXISTS order_index_by_last4
    ON order_index (environment, profile, last4, created, order_id);
CREATE INDEX IF NOT EXISTS order_index_by_amount
    ON order_index (environment, profile, amount_key, created, order_id);
CREATE INDEX IF NOT EXISTS order_index_by_status
    ON order_index (environment, profile, status_key, created, order_id);
CREATE TABLE IF NOT EXISTS order_refs (
    kind TEXT NOT NULL,  -- 'rrn' or 'code'
    value TEXT NOT NULL,
    ref INTEGER NOT NULL,  -- order_index.id
    PRIMARY KEY (kind, value, ref)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS order_refs_by_order ON order_refs (ref);
"""

_FIELDS = (
    "environment", "profile", "order_id", "type", "status", "status_key", "amount",
    "amount_key", "currency", "created", "masked_card", "last4", "refunded", "last_refreshed",
    "raw",
)  # fmt: skip
_COLUMNS = ", ".join(_FIELDS)
_READ = "id, " + ", ".join(f for f in _FIELDS if f not in ("environment", "profile"))
_UPSERT = (
    f"INSERT INTO order_index ({_COLUMNS}) VALUES ({', '.join('?' * len(_FIELDS))}) "  # noqa: S608
    "ON CONFLICT (environment, profile, order_id) DO UPDATE SET "
    + ", ".join(f"{f} = excluded.{f}" for f in _FIELDS[3:])
    + " RETURNING id"
)
_CHUNK = 5_000
# Statistics are refreshed when the table has grown this much since they were taken.
_REANALYZE_GROWTH = 2


def _utc_text(moment: datetime | None) -> str | None:
    """Times are stored as UTC ISO text so that string comparison is time comparison."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _from_utc_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _amount_key(amount: Decimal) -> str:
    """The same text for 12.5, 12.50 and 12.500: what an amount search compares."""
    return format(amount.normalize(), "f") if amount else "0"


def _status_key(status: str) -> str:
    """One word per status whichever way the gateway spelt it ("PartPaid", "PartiallyPaid")."""
    try:
        return OrderStatus(status).value
    except ValueError:
        return status


def _refs(order: Order) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for t in order.transactions:
        if t.rrn:
            found.add(("rrn", t.rrn))
        if t.approval_code:
            found.add(("code", t.approval_code))
    return found


def _row(order: Order, seen_at: datetime, environment: str, profile: str) -> tuple[Any, ...]:
    masked = order.masked_pan
    refunded = refunded_so_far(order)
    return (
        environment,
        profile,
        order.id,
        str(order.type),
        str(order.status),
        _status_key(str(order.status)),
        str(order.amount),
        _amount_key(order.amount),
        order.currency,
        _utc_text(order.created),
        masked,
        masked[-4:] if masked and masked[-4:].isdigit() else None,
        None if refunded is None else str(refunded),
        _utc_text(seen_at),
        IndexedOrder.pack(order.raw),
    )


def _indexed(row: sqlite3.Row, refs: dict[int, list[tuple[str, str]]]) -> IndexedOrder:
    mine = refs.get(int(row["id"]), [])
    return IndexedOrder(
        order_id=int(row["order_id"]),
        type=row["type"],
        status=row["status"],
        amount=Decimal(row["amount"]),
        currency=row["currency"],
        created=_from_utc_text(row["created"]),
        masked_card=row["masked_card"],
        last4=row["last4"],
        rrns=tuple(sorted(v for k, v in mine if k == "rrn")),
        approval_codes=tuple(sorted(v for k, v in mine if k == "code")),
        refunded=None if row["refunded"] is None else Decimal(row["refunded"]),
        last_refreshed=_from_utc_text(row["last_refreshed"]) or datetime.now(UTC),
        packed_raw=bytes(row["raw"]),
    )


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class OrderIndex:
    """Orders seen, in the shared SQLite database; one connection per call so any thread may use
    it. Satisfies :class:`kapdesk.journal.store.OrderIndexStore`."""

    def __init__(self, path: Path, *, environment: str = "", profile: str = "") -> None:
        self.path = path
        self.environment = environment
        self.profile = profile
        with self._open() as conn:
            _ensure_schema(conn)

    def _open(self) -> _Connection:
        return _Connection(connect(self.path))

    def save(self, order: Order, seen_at: datetime) -> None:
        """Remember ``order`` as read at ``seen_at`` (replacing what was known of it)."""
        self.save_many([order], seen_at)

    def save_many(self, orders: Iterable[Order], seen_at: datetime) -> int:
        """Remember many orders (in transactions of a few thousand); returns how many."""
        count = 0
        with self._open() as conn:
            for chunk in _chunks(orders, _CHUNK):
                conn.execute("BEGIN IMMEDIATE")
                for order in chunk:
                    row = _row(order, seen_at, self.environment, self.profile)
                    ref = conn.execute(_UPSERT, row).fetchone()[0]
                    conn.execute("DELETE FROM order_refs WHERE ref = ?", (ref,))
                    conn.executemany(
                        "INSERT INTO order_refs (kind, value, ref) VALUES (?, ?, ?)",
                        [(kind, value, ref) for kind, value in _refs(order)],
                    )
                conn.execute("COMMIT")
                count += len(chunk)
            _keep_statistics(conn)
        return count

    def get(self, order_id: int) -> IndexedOrder | None:
        found = self._select("order_id = ?", [order_id], limit=1, offset=0)
        return found[0] if found else None

    def raw(self, order_id: int) -> dict[str, Any] | None:
        """The order's raw answer as last read (masked), or None when it was never seen."""
        known = self.get(order_id)
        return None if known is None else known.raw

    def search(
        self,
        text: str | None = None,
        *,
        rrn: str | None = None,
        approval_code: str | None = None,
        last4: str | None = None,
        amount: Decimal | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
        limit: int = 10_000,
        offset: int = 0,
    ) -> list[IndexedOrder]:
        """Known orders matching every given criterion, newest first: ``limit`` of them after
        skipping ``offset`` (the next page starts where the last one ended).

        ``text`` is what a clerk types in one box: an order id, an RRN, an approval code or
        the last four digits of a card. ``since``/``until`` bound the creation time (until
        excluded) and must be aware: a naive time would be read in some zone nobody chose
        (``kapdesk.domain.clock.days`` makes them from Baku days).
        """
        where, params = self._criteria(
            text, rrn=rrn, approval_code=approval_code, last4=last4, amount=amount,
            since=since, until=until, status=status,
        )  # fmt: skip
        return self._select(where, params, limit=limit, offset=offset)

    def _criteria(
        self,
        text: str | None = None,
        *,
        rrn: str | None = None,
        approval_code: str | None = None,
        last4: str | None = None,
        amount: Decimal | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        status: str | None = None,
    ) -> tuple[str, list[Any]]:
        for bound in (since, until):
            if bound is not None and bound.tzinfo is None:
                raise ValueError("search times must be timezone-aware")
        where: list[str] = []
        params: list[Any] = []
        if text and text.strip():
            clause, values = _text_clause(text.strip())
            where.append(clause)
            params += values
        if rrn:
            where.append(_REF_CLAUSE)
            params += ["rrn", rrn.strip()]
        if approval_code:
            where.append(_REF_CLAUSE)
            params += ["code", approval_code.strip()]
        if last4:
            where.append("last4 = ?")
            params.append(last4.strip())
        if amount is not None:
            where.append("amount_key = ?")
            params.append(_amount_key(amount))
        if since is not None:
            where.append("created >= ?")
            params.append(_utc_text(since))
        if until is not None:
            where.append("created < ?")
            params.append(_utc_text(until))
        if status:
            where.append("status_key = ?")
            params.append(_status_key(OrderStatus(status).value))
        return " AND ".join(where) or "1", params

    def _query(
        self, where: str, params: list[Any], *, limit: int, offset: int
    ) -> tuple[str, list[Any]]:
        # Only constant fragments are formatted in; every value is a bound parameter.
        sql = (
            f"SELECT {_READ} FROM order_index WHERE environment = ? AND profile = ? "  # noqa: S608
            f"AND ({where}) ORDER BY created DESC, order_id DESC LIMIT ? OFFSET ?"
        )
        return sql, [self.environment, self.profile, *params, limit, max(0, offset)]

    def _select(
        self, where: str, params: list[Any], *, limit: int, offset: int
    ) -> list[IndexedOrder]:
        sql, values = self._query(where, params, limit=limit, offset=offset)
        with self._open() as conn:
            rows = conn.execute(sql, values).fetchall()
            refs: dict[int, list[tuple[str, str]]] = {}
            ids = [int(row["id"]) for row in rows]
            for chunk in _chunks(ids, 500):
                found = conn.execute(
                    f"SELECT ref, kind, value FROM order_refs "  # noqa: S608 - marks only
                    f"WHERE ref IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
                for ref, kind, value in found:
                    refs.setdefault(int(ref), []).append((kind, value))
        return [_indexed(row, refs) for row in rows]


_REF_CLAUSE = "id IN (SELECT ref FROM order_refs WHERE kind = ? AND value = ?)"


def _text_clause(text: str) -> tuple[str, list[Any]]:
    refs = "id IN (SELECT ref FROM order_refs WHERE kind IN ('rrn', 'code') AND value = ?)"
    if text.isdigit() and text.isascii():
        return (f"(order_id = ? OR last4 = ? OR {refs})", [int(text), text, text])
    return (refs, [text])


def _ensure_schema(conn: sqlite3.Connection) -> None:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(order_index)")}
    if "rrns" in columns:
        _migrate_from_tokens(conn)
    else:
        conn.executescript(_SCHEMA)


def _migrate_from_tokens(conn: sqlite3.Connection) -> None:
    """Bring an index written before 0.x (raw JSON text, RRNs and codes as LIKE tokens in
    the row) to today's tables, once and atomically even with two processes starting."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(order_index)")}
        if "rrns" not in columns:  # another process migrated it while we waited
            conn.execute("COMMIT")
            return
        conn.execute("ALTER TABLE order_index RENAME TO order_index_tokens")
        for name in ("order_index_last4", "order_index_created"):
            conn.execute(f"DROP INDEX IF EXISTS {name}")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        old = conn.execute("SELECT * FROM order_index_tokens")
        for chunk in _chunks(old, _CHUNK):
            for row in chunk:
                raw = json.loads(row["raw"])
                ref = conn.execute(
                    _UPSERT,
                    (
                        row["environment"], row["profile"], row["order_id"], row["type"],
                        row["status"], _status_key(row["status"]), row["amount"],
                        row["amount_key"], row["currency"], row["created"],
                        row["masked_card"], row["last4"], row["refunded"],
                        row["last_refreshed"], IndexedOrder.pack(raw),
                    ),
                ).fetchone()[0]  # fmt: skip
                refs = {("rrn", v) for v in row["rrns"].split()}
                refs |= {("code", v) for v in row["approval_codes"].split()}
                conn.executemany(
                    "INSERT OR IGNORE INTO order_refs (kind, value, ref) VALUES (?, ?, ?)",
                    [(kind, value, ref) for kind, value in refs],
                )
        conn.execute("DROP TABLE order_index_tokens")
        conn.execute("ANALYZE order_index")
        conn.execute("ANALYZE order_refs")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _keep_statistics(conn: sqlite3.Connection) -> None:
    """Re-take the planner's statistics when the table has grown a lot since the last time
    (without them SQLite may walk the date index for a last-4 search), sampled so it stays
    quick at a million rows."""
    try:
        stat = conn.execute(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'order_index' AND idx IS NOT NULL LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:  # no statistics taken yet
        stat = None
    known = int(stat[0].split()[0]) if stat else 0
    rows = conn.execute("SELECT MAX(id) FROM order_index").fetchone()[0] or 0
    if rows >= max(known * _REANALYZE_GROWTH, 1):
        conn.execute("PRAGMA analysis_limit = 2000")
        conn.execute("ANALYZE order_index")
        conn.execute("ANALYZE order_refs")


class _Connection:
    """Closes the connection on exit (sqlite3's own context manager only ends a transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn.in_transaction:
            self.conn.rollback()
        self.conn.close()
