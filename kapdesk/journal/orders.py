"""The order index: every order the console has read, searchable offline.

The gateway cannot list or search orders, so each order read is kept here (masked raw JSON
included) with when it was last refreshed. Rows are tagged with environment and profile so
sandbox orders never mix with real ones in search results.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kapdesk.domain.allowances import refunded_so_far
from kapdesk.domain.orders import Order, OrderStatus
from kapdesk.journal.db import connect
from kapdesk.journal.store import IndexedOrder

__all__ = ["IndexedOrder", "OrderIndex"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS order_index (
    environment TEXT NOT NULL,
    profile TEXT NOT NULL,
    order_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    amount TEXT NOT NULL,
    amount_key TEXT NOT NULL,
    currency TEXT NOT NULL,
    created TEXT,
    masked_card TEXT,
    last4 TEXT,
    rrns TEXT NOT NULL DEFAULT ' ',
    approval_codes TEXT NOT NULL DEFAULT ' ',
    refunded TEXT,
    last_refreshed TEXT NOT NULL,
    raw TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (environment, profile, order_id)
);
CREATE INDEX IF NOT EXISTS order_index_last4 ON order_index (environment, profile, last4);
CREATE INDEX IF NOT EXISTS order_index_created ON order_index (environment, profile, created);
"""

_COLUMNS = (
    "environment, profile, order_id, type, status, amount, amount_key, currency, created, "
    "masked_card, last4, rrns, approval_codes, refunded, last_refreshed, raw"
)


def _utc_text(moment: datetime | None) -> str | None:
    """Times are stored as UTC ISO text so that string comparison is time comparison."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def _from_utc_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _tokens(values: Iterable[str | None]) -> str:
    # Space-padded so that LIKE '% x %' matches a whole token, never part of one.
    unique = dict.fromkeys(v for v in values if v)
    return " " + " ".join(unique) + " "


def _amount_key(amount: Decimal) -> str:
    """The same text for 12.5, 12.50 and 12.500: what an amount search compares."""
    return format(amount.normalize(), "f") if amount else "0"


def _row(order: Order, seen_at: datetime, environment: str, profile: str) -> tuple[Any, ...]:
    masked = order.masked_pan
    refunded = refunded_so_far(order)
    return (
        environment,
        profile,
        order.id,
        str(order.type),
        str(order.status),
        str(order.amount),
        _amount_key(order.amount),
        order.currency,
        _utc_text(order.created),
        masked,
        masked[-4:] if masked and masked[-4:].isdigit() else None,
        _tokens(t.rrn for t in order.transactions),
        _tokens(t.approval_code for t in order.transactions),
        None if refunded is None else str(refunded),
        _utc_text(seen_at),
        json.dumps(order.raw, default=str, ensure_ascii=False),
    )


def _indexed(row: sqlite3.Row) -> IndexedOrder:
    return IndexedOrder(
        order_id=int(row["order_id"]),
        type=row["type"],
        status=row["status"],
        amount=Decimal(row["amount"]),
        currency=row["currency"],
        created=_from_utc_text(row["created"]),
        masked_card=row["masked_card"],
        last4=row["last4"],
        rrns=tuple(row["rrns"].split()),
        approval_codes=tuple(row["approval_codes"].split()),
        refunded=None if row["refunded"] is None else Decimal(row["refunded"]),
        last_refreshed=_from_utc_text(row["last_refreshed"]) or datetime.now(UTC),
        raw=json.loads(row["raw"], parse_float=Decimal),
    )


class OrderIndex:
    """Orders seen, in the shared SQLite database; one connection per call so any thread may use
    it. Satisfies :class:`kapdesk.journal.store.OrderIndexStore`."""

    def __init__(self, path: Path, *, environment: str = "", profile: str = "") -> None:
        self.path = path
        self.environment = environment
        self.profile = profile
        with self._open() as conn:
            conn.executescript(_SCHEMA)

    def _open(self) -> _Connection:
        return _Connection(connect(self.path))

    def save(self, order: Order, seen_at: datetime) -> None:
        """Remember ``order`` as read at ``seen_at`` (replacing what was known of it)."""
        self.save_many([order], seen_at)

    def save_many(self, orders: Iterable[Order], seen_at: datetime) -> int:
        """Remember many orders in one transaction; returns how many."""
        rows = [_row(o, seen_at, self.environment, self.profile) for o in orders]
        marks = ", ".join("?" * len(_COLUMNS.split(",")))
        with self._open() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                f"INSERT OR REPLACE INTO order_index ({_COLUMNS}) VALUES ({marks})",  # noqa: S608 - constants only
                rows,
            )
            conn.execute("COMMIT")
        return len(rows)

    def get(self, order_id: int) -> IndexedOrder | None:
        found = self._select("order_id = ?", [order_id], limit=1)
        return found[0] if found else None

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
    ) -> list[IndexedOrder]:
        """Known orders matching every given criterion, newest first.

        ``text`` is what a clerk types in one box: an order id, an RRN, an approval code or
        the last four digits of a card. ``since``/``until`` bound the creation time (until
        excluded) and must be aware: a naive time would be read in some zone nobody chose
        (``kapdesk.domain.clock.days`` makes them from Baku days).
        """
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
            where.append("rrns LIKE ?")
            params.append(f"% {rrn.strip()} %")
        if approval_code:
            where.append("approval_codes LIKE ?")
            params.append(f"% {approval_code.strip()} %")
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
            # "PartPaid" and "PartiallyPaid" are one status: either finds rows of both.
            words = OrderStatus(status).spellings
            where.append(f"status IN ({', '.join('?' * len(words))})")
            params += words
        return self._select(" AND ".join(where) or "1", params, limit=limit)

    def _select(self, where: str, params: list[Any], *, limit: int) -> list[IndexedOrder]:
        # Only constant fragments are formatted in; every value is a bound parameter.
        sql = (
            f"SELECT {_COLUMNS} FROM order_index WHERE environment = ? AND profile = ? "  # noqa: S608
            f"AND ({where}) ORDER BY created DESC, order_id DESC LIMIT ?"
        )
        with self._open() as conn:
            rows = conn.execute(sql, [self.environment, self.profile, *params, limit]).fetchall()
        return [_indexed(row) for row in rows]


def _text_clause(text: str) -> tuple[str, list[Any]]:
    token = f"% {text} %"
    if text.isdigit() and text.isascii():
        return (
            "(order_id = ? OR rrns LIKE ? OR approval_codes LIKE ? OR last4 = ?)",
            [int(text), token, token, text],
        )
    return ("(approval_codes LIKE ? OR rrns LIKE ?)", [token, token])


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
