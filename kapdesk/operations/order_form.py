"""What a money form shows about one order: sums so far and what each operation allows now."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Protocol

from kapdesk.domain.allowances import Allowance, Operation, Totals, allowances, totals
from kapdesk.domain.orders import Order
from kapdesk.journal.store import OrderIndexStore


class OrderReader(Protocol):
    async def get_order(self, order_id: int, *, detailed: bool = True) -> Order: ...


@dataclass(frozen=True, slots=True)
class OrderForm:
    """An order re-read with full detail, its totals, and every operation's allowance."""

    order: Order
    totals: Totals
    allowed: dict[Operation, Allowance]

    @property
    def paid(self) -> Decimal:
        return self.totals.captured

    @property
    def refunded(self) -> Decimal:
        return self.totals.refunded

    @property
    def authorized(self) -> Decimal:
        return self.totals.net_authorized

    @property
    def cleared(self) -> Decimal:
        return self.totals.net_cleared

    @property
    def clearable(self) -> Decimal:
        return self.allowed[Operation.CLEAR].max_amount


def form_of(order: Order, now: datetime) -> OrderForm:
    return OrderForm(order, totals(order), allowances(order, now))


async def read_form(
    reader: OrderReader,
    order_id: int,
    *,
    index: OrderIndexStore | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> OrderForm:
    """Re-read the order with full detail (remembering it in the index) and work out the form."""
    order = await reader.get_order(order_id, detailed=True)
    moment = now()
    if index is not None:
        # sqlite waits for the disk: keep it off the event loop.
        await asyncio.to_thread(index.save, order, moment)
    return form_of(order, moment)
