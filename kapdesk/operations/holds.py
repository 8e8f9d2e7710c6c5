"""Holds to act on: known preauthorizations still open, by deadline (created + hold validity)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from kapdesk.domain.allowances import GATEWAY_TZ, totals
from kapdesk.domain.orders import PREAUTH_TYPES, Order, OrderStatus, OrderType
from kapdesk.gateway.errors import GatewayError
from kapdesk.gateway.parse import WireError, parse_order
from kapdesk.journal.store import IndexedOrder, OrderIndexStore
from kapdesk.operations.orders_service import OrderLookupService

log = logging.getLogger(__name__)

HOLD_STATUSES = (OrderStatus.AUTHORIZED, OrderStatus.PARTIALLY_PAID)
# Under this much time left a hold is shown in the warning colour.
URGENT = timedelta(hours=48)


@dataclass(frozen=True, slots=True)
class Hold:
    """One open preauthorization: how much is held, cleared, left, and until when."""

    order_id: int
    status: OrderStatus
    currency: str
    authorized: Decimal
    cleared: Decimal
    remaining: Decimal
    created: datetime | None
    deadline: datetime | None
    masked_card: str | None = None

    def time_left(self, now: datetime) -> timedelta | None:
        return None if self.deadline is None else self.deadline - now

    def urgent(self, now: datetime) -> bool:
        left = self.time_left(now)
        return left is not None and left < URGENT


def deadline(created: datetime | None, hold_days: int) -> datetime | None:
    """When the hold lapses: creation time (Baku time when naive) plus the validity in days."""
    if created is None:
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=GATEWAY_TZ)
    return created + timedelta(days=hold_days)


def hold_from_order(order: Order, hold_days: int) -> Hold | None:
    """The hold ``order`` still is, or None when it is no open preauthorization."""
    if order.type not in PREAUTH_TYPES or order.status not in HOLD_STATUSES:
        return None
    return hold_row(order, hold_days)


def hold_row(order: Order, hold_days: int) -> Hold:
    """A preauthorization as a row of the holds list, whatever its status now (a row the
    clerk just acted on stays in the list, with its new status, until the clerk refreshes)."""
    if order.detailed:
        sums = totals(order)
        authorized = sums.net_authorized
        cleared = sums.net_cleared
        remaining = sums.still_clearable
    else:
        authorized = (
            order.authorized_amount if order.authorized_amount is not None else order.amount
        )
        cleared = order.cleared_amount or Decimal(0)
        remaining = max(authorized - cleared, Decimal(0))
    return Hold(
        order_id=order.id,
        status=order.status,
        currency=order.currency,
        authorized=authorized,
        cleared=cleared,
        remaining=remaining,
        created=order.created,
        deadline=deadline(order.created, hold_days),
        masked_card=order.masked_pan,
    )


def hold_from_known(known: IndexedOrder, hold_days: int) -> Hold | None:
    """The hold as the index remembers it (its masked raw answer, parsed again)."""
    if OrderType(known.type) not in PREAUTH_TYPES or known.status not in HOLD_STATUSES:
        return None
    try:
        order = parse_order({"order": known.raw}, detailed="trans" in known.raw)
    except (WireError, ValueError, TypeError):
        # An index row without a usable raw answer still shows what the row itself says.
        return Hold(
            order_id=known.order_id,
            status=OrderStatus(known.status),
            currency=known.currency,
            authorized=known.amount,
            cleared=Decimal(0),
            remaining=known.amount,
            created=known.created,
            deadline=deadline(known.created, hold_days),
            masked_card=known.masked_card,
        )
    return hold_from_order(order, hold_days)


def by_deadline(holds: Sequence[Hold]) -> list[Hold]:
    """Soonest deadline first; holds without a creation time last."""
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(holds, key=lambda h: (h.deadline or far, h.order_id))


def known_holds(
    index: OrderIndexStore, hold_days: int, *, cleared_on: datetime | None = None
) -> list[Hold]:
    """Every authorized or partly cleared preauthorization in the index, by deadline; with
    ``cleared_on``, also those fully cleared on that day (Baku time), whose clearing can
    still be reversed."""
    found: list[Hold] = []
    for status in HOLD_STATUSES:
        for known in index.search(status=str(status)):
            hold = hold_from_known(known, hold_days)
            if hold is not None:
                found.append(hold)
    if cleared_on is not None:
        for known in index.search(status=str(OrderStatus.FULLY_PAID)):
            hold = cleared_hold(known, hold_days, cleared_on)
            if hold is not None:
                found.append(hold)
    return by_deadline(found)


def _baku_day(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=GATEWAY_TZ)
    return moment.astimezone(GATEWAY_TZ).date()


def cleared_hold(known: IndexedOrder, hold_days: int, day: datetime) -> Hold | None:
    """A fully cleared preauthorization cleared on ``day`` (Baku time), or None.

    The clearing's own time when the index holds the order's transactions; otherwise the
    time the index last read it (a hold read as cleared today was cleared today at the latest
    by then, and is shown rather than hidden)."""
    if OrderType(known.type) not in PREAUTH_TYPES or known.status != OrderStatus.FULLY_PAID:
        return None
    try:
        order = parse_order({"order": known.raw}, detailed="trans" in known.raw)
    except (WireError, ValueError, TypeError):
        return None
    clearings = [
        t.time
        for t in order.transactions
        if t.phase == "Clearing" and not t.is_reversal and t.time is not None
    ]
    when = max(clearings) if clearings else known.last_refreshed
    if _baku_day(when) != _baku_day(day):
        return None
    return hold_row(order, hold_days)


async def prime_index(service: OrderLookupService, ids: Sequence[int]) -> int:
    """Read ``ids`` (the sandbox's seeded orders) into the index; returns how many were read.

    Started in the background at launch, so every tab has real sandbox data to show.
    """
    try:
        results = await service.look_up(ids)
    except GatewayError as error:
        log.warning("could not read the seeded orders: %s", error)
        return 0
    return sum(1 for r in results if r.order is not None)
