"""The team's shared order index: :class:`kapdesk.journal.store.OrderIndexStore` on PostgreSQL.

Every order a colleague reads is kept in the team database (tables ``kapdesk.order_index``
and ``kapdesk.order_refs``, ``v1.sql``), so the offline search of every workstation covers
what anyone looked up. Rows are made by the SQLite index's own code (``journal.orders``: the
same columns, the same masked and deflated raw answer, the same RRN and approval-code refs)
and searched with the same criteria, newest first, a page at a time, each search served by
an index.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kapdesk.domain.orders import Order, OrderStatus
from kapdesk.i18n import N_, UserError
from kapdesk.journal.orders import _amount_key, _chunks, _from_utc_text, _refs, _row, _status_key
from kapdesk.journal.store import IndexedOrder
from kapdesk.journal.team.connect import TeamAddress, open_connection

if TYPE_CHECKING:
    import psycopg

_FIELDS = (
    "environment", "profile", "order_id", "type", "status", "status_key", "amount",
    "amount_key", "currency", "created", "masked_card", "last4", "refunded", "last_refreshed",
    "raw",
)  # fmt: skip
_READ = "id, " + ", ".join(f for f in _FIELDS if f not in ("environment", "profile"))
_UPSERT = (
    f"INSERT INTO kapdesk.order_index ({', '.join(_FIELDS)}) "  # noqa: S608 - constants
    f"VALUES ({', '.join(['%s'] * len(_FIELDS))}) "
    "ON CONFLICT (environment, profile, order_id) DO UPDATE SET "
    + ", ".join(f"{f} = EXCLUDED.{f}" for f in _FIELDS[3:])
    + ", saved_by = session_user RETURNING id"
)
_CHUNK = 2_000
_REF_CLAUSE = "id IN (SELECT ref FROM kapdesk.order_refs WHERE kind = %s AND value = %s)"
_TEXT_REFS = (
    "id IN (SELECT ref FROM kapdesk.order_refs WHERE kind IN ('rrn', 'code') AND value = %s)"
)


def team_scope(base_url: str, user: str, environment: str) -> str:
    """The ``profile`` tag of a team's index rows: the gateway terminal, not the local
    profile's name (each colleague names their profile as they like)."""
    return f"{user}@{base_url or environment}"


class TeamIndexUnavailable(UserError):
    """The team database did not take or give the order index."""


def _pg_row(order: Order, seen_at: datetime, environment: str, profile: str) -> tuple[Any, ...]:
    """The SQLite index's row (same masking, same packing), times as aware datetimes."""
    row = list(_row(order, seen_at, environment, profile))
    created, refreshed = _FIELDS.index("created"), _FIELDS.index("last_refreshed")
    row[created] = _from_utc_text(row[created])
    row[refreshed] = _from_utc_text(row[refreshed])
    return tuple(row)


def _indexed(row: tuple[Any, ...], refs: dict[int, list[tuple[str, str]]]) -> IndexedOrder:
    (ref, order_id, kind, status, _key, amount, _amount, currency, created, masked, last4,
     refunded, refreshed, raw) = row  # fmt: skip
    mine = refs.get(int(ref), [])
    return IndexedOrder(
        order_id=int(order_id),
        type=kind,
        status=status,
        amount=Decimal(amount),
        currency=currency,
        created=None if created is None else created.astimezone(UTC),
        masked_card=masked,
        last4=last4,
        rrns=tuple(sorted(v for k, v in mine if k == "rrn")),
        approval_codes=tuple(sorted(v for k, v in mine if k == "code")),
        refunded=None if refunded is None else Decimal(refunded),
        last_refreshed=refreshed.astimezone(UTC),
        packed_raw=bytes(raw),
    )


