"""Test helpers for money operations: orders created and paid on a real sandbox like a customer."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from kapdesk.domain.allowances import Operation
from kapdesk.domain.orders import Order, OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient, NewOrder
from kapdesk.journal.journal import Journal
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import (
    MoneyRequest,
    OrderRequest,
    PayoutRequest,
    Plan,
    confirmed,
)
from kapdesk.sandbox.server import DEFAULT_PASSWORD, DEFAULT_USER, SandboxServer

CARD = {"pan": "4169741330151778", "expiry": "11/26", "cvv": "119"}
DECLINING_PAN = "4169741330150002"  # Luhn-valid, ends 0002: the sandbox declines with 59


def client_for(server: SandboxServer, **options: object) -> GatewayClient:
    return GatewayClient(server.base_url, DEFAULT_USER, DEFAULT_PASSWORD, **options)  # type: ignore[arg-type]


def desk_for(client: GatewayClient, path: Path, **options: object) -> MoneyDesk:
    return MoneyDesk(
        client, Journal(path), profile="test", environment="sandbox",
        settle_delays=(0.05, 0.1), **options,  # type: ignore[arg-type]
    )  # fmt: skip


async def paid_order(
    client: GatewayClient,
    server: SandboxServer,
    kind: OrderType = OrderType.PURCHASE,
    amount: str = "10.00",
    currency: str = "AZN",
    *,
    save_card: bool = False,
) -> int:
    """A new order paid on the hosted payment page with the approving test card."""
    made = await client.create_order(NewOrder(kind, Decimal(amount), currency, save_card=save_card))
    form = {"id": str(made.id), "password": made.password.reveal(), **CARD}
    async with httpx.AsyncClient() as http:
        answer = await http.post(server.base_url.removesuffix("/api") + "/flex", data=form)
    assert answer.status_code == 200, answer.text[:200]
    return made.id


def paid_order_sync(server: SandboxServer, kind: OrderType = OrderType.PURCHASE,
                    amount: str = "10.00") -> int:  # fmt: skip
    async def make() -> int:
        async with client_for(server) as client:
            return await paid_order(client, server, kind, amount)

    return asyncio.run(make())


def read_order_sync(server: SandboxServer, order_id: int) -> Order:
    async def read() -> Order:
        async with client_for(server) as client:
            return await client.get_order(order_id)

    return asyncio.run(read())


class FaultsFrom(GatewayClient):
    """The real client; when the named call is made, the sandbox's faults switch on first.

    Only the timing is staged: the request still goes over HTTP to the real sandbox.
    """

    def __init__(self, server: SandboxServer, call: str, faults: dict[str, float],
                 **options: object) -> None:  # fmt: skip
        super().__init__(server.base_url, DEFAULT_USER, DEFAULT_PASSWORD, **options)  # type: ignore[arg-type]
        self._server, self._call, self._faults = server, call, faults

    def _arm(self, name: str) -> None:
        if name == self._call:  # once: later calls go out as the test left the faults
            self._call = ""
            self._server.set_faults(self._faults)

    async def refund(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._arm("refund")
        return await super().refund(*args, **kwargs)

    async def create_order(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._arm("create_order")
        return await super().create_order(*args, **kwargs)

    async def set_destination_card(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._arm("set_destination_card")
        return await super().set_destination_card(*args, **kwargs)

    async def credit(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._arm("credit")
        return await super().credit(*args, **kwargs)


async def carry(desk: MoneyDesk, request: MoneyRequest, **options: Any) -> Outcome:
    """``carry_out`` as the clerk who says yes."""
    outcome = await desk.carry_out(request, confirmed, **options)
    assert outcome is not None
    return outcome


async def run_op(
    desk: MoneyDesk,
    order_id: int,
    operation: Operation,
    amount: Decimal | str | None = None,
    reason: str | None = None,
    **fields: Any,
) -> Outcome:
    """One operation on an existing order, confirmed."""
    request = OrderRequest(
        order_id=order_id, operation=operation, amount=amount, reason=reason, **fields
    )
    return await carry(desk, request)


async def refund(desk: MoneyDesk, order_id: int, amount: Decimal | None, reason: str) -> Outcome:
    return await run_op(desk, order_id, Operation.REFUND, amount, reason)


async def pay_out(
    desk: MoneyDesk, amount: Decimal, currency: str, pan: Secret, reason: str | None, **fields: Any
) -> Outcome:
    return await carry(
        desk, PayoutRequest(amount=amount, currency=currency, pan=pan, reason=reason, **fields)
    )


async def plan_of(desk: MoneyDesk, request: MoneyRequest) -> Plan:
    """The plan ``carry_out`` would ask to confirm (declined: nothing journalled or sent)."""
    seen: list[Plan] = []

    async def look(plan: Plan) -> bool:
        seen.append(plan)
        return False

    assert await desk.carry_out(request, look) is None
    return seen[0]
