"""Helpers for tests against the real sandbox: a client, and paying an order like a customer."""

from __future__ import annotations

from decimal import Decimal

import httpx

from kapdesk.domain.orders import OrderType
from kapdesk.gateway.client import CreatedOrder, GatewayClient, NewOrder

APPROVING_CARD = ("4169741330151778", "11/26", "119")
DECLINING_CARD = ("4169741330150002", "11/26", "119")  # Luhn-valid, ends 0002: declines with 59


def root_of(base_url: str) -> str:
    return base_url.removesuffix("/api")


async def pay(
    base_url: str, created: CreatedOrder, card: tuple[str, str, str] = APPROVING_CARD
) -> None:
    """Submit the hosted payment page's form, as a customer's browser does."""
    pan, expiry, cvv = card
    form = {
        "id": str(created.id),
        "password": created.password.reveal(),
        "pan": pan,
        "expiry": expiry,
        "cvv": cvv,
    }
    async with httpx.AsyncClient() as browser:
        response = await browser.post(f"{root_of(base_url)}/flex", data=form)
    assert response.status_code < 400, response.text


async def paid_order(
    client: GatewayClient,
    base_url: str,
    order_type: OrderType = OrderType.PURCHASE,
    amount: str = "10.00",
    *,
    save_card: bool = False,
) -> CreatedOrder:
    created = await client.create_order(
        NewOrder(order_type, Decimal(amount), "AZN", title="test", save_card=save_card)
    )
    await pay(base_url, created)
    return created
