"""What the client sends and gets back besides orders: new orders, transaction and token results."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from kapdesk.domain.money import to_wire
from kapdesk.domain.orders import Authentication, OrderStatus, OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.parse import (
    WireError,
    integer,
    masked_display,
    obj,
    parse_authentication,
    text,
)


@dataclass(frozen=True, slots=True)
class NewOrder:
    """An order to create: only type, amount and currency are essential."""

    type: OrderType
    amount: Decimal
    currency: str
    title: str | None = None
    description: str | None = None
    language: str | None = None
    redirect_url: str | None = None
    save_card: bool = False  # ask the payment page to keep the card for later charges
    stored_id: int | None = None  # pay with this saved card

    def body(self) -> dict[str, Any]:
        order: dict[str, Any] = {
            "typeRid": self.type.value,
            "amount": to_wire(self.amount, self.currency),
            "currency": self.currency.upper(),
        }
        optional = {
            "title": self.title,
            "description": self.description,
            "language": self.language,
            "hppRedirectUrl": self.redirect_url,
        }
        order |= {k: v for k, v in optional.items() if v is not None}
        order["initiationEnvKind"] = "Server" if self.stored_id is not None else "Browser"
        if self.save_card:
            order["hppCofCapturePurposes"] = ["UnspecifiedMit", "Cit", "Recurring"]
            order["aut"] = {"purpose": "AddCard"}
        if self.stored_id is not None:
            order["srcToken"] = {"storedId": self.stored_id}
        return {"order": order}


@dataclass(frozen=True, slots=True)
class CreatedOrder:
    """A freshly created order; its password (and so the payment link) is a secret."""

    id: int
    hpp_url: str
    password: Secret
    status: OrderStatus
    payment_url: Secret  # the hosted payment page link for the customer: carries the password


@dataclass(frozen=True, slots=True)
class TranResult:
    """An approved transaction: what a clerk quotes back to a customer or a bank."""

    approval_code: str | None
    rrn: str | None
    action_id: str | None
    pmo_result_code: str | None


@dataclass(frozen=True, slots=True)
class TokenResult:
    """The order after a card was attached to it (set-src-token / set-dst-token)."""

    status: OrderStatus | None
    masked_pan: str | None = None
    token_id: int | None = None
    authentication: Authentication = field(default_factory=Authentication)


def parse_created(answer: Any) -> CreatedOrder:
    order = obj(obj(answer).get("order"))
    order_id = integer(order.get("id"))
    password = text(order.get("password"))
    hpp_url = text(order.get("hppUrl"))
    if order_id is None or password is None or hpp_url is None:
        raise WireError("created order without id, password or hppUrl")
    link = f"{hpp_url}?{urlencode({'id': order_id, 'password': password})}"
    return CreatedOrder(
        id=order_id,
        hpp_url=hpp_url,
        password=Secret(password),
        status=OrderStatus(text(order.get("status")) or OrderStatus.PREPARING.value),
        payment_url=Secret(link),
    )


def parse_tran(answer: Any) -> TranResult:
    tran = obj(answer).get("tran")
    if not isinstance(tran, dict):
        raise WireError("no tran object")
    match = obj(tran.get("match"))
    return TranResult(
        approval_code=text(tran.get("approvalCode")),
        rrn=text(match.get("ridByPmo")),
        action_id=text(match.get("tranActionId")),
        pmo_result_code=text(tran.get("pmoResultCode")),
    )


def parse_token(answer: Any, *, destination: bool = False) -> TokenResult:
    """set-src-token's answer carries a ``srcToken``; set-dst-token's a ``dstToken`` (role
    ``Dst``), though some answers use ``srcToken`` for both: the one asked for, else the other."""
    order = obj(answer).get("order")
    if not isinstance(order, dict):
        raise WireError("no order object")
    src, dst = obj(order.get("srcToken")), obj(order.get("dstToken"))
    token = (dst or src) if destination else (src or dst)
    status = text(order.get("status"))
    return TokenResult(
        status=OrderStatus(status) if status else None,
        masked_pan=masked_display(token.get("displayName")),
        token_id=integer(token.get("id")),
        authentication=parse_authentication(order),
    )