class TeamOrderIndex:
    """Orders seen by the team, for one environment and gateway terminal (``profile``).

    One connection, used by one thread at a time (the Lookup tab saves on worker threads).
    """

    def __init__(
        self,
        address: TeamAddress,
        password: str | None,
        *,
        ca: str | None = None,
        environment: str = "",
        profile: str = "",
    ) -> None:
        import psycopg

        self.address = address
        self.environment = environment
        self.profile = profile
        self._lock = threading.Lock()
        try:
            self._conn: psycopg.Connection[Any] = open_connection(
                address, password, ca, autocommit=True
            )
        except psycopg.Error as exc:
            raise self._unavailable(exc) from None

    def close(self) -> None:
        self._conn.close()

    def _unavailable(self, exc: Exception) -> TeamIndexUnavailable:
        first = str(exc).strip().splitlines()
        return TeamIndexUnavailable(
            N_("The team's order index at {dsn} cannot be used: {reason}"),
            dsn=self.address.dsn,
            reason=first[0] if first else type(exc).__name__,
        )

    def save(self, order: Order, seen_at: datetime) -> None:
        self.save_many([order], seen_at)

    def save_many(self, orders: Iterable[Order], seen_at: datetime) -> int:
        """Remember many orders (a transaction per few thousand); returns how many."""
        import psycopg

        count = 0
        try:
            with self._lock:
                for chunk in _chunks(orders, _CHUNK):
                    self._save_chunk(chunk, seen_at)
                    count += len(chunk)
        except psycopg.Error as exc:
            raise self._unavailable(exc) from None
        return count

    def _save_chunk(self, chunk: list[Order], seen_at: datetime) -> None:
        rows = [_pg_row(o, seen_at, self.environment, self.profile) for o in chunk]
        with self._conn.transaction(), self._conn.cursor() as cur:
            cur.executemany(_UPSERT, rows, returning=True)
            ids: list[int] = []
            while True:
                found = cur.fetchone()
                assert found is not None
                ids.append(int(found[0]))
                if not cur.nextset():
                    break
            cur.execute("DELETE FROM kapdesk.order_refs WHERE ref = ANY(%s)", (ids,))
            refs = [
                (kind, value, ref)
                for order, ref in zip(chunk, ids, strict=True)
                for kind, value in sorted(_refs(order))
            ]
            if refs:
                cur.executemany(
                    "INSERT INTO kapdesk.order_refs (kind, value, ref) VALUES (%s, %s, %s) "
                    "ON CONFLICT DO NOTHING",
                    refs,
                )

    def get(self, order_id: int) -> IndexedOrder | None:
        found = self._select("order_id = %s", [int(order_id)], limit=1, offset=0)
        return found[0] if found else None

    def raw(self, order_id: int) -> dict[str, Any] | None:
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
        """As :meth:`kapdesk.journal.orders.OrderIndex.search`: every criterion must match,
        newest first, ``limit`` after ``offset``; ``since``/``until`` must be aware."""
        for bound in (since, until):
            if bound is not None and bound.tzinfo is None:
                raise ValueError("search times must be timezone-aware")
        where: list[str] = []
        params: list[Any] = []
        if text and text.strip():
            typed = text.strip()
            if typed.isdigit() and typed.isascii():
                where.append(f"(order_id = %s OR last4 = %s OR {_TEXT_REFS})")
                params += [int(typed) if len(typed) < 19 else -1, typed, typed]
            else:
                where.append(_TEXT_REFS)
                params.append(typed)
        if rrn:
            where.append(_REF_CLAUSE)
            params += ["rrn", rrn.strip()]
        if approval_code:
            where.append(_REF_CLAUSE)
            params += ["code", approval_code.strip()]
        if last4:
            where.append("last4 = %s")
            params.append(last4.strip())
        if amount is not None:
            where.append("amount_key = %s")
            params.append(_amount_key(amount))
        if since is not None:
            where.append("created >= %s")
            params.append(since.replace(microsecond=0))
        if until is not None:
            where.append("created < %s")
            params.append(until.replace(microsecond=0))
        if status:
            where.append("status_key = %s")
            params.append(_status_key(OrderStatus(status).value))
        return self._select(" AND ".join(where) or "true", params, limit=limit, offset=offset)

    def _select(
        self, where: str, params: list[Any], *, limit: int, offset: int
    ) -> list[IndexedOrder]:
        import psycopg

        # Only constant fragments are formatted in; every value is a bound parameter.
        sql = (
            f"SELECT {_READ} FROM kapdesk.order_index "  # noqa: S608 - constants
            f"WHERE environment = %s AND profile = %s AND ({where}) "
            "ORDER BY created DESC NULLS LAST, order_id DESC LIMIT %s OFFSET %s"
        )
        values = [self.environment, self.profile, *params, limit, max(0, offset)]
        try:
            with self._lock:
                rows = self._conn.execute(sql, values).fetchall()
                refs: dict[int, list[tuple[str, str]]] = {}
                ids = [int(row[0]) for row in rows]
                if ids:
                    found = self._conn.execute(
                        "SELECT ref, kind, value FROM kapdesk.order_refs WHERE ref = ANY(%s)",
                        (ids,),
                    )
                    for ref, kind, value in found:
                        refs.setdefault(int(ref), []).append((kind, value))
        except psycopg.Error as exc:
            raise self._unavailable(exc) from None
        return [_indexed(row, refs) for row in rows]
